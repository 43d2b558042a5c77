"""Parsing and checking of a delegate's fields: dates, phones, ID numbers, gender, category.

Used by the edit form, the CLI and spreadsheet intake alike. Each ``parse_*``
returns the clean value or raises :class:`FieldError` with a message in the
user's language.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from .i18n import translate
from .vietnamese import clean_text, fold

GENDERS = ("male", "female")
CATEGORIES = ("official", "guest", "honoree", "press", "staff")
STATUSES = ("active", "cancelled")

MIN_BIRTH_YEAR = 1900


class FieldError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field
        self.message = message


class FieldCollector:
    """Cleaning a form's fields one by one, gathering every wrong field (``problems``) beside
    the clean values (``out``), so the person sees all their mistakes at once. With
    ``partial`` only the keys given are cleaned."""

    def __init__(self, data: dict, *, partial: bool = False):
        self.data, self.partial = data, partial
        self.out: dict = {}
        self.problems: list[FieldError] = []

    def take(self, key: str, clean) -> None:
        """``out[key] = clean(data[key])``, or the :class:`FieldError` it raises kept."""
        if self.partial and key not in self.data:
            return
        try:
            self.out[key] = clean(self.data.get(key))
        except FieldError as exc:
            self.problems.append(exc)



# ---------------------------------------------------------------- labels

def gender_label(value: str | None) -> str:
    return {"male": translate("core", "Male"), "female": translate("core", "Female")}.get(value or "", "")


def category_label(value: str | None) -> str:
    return {
        "official": translate("core", "Official delegate"),
        "guest": translate("core", "Guest"),
        "honoree": translate("core", "Honoree"),
        "press": translate("core", "Press"),
        "staff": translate("core", "Staff"),
    }.get(value or "", "")


def status_label(value: str | None) -> str:
    return {"active": translate("core", "Expected"), "cancelled": translate("core", "Cancelled")}.get(value or "", "")


# ---------------------------------------------------------------- gender / category

_GENDER_WORDS = {
    "nam": "male", "male": "male", "m": "male", "trai": "male", "ong": "male",
    "nu": "female", "female": "female", "f": "female", "gai": "female", "ba": "female",
}

_CATEGORY_WORDS = {
    "chinh thuc": "official", "dai bieu chinh thuc": "official", "dbct": "official",
    "official": "official", "ct": "official",
    "khach moi": "guest", "khach": "guest", "guest": "guest", "dai bieu khach moi": "guest",
    "km": "guest",
    "dien hinh": "honoree", "dai bieu dien hinh": "honoree", "guong dien hinh": "honoree",
    "dien hinh tien tien": "honoree", "honoree": "honoree", "dh": "honoree",
    "phong vien": "press", "bao chi": "press", "press": "press", "pv": "press",
    "phuc vu": "staff", "staff": "staff", "nhan vien": "staff", "to chuc": "staff",
    "ban to chuc": "staff", "pvu": "staff",
}


def parse_gender(value) -> str | None:
    text = fold(clean_text(value)).strip(" .")
    if not text:
        return None
    if text in _GENDER_WORDS:
        return _GENDER_WORDS[text]
    raise FieldError("gender", translate("core", "Gender \"{value}\" is neither Nam nor Nữ").format(value=clean_text(value)))


def parse_category(value) -> str | None:
    text = fold(clean_text(value)).strip(" .")
    if not text:
        return None
    if text in _CATEGORY_WORDS:
        return _CATEGORY_WORDS[text]
    raise FieldError(
        "category", translate("core", "Unknown delegate category \"{value}\"").format(value=clean_text(value))
    )


# ---------------------------------------------------------------- dates

_TIME = r"(?:[ Tt]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?)?"
_DATE = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})" + _TIME + r"$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})" + _TIME + r"$")
_WORDS = re.compile(r"^ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})\s*nam\s*(\d{4})$")
_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_YEAR = re.compile(r"^(?:nam\s*)?(\d{4})$")
# Excel's day 0 (its serial numbers count days from here, 1900 leap-year bug included).
_EXCEL_EPOCH = dt.date(1899, 12, 30)


def _two_digit_year(yy: int, today: dt.date) -> int:
    # "75" is 1975; "05" is 2005 unless that would be in the future.
    year = 2000 + yy
    return year if year <= today.year else 1900 + yy


def excel_serial_date(serial: float) -> dt.date:
    """The date of an Excel date serial (days since 30/12/1899)."""
    return _EXCEL_EPOCH + dt.timedelta(days=int(serial))


def parse_birth(value, today: dt.date | None = None) -> tuple[str | None, int | None]:
    """A birth date written day first -> (ISO date or None, year or None).

    Accepts "02/03/1975", "2.3.1975", "02-03-75", "ngày 2 tháng 3 năm 1975",
    "1975" (a year alone gives only the year), "3/1975" (only the year is kept),
    ISO dates, ``datetime``/``date`` values and Excel date serials from spreadsheets.
    """
    today = today or dt.date.today()
    if value is None or value == "":
        return None, None
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return _checked(value.year, value.month, value.day, _shown(value), today)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if float(value).is_integer() and MIN_BIRTH_YEAR <= int(value) <= today.year:
            return None, _checked_year(int(value), str(int(value)), today)
        # A date serial: a number of days, as a cell formatted "General" shows a date.
        if today.year < value < (today - _EXCEL_EPOCH).days + 1:
            date = excel_serial_date(value)
            return _checked(date.year, date.month, date.day, _shown(date), today)
        raise FieldError("birth_date", translate("core", "Birth date \"{value}\" is not a date").format(value=value))
    text = clean_text(value)
    if not text:
        return None, None
    folded = fold(text).strip(" .")
    m = _DATE.match(folded)
    if m:
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
        y = int(year) if len(year) == 4 else _two_digit_year(int(year), today)
        return _checked(y, month, day, text, today)
    m = _ISO.match(folded)
    if m:
        return _checked(int(m.group(1)), int(m.group(2)), int(m.group(3)), text, today)
    m = _WORDS.match(folded)
    if m:
        return _checked(int(m.group(3)), int(m.group(2)), int(m.group(1)), text, today)
    m = _MONTH_YEAR.match(folded)
    if m and 1 <= int(m.group(1)) <= 12:
        return None, _checked_year(int(m.group(2)), text, today)
    m = _YEAR.match(folded)
    if m:
        return None, _checked_year(int(m.group(1)), text, today)
    raise FieldError(
        "birth_date",
        translate("core", "Birth date \"{value}\" is not a date (write day/month/year, e.g. 02/03/1975)").format(
            value=text
        ),
    )


def _shown(date: dt.date) -> str:
    return f"{date.day:02d}/{date.month:02d}/{date.year}"


def _checked_year(year: int, text: str, today: dt.date) -> int:
    if year > today.year:
        raise FieldError("birth_date", translate("core", "Birth date {value} is in the future").format(value=text))
    if year < MIN_BIRTH_YEAR:
        raise FieldError("birth_date", translate("core", "Birth year {value} is out of range").format(value=text))
    return year


def _checked(year: int, month: int, day: int, text: str, today: dt.date):
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise FieldError(
            "birth_date", translate("core", "Birth date {value} does not exist").format(value=text)
        ) from None
    if date > today:
        raise FieldError("birth_date", translate("core", "Birth date {value} is in the future").format(value=text))
    _checked_year(year, text, today)
    return date.isoformat(), year


def format_date(value) -> str:
    """A date for every screen: "09/11/2020" (an ISO date, datetime or date; "" for none)."""
    import datetime as _dt

    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = _dt.datetime.fromisoformat(value) if "T" in value or " " in value.strip() else \
                _dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    return value.strftime("%d/%m/%Y")


def format_datetime(value, *, seconds: bool = False) -> str:
    """A moment for every screen: "09/11/2020 07:41" (local time as stored)."""
    import datetime as _dt

    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = _dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if not isinstance(value, _dt.datetime):
        return format_date(value)
    return value.strftime("%d/%m/%Y %H:%M:%S" if seconds else "%d/%m/%Y %H:%M")


def format_birth(birth_date: str | None, birth_year: int | None) -> str:
    """For display: "02/03/1975", or "1975" when only the year is known."""
    if birth_date:
        y, m, d = birth_date.split("-")
        return f"{d}/{m}/{y}"
    return str(birth_year) if birth_year else ""


# ---------------------------------------------------------------- phones

# Old 11-digit mobile prefixes renumbered in 2018 (without the leading 0).
OLD_MOBILE_PREFIXES = {
    "162": "32", "163": "33", "164": "34", "165": "35", "166": "36", "167": "37",
    "168": "38", "169": "39", "120": "70", "121": "79", "122": "77", "126": "76",
    "128": "78", "123": "83", "124": "84", "125": "85", "127": "81", "129": "82",
    "186": "56", "188": "58", "199": "59",
}
MOBILE_FIRST = "35789"
# 030 and 031 were landline area codes (Ninh Bình, Hải Phòng) until 2017, never mobiles.
NOT_MOBILE = ("30", "31")


def digits_of(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"\D", "", str(value))


# "9.12345678E+08": a number Excel showed (or exported to CSV) in scientific notation.
_SCIENTIFIC = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*[eE]\s*\+?\s*\d+\s*$")


def _scientific(value) -> bool:
    return isinstance(value, str) and bool(_SCIENTIFIC.match(value))


def normalize_phone(value) -> str:
    """Digits only with the leading 0 back: "+84 912 345 678" and 912345678 -> "0912345678";
    an old 11-digit mobile "01686…" becomes its 10-digit number "0386…"."""
    digits = digits_of(value)
    if not digits:
        return ""
    if digits.startswith("0084"):
        digits = digits[2:]                 # international prefix 00
    if digits.startswith("84") and len(digits) in (11, 12) and not digits.startswith("840"):
        digits = "0" + digits[2:]          # 84 + 9-digit mobile or 10-digit landline
    elif digits.startswith("840") and len(digits) in (12, 13):
        digits = digits[2:]
    if not digits.startswith("0") and len(digits) in (9, 10):
        digits = "0" + digits               # Excel dropped the leading zero
    if len(digits) == 11 and digits.startswith("01") and digits[1:4] in OLD_MOBILE_PREFIXES:
        digits = "0" + OLD_MOBILE_PREFIXES[digits[1:4]] + digits[4:]
    return digits


def phone_kind(phone: str) -> str | None:
    """"mobile", "landline" or None for a normalised number."""
    if len(phone) == 10 and phone[0] == "0" and phone[1] in MOBILE_FIRST and phone[1:3] not in NOT_MOBILE:
        return "mobile"
    if len(phone) == 11 and phone.startswith("02"):
        return "landline"
    return None


# Where one cell or field holds several numbers: ";", ",", "/", " - ", "hoặc"…
_PHONE_SPLIT = re.compile(r"[;,/|\n]|\s[-–]\s|\s{2,}|\bhoặc\b|\bor\b", re.IGNORECASE)


def phone_numbers(text: str) -> list[str]:
    """Every phone number written in a cell, normalised, in order: "0912 345 678 - 0225
    3842 123", "(+84) 912.345.678", "CQ: 0225 3842123; DĐ: 0912345678"."""
    out: list[str] = []
    for part in _PHONE_SPLIT.split(text):
        acc = ""
        for token in re.findall(r"\d+", part):
            acc += token
            phone = normalize_phone(acc)
            if phone_kind(phone):
                if phone not in out:
                    out.append(phone)
                acc = ""
            elif len(acc) > 13:
                acc = token
    return out


def cell_text(v) -> str:
    """A value as the text a person reads in its cell: 912345678.0 -> "912345678",
    a date -> "dd/mm/yyyy", None -> ""."""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (dt.datetime, dt.date)):
        return v.strftime("%d/%m/%Y")
    return "" if v is None else str(v)


@dataclass
class Cleaned:
    """One field's value as cleaned, what is wrong with it, and text kept for the note.

    ``problems`` are ``(severity, message)``: an import keeps the row and reports them
    ("error" refuses the row); the form refuses the value (:meth:`strict`)."""

    value: str | None = None
    problems: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def report(self, severity: str, message: str) -> None:
        self.problems.append((severity, message))

    def strict(self, name: str, valid) -> str | None:
        """The form's rule: the value, or :class:`FieldError` for an error, or for a warning
        that leaves no valid value (``valid(value)``); a warning about a good value is kept quiet."""
        for severity, message in self.problems:
            if severity == "error" or self.value is None or not valid(self.value):
                raise FieldError(name, message)
        return self.value


def _blank(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def clean_phone(value, *, scientific: bool | None = None) -> Cleaned:
    """The one phone cleaner (the form and the import): digits with the leading 0 back, the
    old 11-digit mobiles renumbered; of several numbers the first mobile, the others to the
    note; a number of a wrong length kept, with a warning.

    ``scientific``: the cell is a number shown in scientific notation (a warning to check
    it); by default text like "9.12E+08" is refused (its digits are lost)."""
    out = Cleaned()
    if _blank(value):
        return out
    if scientific is None and _scientific(value):
        out.report("error", translate(
            "core", "Phone number {value} was stored in scientific notation and lost its digits; "
                    "format the column as text and type it again").format(value=clean_text(value)))
        return out
    if scientific:
        out.report("warning", translate("core", "The phone number is shown in scientific notation; check its digits"))
    text = cell_text(value)
    phone = normalize_phone(value)
    if phone and phone_kind(phone):
        out.value = phone
        return out
    found = phone_numbers(text)
    if found:
        first = next((p for p in found if phone_kind(p) == "mobile"), found[0])
        others = [p for p in found if p != first]
        if others:
            out.notes.append(translate("core", "Other phone: {phones}").format(phones=", ".join(others)))
            out.report("warning", translate("core", "Several phone numbers in one cell; kept {phone}").format(
                phone=first))
        out.value = first
        return out
    if not phone:
        out.report("warning", translate("core", "\"{value}\" is not a phone number").format(value=clean_text(text)))
        return out
    out.report("warning", translate(
        "core", "Phone number {value} is neither a 10-digit mobile nor an 11-digit landline").format(
            value=clean_text(text)))
    out.value = phone
    return out


def parse_phone(value) -> str | None:
    """The form's phone: :func:`clean_phone`, refusing what leaves no valid number."""
    return clean_phone(value).strict("phone", phone_kind)


# ---------------------------------------------------------------- ID numbers

def normalize_national_id(value) -> str:
    """Digits only, with a leading zero put back when Excel stored the number
    (11 digits -> 12-digit CCCD, 8 digits -> 9-digit CMND)."""
    digits = digits_of(value)
    if len(digits) in (8, 11):
        digits = "0" + digits
    return digits


# "031 175 001 234": the grouping of an ID's digits, and an ID among other words.
_GROUPED_DIGITS = re.compile(r"(?<=\d)[ .](?=\d{3})")
_ID_RUN = re.compile(r"(?<![\d/.\-])(\d{12}|\d{9})(?![\d/.\-])")


def clean_national_id(value, *, scientific: bool = False, is_label=None) -> Cleaned:
    """The one ID-number cleaner (the form and the import): 12 digits (CCCD) or 9 (CMND),
    the leading zero Excel dropped put back; a number among words ("…, cấp ngày …") taken
    out, the words kept for the note (unless ``is_label(words)``: "CCCD:" alone is no note).

    ``scientific``: the cell is a number shown in scientific notation. Such a number, or
    text like "3.1E+11", has lost digits: an error."""
    out = Cleaned()
    if _blank(value):
        return out
    numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
    lost = numeric and float(value).is_integer() and str(int(value)).endswith("000") and (
        scientific or value >= 1e11)
    if lost or _scientific(value):
        out.report("error", translate(
            "core", "ID number {value} was stored in scientific notation and has lost digits; type it again as text"
        ).format(value=cell_text(value)))
        return out
    if isinstance(value, float) and not value.is_integer():
        out.report("error", translate("core", "ID number {value} is not a whole number").format(value=value))
        return out
    digits = normalize_national_id(value)
    if not digits:
        out.report("error", translate("core", "\"{value}\" is not an ID number").format(value=clean_text(cell_text(value))))
        return out
    if isinstance(value, str) and (len(digits) not in (9, 12) or not value.replace(" ", "").replace(".", "").isdigit()):
        # "031175001234, cấp ngày 10/05/2021 tại Hải Phòng": the number, and the rest to the note.
        text = _GROUPED_DIGITS.sub("", clean_text(value))
        found = _ID_RUN.search(text)
        if found:
            rest = clean_text(text[:found.start()] + " " + text[found.end():]).strip(" ,;:-–'")
            label_only = not any(ch.isdigit() for ch in rest) and is_label is not None and is_label(rest)
            if rest and not label_only:
                out.notes.append(rest)
            out.value = found.group(1)
            return out
    if len(digits) not in (9, 12):
        out.report("error", translate("core", "ID number {value} must have 12 digits (CCCD) or 9 digits (CMND)").format(
            value=clean_text(cell_text(value))))
        return out
    out.value = digits
    return out


def parse_national_id(value) -> str | None:
    """The form's ID number: :func:`clean_national_id`, refusing any problem."""
    return clean_national_id(value).strict("national_id", lambda v: len(v) in (9, 12))


def id_mismatches(national_id: str, gender: str | None, birth_year: int | None) -> list[str]:
    """What a 12-digit CCCD contradicts in the row: sex, century, birth year.

    The first three digits say where the birth was registered and are never judged.
    """
    if not national_id or len(national_id) != 12 or not national_id.isdigit():
        return []
    problems = []
    code = int(national_id[3])
    century = 1900 + 100 * (code // 2)
    id_gender = "female" if code % 2 else "male"
    yy = int(national_id[4:6])
    if gender and gender != id_gender:
        problems.append(
            translate("core", "ID number {id} is for a {sex}").format(id=national_id, sex=gender_label(id_gender).lower())
        )
    if birth_year:
        if birth_year // 100 * 100 != century:
            problems.append(
                translate("core", "ID number {id} is for someone born in the {century}s").format(
                    id=national_id, century=century
                )
            )
        elif birth_year % 100 != yy:
            problems.append(
                translate("core", "ID number {id} gives birth year ..{yy}, not {year}").format(
                    id=national_id, yy=f"{yy:02d}", year=birth_year
                )
            )
    return problems


def mask(value: str | None, keep: int = 3) -> str:
    """"0912345678" -> "•••••••678": personal numbers hidden in lists."""
    if not value:
        return ""
    return "•" * max(0, len(value) - keep) + value[-keep:]


# ---------------------------------------------------------------- profile (schema 9)
# What a credentials report counts beyond sex, ethnicity and age. Personal data:
# masked and erased like phones and IDs (core.safety.privacy), exported only on request.
# Values are codes; the labels are the Vietnamese words of the report.
PROFILE_FIELDS = ("party_member", "education", "political_theory", "social_group")
EDUCATION_LEVELS = {"doctorate": "Tiến sĩ", "master": "Thạc sĩ", "university": "Đại học",
                    "college": "Cao đẳng", "vocational": "Trung cấp", "secondary": "Trung học phổ thông"}
THEORY_LEVELS = {"advanced": "Cao cấp", "intermediate": "Trung cấp", "elementary": "Sơ cấp"}
SOCIAL_GROUPS = {"worker": "Công nhân", "farmer": "Nông dân", "intellectual": "Trí thức",
                 "business": "Doanh nhân", "armed_forces": "Lực lượng vũ trang",
                 "civil_servant": "Cán bộ, công chức, viên chức", "other": "Thành phần khác"}
_PROFILE_WORDS = {
    "education": {**{fold(v): k for k, v in EDUCATION_LEVELS.items()},
                  "ts": "doctorate", "tien si": "doctorate", "ths": "master", "thac si": "master",
                  "dh": "university", "cu nhan": "university", "ky su": "university", "bac si": "university",
                  "cd": "college", "tc": "vocational", "trung cap": "vocational", "thpt": "secondary",
                  "pho thong": "secondary", "12/12": "secondary"},
    "political_theory": {**{fold(v): k for k, v in THEORY_LEVELS.items()},
                         "cao cap llct": "advanced", "cu nhan chinh tri": "advanced", "cc": "advanced",
                         "trung cap llct": "intermediate", "tc": "intermediate", "so cap llct": "elementary",
                         "sc": "elementary"},
    "social_group": {**{fold(v): k for k, v in SOCIAL_GROUPS.items()},
                     "cong nhan": "worker", "nong dan": "farmer", "tri thuc": "intellectual",
                     "doanh nhan": "business", "llvt": "armed_forces", "luc luong vu trang": "armed_forces",
                     "quan doi": "armed_forces", "cong an": "armed_forces", "can bo": "civil_servant",
                     "cong chuc": "civil_servant", "vien chuc": "civil_servant", "ccvc": "civil_servant",
                     "khac": "other"},
}
_YES = {"x", "co", "yes", "1", "dang vien", "dv", "true"}
_NO = {"", "khong", "no", "0", "false", "-"}


def profile_label(field: str, code) -> str:
    """The Vietnamese word for a profile value ("" when not given)."""
    if field == "party_member":
        return "Đảng viên" if code else ""
    table = {"education": EDUCATION_LEVELS, "political_theory": THEORY_LEVELS, "social_group": SOCIAL_GROUPS}
    return table.get(field, {}).get(code or "", code or "")


def parse_profile(field: str, value):
    """The code of a profile value as a unit writes it ("Thạc sĩ", "ThS", "x" for a
    Party member …), None when empty; :class:`FieldError` when it is not understood."""
    text = fold(clean_text("" if value is None else str(value))).strip(" .")
    if field == "party_member":
        if text in _YES or text.startswith("dang vien") or re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}", text):
            return 1   # a date here is the date of admission to the Party
        if text in _NO:
            return None if not text else 0
        raise FieldError(field, translate("core", "“{value}” is not yes or no for Party membership").format(
            value=value))
    if not text:
        return None
    words = _PROFILE_WORDS[field]
    if text in words:
        return words[text]
    if text in {k for k in words.values()}:
        return text
    for key, code in sorted(words.items(), key=lambda kv: -len(kv[0])):
        if len(key) > 3 and key in text:
            return code
    raise FieldError(field, translate("core", "“{value}” is not a known value here").format(value=value))


def clean_profile(field: str, value):
    """A profile value from a form (a code, True/False) or a spreadsheet (words)."""
    if field == "party_member" and (value is None or isinstance(value, bool | int)):
        return None if value is None else int(bool(value))
    return parse_profile(field, value)
