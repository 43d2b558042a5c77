"""Check-in sessions: a rehearsal stays a rehearsal (issue 15)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from congress_desk.core.checkin.desk import ALREADY, CHECKED_IN, Desk
from congress_desk.core.checkin.journal import encode, make_event, read_journal
from congress_desk.core.checkin.report import load_attendance
from congress_desk.core.checkin.session import (
    current_session,
    end_rehearsal,
    foreign_journals,
    past_rehearsals,
    real_session_id,
    rehearsals_in,
    session_of,
    start_real_session,
    start_rehearsal,
)
from congress_desk.core.checkin.store import event_uid, load_events, merge_journals
from congress_desk.core.db import connect, open_event
from congress_desk.core.demo import build_demo


def _fresh(path, n=1):
    db = connect(path, read_only=True)
    try:
        rows = db.execute("SELECT code FROM delegates WHERE status = 'active' AND code NOT IN "
                          "(SELECT code FROM checkin_events) ORDER BY code LIMIT ?", [n]).fetchall()
        uid = event_uid(db)
    finally:
        db.close()
    return [r[0] for r in rows], uid


def test_session_ids_and_local_settings(tmp_path):
    uid = "c" * 32
    real = real_session_id(uid)
    assert real == real_session_id(uid) and len(real) == 16 and real != real_session_id("d" * 32)
    local = tmp_path / "local"
    assert current_session(local, uid).id == real and not current_session(local, uid).rehearsal
    one = start_rehearsal(local, uid)
    assert one.rehearsal and one.id != real and current_session(local, uid) == one
    two = start_rehearsal(local, uid)               # practising again starts from a clean slate
    assert two.id != one.id and current_session(local, uid).id == two.id
    joined = start_rehearsal(tmp_path / "other-laptop", uid, join=two.id)
    assert joined.id == two.id
    with pytest.raises(ValueError):
        start_rehearsal(local, uid, join=real)
    back = end_rehearsal(local, uid)
    assert back.id == real and not back.rehearsal and current_session(local, uid).id == real
    assert past_rehearsals(local) == [one.id, two.id]
    # format 1 lines (no session) belong to the real session
    assert session_of({"id": "x"}, uid) == real and session_of({"session": one.id}, uid) == one.id


def test_a_rehearsal_on_a_copy_never_makes_real_delegates_already(tmp_path, demo_path):
    """The bug: practising on a copy of the event file on the desk laptop made the real
    delegates "already checked in" on the morning (the local journal is kept per event id)."""
    (code,), uid = _fresh(demo_path)
    local = tmp_path / "laptop" / "local"            # one laptop: one local folder per event id
    copy = tmp_path / "practice" / "ban-sao.congress"
    copy.parent.mkdir()
    shutil.copyfile(demo_path, copy)
    reh = start_rehearsal(local, uid)
    with Desk(copy, desk="Bàn 1", local_dir=local) as desk:          # the laptop's current session
        assert desk.rehearsal and desk.session == reh.id
        assert desk.scan(code).status == CHECKED_IN
        assert desk.scan(code).status == ALREADY
    # the same laptop, the morning: the real event file, the real session started explicitly
    session, listed = start_real_session(local, uid, [copy.parent / "journals", local])
    assert not session.rehearsal and {f.session for f in listed} == {reh.id}
    with Desk(demo_path, desk="Bàn 1", local_dir=local, journal_dir=copy.parent / "journals") as desk:
        assert not desk.rehearsal and desk.session == real_session_id(uid)
        assert desk.attendance.get(code) is None
        assert desk.scan(code).status == CHECKED_IN
    # and the rehearsal's journals are listed as not belonging to the morning
    foreign = foreign_journals([copy.parent / "journals", local], uid, local_dir=local)
    assert foreign and {f.session for f in foreign} == {reh.id}
    assert all(f.known_rehearsal for f in foreign)
    assert sum(f.events for f in foreign) == 2      # the check-in, in the local and the shared copy
    assert rehearsals_in([copy.parent / "journals"], uid) == [reh.id]


def test_desks_of_one_rehearsal_see_each_other_but_not_the_real_session(tmp_path, demo_path):
    (a, b), uid = _fresh(demo_path, 2)
    shared = tmp_path / "share"
    real = Desk(demo_path, desk="Bàn 9", journal_dir=shared, local_dir=tmp_path / "l0",
                session=real_session_id(uid))
    reh = start_rehearsal(tmp_path / "l1", uid)
    start_rehearsal(tmp_path / "l2", uid, join=reh.id)
    one = Desk(demo_path, desk="Bàn 1", journal_dir=shared, local_dir=tmp_path / "l1")
    two = Desk(demo_path, desk="Bàn 2", journal_dir=shared, local_dir=tmp_path / "l2")
    try:
        assert real.scan(b).status == CHECKED_IN
        assert one.scan(a).status == CHECKED_IN
        assert real.flush() and one.flush()
        two.refresh()
        assert two.scan(a).status == ALREADY and two.scan(a).desk == "Bàn 1"
        assert two.scan(b).status == CHECKED_IN        # the real check-in is not the rehearsal's
        real.refresh()
        assert real.attendance.get(a) is None
        # the rehearsal's merged events in the event file are not shown to a rehearsal desk either
        assert all(not p.present for c, p in one.attendance.presence.items() if c not in (a, b))
    finally:
        for d in (real, one, two):
            d.close()


def test_merge_folds_only_the_real_session(tmp_path, demo_path):
    (a, b), uid = _fresh(demo_path, 2)
    shared = tmp_path / "share"
    reh = start_rehearsal(tmp_path / "l1", uid)
    with Desk(demo_path, desk="Bàn 1", journal_dir=shared, local_dir=tmp_path / "l1") as d:
        d.scan(a)
    with Desk(demo_path, desk="Bàn 2", journal_dir=shared, local_dir=tmp_path / "l2") as d:
        assert not d.rehearsal
        d.scan(b)
    # a format 1 line (no session) belongs to the real session
    old = make_event(uid, "Bàn 3", "checkin", _fresh(demo_path, 3)[0][2])
    old.pop("session")
    old["v"] = 1
    (shared / "ban-3-old.jsonl").write_bytes(encode(old))
    with open_event(demo_path) as event:
        res = merge_journals(event.db, [shared])
        assert res.added == 2 and res.refused
        assert res.other_sessions == [{"session": reh.id, "events": 1, "files": [res.other_sessions[0]["files"][0]],
                                       "desks": ["Bàn 1"]}]
        assert any(reh.id in m for m in res.messages())
        codes = {e["code"] for e in load_events(event.db)}
        assert b in codes and old["code"] in codes and a not in codes
        # the committee's attendance over journals not merged yet leaves the rehearsal out too
        _, att = load_attendance(event.db, [shared])
        assert att.is_present(b) and not att.is_present(a)
        # asked for explicitly, the rehearsal is merged, but kept apart from the real attendance
        res = merge_journals(event.db, [shared], session=reh.id)
        assert res.added == 1 and res.session == reh.id
        assert a not in {e["code"] for e in load_events(event.db)}
        assert [e["code"] for e in load_events(event.db, session=reh.id)] == [a]


@pytest.mark.slow
def test_cli_rehearsal_and_merge_session(tmp_path, demo_path):
    (code,), uid = _fresh(demo_path)
    env = {**os.environ, "CONGRESS_DESK_LOCAL_JOURNALS": str(tmp_path / "local")}

    def cli(*args):
        return subprocess.run([sys.executable, "-m", "congress_desk", *map(str, args)],
                              capture_output=True, text=True, env=env, timeout=120)

    r = cli("checkin", demo_path, code, "--desk", "Bàn 1", "--rehearsal", "--json")
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert out["status"] == "checked_in" and out["rehearsal"] is True and out["session"] != real_session_id(uid)
    reh = out["session"]
    r = cli("checkin", demo_path, code, "--desk", "Bàn 1", "--json")          # the real session
    assert r.returncode == 0 and json.loads(r.stdout)["status"] == "checked_in", r.stderr
    assert json.loads(r.stdout)["rehearsal"] is False and r.stderr.strip()  # told a rehearsal runs
    journals = demo_path.parent / "journals"
    r = cli("merge", demo_path, journals)
    assert r.returncode == 1 and reh in r.stderr
    r = cli("merge", demo_path, journals, "--json")
    out = json.loads(r.stdout)
    assert out["added"] == 0 and out["already"] == 1 and out["other_sessions"][0]["session"] == reh
    r = cli("merge", demo_path, journals, "--session", reh, "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["added"] == 1 and json.loads(r.stdout)["session"] == reh


def test_demos_with_the_same_seed_do_not_share_a_real_session(tmp_path):
    uids = []
    for name in ("a", "b"):
        with build_demo(tmp_path / f"{name}.congress", delegates=30, seed=5) as event:
            uids.append(event_uid(event.db))
    assert uids[0] != uids[1] and real_session_id(uids[0]) != real_session_id(uids[1])


def test_journal_lines_carry_session_journal_and_seq(tmp_path, demo_path):
    (a, b), uid = _fresh(demo_path, 2)
    shared = tmp_path / "share"
    with Desk(demo_path, desk="Bàn 1", journal_dir=shared, local_dir=tmp_path / "l1") as d:
        d.scan(a)
        d.scan(b)
        d.undo(a, "Nhầm")
    res = read_journal(d.local_path, uid)
    assert [s["seq"] for s in res.setups] == [0]
    assert [e["seq"] for e in res.events] == [1, 2, 3]
    assert {e["journal"] for e in res.events} == {res.setups[0]["journal"]} == {d.journal_id}
    assert {e["session"] for e in res.events} == {real_session_id(uid)}
    assert res.events[2]["payload"]["undoes"] == res.events[0]["id"]
    # opened again, the same journal goes on numbering
    with Desk(demo_path, desk="Bàn 1", journal_dir=shared, local_dir=tmp_path / "l1") as again:
        assert again.journal_id == d.journal_id and again.walkin_range == d.walkin_range
        again.scan(a)
    assert read_journal(d.local_path, uid).events[-1]["seq"] == 4
