"""Backups beside the event file: periodic (10 minutes, newest 20) and before migrations."""

from __future__ import annotations

import datetime as dt
import sqlite3

from congress_desk.core.backups import (
    EVERY,
    KEEP,
    backup_dir,
    list_backups,
    migration_backup,
    periodic_backup,
)
from congress_desk.core.db import create_event, is_event_file, open_event
from congress_desk.core.registry import add_delegate, add_unit

T0 = dt.datetime(2020, 11, 9, 7, 0, 0)


def _edit(event, name: str) -> None:
    add_delegate(event.db, {"full_name": name})


def _count(path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM delegates").fetchone()[0]
    finally:
        conn.close()


def test_first_backup_then_at_most_one_per_ten_minutes_and_only_when_changed(tmp_path):
    path = tmp_path / "e.congress"
    with create_event(path) as event:
        _edit(event, "Nguyễn Văn An")
        first = periodic_backup(path, now=T0)
        assert first is not None and first.parent == backup_dir(path) == tmp_path / "backups"
        assert is_event_file(first) and _count(first) == 1

        _edit(event, "Trần Thị Bình")
        assert periodic_backup(path, now=T0 + dt.timedelta(minutes=5)) is None      # too soon
        assert periodic_backup(path, now=T0 + EVERY - dt.timedelta(seconds=1)) is None
        second = periodic_backup(path, now=T0 + EVERY)
        assert second is not None and second != first and _count(second) == 2

        # Nothing changed: no backup, however long we wait.
        assert periodic_backup(path, now=T0 + dt.timedelta(minutes=45)) is None
        assert periodic_backup(path, now=T0 + dt.timedelta(hours=5)) is None

        _edit(event, "Lê Văn Cường")
        third = periodic_backup(path, now=T0 + dt.timedelta(hours=6))
        assert third is not None and _count(third) == 3
        # Forced (e.g. before a risky operation): made even without a change or a wait.
        forced = periodic_backup(path, now=T0 + dt.timedelta(hours=6, minutes=1), force=True)
        assert forced is not None

    names = [b.path for b in list_backups(path)]
    assert names == [forced, third, second, first]      # newest first
    assert all(b.kind == "periodic" for b in list_backups(path))


def test_only_the_newest_twenty_are_kept(tmp_path):
    path = tmp_path / "e.congress"
    made = []
    with create_event(path) as event:
        for i in range(KEEP + 7):
            _edit(event, f"Đại biểu số {i}")
            backup = periodic_backup(path, now=T0 + i * EVERY)
            assert backup is not None
            made.append(backup)
    kept = list_backups(path)
    assert len(kept) == KEEP == 20
    assert [b.path for b in kept] == made[::-1][:KEEP]
    assert not any(p.exists() for p in made[:7])
    # The newest holds everything, the oldest kept holds what was there at its time.
    assert _count(kept[0].path) == KEEP + 7
    assert _count(kept[-1].path) == 8


def test_migration_backups_are_kept_apart_and_never_rotated(tmp_path):
    path = tmp_path / "e.congress"
    with create_event(path) as event:
        _edit(event, "Phạm Thị Dung")
    migration_made = [migration_backup(path, 1) for _ in range(3)]
    assert all(p.parent == backup_dir(path) / "migrations" for p in migration_made)
    assert len(set(migration_made)) == 3                    # same second: unique names
    with open_event(path) as event:
        for i in range(KEEP + 3):
            _edit(event, f"Đại biểu {i}")
            periodic_backup(path, now=T0 + i * EVERY)
    kinds = [b.kind for b in list_backups(path)]
    assert kinds.count("periodic") == KEEP
    assert kinds.count("migration") == 3
    assert all(p.exists() for p in migration_made)


def test_backups_of_another_event_in_the_same_folder_are_left_alone(tmp_path):
    a = tmp_path / "a.congress"
    ab = tmp_path / "a-b.congress"
    with create_event(ab) as event:
        _edit(event, "Vũ Văn Hải")
        theirs = periodic_backup(ab, now=T0)
    with create_event(a) as event:
        for i in range(KEEP + 2):
            _edit(event, f"Người {i}")
            periodic_backup(a, now=T0 + (i + 1) * EVERY)
    assert theirs.exists()
    assert [b.path for b in list_backups(ab)] == [theirs]
    assert all(b.path.name.startswith("a-2") for b in list_backups(a))


def test_backup_while_open_in_wal_mode_has_the_latest_writes(tmp_path):
    path = tmp_path / "e.congress"
    with create_event(path) as event:
        unit = add_unit(event.db, "Quận Kiến An", "district", 12)
        for name in ("Đinh Văn Hùng", "Hà Thị Lan", "Cao Văn Sơn"):
            add_delegate(event.db, {"full_name": name, "unit_id": unit})
        assert (tmp_path / "e.congress-wal").exists()
        backup = periodic_backup(path, now=T0)
    # The copy is self-contained (no -wal beside it) and opens as an event file.
    assert not (backup.parent / (backup.name + "-wal")).exists()
    with open_event(backup, read_only=True) as copy:
        names = {r[0] for r in copy.db.execute("SELECT full_name FROM delegates")}
        assert names == {"Đinh Văn Hùng", "Hà Thị Lan", "Cao Văn Sơn"}


def test_no_backups_yet(tmp_path):
    path = tmp_path / "e.congress"
    create_event(path).close()
    assert list_backups(path) == []
