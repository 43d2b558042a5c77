"""The one-writer lock file beside an event file.

``EVENT.lock`` holds JSON: host, user, pid, app version, when it was taken and a
heartbeat the holder refreshes. A second instance — on this PC or another over a
network share — reads it, sees who has the file and opens read-only. A lock whose
heartbeat is older than ``STALE_AFTER`` (or whose process is gone, on this host)
is stale and may be taken over.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from .errors import EventLocked
from .i18n import translate

STALE_AFTER = dt.timedelta(seconds=60)
# How many EventLocks of this process share each lock file (an event opened twice).
_holders: dict[str, int] = {}
_holders_lock = threading.Lock()
HEARTBEAT_EVERY = dt.timedelta(seconds=15)


def hostname() -> str:
    """This computer's name, as ``socket.gethostname()`` gives it (on POSIX that is
    ``uname().nodename``, without loading the socket module at start-up)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def lock_path(event_path: Path) -> Path:
    return Path(str(event_path) + ".lock")


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


@dataclass
class Holder:
    host: str
    user: str
    pid: int
    heartbeat: dt.datetime
    since: dt.datetime
    version: str = ""

    @classmethod
    def read(cls, path: Path) -> Holder | None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(
                host=str(data.get("host", "?")),
                user=str(data.get("user", "?")),
                pid=int(data.get("pid", 0)),
                heartbeat=dt.datetime.fromisoformat(data["heartbeat"]),
                since=dt.datetime.fromisoformat(data.get("since", data["heartbeat"])),
                version=str(data.get("version", "")),
            )
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            # Unreadable or half-written lock (another process may be writing it right
            # now): its heartbeat is the file's modification time, so it goes stale
            # only if nobody finishes writing it.
            try:
                seen = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
            except OSError:
                seen = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
            return cls("?", "?", 0, seen, seen)

    def is_ours(self) -> bool:
        return self.host == hostname() and self.pid == os.getpid()

    def is_stale(self, now: dt.datetime | None = None) -> bool:
        now = now or _now()
        if now - self.heartbeat > STALE_AFTER:
            return True
        # On this machine we can tell for sure that the holder is gone.
        return self.host == hostname() and self.pid > 0 and not _pid_alive(self.pid)

    def describe(self) -> str:
        local = self.heartbeat.astimezone()
        return translate("core", "{user} on {host} (process {pid}, last seen {time})").format(
            user=self.user, host=self.host, pid=self.pid, time=local.strftime("%H:%M:%S %d/%m/%Y")
        )

    def as_dict(self) -> dict:
        return {
            "host": self.host, "user": self.user, "pid": self.pid,
            "heartbeat": self.heartbeat.isoformat(), "since": self.since.isoformat(),
            "version": self.version,
        }


class EventLock:
    """The lock this process holds on an event file.

    While held, a daemon thread refreshes the heartbeat every ``HEARTBEAT_EVERY`` so
    that other instances never mistake a live holder for a stale one.
    """

    def __init__(self, event_path: Path, *, heartbeat_every: dt.timedelta | None = HEARTBEAT_EVERY):
        self.path = lock_path(Path(event_path))
        self.since = _now()
        self.held = False
        self.took_over: Holder | None = None  # the stale holder this lock replaced, if any
        self.lost = False  # someone else took the lock over while we held it
        self._every = heartbeat_every
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _start_heartbeat(self) -> None:
        if self._every is None or self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._beat, name="congress-desk-lock", daemon=True)
        self._thread.start()

    def _beat(self) -> None:
        while not self._stop.wait(self._every.total_seconds()):
            if not self.heartbeat():
                break

    def _stop_heartbeat(self) -> None:
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=5)

    def _payload(self) -> str:
        holder = Holder(hostname(), _user(), os.getpid(), _now(), self.since, __version__)
        return json.dumps(holder.as_dict(), ensure_ascii=False)

    def acquire(self, *, take_stale: bool = True) -> None:
        """Take the lock, or raise :class:`EventLocked` saying who has it."""
        for _attempt in range(3):
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
            except FileExistsError:
                holder = Holder.read(self.path)
                if holder is None:
                    continue  # released between our two calls; try again
                if holder.is_ours():
                    # This process holds it already (the file opened twice): share it.
                    self.held = True
                    self._count(+1)
                    self.heartbeat()
                    self._start_heartbeat()
                    return
                if holder.is_stale() and take_stale:
                    self._remove_if_unchanged(holder)
                    self.took_over = holder
                    continue
                raise EventLocked(
                    translate("core", "The event file is open for editing by {holder}").format(
                        holder=holder.describe()
                    ),
                    holder=holder.as_dict(),
                ) from None
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                f.write(self._payload())
            self.held = True
            self._count(+1)
            self._start_heartbeat()
            return
        raise EventLocked(translate("core", "Could not take the lock on the event file"))

    def _remove_if_unchanged(self, holder: Holder) -> None:
        again = Holder.read(self.path)
        if again is not None and again.heartbeat == holder.heartbeat:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()

    def heartbeat(self) -> bool:
        """Refresh the heartbeat. False if someone else took the lock meanwhile."""
        if not self.held:
            return False
        holder = Holder.read(self.path)
        if holder is None or (not holder.is_ours() and holder.host != "?"):
            # Taken over (we were thought stale) or removed: we no longer hold it.
            self.held = False
            self.lost = True
            self._count(-1)
            return False
        tmp = self.path.with_name(self.path.name + f".{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            tmp.write_text(self._payload(), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as exc:
            # A share that hiccups, or (on Windows) a reader holding the file for a moment:
            # the lock is still ours, and the next beat comes long before it could go stale.
            with contextlib.suppress(OSError):
                tmp.unlink()
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
        holder = Holder.read(self.path)
        if holder is not None and holder.is_ours():
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()


def current_holder(event_path: Path) -> Holder | None:
    return Holder.read(lock_path(Path(event_path)))
