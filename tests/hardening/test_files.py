"""Files that must not take the app down: a truncated event file, a full disk, a share where
another program reads, a desk copy on read-only media with its write-ahead log."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from congress_desk.core.backups import periodic_backup
from congress_desk.core.db import open_event
from congress_desk.core.errors import DiskFull, NotAnEventFile
from congress_desk.core.lock import lock_path
from congress_desk.core.safety.integrity import DamagedEventFile

_WRITER = """
import sys, time
from congress_desk.core.db import open_event
ev = open_event(sys.argv[1])
ev.conn.execute("UPDATE delegates SET position = 'MỚI' WHERE id IN (SELECT id FROM delegates LIMIT 3)")
ev.conn.commit()
print("saved", flush=True)
time.sleep(60)
"""


def _cli(*args, env=None):
    done = subprocess.run([sys.executable, "-m", "congress_desk", *map(str, args)], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "CONGRESS_DESK_LANG": "vi", **(env or {})})
    assert "Traceback" not in done.stderr
    assert "Lỗi không mong đợi" not in done.stderr and "Unexpected error" not in done.stderr, done.stderr
    return done


def _killed_writer(path: Path) -> None:
    """Leave the last edits in the write-ahead log only (the writer was killed)."""
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "saved"
    proc.kill()
    proc.wait()
    proc.stdout.close()
    lock_path(path).unlink()
    assert Path(str(path) + "-wal").stat().st_size > 0


# ------------------------------------------------------------------ truncated
@pytest.mark.parametrize("size", [40, 4096, "half"])
def test_a_truncated_event_file_is_damaged_not_foreign(make_event, size):
    path = make_event("demo", delegates=60, open=False)
    periodic_backup(path, force=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 if size == "half" else size])
    with pytest.raises(DamagedEventFile) as info:
        open_event(path)
    assert "bị hỏng" in info.value.message and "sao lưu" in info.value.message
    done = _cli("seat", path, "--auto")
    assert done.returncode == 2 and "bị hỏng" in done.stderr and "không phải tệp" not in done.stderr


def test_an_emptied_event_file_with_backups_is_damaged(make_event):
    path = make_event("demo", delegates=30, open=False)
    periodic_backup(path, force=True)
    path.write_bytes(b"")
    with pytest.raises(DamagedEventFile):
        open_event(path)


def test_a_foreign_file_is_still_not_an_event_file(tmp_path):
    other = tmp_path / "khac.congress"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    with pytest.raises(NotAnEventFile):
        open_event(other)
    (tmp_path / "ghi-chu.congress").write_text("ghi chú", encoding="utf-8")
    with pytest.raises(NotAnEventFile):
        open_event(tmp_path / "ghi-chu.congress")


# ------------------------------------------------------------------ full disk
@contextlib.contextmanager
def _small_disk(folder: Path, size: str = "3m"):
    """A real, small file system (tmpfs) mounted on ``folder``, or skip."""
    folder.mkdir(parents=True, exist_ok=True)
    if shutil.which("mount") is None or getattr(os, "geteuid", lambda: 1)() != 0:
        pytest.skip("mounting a small file system needs root")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("cannot mount a small file system here: " + done.stderr.decode(errors="replace"))
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def _fill(folder: Path) -> Path:
    filler = folder / f"filler-{uuid.uuid4().hex}"
    with open(filler, "wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
                f.flush()
        except OSError:
            pass
    with contextlib.suppress(OSError), open(filler, "ab") as f:
        while True:
            f.write(b"\0" * 512)
            f.flush()
    return filler


def test_a_full_disk_is_a_clear_message_and_leaves_no_part_file(make_event, tmp_path):
    source = make_event("demo", delegates=100, open=False)
    with _small_disk(tmp_path / "usb") as disk:
        path = disk / "dai-hoi.congress"
        shutil.copy(source, path)
        (disk / "backups").mkdir()
        _fill(disk)
        with pytest.raises(DiskFull) as info:
            periodic_backup(path, force=True)
        assert "Ổ đĩa đã đầy" in info.value.message
        assert not list((disk / "backups").iterdir())          # no .part left behind
        done = _cli("seat", path, "--auto")
        assert done.returncode == 1 and "Ổ đĩa đã đầy" in done.stderr
        assert not lock_path(path).exists() or lock_path(path).stat().st_size > 0
        for p in disk.iterdir():
            if p.name.startswith("filler"):
                p.unlink()
        with open_event(path) as ev:                              # still whole
            assert ev.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"


def test_leftover_part_files_are_cleaned_at_the_next_open(make_event):
    path = make_event("demo", delegates=30, open=False)
    backups = path.parent / "backups"
    (backups / "migrations").mkdir(parents=True)
    ours = [backups / f"{path.stem}-20201109-074105.congress.part",
            backups / "migrations" / f"{path.stem}-v5-20201109-074105.congress.part",
            path.with_name(path.name + ".restoring")]
    theirs = backups / "khac-20201109-074105.congress.part"
    for p in [*ours, theirs]:
        p.write_bytes(b"half")
    with open_event(path) as ev:
        assert not ev.read_only
    assert not any(p.exists() for p in ours)
    assert theirs.exists()                      # another event file's writer may be at it


# ------------------------------------------------------------------ a share where someone reads
def test_opening_on_a_share_while_another_program_reads_it_in_wal_mode(make_event, monkeypatch):
    path = make_event("demo", delegates=30, open=False)
    reader = sqlite3.connect(path)
    try:
        reader.execute("PRAGMA journal_mode=WAL")
        reader.execute("SELECT COUNT(*) FROM delegates").fetchone()
        monkeypatch.setenv("CONGRESS_DESK_ASSUME_NETWORK", "1")
        with open_event(path) as ev:
            assert ev.read_only and "không an toàn" in ev.read_only_reason
            assert ev.conn.execute("SELECT COUNT(*) FROM delegates").fetchone()[0] >= 25
            with pytest.raises(sqlite3.OperationalError):
                ev.conn.execute("UPDATE delegates SET position = 'x'")
        assert not lock_path(path).exists()
        done = _cli("seat", path, "--auto", env={"CONGRESS_DESK_ASSUME_NETWORK": "1"})
        assert done.returncode == 1 and "không an toàn" in done.stderr
    finally:
        reader.close()
    with open_event(path) as ev:                  # alone again: a rollback journal, writable
        assert not ev.read_only
        assert ev.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


# ------------------------------------------------------------------ read-only media with a WAL
@pytest.mark.parametrize("with_shm", [True, False])
def test_a_desk_copy_on_read_only_media_shows_its_latest_changes(make_event, tmp_path, read_only_folder, with_shm):
    path = make_event("demo", delegates=60, open=False)
    _killed_writer(path)
    usb = tmp_path / "usb"
    usb.mkdir()
    for suffix in ("", "-wal", "-shm") if with_shm else ("", "-wal"):
        shutil.copy(str(path) + suffix, str(usb / path.name) + suffix)
    copy = usb / path.name
    with read_only_folder(usb):
        with open_event(copy) as ev:
            assert ev.read_only
            assert ev.conn.execute("SELECT COUNT(*) FROM delegates WHERE position = 'MỚI'").fetchone()[0] == 3
            worker = ev.connect()
            assert worker.execute("SELECT COUNT(*) FROM delegates WHERE position = 'MỚI'").fetchone()[0] == 3
            worker.close()
            private = ev.data_path
        assert not private.parent.exists()          # the private copy went with the close
        done = _cli("history", copy, "--limit", "1")
        assert done.returncode == 0
    assert sorted(p.name for p in usb.iterdir()) == sorted(
        [copy.name, copy.name + "-wal"] + ([copy.name + "-shm"] if with_shm else []))
