"""Benchmark of delegate intake.

1. A 5,000-row messy workbook (title block, two-row header, sections, ALL-CAPS names,
   TCVN3 and VNI cells, numeric IDs and phones, mixed date forms, +84 numbers, impossible
   dates, IDs in scientific notation, bad phones, totals and signature) read as ``import --dry-run`` does, with full validation and the
   duplicate check, against a bare openpyxl read-only pass over the same file
   (``iter_rows(values_only=True)`` over every sheet). Target: ratio <= 1.5.
2. The preview of a typical 60-row unit file (what the import dialog shows).
   Target: < 1 s.

    python bench/bench_import.py [--rows 5000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))   # the fixture builders live with the tests

from fixtures import workbooks as W  # noqa: E402
from openpyxl import Workbook, load_workbook  # noqa: E402
from openpyxl.styles import Font  # noqa: E402

from congress_desk.core.intake.importer import import_files  # noqa: E402
from congress_desk.core.intake.parse import parse_file  # noqa: E402


def messy_workbook(path: Path, rows: int, seed: int = 5) -> Path:
    rng = random.Random(seed)
    people = W.people(rows, seed=seed)
    wb = Workbook()
    ins = wb.active
    ins.title = "Hướng dẫn"
    ins["A1"] = "Hướng dẫn điền danh sách"
    ws = wb.create_sheet("Danh sách")
    tcvn = Font(name=".VnTime")
    vni = Font(name="VNI-Times")
    ws["A1"] = "UBND THÀNH PHỐ HẢI PHÒNG"
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws["E2"] = "Độc lập - Tự do - Hạnh phúc"
    ws["A4"] = "DANH SÁCH ĐẠI BIỂU DỰ ĐẠI HỘI THI ĐUA YÊU NƯỚC"
    heads = ["STT", "Họ và tên", "Năm sinh", None, "Dân tộc", "Chức vụ", "Đơn vị công tác", "Số điện thoại", "Số CCCD"]
    for c, h in enumerate(heads, start=1):
        if h:
            ws.cell(row=6, column=c, value=h)
    ws.cell(row=7, column=3, value="Nam")
    ws.cell(row=7, column=4, value="Nữ")
    r = 8
    for i, p in enumerate(people, start=1):
        if i % 250 == 1:
            ws.cell(row=r, column=1, value=["I", "II", "III", "IV", "V"][(i // 250) % 5])
            ws.cell(row=r, column=2, value="KHỐI QUẬN, HUYỆN")
            r += 1
        kind = rng.random()
        name = p.full_name.upper() if kind < 0.2 else p.full_name
        position = p.position
        cell = ws.cell(row=r, column=2)
        if kind > 0.9:
            cell.value, cell.font = W.tcvn3_text(name), tcvn
            pc = ws.cell(row=r, column=6, value=W.tcvn3_text(position))
            pc.font = tcvn
        elif kind > 0.8:
            cell.value, cell.font = W.vni_text(name), vni
            pc = ws.cell(row=r, column=6, value=W.vni_text(position))
            pc.font = vni
        else:
            cell.value = "  " + name + " " if kind < 0.3 else name
            ws.cell(row=r, column=6, value=position)
        ws.cell(row=r, column=1, value=i)
        col = 3 if p.gender == "male" else 4
        form = rng.random()
        if form < 0.3:
            birth = p.birth.strftime("%d/%m/%Y")
        elif form < 0.5:
            birth = p.birth.year
        elif form < 0.7:
            birth = dt.datetime(p.birth.year, p.birth.month, p.birth.day)
        elif form < 0.85:
            birth = p.birth.strftime("%d.%m.%Y")
        else:
            birth = p.birth.strftime("%d-%m-%y")
        if i % 50 == 0:
            birth = "31/02/1980"                       # a date that does not exist
        ws.cell(row=r, column=col, value=birth)
        ws.cell(row=r, column=5, value=p.ethnicity)
        ws.cell(row=r, column=7, value=p.workplace)
        phone = p.phone
        ws.cell(row=r, column=8, value=int(phone) if form < 0.5 else ("+84 " + phone[1:] if form < 0.7 else phone))
        ws.cell(row=r, column=9, value=int(p.national_id) if form < 0.4 else p.national_id)
        if i % 70 == 0:
            ws.cell(row=r, column=9, value="3.1E+11")    # an ID that lost its digits
        if i % 90 == 0:
            ws.cell(row=r, column=8, value="12345")      # not a phone number
        r += 1
    ws.cell(row=r, column=2, value=f"Tổng cộng: {rows} đại biểu")
    ws.cell(row=r + 2, column=6, value="NGƯỜI LẬP BIỂU")
    wb.save(path)
    return path


def bare_pass(path: Path) -> int:
    wb = load_workbook(path, read_only=True, data_only=True)
    n = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            n += len(row)
    wb.close()
    return n


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=5000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        big = messy_workbook(Path(tmp) / "messy.xlsx", args.rows)
        report = import_files([big], dry_run=True)
        f = report.files[0]
        assert f.ok and len(f.people) == args.rows, (f.ok, f.message, len(f.people))
        # Interleaved, so that a change of load on a shared machine hits both alike.
        bare_times, our_times = [], []
        for _ in range(args.repeat):
            bare_times.append(best(lambda: bare_pass(big), 1))
            our_times.append(best(lambda: import_files([big], dry_run=True), 1))
        bare, ours = min(bare_times), min(our_times)
        print(f"{args.rows}-row messy workbook: bare openpyxl read-only pass {bare:.3f} s, "
              f"import --dry-run with full validation {ours:.3f} s, ratio {ours / bare:.2f}x (target <= 1.5)")
        print(f"  people {len(f.people)}, problems {len(f.problems)}, duplicate groups {len(report.duplicates)}")
        small = W.unit_xlsx(Path(tmp) / "unit60.xlsx", W.people(60, seed=11), caps_names=10)
        preview = best(lambda: parse_file(small), args.repeat)
        print(f"60-row unit file preview: {preview * 1000:.0f} ms (target < 1000 ms)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
