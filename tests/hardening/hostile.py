"""Hostile spreadsheets for the fuzz tests: bombs, entity expansion, a sheet declaring
1,048,576 rows, huge strings, deep merges, wrong extensions and random mutations of a
real unit workbook."""

from __future__ import annotations

import random
import re
import zipfile
from pathlib import Path

from fixtures.workbooks import entity_xlsx, people, rows_xlsx, unit_xlsx


def _rezip(src: Path, dst: Path, edit) -> Path:
    """Copy an .xlsx, passing each member's bytes through ``edit(name, data)``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = edit(item.filename, zin.read(item.filename))
            if data is not None:
                zout.writestr(item.filename, data)
    return dst


def _sheet_edit(fn):
    def edit(name, data):
        return fn(data) if name == "xl/worksheets/sheet1.xml" else data
    return edit


def bomb(path: Path, megabytes: int = 400) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("xl/workbook.xml", "<workbook/>")
        with zf.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(b"<worksheet><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>")
            block = b"A" * (1024 * 1024)
            for _ in range(megabytes):
                fh.write(block)
            fh.write(b"</t></is></c></row></sheetData></worksheet>")
    return path


def generate(folder: Path, *, mutations: int = 40, seed: int = 7) -> list[Path]:
    """Write the hostile corpus into ``folder``; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    persons = people(25, seed=seed)
    good = unit_xlsx(folder / "good.xlsx", persons, unit="QUẬN NGÔ QUYỀN", instructions=False)
    out: list[Path] = [good]
    out.append(bomb(folder / "bomb.xlsx"))
    out.append(entity_xlsx(folder / "entities.xlsx", persons[:5]))
    billion = ('<!DOCTYPE worksheet [<!ENTITY a "' + "x" * 50 + '">'
               + "".join(f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 10 + '">' for i in range(8))
               + "]>").encode()
    out.append(_rezip(good, folder / "billion-laughs.xlsx",
                      _sheet_edit(lambda d: d.replace(b"<worksheet", billion + b"<worksheet", 1)
                                  .replace(b"<v>", b"<v>&i;", 1))))
    out.append(_rezip(good, folder / "dimension-1048576.xlsx", _sheet_edit(
        lambda d: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', d, count=1))))
    out.append(_rezip(good, folder / "last-row-1048576.xlsx", _sheet_edit(
        lambda d: d.replace(b"</sheetData>", b'<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>'
                            b"Nguyen Van Cuoi</t></is></c></row></sheetData>", 1))))
    rows = [["DANH SÁCH ĐẠI BIỂU"], ["STT", "Họ và tên", "Chức vụ", "Ngày sinh"]]
    rows += [[i, "Nguyễn Văn " + "A" * 2_000_000 if i == 1 else f"Trần Thị {i}", "x" * 32767, "01/01/1970"]
             for i in range(1, 6)]
    out.append(rows_xlsx(folder / "huge-strings.xlsx", rows))
    # Deep merges: thousands of merged ranges, nested and overlapping.
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Họ và tên", "Chức vụ"])
    for i in range(2, 3000):
        ws.append([i, f"Lê Văn {i}", "Cán bộ"])
    for i in range(2, 2990, 3):
        ws.merge_cells(start_row=i, start_column=1, end_row=i + 2, end_column=3)
    ws.merge_cells("A1:Z2000")
    wb.save(folder / "deep-merges.xlsx")
    out.append(folder / "deep-merges.xlsx")
    # Wrong extensions and non-spreadsheets.
    (folder / "empty.xlsx").write_bytes(b"")
    (folder / "text-named.xlsx").write_text("Họ và tên;Chức vụ\nNguyễn Văn A;Cán bộ\n", encoding="utf-8")
    (folder / "xlsx-named.xls").write_bytes(good.read_bytes())
    (folder / "xlsx-named.csv").write_bytes(good.read_bytes())
    (folder / "random.xls").write_bytes(rng.randbytes(50_000))
    (folder / "pdf.xlsx").write_bytes(b"%PDF-1.4\n" + rng.randbytes(3000))
    (folder / "ole-header.xls").write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + rng.randbytes(4096))
    (folder / "truncated.xlsx").write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    (folder / "binary.csv").write_bytes(bytes(range(256)) * 200)
    (folder / "long-line.csv").write_bytes(b"Ho va ten," + b"x" * 5_000_000 + b"\n")
    with zipfile.ZipFile(folder / "not-excel.xlsx", "w") as zf:
        zf.writestr("hello.txt", "xin chào")
    out += [folder / n for n in ("empty.xlsx", "text-named.xlsx", "xlsx-named.xls", "xlsx-named.csv", "random.xls",
                                 "pdf.xlsx", "ole-header.xls", "truncated.xlsx", "binary.csv", "long-line.csv",
                                 "not-excel.xlsx")]
    # Random mutations of the real workbook: bytes of the zip, and text of the sheet XML.
    raw = good.read_bytes()
    for i in range(mutations):
        target = folder / f"mutant-{i:03d}.xlsx"
        if i % 2 == 0:
            data = bytearray(raw)
            for _ in range(rng.randint(1, 40)):
                data[rng.randrange(len(data))] = rng.randrange(256)
            target.write_bytes(bytes(data))
        else:
            def mutate(d, r=random.Random(seed * 1000 + i)):
                d = bytearray(d)
                for _ in range(r.randint(1, 12)):
                    pos = r.randrange(len(d))
                    choice = r.random()
                    if choice < 0.4:
                        d[pos:pos + r.randint(1, 30)] = b""
                    elif choice < 0.7:
                        d[pos:pos] = r.choice([b"<", b">", b"&", b'"', b"<c r=\"ZZ99999999\">", b"\x00",
                                               b"<row r=\"-1\">", b"<v>1e999</v>", b"\xff\xfe"])
                    else:
                        d[pos] = r.randrange(256)
                return bytes(d)
            _rezip(good, target, _sheet_edit(mutate))
        out.append(target)
    return out
