"""Find the list of people in a sheet: the header row(s), what each column holds,
and which rows are people.

Units write headings in many ways ("Họ và tên", "Họ tên", "Họ, chữ đệm" + "Tên",
"Năm sinh" over "Nam" | "Nữ"…). A heading is folded (no case, no accents, no
punctuation) and matched against :data:`ALIASES`; the user can correct the
result (see :class:`Mapping`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..i18n import translate
from ..vietnamese import clean_text, fold
from .reader import SheetData

# Roles a column can have.
ROLES = (
    "stt", "full_name", "family_middle", "given_name", "birth", "male_col", "female_col",
    "gender", "ethnicity", "position", "workplace", "phone", "national_id", "category", "note",
    "party_member", "education", "political_theory", "social_group",
)
PERSON_FIELDS = ("birth", "male_col", "female_col", "gender", "ethnicity", "position", "workplace",
                 "phone", "national_id", "category")


def role_label(role: str | None) -> str:
    return {
        None: translate("core", "(ignore)"),
        "stt": translate("core", "No."),
        "full_name": translate("core", "Full name"),
        "family_middle": translate("core", "Family and middle name"),
        "given_name": translate("core", "Given name"),
        "birth": translate("core", "Birth date / year"),
        "male_col": translate("core", "Birth year (men) / Male"),
        "female_col": translate("core", "Birth year (women) / Female"),
        "gender": translate("core", "Gender"),
        "ethnicity": translate("core", "Ethnicity"),
        "position": translate("core", "Position"),
        "workplace": translate("core", "Workplace"),
        "phone": translate("core", "Phone"),
        "national_id": translate("core", "ID number"),
        "category": translate("core", "Category"),
        "note": translate("core", "Note"),
        "party_member": translate("core", "Party member"),
        "education": translate("core", "Education"),
        "political_theory": translate("core", "Political theory"),
        "social_group": translate("core", "Social group"),
    }.get(role, role or "")


# Folded heading -> role. Exact matches first, then prefixes (PREFIXES).
ALIASES = {
    "stt": "stt", "tt": "stt", "so tt": "stt", "so thu tu": "stt", "s tt": "stt", "thu tu": "stt",
    "ho va ten": "full_name", "ho ten": "full_name", "ho va ten dai bieu": "full_name",
    "ho ten dai bieu": "full_name", "ten dai bieu": "full_name", "dai bieu": "full_name",
    "ho va ten khai sinh": "full_name", "ho, ten": "full_name", "full name": "full_name",
    "name": "full_name", "ho va ten nguoi du": "full_name",
    "ho": "family_middle", "ho dem": "family_middle", "ho va ten dem": "family_middle",
    "ho chu dem": "family_middle", "ho va chu dem": "family_middle", "ho, chu dem": "family_middle",
    "ho va dem": "family_middle", "ho lot": "family_middle",
    "ten": "given_name",
    "ngay sinh": "birth", "nam sinh": "birth", "ngay thang nam sinh": "birth", "ns": "birth",
    "sinh ngay": "birth", "ngay, thang, nam sinh": "birth", "ngay/thang/nam sinh": "birth",
    "date of birth": "birth", "birth": "birth",
    "nam": "male_col", "nu": "female_col",
    "gioi tinh": "gender", "gioi": "gender", "nam/nu": "gender", "nam nu": "gender", "gt": "gender",
    "phai": "gender", "gender": "gender",
    "dan toc": "ethnicity", "ethnicity": "ethnicity",
    "chuc vu": "position", "chuc danh": "position", "chuc vu chuc danh": "position",
    "chuc vu, chuc danh": "position", "position": "position", "nghe nghiep": "position",
    "don vi": "workplace", "noi cong tac": "workplace", "don vi cong tac": "workplace",
    "co quan": "workplace", "co quan cong tac": "workplace", "noi lam viec": "workplace",
    "co quan, don vi": "workplace", "workplace": "workplace",
    "sdt": "phone", "so dien thoai": "phone", "dien thoai": "phone", "so dt": "phone",
    "di dong": "phone", "dtdd": "phone", "dt di dong": "phone", "phone": "phone", "mobile": "phone",
    "dien thoai lien he": "phone", "so dien thoai lien he": "phone", "dt lien he": "phone",
    "cccd": "national_id", "cmnd": "national_id", "so cccd": "national_id", "so cmnd": "national_id",
    "cmnd/cccd": "national_id", "cccd/cmnd": "national_id", "so dinh danh": "national_id",
    "so dinh danh ca nhan": "national_id", "can cuoc": "national_id", "can cuoc cong dan": "national_id",
    "so can cuoc cong dan": "national_id", "so can cuoc": "national_id", "so cmnd/cccd": "national_id",
    "so cccd/cmnd": "national_id", "id": "national_id",
    "thanh phan": "category", "loai dai bieu": "category", "doi tuong": "category",
    "thanh phan dai bieu": "category", "loai": "category", "category": "category",
    "ghi chu": "note", "note": "note",
}
# The profile the credentials report counts (schema 9), headings as units write them.
PROFILE_ALIASES = {
    "dang vien": "party_member", "la dang vien": "party_member", "dang vien dcsvn": "party_member",
    "ngay vao dang": "party_member", "dv": "party_member",
    "trinh do chuyen mon": "education", "trinh do": "education", "trinh do hoc van": "education",
    "hoc van": "education", "trinh do cm": "education", "trinh do chuyen mon nghiep vu": "education",
    "ly luan chinh tri": "political_theory", "trinh do ly luan chinh tri": "political_theory",
    "llct": "political_theory", "trinh do llct": "political_theory", "chinh tri": "political_theory",
    "thanh phan xa hoi": "social_group", "thanh phan xuat than": "social_group",
    "co cau xa hoi": "social_group", "thanh phan giai cap": "social_group",
}
ALIASES.update(PROFILE_ALIASES)

PREFIXES = (
    ("ho va ten", "full_name"), ("ho ten", "full_name"), ("ngay thang nam sinh", "birth"),
    ("ngay sinh", "birth"), ("nam sinh", "birth"), ("chuc vu", "position"), ("chuc danh", "position"),
    ("so dien thoai", "phone"), ("dien thoai", "phone"), ("sdt", "phone"), ("so cccd", "national_id"),
    ("so cmnd", "national_id"), ("cccd", "national_id"), ("cmnd", "national_id"),
    ("so dinh danh", "national_id"), ("can cuoc", "national_id"), ("don vi cong tac", "workplace"),
    ("noi cong tac", "workplace"), ("co quan", "workplace"), ("dan toc", "ethnicity"),
    ("gioi tinh", "gender"), ("ghi chu", "note"), ("thanh phan", "category"),
)
NAME_ROLES = ("full_name", "family_middle", "given_name")

def col_letter(column: int) -> str:
    """0-based column -> "A", "B", … "AA"."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(column + 1)


_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_PUNCT = re.compile(r"[.:*\"'’“”\n\r]+")


def heading_key(text) -> str:
    """A heading folded for matching: "Họ và tên (1)" -> "ho va ten"."""
    if not isinstance(text, str):
        return ""
    t = fold(_PUNCT.sub(" ", _PARENS.sub(" ", text)))
    return " ".join(t.replace(" ,", ",").split())


def classify(text, learned: dict[str, str] | None = None) -> str | None:
    key = heading_key(text)
    if not key or len(key) > 80:
        return None
    if learned and key in learned:
        return learned[key] or None
    if key in ALIASES:
        return ALIASES[key]
    bare = key.replace(",", "").replace("/", " ")
    bare = " ".join(bare.split())
    if bare in ALIASES:
        return ALIASES[bare]
    for prefix, role in PREFIXES:
        if bare.startswith(prefix + " ") or bare == prefix:
            return role
    return None


# ---------------------------------------------------------------- the mapping

@dataclass
class Mapping:
    """Where the list is in one sheet: header rows and each column's role."""

    header_rows: list[int]                  # 1-based row numbers of the header (1 or 2 rows)
    columns: dict[int, str]                 # 0-based column -> role
    headings: dict[int, str] = field(default_factory=dict)  # 0-based column -> heading text shown
    data_start: int = 0                     # first 1-based row after the header

    def roles(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for col, role in sorted(self.columns.items()):
            out.setdefault(role, []).append(col)
        return out

    def to_json(self) -> dict:
        return {"header_rows": self.header_rows, "columns": {str(k): v for k, v in self.columns.items()},
                "headings": {str(k): v for k, v in self.headings.items()}, "data_start": self.data_start}

    @classmethod
    def from_json(cls, obj: dict) -> Mapping:
        return cls(list(obj["header_rows"]), {int(k): v for k, v in obj["columns"].items()},
                   {int(k): v for k, v in obj.get("headings", {}).items()}, int(obj.get("data_start", 0)))


_SUB_WORDS = {"nam", "nu", "ho", "ten", "ho dem", "ho va ten dem", "ho chu dem", "ho, chu dem", "ho va chu dem"}


def _text(v) -> str | None:
    if isinstance(v, str):
        t = clean_text(v)
        return t or None
    return None


def _row_roles(values, learned) -> dict[int, str]:
    out = {}
    for c, v in enumerate(values):
        role = classify(v, learned)
        if role:
            out[c] = role
    return out


def find_table(sheet: SheetData, learned: dict[str, str] | None = None, scan: int = 40,
               header_row: int | None = None) -> Mapping | None:
    """The header and column roles of the list in ``sheet``, or None when the sheet
    holds no list of people (instructions, summaries). ``header_row`` forces where
    the header is (the user said so): a mapping is then returned even if no column
    is recognised, for the user to complete."""
    if header_row is not None:
        rows = [r for r in sheet.rows if r[0] >= header_row][:scan]
        if not rows or rows[0][0] != header_row:
            return Mapping([header_row], {}, {}, header_row + 1)
        best = 0
    else:
        rows = sheet.rows[:scan]
        best = None
        for i, (_number, values) in enumerate(rows):
            roles = _row_roles(values, learned)
            distinct = set(roles.values())
            has_name = bool(distinct & set(NAME_ROLES))
            score = len(distinct)
            if has_name and score >= 2 or score >= 3:
                best = i
                break
    if best is None:
        return None
    number, top = rows[best]
    header_rows = [number]
    sub: list = []
    if best + 1 < len(rows):
        next_number, candidate = rows[best + 1]
        if next_number == number + 1 and _is_sub_header(candidate, top, learned):
            sub = candidate
            header_rows.append(next_number)
    width = max(len(top), len(sub))
    columns: dict[int, str] = {}
    headings: dict[int, str] = {}
    # Propagate a merged top heading to the right over its sub-columns.
    parent: list[str | None] = []
    last = None
    for c in range(width):
        t = _text(top[c]) if c < len(top) else None
        s = _text(sub[c]) if c < len(sub) else None
        if t:
            last = t
            parent.append(t)
        elif s and last is not None:
            parent.append(last)
        else:
            last = None
            parent.append(None)
    merged_parent = _merged_parents(sheet, number)
    for c, t in merged_parent.items():
        if c < width and parent[c] is None:
            parent[c] = t
    used: set[str] = set()
    for c in range(width):
        t = parent[c]
        s = _text(sub[c]) if c < len(sub) else None
        role = _resolve(t, s, learned)
        headings[c] = f"{t} / {s}" if t and s else (t or s or "")
        if role is None:
            continue
        if role in used and role not in ("male_col", "female_col", "note"):
            continue
        used.add(role)
        columns[c] = role
    if not set(columns.values()) & set(NAME_ROLES) and header_row is None:
        return None
    return Mapping(header_rows, columns, headings, header_rows[-1] + 1)


def _merged_parents(sheet: SheetData, row: int) -> dict[int, str]:
    out = {}
    by_start = {(r, c): v for r, vals in sheet.rows[:60] for c, v in enumerate(vals) if r == row}
    for r1, c1, _r2, c2 in sheet.merged:
        if r1 == row and c2 > c1:
            text = _text(by_start.get((r1, c1 - 1)))
            if text:
                for c in range(c1 - 1, c2):
                    out[c] = text
    return out


def _is_sub_header(values, top, learned) -> bool:
    texts = [v for v in values if v is not None]
    if not texts or not all(isinstance(v, str) for v in texts):
        return False
    if any(re.search(r"\d{2}", v) for v in texts) or len(texts) > max(3, len([t for t in top if t]) + 1):
        return False  # digits (dates, phones, numbering) or a full row: data, not headings
    subs = 0
    for c, v in enumerate(values):
        key = heading_key(v)
        if not key:
            continue
        if key not in _SUB_WORDS and not classify(v, learned) and len(key.split()) >= 2:
            return False  # free text such as a person's name: a data row
        top_empty = c >= len(top) or top[c] is None
        if key in _SUB_WORDS or (top_empty and classify(v, learned)):
            subs += 1
    return subs >= 1


def _resolve(top: str | None, sub: str | None, learned) -> str | None:
    t_role = classify(top, learned) if top else None
    s_key = heading_key(sub) if sub else ""
    if learned and sub and f"{heading_key(top)} / {s_key}" in learned:
        return learned[f"{heading_key(top)} / {s_key}"] or None
    if sub:
        if s_key == "nam" and t_role in ("birth", "gender", "male_col", None):
            return "male_col"
        if s_key == "nu" and t_role in ("birth", "gender", "female_col", None):
            return "female_col"
        if t_role == "full_name" and s_key in ("ho", "ho dem", "ho va ten dem", "ho chu dem", "ho, chu dem", "ho va chu dem"):
            return "family_middle"
        if t_role == "full_name" and s_key == "ten":
            return "given_name"
        s_role = classify(sub, learned)
        if s_role:
            return s_role
    return t_role


# ---------------------------------------------------------------- rows that are people

_ROMAN = re.compile(r"^(?=[ivxlc]+$)m{0,3}(c[md]|d?c{0,3})(x[cl]|l?x{0,3})(i[xv]|v?i{0,3})$")
_SECTION_START = ("khoi ", "nhom ", "dai bieu ", "thanh phan ", "cac don vi", "danh sach", "khach moi")
_FOOTER_START = ("tong cong", "tong so", "cong:", "cong.", "tong:", "nguoi lap", "thu truong", "ghi chu",
                 "luu y", "noi nhan", "xac nhan", "ky ten", "ky, ghi ro", "tm ", "tm.", "t/m", "k/t",
                 "kt.", "kt ", "ngay ", "lap bieu", "ban thi dua", "chu tich", "giam doc", "pho giam doc",
                 "bi thu", "truong ban", "(ky")
_FOOTER_EXACT = {"cong", "tong", "tong cong", "tong so"}


def section_kind(values, mapping: Mapping) -> str | None:
    """"section" for a heading row ("I. KHỐI QUẬN"), "footer" for totals, signatures
    and notes, None otherwise. Looks at the first non-empty texts of the row."""
    texts = [clean_text(v) for v in values if isinstance(v, str) and clean_text(v)]
    numbers = [v for v in values if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if not texts:
        return None
    first = fold(texts[0]).strip()
    head = first.rstrip(".:) ")
    if _ROMAN.match(head) or (len(head) == 1 and head.isalpha() and len(texts) > 1):
        return "section"
    if re.match(r"^([ivxlc]+|[a-d])[.)]\s", first):
        return "section"
    if first in _FOOTER_EXACT or first.startswith(_FOOTER_START) or re.match(r"^(cong|tong)\s*\d", first):
        return "footer"
    if first.startswith(_SECTION_START) and not numbers:
        return "section"
    return None
