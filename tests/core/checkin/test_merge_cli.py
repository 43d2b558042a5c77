"""``checkin`` and ``merge`` as commands: JSON, exit codes, idempotent merge, walk-ins."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from congress_desk.core.checkin.desk import Desk
from congress_desk.core.checkin.journal import encode, make_event, read_journal
from congress_desk.core.checkin.store import event_uid, load_events, merge_journals
from congress_desk.core.db import connect, open_event
from congress_desk.core.registry.codes import make_code


def _cli(*args, env_dir=None):
    env = None
    if env_dir is not None:
        import os

        env = {**os.environ, "CONGRESS_DESK_LOCAL_JOURNALS": str(env_dir)}
    return subprocess.run([sys.executable, "-m", "congress_desk", *map(str, args)],
                          capture_output=True, text=True, env=env, timeout=120)


def _fresh_codes(path, n=1, status="active"):
    db = connect(path, read_only=True)
    rows = db.execute("SELECT code FROM delegates WHERE status = ? AND code NOT IN "
                      "(SELECT code FROM checkin_events) ORDER BY code LIMIT ?", [status, n]).fetchall()
    db.close()
    return [r[0] for r in rows]


@pytest.mark.slow
def test_checkin_command_json_and_exit_codes(demo_path, tmp_path):
    code = _fresh_codes(demo_path)[0]
    cancelled = _fresh_codes(demo_path, status="cancelled")[0]
    local = tmp_path / "local"
    r = _cli("checkin", demo_path, code, "--desk", "Bàn 1", "--json", env_dir=local)
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["status"] == "checked_in" and out["code"] == code and out["desk"] == "Bàn 1"
    assert set(out["delegate"]) == {"full_name", "unit", "category", "seat"}
    assert out["at"][-6] == "+" or out["at"][-6] == "-"
    assert len(out["at"]) == 25      # to the second, with the offset
    first_at = out["at"]
    # a second desk, another laptop: already, with the first desk and time
    r = _cli("checkin", demo_path, code, "--desk", "Bàn 2", "--json", env_dir=tmp_path / "local2")
    assert r.returncode == 0
    out = json.loads(r.stdout)
    assert (out["status"], out["desk"], out["at"]) == ("already", "Bàn 1", first_at)
    r = _cli("checkin", demo_path, code[:-1] + str((int(code[-1]) + 3) % 10), "--json", env_dir=local)
    assert r.returncode == 1 and json.loads(r.stdout) | {"message": None, "session": None} == {
        "status": "unknown", "code": code[:-1] + str((int(code[-1]) + 3) % 10), "delegate": None,
        "at": None, "desk": None, "double": False, "substitute": None, "message": None,
        "session": None, "rehearsal": False}
    r = _cli("checkin", demo_path, cancelled, "--json", env_dir=local)
    assert r.returncode == 1 and json.loads(r.stdout)["status"] == "not_expected"
    r = _cli("checkin", demo_path, code, env_dir=local)       # no --json: nothing on stdout
    assert r.returncode == 0 and r.stdout == "" and r.stderr.strip()
    r = _cli("checkin", tmp_path / "missing.congress", code, "--json", env_dir=local)
    assert r.returncode == 2 and r.stdout == "" and "Traceback" not in r.stderr
    journals = demo_path.parent / "journals"
    # only desk 1 wrote an event ("already", "unknown" and "not expected" write nothing; each
    # desk's journal holds its set-up line)
    assert [p.name[:6] for p in journals.glob("*.jsonl") if read_journal(p, None).events] == ["ban-1-"]

    r = _cli("merge", demo_path, journals, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["added"] == 1
    r = _cli("merge", demo_path, journals, "--json")
    assert json.loads(r.stdout)["added"] == 0 and json.loads(r.stdout)["already"] == 1
    r = _cli("merge", demo_path, tmp_path / "nope")
    assert r.returncode == 2


def test_merge_is_idempotent_and_adds_walkins(demo_path, tmp_path):
    local, shared = tmp_path / "local", tmp_path / "share"
    codes = _fresh_codes(demo_path, 3)
    with Desk(demo_path, desk="Bàn 3", journal_dir=shared, local_dir=local) as desk:
        for c in codes:
            desk.scan(c)
        guest = desk.walkin("Hoàng Văn Khách", position="Giám đốc", unit="Sở Y tế")
        desk.undo(codes[2], "Nhầm người")
    event = open_event(demo_path)
    try:
        before = len(load_events(event.db))
        res = merge_journals(event.db, [shared])
        assert (res.added, res.walkins, res.problems) == (5, 1, [])
        assert res.changes.touches("checkins", "delegates")
        row = event.db.execute("SELECT full_name, category, unit_id FROM delegates WHERE code = ?",
                               [guest.code]).fetchone()
        assert row[0] == "Hoàng Văn Khách" and row[1] == "guest" and row[2] is not None
        again = merge_journals(event.db, [shared, local])       # the same events twice more
        assert again.added == 0 and again.already == 10
        assert len(load_events(event.db)) == before + 5
        # a journal with a damaged line and a foreign line: both reported, the rest merged
        uid = event_uid(event.db)
        bad = tmp_path / "usb" / "ban-9.jsonl"
        bad.parent.mkdir()
        good = make_event(uid, "Bàn 9", "checkin", _fresh_codes(demo_path, 4)[3])
        bad.write_bytes(encode(good) + b'{"id": "x", "broken\n'
                        + encode(make_event("f" * 32, "Bàn 9", "checkin", make_code(1_000_001))))
        res = merge_journals(event.db, [bad])
        assert res.added == 1 and len(res.problems) == 2
        assert not event.db.execute("SELECT 1 FROM checkin_events WHERE desk = 'Bàn 9' AND id != ?",
                                    [good["id"]]).fetchone()
        # deleting a delegate takes their check-ins along
        event.db.execute("DELETE FROM delegates WHERE code = ?", [codes[0]])
        assert not event.db.execute("SELECT 1 FROM checkin_events WHERE code = ?", [codes[0]]).fetchone()
    finally:
        event.close()


@pytest.mark.slow
def test_four_checkin_commands_at_once_through_one_folder(demo_path, tmp_path):
    """Four `congress-desk checkin` processes at the same moment, two of them for the same
    person: every desk's event lands in the shared folder and the double entry is kept."""
    import os

    a, b, c = _fresh_codes(demo_path, 3)
    shared = tmp_path / "share"
    jobs = [("Bàn 1", a), ("Bàn 2", a), ("Bàn 3", b), ("Bàn 4", c)]
    procs = [subprocess.Popen(
        [sys.executable, "-m", "congress_desk", "checkin", str(demo_path), code, "--desk", desk,
         "--journal-dir", str(shared), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "CONGRESS_DESK_LOCAL_JOURNALS": str(tmp_path / f"local{i}")})
        for i, (desk, code) in enumerate(jobs)]
    results = []
    for p in procs:
        out, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
        results.append(json.loads(out))
    assert [r["status"] for r in results[2:]] == ["checked_in", "checked_in"]
    assert {r["status"] for r in results[:2]} <= {"checked_in", "already"}
    event = open_event(demo_path)
    try:
        res = merge_journals(event.db, [shared])
        assert res.problems == []
        from congress_desk.core.checkin.report import load_attendance

        _, att = load_attendance(event.db)
        assert all(att.is_present(code) for code in (a, b, c))
        both_checked_in = all(r["status"] == "checked_in" for r in results[:2])
        assert att.get(a).double == both_checked_in
        first = min((r for r in results[:2] if r["status"] == "checked_in"), key=lambda r: r["at"])
        assert att.get(a).desk in ("Bàn 1", "Bàn 2") and att.get(a).at[:19] <= first["at"][:19]
    finally:
        event.close()
