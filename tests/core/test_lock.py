"""One writer at a time: the lock file beside the event file."""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from congress_desk.core.db import open_event
from congress_desk.core.errors import EventLocked
from congress_desk.core.lock import STALE_AFTER, EventLock, Holder, current_holder, lock_path

HOLDER_SCRIPT = """
import sys
from congress_desk.core.db import open_event
event = open_event(sys.argv[1])
print("writer" if not event.read_only else "read-only: " + event.read_only_reason, flush=True)
sys.stdin.readline()
event.close()
print("closed", flush=True)
"""

OPENER_SCRIPT = """
import json, sys
from congress_desk.core.db import open_event
event = open_event(sys.argv[1])
print(json.dumps({"read_only": event.read_only, "reason": event.read_only_reason}), flush=True)
event.close()
"""


class OtherProcess:
    """A second instance of the app holding the event file open, in its own process."""

    def __init__(self, path: Path):
        self.proc = subprocess.Popen(
            [sys.executable, "-c", HOLDER_SCRIPT, str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, "CONGRESS_DESK_LANG": "vi"},
        )
        self.first_line = self.proc.stdout.readline().strip()

    @property
    def pid(self) -> int:
        return self.proc.pid

    def close(self) -> str:
        out, err = self.proc.communicate("\n", timeout=30)
        assert self.proc.returncode == 0, err
        return out.strip()

    def kill(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=30)


def _write_lock(path: Path, *, host: str, pid: int, heartbeat: dt.datetime, user: str = "thu-ky") -> None:
    lock_path(path).write_text(json.dumps({
        "host": host, "user": user, "pid": pid, "heartbeat": heartbeat.isoformat(),
        "since": heartbeat.isoformat(), "version": "0.1.0",
    }), encoding="utf-8")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def test_second_instance_in_another_process_opens_read_only_and_says_who(demo_path):
    other = OtherProcess(demo_path)
    try:
        assert other.first_line == "writer"
        holder = current_holder(demo_path)
        assert holder is not None and holder.pid == other.pid
        with open_event(demo_path) as event:
            assert event.read_only
            assert event.lock is None
            reason = event.read_only_reason
            assert getpass.getuser() in reason
            assert socket.gethostname() in reason
            assert str(other.pid) in reason
            assert "đang được sửa" in reason             # in Vietnamese
            # It can still read everything.
            assert event.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0] > 500
        # Closing the reader leaves the writer's lock alone.
        assert current_holder(demo_path).pid == other.pid
    finally:
        assert other.close() == "closed"
    assert not lock_path(demo_path).exists()
    with open_event(demo_path) as event:
        assert not event.read_only


def test_holder_in_this_process_makes_another_process_read_only(demo_path):
    with open_event(demo_path) as event:
        assert not event.read_only
        done = subprocess.run([sys.executable, "-c", OPENER_SCRIPT, str(demo_path)],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        seen = json.loads(done.stdout)
        assert seen["read_only"] is True
        assert str(os.getpid()) in seen["reason"] and socket.gethostname() in seen["reason"]
        assert lock_path(demo_path).exists()
    assert not lock_path(demo_path).exists()


def test_a_killed_holder_on_this_host_is_taken_over(demo_path):
    other = OtherProcess(demo_path)
    assert other.first_line == "writer"
    other.kill()                                 # no chance to release the lock
    holder = current_holder(demo_path)
    assert holder is not None and holder.pid == other.pid
    assert holder.is_stale()                     # its process is gone
    with open_event(demo_path) as event:
        assert not event.read_only
        assert current_holder(demo_path).pid == os.getpid()


def test_stale_heartbeat_from_another_host_is_taken_over(demo_path):
    _write_lock(demo_path, host="may-van-thu-02", pid=4321, heartbeat=_now() - STALE_AFTER * 2)
    with open_event(demo_path) as event:
        assert not event.read_only
        holder = current_holder(demo_path)
        assert holder.host == socket.gethostname() and holder.pid == os.getpid()
    assert not lock_path(demo_path).exists()


def test_fresh_lock_from_another_host_is_respected(demo_path):
    _write_lock(demo_path, host="may-van-thu-02", pid=4321, heartbeat=_now() - dt.timedelta(seconds=5),
                user="nguyen.thi.hoa")
    with open_event(demo_path) as event:
        assert event.read_only
        assert "may-van-thu-02" in event.read_only_reason
        assert "nguyen.thi.hoa" in event.read_only_reason
    holder = current_holder(demo_path)
    assert holder.host == "may-van-thu-02"      # untouched


def test_dead_pid_on_this_host_is_taken_over_even_with_a_fresh_heartbeat(demo_path):
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    _write_lock(demo_path, host=socket.gethostname(), pid=proc.pid, heartbeat=_now())
    with open_event(demo_path) as event:
        assert not event.read_only


def test_live_pid_on_this_host_is_respected(demo_path):
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        _write_lock(demo_path, host=socket.gethostname(), pid=proc.pid, heartbeat=_now())
        with open_event(demo_path) as event:
            assert event.read_only
            assert str(proc.pid) in event.read_only_reason
    finally:
        proc.kill()
        proc.wait()


def test_stale_lock_is_kept_when_asked_not_to_take_it(demo_path):
    _write_lock(demo_path, host="may-khac", pid=1, heartbeat=_now() - dt.timedelta(hours=3))
    with open_event(demo_path, take_stale_lock=False) as event:
        assert event.read_only
    assert current_holder(demo_path).host == "may-khac"


def test_half_written_lock_is_not_taken_while_fresh(demo_path):
    lock_path(demo_path).write_text("", encoding="utf-8")    # another process is writing it now
    with open_event(demo_path) as event:
        assert event.read_only
    old = time.time() - 3600
    os.utime(lock_path(demo_path), (old, old))               # ... and never finished
    with open_event(demo_path) as event:
        assert not event.read_only


def test_release_removes_the_lock_and_close_releases(demo_path):
    event = open_event(demo_path)
    assert lock_path(demo_path).exists()
    data = json.loads(lock_path(demo_path).read_text(encoding="utf-8"))
    assert data["pid"] == os.getpid() and data["host"] == socket.gethostname()
    assert data["user"] == getpass.getuser()
    event.close()
    assert not lock_path(demo_path).exists()
    event.close()                                # twice is harmless


def test_the_same_file_opened_twice_in_one_process_shares_the_lock(demo_path):
    first = open_event(demo_path)
    second = open_event(demo_path)
    assert not first.read_only and not second.read_only
    first.close()
    assert lock_path(demo_path).exists()          # the second still edits
    second.close()
    assert not lock_path(demo_path).exists()


def test_heartbeat_thread_keeps_the_lock_fresh(tmp_path):
    event_path = tmp_path / "e.congress"
    event_path.write_bytes(b"")
    lock = EventLock(event_path, heartbeat_every=dt.timedelta(milliseconds=50))
    lock.acquire()
    try:
        first = current_holder(event_path).heartbeat
        deadline = time.monotonic() + 10
        while current_holder(event_path).heartbeat == first and time.monotonic() < deadline:
            time.sleep(0.02)
        assert current_holder(event_path).heartbeat > first
    finally:
        lock.release()
    assert not lock_path(event_path).exists()


def test_a_holder_that_was_taken_over_notices_and_leaves_the_new_lock(tmp_path):
    event_path = tmp_path / "e.congress"
    event_path.write_bytes(b"")
    lock = EventLock(event_path, heartbeat_every=None)
    lock.acquire()
    _write_lock(event_path, host="may-khac", pid=77, heartbeat=_now())   # someone took it over
    assert lock.heartbeat() is False
    assert lock.lost and not lock.held
    lock.release()
    assert current_holder(event_path).host == "may-khac"


def test_acquire_raises_with_the_holder(tmp_path):
    event_path = tmp_path / "e.congress"
    event_path.write_bytes(b"")
    _write_lock(event_path, host="may-khac", pid=77, heartbeat=_now(), user="tran.van.an")
    with pytest.raises(EventLocked) as info:
        EventLock(event_path, heartbeat_every=None).acquire()
    assert info.value.holder["user"] == "tran.van.an"
    assert "tran.van.an" in info.value.message and "may-khac" in info.value.message


def test_holder_staleness():
    now = _now()
    fresh = Holder("may-khac", "a", 5, now - dt.timedelta(seconds=10), now)
    old = Holder("may-khac", "a", 5, now - dt.timedelta(seconds=61), now)
    assert not fresh.is_stale(now)
    assert old.is_stale(now)
    mine = Holder(socket.gethostname(), "a", os.getpid(), now, now)
    assert mine.is_ours() and not mine.is_stale(now)


def test_a_heartbeat_that_cannot_be_written_is_not_an_error(tmp_path, read_only_folder):
    share = tmp_path / "share"
    share.mkdir()
    event_path = share / "e.congress"
    event_path.write_bytes(b"")
    lock = EventLock(event_path, heartbeat_every=None)
    lock.acquire()
    try:
        before = lock_path(event_path).read_bytes()
        with read_only_folder(share):
            assert lock.heartbeat() is True          # still ours; the next beat will do
            assert lock.held and not lock.lost
        assert lock_path(event_path).read_bytes() == before
        assert not list(share.glob("*.tmp"))
    finally:
        lock.release()
    assert not lock_path(event_path).exists()
