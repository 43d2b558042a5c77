"""One row of a list -> one person's fields and problems (:class:`RowCleaner`).

One small method per field (:attr:`RowCleaner.STEPS`), each calling the same
cleaners as the form (:mod:`congress_desk.core.fields`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from ..fields import (
    PROFILE_FIELDS,
    Cleaned,
    FieldError,
    cell_text,
    clean_national_id,
    clean_phone,
    id_mismatches,
    parse_birth,
    parse_category,
    parse_gender,
    parse_profile,
)
from ..i18n import translate
from ..vietnamese import clean_text, fold
from . import table as T
from .reader import SciFloat
from .results import FIELDS, MAX_LENGTH, Person, Problem
from .shapes import FOOTNOTE_MARK, birth_value, footnote_key, split_combined, tidy, tidy_name

MIN_AGE, MAX_AGE = 16, 100

# ---------------------------------------------------------------- cleaning one row

_MARK = {"x", "v", "✓", "✔", "1", "+", "*"}
_HONORIFIC = re.compile(r"^(ông|bà|đ/c|đc|đồng chí|anh|chị)\s+", re.IGNORECASE)
_CATEGORY_SECTION = (("khach moi", "guest"), ("chinh thuc", "official"), ("dien hinh", "honoree"),
                     ("phong vien", "press"), ("bao chi", "press"), ("phuc vu", "staff"))


def _is_mark(v) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)) and v == 1:
        return True
    return isinstance(v, str) and fold(v).strip() in _MARK


@dataclass
class _Row:
    """One row being cleaned: its fields, their columns, the note's pieces and the problems."""

    sheet: str | None
    number: int
    values: list
    section_category: str | None
    data: dict = field(default_factory=lambda: dict.fromkeys(FIELDS))
    cols: dict = field(default_factory=dict)
    notes: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    def problem(self, fld, severity, message, column=None) -> None:
        col = column if column is not None else self.cols.get(fld)
        self.problems.append(Problem(self.sheet, self.number, fld, severity, message, col))

    def take(self, fld: str, cleaned: Cleaned, column: int):
        """A field's :class:`~congress_desk.core.fields.Cleaned` into the row: its problems
        reported at ``column``, its notes kept; returns the value."""
        for severity, message in cleaned.problems:
            self.problem(fld, severity, message, column)
        self.notes.extend(cleaned.notes)
        return cleaned.value


class RowCleaner:
    """Turns the values of one row into a person's fields and problems."""

    def __init__(self, sheet: str | None, mapping: T.Mapping, today: dt.date, event_date: dt.date,
                 *, footnotes: dict[str, str] | None = None, column_name=None):
        self.sheet = sheet
        self.mapping = mapping
        self.roles = mapping.roles()
        self.first = {role: cols[0] for role, cols in self.roles.items()}
        self.person_cols = [c for role in T.PERSON_FIELDS for c in self.roles.get(role, [])]
        self.today = today
        self.event_date = event_date
        self.footnotes = footnotes or {}
        self.column_name = column_name or T.col_letter
        width = max(mapping.columns, default=-1) + 1
        self.mapped = [c in mapping.columns for c in range(width)]
        self.combined = {c: parts for c, parts in mapping.combined.items() if c in mapping.columns}
        self.unmapped: dict[int, int] = {}        # column -> rows with a value there
        self._over: dict[str, tuple] = {}         # role -> (value, column) split from a combined cell

    def _col(self, role: str) -> int | None:
        return self.first.get(role)

    def _get(self, values, role: str):
        if role in self._over:
            return self._over[role][0]
        c = self.first.get(role)
        if c is None or c >= len(values):
            return None
        return values[c]

    def _cell(self, values, role: str):
        """(value, column) of a field in this row, or (None, None)."""
        if role in self._over:
            return self._over[role]
        c = self.first.get(role)
        if c is None or c >= len(values) or values[c] in (None, ""):
            return None, None
        return values[c], c

    def has_name(self, values) -> bool:
        return bool(self.name_text(values))

    def name_text(self, values) -> str:
        full = self._get(values, "full_name")
        if full is not None and not isinstance(full, str):
            return ""
        if full:
            return tidy(full)
        parts = [self._get(values, "family_middle"), self._get(values, "given_name")]
        return tidy(" ".join(str(p) for p in parts if isinstance(p, str)))

    def other_fields(self, values) -> int:
        width = len(values)
        return sum(1 for c in self.person_cols if c < width and values[c] is not None and values[c] != "")

    def _split_combined(self, values, notes: list[str]) -> None:
        """Split the cells whose heading names several fields; a piece whose field has its
        own, different value elsewhere in the row goes to the note."""
        self._over = {}
        for c, parts in self.combined.items():
            if c >= len(values) or not isinstance(values[c], str):
                continue
            main = self.mapping.columns[c]
            pieces = split_combined(values[c], parts[0], parts[1:])
            if main not in pieces:
                self._over[main] = (None, None)   # the whole text went to a field of its own column
            for role, text in pieces.items():
                if role == main:
                    self._over[role] = (text, c)
                    continue
                own, _ = (None, None) if role in self._over else self._cell(values, role)
                if own is None and text:
                    self._over[role] = (text, c)
                elif text and fold(text) != fold(tidy(_plain(own))):
                    notes.append(f"{T.role_label(role)}: {text}")

    # Each field's cleaner, in order (the name's honorific gives a sex a gender column may
    # overrule; the age needs the birth; the note gathers what the others left).
    STEPS = ("_clean_name", "_clean_birth", "_clean_gender", "_clean_texts", "_clean_category", "_clean_profile",
             "_clean_phone", "_clean_national_id", "_check_age", "_clean_note", "_cut_lengths")

    def clean(self, number: int, values, section_category: str | None) -> tuple[Person, list[Problem]]:
        row = _Row(self.sheet, number, values, section_category)
        if self.combined:
            self._split_combined(values, row.notes)
        for step in self.STEPS:
            getattr(self, step)(row)
        self._over = {}
        person = Person(self.sheet, number, row.data, {k: v for k, v in row.cols.items() if v is not None})
        person.errors = sum(1 for p in row.problems if p.severity == "error")
        person.warnings = len(row.problems) - person.errors
        return person, row.problems

    def _clean_name(self, row: _Row) -> None:
        """The full name: footnote marks to the note, an honorific gives the sex, ALL CAPS tidied."""
        raw_name = self.name_text(row.values)
        row.cols["full_name"] = self._col("full_name") if self._col("full_name") is not None else (
            self._col("given_name") if self._col("given_name") is not None else self._col("family_middle"))
        marker = FOOTNOTE_MARK.search(raw_name)
        if marker and any(ch.isalpha() for ch in raw_name[:marker.start()]):
            raw_name = raw_name[:marker.start()]
            key = footnote_key(marker.group(1))
            row.notes.append(self.footnotes.get(key) or marker.group(1).strip())
        honorific = _HONORIFIC.match(raw_name)
        if honorific:
            word = fold(honorific.group(1))
            raw_name = raw_name[honorific.end():]
            if word in ("ong", "anh"):
                row.data["gender"] = "male"
            elif word in ("ba", "chi"):
                row.data["gender"] = "female"
        if raw_name.istitle():
            letters = True
        else:
            letters = [ch for ch in raw_name if ch.isalpha()]
            if letters and sum(ch.isupper() for ch in letters) >= 0.6 * len(letters):
                # Capitals typed in a font without toned capitals (.VnTime): "TRầN THị" is ALL CAPS too.
                raw_name = raw_name.upper()
        name = tidy_name(raw_name)
        if not name:
            row.problem("full_name", "error", translate("core", "The full name is missing"))
        elif not letters:
            row.data["full_name"] = name
            row.problem("full_name", "error", translate("core", "\"{name}\" is not a person's name").format(name=name))
        else:
            row.data["full_name"] = name
            if any(ch.isdigit() for ch in name):
                row.problem("full_name", "warning", translate("core", "The name \"{name}\" contains digits").format(name=name))
            elif " " not in name:
                row.problem("full_name", "warning",
                        translate("core", "The name \"{name}\" has only one word; write the full name").format(name=name))

    def _clean_birth(self, row: _Row) -> None:
        """The birth date or year, and the sex from the Nam / Nữ columns."""
        birth_raw, birth_col = self._cell(row.values, "birth")
        for role, sex in (("male_col", "male"), ("female_col", "female")):
            for c in self.roles.get(role, []):
                v = row.values[c] if c < len(row.values) else None
                if v in (None, ""):
                    continue
                if row.data["gender"] and row.data["gender"] != sex and row.cols.get("gender") is not None:
                    row.problem("gender", "warning", translate("core", "Both the Nam and the Nữ column are filled"), c)
                row.data["gender"] = sex
                row.cols["gender"] = c
                if not _is_mark(v) and birth_raw is None:
                    birth_raw, birth_col = v, c
        row.cols["birth_date"] = row.cols["birth_year"] = birth_col
        if birth_raw is not None:
            try:
                value = birth_value(birth_raw, self.today)
                row.data["birth_date"], row.data["birth_year"] = parse_birth(value, self.today)
            except FieldError as exc:
                row.problem("birth_date", "error", exc.message, birth_col)

    def _clean_gender(self, row: _Row) -> None:
        """The sex from a gender column."""
        v, c = self._cell(row.values, "gender")
        if c is not None:
            row.cols["gender"] = c
            try:
                g = parse_gender(v)
                if g:
                    row.data["gender"] = g
            except FieldError as exc:
                row.problem("gender", "warning", exc.message, c)

    def _clean_texts(self, row: _Row) -> None:
        """Ethnicity, position, workplace as typed (tidied)."""
        for key in ("ethnicity", "position", "workplace"):
            v, c = self._cell(row.values, key)
            if c is not None:
                row.cols[key] = c
                row.data[key] = tidy(v if isinstance(v, str) else _plain(v)) or None
        if row.data["ethnicity"]:
            row.data["ethnicity"] = row.data["ethnicity"][:1].upper() + row.data["ethnicity"][1:]

    def _clean_category(self, row: _Row) -> None:
        """The category: its column, else the section's."""
        v, c = self._cell(row.values, "category")
        row.data["category"] = row.section_category
        if c is not None:
            row.cols["category"] = c
            try:
                row.data["category"] = parse_category(v) or row.section_category
            except FieldError as exc:
                row.problem("category", "warning", exc.message, c)

    def _clean_profile(self, row: _Row) -> None:
        """The profile (schema 9): only when the sheet has its columns."""
        for key in PROFILE_FIELDS:
            c = self._col(key)
            if c is None:
                continue
            row.data[key] = None
            if c < len(row.values) and row.values[c] not in (None, ""):
                row.cols[key] = c
                try:
                    row.data[key] = parse_profile(key, row.values[c] if isinstance(row.values[c], str) else _plain(row.values[c]))
                except FieldError as exc:
                    row.problem(key, "warning", exc.message, c)

    def _clean_phone(self, row: _Row) -> None:
        """The phone (:func:`fields.clean_phone`, as the form): its problems, the other numbers to the note."""
        v, c = self._cell(row.values, "phone")
        if c is not None:
            row.cols["phone"] = c
            row.data["phone"] = row.take("phone", clean_phone(v, scientific=isinstance(v, SciFloat)), c)

    def _clean_national_id(self, row: _Row) -> None:
        """The ID number (:func:`fields.clean_national_id`, as the form) and what it contradicts."""
        v, c = self._cell(row.values, "national_id")
        if c is not None:
            row.cols["national_id"] = c
            cleaned = clean_national_id(v, scientific=isinstance(v, SciFloat),
                                        is_label=lambda text: T.classify(text) == "national_id")
            row.data["national_id"] = row.take("national_id", cleaned, c)
        if row.data["national_id"]:
            for message in id_mismatches(row.data["national_id"], row.data["gender"], row.data["birth_year"]):
                row.problem("national_id", "warning", message)

    def _check_age(self, row: _Row) -> None:
        """The age at the congress: a warning when unlikely."""
        if row.data["birth_year"]:
            if row.data["birth_date"]:
                born = dt.date.fromisoformat(row.data["birth_date"])
                age = self.event_date.year - born.year - ((self.event_date.month, self.event_date.day) < (born.month, born.day))
            else:
                age = self.event_date.year - row.data["birth_year"]
            if not MIN_AGE <= age <= MAX_AGE:
                row.problem("birth_date", "warning",
                        translate("core", "Age {age} at the congress is unlikely; check the birth date").format(age=age))

    def _clean_note(self, row: _Row) -> None:
        """The note: the note columns, then every column that maps to no field ("Heading: value")."""
        for i, c in enumerate(self.roles.get("note", [])):   # every note column, not only the first
            v = row.values[c] if c < len(row.values) else None
            if v not in (None, ""):
                row.cols.setdefault("note", c)
                row.notes.insert(i, tidy(_plain(v)))
        mapped = self.mapped
        for c in range(len(row.values)):
            v = row.values[c]
            if v is None or (c < len(mapped) and mapped[c]) or v == "":
                continue
            self.unmapped[c] = self.unmapped.get(c, 0) + 1
            text = tidy(_plain(v))
            if text:
                heading = clean_text(self.mapping.headings.get(c) or "") or self.column_name(c)
                row.notes.append(f"{heading}: {text}")
        if row.notes:
            row.data["note"] = "; ".join(n for n in row.notes if n) or None

    def _cut_lengths(self, row: _Row) -> None:
        """Whatever a unit typed, prints and exports stay whole: long text is cut."""
        for key, limit in MAX_LENGTH.items():
            text = row.data.get(key)
            if text and len(text) > limit:
                row.data[key] = text[:limit - 1].rstrip() + "…"
                row.problem(key, "warning", translate(
                    "core", "{field}: {n} characters, cut to {limit}").format(
                        field=T.role_label(key), n=len(text), limit=limit))


_plain = cell_text
