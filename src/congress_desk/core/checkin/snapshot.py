"""What a desk reads from the event file, kept on the laptop between scans.

A desk that is not the window (``congress-desk checkin`` run once per scan, a scanner
script) used to open the event file for every scan with the full integrity check, and
read the whole registry while the committee PC was importing into the same file: the
desks held the file so often that a 20,000-row import crawled (its writer waits for the
readers to let go; on a network share, where the file uses a rollback journal, for every
one of them), and each desk waited up to 10 s on the import in turn.

Now a desk reads the event file only when it changed since the last read (its size and
modification time, and those of its write-ahead log), in one short read transaction,
without the integrity check (a desk only reads, and SQLite refuses a damaged page it
reads), and keeps what it read in a small JSON file on the laptop. When the file is
busy (a writer holds it), the desk waits at most :data:`BUSY_MS` and then goes on with
what it read last time (``stale``), so a scan never waits for an import, and an import
never waits for a queue of desks.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..db import check_event_file, connect
from ..errors import NotAnEventFile, UserError
from ..i18n import translate
from ..migrations import latest_version

BUSY_MS = 250
FORMAT = 1


@dataclass
class Snapshot:
    """The registry and merged check-in events of an event file, as a desk needs them."""

    uid: str | None
    delegates: list[dict]
    events: list[dict]          # every merged event, each with its "session" (None: the real one)
    recodes: list[list]         # [journal, code in journal, code in the event file]
    fingerprint: list
    stale: bool = False         # the file was busy: this is what was read last time

    def events_of(self, session: str | None) -> list[dict]:
        """Merged events of ``session`` (None: the real one), without the session key."""
        return [{k: v for k, v in e.items() if k != "session"} for e in self.events if e.get("session") == session]

    def recode_map(self) -> dict[tuple[str | None, str], str]:
        return {(j, old): new for j, old, new in self.recodes}


def fingerprint(path: Path) -> list:
    """Size and modification time of the event file and of its write-ahead log."""
    out = []
    for p in (Path(path), Path(str(path) + "-wal")):
        try:
            st = p.stat()
            out += [st.st_size, st.st_mtime_ns]
        except OSError:
            out += [None, None]
    return out


def cache_file(event_path: Path, cache_dir: Path) -> Path:
    key = hashlib.sha1(str(Path(event_path).absolute()).encode("utf-8")).hexdigest()[:16]
    return Path(cache_dir) / f"event-{key}.json"


def _read_cache(path: Path) -> Snapshot | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            return None
        return Snapshot(data["uid"], data["delegates"], data["events"], data["recodes"], data["fingerprint"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_cache(path: Path, snap: Snapshot) -> None:
    data = {"format": FORMAT, "uid": snap.uid, "delegates": snap.delegates, "events": snap.events,
            "recodes": snap.recodes, "fingerprint": snap.fingerprint}
    with contextlib.suppress(OSError):  # a desk without a writable local folder still works
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)


def _connect(event_path: Path):
    """A read-only connection (a hook for tests, which count the opens)."""
    return connect(event_path, read_only=True)


def _read_db(event_path: Path, busy_ms: int) -> Snapshot:
    from .directory import load_delegates
    from .store import event_uid, load_recodes

    fp = fingerprint(event_path)
    db = _connect(event_path)
    try:
        db.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.OperationalError as exc:
            if _busy(exc):
                raise
            raise NotAnEventFile(translate("core", "This file is not a Congress Desk event file"),
                                 file=Path(event_path).name) from None
        except sqlite3.DatabaseError:
            raise NotAnEventFile(translate("core", "This file is not a Congress Desk event file"),
                                 file=Path(event_path).name) from None
        if version < latest_version():
            raise UserError(translate("core", "This event file needs an update that cannot be made while it is "
                                              "read-only"), file=Path(event_path).name)
        db.execute("BEGIN")       # one read transaction: a consistent picture, the file held once
        try:
            uid = event_uid(db)
            delegates = load_delegates(db)
            events = []
            for r in db.query("SELECT id, desk, at, type, code, payload, journal, seq, session FROM checkin_events"):
                r["payload"] = json.loads(r["payload"] or "{}")
                for key in ("journal", "seq"):
                    if r[key] is None or (key == "journal" and r[key].startswith("file:")):
                        r.pop(key)
                events.append(r)
            recodes = [[j, old, new] for (j, old), new in load_recodes(db).items()]
        finally:
            db.execute("COMMIT")
    finally:
        db.close()
    return Snapshot(uid, delegates, events, recodes, fp)


def _busy(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def read_snapshot(event_path: Path | str, cache_dir: Path | str, *, busy_ms: int = BUSY_MS) -> Snapshot:
    """The desk's view of the event file: from the laptop's cache when the file did not change,
    else read (and cached). When the file is busy longer than ``busy_ms``, the cached view is
    returned with ``stale`` set; without a cache, the read waits as long as SQLite's usual
    timeout. Raises :class:`NotAnEventFile`, :class:`NewerEventFile` or :class:`UserError`."""
    event_path = Path(event_path).absolute()
    if not event_path.is_file():
        raise UserError(translate("core", "The event file does not exist"), file=str(event_path))
    check_event_file(event_path)
    cache = cache_file(event_path, Path(cache_dir))
    cached = _read_cache(cache)
    if cached is not None and cached.fingerprint == fingerprint(event_path):
        return cached
    try:
        snap = _read_db(event_path, busy_ms if cached is not None else 10_000)
    except sqlite3.OperationalError as exc:
        if cached is None or not _busy(exc):
            raise UserError(translate("core", "Cannot read the event file: {error}").format(error=exc),
                            file=event_path.name) from None
        cached.stale = True
        return cached
    _write_cache(cache, snap)
    return snap
