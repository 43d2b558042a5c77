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
from functools import lru_cache

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


SYNONYMS_FILE = ("intake", "headers.txt")


@lru_cache(maxsize=1)
def synonyms() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(folded heading -> role, (folded prefix, role) pairs) from the shipped list of
    synonyms, ``resources/intake/headers.txt`` (one "field: heading" a line)."""
    from ..resources import resource_path

    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    text = resource_path(*SYNONYMS_FILE).read_text(encoding="utf-8")
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        role, sep, heading = line.partition(":")
        role = role.strip()
        if not sep or role not in ROLES:
            continue
        heading = heading.strip()
        prefix = heading.endswith(("...", "…"))
        key = heading_key(heading.rstrip(".… ")) if prefix else heading_key(heading) or heading
        if not key:
            continue
        if prefix:
            prefixes.append((_bare(key), role))
        else:
            exact.setdefault(key, role)
    for key, role in list(exact.items()):
        exact.setdefault(_bare(key), role)       # "phòng / đơn vị", "phòng đơn vị" too
    return exact, tuple(prefixes)


def _bare(key: str) -> str:
    return " ".join(key.replace(",", " ").replace("/", " ").split())


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


def _classify_key(key: str, learned: dict[str, str] | None) -> str | None:
    exact, prefixes = synonyms()
    if learned and key in learned:
        return learned[key] or None
    if key in exact:
        return exact[key]
    bare = _bare(key)
    if bare in exact:
        return exact[bare]
    for prefix, role in prefixes:
        if bare.startswith(prefix + " ") or bare == prefix:
            return role
    return None


# Where a heading that names two fields splits: "Họ và tên / Năm sinh", "Cấp bậc, chức vụ",
# "Chức vụ - Đơn vị", "Họ và tên (năm sinh)"; then "và" inside a part that names no field
# as a whole ("Họ tên và năm sinh", but never "Họ và tên").
_HEADING_SPLIT = re.compile(r"\s*[,/;\n(\[\])]\s*|\s+[-–]\s+")
_AND_SPLIT = re.compile(r"\s+(?:và|va|and|&)\s+", re.IGNORECASE)


def classify_parts(text, learned: dict[str, str] | None = None) -> tuple[str, ...]:
    """The fields a heading names, the main one first: ("position",) for "Chức vụ",
    ("full_name", "birth") for "Họ và tên / Năm sinh", () for a heading of no field."""
    key = heading_key(text)
    if not key or len(key) > 80:
        return ()
    if learned and key in learned:
        return (learned[key],) if learned[key] else ()
    exact, _ = synonyms()
    whole = " ".join(fold(_PUNCT.sub(" ", text)).replace(" ,", ",").split())
    if whole in exact:
        return (exact[whole],)
    parts = []
    for part in _HEADING_SPLIT.split(_PUNCT.sub(" ", text)):
        whole_part = heading_key(part)
        if not whole_part:
            continue
        pieces = [heading_key(p) for p in _AND_SPLIT.split(part) if heading_key(p)]
        if whole_part not in exact and len({_classify_key(p, learned) for p in pieces} - {None}) > 1:
            parts += pieces
        else:
            parts.append(whole_part)
    if len(parts) > 1:
        roles = []
        for part in parts:
            role = _classify_key(part, learned)
            if role and role not in roles and role not in ("stt", "male_col", "female_col"):
                roles.append(role)
        if len(roles) > 1:
            return tuple(roles)
    role = _classify_key(key, learned)
    return (role,) if role else ()


def classify(text, learned: dict[str, str] | None = None) -> str | None:
    """The (main) field a heading names, or None."""
    roles = classify_parts(text, learned)
    return roles[0] if roles else None


# ---------------------------------------------------------------- the mapping

@dataclass
class Mapping:
    """Where the list is in one sheet: header rows and each column's role."""

    header_rows: list[int]                  # 1-based row numbers of the header (1 or 2 rows)
    columns: dict[int, str]                 # 0-based column -> role
    headings: dict[int, str] = field(default_factory=dict)  # 0-based column -> heading text shown
    data_start: int = 0                     # first 1-based row after the header
    # 0-based column -> every field a heading that names several holds, in its order
    # ("Họ và tên / Năm sinh": {1: ("full_name", "birth")}); ``columns`` has the one it fills first.
    combined: dict[int, tuple[str, ...]] = field(default_factory=dict)

    def roles(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for col, role in sorted(self.columns.items()):
            out.setdefault(role, []).append(col)
        return out

    def as_json(self) -> dict:
        return {"header_rows": self.header_rows, "columns": {str(k): v for k, v in self.columns.items()},
                "headings": {str(k): v for k, v in self.headings.items()}, "data_start": self.data_start,
                "combined": {str(k): list(v) for k, v in self.combined.items()}}



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
    combined: dict[int, tuple[str, ...]] = {}
    for c in range(width):
        t = parent[c]
        s = _text(sub[c]) if c < len(sub) else None
        role = _resolve(t, s, learned)
        headings[c] = f"{t} / {s}" if t and s else (t or s or "")
        if role is None:
            continue
        parts: tuple[str, ...] = ()
        for text in (s, t):
            parts = classify_parts(text, learned) if text else ()
            if parts and parts[0] == role:
                break
        else:
            parts = ()
        if role in used and role not in ("male_col", "female_col", "note"):
            free = [r for r in parts if r not in used]
            if not free:
                continue   # a second column of the same field: reported with the unmapped ones
            role = free[0]      # "Chức vụ, đơn vị" beside a "Chức vụ" column: it gives the workplace
        used.add(role)
        columns[c] = role
        if len(parts) > 1:
            combined[c] = parts
    if not set(columns.values()) & set(NAME_ROLES) and header_row is None:
        return None
    return Mapping(header_rows, columns, headings, header_rows[-1] + 1, combined)


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
                 "bi thu", "truong ban", "(ky", "(da ky", "da ky", "prepared by", "approved by", "certified by",
                 "checked by", "signed", "(signed", "signature", "head of unit", "director", "total", "note:",
                 "notes:", "nguoi lap danh sach", "nguoi tong hop", "nguoi ky")
_FOOTNOTE_ROW = re.compile(r"^(\(\s*\*+\s*\)|\*+|\(\s*\d{1,2}\s*\)|\[\s*\d{1,2}\s*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*[:.\-–]?\s*[^\W\d_]")
_PLACE_DATE = re.compile(r",\s*ngay\s*\d{0,2}\s*(thang|/)|^ngay\s+\d{1,2}\s+thang\s")
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
    if _FOOTNOTE_ROW.match(first) or _PLACE_DATE.search(first):
        return "footer"     # "(*) Dự thay …" under the list; "Hải Phòng, ngày … tháng …"
    if first.startswith(_SECTION_START) and not numbers:
        return "section"
    return None
