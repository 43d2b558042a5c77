"""Writing official workbooks safely: text that stays text, and the Decree 30 header.

Every exporter (delegates, seating, honorees, attendance) writes cells through
:func:`put`, so

* personal numbers (IDs, phones, badge codes) keep their leading zeros — they are
  written as text in a text-formatted cell;
* nothing a person typed can become a formula: text starting with ``= + - @``,
  a tab or a carriage return is stored as a plain string with Excel's "quote
  prefix", so neither Excel nor LibreOffice evaluates it (no formula injection);
* text is NFC Unicode.

:func:`admin_header` writes the administrative header of Decree 30/2020/NĐ-CP
(issuing organ at the left, national motto at the right, the title centred) in a
Times-like font; :func:`finish_sheet` sets A4 page set-up and repeated titles.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Sequence

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from .vietnamese import date_line

FONT_NAME = "Times New Roman"
FONT_SIZE = 13
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")

THIN = Side(style="thin", color="000000")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")


def font(*, bold: bool = False, italic: bool = False, size: int = FONT_SIZE, underline: str | None = None,
         color: str | None = None) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic, underline=underline, color=color)


def safe_text(value) -> str:
    """NFC text; control characters other than tab/newline removed."""
    text = unicodedata.normalize("NFC", str(value))
    return "".join(ch for ch in text if ch in "\t\n\r" or ord(ch) >= 32)


def put(ws, row: int, column: int, value, *, text: bool = False, bold: bool = False, italic: bool = False,
        size: int = FONT_SIZE, align: str | None = None, wrap: bool = False, border: bool = False,
        fill: PatternFill | None = None, number_format: str | None = None):
    """Write one cell safely and return it.

    ``text`` forces a string in a text-formatted cell (IDs, phones, codes). Any
    string is stored as a string; one that starts like a formula also gets the
    quote prefix so that editing it in Excel keeps it text.
    """
    cell = ws.cell(row=row, column=column)
    if value is None:
        cell.value = None
    elif isinstance(value, bool) or isinstance(value, (int, float)) and not text:
        cell.value = value
    elif isinstance(value, (dt.date, dt.datetime)) and not text:
        cell.value = value
        cell.number_format = number_format or "dd/mm/yyyy"
    else:
        s = safe_text(value)
        cell.value = s
        cell.data_type = "s"          # never "f", whatever the first character
        if text:
            cell.number_format = "@"
        if s.startswith(DANGEROUS_START):
            cell.quotePrefix = True
    if number_format and not isinstance(value, (dt.date, dt.datetime)):
        cell.number_format = number_format
    cell.font = font(bold=bold, italic=italic, size=size)
    if align or wrap:
        cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=wrap)
    if border:
        cell.border = BORDER
    if fill is not None:
        cell.fill = fill
    return cell


def merge_put(ws, row: int, first_col: int, last_col: int, value, **kw):
    """Write ``value`` across columns ``first_col``..``last_col`` (merged)."""
    cell = put(ws, row, first_col, value, **kw)
    if last_col > first_col:
        ws.merge_cells(start_row=row, start_column=first_col, end_row=row, end_column=last_col)
    return cell


def admin_header(ws, *, organ: Sequence[str], title: str, subtitle: Sequence[str] = (), ncols: int,
                 place_date: str | None = None) -> int:
    """The Decree 30 header; returns the first free row below it.

    ``organ``: the issuing organ, superior first ("UBND THÀNH PHỐ HẢI PHÒNG",
    "BAN TỔ CHỨC ĐẠI HỘI"); the last line is bold. The national motto sits at the
    right, the title (bold, capitals) and subtitles centred below.
    """
    left_last = max(1, ncols // 2 - 1)
    right_first = left_last + 1
    row = 1
    lines = list(organ) or [""]
    for i, line in enumerate(lines):
        merge_put(ws, row + i, 1, left_last, line.upper(), bold=(i == len(lines) - 1), size=12, align="center")
    merge_put(ws, row, right_first, ncols, MOTTO, bold=True, size=12, align="center")
    merge_put(ws, row + 1, right_first, ncols, MOTTO_2, bold=True, size=13, align="center")
    ws.cell(row=row + 1, column=right_first).font = Font(name=FONT_NAME, size=13, bold=True, underline="single")
    row += max(len(lines), 2)
    if place_date:
        merge_put(ws, row, right_first, ncols, place_date, italic=True, size=13, align="center")
        row += 1
    row += 1
    merge_put(ws, row, 1, ncols, title.upper(), bold=True, size=14, align="center")
    row += 1
    for line in subtitle:
        merge_put(ws, row, 1, ncols, line, bold=True, size=13, align="center")
        row += 1
    return row + 1


def place_date_line(place: str, date: dt.date | None = None) -> str:
    """"Hải Phòng, ngày 09 tháng 11 năm 2020", as on the printed documents (Decree 30/2020)."""
    return date_line(place, date or dt.date.today())


def header_row(ws, row: int, headings: Sequence[str], widths: Sequence[float]) -> None:
    for c, (h, w) in enumerate(zip(headings, widths, strict=True), start=1):
        put(ws, row, c, h, bold=True, align="center", wrap=True, border=True, fill=HEADER_FILL, size=12)
        ws.column_dimensions[get_column_letter(c)].width = w


def finish_sheet(ws, *, header_row_number: int, landscape: bool = True) -> None:
    """A4, fit to one page wide, the table header repeated on every printed page."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row_number}:{header_row_number}"
    ws.page_margins.left, ws.page_margins.right = 30 / 25.4, 15 / 25.4
    ws.page_margins.top = ws.page_margins.bottom = 20 / 25.4
    ws.freeze_panes = ws.cell(row=header_row_number + 1, column=1)
