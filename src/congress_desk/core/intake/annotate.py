"""An annotated copy of a unit's own workbook, to send back.

Each problem cell is filled (red for an error, yellow for a warning) and carries a
comment saying what is wrong; a "Góp ý" sheet lists them all. The copy is a new
.xlsx beside the original (also for .xls and .csv sources, rebuilt from what was
read); the unit's file itself is never modified.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import MergedCell
from openpyxl.comments import Comment
from openpyxl.styles import PatternFill
from openpyxl.utils import get_column_letter

from .. import xlsx_writer as X
from ..errors import UserError
from ..i18n import translate
from .parse import parse_file
from .reader import read_file
from .results import FileResult

ERROR_FILL = PatternFill("solid", fgColor="FFC7CE")
WARNING_FILL = PatternFill("solid", fgColor="FFEB9C")
AUTHOR = "Ban Tổ chức"
SUMMARY_SHEET = "Góp ý"


def default_path(source: Path) -> Path:
    return source.with_name(f"{source.stem}_gop-y.xlsx")


def _label(field: str | None) -> str:
    from .table import role_label

    names = {"birth_date": "birth", "birth_year": "birth"}
    return role_label(names.get(field, field)) if field else ""


def annotated_copy(source: Path | str | FileResult, out: Path | str | None = None) -> Path:
    """Write the annotated copy and return its path."""
    result = source if isinstance(source, FileResult) else parse_file(source, keep_workbook=True)
    path = result.path
    if not result.ok:
        raise UserError(result.message or translate("core", "The file cannot be read"), file=path.name)
    out = Path(out) if out else default_path(path)
    if out.resolve() == path.resolve():
        raise UserError(translate("core", "The annotated copy cannot replace the unit's own file"), file=path.name)

    if result.kind == "xlsx":
        with open(path, "rb") as fh:     # by content: also a workbook saved under a wrong extension
            wb = load_workbook(fh, keep_vba=False, keep_links=False)
        sheet_of = {ws.title: ws for ws in wb.worksheets}
    else:
        data = result.workbook or read_file(path)
        wb = Workbook()
        wb.remove(wb.active)
        sheet_of = {}
        for sheet in data.sheets:
            ws = wb.create_sheet((sheet.name or "Danh sách")[:31])
            for number, values in sheet.rows:
                for c, v in enumerate(values, start=1):
                    if v is not None:
                        X.put(ws, number, c, v, size=12)
            for r1, c1, r2, c2 in sheet.merged:
                if r2 >= r1 and c2 >= c1 and (r2 > r1 or c2 > c1):
                    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
            sheet_of[sheet.name] = ws

    notes: dict[tuple, list] = {}
    for p in result.problems:
        if p.row is None:
            continue
        column = result.real_column(p.sheet, p.column) if result.kind == "xlsx" else p.column
        notes.setdefault((p.sheet, p.row, column if column is not None else 0), []).append(p)
    for (sheet, row, col), problems in notes.items():
        ws = sheet_of.get(sheet)
        if ws is None:
            continue
        cell = ws.cell(row=row, column=col + 1)
        if isinstance(cell, MergedCell):
            for rng in ws.merged_cells.ranges:
                if cell.coordinate in rng:
                    cell = ws.cell(row=rng.min_row, column=rng.min_col)
                    break
        error = any(p.severity == "error" for p in problems)
        cell.fill = ERROR_FILL if error else WARNING_FILL
        text = "\n".join(("Lỗi: " if p.severity == "error" else "Cần xem lại: ") + p.message for p in problems)
        comment = Comment(text, AUTHOR)
        comment.width, comment.height = 320, 40 + 30 * len(problems)
        cell.comment = comment

    if SUMMARY_SHEET in wb.sheetnames:
        del wb[SUMMARY_SHEET]
    ws = wb.create_sheet(SUMMARY_SHEET, 0)
    headings = ["Trang", "Dòng", "Ô", "Mục", "Mức độ", "Nội dung"]
    X.merge_put(ws, 1, 1, len(headings), f"GÓP Ý VỀ DANH SÁCH: {path.name}", bold=True, size=13)
    errors = result.error_count
    X.merge_put(ws, 2, 1, len(headings),
                f"{len(result.people)} người; {errors} lỗi (phải sửa), {len(result.problems) - errors} điểm cần xem lại."
                " Các ô có lỗi tô đỏ, ô cần xem lại tô vàng; di chuột lên ô để đọc góp ý.",
                italic=True, size=12, wrap=True)
    ws.row_dimensions[2].height = 34
    X.header_row(ws, 4, headings, [18, 7, 7, 22, 14, 80])
    for i, p in enumerate(sorted(result.problems, key=lambda p: (p.sheet or "", p.row or 0)), start=5):
        column = result.real_column(p.sheet, p.column) if result.kind == "xlsx" else p.column
        cell_ref = f"{get_column_letter((column or 0) + 1)}{p.row}" if p.row else ""
        values = [p.sheet or "", p.row, cell_ref, _label(p.field),
                  "Lỗi" if p.severity == "error" else "Cần xem lại", p.message]
        for c, v in enumerate(values, start=1):
            X.put(ws, i, c, v, size=12, border=True, wrap=c == 6,
                  fill=(ERROR_FILL if p.severity == "error" else WARNING_FILL) if c == 5 else None)
    wb.active = 0
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out
