"""The attendance and credentials-report PDFs, rendered and read back."""

from __future__ import annotations

import re

import pdfplumber

from congress_desk.core.checkin.desk import Desk
from congress_desk.core.checkin.report import credentials_for_event, load_attendance
from congress_desk.core.db import default_journal_dir
from congress_desk.core.printing.kinds import render_kind
from congress_desk.core.printing.options import PrintOptions


def _text(path) -> str:
    with pdfplumber.open(path) as pdf:
        return "\n".join(page.extract_text() or "" for page in pdf.pages)


def test_credentials_report_pdf_matches_the_figures(event, tmp_path):
    # one more arrival still only in a journal beside the event file: the report is live
    with Desk(event.path, desk="Bàn 6", local_dir=tmp_path / "local") as desk:
        waiting = next(d for d in desk.directory.by_code.values()
                       if d["status"] == "active" and d["category"] == "official"
                       and not desk.attendance.is_present(d["code"]))
        desk.scan(waiting["code"])
    assert default_journal_dir(event.path).is_dir()
    rep = credentials_for_event(event.db, [default_journal_dir(event.path)])
    out = tmp_path / "bao-cao.pdf"
    res = render_kind(event, "credentials-report", out, PrintOptions(signer="Nguyễn Văn Trưởng"))
    assert res.pages >= 1 and res.items == rep.present
    text = _text(out)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "BÁO CÁO" in text
    assert f"Tổng số đại biểu được triệu tập: {rep.summoned} đại biểu" in text
    assert re.search(rf"Số đại biểu có mặt: {rep.present} đại biểu", text)
    assert f"Số đại biểu vắng mặt có lý do: {rep.absent} đại biểu" in text
    assert f"Số đại biểu chưa đến: {rep.not_arrived} đại biểu" in text
    assert rep.summoned == rep.present + rep.absent + rep.not_arrived
    assert re.search(rf"Đại biểu nữ {rep.women.count} ", text)
    assert "Nguyễn Văn Trưởng" in text
    # the attendance workbook counts the journal beside the event file by default, too
    import openpyxl

    from congress_desk.core.checkin.export import export_attendance

    xlsx = export_attendance(event.db, tmp_path / "diem-danh.xlsx")
    row = next(r for r in openpyxl.load_workbook(xlsx).worksheets[0].iter_rows(values_only=True)
               if r[1] == waiting["code"])
    assert row[9] == "Bàn 6" and row[8] is not None


def test_attendance_pdf_lists_everyone_with_times(event, tmp_path):
    out = tmp_path / "diem-danh.pdf"
    unit = "Quận Lê Chân"
    res = render_kind(event, "attendance", out, PrintOptions(unit=unit))
    delegates, att = load_attendance(event.db)
    people = [d for d in delegates if d["unit"] == unit and d["status"] == "active"]
    assert res.items == len(people)
    text = _text(out)
    present = [d for d in people if att.is_present(d["code"])]
    absent = [d for d in people if not att.is_present(d["code"]) and att.get(d["code"]) and att.get(d["code"]).absence]
    assert (f"Triệu tập {len(people)} — có mặt {len(present)}, vắng có lý do {len(absent)}, "
            f"chưa đến {len(people) - len(present) - len(absent)}") in " ".join(text.split())
    d = present[0]
    assert d["full_name"] in text and att.get(d["code"]).at[11:16] in text
