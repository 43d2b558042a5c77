"""Reading every format units send, and refusing bad files with one clear message."""

from __future__ import annotations

import zipfile

import pytest
from fixtures import workbooks as W

from congress_desk.core.intake.parse import parse_file
from congress_desk.core.intake.reader import FileUnreadable, read_file


def _names(result):
    return [p.data["full_name"] for p in result.people]


def test_xlsx_two_row_header(district_xlsx, persons):
    r = parse_file(district_xlsx)
    assert r.ok and r.kind == "xlsx"
    assert r.unit == "Quận Lê Chân"
    assert _names(r) == [p.full_name for p in persons]       # ALL CAPS names back in normal case
    for person, p in zip(r.people, persons, strict=True):
        assert person.data["gender"] == p.gender               # from the Nam / Nữ column holding the year
        assert person.data["birth_year"] == p.birth.year
        assert person.data["phone"] == p.phone and person.data["national_id"] == p.national_id
    assert r.sheets[0].mapping is None                         # instructions sheet skipped
    assert r.sheets[1].mapping.header_rows == [6, 7]
    assert r.people[0].sheet == "Danh sách" and r.people[0].row == 10


@pytest.mark.parametrize("font,encode", [
    (".VnTime", W.tcvn3_text), ("VNI-Times", W.vni_text),
    (".VnTimeH", lambda s: W.tcvn3_text(s, caps=True)),
])
def test_xlsx_legacy_fonts(tmp_path, persons, font, encode):
    path = W.unit_xlsx(tmp_path / "legacy.xlsx", persons, font=font, encode=encode, numeric_ids=True, caps_names=3)
    r = parse_file(path)
    assert r.ok, r.message
    assert _names(r) == [p.full_name for p in persons]        # caps font: names come back in normal case
    expected = [p.position.upper() if font.endswith("H") else p.position for p in persons]
    assert [p.data["position"] for p in r.people] == expected
    # numeric cells lost their leading zero; it is back
    assert [p.data["national_id"] for p in r.people] == [p.national_id for p in persons]
    assert [p.data["phone"] for p in r.people] == [p.phone for p in persons]


@pytest.mark.parametrize("font", [None, ".VnTime"])
def test_real_xls(tmp_path, persons, font):
    path = W.unit_xls(tmp_path / "thuy-nguyen.xls", persons, font=font,
                      encode=W.tcvn3_text if font else None)
    assert path.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    r = parse_file(path)
    assert r.ok and r.kind == "xls"
    assert r.unit == "Huyện Thủy Nguyên"
    assert _names(r) == [p.full_name for p in persons]        # "Họ, chữ đệm" + "Tên" joined
    assert [p.data["birth_date"] for p in r.people] == [p.birth.isoformat() for p in persons]
    assert [p.data["phone"] for p in r.people] == [p.phone for p in persons]
    assert [p.data["gender"] for p in r.people] == [p.gender for p in persons]


@pytest.mark.parametrize("kw", [
    {"encoding": "utf-8"}, {"encoding": "utf-8", "bom": True}, {"encoding": "utf-8", "sep": ";"},
    {"encoding": "utf-16"}, {"encoding": "cp1258"}, {"encoding": "utf-8", "sep": "\t"},
    {"legacy": "tcvn3"}, {"legacy": "vni"},
])
def test_csv_encodings_and_separators(tmp_path, persons, kw):
    path = W.unit_csv(tmp_path / "so-gd.csv", persons, **kw)
    r = parse_file(path)
    assert r.ok, r.message
    assert r.unit == "Sở Giáo dục và Đào tạo"
    assert _names(r) == [p.full_name for p in persons]
    assert [p.data["phone"] for p in r.people] == [p.phone for p in persons]
    assert r.people[0].sheet is None and r.people[0].row == 4      # line number
    assert [p.data["birth_date"] for p in r.people] == [p.birth.isoformat() for p in persons]


def _refused(path, fragment):
    r = parse_file(path)
    assert r.ok is False
    assert r.people == [] and r.message
    assert fragment in r.message, r.message
    return r


def test_empty_file(tmp_path):
    path = tmp_path / "empty.xlsx"
    path.write_bytes(b"")
    _refused(path, "rỗng")


def test_not_a_spreadsheet(tmp_path):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    _refused(path, "không phải bảng tính")


def test_corrupt_xlsx(tmp_path, district_xlsx):
    data = district_xlsx.read_bytes()
    path = tmp_path / "broken.xlsx"
    path.write_bytes(data[: len(data) // 2])
    _refused(path, "hỏng")


def test_password_protected(tmp_path):
    _refused(W.encrypted_ole(tmp_path / "locked.xlsx"), "mật khẩu")
    _refused(W.encrypted_xls(tmp_path / "locked.xls"), "mật khẩu")


def test_no_list_in_workbook(tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "Báo cáo tổng kết công tác thi đua năm 2020"
    wb.active["A3"] = "Tổng số đơn vị: 15"
    path = tmp_path / "report.xlsx"
    wb.save(path)
    _refused(path, "Họ và tên")


def test_too_big(tmp_path):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)
    _refused(path, "quá lớn")


def test_too_many_rows(tmp_path, persons):
    path = W.unit_csv(tmp_path / "rows.csv", persons)
    with pytest.raises(FileUnreadable):
        read_file(path, max_rows=5)


def test_zip_bomb(tmp_path):
    path = W.zip_bomb(tmp_path / "bomb.xlsx")
    assert path.stat().st_size < 5 * 1024 * 1024
    assert sum(i.file_size for i in zipfile.ZipFile(path).infolist()) > 500 * 1024 * 1024
    _refused(path, "zip")


def test_xml_entities_refused(tmp_path, persons):
    _refused(W.entity_xlsx(tmp_path / "entity.xlsx", persons), "XML")


def test_missing_file(tmp_path):
    _refused(tmp_path / "nowhere.xlsx", "không tồn tại")


def test_bad_files_do_not_stop_the_others(tmp_path, district_xlsx):
    from congress_desk.core.intake.importer import import_files

    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    report = import_files([empty, district_xlsx], dry_run=True)
    assert [f.ok for f in report.files] == [False, True]
    assert len(report.files[1].people) == 12
    assert report.refused


def test_several_list_sheets_and_a_summary(tmp_path, persons):
    from openpyxl import Workbook

    wb = Workbook()
    summary = wb.active
    summary.title = "Tổng hợp"
    for row in (["STT", "Đơn vị", "Số lượng"], [1, "Chính thức", 3], [2, "Khách mời", 2]):
        summary.append(row)
    for title, group in (("Chính thức", persons[:3]), ("Khách mời", persons[3:5])):
        ws = wb.create_sheet(title)
        ws.append(["DANH SÁCH ĐẠI BIỂU"])
        ws.append(["STT", "Họ và tên", "Chức vụ"])
        for i, p in enumerate(group, start=1):
            ws.append([i, p.full_name, p.position])
    path = tmp_path / "nhieu-trang.xlsm"            # macro-enabled name: read all the same
    wb.save(path)
    r = parse_file(path, unit="Liên đoàn Lao động thành phố")
    assert [s.mapping is not None for s in r.sheets] == [False, True, True]
    assert [(p.sheet, p.data["category"]) for p in r.people] == [("Chính thức", "official")] * 3 + [
        ("Khách mời", "guest")] * 2


def test_misnamed_files_are_read_by_content(tmp_path, district_xlsx, persons):
    xlsx_named_xls = tmp_path / "that-ra-la-xlsx.xls"
    xlsx_named_xls.write_bytes(district_xlsx.read_bytes())
    assert parse_file(xlsx_named_xls).kind == "xlsx"
    xls = W.unit_xls(tmp_path / "a.xls", persons[:2])
    renamed = tmp_path / "that-ra-la-xls.xlsx"
    renamed.write_bytes(xls.read_bytes())
    r = parse_file(renamed)
    assert r.kind == "xls" and len(r.people) == 2


def test_row_limit_for_workbooks(district_xlsx):
    with pytest.raises(FileUnreadable) as exc:
        read_file(district_xlsx, max_rows=10)
    assert "10" in exc.value.message
