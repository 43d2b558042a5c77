"""The headless contract of ``import``, ``template`` and ``export`` (DESIGN.md)."""

from __future__ import annotations

import json

import pytest
from fixtures import workbooks as W

from congress_desk.cli import main

DELEGATE_KEYS = {"sheet", "row", "full_name", "gender", "birth_date", "birth_year", "ethnicity", "position",
                 "workplace", "category", "phone", "national_id", "note"}
PROBLEM_KEYS = {"sheet", "row", "field", "severity", "message"}


def run_json(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_dry_run_without_event_file(tmp_path, capsys, district_xlsx, persons):
    code, data, err = run_json(capsys, "import", str(tmp_path / "not-yet.congress"), str(district_xlsx),
                               "--dry-run", "--json")
    assert code == 0
    assert set(data) == {"files", "duplicates"}
    [f] = data["files"]
    assert set(f) == {"file", "ok", "message", "unit", "delegates", "problems"}
    assert (f["file"], f["ok"], f["message"], f["unit"]) == ("quan-le-chan.xlsx", True, None, "Quận Lê Chân")
    assert all(set(d) == DELEGATE_KEYS for d in f["delegates"])
    first = f["delegates"][0]
    p = persons[0]
    assert first["full_name"] == p.full_name and first["sheet"] == "Danh sách" and first["row"] == 10
    assert first["national_id"] == p.national_id and first["phone"] == p.phone
    assert first["gender"] == p.gender and first["birth_year"] == p.birth.year
    assert first["category"] == "official"
    assert not (tmp_path / "not-yet.congress").exists()
    assert "Quận Lê Chân" in err


def test_import_exit_codes_and_imported(tmp_path, capsys, demo_path, district_xlsx):
    bad = tmp_path / "bad.xls"
    bad.write_bytes(b"not a workbook at all, just text\n")
    errors = W.rows_xlsx(tmp_path / "loi.xlsx", [["UBND HUYỆN TIÊN LÃNG"], ["STT", "Họ và tên", "Ngày sinh"],
                                                 [1, "Đinh Văn Tài", "30/02/1970"], [2, "Đinh Thị Tâm", "1972"]])
    code, data, err = run_json(capsys, "import", str(demo_path), str(bad), str(district_xlsx), str(errors), "--json")
    assert code == 1
    files = {f["file"]: f for f in data["files"]}
    assert files["bad.xls"]["ok"] is False and files["bad.xls"]["message"]
    assert "imported" not in files["bad.xls"]
    assert set(files["quan-le-chan.xlsx"]["imported"]) == {"added", "updated", "unchanged", "removed"}
    assert files["quan-le-chan.xlsx"]["imported"]["added"] == 12
    assert files["loi.xlsx"]["imported"]["added"] == 1
    [problem] = [p for p in files["loi.xlsx"]["problems"] if p["severity"] == "error"]
    assert set(problem) == PROBLEM_KEYS and problem["row"] == 3 and problem["field"] == "birth_date"
    assert "bad.xls" in err
    # Same again: nobody is duplicated.
    code, data, _ = run_json(capsys, "import", str(demo_path), str(district_xlsx), "--json")
    assert code == 0 and data["files"][0]["imported"]["unchanged"] == 12


def test_usage_errors(tmp_path, capsys, district_xlsx):
    assert main(["import", str(tmp_path / "missing.congress"), str(district_xlsx)]) == 2
    not_event = tmp_path / "x.congress"
    not_event.write_text("hello")
    assert main(["import", str(not_event), str(district_xlsx)]) == 2
    assert "missing.congress" in capsys.readouterr().err


def test_argparse_usage_exit(capsys):
    import pytest

    with pytest.raises(SystemExit) as exc:
        main(["import"])
    assert exc.value.code == 2


def test_unit_override(tmp_path, capsys, district_xlsx):
    code, data, _ = run_json(capsys, "import", str(tmp_path / "n.congress"), str(district_xlsx), "--dry-run",
                             "--unit", "Quận Kiến An", "--json")
    assert data["files"][0]["unit"] == "Quận Kiến An"


def test_template_and_export(tmp_path, capsys, demo_path):
    from openpyxl import load_workbook

    out = tmp_path / "mau.xlsx"
    assert main(["template", str(out)]) == 0
    assert load_workbook(out)["Danh sách"]["B7"].value == "Họ và tên"
    assert main(["template", str(tmp_path / "m2.xlsx"), "--event", str(demo_path), "--unit", "Quận Lê Chân"]) == 0
    meta = load_workbook(tmp_path / "m2.xlsx")["_congress_desk"]
    assert meta["B2"].value == "Quận Lê Chân" and isinstance(meta["B1"].value, int)
    assert main(["template", str(tmp_path / "m3.xlsx"), "--event", str(demo_path), "--unit", "Không Có"]) == 1
    assert main(["export", str(demo_path), str(tmp_path / "ds.xlsx")]) == 0
    assert (tmp_path / "ds.xlsx").stat().st_size > 10_000
    assert main(["export", str(tmp_path / "none.congress"), str(tmp_path / "ds2.xlsx")]) == 2
    capsys.readouterr()


def test_export_of_an_unknown_kind_is_a_usage_error(tmp_path, capsys, demo_path):
    with pytest.raises(SystemExit) as stop:   # argparse's choices: exit 2 with one line on stderr
        main(["export", str(demo_path), str(tmp_path / "s.xlsx"), "--what", "passports"])
    assert stop.value.code == 2
    assert "passports" in capsys.readouterr().err and not (tmp_path / "s.xlsx").exists()


def test_annotate_option_writes_copies_beside_the_files(tmp_path, capsys):
    src = W.rows_xlsx(tmp_path / "an-lao.xlsx", [["UBND HUYỆN AN LÃO"], ["STT", "Họ và tên", "Ngày sinh"],
                                                 [1, "Mai Văn Sáu", "30/02/1970"]])
    before = src.read_bytes()
    code, data, err = run_json(capsys, "import", str(tmp_path / "x.congress"), str(src), "--dry-run", "--annotate",
                               "--json")
    assert code == 1 and set(data) == {"files", "duplicates"}
    copy = tmp_path / "an-lao_gop-y.xlsx"
    assert copy.exists() and str(copy) in err
    assert src.read_bytes() == before
