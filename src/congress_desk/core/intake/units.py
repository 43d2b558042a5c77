"""Units and their quotas as a list: read from a spreadsheet or pasted cells, written
back to a workbook, applied to the event, and the shipped Hải Phòng list.

The same functions serve ``congress-desk units`` and the event settings dialog:

* :func:`read_units` — a spreadsheet (.xlsx, .xls, .csv) -> :class:`UnitList`;
* :func:`parse_units_text` — cells pasted from Excel (tab-separated lines);
* :func:`template_units` — the Hải Phòng template's 66 units with their quotas;
* :func:`apply_units` — add the new units and update the quota and kind of known ones
  (matched by name, ignoring case and tone placement); never deletes;
* :func:`write_units` — the workbook (STT, unit, kind, quota, delegates), which
  :func:`read_units` reads back as it is.

A list is read the way committees write it: a title block, a header row naming the
unit and the quota columns ("Tên đơn vị", "Chỉ tiêu" / "Số lượng" / "Số đại biểu"),
section rows ("I. KHỐI QUẬN, HUYỆN") that give the kind of the units below them, a
totals row. Without a header, the first text column is the unit and the first number
column its quota.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..changes import Changes
from ..i18n import translate
from ..registry import UNIT_KINDS, find_unit, last_position, list_units, unit_kind_label
from ..resources import resource_path
from ..vietnamese import clean_text, fold
from .reader import read_file
from .results import Problem

TEMPLATE = ("units", "hai-phong-2020.json")

# Folded header words -> the column they name.
_HEAD_NAME = ("ten don vi", "don vi", "co quan", "unit", "name")
_HEAD_QUOTA = ("chi tieu", "so luong", "so dai bieu", "so dbieu", "so nguoi", "quota")
_HEAD_KIND = ("loai", "khoi", "nhom", "kind")
_TOTAL = re.compile(r"^(?:tong cong|tong so|tong|cong|total)\s*[:.]?\s*(?:\(.*\))?$|^(?:tong cong(?! ty)|tong so|total)\b")
_ROMAN = re.compile(r"^(?:[ivxlc]+|[a-e])\s*[.)/-]\s*")

# Words that tell the kind, first from a section heading or kind cell, then from the name.
_KIND_WORDS = (
    ("district", ("quan ", "huyen ", "thi xa ", "district")),
    ("armed_forces", ("luc luong vu trang", "llvt", "bo chi huy", "cong an", "bo tu lenh", "bo doi",
                      "quan su", "armed")),
    ("organisation", ("doan the", "mat tran", "uy ban mttq", "mttq", "hoi ", "lien doan", "thanh doan",
                      "lien minh", "lien hiep", "organisation")),
    ("enterprise", ("doanh nghiep", "cong ty", "tong cong ty", "tap doan", "ngan hang", "enterprise")),
    ("school", ("truong", "dai hoc", "hoc vien", "cao dang", "school")),
    ("department", ("so, ban, nganh", "so ban nganh", "so ", "ban ", "van phong", "thanh tra", "bao ",
                    "dai phat thanh", "cuc ", "kho bac", "dang uy", "department")),
)


@dataclass
class UnitRow:
    name: str
    kind: str = "other"
    quota: int | None = None
    row: int | None = None          # the spreadsheet row (1-based), None when not from a file

    def as_json(self) -> dict:
        return {"name": self.name, "kind": self.kind, "quota": self.quota, "row": self.row}


@dataclass
class UnitList:
    units: list[UnitRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    sheet: str | None = None

    @property
    def error_count(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def total_quota(self) -> int:
        return sum(u.quota or 0 for u in self.units)


def kind_from_text(text: str, *, heading: bool = False) -> str | None:
    """The unit kind a kind cell, a section heading or a unit's name speaks of."""
    folded = fold(text).strip()
    if not folded:
        return None
    for kind in UNIT_KINDS:                      # the kind's own label, in the UI language
        if folded in (fold(unit_kind_label(kind)), kind.replace("_", " ")):
            return kind
    padded = folded + " "
    for kind, words in _KIND_WORDS:
        for w in words:
            if padded.startswith(w) or (heading and f" {w.strip()}" in f" {folded}"):
                return kind
    return None


def _quota(value) -> tuple[int | None, bool]:
    """(quota, ok) from a cell: blank is no quota; a whole number; anything else is wrong."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, True
    if isinstance(value, bool):
        return None, False
    if isinstance(value, (int, float)):
        return (int(value), True) if float(value).is_integer() and value >= 0 else (None, False)
    text = str(value).strip().replace(".", "").replace(",", "")
    return (int(text), True) if text.isdigit() else (None, False)


def _is_number(value) -> bool:
    quota, ok = _quota(value)
    return ok and quota is not None


def _is_name_heading(t: str) -> bool:
    return len(t) <= 30 and ("don vi" in t or "co quan" in t or t in _HEAD_NAME) and \
        not any(t.startswith(h) for h in _HEAD_QUOTA)


def _find_header(rows) -> tuple[int, int, int | None, int | None] | None:
    """(index of the header row, name column, quota column, kind column)."""
    for i, (_n, values) in enumerate(rows[:30]):
        cells = [fold(str(v)).strip() if v is not None else "" for v in values]
        if sum(1 for t in cells if t) < 2:
            continue                     # a title line, not a header
        name_col = next((c for c, t in enumerate(cells) if _is_name_heading(t)), None)
        if name_col is None:
            continue
        quota_col = next((c for c, t in enumerate(cells) if c != name_col and any(t.startswith(h) for h in _HEAD_QUOTA)),
                         None)
        kind_col = next((c for c, t in enumerate(cells) if c not in (name_col, quota_col)
                         and any(t.startswith(h) for h in _HEAD_KIND)), None)
        return i, name_col, quota_col, kind_col
    return None


def _guess_columns(cells) -> tuple[int | None, int | None]:
    """No header: the first text cell that is not a number is the unit, the first number
    after it the quota (an STT column before the name is skipped)."""
    texts = [c for c, v in enumerate(cells) if isinstance(v, str) and v.strip() and not _is_number(v)]
    if not texts:
        return None, None
    name_col = texts[0]
    return name_col, next((c for c in range(name_col + 1, len(cells)) if _is_number(cells[c])), None)


def parse_unit_rows(rows: list[tuple[int, list]], *, sheet: str | None = None) -> UnitList:
    """Units from a sheet's rows ``[(row number, [cells…])]``."""
    out = UnitList(sheet=sheet)
    header = _find_header(rows)
    if header is not None:
        start, name_col, quota_col, kind_col = header
        body = rows[start + 1:]
    else:
        body = rows
        name_col = quota_col = kind_col = None
    section_kind: str | None = None
    seen: dict[str, int] = {}
    # Without a header, a list with quotas skips its lines without a number (the title);
    # a list of names only takes every line.
    with_numbers = header is None and any(_guess_columns(list(v))[1] is not None for _n, v in body)
    for number, values in body:
        cells = list(values)
        if header is None:
            name_col, quota_col = _guess_columns(cells)
            if name_col is None:
                continue
            if with_numbers and quota_col is None and not _ROMAN.match(fold(str(cells[name_col]))):
                continue
        name = clean_text(cells[name_col]) if name_col < len(cells) and cells[name_col] is not None else ""
        name = name.strip(" .;:")
        if not name:
            continue
        folded = fold(name)
        raw_quota = cells[quota_col] if quota_col is not None and quota_col < len(cells) else None
        if _TOTAL.match(folded):
            continue
        if _ROMAN.match(folded) or (raw_quota in (None, "") and folded.startswith("khoi ")):
            # A section heading: "I. KHỐI QUẬN, HUYỆN" gives the kind of the units below.
            section_kind = kind_from_text(_ROMAN.sub("", folded), heading=True) or section_kind
            continue
        quota, ok = _quota(raw_quota)
        if not ok:
            out.problems.append(Problem(sheet, number, "quota", "error", translate(
                "core", "The quota of {unit} is not a whole number: {value}").format(unit=name, value=raw_quota)))
            continue
        kind = None
        if kind_col is not None and kind_col < len(cells) and cells[kind_col] not in (None, ""):
            kind = kind_from_text(str(cells[kind_col]))
        kind = kind or kind_from_text(name) or section_kind or "other"
        key = fold(name)
        if key in seen:
            out.problems.append(Problem(sheet, number, "name", "warning", translate(
                "core", "{unit} is listed twice (rows {first} and {row}); the last row counts").format(
                unit=name, first=seen[key], row=number)))
            out.units = [u for u in out.units if fold(u.name) != key]
        seen[key] = number
        out.units.append(UnitRow(name, kind, quota, number))
    return out


def read_units(path: Path | str) -> UnitList:
    """The units listed in a spreadsheet: the first sheet that lists some. Raises
    :class:`~congress_desk.core.errors.UserError` when the file cannot be read."""
    book = read_file(path)
    best: UnitList | None = None
    for sheet in book.sheets:
        if sheet.hidden:
            continue
        found = parse_unit_rows(sheet.rows, sheet=sheet.name)
        if found.units:
            return found
        best = best or found
    return best or UnitList()


def parse_units_text(text: str) -> UnitList:
    """Cells pasted from Excel: one line per row, cells separated by tabs (or ';')."""
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        sep = "\t" if "\t" in line else (";" if ";" in line else None)
        rows.append((number, [c.strip() for c in line.split(sep)] if sep else [line.strip()]))
    return parse_unit_rows(rows)


def template_units() -> list[UnitRow]:
    """The units of the shipped Hải Phòng template with their quotas."""
    data = json.loads(resource_path(*TEMPLATE).read_text(encoding="utf-8"))
    return [UnitRow(u["name"], u["kind"], u["quota"]) for u in data["units"]]


def apply_units(db, units: list[UnitRow]) -> tuple[dict, Changes]:
    """Add the units the event lacks and update the kind and quota of those it has.

    Returns ``({"added": n, "updated": n, "unchanged": n}, changes)``; one transaction."""
    from ..registry import add_unit, update_unit

    counts = {"added": 0, "updated": 0, "unchanged": 0}
    with db.atomic():
        position = last_position(db)
        for u in units:
            existing = find_unit(db, u.name)
            if existing is None:
                position += 1
                add_unit(db, u.name, u.kind, u.quota, position=position)
                counts["added"] += 1
            elif existing["quota"] != u.quota or (u.kind != "other" and existing["kind"] != u.kind):
                kind = existing["kind"] if u.kind == "other" else u.kind
                update_unit(db, existing["id"], kind=kind, quota=u.quota)
                counts["updated"] += 1
            else:
                counts["unchanged"] += 1
    changed = counts["added"] or counts["updated"]
    return counts, Changes.of("units") if changed else Changes()


def units_of_event(db) -> list[dict]:
    """The event's units as rows for :func:`write_units` (with their delegate counts)."""
    return [{"name": u["name"], "kind": u["kind"], "quota": u["quota"], "delegates": u["delegates"]}
            for u in list_units(db)]


def write_units(path: Path | str, units: list[dict], *, title: str | None = None) -> Path:
    """The units workbook: STT, unit, kind, quota (and delegates registered, when known),
    a totals row. Cells are written through :mod:`core.xlsx_writer` (text stays text)."""
    from openpyxl import Workbook

    from .. import xlsx_writer as X

    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = translate("core", "Units")
    with_count = any(u.get("delegates") is not None for u in units)
    X.put(ws, 1, 1, title or translate("core", "LIST OF UNITS AND DELEGATE QUOTAS"), bold=True)
    headings = [translate("core", "No."), translate("core", "Unit name"), translate("core", "Kind"),
                translate("core", "Quota")]
    if with_count:
        headings.append(translate("core", "Delegates registered"))
    for c, h in enumerate(headings, start=1):
        X.put(ws, 3, c, h, bold=True, border=True, fill=X.HEADER_FILL, align="center", wrap=True)
    for i, u in enumerate(units, start=1):
        r = 3 + i
        X.put(ws, r, 1, i, border=True, align="center")
        X.put(ws, r, 2, u["name"], border=True)
        X.put(ws, r, 3, unit_kind_label(u.get("kind")), border=True)
        X.put(ws, r, 4, u.get("quota"), border=True, align="center")
        if with_count:
            X.put(ws, r, 5, u.get("delegates") or 0, border=True, align="center")
    r = 4 + len(units)
    X.put(ws, r, 2, translate("core", "Total"), bold=True, border=True)
    X.put(ws, r, 4, sum(u.get("quota") or 0 for u in units), bold=True, border=True, align="center")
    if with_count:
        X.put(ws, r, 5, sum(u.get("delegates") or 0 for u in units), bold=True, border=True, align="center")
    for col, width in zip("ABCDE", (6, 58, 22, 10, 14), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A4"
    wb.save(path)
    return path


__all__ = ["UnitRow", "UnitList", "read_units", "parse_units_text", "parse_unit_rows", "template_units",
           "apply_units", "write_units", "units_of_event", "kind_from_text"]
