"""Hostile input never breaks the app: spreadsheets (generated, mutated, bombs), hall layout
files, award catalogue edits and desk journals give a clear refusal or row problems, in
bounded memory and time, never a traceback."""

from __future__ import annotations

import datetime as dt
import json
import math
import os
import subprocess
import sys
from pathlib import Path

import hostile
import pytest
from fixtures.workbooks import rows_xlsx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from congress_desk.core.checkin.journal import encode, make_event, parse_bytes
from congress_desk.core.errors import UserError
from congress_desk.core.intake.importer import import_files
from congress_desk.core.registry.codes import make_code

HERE = Path(__file__).parent
GB = 1024**3
EXAMPLES = int(os.environ.get("CONGRESS_DESK_FUZZ_EXAMPLES", "30"))  # the soak raises these
MUTATIONS = int(os.environ.get("CONGRESS_DESK_FUZZ_MUTATIONS", "40"))
FUZZ = dict(max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                    HealthCheck.too_slow])


def test_hostile_spreadsheets_in_a_subprocess(tmp_path, kill_tally):
    files = hostile.generate(tmp_path / "corpus", mutations=MUTATIONS)
    done = subprocess.run([sys.executable, str(HERE / "fuzz_driver.py"), *map(str, files)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    assert report["crashes"] == []
    cases = {Path(c["file"]).name: c for c in report["cases"]}
    assert len(cases) == len(files)
    worst = max(report["cases"], key=lambda c: c["seconds"])
    assert report["peak_rss"] < GB, f"peak memory {report['peak_rss'] / 2**20:.0f} MB"
    assert worst["seconds"] < 20, worst
    # The real unit workbook still reads; the dangerous ones are refused, not half-read.
    assert cases["good.xlsx"]["outcome"] == "read"
    for name in ("bomb.xlsx", "billion-laughs.xlsx", "empty.xlsx", "pdf.xlsx", "random.xls",
                 "truncated.xlsx", "not-excel.xlsx", "dimension-1048576.xlsx"):
        assert cases[name]["outcome"] == "refused", name
    kill_tally["fuzz spreadsheets"] = [f"{len(files)} files, no traceback", f"peak {report['peak_rss'] / 2**20:.0f} MB, "
                                       f"worst {worst['seconds']:.2f}s ({Path(worst['file']).name})"]


_cell = st.one_of(
    st.none(), st.integers(min_value=-(10**20), max_value=10**20), st.floats(allow_nan=False, allow_infinity=False),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60),
    st.text(alphabet="=+-@\t\r\n0123456789/.", max_size=20),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["Họ và tên", "STT", "Ngày sinh", "Nam", "Nữ", "CCCD", "I. KHỐI QUẬN", "Tổng cộng",
                     "31/02/1980", "1e308", "NGUYỄN VĂN A", "0912345678", "031175001234"]),
)


@settings(**FUZZ)
@given(rows=st.lists(st.lists(_cell, min_size=1, max_size=9), min_size=1, max_size=30),
       header=st.booleans())
def test_random_cells_give_rows_or_a_refusal(tmp_path_factory, rows, header):
    folder = tmp_path_factory.mktemp("cells")
    if header:
        rows = [["STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Số CCCD", "Điện thoại"], *rows]
    rows = [[c if not (isinstance(c, float) and math.isinf(c)) else None for c in r] for r in rows]
    path = rows_xlsx(folder / "random.xlsx", rows)
    data = import_files([path], db=None, dry_run=True).as_json()
    json.dumps(data)
    f = data["files"][0]
    assert f["ok"] or f["message"]
    for p in f["problems"]:
        assert p["severity"] in ("error", "warning") and p["message"]


@settings(**FUZZ)
@given(data=st.binary(max_size=4000), ext=st.sampled_from([".csv", ".xls", ".xlsx", ".xlsm"]))
def test_random_bytes_with_any_extension(tmp_path_factory, data, ext):
    path = tmp_path_factory.mktemp("bytes") / f"unit{ext}"
    path.write_bytes(data)
    f = import_files([path], db=None, dry_run=True).as_json()["files"][0]
    assert f["ok"] or f["message"]


UID = "e" * 32
CODE = make_code(1000001)


@settings(**FUZZ)
@given(junk=st.lists(st.binary(max_size=200), max_size=12), foreign=st.integers(0, 3))
def test_desk_journal_junk_is_skipped_and_reported(junk, foreign):
    good = [make_event(UID, "Bàn 1", "checkin", CODE) for _ in range(3)]
    other = [make_event("f" * 32, "Bàn 9", "checkin", CODE) for _ in range(foreign)]
    lines = [encode(e) for e in good] + [encode(e) for e in other]
    lines += [j.replace(b"\n", b" ") + b"\n" for j in junk]
    data = b"".join(lines)
    res = parse_bytes(data, "ban-1.jsonl", UID)
    assert {e["id"] for e in good} <= {e["id"] for e in res.events}
    assert not {e["id"] for e in other} & {e["id"] for e in res.events}  # never merged
    assert res.foreign == foreign
    bad = sum(1 for j in junk if j.replace(b"\n", b" ").strip())
    assert len(res.events) + len(res.problems) == len(good) + foreign + bad
    # A damaged copy of a good line (one byte changed) is caught by its checksum.
    line = bytearray(encode(good[0]))
    line[20] = ord("Z") if line[20] != ord("Z") else ord("Y")
    assert parse_bytes(bytes(line), "x.jsonl", UID).events == []


def test_hall_layout_files(tmp_path, demo_path):
    from congress_desk.core.db import open_event
    from congress_desk.core.seating.hall import load_event_hall
    from congress_desk.core.seating.hall_io import export_hall, import_hall

    with open_event(demo_path, read_only=True) as ev:
        hall = load_event_hall(ev.db)
    good = export_hall(hall, tmp_path / "hall.xlsx")
    assert len(import_hall(good).seats) == len(hall.seats)
    files = [p for p in hostile.generate(tmp_path / "corpus", mutations=16) if p.name != "good.xlsx"]
    files += [hostile._rezip(good, tmp_path / f"hall-mutant-{i}.xlsx", hostile._sheet_edit(
        lambda d, i=i: d[: len(d) * (i + 1) // 9] + d[len(d) * (i + 1) // 9 + 7:])) for i in range(8)]
    outcomes = {"refused": 0, "read": 0}
    for path in files:
        try:
            import_hall(path)
            outcomes["read"] += 1
        except UserError as exc:
            assert str(exc)
            outcomes["refused"] += 1
    assert outcomes["refused"] >= len(files) // 2


@pytest.mark.parametrize("value", ["", "abc", "-3", "1e999", "nan", "inf", "10/0", "9" * 400, None, "2/3", "<script>",
                                   "=1+1", -1, 10**30, 1.5])
def test_award_catalogue_edits_refuse_nonsense(event, value):
    from congress_desk.core.vetting.catalogue import (
        load_catalogue,
        set_criterion_param,
        set_vote_threshold,
    )

    db = event.db
    cat = load_catalogue(db)
    form = next(f for f in cat.forms.values() if any(
        isinstance(v, (int, float)) and not isinstance(v, bool) for c in f.criteria for v in c.params.values()))
    crit = next(c for c in form.criteria if any(isinstance(v, (int, float)) and not isinstance(v, bool)
                                                for v in c.params.values()))
    param = next(k for k, v in crit.params.items() if isinstance(v, (int, float)) and not isinstance(v, bool))
    for call in (lambda: set_criterion_param(db, form.code, crit.id, param, value),
                 lambda: set_vote_threshold(db, form.code, value),
                 lambda: set_vote_threshold(db, None, 70, quorum_fraction=value)):
        try:
            call()
        except UserError as exc:
            assert str(exc)
    again = load_catalogue(db)  # the catalogue still loads, whatever was accepted
    assert again.get(form.code) is not None


def test_merge_skips_and_reports_corrupt_and_foreign_journal_lines(demo_path, tmp_path):
    from congress_desk.core.db import open_event

    with open_event(demo_path, read_only=True) as ev:
        uid = ev.db.execute("SELECT value FROM settings WHERE key = 'event_uid'").fetchone()[0].strip('"')
        code = ev.db.execute("SELECT code FROM delegates WHERE code NOT IN (SELECT code FROM checkin_events) "
                             "LIMIT 1").fetchone()[0]
        before = ev.db.execute("SELECT COUNT(*) FROM checkin_events").fetchone()[0]
    good = make_event(uid, "Bàn 3", "checkin", code)
    foreign = make_event("0" * 32, "Bàn 3", "checkin", code)
    damaged = bytearray(encode(make_event(uid, "Bàn 3", "checkin", code)))
    damaged[30] ^= 0x01
    folder = tmp_path / "journals"
    folder.mkdir()
    (folder / "ban-3.jsonl").write_bytes(encode(good) + b"{not json\n" + bytes(damaged) + encode(foreign)
                                         + b"\xff\xfe\x00garbage\n" + b'{"id": "x"')
    done = subprocess.run([sys.executable, "-m", "congress_desk", "merge", str(demo_path), str(folder)],
                          capture_output=True, text=True, timeout=60)
    assert "Traceback" not in done.stderr
    assert done.returncode in (0, 1)
    assert "ban-3.jsonl" in done.stderr                  # each skipped line is reported
    with open_event(demo_path, read_only=True) as ev:
        ids = {r[0] for r in ev.db.execute("SELECT id FROM checkin_events")}
    assert good["id"] in ids and foreign["id"] not in ids
    assert len(ids) == before + 1                         # only the one good line was merged
