"""Read a unit's file (.xlsx, .xlsm, .xls, .csv) into plain rows of values.

Whatever the format, the result is a list of :class:`SheetData`: the sheet's
name and its rows as ``(row_number, [values])`` with text already in Unicode
(legacy fonts converted by the cell's font name, mojibake undone). Anything that
stops a file from being read raises :class:`FileUnreadable` with one clear
message in the user's language; nothing else escapes.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UserError
from ..i18n import translate
from . import legacy

MAX_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
# Zip-bomb limits for .xlsx: total unpacked size, and unpacked/packed ratio of a large part.
MAX_UNPACKED = 400 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 5_000
# Memory is bounded by the cells a sheet really holds, not by its declared dimension: at most
# MAX_CELLS cells per file, and rows held as lists of at most MAX_SLOTS slots in all (a cell
# far to the right, e.g. in column XFD, is kept in a compacted column, not 16,384 slots).
MAX_CELLS = 3_000_000
MAX_SLOTS = 12_000_000
DENSE_COLUMNS = 256
MAX_CSV_FIELDS = 16_384

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}


class FileUnreadable(UserError):
    """The file cannot be read at all (empty, corrupt, encrypted, too big…)."""


class SciFloat(float):
    """A number the sheet shows in scientific notation (an ID may have lost digits)."""


@dataclass
class SheetData:
    name: str | None
    rows: list[tuple[int, list]] = field(default_factory=list)
    hidden: bool = False
    legacy: str | None = None        # "tcvn3" / "vni" when such text was converted
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 (1-based)
    hidden_rows: set[int] = field(default_factory=set)   # 1-based rows hidden by hand or by a filter
    # When cells lie far to the right (beyond DENSE_COLUMNS), their columns are compacted:
    # ``col_map[i]`` is the real 0-based column of list index ``i``.
    col_map: list[int] | None = None
    cleaned: int = 0                  # cells that held control or bidi characters (removed)

    def source_column(self, index: int) -> int:
        """The real 0-based column of a value's index in a row list."""
        if self.col_map is not None and index < len(self.col_map):
            return self.col_map[index]
        return index


@dataclass
class WorkbookData:
    path: Path
    kind: str                         # "xlsx", "xls", "csv"
    sheets: list[SheetData]
    encoding: str | None = None       # for CSV: the text encoding found



def _unlegacy(text: str, encoding: str | None, sheet) -> str:
    """A cell's text in Unicode: converted from the legacy encoding its font names
    (noting it on the sheet), else with any UTF-8-read-as-cp1252 undone."""
    if not encoding:
        return legacy.fix_mojibake(text)
    new = legacy.convert(text, encoding)
    if new != text:
        sheet.legacy = "vni" if encoding == "vni" else "tcvn3"
    return new

# Characters that must never reach the registry: C0/C1 controls (tab and line breaks become
# spaces, line breaks stay), bidi overrides and isolates (U+202A–202E, U+2066–2069), marks and separators.
_CONTROLS = {c: None for c in (*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0))}
_CONTROLS.update({ord("\t"): " ", 0x2028: "\n", 0x2029: "\n", ord("\r"): ""})
del _CONTROLS[ord("\n")]   # a line break inside a cell separates two values ("Tên\n1962")
_CONTROLS.update(dict.fromkeys((0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)), None))
_ESCAPES = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])")
_BAD = frozenset(c for c, v in _CONTROLS.items() if v is None)


def strip_controls(text: str) -> tuple[str, bool]:
    """``text`` without control and bidi characters (tabs and line breaks become spaces);
    True when a character other than a tab or line break was removed."""
    if "\x1b" in text:
        text2 = _ESCAPES.sub("", text)      # terminal escape sequences go whole: "\x1b[31m"
        out = text2.translate(_CONTROLS)
        return out, True
    out = text.translate(_CONTROLS)
    if out == text:
        return text, False
    return out, any(ord(ch) in _BAD for ch in text)


def _clean_cell(text: str, sheet) -> str:
    out, bad = strip_controls(text)
    if bad:
        sheet.cleaned += 1
    return out


def _refuse(message: str, path: Path) -> FileUnreadable:
    return FileUnreadable(message, file=path.name)


def read_file(path: Path | str, *, max_rows: int = MAX_ROWS, max_bytes: int = MAX_BYTES,
              cancel=None, max_cells: int = MAX_CELLS, max_slots: int = MAX_SLOTS) -> WorkbookData:
    """Read every sheet of ``path``. Raises :class:`FileUnreadable`."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _refuse(translate("core", "The file does not exist"), path) from None
    except OSError as exc:
        raise _refuse(translate("core", "The file cannot be opened: {error}").format(error=exc.strerror), path) from None
    if path.is_dir():
        raise _refuse(translate("core", "This is a folder, not a spreadsheet"), path)
    if size == 0:
        raise _refuse(translate("core", "The file is empty"), path)
    if size > max_bytes:
        raise _refuse(
            translate("core", "The file is too large ({size} MB; at most {limit} MB)").format(
                size=round(size / 1024 / 1024), limit=max_bytes // 1024 // 1024
            ),
            path,
        )
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise _refuse(translate("core", "The file cannot be opened: {error}").format(error=exc.strerror), path) from None
    try:
        if head.startswith(ZIP_MAGIC):
            return _read_xlsx(path, max_rows, cancel, max_cells, max_slots)
        if head.startswith(OLE_MAGIC):
            return _read_ole(path, max_rows, cancel)
        if path.suffix.lower() in TEXT_SUFFIXES or _looks_like_text(path):
            return _read_csv(path, max_rows, cancel)
    except FileUnreadable:
        raise
    except UserError:
        raise
    except MemoryError:
        raise _refuse(translate("core", "The file is too large to read"), path) from None
    except Exception:  # noqa: BLE001 - any reader failure is a damaged file, never a traceback
        raise _refuse(translate("core", "The file is damaged and cannot be read"), path) from None
    raise _refuse(
        translate("core", "This is not a spreadsheet (expected .xlsx, .xls or .csv)"), path
    )


# ---------------------------------------------------------------- .xlsx

def check_workbook_zip(path: Path) -> None:
    """Refuse (:class:`FileUnreadable`) a .xlsx that is no spreadsheet, a zip bomb or holds XML
    entity tricks; every reader of an .xlsx (unit lists, nominations, halls) checks it first."""
    try:
        zf = zipfile.ZipFile(path)
    except zipfile.BadZipFile:
        raise _refuse(translate("core", "The file is damaged and cannot be read"), path) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise _refuse(translate("core", "The file is damaged and cannot be read"), path)
        total = 0
        names = set()
        for info in infos:
            names.add(info.filename)
            total += info.file_size
            if info.file_size > 10 * 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                raise _refuse(translate("core", "The file unpacks to an abnormal size and was not read (zip bomb)"), path)
        if total > MAX_UNPACKED:
            raise _refuse(translate("core", "The file unpacks to an abnormal size and was not read (zip bomb)"), path)
        if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
            raise _refuse(translate("core", "This is not a spreadsheet (expected .xlsx, .xls or .csv)"), path)
        # XML entity tricks: no workbook part needs a DOCTYPE.
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                with zf.open(info) as fh:
                    start = fh.read(2048)
                if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                    raise _refuse(translate("core", "The file contains unsafe XML and was not read"), path)


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _C, _V, _IS, _T, _R = (_MAIN + t for t in ("row", "c", "v", "is", "t", "r"))
_DIGITS = "0123456789"


def _inline_text(node) -> str:
    """The text of an inline string: its ``t``, or its rich-text runs (phonetic hints left out)."""
    parts = []
    for child in node:
        if child.tag == _T:
            parts.append(child.text or "")
        elif child.tag == _R:
            parts.append(child.findtext(_T) or "")
    return "".join(parts)


def _sheet_rows(src, shared_strings, date_styles, timedelta_styles, epoch):
    """(row number, [(column, value, style id)], hidden) for each row of a sheet's XML with
    a value in it: the work of openpyxl's read-only parser without its per-cell objects
    (inline strings, as HR software writes them, are the costly case there)."""
    from openpyxl.utils import column_index_from_string
    from openpyxl.utils.datetime import from_excel, from_ISO8601
    from openpyxl.worksheet._reader import _cast_number as cast_number
    from openpyxl.xml.functions import iterparse

    columns: dict[str, int] = {}
    number = 0
    for _event, row in iterparse(src):
        if row.tag != _ROW:
            continue
        r = row.get("r")
        number = int(r) if r else number + 1
        cells = []
        column = 0
        for c in row:
            ref = c.get("r")
            if ref:
                letters = ref.rstrip(_DIGITS)
                column = columns.get(letters) or columns.setdefault(letters, column_index_from_string(letters))
            else:
                column += 1
            kind = c.get("t", "n")
            style = c.get("s")
            sid = int(style) if style else 0
            if kind == "inlineStr":
                node = c.find(_IS)
                value = _inline_text(node) if node is not None else None
            else:
                value = c.findtext(_V) or None
                if value is None:
                    continue
                if kind == "n":
                    value = cast_number(value)
                    if sid in date_styles:
                        try:
                            value = from_excel(value, epoch, timedelta=sid in timedelta_styles)
                        except (OverflowError, ValueError):
                            value = "#VALUE!"
                elif kind == "s":
                    value = shared_strings[int(value)]
                elif kind == "b":
                    value = bool(int(value))
                elif kind == "d":
                    value = from_ISO8601(value)
            if value is not None:
                cells.append((column, value, sid))
        hidden = row.get("hidden") in ("1", "true")
        row.clear()
        if cells:
            yield number, cells, hidden


def _xlsx_rows(wb, ws):
    """(row number, [(column, value, style id)], hidden) for each non-empty row of a
    read-only sheet. ``hidden`` is true for a row hidden by hand or by an AutoFilter."""
    try:
        source = ws._get_source()
        shared = ws._shared_strings
        args = (wb._date_formats, wb._timedelta_formats, wb.epoch)
        from openpyxl.worksheet._reader import _cast_number  # noqa: F401
    except (ImportError, AttributeError):   # another openpyxl: the public, slower way
        for number, cells in enumerate(ws.iter_rows(), start=1):
            row = [(c.column, c.value, getattr(c, "_style_id", 0)) for c in cells
                   if getattr(c, "value", None) is not None]
            if row:
                yield number, row, False
        return
    with source as src:
        yield from _sheet_rows(src, shared, *args)


def _too_many_cells(path: Path, limit: int) -> FileUnreadable:
    return _refuse(translate(
        "core", "The file holds more than {limit} cells; it is not a list of delegates and was not read"
    ).format(limit=f"{limit:,}".replace(",", ".")), path)


def _compact(sheet: SheetData, far: list[tuple[int, list]], path: Path, slots: int, max_slots: int) -> int:
    """Give the cells found beyond DENSE_COLUMNS compacted columns after the sheet's other
    columns; returns the slots now used. Refuses (quickly) what would exceed ``max_slots``."""
    base = max((len(values) for _, values in sheet.rows), default=0)
    far_columns = sorted({column for _, cells in far for column, _ in cells})
    index = {column: base + i for i, column in enumerate(far_columns)}
    extra = sum(max(index[c] for c, _ in cells) + 1 - len(sheet.rows[i][1]) for i, cells in far)
    if slots + extra > max_slots:
        raise _too_many_cells(path, max_slots)
    for i, cells in far:
        values = sheet.rows[i][1]
        last = max(index[c] for c, _ in cells)
        values.extend([None] * (last + 1 - len(values)))
        for column, value in cells:
            values[index[column]] = value
    sheet.col_map = list(range(base)) + [c - 1 for c in far_columns]
    return slots + extra


def _read_xlsx(path: Path, max_rows: int, cancel, max_cells: int = MAX_CELLS,
               max_slots: int = MAX_SLOTS) -> WorkbookData:
    import openpyxl
    from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

    check_workbook_zip(path)
    fh = open(path, "rb")  # noqa: SIM115 - open until the read-only workbook is closed
    try:
        # A file object, not the name: a workbook saved as ".xls" by mistake is read too.
        wb = openpyxl.load_workbook(fh, read_only=True, data_only=True, keep_links=False)
    except Exception:  # noqa: BLE001
        fh.close()
        raise _refuse(translate("core", "The file is damaged and cannot be read"), path) from None
    sheets: list[SheetData] = []
    cells_seen = 0
    slots = 0
    try:
        fonts = wb._fonts
        styles = wb._cell_styles
        enc_by_style: dict[int, str | None] = {}
        sci_by_style: dict[int, bool] = {}

        def encoding_of(style_id: int) -> str | None:
            if style_id not in enc_by_style:
                try:
                    name = fonts[styles[style_id].fontId].name
                except (IndexError, AttributeError, TypeError):
                    name = None
                enc_by_style[style_id] = legacy.font_encoding(name)
            return enc_by_style[style_id]

        def is_sci(sid: int) -> bool:
            if sid not in sci_by_style:
                try:
                    fid = styles[sid].numFmtId
                    fmt = BUILTIN_FORMATS.get(fid, "General") if fid < BUILTIN_FORMATS_MAX_SIZE else \
                        wb._number_formats[fid - BUILTIN_FORMATS_MAX_SIZE]
                except (IndexError, AttributeError, TypeError):
                    fmt = ""
                sci_by_style[sid] = "E+" in (fmt or "").upper()
            return sci_by_style[sid]

        for ws in wb.worksheets:
            if not hasattr(ws, "iter_rows"):
                continue
            declared = ws.max_row or 0
            if declared > max_rows:
                raise _refuse(
                    translate("core", "The sheet {sheet} has {n} rows; at most {limit} can be read").format(
                        sheet=ws.title, n=declared, limit=max_rows
                    ),
                    path,
                )
            sheet = SheetData(ws.title, hidden=ws.sheet_state != "visible")
            rows = sheet.rows
            far: list[tuple[int, list]] = []    # (index in rows, [(column, value)]) beyond DENSE_COLUMNS
            for number, cells, hidden in _xlsx_rows(wb, ws):
                if number > max_rows:
                    raise _refuse(
                        translate("core", "The sheet {sheet} has more than {limit} rows").format(
                            sheet=ws.title, limit=max_rows
                        ),
                        path,
                    )
                cells_seen += len(cells)
                if cells_seen > max_cells:
                    raise _too_many_cells(path, max_cells)
                if cancel is not None and number % 500 == 0:
                    cancel.check()
                width = cells[-1][0] if cells else 0
                far_cells = kept = None
                if width > DENSE_COLUMNS:
                    far_cells = [(c, v) for c, v, _ in cells if c > DENSE_COLUMNS]
                    cells = [cell for cell in cells if cell[0] <= DENSE_COLUMNS]
                    width = cells[-1][0] if cells else 0
                values: list = [None] * width
                for column, v, style_id in cells:
                    if v is None:
                        continue
                    if isinstance(v, str):
                        if not v.isascii():
                            v = _unlegacy(v, encoding_of(style_id), sheet)
                        elif not v:
                            continue
                        if not v.isprintable():
                            v = _clean_cell(v, sheet)
                    elif isinstance(v, (int, float)) and not isinstance(v, bool) and is_sci(style_id):
                        v = SciFloat(v)
                    values[column - 1] = v
                while values and values[-1] is None:
                    values.pop()
                if far_cells:
                    kept = []
                    for column, v in far_cells:
                        if isinstance(v, str):
                            v = _clean_cell(legacy.fix_mojibake(v), sheet) if v else None
                        if v is not None:
                            kept.append((column, v))
                    if kept:
                        far.append((len(rows), kept))
                if values or kept:
                    slots += len(values)
                    if slots > max_slots:
                        raise _too_many_cells(path, max_slots)
                    rows.append((number, values))
                    if hidden:
                        sheet.hidden_rows.add(number)
            if far:
                slots = _compact(sheet, far, path, slots, max_slots)
            sheets.append(sheet)
    finally:
        wb.close()
        fh.close()
    return WorkbookData(path, "xlsx", sheets)


# ---------------------------------------------------------------- .xls and other OLE files

def _ole_is_encrypted_package(path: Path) -> bool:
    # An encrypted .xlsx is an OLE file holding "EncryptionInfo" and "EncryptedPackage".
    with open(path, "rb") as fh:
        data = fh.read(min(path.stat().st_size, 4 * 1024 * 1024))
    marker = "EncryptedPackage".encode("utf-16-le")
    return marker in data


def _read_ole(path: Path, max_rows: int, cancel) -> WorkbookData:
    if _ole_is_encrypted_package(path):
        raise _refuse(
            translate("core", "The file is protected by a password; save it again without the password"), path
        )
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), formatting_info=True, on_demand=True)
    except xlrd.biffh.XLRDError as exc:
        text = str(exc).lower()
        if "encrypt" in text or "password" in text:
            raise _refuse(
                translate("core", "The file is protected by a password; save it again without the password"), path
            ) from None
        if "unsupported format" in text or "not supported" in text or "expected bof" in text:
            raise _refuse(translate("core", "This is not a spreadsheet (expected .xlsx, .xls or .csv)"), path) from None
        raise _refuse(translate("core", "The file is damaged and cannot be read"), path) from None
    except Exception:  # noqa: BLE001
        raise _refuse(translate("core", "The file is damaged and cannot be read"), path) from None
    try:
        return WorkbookData(path, "xls", _xls_sheets(book, path, max_rows, cancel))
    finally:
        book.release_resources()


def _xls_sheets(book, path: Path, max_rows: int, cancel) -> list[SheetData]:
    import xlrd

    enc_by_xf: dict[int, str | None] = {}
    sci_by_xf: dict[int, bool] = {}

    def xf_info(xf_index: int) -> tuple[str | None, bool]:
        if xf_index not in enc_by_xf:
            enc, sci = None, False
            try:
                xf = book.xf_list[xf_index]
                enc = legacy.font_encoding(book.font_list[xf.font_index].name)
                fmt = book.format_map.get(xf.format_key)
                sci = bool(fmt and "E+" in fmt.format_str.upper())
            except (IndexError, AttributeError):
                pass
            enc_by_xf[xf_index], sci_by_xf[xf_index] = enc, sci
        return enc_by_xf[xf_index], sci_by_xf[xf_index]

    sheets = []
    for index in range(book.nsheets):
        sh = book.sheet_by_index(index)
        if sh.nrows > max_rows:
            raise _refuse(
                translate("core", "The sheet {sheet} has {n} rows; at most {limit} can be read").format(
                    sheet=sh.name, n=sh.nrows, limit=max_rows
                ),
                path,
            )
        sheet = SheetData(sh.name, hidden=bool(getattr(sh, "visibility", 0)))
        sheet.merged = [(r1 + 1, c1 + 1, r2, c2) for r1, r2, c1, c2 in sh.merged_cells]
        rowinfo = getattr(sh, "rowinfo_map", {}) or {}
        for r in range(sh.nrows):
            if cancel is not None and r % 500 == 0:
                cancel.check()
            values = []
            empty = True
            for c in range(sh.ncols):
                cell = sh.cell(r, c)
                t = cell.ctype
                if t in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    values.append(None)
                    continue
                v = cell.value
                if t == xlrd.XL_CELL_TEXT:
                    if v == "":
                        values.append(None)
                        continue
                    if not v.isascii():
                        v = _unlegacy(v, xf_info(cell.xf_index)[0], sheet)
                    if not v.isprintable():
                        v = _clean_cell(v, sheet)
                elif t == xlrd.XL_CELL_DATE:
                    with contextlib.suppress(ValueError, OverflowError, xlrd.xldate.XLDateError):
                        v = xlrd.xldate.xldate_as_datetime(v, book.datemode)
                elif t == xlrd.XL_CELL_NUMBER:
                    _, sci = xf_info(cell.xf_index)
                    if sci:
                        v = SciFloat(v)
                    elif float(v).is_integer():
                        v = int(v)
                elif t == xlrd.XL_CELL_BOOLEAN:
                    v = bool(v)
                else:  # error cells
                    values.append(None)
                    continue
                empty = False
                values.append(v)
            if not empty:
                while values and values[-1] is None:
                    values.pop()
                sheet.rows.append((r + 1, values))
                info = rowinfo.get(r)
                if info is not None and getattr(info, "hidden", 0):
                    sheet.hidden_rows.add(r + 1)
        sheets.append(sheet)
        sh_unload = getattr(book, "unload_sheet", None)
        if sh_unload:
            sh_unload(index)
    return sheets


# ---------------------------------------------------------------- .csv

def _looks_like_text(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if b"\x00" in head:
        return False
    bad = sum(1 for b in head if b < 9 or 13 < b < 32)
    return bad == 0 and (b"," in head or b";" in head or b"\t" in head)


def _decode(data: bytes) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if len(data) >= 4 and data[1] == 0 and data[3] == 0 and data[0] != 0:
        return data.decode("utf-16-le", errors="replace"), "utf-16-le"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # One byte per character: Windows-1258, or a legacy font's bytes (TCVN3 / VNI).
    as_1258 = codecs.decode(data, "cp1258", errors="replace")
    import unicodedata

    as_1258 = unicodedata.normalize("NFC", as_1258)
    as_1252 = "".join(legacy._CP1252_CHARS.get(b, chr(b)) if b >= 0x80 else chr(b) for b in data)
    chunks = re.split(r"[,;\t\r\n]", as_1252)
    enc = legacy.guess_encoding(chunks)
    candidates = {"cp1258": as_1258}
    if enc == "vni":
        candidates["vni"] = legacy.vni_to_unicode(as_1252)
    elif enc == "tcvn3":
        candidates["tcvn3"] = legacy.tcvn3_to_unicode(as_1252)
    best = max(candidates, key=lambda k: legacy.score(candidates[k]))
    return candidates[best], best


def _sniff(text: str) -> str:
    sample = "\n".join(text.splitlines()[:50])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        counts = {d: sample.count(d) for d in ",;\t|"}
        return max(counts, key=counts.get)


def _read_csv(path: Path, max_rows: int, cancel) -> WorkbookData:
    data = path.read_bytes()
    text, encoding = _decode(data)
    if not text.strip():
        raise _refuse(translate("core", "The file is empty"), path)
    delimiter = _sniff(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    sheet = SheetData(None)
    line = 1
    for count, record in enumerate(reader, start=1):
        if count > max_rows:
            raise _refuse(
                translate("core", "The file has more than {limit} rows").format(limit=max_rows), path
            )
        if cancel is not None and count % 500 == 0:
            cancel.check()
        if len(record) > MAX_CSV_FIELDS:
            raise _refuse(translate(
                "core", "Line {line} has more than {limit} columns; it is not a list of delegates"
            ).format(line=reader.line_num, limit=MAX_CSV_FIELDS), path)
        values = [(legacy.fix_mojibake(v.strip()) or None) for v in record]
        for i, v in enumerate(values):
            if v is not None and not v.isprintable():
                values[i] = _clean_cell(v, sheet).strip() or None
        start = line
        line = reader.line_num + 1
        if any(v is not None for v in values):
            while values and values[-1] is None:
                values.pop()
            sheet.rows.append((start, values))
    if encoding in ("vni", "tcvn3"):
        sheet.legacy = encoding
    return WorkbookData(path, "csv", [sheet], encoding)


def excel_serial_to_date(value: float) -> dt.date | None:
    """An Excel date serial (1900 system) as a date, or None when out of range."""
    from openpyxl.utils.datetime import from_excel

    try:
        return from_excel(value).date()
    except (ValueError, OverflowError, AttributeError):
        return None
