"""A hall as a simple spreadsheet grid, so the venue's own plan can be typed in.

Sheet "Sơ đồ": one cell per seat, holding its label ("A-5-12"), optionally
followed by its kind in brackets when it differs from its section's, e.g.
"B-1-7 (không dùng)". The cell's column and row give the seat's position; the stage
is at the top. Sheet "Khu vực": section, title, kind. Sheet "Thông tin": the
hall's name, title and how many cells one seat pitch spans (1 when typed by hand).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..errors import UserError
from ..i18n import translate
from ..vietnamese import clean_text, fold
from .hall import Hall, Seat, Section

GRID_SHEET, SECTIONS_SHEET, INFO_SHEET = "Sơ đồ", "Khu vực", "Thông tin"
GRID_TOP = 3  # the grid starts on this spreadsheet row; rows above are titles

KIND_WORDS = {
    "delegate": ["đại biểu", "delegate"],
    "presidium": ["đoàn chủ tịch", "đct", "presidium"],
    "secretariat": ["thư ký", "đoàn thư ký", "secretariat"],
    "press": ["báo chí", "press"],
    "staff": ["phục vụ", "staff"],
    "blocked": ["không dùng", "khóa", "khoá", "chặn", "blocked", "x"],
}
_WORD_KIND = {fold(w): k for k, words in KIND_WORDS.items() for w in words}
_CELL = re.compile(r"^\s*([^\s()\-]+)-([^\s()\-]+)-([^\s()\-]+)\s*(?:\(([^)]*)\))?\s*$")


def kind_from_word(text: str) -> str | None:
    return _WORD_KIND.get(fold(clean_text(text)))


def _col_letter(n: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(n)


def export_hall(hall: Hall, out_path: str | Path) -> Path:
    """Write ``hall`` as a grid workbook (whole file or nothing)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    out_path = Path(out_path)
    if not hall.seats:
        raise UserError(translate("core", "The hall has no seats"))
    xs = [s.x for s in hall.seats]
    ys = [s.y for s in hall.seats]
    x0, y0 = min(xs), min(ys)
    f = 1 if all(abs((v - x0) - round(v - x0)) < 1e-6 for v in xs) and \
        all(abs((v - y0) - round(v - y0)) < 1e-6 for v in ys) else 2
    wb = Workbook()
    ws = wb.active
    ws.title = GRID_SHEET
    ws.cell(1, 1, translate("core", "Hall plan: {title}").format(title=hall.title or hall.name)).font = Font(bold=True)
    ws.cell(2, 1, translate("core", "Stage at the top. One cell per seat: section-row-seat, kind in brackets when it differs."))
    kinds = {sec.name: sec.kind for sec in hall.sections}
    fills = {"presidium": "F4CCCC", "secretariat": "FCE5CD", "press": "D9EAD3", "staff": "D0E0E3",
             "blocked": "999999", "delegate": "FFF2CC"}
    for s in hall.seats:
        c = round((s.x - x0) * f) + 1
        r = round((s.y - y0) * f) + GRID_TOP
        text = s.label
        if s.kind != kinds.get(s.section, "delegate"):
            text += f" ({KIND_WORDS[s.kind][0]})"
        cell = ws.cell(r, c, text)
        cell.number_format = "@"
        cell.alignment = Alignment(horizontal="center")
        cell.fill = PatternFill("solid", fgColor=fills.get(s.kind, "FFFFFF"))
    for c in range(1, round((max(xs) - x0) * f) + 2):
        ws.column_dimensions[_col_letter(c)].width = 8 if f == 1 else 5
    sec_ws = wb.create_sheet(SECTIONS_SHEET)
    sec_ws.append([translate("core", "Section"), translate("core", "Title"), translate("core", "Kind")])
    for sec in hall.sections:
        sec_ws.append([sec.name, sec.title, KIND_WORDS[sec.kind][0]])
    info = wb.create_sheet(INFO_SHEET)
    info.append([translate("core", "Hall name"), hall.name])
    info.append([translate("core", "Title"), hall.title])
    info.append([translate("core", "Cells per seat"), f])
    tmp = out_path.with_name(out_path.name + ".tmp")
    wb.save(tmp)
    os.replace(tmp, out_path)
    return out_path


def import_hall(path: str | Path, *, name: str | None = None) -> Hall:
    """Read a grid workbook into a :class:`Hall`; :class:`UserError` says what and where.

    Damaged or hostile files (zip bombs, XML entities, broken compressed data) are refused
    with a message, like unit lists are."""
    import zipfile
    import zlib
    from xml.etree.ElementTree import ParseError

    from ..intake.reader import check_workbook_zip

    path = Path(path)
    try:
        if zipfile.is_zipfile(path):
            check_workbook_zip(path)
        return _import_hall(path, name=name)
    except (zlib.error, zipfile.BadZipFile, EOFError, ParseError, OSError,
            NotImplementedError) as exc:  # zipfile: an unsupported zip version or compression
        raise UserError(translate("core", "Cannot read this workbook: {error}").format(error=exc),
                        file=path.name) from None


def _import_hall(path: str | Path, *, name: str | None = None) -> Hall:
    import zipfile

    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    path = Path(path)
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise UserError(translate("core", "Cannot read this workbook: {error}").format(error=exc), file=path.name) from None
    try:
        info: dict[str, object] = {}
        if INFO_SHEET in wb.sheetnames:
            for row in wb[INFO_SHEET].iter_rows(values_only=True):
                if row and row[0] is not None and len(row) > 1:
                    info[fold(str(row[0]))] = row[1]
        f = info.get(fold("Cells per seat")) or info.get(fold(translate("core", "Cells per seat"))) or 1
        try:
            f = max(1, int(f))
        except (TypeError, ValueError):
            f = 1
        sections: list[Section] = []
        if SECTIONS_SHEET in wb.sheetnames:
            for r, row in enumerate(wb[SECTIONS_SHEET].iter_rows(values_only=True), start=1):
                if r == 1 or not row or row[0] is None:
                    continue
                kind = kind_from_word(str(row[2])) if len(row) > 2 and row[2] else "delegate"
                if kind is None:
                    raise UserError(translate("core", "Unknown seat kind {kind}").format(kind=row[2]),
                                    file=path.name, sheet=SECTIONS_SHEET, row=r, field="C")
                sections.append(Section(clean_text(str(row[0])), clean_text(str(row[1] or "")), kind))
        grid = wb[GRID_SHEET] if GRID_SHEET in wb.sheetnames else wb.worksheets[0]
        kinds = {s.name: s.kind for s in sections}
        seats: list[Seat] = []
        seen: dict[str, str] = {}
        for r, row in enumerate(grid.iter_rows(values_only=True), start=1):
            if r < GRID_TOP:
                continue
            for c, value in enumerate(row, start=1):
                if value is None or str(value).strip() == "":
                    continue
                where = f"{_col_letter(c)}{r}"
                m = _CELL.match(clean_text(str(value)))
                if not m:
                    raise UserError(translate(
                        "core", "Cell {cell}: “{text}” is not a seat label like A-5-12").format(cell=where, text=value),
                        file=path.name, sheet=grid.title, row=r, field=_col_letter(c))
                sec, rw, num, word = m.groups()
                label = f"{sec}-{rw}-{num}"
                if label in seen:
                    raise UserError(translate("core", "Seat {label} appears twice: cells {a} and {b}").format(
                        label=label, a=seen[label], b=where), file=path.name, sheet=grid.title, row=r)
                seen[label] = where
                kind = kinds.get(sec, "delegate")
                if word:
                    kind = kind_from_word(word)
                    if kind is None:
                        raise UserError(translate("core", "Cell {cell}: unknown seat kind “{kind}”").format(
                            cell=where, kind=word), file=path.name, sheet=grid.title, row=r, field=_col_letter(c))
                seats.append(Seat(sec, rw, num, (c - 1) / f, (r - GRID_TOP) / f, kind))
    finally:
        wb.close()
    if not seats:
        raise UserError(translate("core", "No seats found: type one seat label per cell from row {row} on").format(
            row=GRID_TOP), file=path.name)
    declared = {s.name for s in sections}
    for s in seats:
        if s.section not in declared:
            sections.append(Section(s.section, "", "delegate"))
            declared.add(s.section)
    hall_name = clean_text(str(name or info.get(fold("Name")) or info.get(fold("Tên")) or info.get(fold("Hall name"))
                           or info.get(fold(translate("core", "Hall name"))) or path.stem))
    title = clean_text(str(info.get(fold("Title")) or info.get(fold(translate("core", "Title"))) or ""))
    return Hall(hall_name, title, sections, seats)
