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

from ..errors import Cancelled
from ..fields import (
    PROFILE_FIELDS,
    FieldError,
    digits_of,
    id_mismatches,
    normalize_national_id,
    normalize_phone,
    parse_birth,
    parse_category,
    parse_gender,
    parse_profile,
    phone_kind,
)
from ..i18n import translate
from ..vietnamese import clean_name, clean_text, fold, proper_case
from . import table as T
from .reader import (
    FileUnreadable,
    SciFloat,
    SheetData,
    WorkbookData,
    excel_serial_to_date,
    read_file,
)

FIELDS = ("full_name", "gender", "birth_date", "birth_year", "ethnicity", "position", "workplace",
          "category", "phone", "national_id")
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

    def to_json(self) -> dict:
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

    def to_json(self) -> dict:
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
    workbook: WorkbookData | None = None

    @property
    def file(self) -> str:
        return self.path.name

    @property
    def error_count(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    def to_json(self) -> dict:
        out = {
            "file": self.file, "ok": self.ok, "message": self.message, "unit": self.unit,
            "delegates": [p.to_json() for p in self.people],
            "problems": [p.to_json() for p in self.problems],
        }
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
_UNIT_LABEL = re.compile(r"^\s*(?:đơn vị|don vi|co quan|cơ quan|tên đơn vị)\s*[:：]\s*(.+)$", re.IGNORECASE)
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
    units = list(db.query("SELECT id, name FROM units"))
    folded_units = sorted(((fold(u["name"]), u) for u in units), key=lambda x: -len(x[0]))
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
                    rows = list(db.query("SELECT id, name FROM units WHERE id = ?", [int(unit_id)]))
                except (TypeError, ValueError):
                    rows = []
                if rows and (not name or fold(str(name)) == fold(rows[0]["name"])):
                    return rows[0]["name"], rows[0]["id"], "template"
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
_SCI_TEXT = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+\s*$")
_HONORIFIC = re.compile(r"^(ông|bà|đ/c|đc|đồng chí|anh|chị)\s+", re.IGNORECASE)
_CATEGORY_SECTION = (("khach moi", "guest"), ("chinh thuc", "official"), ("dien hinh", "honoree"),
                     ("phong vien", "press"), ("bao chi", "press"), ("phuc vu", "staff"))


def _is_mark(v) -> bool:
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)) and v == 1:
        return True
    return isinstance(v, str) and fold(v).strip() in _MARK


def _birth_value(v, today: dt.date):
    """Normalise what a birth cell holds before :func:`parse_birth`."""
    if isinstance(v, bool):
        raise FieldError("birth_date", translate("core", "Birth date \"{value}\" is not a date").format(value=v))
    if isinstance(v, (int, float)):
        if float(v).is_integer() and 1900 <= v <= today.year:
            return int(v)
        if 1 < v < 80000:
            date = excel_serial_to_date(float(v))
            if date:
                return date
    if isinstance(v, str):
        t = clean_text(v).rstrip(".")
        t = re.sub(r"^(ngày|sinh ngày|sn)\s*", "", t, flags=re.IGNORECASE)
        m = re.match(r"^(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})$", t, re.IGNORECASE)
        if m:
            t = f"{m.group(1)}/{m.group(2)}/{m.group(3)}"
        return t
    return v


class RowCleaner:
    """Turns the values of one row into a person's fields and problems."""

    def __init__(self, sheet: str | None, mapping: T.Mapping, today: dt.date, event_date: dt.date):
        self.sheet = sheet
        self.mapping = mapping
        self.roles = mapping.roles()
        self.first = {role: cols[0] for role, cols in self.roles.items()}
        self.person_cols = [c for role in T.PERSON_FIELDS for c in self.roles.get(role, [])]
        self.today = today
        self.event_date = event_date

    def _col(self, role: str) -> int | None:
        return self.first.get(role)

    def _get(self, values, role: str):
        c = self.first.get(role)
        if c is None or c >= len(values):
            return None
        return values[c]

    def has_name(self, values) -> bool:
        return bool(self.name_text(values))

    def name_text(self, values) -> str:
        full = self._get(values, "full_name")
        if full is not None and not isinstance(full, str):
            return ""
        if full:
            return clean_text(full)
        parts = [self._get(values, "family_middle"), self._get(values, "given_name")]
        return clean_text(" ".join(str(p) for p in parts if isinstance(p, str)))

    def other_fields(self, values) -> int:
        width = len(values)
        return sum(1 for c in self.person_cols if c < width and values[c] is not None and values[c] != "")

    def clean(self, number: int, values, section_category: str | None) -> tuple[Person, list[Problem]]:
        problems: list[Problem] = []
        data: dict = dict.fromkeys(FIELDS)
        cols: dict[str, int] = {}

        def problem(fld, severity, message, column=None):
            col = column if column is not None else cols.get(fld)
            problems.append(Problem(self.sheet, number, fld, severity, message, col))

        # name
        raw_name = self.name_text(values)
        cols["full_name"] = self._col("full_name") if self._col("full_name") is not None else (
            self._col("given_name") if self._col("given_name") is not None else self._col("family_middle"))
        honorific = _HONORIFIC.match(raw_name)
        if honorific:
            word = fold(honorific.group(1))
            raw_name = raw_name[honorific.end():]
            if word in ("ong", "anh"):
                data["gender"] = "male"
            elif word in ("ba", "chi"):
                data["gender"] = "female"
        letters = [ch for ch in raw_name if ch.isalpha()]
        if letters and sum(ch.isupper() for ch in letters) >= 0.6 * len(letters):
            # Capitals typed in a font without toned capitals (.VnTime): "TRầN THị" is ALL CAPS too.
            raw_name = raw_name.upper()
        name = clean_name(raw_name)
        if not name:
            problem("full_name", "error", translate("core", "The full name is missing"))
        else:
            data["full_name"] = name
            if any(ch.isdigit() for ch in name):
                problem("full_name", "warning", translate("core", "The name \"{name}\" contains digits").format(name=name))
            elif " " not in name:
                problem("full_name", "warning",
                        translate("core", "The name \"{name}\" has only one word; write the full name").format(name=name))

        # birth, and sex from the Nam / Nữ columns
        birth_raw, birth_col = None, None
        c = self._col("birth")
        if c is not None and c < len(values) and values[c] not in (None, ""):
            birth_raw, birth_col = values[c], c
        for role, sex in (("male_col", "male"), ("female_col", "female")):
            for c in self.roles.get(role, []):
                v = values[c] if c < len(values) else None
                if v in (None, ""):
                    continue
                if data["gender"] and data["gender"] != sex and cols.get("gender") is not None:
                    problem("gender", "warning", translate("core", "Both the Nam and the Nữ column are filled"), c)
                data["gender"] = sex
                cols["gender"] = c
                if not _is_mark(v) and birth_raw is None:
                    birth_raw, birth_col = v, c
        cols["birth_date"] = cols["birth_year"] = birth_col
        if birth_raw is not None:
            try:
                value = _birth_value(birth_raw, self.today)
                data["birth_date"], data["birth_year"] = parse_birth(value, self.today)
            except FieldError as exc:
                problem("birth_date", "error", exc.message, birth_col)

        # gender column
        c = self._col("gender")
        if c is not None and c < len(values) and values[c] not in (None, ""):
            cols["gender"] = c
            try:
                g = parse_gender(values[c])
                if g:
                    data["gender"] = g
            except FieldError as exc:
                problem("gender", "warning", exc.message, c)

        for key in ("ethnicity", "position", "workplace"):
            c = self._col(key)
            if c is not None and c < len(values) and values[c] not in (None, ""):
                cols[key] = c
                v = values[c]
                data[key] = clean_text(v if isinstance(v, str) else _plain(v)) or None
        if data["ethnicity"]:
            data["ethnicity"] = data["ethnicity"][:1].upper() + data["ethnicity"][1:]

        c = self._col("category")
        data["category"] = section_category
        if c is not None and c < len(values) and values[c] not in (None, ""):
            cols["category"] = c
            try:
                data["category"] = parse_category(values[c]) or section_category
            except FieldError as exc:
                problem("category", "warning", exc.message, c)

        # the profile (schema 9): only when the sheet has its columns
        for key in PROFILE_FIELDS:
            c = self._col(key)
            if c is None:
                continue
            data[key] = None
            if c < len(values) and values[c] not in (None, ""):
                cols[key] = c
                try:
                    data[key] = parse_profile(key, values[c] if isinstance(values[c], str) else _plain(values[c]))
                except FieldError as exc:
                    problem(key, "warning", exc.message, c)

        # phone
        c = self._col("phone")
        if c is not None and c < len(values) and values[c] not in (None, ""):
            cols["phone"] = c
            data["phone"] = self._phone(values[c], lambda sev, msg: problem("phone", sev, msg, c))

        # ID number
        c = self._col("national_id")
        if c is not None and c < len(values) and values[c] not in (None, ""):
            cols["national_id"] = c
            data["national_id"] = self._national_id(values[c], lambda sev, msg: problem("national_id", sev, msg, c))
        if data["national_id"]:
            for message in id_mismatches(data["national_id"], data["gender"], data["birth_year"]):
                problem("national_id", "warning", message)

        # age at the congress
        if data["birth_year"]:
            if data["birth_date"]:
                born = dt.date.fromisoformat(data["birth_date"])
                age = self.event_date.year - born.year - ((self.event_date.month, self.event_date.day) < (born.month, born.day))
            else:
                age = self.event_date.year - data["birth_year"]
            if not MIN_AGE <= age <= MAX_AGE:
                problem("birth_date", "warning",
                        translate("core", "Age {age} at the congress is unlikely; check the birth date").format(age=age))

        person = Person(self.sheet, number, data, {k: v for k, v in cols.items() if v is not None})
        person.errors = sum(1 for p in problems if p.severity == "error")
        person.warnings = len(problems) - person.errors
        return person, problems

    def _phone(self, value, report) -> str | None:
        if isinstance(value, SciFloat):
            report("warning", translate("core", "The phone number is shown in scientific notation; check its digits"))
        text = _plain(value)
        digits = digits_of(text)
        if len(digits) > 11 and not phone_kind(normalize_phone(value)):
            # Several numbers in one cell ("+84 168 123 4567" is one): keep the first valid one.
            for part in re.split(r"[;,/\-–]|\s{2,}|\bhoặc\b", text):
                phone = normalize_phone(part)
                if phone_kind(phone):
                    report("warning", translate("core", "Several phone numbers in one cell; kept {phone}").format(phone=phone))
                    return phone
        phone = normalize_phone(value)
        if not phone:
            report("warning", translate("core", "\"{value}\" is not a phone number").format(value=clean_text(text)))
            return None
        if phone_kind(phone) is None:
            report("warning", translate("core", "Phone number {value} is neither a 10-digit mobile nor an 11-digit landline").format(
                value=clean_text(text)))
        return phone

    def _national_id(self, value, report) -> str | None:
        numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
        lost = numeric and float(value).is_integer() and str(int(value)).endswith("000") and (
            isinstance(value, SciFloat) or value >= 1e11)
        if lost or (isinstance(value, str) and _SCI_TEXT.match(value)):
            report("error", translate(
                "core", "ID number {value} was stored in scientific notation and has lost digits; type it again as text"
            ).format(value=_plain(value)))
            return None
        if isinstance(value, float) and not value.is_integer():
            report("error", translate("core", "ID number {value} is not a whole number").format(value=value))
            return None
        digits = normalize_national_id(value)
        if not digits:
            report("error", translate("core", "\"{value}\" is not an ID number").format(value=clean_text(_plain(value))))
            return None
        if len(digits) not in (9, 12):
            report("error", translate("core", "ID number {value} must have 12 digits (CCCD) or 9 digits (CMND)").format(
                value=clean_text(_plain(value))))
            return None
        return digits


def _plain(v) -> str:
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (dt.datetime, dt.date)):
        return v.strftime("%d/%m/%Y")
    return "" if v is None else str(v)


# ---------------------------------------------------------------- one sheet / one file

def people_of_sheet(sheet: SheetData, mapping: T.Mapping, cleaner: RowCleaner, cancel=None):
    """Yield (person, problems) for each person row of the sheet."""
    category = None
    sheet_name = fold(sheet.name or "")
    for word, cat in _CATEGORY_SECTION:     # a sheet named "Khách mời" lists guests
        if word in sheet_name:
            category = cat
            break
    has_stt = "stt" in mapping.roles()
    for i, (number, values) in enumerate(sheet.rows):
        if number < mapping.data_start:
            continue
        if cancel is not None and i % 200 == 0:
            cancel.check()
        stt = cleaner._get(values, "stt")
        numbered = isinstance(stt, (int, float)) and not isinstance(stt, bool) or (
            isinstance(stt, str) and stt.strip().rstrip(".").isdigit())
        if not numbered:
            kind = T.section_kind(values, mapping)
            if kind == "footer":
                break
            if kind == "section":
                text = fold(" ".join(v for v in values if isinstance(v, str)))
                for word, cat in _CATEGORY_SECTION:
                    if word in text:
                        category = cat
                        break
                continue
        name = cleaner.name_text(values)
        others = cleaner.other_fields(values)
        if not name:
            if others >= 2:
                yield cleaner.clean(number, values, category)
            continue
        if not any(ch.isalpha() for ch in name):
            continue  # a row of column numbers "(1) (2) (3)"
        if not numbered and others == 0 and has_stt:
            continue  # a name alone under the list, e.g. the signer
        yield cleaner.clean(number, values, category)


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
               today: dt.date | None = None, cancel=None, keep_workbook: bool = False) -> FileResult:
    """Read and validate one unit file. Never raises for a bad file: the result
    then has ``ok`` False and a ``message``. Raises :class:`Cancelled` only."""
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

    # Where each table starts, to read the title block above it for the unit.
    first_rows: dict[str | None, int] = {}
    pre: dict[str | None, T.Mapping | None] = {}
    for sheet in wb.sheets:
        if sheet.name == META_SHEET:
            continue
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
            pre = {s.name: T.find_table(s, learned) for s in wb.sheets if s.name != META_SHEET}

    event_date = _event_date(db, today)
    for sheet in wb.sheets:
        if sheet.name == META_SHEET:
            continue
        mapping = (mappings or {}).get(sheet.name) or pre.get(sheet.name)
        sr = SheetResult(sheet.name, mapping)
        result.sheets.append(sr)
        if mapping is None:
            continue
        cleaner = RowCleaner(sheet.name, mapping, today, event_date)
        for person, problems in people_of_sheet(sheet, mapping, cleaner, cancel):
            result.people.append(person)
            result.problems.extend(problems)
            sr.people += 1
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
    if db is not None and unit_id is not None:
        _check_quota(db, unit_id, result)
    return result


def _check_quota(db, unit_id: int, result: FileResult) -> None:
    rows = list(db.query("SELECT quota, name FROM units WHERE id = ?", [unit_id]))
    if not rows or rows[0]["quota"] is None:
        return
    quota = rows[0]["quota"]
    people = [p for p in result.people if not p.errors]
    if len(people) > quota:
        first_over = people[quota]
        result.problems.append(Problem(
            first_over.sheet, first_over.row, None, "warning",
            translate("core", "{unit} sends {n} people but its quota is {quota}").format(
                unit=rows[0]["name"], n=len(people), quota=quota)))
        first_over.warnings += 1


__all__ = ["parse_file", "FileResult", "Person", "Problem", "Cancelled"]
