"""Merge never drops or invents a person silently (issue 15).

Most cases are written as journal lines made by hand, so each test reproduces what
desks of any version leave in the shared folder.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
import uuid

from congress_desk.core.checkin.desk import CHECKED_IN, Desk
from congress_desk.core.checkin.journal import encode, make_event
from congress_desk.core.checkin.report import load_attendance
from congress_desk.core.checkin.store import event_uid, load_events, merge_journals
from congress_desk.core.db import connect, open_event
from congress_desk.core.registry import delete_delegates
from congress_desk.core.registry.codes import desk_range, make_code

TZ = dt.timezone(dt.timedelta(hours=7))


def _fresh(path, n=1):
    db = connect(path, read_only=True)
    try:
        rows = db.execute("SELECT code FROM delegates WHERE status = 'active' AND code NOT IN "
                          "(SELECT code FROM checkin_events) ORDER BY code LIMIT ?", [n]).fetchall()
        uid = event_uid(db)
    finally:
        db.close()
    return [r[0] for r in rows], uid


def _at(hh: int, mm: int, ss: int = 0) -> str:
    return dt.datetime(2020, 11, 9, hh, mm, ss, tzinfo=TZ).isoformat(timespec="milliseconds")


def _ev(uid, desk, type_, code, at, payload=None, journal=None):
    return make_event(uid, desk, type_, code, payload, at, journal=journal)


def _write(path, events):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(encode(dict(e, seq=i + 1)) for i, e in enumerate(events)))


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "congress_desk", *map(str, args)],
                          capture_output=True, text=True, timeout=120)


# ---------------------------------------------------------------- walk-in codes

def test_two_laptops_named_alike_giving_out_one_walkin_code_keep_both_people(tmp_path, demo_path):
    """Both "Bàn 1", offline: each gave code C to its own guest. Merge keeps both, gives the
    second a new code, says so, and maps that laptop's later events (an absence here) to it."""
    _, uid = _fresh(demo_path)
    code = make_code(desk_range(0)[5])
    share = tmp_path / "share"
    _write(share / "ban-1-aaaa.jsonl", [
        _ev(uid, "Bàn 1", "walkin", code, _at(7, 5), {"full_name": "Trần Văn An", "category": "guest"}, "j-a")])
    _write(share / "ban-1-bbbb.jsonl", [
        _ev(uid, "Bàn 1", "walkin", code, _at(7, 6), {"full_name": "Lê Thị Bình", "category": "press"}, "j-b"),
        _ev(uid, "Bàn 1", "reprint", code, _at(7, 7), {"file": "x.pdf"}, "j-b")])
    with open_event(demo_path) as event:
        # the demo has a delegate named Trần Văn An too: only people the merge added count
        last_id = event.db.execute("SELECT MAX(id) FROM delegates").fetchone()[0]
        walkins_sql = "SELECT full_name, code FROM delegates WHERE id > ? AND full_name IN ('Trần Văn An', 'Lê Thị Bình')"
        res = merge_journals(event.db, [share])
        people = event.db.execute(walkins_sql, [last_id]).fetchall()
        names = dict(people)
        assert sorted(names) == sorted(p[0] for p in people) == ["Lê Thị Bình", "Trần Văn An"], \
            "a walk-in guest was lost"
        assert names["Trần Văn An"] == code and names["Lê Thị Bình"] != code
        assert res.walkins == 2 and res.added == 3
        assert res.recoded == [{"from": code, "to": names["Lê Thị Bình"], "full_name": "Lê Thị Bình",
                                "desk": "Bàn 1", "file": "ban-1-bbbb.jsonl", "line": 1}]
        assert any(names["Lê Thị Bình"] in m and code in m for m in res.messages())
        # the second laptop's reprint follows its guest to the new code
        rows = event.db.execute("SELECT type, code FROM checkin_events WHERE journal = 'j-b' ORDER BY seq").fetchall()
        assert rows == [("walkin", names["Lê Thị Bình"]), ("reprint", names["Lê Thị Bình"])]
        # merged again: nobody new, no new code
        again = merge_journals(event.db, [share])
        assert (again.added, again.walkins, again.recoded) == (0, 0, [])
        assert sorted(event.db.execute(walkins_sql, [last_id]).fetchall()) == sorted(people)
        # a desk reading the same journals sees the guest under the new code
        _, att = load_attendance(event.db)
        assert att.get(names["Lê Thị Bình"]).present and att.get(code).walkin["full_name"] == "Trần Văn An"


def test_format1_journals_of_two_laptops_named_alike_are_told_apart_by_file(tmp_path, demo_path):
    _, uid = _fresh(demo_path)
    code = make_code(desk_range(0)[0])
    share = tmp_path / "share"
    for token, name in (("aaaa", "Phan Văn Cường"), ("bbbb", "Đinh Thị Dung")):
        ev = _ev(uid, "Bàn 1", "walkin", code, _at(7, 1), {"full_name": name})
        ev.pop("session")
        ev["v"] = 1
        _write(share / f"ban-1-{token}.jsonl", [ev])
    with open_event(demo_path) as event:
        res = merge_journals(event.db, [share])
        assert res.walkins == 2 and len(res.recoded) == 1


def test_laptops_sharing_a_desk_name_get_their_own_walkin_range(tmp_path, demo_path):
    shared = tmp_path / "share"
    one = Desk(demo_path, desk="Bàn 1", journal_dir=shared, local_dir=tmp_path / "a")
    two = Desk(demo_path, desk="Bàn 1", journal_dir=shared, local_dir=tmp_path / "b")
    try:
        assert one.journal_id != two.journal_id
        assert one.walkin_range != two.walkin_range       # the second saw the first's set-up line
        g1, g2 = one.walkin("Ngô Văn Em"), two.walkin("Vũ Thị Gấm")
        assert g1.code != g2.code
    finally:
        one.close()
        two.close()


def test_a_desk_flags_a_walkin_code_given_to_two_people(tmp_path, demo_path):
    """Before any merge, a desk that sees both laptops' journals knows the code is shared."""
    # clocks a minute apart: within one millisecond the order of the two would be the ids' (random)
    desks = [Desk(demo_path, desk="Bàn 1", journal_dir=tmp_path / f"offline{i}", local_dir=tmp_path / f"l{i}",
                  walkin_range=11, clock=lambda i=i: dt.datetime(2020, 11, 9, 7, 5 + i, tzinfo=TZ))
             for i in (0, 1)]
    try:
        first, second = desks[0].walkin("Trịnh Văn Hải"), desks[1].walkin("Mai Thị Hoa")
        assert first.code == second.code and desks[0].flush() and desks[1].flush()
        shutil.copy(desks[0].shared_path, tmp_path / "offline1")      # back on the network
        shared = Desk(demo_path, desk="Bàn 3", journal_dir=tmp_path / "offline1", local_dir=tmp_path / "l9")
        try:
            p = shared.presence(first.code)
            assert p.walkin_clash and [w["full_name"] for w in p.walkin_people] == ["Trịnh Văn Hải", "Mai Thị Hoa"]
        finally:
            shared.close()
    finally:
        for d in desks:
            d.close()


# ---------------------------------------------------------------- clocks and undo

def test_a_fast_clock_and_an_undo_never_make_a_present_delegate_absent(tmp_path, demo_path):
    """Desk B's clock runs 2 h fast. It scans X by mistake (06:50 real, 08:50 on its clock)
    and undoes that at 06:52 (08:52); meanwhile X really arrives at desk A at 07:00. By wall
    clock the undo is the last word; by id it only takes back B's own scan."""
    (x,), uid = _fresh(demo_path)
    share = tmp_path / "share"
    b_scan = _ev(uid, "Bàn 2", "checkin", x, _at(8, 50), journal="j-b")
    _write(share / "ban-2-b.jsonl", [b_scan, _ev(uid, "Bàn 2", "undo", x, _at(8, 52),
                                                 {"reason": "Quét nhầm", "undoes": b_scan["id"]}, "j-b")])
    _write(share / "ban-1-a.jsonl", [_ev(uid, "Bàn 1", "checkin", x, _at(7, 0), journal="j-a")])
    with open_event(demo_path) as event:
        merge_journals(event.db, [share])
        _, att = load_attendance(event.db)
        assert att.is_present(x), "the delegate in the hall became an absentee"
        assert att.get(x).desk == "Bàn 1" and not att.get(x).double


def test_desks_with_injected_clocks_undo_by_id(tmp_path, demo_path):
    """The same through two desks, the fast one with an injected clock."""
    (x,), uid = _fresh(demo_path)
    real = [dt.datetime(2020, 11, 9, 6, 50, tzinfo=TZ)]
    fast = Desk(demo_path, desk="Bàn 2", journal_dir=tmp_path / "offline-b", local_dir=tmp_path / "b",
                clock=lambda: real[0] + dt.timedelta(hours=2))
    slow = Desk(demo_path, desk="Bàn 1", journal_dir=tmp_path / "offline-a", local_dir=tmp_path / "a",
                clock=lambda: real[0])
    try:
        assert fast.scan(x).status == CHECKED_IN
        real[0] += dt.timedelta(minutes=2)
        fast.undo(x, "Quét nhầm")
        real[0] += dt.timedelta(minutes=8)
        assert slow.scan(x).status == CHECKED_IN
        assert fast.flush() and slow.flush()
    finally:
        fast.close()
        slow.close()
    with open_event(demo_path) as event:
        merge_journals(event.db, [tmp_path / "offline-a", tmp_path / "offline-b"])
        _, att = load_attendance(event.db)
        assert att.is_present(x) and att.get(x).desk == "Bàn 1"


def test_merge_reports_a_desk_whose_clock_is_off(tmp_path, demo_path):
    codes, uid = _fresh(demo_path, 18)
    share = tmp_path / "share"
    for i, (desk, shift) in enumerate((("Bàn 1", 0), ("Bàn 2", 120), ("Bàn 3", 0))):
        _write(share / f"ban-{i + 1}.jsonl", [
            _ev(uid, desk, "checkin", c, _at(7 + shift // 60, 1 + 4 * k), journal=f"j{i}")
            for k, c in enumerate(codes[6 * i: 6 * i + 6])])
    with open_event(demo_path) as event:
        res = merge_journals(event.db, [share])
    assert [(k["desk"], k["minutes"]) for k in res.skew] == [("Bàn 2", 120)]
    assert any("Bàn 2" in m and "+120" in m for m in res.messages())


def test_an_undo_timed_before_what_it_undoes_is_reported_as_skew(tmp_path, demo_path):
    (x,), uid = _fresh(demo_path)
    share = tmp_path / "share"
    scan = _ev(uid, "Bàn 1", "checkin", x, _at(7, 30), journal="j-a")
    _write(share / "a.jsonl", [scan])
    _write(share / "b.jsonl", [_ev(uid, "Bàn 2", "undo", x, _at(6, 31), {"reason": "Nhầm", "undoes": scan["id"]},
                                   "j-b")])
    with open_event(demo_path) as event:
        res = merge_journals(event.db, [share])
    assert [(k["desk"], k["minutes"]) for k in res.skew] == [("Bàn 2", -59)]


# ---------------------------------------------------------------- refused and cut lines

def test_a_line_the_registry_refuses_is_reported_and_the_rest_merged(tmp_path, demo_path):
    codes, uid = _fresh(demo_path, 3)
    share = tmp_path / "share"
    bad_code = make_code(desk_range(3)[0])
    _write(share / "a.jsonl", [
        _ev(uid, "Bàn 1", "checkin", codes[0], _at(7, 1)),
        _ev(uid, "Bàn 1", "walkin", bad_code, _at(7, 2), {"full_name": "Hà Văn Khoa", "phone": "12"}),
        _ev(uid, "Bàn 1", "checkin", codes[1], _at(7, 3))])
    _write(share / "b.jsonl", [_ev(uid, "Bàn 2", "checkin", codes[2], _at(7, 4))])
    with open_event(demo_path) as event:
        for _attempt in range(2):          # the same on every retry
            res = merge_journals(event.db, [share])
            assert [(p.file, p.line) for p in res.problems] == [("a.jsonl", 2)]
            assert "12" in res.problems[0].message
        merged = {e["code"] for e in load_events(event.db)}
        assert set(codes) <= merged and bad_code not in merged
    r = _cli("merge", demo_path, share)
    assert r.returncode == 1 and "a.jsonl" in r.stderr and "2" in r.stderr and "Traceback" not in r.stderr


def test_a_journal_cut_mid_line_is_said_in_text_and_json(tmp_path, demo_path):
    codes, uid = _fresh(demo_path, 2)
    share = tmp_path / "share"
    _write(share / "ban-1.jsonl", [_ev(uid, "Bàn 1", "checkin", c, _at(7, 1 + i)) for i, c in enumerate(codes)])
    data = (share / "ban-1.jsonl").read_bytes()
    (share / "ban-1.jsonl").write_bytes(data[:-30])       # the copy was interrupted
    r = _cli("merge", demo_path, share)
    assert r.returncode == 1 and "ban-1.jsonl" in r.stderr and "2" in r.stderr
    r = _cli("merge", demo_path, share, "--json")
    out = json.loads(r.stdout)
    assert r.returncode == 1 and out["torn"] == 1 and out["added"] == 0 and out["already"] == 1
    assert [(p["file"], p["line"]) for p in out["problems"]] == [("ban-1.jsonl", 2)]


# ---------------------------------------------------------------- deleted people

def test_merge_never_brings_back_a_deleted_delegate_or_walkin(tmp_path, demo_path):
    (x,), uid = _fresh(demo_path)
    guest = make_code(desk_range(4)[1])
    share = tmp_path / "share"
    _write(share / "a.jsonl", [
        _ev(uid, "Bàn 1", "checkin", x, _at(7, 1)),
        _ev(uid, "Bàn 1", "walkin", guest, _at(7, 2), {"full_name": "Khách Nhầm"})])
    with open_event(demo_path) as event:
        merge_journals(event.db, [share])
        ids = [r[0] for r in event.db.execute("SELECT id FROM delegates WHERE code IN (?, ?)", [x, guest])]
        assert len(ids) == 2
        delete_delegates(event.db, ids)
        res = merge_journals(event.db, [share])
        assert res.added == 0 and res.walkins == 0 and res.forgotten == 2
        assert not event.db.execute("SELECT 1 FROM delegates WHERE code = ?", [guest]).fetchone()
        assert not event.db.execute("SELECT 1 FROM checkin_events WHERE code IN (?, ?)", [x, guest]).fetchone()
        assert any("2" in m for m in res.messages())


def test_events_of_other_congresses_and_sessions_are_not_walkins(tmp_path, demo_path):
    """A rehearsal's walk-in never lands in the registry by a plain merge."""
    _, uid = _fresh(demo_path)
    share = tmp_path / "share"
    ev = make_event(uid, "Bàn 1", "walkin", make_code(desk_range(9)[0]), {"full_name": "Tập Dượt"},
                    _at(7, 0), session=uuid.uuid4().hex[:16])
    _write(share / "r.jsonl", [ev])
    with open_event(demo_path) as event:
        res = merge_journals(event.db, [share])
        assert res.walkins == 0 and res.refused
        assert not event.db.execute("SELECT 1 FROM delegates WHERE full_name = 'Tập Dượt'").fetchone()
