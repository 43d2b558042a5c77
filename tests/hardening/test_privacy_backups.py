"""Removing personal data finds the backups by the congress's id (a renamed file's old backups
too), and never reports success while the write-ahead log still holds old numbers."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3

from congress_desk.core.backups import migration_backup, periodic_backup
from congress_desk.core.db import open_event
from congress_desk.core.safety.privacy import erase_personal_data


def _numbers(path):
    with open_event(path, read_only=True) as ev:
        return [r[0] for r in ev.conn.execute(
            "SELECT national_id FROM delegates WHERE national_id IS NOT NULL UNION "
            "SELECT phone FROM delegates WHERE phone IS NOT NULL")]


def _left(folder, numbers):
    found = 0
    for p in folder.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            found += sum(n.encode() in data for n in numbers)
    return found


def test_backups_made_under_the_files_old_name_are_cleaned(make_event):
    old = make_event("demo", delegates=80, open=False, name="dai-hoi-nhap.congress")
    numbers = _numbers(old)
    periodic_backup(old, force=True, now=dt.datetime.now() - dt.timedelta(hours=2))
    periodic_backup(old, force=True, now=dt.datetime.now() - dt.timedelta(hours=1))
    migration_backup(old, 5)
    damaged = old.parent / "backups" / "damaged"
    damaged.mkdir()
    (damaged / "dai-hoi-nhap-20201109-070000.congress").write_bytes(old.read_bytes()[:200_000])
    # Another congress's backup in the same folder is none of our business.
    other = make_event("empty", open=False, name="khac.congress")
    other_backup = periodic_backup(other, force=True)
    other_bytes = other_backup.read_bytes()
    new = old.with_name("dai-hoi-9.congress")
    os.rename(old, new)                                  # the committee renamed the file
    assert _left(new.parent / "backups", numbers) > 100  # the test can fail

    report = erase_personal_data(new)

    assert report.complete and report.backups == 3 and report.damaged_removed == 1
    assert _left(new.parent / "backups", numbers) == 0
    assert _left(new.parent, numbers) == 0
    assert other_backup.read_bytes() == other_bytes


def test_success_is_not_reported_while_a_reader_keeps_old_numbers_in_the_log(make_event):
    path = make_event("demo", delegates=60, open=False)
    with open_event(path):
        pass                                             # WAL mode from now on
    reader = sqlite3.connect(path)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT COUNT(*) FROM delegates").fetchone()     # an open read: a snapshot
        report = erase_personal_data(path)
        assert not report.complete
        assert any("nhật ký ghi trước" in p for p in report.problems)
    finally:
        reader.rollback()
        reader.close()
    report = erase_personal_data(path)                   # once it is closed, all goes through
    assert report.complete and report.problems == []
    wal = path.with_name(path.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
