"""The attendance workbook: everyone with their state and time, and totals by unit and category."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..db import default_journal_dir
from ..event import load_settings
from ..fields import category_label
from ..i18n import translate
from .report import attendance_rows, dashboard, load_attendance, state_label

if TYPE_CHECKING:
    from sqlite_utils import Database

_BOLD = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")


def _local_time(at: str | None):
    if not at:
        return None
    return dt.datetime.fromisoformat(at).replace(tzinfo=None)


def _header(ws, titles: list[str], widths: list[int]) -> None:
    ws.append(titles)
    for i, width in enumerate(widths, start=1):
        cell = ws.cell(row=ws.max_row, column=i)
        cell.font = _BOLD
        cell.fill = _HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = f"A{ws.max_row + 1}"


def _default_journals(db: Database) -> list[Path]:
    """The journal folder beside the event file this connection reads, when there is one."""
    for row in db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main" and row[2]:
            folder = default_journal_dir(Path(row[2]))
            return [folder] if folder.is_dir() else []
    return []


def export_attendance(db: Database, out_path, journal_paths=None) -> Path:
    """Write the attendance workbook to ``out_path`` (whole or not at all).

    Check-ins still only in desk journals count too: by default those in the
    ``journals/`` folder beside the event file."""
    out_path = Path(out_path)
    if journal_paths is None:
        journal_paths = _default_journals(db)
    delegates, attendance = load_attendance(db, journal_paths)
    rows = attendance_rows(delegates, attendance)
    settings = load_settings(db)
    wb = Workbook()
    ws = wb.active
    ws.title = translate("core", "Attendance")
    ws.append([settings.name])
    ws["A1"].font = Font(bold=True, size=13)
    ws.append([translate("core", "Attendance on {date}").format(date=settings.date)])
    _header(ws, [
        translate("core", "No."), translate("core", "Code"), translate("core", "Full name"),
        translate("core", "Position"), translate("core", "Unit"), translate("core", "Category"),
        translate("core", "Seat"), translate("core", "State"), translate("core", "Arrived at"),
        translate("core", "Desk"), translate("core", "Attended instead"), translate("core", "Reason for absence"),
        translate("core", "Note"),
    ], [6, 11, 28, 34, 30, 16, 10, 14, 18, 10, 28, 22, 30])
    for i, r in enumerate(rows, start=1):
        notes = []
        if r["double"]:
            notes.append(translate("core", "Checked in more than once: {desks}").format(
                desks=", ".join(f"{x['desk']} {x['at'][11:16]}" for x in r["duplicates"])))
        if r["walkin"]:
            notes.append(translate("core", "Walk-in guest"))
        sub = r.get("substitute")
        ws.append([
            i, r["code"], r["full_name"], r.get("position"), r.get("unit"), category_label(r.get("category")),
            r.get("seat"), state_label(r["state"]), _local_time(r["at"]), r["desk"],
            (sub["name"] + (f", {sub['position']}" if sub.get("position") else "")) if sub else None,
            r["absence_reason"], "; ".join(notes) or None,
        ])
        ws.cell(row=ws.max_row, column=2).number_format = "@"
        ws.cell(row=ws.max_row, column=9).number_format = "dd/mm/yyyy hh:mm:ss"
    ws.auto_filter.ref = f"A3:M{ws.max_row}"

    board = dashboard(delegates, attendance)
    ws2 = wb.create_sheet(translate("core", "Totals"))
    _header(ws2, [translate("core", "Unit"), translate("core", "Summoned"), translate("core", "Present"),
                  translate("core", "Absent"), translate("core", "Not arrived")], [50, 12, 12, 12, 14])
    for c in board.by_unit:
        ws2.append([c.label, c.expected, c.arrived, len(c.absent), len(c.missing)])
    ws2.append([translate("core", "Total"), board.expected, board.arrived, board.absent, board.not_arrived])
    for cell in ws2[ws2.max_row]:
        cell.font = _BOLD
    ws2.append([])
    ws2.append([translate("core", "Category"), translate("core", "Summoned"), translate("core", "Present"),
                translate("core", "Absent"), translate("core", "Not arrived")])
    for cell in ws2[ws2.max_row]:
        cell.font = _BOLD
    for c in board.by_category:
        ws2.append([c.label, c.expected, c.arrived, len(c.absent), len(c.missing)])

    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.tmp")
    try:
        from ..safety.xlsx import defuse

        defuse(wb)  # no typed text becomes a formula
        wb.save(tmp)
        os.replace(tmp, out_path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return out_path
