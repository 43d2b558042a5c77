"""Last line of defence for exported workbooks: no text cell may become a formula."""

from __future__ import annotations

from ..xlsx_writer import DANGEROUS_START


def defuse(wb) -> int:
    """Make every string cell of an openpyxl workbook a plain string (never a formula).

    openpyxl stores any value starting with ``=`` as a formula; names, positions and
    notes typed by people can start with ``= + - @`` or a tab. Such cells become strings
    with Excel's quote prefix, which both Excel and LibreOffice show as text. Exporters
    call this just before ``wb.save``. Returns how many cells were changed."""
    changed = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                value = cell.value
                dangerous = isinstance(value, str) and value.startswith(DANGEROUS_START)
                if dangerous and (cell.data_type != "s" or not cell.quotePrefix):
                    cell.data_type = "s"
                    cell.quotePrefix = True
                    changed += 1
    return changed
