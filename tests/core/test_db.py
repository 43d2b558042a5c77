"""The event file: create, open, check it is ours, migrate forward, journal mode, read-only media."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from pathlib import Path

import pytest

from congress_desk.core import migrations
from congress_desk.core.backups import list_backups
from congress_desk.core.db import (
    APPLICATION_ID,
    connect,
    create_event,
    is_event_file,
    open_event,
)
from congress_desk.core.errors import NewerEventFile, NotAnEventFile, UserError
from congress_desk.core.event import load_settings
from congress_desk.core.lock import lock_path
from congress_desk.core.migrations import latest_version, migration
from congress_desk.core.registry import add_delegate, add_unit


def pragma(db, name):
    return db.execute(f"PRAGMA {name}").fetchone()[0]


def file_state(path: Path) -> tuple[bytes, float]:
    return path.read_bytes(), path.stat().st_mtime


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


# ---------------------------------------------------------------- create / open

def test_create_gives_an_event_file_at_the_latest_version(tmp_path):
    path = tmp_path / "dai-hoi.congress"
    with create_event(path) as event:
        assert not event.read_only
        assert pragma(event.db, "application_id") == APPLICATION_ID
        assert pragma(event.db, "user_version") == latest_version()
        assert pragma(event.db, "foreign_keys") == 1
        tables = set(event.db.table_names())
        assert {"settings", "units", "delegates", "history"} <= tables
        settings = load_settings(event.db)
        assert settings.province == "Hải Phòng" and settings.regime == "2017"
        assert event.migrated == []
    assert is_event_file(path)
    assert not lock_path(path).exists()
    assert not (tmp_path / "dai-hoi.congress.creating").exists()
    assert not (tmp_path / "backups" / "migrations").exists()   # nothing to back up for a new file


def test_reopen_keeps_the_data(tmp_path):
    path = tmp_path / "e.congress"
    with create_event(path) as event:
        unit = add_unit(event.db, "Quận Lê Chân", "district", 30)
        add_delegate(event.db, {"full_name": "Nguyễn Thị Hoà", "unit_id": unit})
    with open_event(path) as event:
        rows = list(event.db.query("SELECT full_name FROM delegates"))
        assert rows == [{"full_name": "Nguyễn Thị Hoà"}]


def test_create_refuses_an_existing_file_unless_asked(tmp_path):
    path = tmp_path / "e.congress"
    create_event(path).close()
    with pytest.raises(UserError) as info:
        create_event(path)
    assert info.value.file == "e.congress" and "tệp" in info.value.message.lower()
    with open_event(path) as event:
        add_unit(event.db, "Sở Y tế", "department")
    with create_event(path, overwrite=True) as event:
        assert event.db.execute("SELECT COUNT(*) FROM units").fetchone()[0] == 0


def test_create_never_overwrites_a_file_that_is_not_an_event_file(tmp_path):
    path = tmp_path / "danh-sach.congress"
    path.write_text("Danh sách đại biểu — không phải tệp Đại hội", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(UserError):
        create_event(path, overwrite=True)
    assert path.read_bytes() == before


def test_create_in_a_new_folder(tmp_path):
    path = tmp_path / "a" / "b" / "e.congress"
    create_event(path).close()
    assert is_event_file(path)


def test_open_a_missing_file(tmp_path):
    with pytest.raises(UserError) as info:
        open_event(tmp_path / "missing.congress")
    assert "không tồn tại" in info.value.message
    assert not lock_path(tmp_path / "missing.congress").exists()


@pytest.mark.parametrize("folder", ["Đại hội #9", "what?", "100% sure", "a b&c=d", "Thi đua [2020]"])
def test_paths_with_special_characters(tmp_path, folder):
    path = tmp_path / folder / "Đại hội lần thứ IX.congress"
    with create_event(path) as event:
        add_unit(event.db, "Quận Hải An", "district")
        from congress_desk.core.backups import periodic_backup

        backup = periodic_backup(event.path)
        assert backup is not None and backup.parent == path.parent / "backups"
        worker = event.connect()
        assert worker.execute("SELECT COUNT(*) FROM units").fetchone()[0] == 1
        worker.close()
    with open_event(path, read_only=True) as event:
        assert event.read_only
        assert event.db.execute("SELECT name FROM units").fetchone()[0] == "Quận Hải An"
    with open_event(backup, read_only=True) as copy:
        assert copy.db.execute("SELECT name FROM units").fetchone()[0] == "Quận Hải An"


# ---------------------------------------------------------------- not ours, or newer

def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE delegates (id INTEGER PRIMARY KEY, full_name TEXT)")
    conn.execute("INSERT INTO delegates(full_name) VALUES ('Nguyễn Văn An')")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("kind", ["sqlite", "text", "empty", "xlsx-like", "wrong-app-id"])
@pytest.mark.parametrize("read_only", [False, True])
def test_not_an_event_file(tmp_path, kind, read_only):
    path = tmp_path / f"{kind}.congress"
    if kind == "sqlite":
        _plain_sqlite(path)
    elif kind == "text":
        path.write_text("STT,Họ và tên\n1,Nguyễn Thị Hoà\n", encoding="utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "xlsx-like":
        path.write_bytes(b"PK\x03\x04" + os.urandom(3000))
    else:
        _plain_sqlite(path)
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA application_id = 1234")
        conn.execute(f"PRAGMA user_version = {latest_version()}")
        conn.close()
    before = file_state(path)
    names = siblings(path)
    with pytest.raises(NotAnEventFile) as info:
        open_event(path, read_only=read_only)
    assert "không phải" in info.value.message
    assert info.value.file == path.name
    assert file_state(path) == before
    assert siblings(path) == names            # no lock, journal or backup left behind
    assert not is_event_file(path)


def _make_newer(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.execute("CREATE TABLE from_the_future (x)")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("read_only", [False, True])
def test_newer_event_file_is_refused_and_left_untouched(tmp_path, read_only):
    path = tmp_path / "newer.congress"
    create_event(path).close()
    newer = latest_version() + 5
    _make_newer(path, newer)
    before = file_state(path)
    names = siblings(path)
    with pytest.raises(NewerEventFile) as info:
        open_event(path, read_only=read_only)
    message = info.value.message
    assert str(newer) in message and str(latest_version()) in message
    assert "mới hơn" in message
    assert file_state(path) == before
    assert siblings(path) == names
    assert not (tmp_path / "backups").exists()


# ---------------------------------------------------------------- pragmas and journals

def test_foreign_keys_are_on_in_every_connection(empty_event):
    assert pragma(empty_event.db, "foreign_keys") == 1
    worker = empty_event.connect()
    try:
        assert pragma(worker, "foreign_keys") == 1
        with pytest.raises(sqlite3.IntegrityError):
            worker.execute(
                "INSERT INTO delegates(code, full_name, unit_id, created_at, updated_at) "
                "VALUES ('10000017', 'Trần Văn An', 999, 'x', 'x')"
            )
    finally:
        worker.close()
    with pytest.raises(sqlite3.IntegrityError):
        empty_event.db.execute(
            "INSERT INTO delegates(code, full_name, unit_id, created_at, updated_at) "
            "VALUES ('10000017', 'Trần Văn An', 999, 'x', 'x')"
        )


def test_wal_on_a_local_disk(tmp_path):
    with create_event(tmp_path / "e.congress") as event:
        assert not event.network
        assert pragma(event.db, "journal_mode") == "wal"


def test_rollback_journal_on_a_network_share(tmp_path, monkeypatch):
    path = tmp_path / "e.congress"
    create_event(path).close()
    monkeypatch.setenv("CONGRESS_DESK_ASSUME_NETWORK", "1")
    with open_event(path) as event:
        assert event.network
        assert pragma(event.db, "journal_mode") == "delete"
        add_unit(event.db, "Quận Đồ Sơn", "district")
        assert not Path(str(path) + "-wal").exists()
    monkeypatch.delenv("CONGRESS_DESK_ASSUME_NETWORK")
    with open_event(path) as event:      # back on a local disk: WAL again, data kept
        assert pragma(event.db, "journal_mode") == "wal"
        assert event.db.execute("SELECT name FROM units").fetchone()[0] == "Quận Đồ Sơn"


def test_worker_threads_use_their_own_connection(demo_path):
    with open_event(demo_path) as event:
        expected = event.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0]
        results = []

        def work():
            db = event.connect()
            try:
                results.append(db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0])
            finally:
                db.close()

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert results == [expected] * 4


# ---------------------------------------------------------------- migrations

@contextlib.contextmanager
def extra_migration(fn, *, transactional: bool = True):
    """Register ``fn`` as the next migration for the duration of a test."""
    version = latest_version() + 1
    migration(version, transactional=transactional)(fn)
    migrations.LATEST_VERSION = version
    try:
        yield version
    finally:
        migrations.MIGRATIONS.pop(version, None)
        migrations.LATEST_VERSION = version - 1


def test_latest_version_is_the_newest_registered_migration():
    migrations.pending(0)  # imports every area's schema module
    assert max(migrations.MIGRATIONS) == migrations.LATEST_VERSION
    assert sorted(migrations.MIGRATIONS) == list(range(1, migrations.LATEST_VERSION + 1))


@pytest.mark.parametrize("transactional", [True, False])
def test_forward_migration_backs_up_first_and_keeps_the_data(demo_path, transactional):
    with open_event(demo_path) as event:
        old_version = pragma(event.db, "user_version")
        count = event.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0]
        names = [r[0] for r in event.db.execute("SELECT full_name FROM delegates ORDER BY id")]
    assert count > 500

    def add_badge_colour(db):
        db.execute("ALTER TABLE delegates ADD COLUMN badge_colour TEXT")
        db.execute("UPDATE delegates SET badge_colour = 'đỏ' WHERE category = 'guest'")

    with extra_migration(add_badge_colour, transactional=transactional) as version:
        with open_event(demo_path) as event:
            assert event.migrated == [version]
            assert pragma(event.db, "user_version") == version
            after = [r[0] for r in event.db.execute("SELECT full_name FROM delegates ORDER BY id")]
            assert after == names
            guests = event.db.execute(
                "SELECT COUNT(*) FROM delegates WHERE badge_colour = 'đỏ'").fetchone()[0]
            assert guests == event.db.execute(
                "SELECT COUNT(*) FROM delegates WHERE category = 'guest'").fetchone()[0] > 0
        backups = [b for b in list_backups(demo_path) if b.kind == "migration"]
        assert len(backups) == 1
        backup = backups[0].path
        assert backup.parent == demo_path.parent / "backups" / "migrations"
        assert f"-v{old_version}-" in backup.name
        # The backup is the file as it was: the old version, all the people, no new column.
        conn = sqlite3.connect(backup)
        try:
            assert pragma(conn, "user_version") == old_version
            assert conn.execute("SELECT COUNT(*) FROM delegates").fetchone()[0] == count
            columns = {r[1] for r in conn.execute("PRAGMA table_info(delegates)")}
            assert "badge_colour" not in columns
        finally:
            conn.close()
        # Opening again migrates nothing and makes no new backup.
        with open_event(demo_path) as event:
            assert event.migrated == []
        assert len([b for b in list_backups(demo_path) if b.kind == "migration"]) == 1
    assert version not in migrations.MIGRATIONS


def test_a_failing_migration_changes_nothing(demo_path):
    with open_event(demo_path) as event:
        old_version = pragma(event.db, "user_version")
        count = event.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0]

    def broken(db):
        db.execute("CREATE TABLE half_done (x)")
        db.execute("DELETE FROM delegates WHERE category = 'guest'")
        raise RuntimeError("migration bug")

    with extra_migration(broken), pytest.raises(RuntimeError):
        open_event(demo_path)
    assert not lock_path(demo_path).exists()
    with open_event(demo_path) as event:
        assert pragma(event.db, "user_version") == old_version
        assert "half_done" not in event.db.table_names()
        assert event.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0] == count
    # The backup made before the attempt is there to fall back on.
    assert len([b for b in list_backups(demo_path) if b.kind == "migration"]) == 1


def test_read_only_file_that_needs_a_migration_is_refused(demo_path):
    with extra_migration(lambda db: db.execute("CREATE TABLE t (x)")), pytest.raises(UserError) as info:
        open_event(demo_path, read_only=True)
    assert "chỉ đọc" in info.value.message


def test_migrations_are_numbered_once():
    version = latest_version() + 1
    with extra_migration(lambda db: None), pytest.raises(RuntimeError):
        migration(version)(lambda db: None)
    assert migrations.pending(latest_version()) == []
    assert [m.version for m in migrations.pending(0)] == sorted(migrations.MIGRATIONS)


# ---------------------------------------------------------------- read-only media

def test_read_only_medium_opens_read_only(tmp_path, read_only_folder):
    folder = tmp_path / "usb"
    path = folder / "e.congress"
    with create_event(path) as event:
        add_unit(event.db, "Huyện Bạch Long Vĩ", "district", 3)
    before = file_state(path)
    with read_only_folder(folder):
        with open_event(path) as event:
            assert event.read_only
            assert "chỉ đọc" in event.read_only_reason or "không ghi được" in event.read_only_reason
            assert event.lock is None
            assert event.db.execute("SELECT name FROM units").fetchone()[0] == "Huyện Bạch Long Vĩ"
            with pytest.raises(sqlite3.OperationalError):
                event.db.execute("INSERT INTO units(name) VALUES ('Quận Hải An')")
            worker = event.connect()
            assert worker.execute("SELECT COUNT(*) FROM units").fetchone()[0] == 1
            worker.close()
        assert siblings(path) == {"e.congress"}
    assert file_state(path) == before


def test_asking_for_read_only_never_writes(demo_path):
    before = file_state(demo_path)
    with open_event(demo_path, read_only=True) as event:
        assert event.read_only and event.lock is None
        assert event.read_only_reason
        with pytest.raises(sqlite3.OperationalError):
            event.db.execute("DELETE FROM delegates")
    assert file_state(demo_path) == before
    assert not lock_path(demo_path).exists()


def test_connect_read_only(demo_path):
    db = connect(demo_path, read_only=True)
    try:
        assert db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0] > 0
        with pytest.raises(sqlite3.OperationalError):
            db.execute("DELETE FROM delegates")
    finally:
        db.close()


def test_newer_version_still_in_the_write_ahead_log_is_refused(tmp_path):
    from congress_desk.core.db import check_event_file

    path = tmp_path / "newer.congress"
    create_event(path).close()
    conn = sqlite3.connect(path)          # a newer app has the file open: its change is in the -wal
    try:
        conn.execute(f"PRAGMA user_version = {latest_version() + 1}")
        conn.commit()
        assert Path(str(path) + "-wal").stat().st_size > 0
        with pytest.raises(NewerEventFile):
            check_event_file(path)
        with pytest.raises(NewerEventFile):
            open_event(path)
        with pytest.raises(NewerEventFile):
            open_event(path, read_only=True)
    finally:
        conn.close()
    with pytest.raises(NewerEventFile):
        check_event_file(path)            # checkpointed into the file itself now


MOUNTS = """\
/dev/vda / ext4 rw,relatime 0 0
server:/export /mnt/share nfs4 rw,relatime 0 0
/dev/vdb /mnt/share/local ext4 rw,relatime 0 0
//nas/Van\\040phong /media/Van\\040phong cifs rw 0 0
sshfs#me@host: /home/me/remote fuse.sshfs rw 0 0
"""


@pytest.mark.parametrize("path, network", [
    ("/home/me/dai-hoi.congress", False),
    ("/mnt/share/dai-hoi.congress", True),
    ("/mnt/share/local/dai-hoi.congress", False),     # the longest mount point wins
    ("/mnt/shared/dai-hoi.congress", False),          # not under /mnt/share
    ("/media/Van phong/dai-hoi.congress", True),      # \\040 is a space in /proc/mounts
    ("/home/me/remote/a/b.congress", True),
])
def test_network_shares_are_recognised(monkeypatch, path, network):
    from congress_desk.core import db as db_module

    if os.name == "nt":
        pytest.skip("reads /proc/mounts")
    real = Path.read_text

    def read_text(self, *args, **kwargs):
        if str(self) == "/proc/mounts":
            return MOUNTS
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", read_text)
    assert db_module.is_network_path(Path(path)) is network


def test_data_version_moves_with_own_writes_and_other_connections_commits(tmp_path):
    from congress_desk.core.db import connect, create_event, data_version

    event = create_event(tmp_path / "dh.congress")
    db = event.db
    first = data_version(db)
    assert data_version(db) == first                       # reading changes nothing
    db.execute("INSERT INTO settings(key, value) VALUES ('x', '1')")
    db.conn.commit()
    mine = data_version(db)
    assert mine != first
    other = connect(event.path)
    other.execute("INSERT INTO settings(key, value) VALUES ('y', '2')")
    other.conn.commit()
    other.conn.close()
    assert data_version(db) != mine
    event.close()
