"""The one-writer lock file beside an event file.

``EVENT.lock`` holds JSON: host, user, pid, app version, when it was taken, a heartbeat
the holder refreshes every ``every`` seconds (``HEARTBEAT_EVERY``) and a beat counter. A
second instance — on this PC or another over a network share — reads it, sees who has
the file and opens read-only.

Staleness is never judged by comparing the holder's clock with ours (a PC whose clock is
90 s behind is alive all the same):

* on this host, where the clock is the same one, a holder whose process is gone or whose
  heartbeat is older than ``STALE_AFTER`` is stale for sure (:meth:`Holder.certainly_dead`);
* elsewhere we watch the lock file for two and a half of the holder's intervals, timed by
  our own monotonic clock, and call it stale only when its bytes did not change
  (:func:`watch_lock`; :class:`LockWatch` does it in a background thread for the window).

Taking over is atomic between takers: a taker first creates ``EVENT.lock.takeover``
exclusively, re-reads the lock and replaces it only if it still holds exactly the bytes
that were judged stale. The loser of a race sees a fresh lock and opens read-only. A
holder checks every ``CHECK_EVERY`` that the lock is still its own; when it is not, it
sets ``lost`` (the window then switches to read-only).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import logging
import os
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from .errors import EventLocked
from .i18n import translate

HEARTBEAT_EVERY = dt.timedelta(seconds=15)
# On this host only (same clock): a heartbeat older than this means the holder is gone.
STALE_AFTER = dt.timedelta(seconds=60)
# How often a holder reads the lock back to notice that it was taken over.
CHECK_EVERY = dt.timedelta(seconds=2)
# A watcher waits this many of the holder's intervals without a change before calling it stale.
WATCH_INTERVALS = 2.5
# A takeover takes milliseconds: a takeover token unchanged for this long was left by a crash.
TOKEN_ABANDONED = 10.0

# How many EventLocks of this process share each lock file (an event opened twice).
_holders: dict[str, int] = {}
_holders_lock = threading.Lock()

# Hooks for the tests and the soak (patch them together): our monotonic clock and its sleep,
# and a delay before each step on the lock's files (a slow network share).
_clock = time.monotonic
_sleep = time.sleep
FS_DELAY = float(os.environ.get("CONGRESS_DESK_LOCK_FS_DELAY") or 0)


def _fs_step() -> None:
    if FS_DELAY > 0:
        time.sleep(FS_DELAY)


def hostname() -> str:
    """This computer's name, as ``socket.gethostname()`` gives it (on POSIX that is
    ``uname().nodename``, without loading the socket module at start-up)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def lock_path(event_path: Path) -> Path:
    return Path(str(event_path) + ".lock")


def _token_path(path: Path) -> Path:
    return path.with_name(path.name + ".takeover")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises various errors without a login name
        return "?"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        ctypes.windll.kernel32.CloseHandle(handle)
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_raw(path: Path) -> bytes | None:
    _fs_step()
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError:
        return b""  # unreadable for a moment (a share, a Windows reader): no content we can trust


@dataclass
class Holder:
    host: str
    user: str
    pid: int
    heartbeat: dt.datetime
    since: dt.datetime
    version: str = ""
    every: float = HEARTBEAT_EVERY.total_seconds()
    raw: bytes = b""  # the lock file's bytes as read: what a takeover compares

    @classmethod
    def parse(cls, raw: bytes) -> Holder:
        try:
            data = json.loads(raw.decode("utf-8"))
            return cls(
                host=str(data.get("host", "?")),
                user=str(data.get("user", "?")),
                pid=int(data.get("pid", 0)),
                heartbeat=dt.datetime.fromisoformat(data["heartbeat"]),
                since=dt.datetime.fromisoformat(data.get("since", data["heartbeat"])),
                version=str(data.get("version", "")),
                every=float(data.get("every") or HEARTBEAT_EVERY.total_seconds()),
                raw=raw,
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            # Half-written (another process is writing it right now) or garbage: nobody we
            # can name. It is judged like any other: stale only if it never changes.
            seen = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
            return cls("?", "?", 0, seen, seen, raw=raw)

    @classmethod
    def read(cls, path: Path) -> Holder | None:
        raw = _read_raw(path)
        return None if raw is None else cls.parse(raw)

    def is_ours(self) -> bool:
        return self.host == hostname() and self.pid == os.getpid()

    def certainly_dead(self, now: dt.datetime | None = None) -> bool:
        """On this host, where its clock is ours: its process is gone or it has not beaten
        for ``STALE_AFTER``. A holder on another PC is never judged by its clock."""
        if self.host != hostname() or self.is_ours():
            return False
        if self.pid > 0 and not _pid_alive(self.pid):
            return True
        return (now or _now()) - self.heartbeat > STALE_AFTER

    def certainly_alive(self, now: dt.datetime | None = None) -> bool:
        """On this host: its process runs and it beat within ``STALE_AFTER`` (same clock)."""
        return (self.host == hostname() and not self.is_ours() and self.pid > 0 and _pid_alive(self.pid)
                and (now or _now()) - self.heartbeat <= STALE_AFTER)

    def watch_seconds(self) -> float:
        """How long a watcher waits for this holder's heartbeat to change."""
        return WATCH_INTERVALS * min(max(self.every, 0.01), 600.0)

    def describe(self) -> str:
        if self.host == "?":
            return translate("core", "another instance (its lock file cannot be read)")
        local = self.heartbeat.astimezone()
        return translate("core", "{user} on {host} (process {pid}, last seen {time})").format(
            user=self.user, host=self.host, pid=self.pid, time=local.strftime("%H:%M:%S %d/%m/%Y")
        )

    def as_json(self) -> dict:
        return {
            "host": self.host, "user": self.user, "pid": self.pid,
            "heartbeat": self.heartbeat.isoformat(), "since": self.since.isoformat(),
            "version": self.version, "every": self.every,
        }


@dataclass
class LockState:
    """What watching a lock found: ``free`` (no lock now), ``ours``, ``alive`` (it changed),
    ``stale`` (unchanged for the whole wait, or certainly dead) or ``stopped``."""

    kind: str
    holder: Holder | None = None


def watch_lock(event_path: Path, *, seconds: float | None = None,
               stop: threading.Event | None = None) -> LockState:
    """Watch the lock of ``event_path`` until it changes, goes, or has stayed the same for
    ``seconds`` (default: 2.5 of the holder's own intervals) timed by our monotonic clock."""
    path = lock_path(Path(event_path))
    first = _read_raw(path)
    if first is None:
        return LockState("free")
    holder = Holder.parse(first)
    if holder.is_ours():
        return LockState("ours", holder)
    if holder.certainly_dead():
        return LockState("stale", holder)
    wait = holder.watch_seconds() if seconds is None else seconds
    poll = min(max(wait / 10, 0.005), 0.5)
    start = _clock()
    while True:
        left = wait - (_clock() - start)
        if left <= 0:
            return LockState("stale", holder)
        if stop is not None and stop.is_set():
            return LockState("stopped", holder)
        _sleep(min(left, poll))
        raw = _read_raw(path)
        if raw is None:
            return LockState("free")
        if raw != first:
            return LockState("alive", Holder.parse(raw))


class LockWatch:
    """Watch another instance's lock in a background thread: the window opened read-only at
    once and offers the takeover when ``state`` becomes ``stale`` (its heartbeat did not
    change for two and a half intervals) or ``free`` (it closed the file)."""

    def __init__(self, event_path: Path):
        self.event_path = Path(event_path)
        self.state: LockState | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="congress-desk-lock-watch", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            state = watch_lock(self.event_path, stop=self._stop)
            if state.kind in ("stale", "free", "ours"):
                self.state = state
                return
            if state.kind == "stopped":
                return

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not threading.current_thread():
            self._thread.join(timeout=5)


def _locked(holder: Holder) -> EventLocked:
    return EventLocked(
        translate("core", "The event file is open for editing by {holder}").format(holder=holder.describe()),
        holder=holder.as_json(),
    )


class EventLock:
    """The lock this process holds on an event file.

    While held, a daemon thread reads the lock back every ``check_every`` (to notice a
    takeover: ``lost``) and refreshes the heartbeat every ``heartbeat_every``.
    """

    def __init__(self, event_path: Path, *, heartbeat_every: dt.timedelta | None = HEARTBEAT_EVERY,
                 check_every: dt.timedelta = CHECK_EVERY):
        self.event_path = Path(event_path)
        self.path = lock_path(self.event_path)
        self.since = _now()
        self.held = False
        self.took_over: Holder | None = None  # the stale holder this lock replaced, if any
        self.lost = False  # someone else took the lock over while we held it
        self.lost_to: Holder | None = None
        self._every = heartbeat_every
        self._check = check_every
        self._beats = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------- heartbeat thread
    def _start_heartbeat(self) -> None:
        if self._every is None or self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._beat, name="congress-desk-lock", daemon=True)
        self._thread.start()

    def _beat(self) -> None:
        every = self._every.total_seconds()
        step = min(every, self._check.total_seconds())
        last = time.monotonic()
        while not self._stop.wait(step):
            if time.monotonic() - last >= every - step / 2:
                last = time.monotonic()
                if not self.heartbeat():
                    break
            elif not self.check():
                break

    def _stop_heartbeat(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

    def _payload(self) -> bytes:
        self._beats += 1
        holder = Holder(hostname(), _user(), os.getpid(), _now(), self.since, __version__,
                        (self._every or HEARTBEAT_EVERY).total_seconds())
        return json.dumps({**holder.as_json(), "beat": self._beats}, ensure_ascii=False).encode("utf-8")

    def _write(self, payload: bytes) -> None:
        """Replace the lock file's content in one step (write aside, then rename over)."""
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            tmp.write_bytes(payload)
            _fs_step()
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    # ------------------------------------------------------------- taking it
    def _create(self) -> bool:
        _fs_step()
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(self._payload())
        except BaseException:
            # A full disk: no empty lock file may stay behind (it would look like a lock being written).
            with contextlib.suppress(OSError):
                self.path.unlink()
            raise
        return True

    def _taken(self) -> None:
        self.held = True
        self.lost = False
        self._count(+1)
        self._start_heartbeat()

    def acquire(self, *, take_stale: bool = True, stale: Holder | None = None) -> None:
        """Take the lock, or raise :class:`EventLocked` saying who has it.

        When another instance holds it: with ``take_stale`` (the command line, nobody to
        ask) this watches its heartbeat — blocking, 2.5 of its intervals — and takes it over
        when nothing changed; without, it raises at once (the window opens read-only and
        watches in the background). ``stale`` is a holder already judged stale by a watch:
        taken over at once if the lock still holds exactly those bytes.
        """
        for _attempt in range(5):
            if self._create():
                self._taken()
                return
            raw = _read_raw(self.path)
            if raw is None:
                continue  # released between our two calls; try again
            holder = Holder.parse(raw)
            if holder.is_ours():
                # This process holds it already (the file opened twice): share it.
                self.held = True
                self._count(+1)
                self.heartbeat()
                self._start_heartbeat()
                return
            if (stale is not None and stale.raw == raw) or (take_stale and holder.certainly_dead()):
                judged = holder
            elif take_stale and not holder.certainly_alive():
                state = watch_lock(self.event_path)
                if state.kind == "free":
                    continue
                if state.kind != "stale":
                    raise _locked(state.holder or holder)
                judged = state.holder
            else:
                raise _locked(holder)
            done = self._take_over(judged)
            if done is None:
                continue  # the lock went away meanwhile: create it
            if done:
                self.took_over = judged
                self._taken()
                return
            raise _locked(Holder.read(self.path) or judged)
        raise EventLocked(translate("core", "Could not take the lock on the event file"))

    def _take_over(self, judged: Holder) -> bool | None:
        """Replace the stale lock ``judged`` by ours, atomically with respect to other takers.
        True when it is ours now, False when someone else has it, None when it vanished."""
        token = self._claim_token()
        if token is None:
            return False  # another instance is taking it over right now: it wins
        try:
            raw = _read_raw(self.path)
            if raw is None:
                return None
            if raw != judged.raw:
                return False  # it beat, or someone else took it: not stale any more
            payload = self._payload()
            self._write(payload)
            return _read_raw(self.path) == payload
        finally:
            self._drop_token(token)

    def _claim_token(self) -> bytes | None:
        """Create the takeover token exclusively. None when another taker holds it (we waited
        for it to finish); an abandoned token (unchanged for ``TOKEN_ABANDONED``) is removed."""
        token_path = _token_path(self.path)
        mine = json.dumps({"host": hostname(), "pid": os.getpid(), "id": uuid.uuid4().hex}).encode()
        for _attempt in range(2):
            _fs_step()
            try:
                fd = os.open(token_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                seen = _read_raw(token_path)
                start = _clock()
                while seen is not None and _clock() - start < TOKEN_ABANDONED:
                    _sleep(0.01)
                    now = _read_raw(token_path)
                    if now != seen:
                        return None  # the other taker finished (or another took its place)
                if seen is None:
                    return None
                # Left by a taker that crashed: move it out of the way (rename is atomic, so
                # only one of several cleaners gets it) and try once more.
                aside = token_path.with_name(f"{token_path.name}.{uuid.uuid4().hex}.old")
                try:
                    os.rename(token_path, aside)
                except OSError:
                    return None
                with contextlib.suppress(OSError):
                    aside.unlink()
                continue
            with os.fdopen(fd, "wb") as f:
                f.write(mine)
            return mine
        return None

    def _drop_token(self, mine: bytes) -> None:
        token_path = _token_path(self.path)
        if _read_raw(token_path) == mine:
            with contextlib.suppress(FileNotFoundError):
                token_path.unlink()

    # ------------------------------------------------------------- holding it
    def _gone(self, holder: Holder | None) -> bool:
        """Mark the lock lost (someone else has it, or it was removed)."""
        if self.held:
            self.held = False
            self._count(-1)
        self.lost = True
        self.lost_to = holder
        logging.getLogger(__name__).warning("lock on %s lost to %s", self.path.name,
                                            holder.describe() if holder else "-")
        return False

    def check(self) -> bool:
        """Read the lock back: False (and ``lost``) when it is no longer ours."""
        if not self.held:
            return False
        holder = Holder.read(self.path)
        if holder is None or (not holder.is_ours() and holder.host != "?"):
            return self._gone(holder)
        return True

    def heartbeat(self) -> bool:
        """Refresh the heartbeat. False if someone else took the lock meanwhile."""
        if not self.check():
            return False
        try:
            self._write(self._payload())
        except OSError as exc:
            # A share that hiccups, or (on Windows) a reader holding the file for a moment:
            # the lock is still ours, and the next beat comes long before it could go stale.
            logging.getLogger(__name__).warning("lock heartbeat not written: %s", exc)
        return True

    def _count(self, delta: int) -> int:
        key = str(self.path.absolute())
        with _holders_lock:
            n = _holders.get(key, 0) + delta
            if n > 0:
                _holders[key] = n
            else:
                _holders.pop(key, None)
            return n

    def release(self) -> None:
        self._stop_heartbeat()
        if not self.held:
            return
        self.held = False
        if self._count(-1) > 0:
            return  # another EventFile of this process still uses it
        # Read-then-unlink under the takeover token, as takers replace the lock under it: a
        # taker that judged us stale cannot put its lock in between and lose it to our unlink.
        # Without the token (a taker is at work) the lock is left: it is theirs, or stale.
        token = self._claim_token()
        if token is None:
            return
        try:
            holder = Holder.read(self.path)
            if holder is not None and holder.is_ours():
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
        finally:
            self._drop_token(token)


def current_holder(event_path: Path) -> Holder | None:
    return Holder.read(lock_path(Path(event_path)))
