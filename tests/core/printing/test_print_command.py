"""``congress-desk print``: exit codes, JSON, files written whole."""

from __future__ import annotations

import json

from congress_desk.cli import main
from congress_desk.core.db import open_event


def test_print_badges_json_and_exit_codes(demo_path, tmp_path, capsys, pdf):
    out = tmp_path / "badges.pdf"
    assert main(["print", str(demo_path), "badges", "--out", str(out), "--layout", "a4-2x5-cr80", "--json"]) == 0
    captured = capsys.readouterr()
    result = json.loads(captured.out)
    assert result["kind"] == "badges" and result["pages"] == pdf.page_count(out.read_bytes())
    assert result["items"] > 500
    # everything is printed now: nothing left, still exit 0, nothing written
    out2 = tmp_path / "again.pdf"
    assert main(["print", str(demo_path), "badges", "--out", str(out2), "--not-yet-printed"]) == 0
    assert not out2.exists()
    with open_event(demo_path, read_only=True) as event:
        code = event.db.execute("SELECT code FROM delegates WHERE status='active' LIMIT 1").fetchone()[0]
    assert main(["print", str(demo_path), "badges", "--out", str(out2), "--codes", f"{code},12345670"]) == 1
    assert out2.exists()
    assert "12345670" in capsys.readouterr().err


def test_usage_errors(demo_path, tmp_path, capsys):
    out = tmp_path / "x.pdf"
    assert main(["print", str(demo_path), "passports", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "passports" in err and all(k in err for k in ("badges", "seat-chart", "certificates"))
    assert main(["print", str(tmp_path / "missing.congress"), "badges", "--out", str(out)]) == 2
    assert main(["print", str(demo_path), "badges", "--out", str(out), "--unit", "Quận Không Có"]) == 2
    assert main(["print", str(demo_path), "badges", "--out", str(out), "--layout", "a5"]) == 2
    assert not out.exists()
