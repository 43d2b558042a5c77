"""Excel seating export: one sheet by unit, one by seat. Cells are written as text."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from ..fields import category_label
from ..i18n import translate
from ..registry import list_units
from ..seats import split_label
from ..vietnamese import sort_key
from .hall import load_event_hall, seat_kind_label
from .people import load_people

if TYPE_CHECKING:
    from sqlite_utils import Database


def _nat(text: str):
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


def export_seating(db: Database, out_path: str | Path) -> Path:
    """Write the seating workbook to ``out_path`` (whole file or nothing)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    out_path = Path(out_path)
    hall = load_event_hall(db)
    people = load_people(db)
    seat_of = {s.delegate_id: s for s in hall.seats if s.delegate_id is not None}
    unit_rank = {u["id"]: i for i, u in enumerate(list_units(db))}

    wb = Workbook()
    ws = wb.active
    ws.title = translate("core", "By unit")
    head = [translate("core", "No."), translate("core", "Unit"), translate("core", "Full name"),
            translate("core", "Code"), translate("core", "Category"), translate("core", "Seat"),
            translate("core", "Section"), translate("core", "Row"), translate("core", "Seat number")]
    ws.append(head)
    for c in ws[1]:
        c.font = Font(bold=True)
    active = [p for p in people.values() if p.status == "active"]
    active.sort(key=lambda p: (unit_rank.get(p.unit_id, 10**6), sort_key(p.unit), p.name_key))
    for i, p in enumerate(active, start=1):
        s = seat_of.get(p.id)
        sec, row, num = split_label(s.label) if s else ("", "", "")
        _text_row(ws, [str(i), p.unit, p.full_name, p.code, category_label(p.category) if p.category else "",
                       s.label if s else "", sec, row, num])
    ws2 = wb.create_sheet(translate("core", "By seat"))
    ws2.append([translate("core", "Seat"), translate("core", "Section"), translate("core", "Row"),
                translate("core", "Seat number"), translate("core", "Kind"), translate("core", "Full name"),
                translate("core", "Unit"), translate("core", "Code"), translate("core", "Locked")])
    for c in ws2[1]:
        c.font = Font(bold=True)
    order = {sec.name: i for i, sec in enumerate(hall.sections)}
    for s in sorted(hall.seats, key=lambda s: (order.get(s.section, 99), _nat(s.row), _nat(s.number))):
        p = people.get(s.delegate_id) if s.delegate_id else None
        _text_row(ws2, [s.label, s.section, s.row, s.number, seat_kind_label(s.kind),
                        p.full_name if p else "", p.unit if p else "", p.code if p else "",
                        translate("core", "yes") if s.locked else ""])
    for sheet, widths in ((ws, (6, 40, 28, 11, 14, 10, 6, 6, 6)), (ws2, (10, 6, 6, 6, 14, 28, 40, 11, 8))):
        for col, w in zip("ABCDEFGHI", widths, strict=True):
            sheet.column_dimensions[col].width = w
        sheet.freeze_panes = "A2"
    tmp = out_path.with_name(out_path.name + ".tmp")
    wb.save(tmp)
    os.replace(tmp, out_path)
    return out_path


def _text_row(ws, values) -> None:
    from ..xlsx_writer import DANGEROUS_START, safe_text

    ws.append([safe_text(v) if isinstance(v, str) else v for v in values])
    for c in ws[ws.max_row]:
        c.number_format = "@"
        if isinstance(c.value, str):
            c.data_type = "s"  # a name starting with "=" stays text, never a formula
            c.quotePrefix = c.value.startswith(DANGEROUS_START)

