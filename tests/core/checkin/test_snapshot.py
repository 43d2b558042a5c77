"""Desks scanning must not starve the writer, nor the writer the desks (issue 15).

A desk run once per scan read the whole event file (with the integrity check) at every
scan, and waited up to 10 s when the committee PC was writing it. Now it reads the file
only when it changed, and goes on with its last read when the file is busy.
"""

from __future__ import annotations

import os
import sqlite3
import time

from congress_desk.core.checkin import snapshot
from congress_desk.core.checkin.desk import CHECKED_IN, Desk
from congress_desk.core.db import connect


def _codes(path, n):
    db = connect(path, read_only=True)
    try:
        return [r[0] for r in db.execute("SELECT code FROM delegates WHERE status = 'active' AND code NOT IN "
                                         "(SELECT code FROM checkin_events) ORDER BY code LIMIT ?", [n])]
    finally:
        db.close()


def test_a_desk_reads_the_event_file_only_when_it_changed(tmp_path, demo_path, monkeypatch):
    opens = []
    real_connect = snapshot._connect
    monkeypatch.setattr(snapshot, "_connect", lambda p: opens.append(p) or real_connect(p))
    codes = _codes(demo_path, 5)
    for i, code in enumerate(codes):           # five scans, as five `checkin` commands would
        with Desk(demo_path, desk="Bàn 1", journal_dir=tmp_path / "share", local_dir=tmp_path / "l") as desk:
            assert desk.scan(code).status == CHECKED_IN
            assert not desk.stale
        assert len(opens) == 1, f"scan {i + 1} opened the event file again"
    # the committee changes the file: the next desk reads it again, and sees the change
    conn = sqlite3.connect(demo_path)
    conn.execute("UPDATE delegates SET full_name = 'Nguyễn Văn Đổi Tên' WHERE code = ?", [codes[0]])
    conn.commit()
    conn.close()
    with Desk(demo_path, desk="Bàn 1", journal_dir=tmp_path / "share", local_dir=tmp_path / "l") as desk:
        assert len(opens) == 2 and desk.directory.get(codes[0])["full_name"] == "Nguyễn Văn Đổi Tên"
        assert desk.attendance.is_present(codes[0])   # its own journal, as before


def test_a_busy_event_file_never_holds_a_desk_that_read_it_before(tmp_path, demo_path):
    """The committee PC writes the file (rollback journal, as on a network share) and holds it;
    a desk that has read it before scans at once, from its last read, and says so."""
    conn = sqlite3.connect(demo_path, isolation_level=None)
    assert conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    (a, b) = _codes(demo_path, 2)
    with Desk(demo_path, desk="Bàn 1", journal_dir=tmp_path / "share", local_dir=tmp_path / "l") as desk:
        desk.scan(a)
    conn.execute("BEGIN EXCLUSIVE")                # the writer holds the file
    conn.execute("UPDATE delegates SET note = 'x' WHERE code = ?", [b])
    later = time.time() + 5
    os.utime(demo_path, (later, later))           # and the file changed since the desk read it
    try:
        start = time.perf_counter()
        with Desk(demo_path, desk="Bàn 1", journal_dir=tmp_path / "share", local_dir=tmp_path / "l") as desk:
            took = time.perf_counter() - start
            assert desk.stale
            assert desk.scan(b).status == CHECKED_IN
        assert took < 5, f"the desk waited {took:.1f} s for the writer"
    finally:
        conn.execute("ROLLBACK")
        conn.close()
    with Desk(demo_path, desk="Bàn 1", journal_dir=tmp_path / "share", local_dir=tmp_path / "l") as desk:
        assert not desk.stale and desk.attendance.is_present(b)
