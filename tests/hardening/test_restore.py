"""A restore takes the lock, secures the write-ahead log, keeps the current file whole before
anything is replaced, survives a kill at every step, and refuses foreign or newer backups."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from congress_desk.core.backups import periodic_backup
from congress_desk.core.db import open_event
from congress_desk.core.errors import EventLocked, UserError
from congress_desk.core.lock import lock_path
from congress_desk.core.safety.recovery import marker_path, restore_backup

# A writer that saves an edit and is then killed: its last edit lives only in the write-ahead
# log, and its lock stays behind (its process is gone, so it is certainly stale).
_WRITER = """
import sys, time
from congress_desk.core.db import open_event
ev = open_event(sys.argv[1])
ev.conn.execute("UPDATE delegates SET position = 'SỬA-CUỐI' WHERE id = (SELECT MIN(id) FROM delegates)")
ev.conn.commit()
print("saved", flush=True)
time.sleep(60)
"""

# A restore killed (SIGKILL) at the step named on its command line.
_RESTORE_KILLED_AT = """
import os, signal, sys
from congress_desk.core.safety import recovery

def step(name):
    if name == sys.argv[3]:
        os.kill(os.getpid(), signal.SIGKILL)

recovery._step = step
recovery.restore_backup(sys.argv[1], sys.argv[2])
print("finished", flush=True)
"""

STEPS = ["locked", "checkpointed", "kept", "copied", "marked", "logs_removed", "swapped"]


def _last_edit(path) -> int:
    conn = sqlite3.connect(str(path))
    try:
        return conn.execute("SELECT COUNT(*) FROM delegates WHERE position = 'SỬA-CUỐI'").fetchone()[0]
    finally:
        conn.close()


def _killed_writer(path):
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "saved"
    proc.kill()
    proc.wait()
    proc.stdout.close()
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0      # the edit is in the log only


@pytest.fixture
def crashed_with_backup(make_event, tmp_path):
    """An event file whose writer was killed after an edit, and an older backup of it."""
    path = make_event("demo", delegates=60, open=False)
    backup = periodic_backup(path, force=True, now=dt.datetime.now() - dt.timedelta(hours=1))
    _killed_writer(path)
    return path, backup


def test_a_restore_is_refused_while_another_instance_edits(crashed_with_backup):
    path, backup = crashed_with_backup
    holder = subprocess.Popen([sys.executable, "-c", _WRITER.replace("SỬA-CUỐI", "KHÁC"), str(path)],
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "saved"
        before = lock_path(path).read_bytes()
        with pytest.raises(EventLocked) as info:
            restore_backup(path, backup)
        assert str(holder.pid) in info.value.message
        assert lock_path(path).read_bytes() == before       # its lock untouched
        assert not marker_path(path).exists()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    with open_event(path) as ev:                            # its edit is still there
        assert ev.conn.execute("SELECT COUNT(*) FROM delegates WHERE position = 'KHÁC'").fetchone()[0] == 1


def test_an_editor_opening_during_a_restore_gets_read_only(crashed_with_backup, monkeypatch):
    from congress_desk.core.safety import recovery

    path, backup = crashed_with_backup
    seen = {}

    opener = ("import sys; from congress_desk.core.db import open_event; ev = open_event(sys.argv[1]); "
              "print(ev.read_only, ev.read_only_reason); ev.close()")

    def step(name):
        if name == "copied":   # in the middle of the restore, another instance opens the file to edit
            done = subprocess.run([sys.executable, "-c", opener, str(path)], capture_output=True, text=True,
                                  timeout=60)
            seen["other"] = done.stdout

    monkeypatch.setattr(recovery, "_step", step)
    restore_backup(path, backup)
    assert seen["other"].startswith("True") and str(os.getpid()) in seen["other"]
    assert not lock_path(path).exists()


def test_the_current_file_is_kept_whole_with_its_log(crashed_with_backup):
    path, backup = crashed_with_backup
    kept = restore_backup(path, backup)
    assert _last_edit(kept) == 1                      # the last edit, from the log, is in the kept copy
    assert _last_edit(path) == 0                      # the backup is in place
    assert not path.with_name(path.name + "-wal").exists() or path.with_name(path.name + "-wal").stat().st_size == 0
    assert not marker_path(path).exists()
    assert not list(path.parent.glob("*.restoring")) and not list((path.parent / "backups").glob("*.part"))


@pytest.mark.parametrize("step", STEPS)
def test_a_restore_killed_at_any_step_leaves_the_old_file_or_the_restored_one(crashed_with_backup, step):
    path, backup = crashed_with_backup
    done = subprocess.run([sys.executable, "-c", _RESTORE_KILLED_AT, str(path), str(backup), step],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == -9, done.stderr
    with open_event(path) as ev:                      # opens normally (the killed restore's lock is stale)
        edits = ev.conn.execute("SELECT COUNT(*) FROM delegates WHERE position = 'SỬA-CUỐI'").fetchone()[0]
        notices = ev.notices
        assert ev.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    restored = STEPS.index(step) >= STEPS.index("swapped")
    # Either the old file with its last edit, or the restored backup: never the old file without it.
    assert edits == (0 if restored else 1)
    if step == "locked":
        assert notices == []                          # killed before it began: nothing to say
    else:
        assert len(notices) == 1 and "bị gián đoạn" in notices[0]
        assert ("bản sao lưu nay là tệp Đại hội" in notices[0]) is restored
    # Cleaned up after: no marker, no half copies.
    assert not marker_path(path).exists()
    assert not list(path.parent.glob("*.restoring*")) and not list((path.parent / "backups").glob("*.part*"))
    # The file as it was (with the edit) is kept from the moment it was copied.
    kept = [p for p in (path.parent / "backups").glob("*.congress") if p != backup]
    if STEPS.index(step) >= STEPS.index("kept"):
        assert any(_last_edit(k) == 1 for k in kept)
    with open_event(path) as ev:
        assert ev.notices == []                       # said once


def test_a_backup_of_another_congress_is_refused(make_event):
    path = make_event("demo", delegates=30, open=False, name="a.congress")
    other = make_event("empty", open=False, name="b.congress")
    before = path.read_bytes()
    with pytest.raises(UserError) as info:
        restore_backup(path, other)
    assert "đại hội khác" in info.value.message
    assert path.read_bytes() == before and not marker_path(path).exists()


def test_a_backup_of_a_newer_format_is_refused(make_event, tmp_path):
    path = make_event("demo", delegates=30, open=False)
    newer = tmp_path / "newer.congress"
    shutil.copy(path, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(UserError) as info:
        restore_backup(path, newer)
    assert "phiên bản Congress Desk mới hơn" in info.value.message
    assert path.read_bytes() == before


def test_restore_from_the_command_line_refuses_while_the_file_is_edited(crashed_with_backup):
    path, backup = crashed_with_backup
    with open_event(path) as ev:
        assert not ev.read_only
        done = subprocess.run([sys.executable, "-m", "congress_desk", "restore", str(path), str(backup)],
                              capture_output=True, text=True, timeout=60,
                              env={**os.environ, "CONGRESS_DESK_LANG": "vi"})
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "đang được sửa" in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert _last_edit(path) == 1


def test_an_interrupted_restore_is_reported_on_the_command_line(crashed_with_backup):
    path, backup = crashed_with_backup
    subprocess.run([sys.executable, "-c", _RESTORE_KILLED_AT, str(path), str(backup), "marked"], timeout=120)
    done = subprocess.run([sys.executable, "-m", "congress_desk", "seat", str(path), "--auto", "--json"],
                          capture_output=True, text=True, timeout=60, env={**os.environ, "CONGRESS_DESK_LANG": "vi"})
    assert done.returncode in (0, 1), done.stderr
    json.loads(done.stdout)
    assert "bị gián đoạn" in done.stderr and backup.name in done.stderr
