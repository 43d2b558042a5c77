"""Which unit a file (or a sheet, or a section of a list) belongs to.

The template's hidden sheet, the title block above the list ("UBND QUẬN LÊ CHÂN"),
an event unit's name in the titles or the file name; "Đơn vị: …" rows and sheets
that each name a unit split one workbook into several units.
"""

from __future__ import annotations

import re

from ..registry import get_unit, units_by_id
from ..vietnamese import clean_text, fold, proper_case
from .reader import SheetData, WorkbookData
from .results import META_SHEET

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
