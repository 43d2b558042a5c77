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

from congress_desk.core import lock as lock_module
from congress_desk.core.db import open_event
from congress_desk.core.errors import EventLocked
from congress_desk.core.lock import (
    STALE_AFTER,
    EventLock,
    Holder,
    LockWatch,
    current_holder,
    lock_path,
    watch_lock,
)

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


def _write_lock(path: Path, *, host: str, pid: int, heartbeat: dt.datetime, user: str = "thu-ky",
                beat: int = 1) -> None:
    lock_path(path).write_text(json.dumps({
        "host": host, "user": user, "pid": pid, "heartbeat": heartbeat.isoformat(),
        "since": heartbeat.isoformat(), "version": "0.1.0", "every": 15, "beat": beat,
    }), encoding="utf-8")


class FakeTime:
    """The lock's own clock and sleep, patched together: a watch of 37.5 s takes no time, and
    ``during`` callbacks run at each sleep (another instance beating while we watch)."""

    def __init__(self):
        self.now = 1000.0
        self.slept = 0.0
        self.during: list = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds
        self.slept += seconds
        for callback in list(self.during):
            callback()


@pytest.fixture
def fake_time(monkeypatch):
    t = FakeTime()
    monkeypatch.setattr(lock_module, "_clock", t.clock)
    monkeypatch.setattr(lock_module, "_sleep", t.sleep)
    return t


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
    assert holder.certainly_dead()               # its process is gone
    with open_event(demo_path) as event:
        assert not event.read_only
        assert current_holder(demo_path).pid == os.getpid()


def test_a_lock_from_another_host_whose_heartbeat_never_changes_is_taken_over(demo_path, fake_time):
    # Its clock agrees with ours (it looks fresh), but nothing beats: judged by watching.
    _write_lock(demo_path, host="may-van-thu-02", pid=4321, heartbeat=_now())
    with open_event(demo_path) as event:
        assert not event.read_only
        assert event.lock.took_over.host == "may-van-thu-02"
        holder = current_holder(demo_path)
        assert holder.host == socket.gethostname() and holder.pid == os.getpid()
    assert fake_time.slept >= 2 * 15                   # two intervals at least, on our own clock
    assert not lock_path(demo_path).exists()


def test_a_live_holder_on_a_pc_90_s_behind_is_not_taken_over(demo_path, fake_time):
    behind = dt.timedelta(seconds=90)
    beats = iter(range(2, 1000))
    _write_lock(demo_path, host="may-cham-dong-ho", pid=4321, heartbeat=_now() - behind, user="lan")
    # It beats every 15 s of our time, each beat stamped by its own (late) clock.
    last = [fake_time.now]

    def beat():
        if fake_time.now - last[0] >= 15:
            last[0] = fake_time.now
            _write_lock(demo_path, host="may-cham-dong-ho", pid=4321, heartbeat=_now() - behind, user="lan",
                        beat=next(beats))

    fake_time.during.append(beat)
    with open_event(demo_path) as event:
        assert event.read_only and "may-cham-dong-ho" in event.read_only_reason
        assert event.locked_by.host == "may-cham-dong-ho"
    assert current_holder(demo_path).host == "may-cham-dong-ho"


def test_watching_a_lock(demo_path, fake_time):
    assert watch_lock(demo_path).kind == "free"
    _write_lock(demo_path, host="may-khac", pid=9, heartbeat=_now() - dt.timedelta(days=3))
    fake_time.during.append(lambda: _write_lock(demo_path, host="may-khac", pid=9, heartbeat=_now(), beat=2))
    state = watch_lock(demo_path)
    assert state.kind == "alive" and state.holder.host == "may-khac"
    fake_time.during.clear()
    fake_time.during.append(lambda: lock_path(demo_path).unlink())
    assert watch_lock(demo_path).kind == "free"
    fake_time.during.clear()
    _write_lock(demo_path, host="may-khac", pid=9, heartbeat=_now())
    start = fake_time.now
    state = watch_lock(demo_path)
    assert state.kind == "stale" and fake_time.now - start >= 2.5 * 15


def test_a_watch_in_the_background_finds_the_stale_holder(demo_path, fake_time):
    _write_lock(demo_path, host="may-khac", pid=9, heartbeat=_now())
    with open_event(demo_path, take_stale_lock=False) as event:
        assert event.read_only and event.locked_by.host == "may-khac"   # at once, no wait
        assert fake_time.slept == 0
        watch = LockWatch(demo_path)
        watch._thread.join(10)
        assert watch.state.kind == "stale"
    with open_event(demo_path, take_stale_lock=False, stale_holder=watch.state.holder) as event:
        assert not event.read_only
        assert current_holder(demo_path).pid == os.getpid()


def test_a_holder_judged_stale_that_beats_again_is_not_taken_over(demo_path, fake_time):
    _write_lock(demo_path, host="may-khac", pid=9, heartbeat=_now())
    judged = watch_lock(demo_path).holder
    _write_lock(demo_path, host="may-khac", pid=9, heartbeat=_now(), beat=2)     # it came back
    with open_event(demo_path, take_stale_lock=False, stale_holder=judged) as event:
        assert event.read_only
    assert current_holder(demo_path).host == "may-khac"


def test_two_takers_of_one_stale_lock_make_one_writer(tmp_path, monkeypatch):
    """Both judged the same lock stale; the second arrives while the first is taking over
    (it holds the takeover token). Exactly one becomes the writer."""
    import threading

    event_path = tmp_path / "e.congress"
    event_path.write_bytes(b"")
    _write_lock(event_path, host="may-da-tat", pid=9, heartbeat=_now())
    judged = current_holder(event_path)
    me = threading.local()
    monkeypatch.setattr(lock_module, "hostname", lambda: getattr(me, "host", socket.gethostname()))
    inside, go_on = threading.Event(), threading.Event()
    real_claim = EventLock._claim_token

    def claim_then_pause(self):
        token = real_claim(self)
        if getattr(me, "host", "") == "may-a":
            inside.set()
            go_on.wait(10)              # A holds the token, the lock is not replaced yet
        return token

    monkeypatch.setattr(EventLock, "_claim_token", claim_then_pause)
    real_sleep = lock_module._sleep

    def sleep(seconds):                  # B waits for the token: now let A finish
        go_on.set()
        real_sleep(seconds)

    monkeypatch.setattr(lock_module, "_sleep", sleep)
    results = {}

    def take(name):
        me.host = name
        lock = EventLock(event_path, heartbeat_every=None)
        try:
            lock.acquire(take_stale=False, stale=judged)
            results[name] = lock
        except EventLocked as exc:
            results[name] = exc

    a = threading.Thread(target=take, args=("may-a",))
    a.start()
    assert inside.wait(10)
    take("may-b")
    a.join(10)
    assert isinstance(results["may-a"], EventLock) and results["may-a"].held
    assert isinstance(results["may-b"], EventLocked) and "may-a" in results["may-b"].message
    assert json.loads(lock_path(event_path).read_text())["host"] == "may-a"
    assert not (tmp_path / "e.congress.lock.takeover").exists()


def test_an_abandoned_takeover_token_does_not_block_forever(tmp_path, fake_time):
    event_path = tmp_path / "e.congress"
    event_path.write_bytes(b"")
    _write_lock(event_path, host="may-da-tat", pid=9, heartbeat=_now())
    (tmp_path / "e.congress.lock.takeover").write_text('{"host": "may-chet-giua-chung"}')
    lock = EventLock(event_path, heartbeat_every=None)
    lock.acquire()
    try:
        assert lock.held and lock.took_over.host == "may-da-tat"
    finally:
        lock.release()
    assert not list(tmp_path.glob("e.congress.lock*"))


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


def test_half_written_lock_is_not_taken_while_it_is_being_written(demo_path, fake_time):
    lock_path(demo_path).write_text("", encoding="utf-8")    # another process is writing it now
    fake_time.during.append(lambda: _write_lock(demo_path, host="may-khac", pid=5, heartbeat=_now()))
    with open_event(demo_path) as event:
        assert event.read_only and "may-khac" in event.read_only_reason
    lock_path(demo_path).write_text("", encoding="utf-8")    # ... and one that is never finished
    fake_time.during.clear()
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


def test_a_takeover_between_releases_read_and_unlink_keeps_the_new_lock(tmp_path, monkeypatch):
    """A holder releasing its lock reads it, then unlinks it. A taker that judged it stale and
    writes its own lock in that gap must not lose it to the unlink: two writers otherwise."""
    import threading

    event_path = tmp_path / "e.congress"
    event_path.write_bytes(b"")
    lock = EventLock(event_path, heartbeat_every=None)
    lock.acquire()
    judged = current_holder(event_path)
    taker = EventLock(event_path, heartbeat_every=None)
    monkeypatch.setattr(taker, "_payload", lambda: json.dumps(
        {"host": "may-khac", "user": "x", "pid": 77, "heartbeat": _now().isoformat(),
         "since": _now().isoformat(), "every": 15}).encode())
    real_read = Holder.read
    outcome = {}

    def take():
        outcome["taken"] = taker._take_over(judged)

    thread = threading.Thread(target=take)

    def read_then_taker_acts(path):
        holder = real_read(path)
        if not thread.is_alive() and "taken" not in outcome:   # the gap between read and unlink
            thread.start()
            thread.join(0.5)                     # the taker has all the time it needs
        return holder

    monkeypatch.setattr(Holder, "read", staticmethod(read_then_taker_acts))
    lock.release()
    thread.join(15)
    monkeypatch.setattr(Holder, "read", staticmethod(real_read))
    holder = current_holder(event_path)
    assert (outcome["taken"] is False and holder is None) or (outcome["taken"] and holder.host == "may-khac")


def test_acquire_raises_with_the_holder(tmp_path):
    event_path = tmp_path / "e.congress"
    event_path.write_bytes(b"")
    _write_lock(event_path, host="may-khac", pid=77, heartbeat=_now(), user="tran.van.an")
    with pytest.raises(EventLocked) as info:
        EventLock(event_path, heartbeat_every=None).acquire(take_stale=False)
    assert info.value.holder["user"] == "tran.van.an"
    assert "tran.van.an" in info.value.message and "may-khac" in info.value.message


def test_holder_staleness_is_certain_only_on_this_host():
    now = _now()
    # Another PC: its clock tells nothing, however old its heartbeat looks.
    assert not Holder("may-khac", "a", 5, now - dt.timedelta(hours=3), now).certainly_dead(now)
    assert not Holder("may-khac", "a", 5, now, now).certainly_alive(now)
    here = socket.gethostname()
    parent = os.getppid()
    assert Holder(here, "a", parent, now - dt.timedelta(seconds=10), now).certainly_alive(now)
    assert Holder(here, "a", parent, now - STALE_AFTER * 2, now).certainly_dead(now)
    mine = Holder(here, "a", os.getpid(), now, now)
    assert mine.is_ours() and not mine.certainly_dead(now)


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


def test_a_holder_notices_a_takeover_within_its_check_interval(tmp_path):
    event_path = tmp_path / "e.congress"
    event_path.write_bytes(b"")
    lock = EventLock(event_path, heartbeat_every=dt.timedelta(seconds=30), check_every=dt.timedelta(milliseconds=20))
    lock.acquire()
    try:
        _write_lock(event_path, host="may-khac", pid=77, heartbeat=_now(), user="hoa")
        deadline = time.monotonic() + 10
        while not lock.lost and time.monotonic() < deadline:
            time.sleep(0.01)
        assert lock.lost and not lock.held and lock.lost_to.user == "hoa"
    finally:
        lock.release()
    assert current_holder(event_path).host == "may-khac"
