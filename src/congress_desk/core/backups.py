"""Backups of an event file in ``backups/`` beside it.

* Before every migration: ``backups/migrations/NAME-vOLD-YYYYmmdd-HHMMSS.congress``,
  kept apart and never rotated.
* While someone edits: at most one every 10 minutes, only when the file changed
  since the last one, in ``backups/``; the newest 20 are kept.

Backups use SQLite's online backup API, so they are consistent even while the
file is open and in WAL mode.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .errors import disk_full

EVERY = dt.timedelta(minutes=10)
KEEP = 20


def backup_dir(event_path: Path) -> Path:
    return Path(event_path).parent / "backups"


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now()).strftime("%Y%m%d-%H%M%S")


def fsync_file(path: Path) -> None:
    """Make a written file durable (and, where the system allows it, its folder entry)."""
    with open(path, "rb+") as f:
        os.fsync(f.fileno())
    fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def copy_database(source: Path, target: Path) -> Path:
    """Consistent copy of an SQLite file (written to a temp name, made durable, then renamed).

    Nothing is left behind when it fails: a full disk raises :class:`DiskFull` (a
    :class:`UserError` with a clear message) and the half-written ``.part`` is removed."""
    target = Path(target)
    tmp = target.with_name(target.name + ".part")
    from .db import sqlite_uri

    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(sqlite_uri(source, mode="ro"), uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        for side in ("-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                Path(str(tmp) + side).unlink(missing_ok=True)
        full = disk_full(exc, target)
        if full is not None:
            raise full from None
        raise
    return target


def remove_leftovers(event_path: Path) -> list[Path]:
    """Half-written copies a crash or a full disk left beside the event file and in its
    backups folders (``.part``, ``.restoring``): removed, and returned."""
    event_path = Path(event_path)
    removed = []
    folder = backup_dir(event_path)
    stem, suffix = re.escape(event_path.stem), re.escape(event_path.suffix or ".congress")
    # Only this file's own (other event files share the folder; their writers may be at work).
    ours = re.compile(rf"{stem}-(?:v\d+-)?\d{{8}}-\d{{6}}(?:-\d+)?{suffix}\.part(?:-journal)?")
    leftovers = {event_path.name + ".restoring", event_path.name + ".restoring.part",
                 event_path.name + ".restoring.part-journal"}
    for place in (event_path.parent, folder, folder / "migrations"):
        if not place.is_dir():
            continue
        for p in place.iterdir():
            if (p.name in leftovers or ours.fullmatch(p.name)) and p.is_file():
                with contextlib.suppress(OSError):
                    p.unlink()
                    removed.append(p)
    return removed


def _unique(path: Path) -> Path:
    n = 1
    candidate = path
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


def migration_backup(event_path: Path, from_version: int) -> Path:
    event_path = Path(event_path)
    name = f"{event_path.stem}-v{from_version}-{_stamp()}{event_path.suffix or '.congress'}"
    return copy_database(event_path, _unique(backup_dir(event_path) / "migrations" / name))


def _modified(event_path: Path) -> float:
    times = [event_path.stat().st_mtime]
    wal = Path(str(event_path) + "-wal")
    if wal.exists():
        times.append(wal.stat().st_mtime)
    return max(times)


@dataclass
class Backup:
    path: Path
    at: dt.datetime
    kind: str  # "periodic" or "migration"


def list_backups(event_path: Path) -> list[Backup]:
    """Every backup of this event file, newest first."""
    event_path = Path(event_path)
    folder = backup_dir(event_path)
    found: list[Backup] = []
    stem, suffix = re.escape(event_path.stem), re.escape(event_path.suffix or ".congress")
    patterns = {
        # Only this file's backups: "a-b.congress" must not pass for a backup of "a.congress".
        "periodic": re.compile(rf"{stem}-\d{{8}}-\d{{6}}(?:-\d+)?{suffix}"),
        "migration": re.compile(rf"{stem}-v\d+-\d{{8}}-\d{{6}}(?:-\d+)?{suffix}"),
    }
    for kind, sub in (("periodic", folder), ("migration", folder / "migrations")):
        if not sub.is_dir():
            continue
        for p in sub.iterdir():
            if not patterns[kind].fullmatch(p.name):
                continue
            found.append(Backup(p, dt.datetime.fromtimestamp(p.stat().st_mtime), kind))
    found.sort(key=lambda b: b.at, reverse=True)
    return found


def _state_path(event_path: Path) -> Path:
    return backup_dir(event_path) / f".{event_path.name}.last-backup.json"


def _last_source_time(event_path: Path) -> float | None:
    """When the event file had last changed at the time of the newest periodic backup."""
    try:
        return float(json.loads(_state_path(event_path).read_text(encoding="utf-8"))["modified"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def periodic_backup(event_path: Path, *, now: dt.datetime | None = None, force: bool = False):
    """Back up if the file changed since the newest backup and that one is 10 minutes old.

    Returns the new backup's path, or None when none was due. Keeps the newest 20.
    ``now`` is the time to stamp the backup with (tests pass it to simulate the clock).
    """
    event_path = Path(event_path)
    now = now or dt.datetime.now()
    existing = [b for b in list_backups(event_path) if b.kind == "periodic"]
    modified = _modified(event_path)
    if existing and not force:
        newest = existing[0]
        if now - newest.at < EVERY:
            return None
        last = _last_source_time(event_path)
        if modified <= (last if last is not None else newest.at.timestamp()):
            return None
    name = f"{event_path.stem}-{_stamp(now)}{event_path.suffix or '.congress'}"
    target = copy_database(event_path, _unique(backup_dir(event_path) / name))
    ts = now.timestamp()
    os.utime(target, (ts, ts))
    state = _state_path(event_path)
    state.write_text(json.dumps({"modified": modified, "backup": target.name}), encoding="utf-8")
    for old in [b for b in list_backups(event_path) if b.kind == "periodic"][KEEP:]:
        old.path.unlink(missing_ok=True)
    return target
