"""Desk journals: one append-only file of JSON lines per desk.

Each line is one event (journal format 2)::

    {"v": 2, "id": "…", "event": "<event_uid>", "session": "<session id>",
     "journal": "<journal id>", "seq": 7, "desk": "Bàn 1",
     "at": "2020-11-09T07:41:05+07:00", "type": "checkin", "code": "10000017",
     "payload": {}, "crc": "1a2b3c4d"}

``session`` says which check-in session the line belongs to (the real morning or a
rehearsal, see :mod:`.session`); lines of format 1 have none and belong to the real
session. ``journal`` is the random id of the journal file, chosen when the desk was
set up on a laptop, and ``seq`` numbers the lines of that file from 0: together they
tell two laptops apart even when both are called "Bàn 1". The first line of a format 2
journal is its set-up line (``"type": "setup"``, no code), whose payload records the
walk-in code range given to that laptop (``{"range": 17, "host": "…"}``). An undo names
the event it takes back (``"payload": {"reason": "…", "undoes": "<event id>"}``).

``crc`` is the CRC-32 of the line's JSON without it, so a line damaged on a USB
stick or edited by hand is recognised. A desk writes its own file on its local
disk first (one ``write`` and one ``fsync`` per event: a desk killed mid-write
loses at most that event, and earlier lines are never touched), and a
background :class:`Copier` puts a whole, atomically replaced copy into the shared
folder, so a slow share never stalls the desk.

Reading is forgiving: a last line without its newline is torn (being written, or
the desk died, or the copy was interrupted) and is skipped and counted (``torn``,
``torn_line``); a line that is not valid JSON, fails its CRC, misses fields or
belongs to another congress is skipped and reported, never merged.
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
from ..registry.codes import is_valid_code
from ..vietnamese import fold
from .session import real_session_id

FORMAT_VERSION = 2
KNOWN_VERSIONS = (1, 2)
TYPES = ("checkin", "undo", "substitute", "walkin", "absence", "reprint")
SETUP = "setup"  # the first line of a format 2 journal: who wrote it, its walk-in range
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
               at: str | None = None, *, session: str | None = None, journal: str | None = None) -> dict:
    """A new journal event with a fresh unique id. ``session`` defaults to the real
    session of ``event_uid``; ``seq`` is set by :meth:`LocalJournal.append`."""
    if type_ not in TYPES and type_ != SETUP:
        raise ValueError(f"unknown journal event type {type_!r}")
    event = {
        "v": FORMAT_VERSION,
        "id": uuid.uuid4().hex,
        "event": event_uid,
        "session": session or real_session_id(event_uid),
        "desk": desk,
        "at": at or now_iso(),
        "type": type_,
        "code": code,
        "payload": payload or {},
    }
    if journal is not None:
        event["journal"] = journal
    return event


def make_setup(event_uid: str, desk: str, *, session: str, journal: str, walkin_range: int,
               at: str | None = None) -> dict:
    """The set-up line of a new journal: its id, its session and the walk-in range of this laptop."""
    return make_event(event_uid, desk, SETUP, "", {"range": walkin_range, "host": hostname()}, at,
                      session=session, journal=journal)


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
    lines: list[int] = field(default_factory=list)     # line number of each event, 1-based
    setups: list[dict] = field(default_factory=list)   # set-up lines (journal id, session, walk-in range)
    problems: list[Problem] = field(default_factory=list)
    torn: int = 0          # an unfinished last line (skipped)
    torn_line: int = 0     # its line number, when torn
    foreign: int = 0       # lines of another congress (also in problems)


def _check(obj, event_uid: str | None) -> str | None:
    """Why a parsed line cannot be merged, or None when it is fine."""
    if not isinstance(obj, dict):
        return translate("core", "not a journal event")
    required = _REQUIRED if obj.get("type") != SETUP else _REQUIRED[:-1]
    missing = [k for k in required if not isinstance(obj.get(k), str) or not obj.get(k)]
    if missing:
        return translate("core", "missing {fields}").format(fields=", ".join(missing))
    crc = obj.get("crc")
    if crc != _crc({k: v for k, v in obj.items() if k != "crc"}):
        return translate("core", "damaged line (checksum does not match)")
    if obj.get("v") not in KNOWN_VERSIONS:
        return translate("core", "journal format {v} is not known to this version").format(v=obj.get("v"))
    if obj["type"] not in TYPES and obj["type"] != SETUP:
        return translate("core", "unknown event type {type}").format(type=obj["type"])
    for key, kind in (("session", str), ("journal", str), ("seq", int)):
        if key in obj and (not isinstance(obj[key], kind) or isinstance(obj[key], bool) or obj[key] == ""):
            return translate("core", "not a journal event")
    if obj["type"] == SETUP:
        if not isinstance(obj.get("journal"), str) or not isinstance((obj.get("payload") or {}).get("range"), int):
            return translate("core", "not a journal event")
    elif not is_valid_code(obj["code"]):
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
        out.torn_line = len(lines) + 1
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
        if obj["type"] == SETUP:
            out.setups.append(obj)
            continue
        out.events.append(obj)
        out.lines.append(number)
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
        self.setups: list[dict] = []   # set-up lines of the journals read last time

    def read(self, paths) -> tuple[list[dict], list[Problem], bool]:
        """(events, problems, changed) over every journal under ``paths``."""
        events: list[dict] = []
        problems: list[Problem] = []
        setups: list[dict] = []
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
            setups += res.setups
        self.setups = setups
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
        existing = parse_bytes(self.path.read_bytes(), self.path.name, None)
        #: the journal's set-up line (None for a new file or one of format 1)
        self.setup: dict | None = existing.setups[0] if existing.setups else None
        seqs = [e["seq"] for e in existing.events + existing.setups if isinstance(e.get("seq"), int)]
        self._seq = max(seqs, default=-1) + 1

    @property
    def journal_id(self) -> str | None:
        return self.setup["journal"] if self.setup else None

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
        """Write one event (format 2 events get the next ``seq`` of this file, set in place)."""
        with self._lock:
            if event.get("v", FORMAT_VERSION) >= 2:
                event["seq"] = self._seq
            line = encode(event)
            os.write(self._fd, line)
            os.fsync(self._fd)
            self._seq += 1
            if event.get("type") == SETUP and self.setup is None:
                self.setup = event

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
