"""Desk journals: one append-only file of JSON lines per desk.

Each line is one event::

    {"v": 1, "id": "…", "event": "<event_uid>", "desk": "Bàn 1",
     "at": "2020-11-09T07:41:05+07:00", "type": "checkin", "code": "10000017",
     "payload": {}, "crc": "1a2b3c4d"}

``crc`` is the CRC-32 of the line's JSON without it, so a line damaged on a USB
stick or edited by hand is recognised. A desk writes its own file on its local
disk first (one ``write`` and one ``fsync`` per event: a desk killed mid-write
loses at most that event, and earlier lines are never touched), and a
background :class:`Copier` puts a whole, atomically replaced copy into the shared
folder, so a slow share never stalls the desk.

Reading is forgiving: a last line without its newline is torn (being written, or
the desk died) and is skipped quietly; a line that is not valid JSON, fails its
CRC, misses fields or belongs to another congress is skipped and reported, never
merged.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import threading
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import translate
from ..lock import hostname
from ..vietnamese import fold
from .codes import is_valid_code

FORMAT_VERSION = 1
TYPES = ("checkin", "undo", "substitute", "walkin", "absence", "reprint")
SUFFIX = ".jsonl"
_REQUIRED = ("id", "desk", "at", "type", "code")


def now_iso() -> str:
    """Local time with its offset, to the millisecond: ``2020-11-09T07:41:05.123+07:00``
    (milliseconds keep a check-in and its undo in order)."""
    return dt.datetime.now().astimezone().isoformat(timespec="milliseconds")


def _crc(obj: dict) -> str:
    body = json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return f"{zlib.crc32(body.encode('utf-8')):08x}"


def make_event(event_uid: str, desk: str, type_: str, code: str, payload: dict | None = None,
               at: str | None = None) -> dict:
    """A new journal event with a fresh unique id."""
    if type_ not in TYPES:
        raise ValueError(f"unknown journal event type {type_!r}")
    return {
        "v": FORMAT_VERSION,
        "id": uuid.uuid4().hex,
        "event": event_uid,
        "desk": desk,
        "at": at or now_iso(),
        "type": type_,
        "code": code,
        "payload": payload or {},
    }


def encode(event: dict) -> bytes:
    """One journal line (with its CRC and the newline)."""
    body = {k: v for k, v in event.items() if k != "crc"}
    line = dict(body, crc=_crc(body))
    return (json.dumps(line, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


@dataclass
class Problem:
    """A journal line that was skipped and why (in the user's language)."""

    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return translate("core", "{file}, line {line}: {message}").format(
            file=self.file, line=self.line, message=self.message)


@dataclass
class ReadResult:
    events: list[dict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    torn: int = 0          # an unfinished last line (skipped quietly)
    foreign: int = 0       # lines of another congress (also in problems)


def _check(obj, event_uid: str | None) -> str | None:
    """Why a parsed line cannot be merged, or None when it is fine."""
    if not isinstance(obj, dict):
        return translate("core", "not a journal event")
    missing = [k for k in _REQUIRED if not isinstance(obj.get(k), str) or not obj.get(k)]
    if missing:
        return translate("core", "missing {fields}").format(fields=", ".join(missing))
    crc = obj.get("crc")
    if crc != _crc({k: v for k, v in obj.items() if k != "crc"}):
        return translate("core", "damaged line (checksum does not match)")
    if obj.get("v") != FORMAT_VERSION:
        return translate("core", "journal format {v} is not known to this version").format(v=obj.get("v"))
    if obj["type"] not in TYPES:
        return translate("core", "unknown event type {type}").format(type=obj["type"])
    if not is_valid_code(obj["code"]):
        return translate("core", "badge code {code} is not valid").format(code=obj["code"])
    if not isinstance(obj.get("payload", {}), dict):
        return translate("core", "not a journal event")
    try:
        when = dt.datetime.fromisoformat(obj["at"])
    except ValueError:
        return translate("core", "time {at} is not a date and time").format(at=obj["at"])
    if when.tzinfo is None:
        return translate("core", "time {at} has no time zone").format(at=obj["at"])
    if event_uid is not None and obj.get("event") != event_uid:
        return translate("core", "belongs to another congress's event file")
    return None


def parse_bytes(data: bytes, name: str, event_uid: str | None) -> ReadResult:
    """Events of one journal's bytes; see the module doc for what is skipped."""
    out = ReadResult()
    lines = data.split(b"\n")
    tail = lines.pop()  # after the last newline: empty, or a torn line
    if tail.strip():
        out.torn = 1
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            out.problems.append(Problem(name, number, translate("core", "not valid JSON (damaged line)")))
            continue
        why = _check(obj, event_uid)
        if why is not None:
            if isinstance(obj, dict) and why == translate("core", "belongs to another congress's event file"):
                out.foreign += 1
            out.problems.append(Problem(name, number, why))
            continue
        obj.pop("crc", None)
        obj.setdefault("payload", {})
        out.events.append(obj)
    return out


def read_journal(path: Path, event_uid: str | None) -> ReadResult:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        res = ReadResult()
        res.problems.append(Problem(Path(path).name, 0, translate("core", "cannot be read: {error}").format(
            error=exc.strerror or exc)))
        return res
    return parse_bytes(data, Path(path).name, event_uid)


def journal_files(paths) -> list[Path]:
    """Journal files named by ``paths``: files as given, folders for their ``*.jsonl``."""
    out: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += sorted(f for f in p.glob("*" + SUFFIX) if f.is_file())
        elif p.is_file():
            out.append(p)
    return out


class JournalCache:
    """Reads journal folders again only when a file changed (size or mtime)."""

    def __init__(self, event_uid: str | None):
        self.event_uid = event_uid
        self._seen: dict[Path, tuple[int, int, ReadResult]] = {}

    def read(self, paths) -> tuple[list[dict], list[Problem], bool]:
        """(events, problems, changed) over every journal under ``paths``."""
        events: list[dict] = []
        problems: list[Problem] = []
        changed = False
        for path in journal_files(paths):
            try:
                st = path.stat()
            except OSError:
                continue
            key = (st.st_size, st.st_mtime_ns)
            cached = self._seen.get(path)
            if cached is None or cached[:2] != key:
                self._seen[path] = (*key, read_journal(path, self.event_uid))
                changed = True
            res = self._seen[path][2]
            events += res.events
            problems += res.problems
        return events, problems, changed


# ---------------------------------------------------------------- writing

def desk_slug(desk: str) -> str:
    """A file-name-safe form of a desk name: "Bàn 1" -> "ban-1"."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(desk)).strip("-")
    return slug or "desk"


def machine_token(local_dir: Path) -> str:
    """Short id of this laptop and folder, so two desks with the same name never share a file."""
    text = f"{hostname()}|{Path(local_dir).absolute()}"
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


class LocalJournal:
    """The desk's own journal on its local disk: append + fsync, one event at a time."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._repair_tail()
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
        self._fd = os.open(self.path, flags, 0o644)
        self._lock = threading.Lock()

    def _repair_tail(self) -> None:
        """Cut a torn last line left by a desk that died mid-write (that event was never reported)."""
        if not self.path.exists():
            return
        with open(self.path, "r+b") as fh:
            fh.seek(0, os.SEEK_END)
            size = fh.tell()
            if size == 0:
                return
            back = min(size, 1 << 16)
            fh.seek(size - back)
            chunk = fh.read(back)
            if chunk.endswith(b"\n"):
                return
            cut = chunk.rfind(b"\n")
            fh.truncate(size - back + cut + 1 if cut >= 0 else (0 if back == size else size))
            fh.flush()
            os.fsync(fh.fileno())

    def append(self, event: dict) -> None:
        line = encode(event)
        with self._lock:
            os.write(self._fd, line)
            os.fsync(self._fd)

    def close(self) -> None:
        with self._lock:
            if self._fd >= 0:
                os.close(self._fd)
                self._fd = -1


class Copier:
    """Copies the local journal into the shared folder on a background thread.

    Each copy writes the whole file to a temporary name in the shared folder and
    renames it over the previous copy, so readers never see a half-copied file. A
    failing or slow share only delays the copy; the next request retries.
    """

    def __init__(self, source: Path, target: Path):
        self.source = Path(source)
        self.target = Path(target)
        self.error: str | None = None
        self.copied_size = -1
        self._wake = threading.Condition()
        self._pending = True
        self._busy = False
        self._stop = False
        self._thread = threading.Thread(target=self._run, name="journal-copier", daemon=True)
        self._thread.start()

    def request(self) -> None:
        with self._wake:
            self._pending = True
            self._wake.notify_all()

    def _copy_once(self) -> None:
        data = self.source.read_bytes()
        cut = data.rfind(b"\n") + 1          # never copy a line still being written
        data = data[:cut]
        if len(data) == self.copied_size and self.target.exists():
            return
        if not data and not self.target.exists():
            return  # nothing to share yet
        self.target.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.target.with_name(f".{self.target.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.target)
        self.copied_size = len(data)

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._pending and not self._stop:
                    self._wake.wait()
                if self._stop and not self._pending:
                    return
                self._pending = False
                self._busy = True
            try:
                self._copy_once()
                self.error = None
            except OSError as exc:
                self.error = translate("core", "Cannot copy the desk journal to {folder}: {error}").format(
                    folder=self.target.parent, error=exc.strerror or exc)
            finally:
                with self._wake:
                    self._busy = False
                    self._wake.notify_all()
            if self.error is not None and not self._stop:
                with self._wake:  # retry after a pause unless asked again sooner
                    self._wake.wait(timeout=2.0)
                    self._pending = True

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything written so far reached the share (True) or ``timeout``."""
        self.request()
        with self._wake:
            ok = self._wake.wait_for(lambda: not self._pending and not self._busy, timeout=timeout)
        return bool(ok) and self.error is None

    def stop(self, timeout: float = 5.0) -> bool:
        ok = self.flush(timeout)
        with self._wake:
            self._stop = True
            self._pending = False
            self._wake.notify_all()
        with contextlib.suppress(RuntimeError):
            self._thread.join(timeout=0.5)
        return ok
