"""Units and quotas from a spreadsheet, from cells pasted from Excel, back to a workbook,
and the Hải Phòng template's 66 units (issue 14)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from fixtures import workbooks as W

from congress_desk.core import registry
from congress_desk.core.intake.units import (
    apply_units,
    parse_units_text,
    read_units,
    template_units,
    units_of_event,
    write_units,
)
from congress_desk.core.registry import find_unit, list_units


def test_the_hai_phong_template_has_66_believable_units():
    units = template_units()
    assert len(units) == 66
    assert len({u.name for u in units}) == 66
    assert 530 <= sum(u.quota for u in units) <= 570
    districts = [u.name for u in units if u.kind == "district"]
    for name in ("Quận Hồng Bàng", "Quận Dương Kinh", "Huyện Thủy Nguyên", "Huyện Bạch Long Vĩ"):
        assert name in districts
    assert len(districts) == 15
    assert {u.kind for u in units} == {"district", "department", "organisation", "armed_forces", "enterprise",
                                      "school"}
    assert all(u.quota and u.quota > 0 for u in units)


def test_a_committee_list_with_title_sections_and_totals(tmp_path):
    path = W.rows_xlsx(tmp_path / "chi-tieu.xlsx", [
        ["DANH SÁCH PHÂN BỔ CHỈ TIÊU ĐẠI BIỂU"],
        [],
        ["STT", "Tên đơn vị", "Số lượng đại biểu"],
        ["I", "KHỐI QUẬN, HUYỆN", None],
        [1, "Quận Hồng Bàng", 18],
        [2, "Huyện Cát Hải", "10"],
        ["II", "KHỐI DOANH NGHIỆP", None],
        [3, "Cảng Hải Phòng", 8],
        [4, "Sở Y tế", "mười hai"],
        [None, "Tổng cộng", 36],
    ])
    found = read_units(path)
    assert [(u.name, u.kind, u.quota) for u in found.units] == [
        ("Quận Hồng Bàng", "district", 18), ("Huyện Cát Hải", "district", 10),
        ("Cảng Hải Phòng", "enterprise", 8)]      # the kind from the section heading
    [problem] = found.problems
    assert problem.severity == "error" and problem.row == 9 and problem.field == "quota"


def test_cells_pasted_from_excel():
    found = parse_units_text("Quận Lê Chân\t24\r\nHội Nông dân thành phố\t8\n\nCông an thành phố\t22\n"
                             "Tổng Công ty Điện lực miền Bắc\t6\nTổng cộng\t60\n")
    assert [(u.name, u.kind, u.quota) for u in found.units] == [
        ("Quận Lê Chân", "district", 24), ("Hội Nông dân thành phố", "organisation", 8),
        ("Công an thành phố", "armed_forces", 22), ("Tổng Công ty Điện lực miền Bắc", "enterprise", 6)]


def test_apply_adds_and_updates_by_name_never_deletes(empty_event):
    db = empty_event.db
    registry.add_unit(db, "Quận Lê Chân", "district", 10)
    registry.add_unit(db, "Ban Tổ chức riêng", "other", 3)
    counts, changes = apply_units(db, parse_units_text("QUẬN LÊ CHÂN\t24\nSở Y tế\t12\n").units)
    assert counts == {"added": 1, "updated": 1, "unchanged": 0}
    assert changes.touches("units")
    assert find_unit(db, "Quận Lê Chân")["quota"] == 24
    assert find_unit(db, "Sở Y tế")["kind"] == "department"
    assert find_unit(db, "Ban Tổ chức riêng") is not None


def test_export_then_import_gives_the_same_units(empty_event, tmp_path):
    db = empty_event.db
    apply_units(db, template_units())
    out = write_units(tmp_path / "don-vi.xlsx", units_of_event(db))
    again = read_units(out)
    assert again.problems == []
    assert [(u.name, u.kind, u.quota) for u in again.units] == [
        (u["name"], u["kind"], u["quota"]) for u in list_units(db)]


def _cli(*args):
    env = {**os.environ, "CONGRESS_DESK_LANG": "vi"}
    return subprocess.run([sys.executable, "-m", "congress_desk", *map(str, args)], capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300)


def test_cli_units_template_export_import(empty_event, tmp_path):
    path = empty_event.path
    empty_event.close()
    done = _cli("units", path, "--template", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["imported"] == {"added": 66, "updated": 0, "unchanged": 0}
    assert len(out["units"]) == 66 and sum(u["quota"] for u in out["units"]) == 550
    xlsx = tmp_path / "don-vi.xlsx"
    done = _cli("units", path, "--export", xlsx)
    assert done.returncode == 0 and xlsx.exists(), done.stderr
    assert len(done.stderr.splitlines()) == 1
    bad = W.rows_xlsx(tmp_path / "sua.xlsx", [["Tên đơn vị", "Chỉ tiêu"], ["Quận Lê Chân", 30], ["Sở Y tế", "x"]])
    done = _cli("units", path, "--import", bad, "--json")
    assert done.returncode == 1, done.stderr      # a row refused
    out = json.loads(done.stdout)
    assert out["imported"] == {"added": 0, "updated": 1, "unchanged": 0}
    assert out["problems"][0]["row"] == 3
    assert "Traceback" not in done.stderr
