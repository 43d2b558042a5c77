"""Issue 14: a unit list that takes the unit over its quota (28 against 16) is reported
before anything is written, and ``within_quota`` imports only the first rows that fit."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from fixtures import workbooks as W

from congress_desk.core import registry
from congress_desk.core.intake.importer import import_files
from congress_desk.core.registry import find_unit, list_delegates


def _le_chan(db, quota):
    return registry.add_unit(db, "Quận Lê Chân", "district", quota)


def _count(db):
    unit = find_unit(db, "Quận Lê Chân")
    return len(list_delegates(db, unit_id=unit["id"]))


def test_over_quota_is_a_warning_and_everyone_is_imported(empty_event, district_xlsx):
    db = empty_event.db
    _le_chan(db, 5)
    report = import_files([district_xlsx], db=db)
    f = report.files[0]
    [warning] = [p for p in f.problems if p.field == "unit"]
    assert warning.severity == "warning" and warning.row is None
    assert "12" in warning.message and "5" in warning.message and "7" in warning.message
    assert f.imported["added"] == 12 and _count(db) == 12
    assert not report.refused          # warnings only: exit 0
    assert {"sheet": None, "row": None, "field": "unit", "severity": "warning",
            "message": warning.message} in f.as_json()["problems"]


def test_the_dry_run_shows_it_before_anything_is_written(empty_event, district_xlsx):
    db = empty_event.db
    _le_chan(db, 5)
    report = import_files([district_xlsx], db=db, dry_run=True)
    assert [p.severity for p in report.files[0].problems if p.field == "unit"] == ["warning"]
    assert _count(db) == 0


def test_within_quota_imports_the_first_rows_and_refuses_the_rest(empty_event, district_xlsx, persons):
    db = empty_event.db
    _le_chan(db, 5)
    report = import_files([district_xlsx], db=db, within_quota=True)
    f = report.files[0]
    assert f.imported["added"] == 5 and _count(db) == 5
    refused = [p for p in f.problems if p.field == "unit" and p.severity == "error"]
    assert len(refused) == 7 and all(p.row is not None for p in refused)
    assert report.refused               # rows left out: exit 1
    names = {d["full_name"] for d in list_delegates(db, unit_id=find_unit(db, "Quận Lê Chân")["id"])}
    first_rows = sorted(f.people, key=lambda p: p.row)[:5]
    assert names == {p.data["full_name"] for p in first_rows}


def test_people_already_registered_count_first(empty_event, tmp_path, persons):
    db = empty_event.db
    _le_chan(db, 5)
    import_files([W.unit_xlsx(tmp_path / "first.xlsx", persons[:3])], db=db)
    report = import_files([W.unit_xlsx(tmp_path / "all.xlsx", persons)], db=db, within_quota=True)
    assert report.files[0].imported == {"added": 2, "updated": 0, "unchanged": 3, "removed": 0}
    assert _count(db) == 5


def test_within_the_quota_nothing_is_said(empty_event, district_xlsx):
    db = empty_event.db
    _le_chan(db, 12)
    report = import_files([district_xlsx], db=db, within_quota=True)
    assert not [p for p in report.files[0].problems if p.field == "unit"]
    assert report.files[0].imported["added"] == 12


def _cli(*args):
    env = {**os.environ, "CONGRESS_DESK_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "congress_desk", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300)


def test_cli_reports_it_and_within_quota_exits_1(empty_event, district_xlsx):
    _le_chan(empty_event.db, 5)
    path = empty_event.path
    empty_event.close()
    done = _cli("import", path, district_xlsx, "--dry-run", "--json")
    assert done.returncode == 0, done.stderr
    problems = json.loads(done.stdout)["files"][0]["problems"]
    assert [p["severity"] for p in problems if p["field"] == "unit"] == ["warning"]
    assert "quota" in done.stderr
    done = _cli("import", path, district_xlsx, "--within-quota", "--json")
    assert done.returncode == 1, done.stderr
    out = json.loads(done.stdout)["files"][0]
    assert out["imported"]["added"] == 5
    assert sum(1 for p in out["problems"] if p["field"] == "unit" and p["severity"] == "error") == 7


# ---------------------------------------------------------------- a workbook of several units

def _two_units(db, tmp_path):
    from fixtures import unit_lists as U

    registry.add_unit(db, "Quận Hồng Bàng", "district", 5)
    registry.add_unit(db, "Quận Lê Chân", "district", 1)
    rows = [["STT", "Họ và tên", "Năm sinh", "Chức vụ"],
            ["Đơn vị: Quận Hồng Bàng"], [1, "Nguyễn Văn An", 1970, "Chủ tịch"],
            ["Đơn vị: Quận Lê Chân"], [1, "Lê Văn Cường", 1972, "Bí thư"], [2, "Đỗ Thị Dung", 1973, None],
            [3, "Phạm Văn Em", 1974, None]]
    return U.sheet_xlsx(tmp_path / "khoi.xlsx", {"DS": rows})


def _unit_problems(f, severity):
    return [p for p in f.problems if p.field == "unit" and p.severity == severity]


def test_each_unit_of_a_workbook_against_its_own_quota(empty_event, tmp_path):
    db = empty_event.db
    report = import_files([_two_units(db, tmp_path)], db=db, dry_run=True)
    hong_bang, le_chan = report.files
    assert (hong_bang.unit, le_chan.unit) == ("Quận Hồng Bàng", "Quận Lê Chân")
    assert _unit_problems(hong_bang, "warning") == []
    [warning] = _unit_problems(le_chan, "warning")
    assert "Quận Lê Chân" in warning.message and "3" in warning.message and "2)" in warning.message
    # the reader's head-count note is replaced, not repeated
    assert not [p for p in le_chan.problems if p.field is None and "quota" in p.message]


def test_within_quota_per_unit_of_a_workbook(empty_event, tmp_path):
    db = empty_event.db
    report = import_files([_two_units(db, tmp_path)], db=db, within_quota=True)
    hong_bang, le_chan = report.files
    assert hong_bang.imported["added"] == 1 and le_chan.imported["added"] == 1
    assert len(_unit_problems(le_chan, "error")) == 2 and _unit_problems(hong_bang, "error") == []
    assert report.refused
    names = {d["full_name"] for d in list_delegates(db, unit_id=find_unit(db, "Quận Lê Chân")["id"])}
    assert names == {"Lê Văn Cường"}


def test_splitting_a_workbook_again_adds_no_quota_note(empty_event, tmp_path):
    """The import dialog splits a workbook of several units each time it plans or imports:
    no split adds a head-count note or bumps a row's warning count again."""
    from congress_desk.core.intake.parse import parse_file, split_parts

    db = empty_event.db
    result = parse_file(_two_units(db, tmp_path), db=db)
    warnings = [p.warnings for p in result.people]
    for _ in range(3):
        parts = split_parts(result, db)
        assert [p.warnings for p in result.people] == warnings
        assert not [p for r in parts for p in r.problems if p.field is None and "quota" in p.message]
