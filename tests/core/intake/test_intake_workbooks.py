"""Workbooks going back out: the template, the annotated copy, the official export."""

from __future__ import annotations

import hashlib
import zipfile

import pytest
from fixtures import workbooks as W
from openpyxl import load_workbook

from congress_desk.core.intake.annotate import annotated_copy
from congress_desk.core.intake.export import export_delegates
from congress_desk.core.intake.parse import parse_file
from congress_desk.core.intake.template import write_template
from congress_desk.core.registry import add_delegate, find_unit, list_delegates, list_units
from congress_desk.core.vietnamese import clean_text, sort_key


def test_template(tmp_path):
    path = write_template(tmp_path / "mau.xlsx", unit="Quận Đồ Sơn")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Hướng dẫn", "Danh sách", "_congress_desk"]
    assert wb["_congress_desk"].sheet_state == "hidden"
    assert "HƯỚNG DẪN" in wb["Hướng dẫn"]["A1"].value
    ws = wb["Danh sách"]
    assert [c.value for c in ws[7]][:4] == ["STT", "Họ và tên", "Giới tính", "Ngày sinh"]
    assert ws.freeze_panes == "A8"
    assert ws.protection.sheet and ws["B7"].protection.locked                  # the header is fixed
    assert not ws["B8"].protection.locked and not ws["K307"].protection.locked  # the rows are to fill
    assert ws.protection.insertRows is False                                   # False: allowed
    lists = {str(dv.sqref): dv.formula1 for dv in ws.data_validations.dataValidation}
    assert lists["C8:C307"] == '"Nam,Nữ"'
    assert "Khách mời" in lists["H8:H307"]
    assert ws["I8"].number_format == "@" and ws["J300"].number_format == "@"
    assert ws["A1"].value == "QUẬN ĐỒ SƠN"
    # An empty template is recognised as a list with a header but no people.
    r = parse_file(path)
    assert not r.ok and "không có người" in r.message and r.unit == "Quận Đồ Sơn"


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _messy_rows():
    return [["UBND QUẬN KIẾN AN"], ["STT", "Họ và tên", "Ngày sinh", "SĐT", "CCCD"],
            [1, "Nguyễn Văn Lộc", "31/02/1980", "0912345678", "031080001234"],
            [2, "Trần Thị Mai", "1985", "12345", "031185001234"],
            [3, None, "1990", "0912345679", "031090001234"]]


@pytest.mark.parametrize("kind", ["xlsx", "xls", "csv"])
def test_annotated_copy(tmp_path, kind, persons):
    if kind == "xlsx":
        source = W.rows_xlsx(tmp_path / "kien-an.xlsx", _messy_rows())
        bad_row, bad_col = 3, 3
    elif kind == "xls":
        broken = [W.P(**{**persons[0].__dict__, "national_id": "12345"})] + persons[1:3]
        source = W.unit_xls(tmp_path / "thuy-nguyen.xls", broken)
        bad_row, bad_col = 7, 8
    else:
        broken = [W.P(**{**persons[0].__dict__, "national_id": "3.1E+11"})] + persons[1:3]
        source = W.unit_csv(tmp_path / "so-gd.csv", broken)
        bad_row, bad_col = 4, 7
    before = _sha(source)
    result = parse_file(source, keep_workbook=True)
    assert result.error_count >= 1
    out = annotated_copy(result)
    assert out.parent == source.parent and out.suffix == ".xlsx" and out != source
    assert _sha(source) == before                          # the unit's file is never modified
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Góp ý"
    summary = [row for row in wb["Góp ý"].iter_rows(min_row=5, values_only=True) if row[0] is not None or row[1]]
    assert len(summary) == len(result.problems)
    sheet = wb[wb.sheetnames[1]]
    cell = sheet.cell(row=bad_row, column=bad_col)
    assert cell.comment is not None and "Lỗi" in cell.comment.text
    assert cell.fill.fgColor.rgb.endswith("FFC7CE")
    if kind == "xlsx":
        warn = sheet.cell(row=4, column=4)                    # the 5-digit phone: a warning, yellow
        assert warn.fill.fgColor.rgb.endswith("FFEB9C") and "Cần xem lại" in warn.comment.text
        missing = sheet.cell(row=5, column=2)
        assert "Thiếu họ và tên" in missing.comment.text
        assert sheet["B3"].value == "Nguyễn Văn Lộc"         # the unit's own content kept


def _sheet_xml(path):
    with zipfile.ZipFile(path) as zf:
        return zf.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_export_decree30_format(event, tmp_path):
    db = event.db
    unit = find_unit(db, "Quận Lê Chân")
    nasty = ["=HYPERLINK(\"http://x\",\"bấm\")", "+84912345678", "-1+2", "@SUM(A1)", "\tTab", "\r=1"]
    for i, text in enumerate(nasty):
        add_delegate(db, {"full_name": f"Nguyễn Văn Thử {chr(65 + i)}", "unit_id": unit["id"], "position": text,
                          "national_id": "001075001234", "phone": "0912345678"})
    out = tmp_path / "ds.xlsx"
    export_delegates(db, out, with_personal=True)
    assert "<f>" not in _sheet_xml(out)                    # not a single formula in the file
    wb = load_workbook(out)
    ws = wb.active
    texts = [c.value for row in ws.iter_rows(max_row=6) for c in row if c.value]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in texts and "Độc lập - Tự do - Hạnh phúc" in texts
    assert "DANH SÁCH ĐẠI BIỂU" in texts
    assert ws["A1"].font.name == "Times New Roman"
    rows = list(ws.iter_rows(values_only=True))
    header = next(i for i, r in enumerate(rows) if r[0] == "STT")
    unit_rows = [r[0] for r in rows[header + 1:] if isinstance(r[0], str) and ". " in r[0] and r[0].endswith("đại biểu)")]
    names = [u.split(". ", 1)[1].rsplit(" (", 1)[0] for u in unit_rows]
    active = [u["name"].upper() for u in list_units(db) if u["delegates"]]
    assert names[-1] == "KHÔNG THUỘC ĐƠN VỊ"                # guests without a unit come last
    assert names[:-1] == sorted(active, key=sort_key)       # by unit, Vietnamese order
    people = [r for r in rows[header + 1:] if isinstance(r[0], int)]
    assert len(people) == len(list_delegates(db, include_cancelled=False))
    assert [r[0] for r in people] == list(range(1, len(people) + 1))
    total = [r[0] for r in rows if isinstance(r[0], str) and r[0].startswith("Tổng cộng")]
    assert total and f"{len(people)} đại biểu" in total[0]
    # IDs, phones and codes are text with their zeros
    mine = [r for r in people if r[1].startswith("Nguyễn Văn Thử")]
    assert {r[9] for r in mine} == {"001075001234"} and {r[8] for r in mine} == {"0912345678"}
    stored = sorted(clean_text(t) for t in nasty)           # as the registry keeps them
    assert sorted(r[5] for r in mine) == stored             # written exactly, as text
    for row in ws.iter_rows(min_row=header + 2):
        if isinstance(row[0].value, int) and row[9].value is not None:
            assert row[9].data_type == "s" and row[9].number_format == "@" and len(row[9].value) in (9, 12)
            if row[5].value in stored:
                assert row[5].data_type == "s"
                assert row[5].quotePrefix == (row[5].value[0] in "=+-@")
