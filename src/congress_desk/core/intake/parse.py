"""One unit file -> people, problems and the unit they belong to (no writing).

:func:`parse_file` is what ``import --dry-run``, the import dialog's preview and
the annotated copy all use. Each person keeps the sheet, row and column of every
value, so a problem can point at the exact cell.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..changes import Changes
from ..errors import Cancelled
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
from ..registry import get_unit, units_by_id
from ..vietnamese import clean_text, fold, proper_case
from . import table as T
from .reader import (
    FileUnreadable,
    SciFloat,
    SheetData,
    WorkbookData,
    read_file,
)
from .shapes import (
    FOOTNOTE_MARK,
    birth_value,
    footnote_key,
    footnotes_of,
    is_example_row,
    is_numbering_row,
    split_combined,
    tidy,
    tidy_name,
)

FIELDS = ("full_name", "gender", "birth_date", "birth_year", "ethnicity", "position", "workplace",
          "category", "phone", "national_id", "note")
# Longest text kept per field (longer is cut, with a warning): prints and exports stay whole.
MAX_LENGTH = {"full_name": 100, "ethnicity": 50, "position": 300, "workplace": 300, "note": 1000}
META_SHEET = "_congress_desk"
MIN_AGE, MAX_AGE = 16, 100


@dataclass
class Problem:
    sheet: str | None
    row: int | None
    field: str | None
    severity: str          # "error" / "warning"
    message: str
    column: int | None = None   # 0-based column of the cell, for the annotated copy

    def as_json(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, "field": self.field, "severity": self.severity,
                "message": self.message}


@dataclass
class Person:
    sheet: str | None
    row: int
    data: dict
    columns: dict[str, int] = field(default_factory=dict)   # field -> 0-based column
    errors: int = 0
    warnings: int = 0
    part: str | None = None     # the "Đơn vị: …" section the row is in, if any

    def as_json(self) -> dict:
        return {"sheet": self.sheet, "row": self.row, **{k: self.data.get(k) for k in FIELDS},
                **{k: self.data[k] for k in PROFILE_FIELDS if k in self.data}}   # when the sheet has them


@dataclass
class SheetResult:
    name: str | None
    mapping: T.Mapping | None
    people: int = 0


@dataclass
class FileResult:
    path: Path
    ok: bool = True
    message: str | None = None
    unit: str | None = None
    unit_id: int | None = None
    unit_source: str | None = None    # "option", "template", "title", "file name"
    kind: str | None = None
    sheets: list[SheetResult] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    imported: dict | None = None
    written: Changes = field(default_factory=Changes)   # what importing it changed (the registry's Changes)
    workbook: WorkbookData | None = None
    part: str | None = None           # the sheet or section of a workbook with several units
    parts: list = field(default_factory=list)   # (part title, sheet, first row, unit or None) found
    # sheet -> real 0-based column of each row-list index, for sheets whose far columns were
    # compacted (a cell in column XFD): Problem.column is a row-list index.
    col_maps: dict = field(default_factory=dict)

    def real_column(self, sheet: str | None, column: int | None) -> int | None:
        col_map = self.col_maps.get(sheet)
        if column is None or col_map is None or column >= len(col_map):
            return column
        return col_map[column]

    @property
    def file(self) -> str:
        return self.path.name

    @property
    def error_count(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    def as_json(self) -> dict:
        out = {
            "file": self.file, "ok": self.ok, "message": self.message, "unit": self.unit,
            "delegates": [p.as_json() for p in self.people],
            "problems": [p.as_json() for p in self.problems],
        }
        if self.part is not None:
            out["part"] = self.part
        if self.imported is not None:
            out["imported"] = self.imported
        return out


# ---------------------------------------------------------------- unit detection

_UNIT_PREFIX = re.compile(
    r"^(quan|huyen|thi xa|thanh pho|so|ban|hoi|lien doan|lien hiep|doan|cong an|bo chi huy|"
    r"bo doi bien phong|truong|cong ty|tong cong ty|uy ban mat tran|mat tran|cuc|vien|benh vien|"
    r"trung tam|bao hai phong|dai phat thanh|kho bac|ngan hang|chi cuc|van phong|thanh doan|thanh uy|"
    r"huyen uy|quan uy|"
    r"dang uy|phuong|xa|thi tran|hoc vien|cao dang|dai hoc|tap doan)\b"
)
_UNIT_LABEL = re.compile(r"^\s*(?:đơn vị|don vi|co quan|cơ quan|tên đơn vị|tên cơ quan|unit|company|organi[sz]ation|"
                         r"agency)\s*[:：]\s*(.+)$", re.IGNORECASE)
_STRIP_HEAD = re.compile(r"^(?:ubnd|uy ban nhan dan|ủy ban nhân dân|ủy ban nhân dân|uỷ ban nhân dân)\s+", re.IGNORECASE)
# Generic words written in lower case inside a name: "Thành phố Hải Phòng", "Đảng uỷ Khối …".
_SMALL_WORDS = {"và", "của", "các", "thuộc", "phố", "xã", "trấn", "ban", "nhân", "dân", "uỷ", "ủy"}


def _unit_case(text: str) -> str:
    """Title text as a unit name: "QUẬN LÊ CHÂN" -> "Quận Lê Chân"."""
    text = clean_text(text).strip(" .,:-")
    letters = [c for c in text if c.isalpha()]
    upper = sum(1 for c in letters if c.isupper())
    if not letters or upper < 0.7 * len(letters):
        return text[:1].upper() + text[1:]
    words = proper_case(text.upper()).split(" ")
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        generic = low in _SMALL_WORDS or (low == "thành" and i + 1 < len(words) and words[i + 1].lower() == "phố")
        out.append(w if i == 0 or not generic else low)
    return " ".join(out)


def _title_candidates(sheet: SheetData, until_row: int) -> list[str]:
    out = []
    for number, values in sheet.rows:
        if number >= until_row:
            break
        for v in values:
            if isinstance(v, str) and clean_text(v):
                out.append(clean_text(v))
    return out


def unit_from_title(texts: list[str]) -> str | None:
    for text in texts:
        m = _UNIT_LABEL.match(text)
        if m and _unit_case(m.group(1)):
            return _unit_case(m.group(1))
    for text in texts:
        folded = fold(text)
        if folded.startswith(("cong hoa", "doc lap", "danh sach", "so:", "so ", "dai hoi", "hoi nghi", "bao cao",
                              "ke hoach", "thong bao", "to trinh", "quyet dinh", "huong dan")) or "hanh phuc" in folded:
            continue
        if len(text.split()) > 12:
            continue
        stripped = _STRIP_HEAD.sub("", text)
        if _UNIT_PREFIX.match(fold(stripped)) and len(stripped) <= 80:
            return _unit_case(stripped)
    return None


def _match_unit_name(db, texts: list[str]) -> dict | None:
    """A registry unit whose name appears in the texts (title lines, file name)."""
    if db is None:
        return None
    # Longest name first; between names as long, in name order.
    folded_units = sorted(((fold(u["name"]), u) for u in units_by_id(db).values()),
                          key=lambda x: (-len(x[0]), x[1]["name"]))
    for text in texts:
        t = " " + re.sub(r"[^a-z0-9]+", " ", fold(text)) + " "
        for name, unit in folded_units:
            key = " " + re.sub(r"[^a-z0-9]+", " ", name).strip() + " "
            if key.strip() and key in t:
                return unit
    return None


def detect_unit(wb: WorkbookData, db, first_rows: dict[str | None, int]) -> tuple[str | None, int | None, str | None]:
    """(unit name, unit id or None, how it was found)."""
    for sheet in wb.sheets:
        if sheet.name == META_SHEET:
            meta = {}
            for _, values in sheet.rows:
                if len(values) >= 2 and isinstance(values[0], str):
                    meta[values[0]] = values[1]
            unit_id = meta.get("unit_id")
            name = meta.get("unit")
            if db is not None and unit_id not in (None, ""):
                try:
                    unit = get_unit(db, int(unit_id))
                except (TypeError, ValueError):
                    unit = None
                if unit and (not name or fold(str(name)) == fold(unit["name"])):
                    return unit["name"], unit["id"], "template"
            if name:
                return clean_text(name), None, "template"
    texts: list[str] = []
    for sheet in wb.sheets:
        if sheet.name == META_SHEET or sheet.name not in first_rows:
            continue   # only the title blocks above a list, never an instructions sheet
        texts += _title_candidates(sheet, first_rows[sheet.name])
    unit = _match_unit_name(db, texts)
    if unit:
        return unit["name"], unit["id"], "title"
    title = unit_from_title(texts)
    if title:
        return title, None, "title"
    stem = wb.path.stem.replace("_", " ").replace("-", " ")
    unit = _match_unit_name(db, [stem])
    if unit:
        return unit["name"], unit["id"], "file name"
    return None, None, None


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


# ---------------------------------------------------------------- one sheet / one file

# Sections of one unit's list ("Đơn vị: Phòng Giáo dục"), never units of the event by themselves.
_DEPARTMENT = ("phong ", "to ", "khoa ", "bo phan ", "doi ", "phan xuong ", "chi bo ")
_SECTION_NUMBER = re.compile(r"^([IVXLC]+|\d{1,2}|[A-Da-d])[.)]?\s+")


def unit_section(values, units: dict[str, str] | None = None) -> tuple[str, str] | None:
    """(title, unit) of a row that starts one unit's part of a list: "Đơn vị: Quận Hải An",
    or a section heading that is the name of one of the event's ``units`` ({folded: name})."""
    texts = [clean_text(v) if isinstance(v, str) else str(v) for v in values
             if v is not None and not isinstance(v, bool) and clean_text(v)]
    if len(texts) == 2 and _SECTION_NUMBER.match(texts[0] + " "):
        texts = texts[1:]      # "I" | "QUẬN HỒNG BÀNG" in two cells
    if not texts or len(texts) > 2 or not isinstance(texts[0], str):
        return None
    bare = _SECTION_NUMBER.sub("", texts[0])
    m = _UNIT_LABEL.match(bare)
    if m and _unit_case(m.group(1)):
        name = _unit_case(m.group(1))
        if fold(name).startswith(_DEPARTMENT) and not (units and fold(name) in units):
            return None      # "Đơn vị: Phòng Y tế": a department inside the unit's list, not a unit
        return texts[0], name
    if units and len(texts) == 1:
        name = units.get(fold(_STRIP_HEAD.sub("", bare)).strip(" .:"))
        if name:
            return bare, name
    return None


def people_of_sheet(sheet: SheetData, mapping: T.Mapping, cleaner: RowCleaner, cancel=None, *,
                    include_hidden: bool = False, notes: list | None = None, units: dict[str, str] | None = None):
    """Yield (person, problems) for each person row of the sheet. Rows that are not
    imported but might be people (hidden rows, a template's example) go to ``notes`` as
    warnings."""
    category = None
    sheet_name = fold(sheet.name or "")
    for word, cat in _CATEGORY_SECTION:     # a sheet named "Khách mời" lists guests
        if word in sheet_name:
            category = cat
            break
    notes = notes if notes is not None else []
    has_stt = "stt" in mapping.roles()
    hidden_rows = sheet.hidden_rows
    part = None
    in_footer = False
    for i, (number, values) in enumerate(sheet.rows):
        if number < mapping.data_start:
            continue
        if cancel is not None and i % 200 == 0:
            cancel.check()
        stt = cleaner._get(values, "stt")
        numbered = isinstance(stt, (int, float)) and not isinstance(stt, bool) or (
            isinstance(stt, str) and stt.strip().rstrip(".").isdigit())
        if numbered and is_numbering_row(values):
            continue
        if not numbered:
            section = unit_section(values, units)
            if section:
                part, in_footer = section[0], False
                continue
            kind = T.section_kind(values, mapping)
            if kind == "footer":
                in_footer = True
                continue
            if kind == "section":
                in_footer = False
                text = fold(" ".join(v for v in values if isinstance(v, str)))
                for word, cat in _CATEGORY_SECTION:
                    if word in text:
                        category = cat
                        break
                continue
            if is_numbering_row(values):
                continue
        name = cleaner.name_text(values)
        others = cleaner.other_fields(values)
        if in_footer:
            if not (name and (numbered or others >= 2)):
                continue   # totals, signatures, the signers' names, notes
            in_footer = False
        if not name:
            if others < 2:
                continue       # a person without a name only when the row holds enough else
        elif not any(ch.isalpha() for ch in name) and not numbered and others == 0:
            continue
        elif not numbered and others == 0 and has_stt:
            continue  # a name alone under the list, e.g. the signer
        elif is_example_row(values, name):
            notes.append(Problem(sheet.name, number, None, "warning", translate(
                "core", "Example row of the template ({name}) not imported").format(name=name),
                cleaner._col("full_name")))
            continue
        if number in hidden_rows and not include_hidden:
            notes.append(Problem(sheet.name, number, None, "warning", translate(
                "core", "Hidden row: {name} was not imported (import hidden rows to include it)").format(
                    name=name or "—"), cleaner._col("full_name")))
            continue
        person, problems = cleaner.clean(number, values, category)
        person.part = part
        yield person, problems


def _event_date(db, today: dt.date) -> dt.date:
    if db is None:
        return today
    try:
        from ..event import load_settings

        return dt.date.fromisoformat(load_settings(db).date)
    except (ValueError, TypeError, KeyError, LookupError):
        return today
    except Exception:  # noqa: BLE001 - a registry without settings still parses
        return today


def parse_file(path: Path | str, *, db=None, unit: str | None = None,
               mappings: dict[str | None, T.Mapping] | None = None, learned: dict[str, str] | None = None,
               today: dt.date | None = None, cancel=None, keep_workbook: bool = False,
               include_hidden: bool = False) -> FileResult:
    """Read and validate one unit file. Never raises for a bad file: the result
    then has ``ok`` False and a ``message``. Raises :class:`Cancelled` only.

    Hidden sheets are skipped, hidden or filtered rows left out (each listed as a
    warning) unless ``include_hidden``. A workbook with several units (one sheet per
    unit, or "Đơn vị: …" rows) lists them in ``parts``; :func:`split_parts` makes one
    result of each."""
    path = Path(path)
    result = FileResult(path)
    today = today or dt.date.today()
    try:
        wb = read_file(path, cancel=cancel)
    except FileUnreadable as exc:
        result.ok, result.message = False, exc.message
        return result
    result.kind = wb.kind
    if keep_workbook:
        result.workbook = wb
    sheets = [s for s in wb.sheets if s.name != META_SHEET]
    visible = [s for s in sheets if not s.hidden]

    # Where each table starts, to read the title block above it for the unit.
    first_rows: dict[str | None, int] = {}
    pre: dict[str | None, T.Mapping | None] = {}
    for sheet in visible:
        m = T.find_table(sheet, learned)
        pre[sheet.name] = m
        if m:
            first_rows[sheet.name] = m.header_rows[0]
    name, unit_id, source = detect_unit(wb, db, first_rows)
    if unit:
        name, unit_id, source = clean_text(unit), None, "option"
        if db is not None:
            from ..registry import find_unit

            found = find_unit(db, unit)
            if found:
                name, unit_id = found["name"], found["id"]
    elif name and unit_id is None and db is not None:
        from ..registry import find_unit

        found = find_unit(db, name)
        if found:
            name, unit_id = found["name"], found["id"]
    result.unit, result.unit_id, result.unit_source = name, unit_id, source
    if learned is None and db is not None and unit_id is not None:
        from .memory import load_learned

        learned = load_learned(db, unit_id)
        if learned:
            pre = {s.name: T.find_table(s, learned) for s in visible}

    for sheet in sheets:
        if sheet.hidden and sheet.rows:
            result.problems.append(Problem(sheet.name, None, None, "warning", translate(
                "core", "The sheet \"{sheet}\" is hidden and was not read").format(sheet=sheet.name)))
    sheet_units = _sheet_units(wb, db, visible, first_rows, source)

    event_date = _event_date(db, today)
    units = {fold(u["name"]): u["name"] for u in units_by_id(db).values()} if db is not None else None
    cleaned = 0
    for sheet in visible:
        mapping = (mappings or {}).get(sheet.name) or pre.get(sheet.name)
        sr = SheetResult(sheet.name, mapping)
        result.sheets.append(sr)
        if mapping is None:
            continue
        cleaned += sheet.cleaned
        if sheet.col_map is not None:
            result.col_maps[sheet.name] = sheet.col_map
        footnotes = footnotes_of(sheet, mapping.data_start)
        cleaner = RowCleaner(sheet.name, mapping, today, event_date, footnotes=footnotes,
                             column_name=lambda c, sheet=sheet: T.col_letter(sheet.source_column(c)))
        notes: list[Problem] = []
        for person, problems in people_of_sheet(sheet, mapping, cleaner, cancel, include_hidden=include_hidden,
                                                notes=notes, units=units):
            if sheet_units and person.part is None:
                person.part = sheet.name
            result.people.append(person)
            result.problems.extend(problems)
            sr.people += 1
        result.problems.extend(notes)
        for c in sorted(cleaner.unmapped):
            heading = clean_text(mapping.headings.get(c) or "")
            letter = T.col_letter(sheet.source_column(c))
            result.problems.append(Problem(sheet.name, mapping.header_rows[0], None, "warning", translate(
                "core", "Column {column} \"{heading}\" matches no field; its values ({n} rows) are kept in the note"
            ).format(column=letter, heading=heading or "—", n=cleaner.unmapped[c]), c))
        parts: dict = {}
        for person in result.people:
            if person.sheet == sheet.name and person.part not in parts:
                parts[person.part] = person.row
        for title, row in parts.items():
            if title is None:
                continue
            found_unit = sheet_units.get(sheet.name) if title == sheet.name and sheet_units else None
            if found_unit is None and title != sheet.name:
                section = unit_section([title], units)
                found_unit = section[1] if section else None
            result.parts.append((title, sheet.name, row, found_unit))
    if cleaned:
        result.problems.append(Problem(None, None, None, "warning", translate(
            "core", "{n} cells held control or text-direction characters; they were removed").format(n=cleaned)))
    if not any(s.mapping for s in result.sheets):
        result.ok = False
        result.message = translate(
            "core", "No list of people found: no sheet has a header with \"Họ và tên\" and other columns"
        )
        return result
    if not result.people:
        result.ok = False
        result.message = translate("core", "The list has a header but no people in it")
        return result
    if len({p[3] for p in result.parts} | ({None} if any(p.part is None for p in result.people) else set())) < 2:
        for person in result.people:
            person.part = None     # one unit after all: sections of one list
        result.parts = []
    if db is not None and unit_id is not None and not result.parts:
        _check_quota(db, unit_id, result)
    return result


def _sheet_units(wb: WorkbookData, db, visible: list[SheetData], first_rows: dict, source) -> dict[str, str]:
    """{sheet: unit} when the workbook holds one unit per sheet (two or more list sheets
    naming different units in their title blocks or sheet names); else {}."""
    if source == "template" or len(first_rows) < 2:
        return {}
    out: dict[str, str] = {}
    for sheet in visible:
        if sheet.name not in first_rows:
            continue
        texts = _title_candidates(sheet, first_rows[sheet.name])
        found = _match_unit_name(db, texts) or _match_unit_name(db, [sheet.name or ""]) or \
            _unit_ending_with(db, sheet.name or "")
        name = found["name"] if found else (unit_from_title(texts) or unit_from_title([sheet.name or ""]))
        if name:
            out[sheet.name] = name
    if len({fold(u) for u in out.values()}) < 2:
        return {}
    return out


def _unit_ending_with(db, text: str) -> dict | None:
    """The one event unit whose name ends with ``text``: a sheet named "Hồng Bàng" for
    "Quận Hồng Bàng"."""
    key = " ".join(re.sub(r"[^a-z0-9]+", " ", fold(text)).split())
    if db is None or len(key) < 3:
        return None
    found = [u for u in units_by_id(db).values()
             if (" " + " ".join(re.sub(r"[^a-z0-9]+", " ", fold(u["name"])).split())).endswith(" " + key)]
    return found[0] if len(found) == 1 else None


def split_parts(result: FileResult, db=None) -> list[FileResult]:
    """One result per unit of a workbook with several units (per sheet or per "Đơn vị:"
    section), each with its ``part`` and ``unit``; the workplace defaults to the unit.
    A result with one unit comes back as it is."""
    if not result.ok or not result.parts:
        return [result]
    titles = [None] + [p[0] for p in result.parts] if any(p.part is None for p in result.people) else \
        [p[0] for p in result.parts]
    by_title: dict = {t: FileResult(result.path, ok=True, kind=result.kind, sheets=result.sheets,
                                    workbook=result.workbook, part=t if t is not None else None,
                                    col_maps=result.col_maps)
                      for t in titles}
    units = {p[0]: p[3] for p in result.parts}
    starts: dict[str | None, list] = {}
    for title, sheet, row, _unit in result.parts:
        starts.setdefault(sheet, []).append((row, title))
    for out in by_title.values():
        name = units.get(out.part) if out.part is not None else result.unit
        out.unit, out.unit_source = name, ("section" if out.part is not None else result.unit_source)
        if out.part is None:
            out.unit_id = result.unit_id
        elif name and db is not None:
            from ..registry import find_unit

            found = find_unit(db, name)
            if found:
                out.unit, out.unit_id = found["name"], found["id"]
        if out.part is None and out.unit is None:
            out.part = None
    where: dict[tuple, FileResult] = {}
    for person in result.people:
        out = by_title[person.part]
        out.people.append(person)
        where[(person.sheet, person.row)] = out
        if not person.data.get("workplace") and out.unit:
            person.data["workplace"] = out.unit
    first = by_title[titles[0]]
    for problem in result.problems:
        out = where.get((problem.sheet, problem.row))
        if out is None and problem.row is not None:
            candidates = [t for row, t in sorted(starts.get(problem.sheet, []), key=lambda x: x[0]) if row <= problem.row]
            out = by_title.get(candidates[-1]) if candidates else None
        (out or first).problems.append(problem)
    # No head-count quota note here: the parts share their Person objects with ``result``,
    # and this runs each time the dialog plans or imports; each unit's quota warning is
    # :func:`importer.warn_over_quota`'s, against the resulting total.
    return [r for r in by_title.values() if r.people]


def join_parts(parts: list[FileResult]) -> FileResult:
    """The parts of one workbook back as one result (for its annotated copy)."""
    if len(parts) == 1:
        return parts[0]
    first = parts[0]
    people = sorted((p for r in parts for p in r.people), key=lambda p: (p.sheet or "", p.row))
    return FileResult(first.path, ok=all(r.ok for r in parts), kind=first.kind, sheets=first.sheets,
                      people=people, problems=[x for r in parts for x in r.problems], workbook=first.workbook,
                      col_maps=first.col_maps, unit=", ".join(r.unit or "?" for r in parts))


def _check_quota(db, unit_id: int, result: FileResult) -> None:
    unit = get_unit(db, unit_id)
    if not unit or unit["quota"] is None:
        return
    quota = unit["quota"]
    people = [p for p in result.people if not p.errors]
    if len(people) > quota:
        first_over = people[quota]
        result.problems.append(Problem(
            first_over.sheet, first_over.row, None, "warning",
            translate("core", "{unit} sends {n} people but its quota is {quota}").format(
                unit=unit["name"], n=len(people), quota=quota)))
        first_over.warnings += 1


__all__ = ["parse_file", "split_parts", "join_parts", "FileResult", "Person", "Problem", "Cancelled"]
