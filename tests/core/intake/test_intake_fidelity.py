"""Issue 18: every unit list a clerk receives, read as the clerk would read it.

One test group per family of list, several variants each, on real files built here
(tests/fixtures/unit_lists.py). Each checks that every person comes back once with
every field right, no extra rows, and a warning for what could not be placed.
"""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures import unit_lists as U

from congress_desk.core.intake.importer import import_files
from congress_desk.core.intake.parse import parse_file, split_parts
from congress_desk.core.intake.table import classify, classify_parts, synonyms

TODAY = dt.date(2026, 11, 24)
HEADER = ["STT", "Họ và tên", "Năm sinh", "Chức vụ"]


def people(result, *fields):
    return [tuple(p.data[f] for f in fields) for p in result.people]


def warnings(result, field=None):
    return [p.message for p in result.problems if p.severity == "warning" and (field is None or p.field == field)]


# ---------------------------------------------------------------- headings that name two fields

@pytest.mark.parametrize("heading,roles", [
    ("Họ và tên / Năm sinh", ("full_name", "birth")),
    ("Họ và tên (năm sinh)", ("full_name", "birth")),
    ("Họ tên và năm sinh", ("full_name", "birth")),
    ("Full name / Year of birth", ("full_name", "birth")),
    ("Chức vụ, đơn vị công tác", ("position", "workplace")),
    ("Chức vụ - Đơn vị", ("position", "workplace")),
    ("Họ và tên, chức vụ", ("full_name", "position")),
    ("Cấp bậc, chức vụ", ("position",)),
    ("Chức vụ, cấp bậc", ("position",)),
    # one field, not two
    ("Họ và tên", ("full_name",)), ("Họ, tên", ("full_name",)), ("Họ, chữ đệm", ("family_middle",)),
    ("Ngày, tháng, năm sinh", ("birth",)), ("Giới tính (Nam/Nữ)", ("gender",)), ("Họ và tên (1)", ("full_name",)),
    ("Chức vụ, chức danh", ("position",)), ("Số CCCD/CMND", ("national_id",)),
])
def test_headings_of_two_fields(heading, roles):
    assert classify_parts(heading) == roles


@pytest.mark.parametrize("cell,name,birth", [
    ("Vũ Huy Khánh 1962", "Vũ Huy Khánh", (None, 1962)),
    ("Vũ Huy Khánh (1962)", "Vũ Huy Khánh", (None, 1962)),
    ("Vũ Huy Khánh - 1962", "Vũ Huy Khánh", (None, 1962)),
    ("Vũ Huy Khánh, sinh năm 1962", "Vũ Huy Khánh", (None, 1962)),
    ("Vũ Huy Khánh\n12/03/1962", "Vũ Huy Khánh", ("1962-03-12", 1962)),
    ("VŨ HUY KHÁNH 1962", "Vũ Huy Khánh", (None, 1962)),
    ("Vũ Huy Khánh", "Vũ Huy Khánh", (None, None)),      # nothing to split: the whole text is the name
])
def test_name_and_birth_in_one_cell(tmp_path, cell, name, birth):
    path = U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(["STT", "Họ và tên / Năm sinh", "Chức vụ"],
                                                             [[1, cell, "Giám đốc"]])})
    r = parse_file(path, today=TODAY)
    assert people(r, "full_name", "birth_date", "birth_year", "position") == [(name, *birth, "Giám đốc")]
    assert not [p for p in r.problems if p.field == "full_name"]


def test_rank_and_position_fill_the_position(tmp_path):
    rows = [[1, "Nguyễn Văn An", 1968, "Đại tá, Chỉ huy trưởng"], [2, "Trần Văn Bình", 1970, "Trung tá"]]
    path = U.sheet_xlsx(tmp_path / "bchqs.xlsx", {"DS": U.titled(["STT", "Họ và tên", "Năm sinh", "Cấp bậc, chức vụ"],
                                                                 rows)})
    r = parse_file(path, today=TODAY)
    assert people(r, "position") == [("Đại tá, Chỉ huy trưởng",), ("Trung tá",)]
    assert r.problems == []


def test_position_and_workplace_split_only_where_clean(tmp_path):
    rows = [[1, "Nguyễn Văn An", 1968, "Trưởng phòng, UBND quận Hải An"],
            [2, "Trần Văn Bình", 1970, "Phó Chủ tịch, Trưởng ban Thi đua"],
            [3, "Lê Thị Cúc", 1971, "Giáo viên\nTrường THCS Trần Phú"],
            [4, "Phạm Văn Dũng", 1972, "Giám đốc Sở Tư pháp"]]
    path = U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(["STT", "Họ và tên", "Năm sinh",
                                                              "Chức vụ, đơn vị công tác"], rows)})
    r = parse_file(path, today=TODAY)
    assert people(r, "position", "workplace") == [
        ("Trưởng phòng", "UBND quận Hải An"), ("Phó Chủ tịch, Trưởng ban Thi đua", None),
        ("Giáo viên", "Trường THCS Trần Phú"), ("Giám đốc Sở Tư pháp", None)]


def test_a_column_of_no_field_is_reported_once_and_kept_in_the_note(tmp_path):
    header = ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Quê quán", None, "Ghi chú"]
    rows = [[1, "Nguyễn Văn An", 1968, "Giám đốc", "Thái Bình", "x", "Đảng viên"],
            [2, "Trần Văn Bình", 1970, "Phó Giám đốc", "Nam Định", None, None],
            [3, "Lê Thị Cúc", 1971, "Kế toán", None, None, None]]
    path = U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(header, rows)})
    r = parse_file(path, today=TODAY)
    assert people(r, "note") == [("Đảng viên; Quê quán: Thái Bình; F: x",), ("Quê quán: Nam Định",), (None,)]
    column_warnings = [p for p in r.problems if "Quê quán" in p.message or "F " in p.message]
    assert len(column_warnings) == 2                    # once per column, not once per row
    assert all(p.row == 6 and p.severity == "warning" for p in column_warnings)
    assert any('"Quê quán"' in p.message and "2" in p.message for p in column_warnings)


def test_a_second_column_of_the_same_field_is_not_dropped(tmp_path):
    header = ["STT", "Họ và tên", "Chức vụ", "Chức vụ Đảng"]
    rows = [[1, "Nguyễn Văn An", "Giám đốc", "Bí thư chi bộ"], [2, "Trần Văn Bình", "Phó Giám đốc", None]]
    path = U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(header, rows)})
    r = parse_file(path, today=TODAY)
    assert people(r, "position", "note") == [("Giám đốc", "Chức vụ Đảng: Bí thư chi bộ"), ("Phó Giám đốc", None)]
    assert len([w for w in warnings(r) if "Chức vụ Đảng" in w]) == 1


# ---------------------------------------------------------------- rows that are not people

@pytest.mark.parametrize("numbering", [
    [1, 2, 3, 4, 5], ["1", "2", "3", "4", "5"], ["(1)", "(2)", "(3)", "(4)", "(5)"], ["A", "B", "1", "2", "3"],
    [None, "(1)", "(2)", "(3)", "(4)"],
])
def test_column_number_row_is_not_a_person(tmp_path, numbering):
    header = ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Dân tộc"]
    rows = [numbering, [1, "Nguyễn Văn An", 1968, "Giám đốc", "Kinh"], [2, "Trần Văn Bình", 1970, "Kế toán", "Tày"]]
    r = parse_file(U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(header, rows)}), today=TODAY)
    assert people(r, "full_name") == [("Nguyễn Văn An",), ("Trần Văn Bình",)]
    assert r.problems == []


@pytest.mark.parametrize("example", [
    ["Ví dụ", "Nguyễn Văn A", 1970, "Chủ tịch UBND"],
    ["VD:", "Trần Thị B", 1975, "Kế toán"],
    [None, "Nguyễn Văn A", "01/01/1970", "Trưởng phòng"],
    ["Example", "Lê Văn Mẫu", 1970, "Director"],
])
def test_template_example_row_is_not_a_person(tmp_path, example):
    rows = [example, [1, "Nguyễn Văn An", 1968, "Giám đốc"]]
    r = parse_file(U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(HEADER, rows)}), today=TODAY)
    assert people(r, "full_name") == [("Nguyễn Văn An",)]
    [w] = warnings(r)
    assert w.startswith("Hàng mẫu") and r.problems[0].row == 7


def test_hidden_sheet_is_skipped_with_a_warning(tmp_path):
    old = U.titled(HEADER, [[1, "Người Cũ Một", 1950, "Nguyên Chủ tịch"], [2, "Người Cũ Hai", 1951, "Nguyên Bí thư"]])
    new = U.titled(HEADER, [[1, "Nguyễn Văn An", 1968, "Giám đốc"]])
    path = U.sheet_xlsx(tmp_path / "a.xlsx", {"DS 2015": old, "DS 2020": new}, hidden_sheets={"DS 2015"})
    r = parse_file(path, today=TODAY)
    assert people(r, "full_name") == [("Nguyễn Văn An",)]
    assert [(p.sheet, p.severity) for p in r.problems] == [("DS 2015", "warning")]
    assert "ẩn" in r.problems[0].message


@pytest.mark.parametrize("how", ["by hand", "filter"])
def test_hidden_rows_are_listed_and_imported_only_on_request(tmp_path, how):
    rows = [[1, "Nguyễn Văn An", 1968, "Giám đốc"], [2, "Trần Thị Bình", 1970, "Kế toán"],
            [3, "Lê Văn Cường", 1971, "Lái xe"], [4, "Phạm Thị Dung", 1972, "Văn thư"]]
    kw = {"hidden_rows": {"DS": {8, 9}}}
    if how == "filter":
        kw["autofilter"] = {"DS": "A6:D10"}      # Excel saves filtered-out rows as hidden rows
    path = U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(HEADER, rows)}, **kw)
    r = parse_file(path, today=TODAY)
    assert people(r, "full_name") == [("Nguyễn Văn An",), ("Phạm Thị Dung",)]
    hidden = [p for p in r.problems if "Hàng ẩn" in p.message]
    assert [(p.row, p.severity) for p in hidden] == [(8, "warning"), (9, "warning")]
    assert "Trần Thị Bình" in hidden[0].message
    everyone = parse_file(path, today=TODAY, include_hidden=True)
    assert len(everyone.people) == 4 and everyone.problems == []


def test_hidden_rows_of_an_xls(tmp_path):
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("DS")
    for c, h in enumerate(HEADER):
        ws.write(0, c, h)
    for i, name in enumerate(["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường"], start=1):
        for c, v in enumerate([i, name, 1970 + i, "Chuyên viên"]):
            ws.write(i, c, v)
    ws.row(2).hidden = True
    book.save(str(tmp_path / "a.xls"))
    r = parse_file(tmp_path / "a.xls", today=TODAY)
    assert people(r, "full_name") == [("Nguyễn Văn An",), ("Lê Văn Cường",)]
    assert [p.row for p in r.problems] == [3]


@pytest.mark.parametrize("block", [
    [[None, "Người lập biểu", None, "Thủ trưởng đơn vị"], [None, "(Ký, ghi rõ họ tên)"], [],
     [None, "Phạm Văn Lập", None, "Hoàng Văn Trưởng"]],
    [[None, None, "Hải Phòng, ngày 10 tháng 10 năm 2020"], [None, None, "THỦ TRƯỞNG ĐƠN VỊ"],
     [None, None, "Hoàng Văn Trưởng"]],
    [["Prepared by", None, "Approved by"], ["Ngo Van Lap", None, "Do Van Truong"]],
    [[None, "TM. BAN THƯỜNG VỤ"], [None, "CHỦ TỊCH"], [None, "Đỗ Thị Ký"]],
])
@pytest.mark.parametrize("numbered", [True, False])
def test_signature_block_and_signers_are_not_people(tmp_path, block, numbered):
    header = HEADER if numbered else HEADER[1:]
    rows = [[1, "Nguyễn Văn An", 1968, "Giám đốc"], [2, "Trần Thị Bình", 1970, "Kế toán"]]
    if not numbered:
        rows = [r[1:] for r in rows]
        block = [r[1:] if r and r[0] is None else r for r in block]
    r = parse_file(U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(header, rows + [[]] + block)}), today=TODAY)
    assert people(r, "full_name") == [("Nguyễn Văn An",), ("Trần Thị Bình",)]
    assert r.problems == []


def test_a_subtotal_does_not_end_the_list(tmp_path):
    rows = [["I", "KHỐI QUẬN"], [1, "Nguyễn Văn An", 1968, "Giám đốc"], [None, "Cộng: 1"],
            ["II", "KHÁCH MỜI"], [2, "Trần Thị Bình", 1950, "Nguyên Bí thư"], [None, "Tổng cộng: 2"],
            [None, None, None, "NGƯỜI LẬP BIỂU"], [None, None, None, "Lê Văn Lập"]]
    r = parse_file(U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(HEADER, rows)}), today=TODAY)
    assert people(r, "full_name", "category") == [("Nguyễn Văn An", None), ("Trần Thị Bình", "guest")]


# ---------------------------------------------------------------- headings in other words

@pytest.mark.parametrize("heading,role", [
    ("Phòng/Đơn vị", "workplace"), ("Nơi công tác", "workplace"), ("Cơ quan", "workplace"),
    ("CƠ QUAN CÔNG TÁC", "workplace"), ("Sex", "gender"), ("Gender", "gender"), ("ID card No.", "national_id"),
    ("Full name", "full_name"), ("FULL NAME", "full_name"), ("Position", "position"), ("Date of birth", "birth"),
    ("No.", "stt"), ("Phone number", "phone"), ("Ethnic group", "ethnicity"), ("Organization", "workplace"),
    ("phong / don vi", "workplace"), ("Số điện thoại di động", "phone"),
])
def test_synonyms(heading, role):
    assert classify(heading) == role


def test_synonyms_are_data_one_line_each(monkeypatch, tmp_path):
    from congress_desk.core.intake import table

    shipped = table.synonyms()[0]
    assert shipped["phong/don vi"] == "workplace" and shipped["id card no"] == "national_id"
    assert classify("Đơn vị chủ quản") is None
    own = tmp_path / "headers.txt"
    own.write_text("# a clerk's own line\nworkplace: Đơn vị chủ quản\n", encoding="utf-8")
    import congress_desk.core.resources as resources

    monkeypatch.setattr(resources, "resource_path", lambda *parts: own)
    table.synonyms.cache_clear()
    try:
        assert classify("ĐƠN VỊ CHỦ QUẢN") == "workplace"
    finally:
        monkeypatch.undo()
        table.synonyms.cache_clear()
    assert synonyms()[0] == shipped


def test_a_list_in_english(tmp_path):
    header = ["No.", "Full name", "Sex", "Date of birth", "Position", "Phòng/Đơn vị", "ID card No.", "Phone"]
    rows = [[1, "Nguyen Van An", "Male", "29-Mar-1969", "Director", "Phòng Kế toán", "031069001234", "0912345678"],
            [2, "Tran Thi Binh", "Female", "11/11/1969", "Accountant", "Phòng Nội vụ", "031169001234", None]]
    path = U.sheet_xlsx(tmp_path / "a.xlsx", {"Sheet1": [["Company: Công ty CP Cảng Hải Phòng"], [], header, *rows]})
    r = parse_file(path, today=TODAY)
    assert r.unit == "Công ty CP Cảng Hải Phòng"
    assert people(r, "full_name", "gender", "birth_date", "position", "workplace", "national_id", "phone") == [
        ("Nguyen Van An", "male", "1969-03-29", "Director", "Phòng Kế toán", "031069001234", "0912345678"),
        ("Tran Thi Binh", "female", "1969-11-11", "Accountant", "Phòng Nội vụ", "031169001234", None)]
    assert r.problems == []


# ---------------------------------------------------------------- values in other shapes

@pytest.mark.parametrize("raw,expected", [
    ("29-Mar-1969", ("1969-03-29", 1969)), ("29 Mar 1969", ("1969-03-29", 1969)),
    ("29-March-1969", ("1969-03-29", 1969)), ("Mar 29, 1969", ("1969-03-29", 1969)),
    ("1969/11/11", ("1969-11-11", 1969)), ("1969.11.11", ("1969-11-11", 1969)),
    ("3.2.1977", ("1977-02-03", 1977)), ("3/1977", (None, 1977)), ("03/1977", (None, 1977)),
    ("tháng 3/1977", (None, 1977)), ("29-Mar-69", ("1969-03-29", 1969)),
])
def test_dates_in_other_shapes(tmp_path, raw, expected):
    r = parse_file(U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": [["STT", "Họ và tên", "Ngày sinh"], [1, "Nguyễn Văn An", raw]]}),
                   today=TODAY)
    assert people(r, "birth_date", "birth_year") == [expected]
    assert r.problems == []


@pytest.mark.parametrize("male,female,expected", [
    ("x", None, "male"), (None, "x", "female"), ("X", None, "male"), (None, "✓", "female"), (1, None, "male"),
])
def test_gender_as_a_mark_under_separate_nam_nu_columns(tmp_path, male, female, expected):
    header = ["STT", "Họ và tên", "Năm sinh", "Nam", "Nữ", "Chức vụ"]
    r = parse_file(U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": [header, [1, "Ngô Minh Thu", 1980, male, female, "Kế toán"]]}),
                   today=TODAY)
    assert people(r, "gender", "birth_year", "position") == [(expected, 1980, "Kế toán")]


@pytest.mark.parametrize("raw,phone,other", [
    ("0912 345 678", "0912345678", None), ("0912.345.678", "0912345678", None),
    ("(+84) 912 345 678", "0912345678", None), ("+84.912.345.678", "0912345678", None),
    ("0912345678 - 0225 3842 123", "0912345678", "02253842123"),
    ("0225 3842 123 / 0912 345 678", "0912345678", "02253842123"),
    ("CQ: 0225 3842123; DĐ: 0987 654 321", "0987654321", "02253842123"),
    ("CQ: 0225.3842.123", "02253842123", None),
    ("0912345678 0987654321", "0912345678", "0987654321"),
])
def test_phones_in_other_shapes(tmp_path, raw, phone, other):
    r = parse_file(U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": [["STT", "Họ và tên", "Điện thoại"], [1, "Nguyễn Văn An", raw]]}),
                   today=TODAY)
    [p] = r.people
    assert p.data["phone"] == phone
    if other:
        assert other in p.data["note"]
        assert len(warnings(r, "phone")) == 1
    else:
        assert p.data["note"] is None and r.problems == []


def test_footnote_markers_are_stripped_and_their_text_kept(tmp_path):
    rows = [[1, "Nguyễn Văn An (*)", 1968, "Giám đốc"], [2, "Trần Thị Bình**", 1970, "Kế toán"],
            [3, "Lê Văn Cường¹", 1971, "Lái xe"], [4, "Phạm Thị Dung(2)", 1972, "Văn thư"],
            [5, "Hoàng Văn Em", 1973, "Bảo vệ"], [],
            [None, "(*) Dự thay đồng chí Nguyễn Văn Bảo"], [None, "(**): Đại biểu nữ"],
            [None, "¹ Anh hùng Lao động"]]
    r = parse_file(U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(HEADER, rows)}), today=TODAY)
    assert people(r, "full_name", "note") == [
        ("Nguyễn Văn An", "Dự thay đồng chí Nguyễn Văn Bảo"), ("Trần Thị Bình", "Đại biểu nữ"),
        ("Lê Văn Cường", "Anh hùng Lao động"), ("Phạm Thị Dung", "(2)"), ("Hoàng Văn Em", None)]
    assert r.problems == []


# ---------------------------------------------------------------- workbooks with several units

def _unit_title(unit: str) -> list:
    return [f"UBND {unit.upper()}", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]


def test_one_sheet_per_unit(tmp_path):
    path = U.sheet_xlsx(tmp_path / "khoi-quan.xlsx", {
        "Hồng Bàng": U.titled(HEADER, [[1, "Nguyễn Văn An", 1970, "Chủ tịch"], [2, "Trần Thị Bình", 1971, None]],
                              title=_unit_title("Quận Hồng Bàng")),
        "Lê Chân": U.titled(HEADER, [[1, "Lê Văn Cường", 1972, "Bí thư"]], title=_unit_title("Quận Lê Chân")),
    })
    report = import_files([path], dry_run=True)
    data = report.as_json()["files"]
    assert [(f["file"], f["part"], f["unit"], f["ok"]) for f in data] == [
        ("khoi-quan.xlsx", "Hồng Bàng", "Quận Hồng Bàng", True), ("khoi-quan.xlsx", "Lê Chân", "Quận Lê Chân", True)]
    assert [[(d["full_name"], d["workplace"]) for d in f["delegates"]] for f in data] == [
        [("Nguyễn Văn An", "Quận Hồng Bàng"), ("Trần Thị Bình", "Quận Hồng Bàng")], [("Lê Văn Cường", "Quận Lê Chân")]]


def test_unit_sections_in_one_sheet(tmp_path):
    rows = [["DANH SÁCH ĐẠI BIỂU KHỐI DOANH NGHIỆP"], [], HEADER,
            ["Đơn vị: Công ty CP Cảng Hải Phòng"], [1, "Nguyễn Văn An", 1970, "Giám đốc"],
            [2, "Trần Thị Bình", 1971, "Kế toán"], [None, "Cộng: 2"],
            ["Đơn vị: Tổng công ty Công nghiệp tàu thủy"], [1, "Lê Văn Cường", 1972, None], ["Tổng cộng: 3"]]
    r = parse_file(U.sheet_xlsx(tmp_path / "dn.xlsx", {"DS": rows}), today=TODAY)
    parts = split_parts(r)
    assert [(p.part, p.unit, [x.data["full_name"] for x in p.people]) for p in parts] == [
        ("Đơn vị: Công ty CP Cảng Hải Phòng", "Công ty CP Cảng Hải Phòng", ["Nguyễn Văn An", "Trần Thị Bình"]),
        ("Đơn vị: Tổng công ty Công nghiệp tàu thủy", "Tổng công ty Công nghiệp tàu thủy", ["Lê Văn Cường"])]
    assert people(parts[1], "workplace") == [("Tổng công ty Công nghiệp tàu thủy",)]


def test_sheets_of_one_unit_stay_one_unit(tmp_path):
    path = U.sheet_xlsx(tmp_path / "a.xlsx", {
        "Chính thức": U.titled(HEADER, [[1, "Nguyễn Văn An", 1970, "Chủ tịch"]]),
        "Khách mời": U.titled(HEADER, [[1, "Lê Văn Cường", 1950, "Nguyên Bí thư"]]),
    })
    [f] = import_files([path], dry_run=True).as_json()["files"]
    assert "part" not in f and f["unit"] == "Quận Hải An"
    assert [d["category"] for d in f["delegates"]] == ["official", "guest"]


def test_unit_sections_matched_to_the_event_units_and_replaced_per_unit(empty_event, tmp_path):
    from congress_desk.core.registry import get_or_create_unit

    db = empty_event.db
    get_or_create_unit(db, "Quận Hồng Bàng")
    get_or_create_unit(db, "Quận Lê Chân")
    rows = [HEADER, ["I", "QUẬN HỒNG BÀNG"], [1, "Nguyễn Văn An", 1970, "Chủ tịch"], [2, "Trần Thị Bình", 1971, None],
            ["II", "QUẬN LÊ CHÂN"], [1, "Lê Văn Cường", 1972, "Bí thư"]]
    first = import_files([U.sheet_xlsx(tmp_path / "v1.xlsx", {"DS": rows})], db=db)
    assert [(f.part, f.unit, f.imported["added"]) for f in first.files] == [
        ("QUẬN HỒNG BÀNG", "Quận Hồng Bàng", 2), ("QUẬN LÊ CHÂN", "Quận Lê Chân", 1)]
    v2 = [HEADER, ["I", "QUẬN HỒNG BÀNG"], [1, "Nguyễn Văn An", 1970, "Chủ tịch"],
          ["II", "QUẬN LÊ CHÂN"], [1, "Lê Văn Cường", 1972, "Bí thư"], [2, "Đỗ Văn Dũng", 1973, None]]
    second = import_files([U.sheet_xlsx(tmp_path / "v2.xlsx", {"DS": v2})], db=db, replace=True)
    assert [(f.unit, f.imported["removed"], f.imported["added"]) for f in second.files] == [
        ("Quận Hồng Bàng", 1, 0), ("Quận Lê Chân", 0, 1)]
    names = {r["full_name"] for r in db.query("SELECT full_name FROM delegates")}
    assert names == {"Nguyễn Văn An", "Lê Văn Cường", "Đỗ Văn Dũng"}


def test_unit_option_on_a_workbook_of_several_units_is_a_usage_error(tmp_path, capsys):
    from congress_desk.cli import main

    rows = [HEADER, ["Đơn vị: Quận Hồng Bàng"], [1, "Nguyễn Văn An", 1970, None],
            ["Đơn vị: Quận Lê Chân"], [1, "Lê Văn Cường", 1972, None]]
    path = U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": rows})
    assert main(["import", str(tmp_path / "e.congress"), str(path), "--dry-run", "--unit", "Quận Lê Chân"]) == 2
    err = capsys.readouterr().err
    assert "--unit" in err and "Quận Hồng Bàng" in err and "Traceback" not in err


def test_include_hidden_option(tmp_path, capsys):
    import json

    from congress_desk.cli import main

    rows = [[1, "Nguyễn Văn An", 1968, "Giám đốc"], [2, "Trần Thị Bình", 1970, "Kế toán"]]
    path = U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(HEADER, rows)}, hidden_rows={"DS": {8}})
    assert main(["import", str(tmp_path / "e.congress"), str(path), "--dry-run", "--json"]) == 0
    [f] = json.loads(capsys.readouterr().out)["files"]
    assert [d["full_name"] for d in f["delegates"]] == ["Nguyễn Văn An"]
    assert [p["row"] for p in f["problems"] if "Hàng ẩn" in p["message"]] == [8]
    assert main(["import", str(tmp_path / "e.congress"), str(path), "--dry-run", "--json", "--include-hidden"]) == 0
    [f] = json.loads(capsys.readouterr().out)["files"]
    assert [d["full_name"] for d in f["delegates"]] == ["Nguyễn Văn An", "Trần Thị Bình"]


# ---------------------------------------------------------------- text written by other programs

ROWS = [["Đơn vị: Sở Giáo dục và Đào tạo"], [],
        ["STT", "Họ và tên", "Giới tính", "Ngày sinh", "Chức vụ", "Điện thoại", "Số CCCD"],
        [1, "Nguyễn Văn An", "Nam", "02/03/1975", "Giám đốc", "0912 345 678", "031075001234"],
        [2, "Trần Thị Hoà", "Nữ", "1980", "Phó Giám đốc", None, None]]
EXPECTED = [("Nguyễn Văn An", "male", "1975-03-02", "Giám đốc", "0912345678", "031075001234"),
            ("Trần Thị Hoà", "female", None, "Phó Giám đốc", None, None)]
FIELDS = ("full_name", "gender", "birth_date", "position", "phone", "national_id")


def test_inline_string_xlsx_from_hr_software(tmp_path):
    r = parse_file(U.inline_string_xlsx(tmp_path / "hr.xlsx", ROWS), today=TODAY)
    assert r.ok and r.unit == "Sở Giáo dục và Đào tạo"
    assert people(r, *FIELDS) == EXPECTED


@pytest.mark.parametrize("kw", [
    {"sep": ";", "bom": True}, {"sep": ";", "bom": True, "newline": "\n"}, {"sep": ";", "bom": False},
    {"sep": "\t", "bom": True}, {"sep": ",", "bom": True},
])
def test_semicolon_csv_with_bom(tmp_path, kw):
    r = parse_file(U.csv_file(tmp_path / "ds.csv", ROWS, **kw), today=TODAY)
    assert r.ok and r.unit == "Sở Giáo dục và Đào tạo"
    assert people(r, *FIELDS) == EXPECTED


@pytest.mark.parametrize("font", ["VNI-Times", "VNI-Helve", "VNI-Aptima"])
def test_vni_times_in_xls(tmp_path, font):
    r = parse_file(U.vni_xls(tmp_path / "vni.xls", ROWS, font=font), today=TODAY)
    assert r.ok and r.unit == "Sở Giáo dục và Đào tạo"
    assert people(r, *FIELDS) == EXPECTED


def test_departments_inside_one_units_list_are_not_units(tmp_path):
    rows = [["UBND QUẬN HẢI AN"], [], HEADER, ["Đơn vị: Phòng Giáo dục"], [1, "Nguyễn Văn An", 1970, "Trưởng phòng"],
            ["Đơn vị: Phòng Y tế"], [2, "Lê Văn Cường", 1972, "Chuyên viên"]]
    [f] = import_files([U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": rows})], dry_run=True).files
    assert f.part is None and f.unit == "Quận Hải An" and len(f.people) == 2


def test_a_piece_of_a_two_field_cell_that_differs_from_its_own_column_is_kept(tmp_path):
    header = ["STT", "Họ và tên, chức vụ", "Chức vụ"]
    rows = [[1, "Nguyễn Văn An, Giám đốc", "Giám đốc"], [2, "Trần Văn Bình, Bí thư chi bộ", "Phó Giám đốc"]]
    r = parse_file(U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(header, rows)}), today=TODAY)
    assert people(r, "full_name", "position", "note") == [
        ("Nguyễn Văn An", "Giám đốc", None), ("Trần Văn Bình", "Phó Giám đốc", "Chức vụ: Bí thư chi bộ")]


def test_sheets_named_after_the_event_units(empty_event, tmp_path):
    from congress_desk.core.registry import get_or_create_unit

    db = empty_event.db
    for name in ("Quận Hồng Bàng", "Quận Lê Chân", "Huyện Thủy Nguyên"):
        get_or_create_unit(db, name)
    sheet = [["DANH SÁCH ĐẠI BIỂU"], HEADER]
    path = U.sheet_xlsx(tmp_path / "khoi.xlsx", {
        "Hồng Bàng": [*sheet, [1, "Nguyễn Văn An", 1970, "Chủ tịch"]],
        "LE CHAN": [*sheet, [1, "Lê Văn Cường", 1972, "Bí thư"], [2, "Đỗ Thị Dung", 1973, None]],
    })
    report = import_files([path], db=db, dry_run=True)
    assert [(f.part, f.unit, f.unit_id is not None, len(f.people)) for f in report.files] == [
        ("Hồng Bàng", "Quận Hồng Bàng", True, 1), ("LE CHAN", "Quận Lê Chân", True, 2)]


@pytest.mark.parametrize("heading", [["1. Quận Hồng Bàng"], ["I", "QUẬN HỒNG BÀNG"], ["Quận Hồng Bàng"]])
def test_section_headings_that_name_event_units(empty_event, tmp_path, heading):
    from congress_desk.core.registry import get_or_create_unit

    db = empty_event.db
    get_or_create_unit(db, "Quận Hồng Bàng")
    get_or_create_unit(db, "Quận Lê Chân")
    rows = [HEADER, heading, [1, "Nguyễn Văn An", 1970, "Chủ tịch"], ["II", "QUẬN LÊ CHÂN"],
            [1, "Lê Văn Cường", 1972, "Bí thư"]]
    report = import_files([U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": rows})], db=db, dry_run=True)
    assert [(f.unit, [p.data["full_name"] for p in f.people]) for f in report.files] == [
        ("Quận Hồng Bàng", ["Nguyễn Văn An"]), ("Quận Lê Chân", ["Lê Văn Cường"])]


def test_annotated_copy_of_a_workbook_of_several_units_holds_every_units_problems(tmp_path, capsys):
    from openpyxl import load_workbook

    from congress_desk.cli import main

    rows = [HEADER, ["Đơn vị: Quận Hồng Bàng"], [1, "Nguyễn Văn An", "31/02/1970", None],
            ["Đơn vị: Quận Lê Chân"], [1, "Lê Văn Cường", "30/02/1972", None]]
    path = U.sheet_xlsx(tmp_path / "khoi.xlsx", {"DS": rows})
    assert main(["import", str(tmp_path / "e.congress"), str(path), "--dry-run", "--annotate"]) == 1
    ws = load_workbook(tmp_path / "khoi_gop-y.xlsx")["DS"]
    assert "31/02/1970" in ws["C3"].comment.text and "30/02/1972" in ws["C5"].comment.text


def test_every_note_column_is_kept(tmp_path):
    header = ["STT", "Họ và tên", "Ghi chú", "Ghi chú khác"]
    rows = [[1, "Nguyễn Văn An", "Đảng viên", "Dự thay"], [2, "Trần Văn Bình", None, "Đến muộn"]]
    r = parse_file(U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(header, rows)}), today=TODAY)
    assert people(r, "note") == [("Đảng viên; Dự thay",), ("Đến muộn",)]


def test_the_units_of_one_workbook_are_written_in_one_transaction(empty_event, tmp_path, monkeypatch):
    from congress_desk.core.errors import Cancelled
    from congress_desk.core.intake import importer

    rows = [HEADER, ["Đơn vị: Quận Hồng Bàng"], [1, "Nguyễn Văn An", 1970, None],
            ["Đơn vị: Quận Lê Chân"], [1, "Lê Văn Cường", 1972, None]]
    path = U.sheet_xlsx(tmp_path / "khoi.xlsx", {"DS": rows})
    real = importer.apply_plan
    calls = []

    def second_fails(db, plan, **kw):
        calls.append(plan.result.unit)
        if len(calls) == 2:
            raise Cancelled()
        return real(db, plan, **kw)

    monkeypatch.setattr(importer, "apply_plan", second_fails)
    with pytest.raises(Cancelled):
        import_files([path], db=empty_event.db)
    assert calls == ["Quận Hồng Bàng", "Quận Lê Chân"]
    assert list(empty_event.db.query("SELECT full_name FROM delegates")) == []


@pytest.mark.parametrize("raw,nid,note", [
    ("031175001234, cấp ngày 10/05/2021", "031175001234", "cấp ngày 10/05/2021"),
    ("031 175 001 234 - CA Hải Phòng", "031175001234", "CA Hải Phòng"),
    ("CMND 031175123 (2010)", "031175123", "CMND (2010)"),
    ("031175001234", "031175001234", None), ("'031175001234", "031175001234", None),
    ("CCCD: 031175001234", "031175001234", None),
])
def test_id_number_with_its_date_of_issue(tmp_path, raw, nid, note):
    header = ["STT", "Họ và tên", "Số CCCD, ngày cấp, nơi cấp"]
    r = parse_file(U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": [header, [1, "Nguyễn Thị Hoa", raw]]}), today=TODAY)
    assert people(r, "national_id", "note") == [(nid, note)]
    assert not [p for p in r.problems if p.severity == "error"]


def test_hidden_sheet_of_an_xls(tmp_path):
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    old, new = book.add_sheet("DS cu"), book.add_sheet("DS moi")
    for ws, names in ((old, ["Người Cũ Một"]), (new, ["Nguyễn Văn An", "Trần Thị Bình"])):
        for c, h in enumerate(HEADER[:3]):
            ws.write(0, c, h)
        for i, name in enumerate(names, start=1):
            for c, v in enumerate([i, name, 1970]):
                ws.write(i, c, v)
    old.visibility = 1           # hidden, as Excel's "Hide sheet" saves it
    book.active_sheet = 1
    book.save(str(tmp_path / "a.xls"))
    r = parse_file(tmp_path / "a.xls", today=TODAY)
    assert people(r, "full_name") == [("Nguyễn Văn An",), ("Trần Thị Bình",)]
    assert [(p.sheet, p.severity) for p in r.problems] == [("DS cu", "warning")]


def test_a_two_field_column_beside_one_of_its_fields_fills_the_other(tmp_path):
    header = ["STT", "Họ và tên", "Chức vụ", "Chức vụ, đơn vị công tác"]
    rows = [[1, "Nguyễn Văn An", "Giám đốc", "Giám đốc, Công ty CP Cảng Hải Phòng"],
            [2, "Trần Văn Bình", "Kế toán trưởng", "Kế toán, Sở Tài chính"],
            [3, "Lê Thị Cúc", "Văn thư", "Văn thư Sở Tư pháp"]]
    r = parse_file(U.sheet_xlsx(tmp_path / "a.xlsx", {"DS": U.titled(header, rows)}), today=TODAY)
    assert r.sheets[0].mapping.columns[3] == "workplace"
    assert people(r, "position", "workplace", "note") == [
        ("Giám đốc", "Công ty CP Cảng Hải Phòng", None),
        ("Kế toán trưởng", "Sở Tài chính", "Chức vụ: Kế toán"),
        ("Văn thư", None, "Chức vụ: Văn thư Sở Tư pháp")]
    assert not [p for p in r.problems if "không khớp" in p.message]
