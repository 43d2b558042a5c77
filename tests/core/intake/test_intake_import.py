"""Importing into an event file: add, re-import, replace, duplicates, one transaction per file."""

from __future__ import annotations

import pytest
from fixtures import workbooks as W

from congress_desk.core.errors import Cancelled
from congress_desk.core.intake.importer import apply_plan, find_duplicates, import_files, plan_file
from congress_desk.core.intake.parse import parse_file
from congress_desk.core.progress import CancelToken
from congress_desk.core.registry import find_unit, list_delegates


def _unit_people(db, name):
    unit = find_unit(db, name)
    return list_delegates(db, unit_id=unit["id"]) if unit else []


def test_import_then_reimport_same_file(empty_event, district_xlsx, persons):
    db = empty_event.db
    report = import_files([district_xlsx], db=db)
    assert report.files[0].imported == {"added": 12, "updated": 0, "unchanged": 0, "removed": 0}
    people = _unit_people(db, "Quận Lê Chân")
    assert sorted(d["full_name"] for d in people) == sorted(p.full_name for p in persons)
    assert len({d["code"] for d in people}) == 12
    assert all(d["national_id"] and d["national_id"].startswith("031") for d in people)
    again = import_files([district_xlsx], db=db)
    assert again.files[0].imported == {"added": 0, "updated": 0, "unchanged": 12, "removed": 0}
    assert len(_unit_people(db, "Quận Lê Chân")) == 12
    log = list(db.query("SELECT * FROM intake_log ORDER BY id"))
    assert [(row["added"], row["unchanged"]) for row in log] == [(12, 0), (0, 12)]


def test_corrected_file_updates_and_replace_removes(empty_event, tmp_path, persons):
    db = empty_event.db
    import_files([W.unit_xlsx(tmp_path / "v1.xlsx", persons)], db=db)
    v2 = list(persons[1:])                                  # first person dropped
    v2[0] = W.P(**{**v2[0].__dict__, "position": "Chủ tịch UBND quận"})   # promoted
    v2.append(W.people(1, seed=99)[0])                     # a new person
    v2_path = W.unit_xlsx(tmp_path / "v2.xlsx", v2)
    report = import_files([v2_path], db=db)
    assert report.files[0].imported == {"added": 1, "updated": 1, "unchanged": 10, "removed": 0}
    assert len(_unit_people(db, "Quận Lê Chân")) == 13
    updated = [d for d in _unit_people(db, "Quận Lê Chân") if d["full_name"] == v2[0].full_name][0]
    assert updated["position"] == "Chủ tịch UBND quận"
    history = list(db.query("SELECT * FROM history WHERE entity_id = ? AND action = 'update'", [updated["id"]]))
    assert len(history) == 1 and history[0]["actor"] == "import"
    report = import_files([v2_path], db=db, replace=True)
    assert report.files[0].imported == {"added": 0, "updated": 0, "unchanged": 12, "removed": 1}
    names = {d["full_name"] for d in _unit_people(db, "Quận Lê Chân")}
    assert persons[0].full_name not in names and len(names) == 12


def test_match_by_name_and_birth_when_no_id(empty_event, tmp_path):
    db = empty_event.db
    first = W.rows_xlsx(tmp_path / "a.xlsx", [["Đơn vị: Hội Nông dân thành phố"], ["STT", "Họ và tên", "Ngày sinh", "Chức vụ"],
                                              [1, "Nguyễn Thị Hòa", "02/03/1975", "Chủ tịch"]])
    second = W.rows_xlsx(tmp_path / "b.xlsx", [["Đơn vị: Hội Nông dân thành phố"], ["STT", "Họ và tên", "Ngày sinh", "Chức vụ"],
                                               [1, "NGUYỄN THỊ HOÀ", "2/3/1975", "Chủ tịch Hội"]])
    import_files([first], db=db)
    report = import_files([second], db=db)
    assert report.files[0].imported["updated"] == 1 and report.files[0].imported["added"] == 0
    [d] = _unit_people(db, "Hội Nông dân thành phố")
    assert d["full_name"] == "Nguyễn Thị Hòa" and d["position"] == "Chủ tịch Hội"


def test_rows_with_errors_are_left_out(empty_event, tmp_path):
    db = empty_event.db
    path = W.rows_xlsx(tmp_path / "e.xlsx", [["UBND HUYỆN AN LÃO"], ["STT", "Họ và tên", "Ngày sinh"],
                                             [1, "Phạm Văn Một", "01/01/1970"],
                                             [2, "Phạm Văn Hai", "31/02/1971"],
                                             [3, "Phạm Văn Ba", "01/01/1972"]])
    report = import_files([path], db=db)
    assert report.refused
    assert report.files[0].imported["added"] == 2
    assert {d["full_name"] for d in _unit_people(db, "Huyện An Lão")} == {"Phạm Văn Một", "Phạm Văn Ba"}


def test_cancel_leaves_the_event_file_untouched(empty_event, district_xlsx):
    db = empty_event.db
    result = parse_file(district_xlsx, db=db)
    plan = plan_file(db, result)
    token = CancelToken()

    def progress(done, total, label=""):
        if done >= 10:
            token.cancel()      # Cancel pressed while the 11th row is written

    before = db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0]
    with pytest.raises(Cancelled):
        apply_plan(db, plan, cancel=token, progress=progress)
    assert db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0] == before
    assert find_unit(db, "Quận Lê Chân") is None          # even the new unit was rolled back
    assert db.execute("SELECT COUNT(*) FROM intake_log").fetchone()[0] == 0


def test_duplicates_inside_and_across_files(tmp_path, persons):
    a = W.unit_xlsx(tmp_path / "a.xlsx", persons[:4])
    b_people = [persons[2], W.P(**{**persons[3].__dict__, "national_id": ""}), persons[5], persons[5]]
    b = W.unit_csv(tmp_path / "b.csv", b_people)
    report = import_files([a, b], dry_run=True)
    groups = sorted((d["reason"], [(r["file"], r["row"]) for r in d["rows"]]) for d in report.duplicates)
    assert groups == [
        ("name_birth", [("a.xlsx", 13), ("b.csv", 5)]),         # no ID in b: same name + birth year
        ("national_id", [("a.xlsx", 12), ("b.csv", 4)]),        # same CCCD in two units
        ("national_id", [("b.csv", 6), ("b.csv", 7)]),           # twice in one file
    ]
    assert report.duplicates[0]["rows"][0] == {"file": "a.xlsx", "sheet": "Danh sách", "row": 12}
    # The user keeps one copy: no duplicate left.
    assert find_duplicates(report.files, skip={("b.csv", None, 4), ("b.csv", None, 5), ("b.csv", None, 7)}) == []


def test_same_name_and_year_with_other_ids_are_two_people(tmp_path, persons):
    a = W.unit_xlsx(tmp_path / "a.xlsx", persons[:1])
    b = W.unit_csv(tmp_path / "b.csv", [W.P(**{**persons[0].__dict__, "national_id": "031099999999"})])
    assert import_files([a, b], dry_run=True).duplicates == []


def test_second_copy_in_one_file_is_imported_once(empty_event, tmp_path, persons):
    path = W.unit_xlsx(tmp_path / "twice.xlsx", [persons[0], persons[1], persons[0]])
    report = import_files([path], db=empty_event.db)
    assert report.files[0].imported["added"] == 2
    assert len(report.duplicates) == 1


def test_registry_duplicate_in_another_unit_is_a_warning(event, district_xlsx):
    db = event.db
    other = list_delegates(db)[0]
    path = W.rows_xlsx(district_xlsx.with_name("x.xlsx"), [["UBND HUYỆN VĨNH BẢO"], ["STT", "Họ và tên", "CCCD", "Ngày sinh"],
                                                          [1, other["full_name"], other["national_id"], "1970"]])
    report = import_files([path], db=db, dry_run=True)
    [problem] = [p for p in report.files[0].problems if "Đã có" in p.message]
    assert problem.severity == "warning" and other["unit"] in problem.message


def test_quota_warning(event, tmp_path):
    db = event.db
    unit = find_unit(db, "Quận Lê Chân")
    db.execute("UPDATE units SET quota = 3 WHERE id = ?", [unit["id"]])
    path = W.unit_xlsx(tmp_path / "lc.xlsx", W.people(5, seed=3))
    report = import_files([path], db=db, dry_run=True)
    quota = [p for p in report.files[0].problems if "chỉ tiêu" in p.message]
    # Issue 14 (DESIGN): one warning, field "unit", the unit's resulting total against its quota
    # (the demo's Lê Chân already has its people: they count first).
    assert len(quota) == 1 and quota[0].field == "unit" and quota[0].row is None
    assert "3" in quota[0].message


def test_unit_option_and_template_id(empty_event, tmp_path, persons):
    from openpyxl import load_workbook

    from congress_desk.core.intake.template import write_template
    from congress_desk.core.registry import add_unit

    db = empty_event.db
    report = import_files([W.unit_xlsx(tmp_path / "x.xlsx", persons[:2])], db=db, unit="Sở Y tế")
    assert report.files[0].unit == "Sở Y tế" and len(_unit_people(db, "Sở Y tế")) == 2
    unit_id = add_unit(db, "Bộ Chỉ huy Quân sự thành phố", "armed_forces")
    tpl = write_template(tmp_path / "mau.xlsx", db=db, unit="Bộ Chỉ huy Quân sự thành phố")
    wb = load_workbook(tpl)
    ws = wb["Danh sách"]
    for i, p in enumerate(persons[:3], start=8):
        ws.cell(row=i, column=1, value=i - 7)
        ws.cell(row=i, column=2, value=p.full_name)
        ws.cell(row=i, column=3, value="Nam" if p.gender == "male" else "Nữ")
        ws.cell(row=i, column=4, value=p.birth.strftime("%d/%m/%Y"))
        ws.cell(row=i, column=10, value=p.national_id)
    ws.cell(row=1, column=1, value="")                      # the unit erased the title
    returned = tmp_path / "file-tu-don-vi.xlsx"
    wb.save(returned)
    r = parse_file(returned, db=db)
    assert (r.unit_id, r.unit_source) == (unit_id, "template")
    assert [p.data["national_id"] for p in r.people] == [p.national_id for p in persons[:3]]


def test_learned_mapping_is_remembered_per_unit(empty_event, tmp_path):
    from congress_desk.core.intake.table import Mapping

    db = empty_event.db
    rows = [["UBND QUẬN HẢI AN"], ["STT", "Họ và tên", "Mã số", "Ngày sinh"], [1, "Trần Văn Hải", "031080001234", "1980"]]
    path = W.rows_xlsx(tmp_path / "ha.xlsx", rows)
    result = parse_file(path, db=db)
    mapping = result.sheets[0].mapping
    assert 2 not in mapping.columns                           # "Mã số" is unknown
    corrected = Mapping(mapping.header_rows, {**mapping.columns, 2: "national_id"}, mapping.headings, mapping.data_start)
    result = parse_file(path, db=db, mappings={"DS": corrected})
    assert result.people[0].data["national_id"] == "031080001234"
    apply_plan(db, plan_file(db, result), mapping_to_remember=[corrected])
    # Next file of the same unit: the mapping is remembered.
    again = parse_file(W.rows_xlsx(tmp_path / "ha2.xlsx", rows), db=db)
    assert again.sheets[0].mapping.columns.get(2) == "national_id"
    assert again.people[0].data["national_id"] == "031080001234"


def test_replace_never_removes_someone_whose_row_has_an_error(empty_event, tmp_path):
    db = empty_event.db
    head = [["UBND HUYỆN CÁT HẢI"], ["STT", "Họ và tên", "Ngày sinh", "CCCD"]]
    first = W.rows_xlsx(tmp_path / "v1.xlsx", head + [[1, "Hà Văn Một", "01/01/1970", "031070000001"],
                                                      [2, "Hà Văn Hai", "02/02/1972", "031072000002"]])
    import_files([first], db=db)
    second = W.rows_xlsx(tmp_path / "v2.xlsx", head + [[1, "Hà Văn Một", "01/01/1970", "031070000001"],
                                                       [2, "Hà Văn Hai", "30/02/1972", "031072000002"]])
    report = import_files([second], db=db, replace=True)
    assert report.files[0].imported == {"added": 0, "updated": 0, "unchanged": 1, "removed": 0}
    assert len(_unit_people(db, "Huyện Cát Hải")) == 2
