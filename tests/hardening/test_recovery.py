"""Damaged files are caught at open; backups are listed with counts and restored safely;
two real processes never both write; a network share never uses WAL."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import sqlite3
import subprocess
import sys

import pytest

from congress_desk.core.backups import periodic_backup
from congress_desk.core.db import open_event
from congress_desk.core.errors import NotAnEventFile, UserError
from congress_desk.core.lock import lock_path
from congress_desk.core.safety.integrity import DamagedEventFile, counts, invariants
from congress_desk.core.safety.recovery import (
    backups_with_counts,
    latest_good_backup,
    restore_backup,
    stale_holder,
)


def _page_size(path):
    return int.from_bytes(path.read_bytes()[16:18], "big")


def _damage(path, how):
    data = bytearray(path.read_bytes())
    page = _page_size(path)
    if how == "truncated":
        data = data[: len(data) // 2 + 123]
    elif how == "flipped":
        # Garbage over the b-tree header of a few pages past the schema page.
        for n in (2, 5, len(data) // page // 2):
            for i in range(n * page, n * page + 40):
                data[i] ^= 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["truncated", "flipped"])
def test_damaged_file_is_detected_and_the_latest_good_backup_restored(make_event, how):
    path = make_event("demo", delegates=150, open=False)
    good = periodic_backup(path, force=True)
    with open_event(path) as ev:
        before = counts(ev.db.conn)
    _damage(path, how)
    with pytest.raises((DamagedEventFile, NotAnEventFile)) as info:
        open_event(path)
    assert info.value.file == path.name
    assert not lock_path(path).exists()  # a refused open leaves no lock behind
    best = latest_good_backup(path)
    assert best is not None and best.path == good and best.ok
    assert best.counts == before and before["delegates"] >= 140 and before["seats"] > 0
    kept = restore_backup(path, best.path)
    assert kept is not None and kept.exists() and kept.parent.name == "damaged"
    with open_event(path) as ev:
        assert counts(ev.db.conn) == before
        assert invariants(ev.db.conn) == []


def test_restore_keeps_the_current_file_as_a_backup_first(make_event):
    path = make_event("demo", delegates=60, open=False)
    old = periodic_backup(path, force=True, now=dt.datetime.now() - dt.timedelta(hours=1))
    with open_event(path) as ev:
        ev.db.execute("DELETE FROM seat_assignments")
        ev.db.conn.commit()
        after = counts(ev.db.conn)
    kept = restore_backup(path, old)
    assert kept.parent.name == "backups"
    listed = {b.path: b for b in backups_with_counts(path)}
    assert listed[kept].counts == after and after["seats"] == 0  # nothing was lost
    assert listed[old].counts["seats"] > 0
    with open_event(path) as ev:
        assert counts(ev.db.conn)["seats"] == listed[old].counts["seats"]


def test_a_damaged_backup_is_listed_as_such_and_never_restored(make_event):
    path = make_event("demo", delegates=40, open=False)
    bad = periodic_backup(path, force=True)
    _damage(bad, "flipped")
    info = backups_with_counts(path)
    assert [b.ok for b in info] == [False]
    assert latest_good_backup(path) is None
    original = path.read_bytes()
    with pytest.raises(UserError):
        restore_backup(path, bad)
    assert path.read_bytes() == original


_HOLD = """
import sys, time
from congress_desk.core.db import open_event
ev = open_event(sys.argv[1])
print("read_only" if ev.read_only else "writer", ev.db.execute("PRAGMA journal_mode").fetchone()[0], flush=True)
sys.stdin.readline()
ev.close()
"""


def _holder(path, env=None):
    proc = subprocess.Popen([sys.executable, "-c", _HOLD, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline().split()
    return proc, line


@pytest.mark.parametrize("network", [False, True])
def test_two_processes_one_writer_and_the_journal_mode(demo_path, network):
    env = dict(os.environ)
    if network:
        env["CONGRESS_DESK_ASSUME_NETWORK"] = "1"
    first, (role1, mode1) = _holder(demo_path, env)
    second, (role2, mode2) = _holder(demo_path, env)
    try:
        assert (role1, role2) == ("writer", "read_only")
        assert mode1 == ("delete" if network else "wal")
        wal = demo_path.with_name(demo_path.name + "-wal")
        assert wal.exists() is not network  # on a share there is never a write-ahead log
    finally:
        for p in (first, second):
            p.communicate("\n", timeout=20)
    assert not lock_path(demo_path).exists()


def test_a_killed_writer_leaves_a_stale_lock_taken_only_when_asked(demo_path):
    proc, (role, _mode) = _holder(demo_path)
    assert role == "writer"
    proc.kill()
    proc.wait()
    assert stale_holder(demo_path) is not None
    with open_event(demo_path, take_stale_lock=False) as ev:
        assert ev.read_only  # not taken silently: the window asks first
    with open_event(demo_path, take_stale_lock=True) as ev:
        assert not ev.read_only
    assert stale_holder(demo_path) is None


def test_another_pcs_clock_is_never_what_makes_its_lock_stale(demo_path):
    # Its heartbeat looks two minutes old by our clock: its clock may just be behind ours.
    old = (dt.datetime.now(dt.UTC) - dt.timedelta(minutes=2)).isoformat()
    lock_path(demo_path).write_text(json.dumps({"host": "may-ban-tiep-2", "user": "lan", "pid": 4242,
                                                "heartbeat": old, "since": old}), encoding="utf-8")
    assert stale_holder(demo_path) is None       # only watching its heartbeat can tell
    with open_event(demo_path, take_stale_lock=False) as ev:
        assert ev.read_only and "may-ban-tiep-2" in ev.read_only_reason
        assert ev.locked_by.host == "may-ban-tiep-2"
    assert socket.gethostname() != "may-ban-tiep-2"


def test_quick_check_is_cheap_on_a_sound_file(demo_path):
    conn = sqlite3.connect(str(demo_path))
    try:
        assert invariants(conn) == []
    finally:
        conn.close()


def test_restore_and_history_from_the_command_line(make_event):
    path = make_event("demo", delegates=60, open=False)
    periodic_backup(path, force=True)

    def cli(*args):
        done = subprocess.run([sys.executable, "-m", "congress_desk", *map(str, args)], capture_output=True,
                              text=True, timeout=60)
        assert "Traceback" not in done.stderr
        return done

    listed = cli("restore", path, "--list", "--json")
    assert listed.returncode == 0
    backups = json.loads(listed.stdout)["backups"]
    assert len(backups) == 1 and backups[0]["ok"] and backups[0]["counts"]["delegates"] >= 55
    _damage(path, "flipped")
    assert cli("seat", path, "--auto").returncode == 2          # damaged: refused with a message
    done = cli("restore", path, "--json")
    assert done.returncode == 0 and json.loads(done.stdout)["kept"]
    assert cli("seat", path, "--auto", "--json").returncode in (0, 1)
    hist = cli("history", path, "--kind", "seats", "--json")
    assert hist.returncode == 0
    rows = json.loads(hist.stdout)["history"]
    assert rows and rows[0]["kind"] == "seats" and rows[0]["actor"]


def test_the_invariants_catch_what_they_claim_to(demo_path):
    conn = sqlite3.connect(str(demo_path))
    try:
        assert invariants(conn) == []
        conn.execute("PRAGMA foreign_keys = OFF")
        meeting = conn.execute("INSERT INTO council_meetings(held_on, members_total, members_present, written_votes, "
                               "created_at) VALUES ('2020-10-02', 30, 25, 0, 'x')").lastrowid
        nom = conn.execute("SELECT id FROM nominations LIMIT 1").fetchone()[0]
        conn.execute("INSERT INTO council_votes(meeting_id, nomination_id, approve, passed, rule, detail, recorded_at) "
                     "VALUES (?, ?, 20, 1, 'r', 'd', 'x')", [meeting, nom])
        hall = conn.execute("SELECT hall FROM seat_assignments LIMIT 1").fetchone()[0]
        conn.execute("INSERT INTO seat_assignments(hall, seat, delegate_id) VALUES (?, 'Z-99-99', 999999)", [hall])
        conn.commit()
        found = " | ".join(invariants(conn))
        assert "vote without its history line" in found
        assert "seat of a missing delegate" in found and "foreign keys" in found
    finally:
        conn.close()
