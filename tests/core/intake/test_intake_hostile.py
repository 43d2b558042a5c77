"""Issue 15, intake: files that must not take the app down, and text cleaned at the door.

Each test reproduces a case the fault-injection pass found (and failed before the fix).
"""

from __future__ import annotations

import time
import tracemalloc

import pytest
from fixtures import unit_lists as U

from congress_desk.core.intake.importer import import_files
from congress_desk.core.intake.parse import parse_file
from congress_desk.core.intake.reader import FileUnreadable, read_file, strip_controls
from congress_desk.core.intake.results import MAX_LENGTH
from congress_desk.core.registry import find_unit, list_delegates

HEADER = ["STT", "Họ và tên", "Giới tính", "Năm sinh", "Chức vụ", "Điện thoại"]


def test_one_cell_in_the_last_column_costs_what_it_holds(tmp_path):
    """A cell in column XFD on every row used to allocate 16,384 slots a row (2.7 GB for
    283 KB); memory must follow the cells present."""
    path = U.far_column_xlsx(tmp_path / "xfd.xlsx", 600)
    assert path.stat().st_size < 30_000          # before: 600 x 16,384 slots, over 78 MB
    tracemalloc.start()
    try:
        wb = read_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"
    sheet = wb.sheets[0]
    assert max(len(values) for _, values in sheet.rows) == 4
    assert sheet.source_column(3) == 16383
    r = parse_file(path)
    assert len(r.people) == 600 and r.people[0].data["note"] == "XFD: ."
    [column] = [p for p in r.problems if p.field is None]
    assert "XFD" in column.message and "600" in column.message


def test_far_cells_in_many_columns_are_refused_quickly(tmp_path):
    path = U.far_column_xlsx(tmp_path / "xfd.xlsx", 1200)
    start = time.perf_counter()
    with pytest.raises(FileUnreadable) as exc:
        read_file(path, max_cells=2_000)
    assert "2.000" in exc.value.message
    with pytest.raises(FileUnreadable):
        read_file(path, max_slots=2_000)
    assert time.perf_counter() - start < 10
    assert len(read_file(path).sheets[0].rows) == 1201      # within the real budget: read


def test_a_csv_line_of_too_many_columns_is_refused(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("Họ và tên;Năm sinh\n" + ";" * 20_000 + "x\n", encoding="utf-8")
    r = parse_file(path)
    assert not r.ok and "20000" not in (r.message or "") and "16384" in r.message


@pytest.mark.parametrize("field,column,limit", [("position", 4, MAX_LENGTH["position"]),
                                                ("full_name", 1, MAX_LENGTH["full_name"])])
def test_field_lengths_are_capped_with_a_warning(tmp_path, field, column, limit):
    row = [1, "Nguyễn Văn An", "Nam", 1970, "Giám đốc", "0912345678"]
    row[column] = ("Nguyễn Văn An " if field == "full_name" else "Phó Giám đốc Sở ") * 150
    path = U.csv_file(tmp_path / "long.csv", [HEADER, row])
    r = parse_file(path)
    [p] = r.people
    assert len(p.data[field]) == limit and p.data[field].endswith("…")
    [w] = [x for x in r.problems if x.field == field and str(limit) in x.message]
    assert w.severity == "warning"


NASTY = [
    ("Trần\x07 Thị\x00 Bình", "Trần Thị Bình"),
    ("\u202eNguyễn Văn An", "Nguyễn Văn An"),
    ("Lê \u2066Văn\u2069 Cường\u2067\u2068", "Lê Văn Cường"),
    ("Phạm\u200f Thị\u200e Dung", "Phạm Thị Dung"),
    ("\x1b[31mHoàng Văn Em\x1b[0m", "Hoàng Văn Em"),
    ("Đỗ\x7f Văn\x85 Phúc", "Đỗ Văn Phúc"),
]


@pytest.mark.parametrize("raw,clean", NASTY)
def test_control_and_bidi_characters_are_cleaned_at_the_door(tmp_path, raw, clean):
    path = U.csv_file(tmp_path / "ctl.csv", [HEADER, [1, raw, "Nam", 1970, "Chuyên\x0b viên\u202e", "0912345678"]])
    r = parse_file(path)
    [p] = r.people
    assert p.data["full_name"] == clean
    assert p.data["position"] == "Chuyên viên"
    assert [x.severity for x in r.problems] == ["warning"]
    assert "2" in r.problems[0].message


def test_controls_never_reach_the_registry(empty_event, tmp_path):
    rows = [HEADER] + [[i, raw, "Nam", 1970, "Chuyên\tviên\x0c", None] for i, (raw, _) in enumerate(NASTY, 1)]
    import_files([U.csv_file(tmp_path / "ctl.csv", [["Đơn vị: Sở Tư pháp"], *rows])], db=empty_event.db)
    stored = list_delegates(empty_event.db, unit_id=find_unit(empty_event.db, "Sở Tư pháp")["id"])
    assert sorted(d["full_name"] for d in stored) == sorted(clean for _, clean in NASTY)
    for d in stored:
        for value in (d["full_name"], d["position"]):
            assert strip_controls(value) == (value, False) and "\t" not in value


def test_a_name_that_is_a_formula_is_reported_not_dropped(tmp_path):
    rows = [HEADER, [1, "Nguyễn Văn An", "Nam", 1970, "Giám đốc", None], [2, "=1+1", "Nữ", 1980, "Kế toán", None],
            [3, "+84", "Nam", 1981, None, None], [4, "Lê Văn Cường", "Nam", 1982, "Lái xe", None]]
    report = import_files([U.csv_file(tmp_path / "f.csv", rows)], dry_run=True)
    [f] = report.files
    assert [p.data["full_name"] for p in f.people] == ["Nguyễn Văn An", "=1+1", "+84", "Lê Văn Cường"]
    errors = [(p.row, p.field) for p in f.problems if p.severity == "error"]
    assert errors == [(3, "full_name"), (4, "full_name")]
    assert report.refused


def test_annotated_copy_marks_the_real_far_column(tmp_path):
    from openpyxl import load_workbook

    from congress_desk.core.intake.annotate import annotated_copy

    path = U.far_column_xlsx(tmp_path / "xfd.xlsx", 5)
    out = annotated_copy(path)
    ws = load_workbook(out)["Export"]
    assert "XFD" in ws["XFD1"].comment.text
    summary = load_workbook(out)["Góp ý"]
    assert "XFD1" in [summary.cell(row=r, column=3).value for r in range(5, summary.max_row + 1)]
