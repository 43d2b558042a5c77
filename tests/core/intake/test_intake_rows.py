"""Finding the table, mapping headings, skipping rows that are not people, cleaning values."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures import workbooks as W

from congress_desk.core.intake.parse import parse_file
from congress_desk.core.intake.table import classify

TODAY = dt.date(2026, 11, 24)


def parse_rows(tmp_path, rows, **kw):
    return parse_file(W.rows_xlsx(tmp_path / "t.xlsx", rows, formats=kw.pop("formats", None)), today=TODAY, **kw)


@pytest.mark.parametrize("heading,role", [
    ("STT", "stt"), ("TT", "stt"), ("Số TT", "stt"), ("Họ và tên", "full_name"), ("Họ tên", "full_name"),
    ("HỌ VÀ TÊN", "full_name"), ("Họ và tên (1)", "full_name"), ("Họ, chữ đệm", "family_middle"),
    ("Tên", "given_name"), ("Ngày sinh", "birth"), ("Ngày, tháng, năm sinh", "birth"), ("Năm sinh", "birth"),
    ("Giới tính", "gender"), ("Nam/Nữ", "gender"), ("Dân tộc", "ethnicity"), ("Chức vụ", "position"),
    ("Chức vụ, chức danh", "position"), ("Đơn vị", "workplace"), ("Nơi công tác", "workplace"),
    ("Đơn vị công tác", "workplace"), ("SĐT", "phone"), ("Điện thoại", "phone"), ("Số điện thoại liên hệ", "phone"),
    ("CCCD", "national_id"), ("CMND", "national_id"), ("Số CCCD/CMND", "national_id"),
    ("Số định danh cá nhân", "national_id"), ("Thành phần", "category"), ("Ghi chú", "note"),
    ("DANH SÁCH ĐẠI BIỂU", None), ("Tổng cộng", None),
])
def test_heading_variants(heading, role):
    assert classify(heading) == role


def test_header_after_title_and_non_person_rows(tmp_path):
    rows = [
        ["ỦY BAN NHÂN DÂN QUẬN NGÔ QUYỀN", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
        [None, None, None, "Độc lập - Tự do - Hạnh phúc"],
        ["DANH SÁCH ĐẠI BIỂU DỰ ĐẠI HỘI THI ĐUA YÊU NƯỚC"],
        [],
        ["TT", "Họ tên", "Chức vụ", "Năm sinh", "Nữ"],
        ["I", "KHỐI QUẢN LÝ NHÀ NƯỚC"],
        [1, "Nguyễn Văn Hùng", "Chủ tịch UBND quận", 1970],
        [2, "Trần Thị Lan", "Phó Chủ tịch", 1975, "x"],
        ["II", "KHÁCH MỜI"],
        [3, "Lê Quang Đạt", "Nguyên Bí thư Quận uỷ", "1950"],
        [None, "Ghi chú: đại biểu có mặt lúc 7 giờ"],
        ["Tổng cộng: 3 người"],
        [None, None, "NGƯỜI LẬP BIỂU"],
        [None, None, "Phạm Văn Ký"],
    ]
    r = parse_rows(tmp_path, rows)
    assert r.unit == "Quận Ngô Quyền"
    assert [p.data["full_name"] for p in r.people] == ["Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Quang Đạt"]
    assert [p.row for p in r.people] == [7, 8, 10]
    assert r.people[1].data["gender"] == "female"
    assert [p.data["category"] for p in r.people] == [None, None, "guest"]   # "KHÁCH MỜI" section
    assert r.people[2].data["birth_year"] == 1950


def test_single_nam_nu_columns_give_sex(tmp_path):
    rows = [["STT", "Họ và tên", "Nam", "Nữ", "Chức vụ"],
            [1, "Vũ Đức Thắng", 1968, None, "Giám đốc"],
            [2, "Ngô Thị Hằng", None, "12/05/1980", "Kế toán"]]
    r = parse_rows(tmp_path, rows)
    assert [(p.data["gender"], p.data["birth_year"], p.data["birth_date"]) for p in r.people] == [
        ("male", 1968, None), ("female", 1980, "1980-05-12")]


def test_gender_marks_under_gioi_tinh(tmp_path):
    rows = [["STT", "Họ và tên", "Giới tính", None, "Chức vụ"],
            [None, None, "Nam", "Nữ", None],
            [1, "Hoàng Minh Tuấn", "x", None, "Trưởng phòng"],
            [2, "Lý Thu Trang", None, "x", "Chuyên viên"]]
    r = parse_rows(tmp_path, rows)
    assert [p.data["gender"] for p in r.people] == ["male", "female"]
    assert [p.data["birth_year"] for p in r.people] == [None, None]


@pytest.mark.parametrize("raw,expected", [
    ("02/03/1975", ("1975-03-02", 1975)), ("2.3.1975", ("1975-03-02", 1975)), ("02-03-75", ("1975-03-02", 1975)),
    ("1975", (None, 1975)), (1975, (None, 1975)), (dt.datetime(1975, 3, 2), ("1975-03-02", 1975)),
    (27455, ("1975-03-02", 1975)),   # an Excel date serial in a General cell
    ("ngày 2 tháng 3 năm 1975", ("1975-03-02", 1975)),
])
def test_birth_values(tmp_path, raw, expected):
    r = parse_rows(tmp_path, [["STT", "Họ và tên", "Ngày sinh"], [1, "Nguyễn Văn An", raw]])
    p = r.people[0]
    assert (p.data["birth_date"], p.data["birth_year"]) == expected
    assert r.problems == []


def test_impossible_date_is_an_error(tmp_path):
    r = parse_rows(tmp_path, [["STT", "Họ và tên", "Ngày sinh"], [1, "Nguyễn Văn An", "31/02/1980"]])
    [problem] = r.problems
    assert (problem.row, problem.field, problem.severity) == (2, "birth_date", "error")
    assert "31/02/1980" in problem.message and "không tồn tại" in problem.message


@pytest.mark.parametrize("raw,expected,warns", [
    ("0912345678", "0912345678", False), (912345678, "0912345678", False), ("+84 912 345 678", "0912345678", False),
    ("84912345678", "0912345678", False), ("01686123456", "0386123456", False), ("0225.3842.123", "02253842123", False),
    ("0912.345.678 - 0225 3842123", "0912345678", True), ("12345", "12345", True),
])
def test_phones(tmp_path, raw, expected, warns):
    r = parse_rows(tmp_path, [["STT", "Họ và tên", "SĐT"], [1, "Nguyễn Văn An", raw]])
    assert r.people[0].data["phone"] == expected
    assert bool([p for p in r.problems if p.field == "phone"]) == warns
    assert all(p.severity == "warning" for p in r.problems)


def test_ids(tmp_path):
    rows = [["STT", "Họ và tên", "Giới tính", "Năm sinh", "Số CCCD"],
            [1, "Nguyễn Văn An", "Nam", 1975, 31075001234],          # number: leading zero lost
            [2, "Trần Thị Bình", "Nữ", 1980, "3.1118E+11"],          # scientific notation as text
            [3, "Lê Văn Cường", "Nam", 1982, 311820000000],          # typed back from "3.1182E+11"
            [4, "Phạm Thị Dung", "Nam", 1990, "031190001234"],       # ID of a woman, row says Nam
            [5, "Đỗ Văn Em", "Nam", 1985, "031075001234"],           # ID says born ..75
            [6, "Vũ Văn Phúc", "Nam", 1985, "12345"],
            [7, "Hà Văn Quý", "Nam", 1982, 31082001234]]               # shown as 3.11E+11, digits intact
    r = parse_rows(tmp_path, rows, formats={(4, 5): "0.00E+00", (8, 5): "0.00E+00"})
    ids = [p.data["national_id"] for p in r.people]
    assert ids == ["031075001234", None, None, "031190001234", "031075001234", None, "031082001234"]
    by_row = {}
    for p in r.problems:
        by_row.setdefault(p.row, []).append((p.field, p.severity))
    assert by_row[3] == [("national_id", "error")]
    assert by_row[4] == [("national_id", "error")]
    assert by_row[5] == [("national_id", "warning")]
    assert by_row[6] == [("national_id", "warning")]
    assert by_row[7] == [("national_id", "error")]
    assert 2 not in by_row and 8 not in by_row
    assert "số mũ" in [p for p in r.problems if p.row == 3][0].message


def test_province_digits_never_judged(tmp_path):
    # Born elsewhere (001 = Hà Nội): no warning about the first three digits.
    r = parse_rows(tmp_path, [["STT", "Họ và tên", "Giới tính", "Năm sinh", "CCCD"],
                              [1, "Nguyễn Văn An", "Nam", 1975, "001075001234"]])
    assert r.problems == []


def test_text_cleaning(tmp_path):
    rows = [["STT", "Họ và tên", "Chức vụ", "Dân tộc"],
            [1, "  NGUYỄN   THỊ\u00a0HOÀ. ", "Phó  Chủ tịch\u00a0UBND", "kinh"],
            [2, "Nguye\u0302\u0303n Va\u0306n Thu\u0309y", "Giáo viên", "Kinh"],   # NFD from a Mac
            [3, "Ông Trần Văn Hoà", "Bí thư", "Tày"],
            [4, "Nguyá»…n Thá»‹ Thuá»·", "Kế toán", "Kinh"]]                       # UTF-8 read as cp1252
    r = parse_rows(tmp_path, rows)
    assert [p.data["full_name"] for p in r.people] == [
        "Nguyễn Thị Hoà", "Nguyễn Văn Thủy", "Trần Văn Hoà", "Nguyễn Thị Thuỷ"]
    assert r.people[0].data["position"] == "Phó Chủ tịch UBND"
    assert r.people[0].data["ethnicity"] == "Kinh"
    assert r.people[2].data["gender"] == "male"


def test_missing_name_and_warnings(tmp_path):
    rows = [["STT", "Họ và tên", "Ngày sinh", "Điện thoại", "Giới tính"],
            [1, None, "02/03/1975", "0912345678", None],
            [2, "Hùng", "02/03/1975", None, "Nam"],
            [3, "Trần Văn Cụ", "02/03/1915", None, "Nam"],
            [4, "Trần Văn Nam", "1980", None, "trai"],
            [5, "Trần Thị Mai", "1980", None, "không rõ"]]
    r = parse_rows(tmp_path, rows)
    sev = {(p.row, p.field): p.severity for p in r.problems}
    assert sev[(2, "full_name")] == "error"
    assert sev[(3, "full_name")] == "warning"
    assert sev[(4, "birth_date")] == "warning"      # 111 years old at the congress
    assert (5, "gender") not in sev and r.people[3].data["gender"] == "male"
    assert sev[(6, "gender")] == "warning"
    assert all(p.data["full_name"] for p in r.people[1:])


def test_first_and_given_names_in_two_columns(tmp_path):
    rows = [["STT", "Họ và tên đệm", "Tên", "Năm sinh"], [1, "Nguyễn Thị", "Hoà", 1975]]
    r = parse_rows(tmp_path, rows)
    assert r.people[0].data["full_name"] == "Nguyễn Thị Hoà"


def test_unit_from_the_title_block_not_from_other_lines(tmp_path):
    rows = [["ĐẠI HỘI THI ĐUA YÊU NƯỚC THÀNH PHỐ LẦN THỨ IX"],
            ["BÁO CÁO DANH SÁCH ĐẠI BIỂU"],
            ["ĐẢNG UỶ KHỐI DOANH NGHIỆP THÀNH PHỐ"],
            ["STT", "Họ và tên", "Năm sinh"], [1, "Ngô Văn Hưng", 1977]]
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Hướng dẫn"
    wb.active["A1"] = "Ban Tổ chức đề nghị các đơn vị điền đủ thông tin"
    ws = wb.create_sheet("DS")
    for row in rows:
        ws.append(row)
    path = tmp_path / "dn.xlsx"
    wb.save(path)
    assert parse_file(path, today=TODAY).unit == "Đảng uỷ Khối Doanh Nghiệp thành phố"


def test_unit_matched_to_the_registry(tmp_path, event):
    path = W.rows_xlsx(tmp_path / "ngo-quyen.xlsx", [["UBND QUẬN NGÔ QUYỀN"], ["STT", "Họ và tên"], [1, "Lê Văn Tám"]])
    r = parse_file(path, db=event.db, today=TODAY)
    assert r.unit == "Quận Ngô Quyền" and r.unit_id is not None and r.unit_source == "title"
    by_name = W.rows_xlsx(tmp_path / "quan-ngo-quyen.xlsx", [["STT", "Họ và tên"], [1, "Lê Văn Tám"]])
    r = parse_file(by_name, db=event.db, today=TODAY)
    assert (r.unit, r.unit_source) == ("Quận Ngô Quyền", "file name")


def test_csv_row_without_digits_is_not_a_second_header(tmp_path):
    path = tmp_path / "khach.csv"
    path.write_text("Họ và tên,Giới tính,Chức vụ\nTrần Văn Nam,Nam,Nguyên Chủ tịch\nLê Thị Mai,Nữ,Anh hùng Lao động\n",
                    encoding="utf-8")
    r = parse_file(path, unit="Khách mời", today=TODAY)
    assert [(p.row, p.data["full_name"], p.data["gender"]) for p in r.people] == [
        (2, "Trần Văn Nam", "male"), (3, "Lê Thị Mai", "female")]


def test_international_old_mobile_in_one_cell_is_one_number(tmp_path):
    """"+84 168 123 4567" has more than 11 digits but is a single old mobile number."""
    r = parse_rows(tmp_path, [
        ["STT", "Họ và tên", "Ngày sinh", "Điện thoại"],
        [1, "Trần Văn An", "12/05/1980", "+84 168 123 4567"],
        [2, "Lê Thị Bình", "02/03/1975", "0912 345 678 / 0225 3842 123"],
    ])
    assert [p.data["phone"] for p in r.people] == ["0381234567", "0912345678"]
    phone_problems = [p for p in r.problems if p.field == "phone"]
    assert [p.row for p in phone_problems] == [3]
