"""Backups with their counts, the latest good one, and a safe restore.

A restore never loses the current file: under the one-writer lock, its write-ahead log
is folded in and it is copied whole into ``backups/`` (a damaged one byte for byte into
``backups/damaged/``), then the backup replaces it in one rename. A marker beside the
file says a restore is running; the next open reports an interrupted one.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..backups import Backup, backup_dir, copy_database, fsync_dir, fsync_file, list_backups
from ..errors import DiskFull, UserError, disk_full
from ..i18n import translate
from .integrity import counts, quick_check


@dataclass
class BackupInfo:
    path: Path
    at: dt.datetime
    kind: str
    ok: bool
    counts: dict = field(default_factory=dict)
    problem: str = ""


def _ro(path: Path) -> sqlite3.Connection:
    from ..db import sqlite_uri

    return sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)


def inspect_backup(backup: Backup) -> BackupInfo:
    """Open a backup read-only: is it sound, and how many delegates, seats, nominations."""
    from ..db import is_event_file

    if not is_event_file(backup.path):
        return BackupInfo(backup.path, backup.at, backup.kind, False, {},
                          translate("core", "not an event file"))
    try:
        conn = _ro(backup.path)
    except sqlite3.Error as exc:
        return BackupInfo(backup.path, backup.at, backup.kind, False, {}, str(exc))
    try:
        problems = quick_check(conn)
        return BackupInfo(backup.path, backup.at, backup.kind, not problems,
                          counts(conn) if not problems else {}, problems[0] if problems else "")
    finally:
        conn.close()


def backups_with_counts(event_path: Path) -> list[BackupInfo]:
    """Every backup of the event file, newest first, checked and counted."""
    return [inspect_backup(b) for b in list_backups(Path(event_path))]


def latest_good_backup(event_path: Path) -> BackupInfo | None:
    for backup in list_backups(Path(event_path)):
        info = inspect_backup(backup)
        if info.ok:
            return info
    return None


def _side_files(path: Path) -> list[Path]:
    return [Path(str(path) + s) for s in ("-wal", "-shm", "-journal")]


def _keep_current(event_path: Path) -> Path | None:
    """Copy the current file aside, whole and durable, before it is replaced; returns where
    it went. A sound file is copied through SQLite (its write-ahead log included); a damaged
    one byte for byte, with its journals, into ``backups/damaged/``."""
    if not event_path.exists():
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir(event_path) / f"{event_path.stem}-{stamp}{event_path.suffix or '.congress'}"
    n = 1
    while target.exists():
        n += 1
        target = target.with_name(f"{event_path.stem}-{stamp}-{n}{event_path.suffix or '.congress'}")
    try:
        conn = _ro(event_path)
        try:
            sound = not quick_check(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        sound = False
    if sound:
        try:
            return copy_database(event_path, target)
        except DiskFull:
            raise
        except sqlite3.Error:
            pass
    # Damaged: keep its bytes (and its journals) as they are, apart from the good backups.
    damaged = backup_dir(event_path) / "damaged" / f"{event_path.stem}-{stamp}{event_path.suffix}"
    damaged.parent.mkdir(parents=True, exist_ok=True)
    try:
        shutil.copy2(event_path, damaged)
        fsync_file(damaged)
        for side in _side_files(event_path):
            if side.exists():
                copy = Path(str(damaged) + side.name[len(event_path.name):])
                shutil.copy2(side, copy)
                fsync_file(copy)
    except OSError as exc:
        full = disk_full(exc, damaged)
        if full is not None:
            raise full from None
        raise
    return damaged


def marker_path(event_path: Path) -> Path:
    """Written while a restore runs; found at the next open if it was interrupted."""
    return Path(str(event_path) + ".restore-in-progress")


def _restoring_path(event_path: Path) -> Path:
    return event_path.with_name(event_path.name + ".restoring")


def _write_marker(event_path: Path, data: dict) -> None:
    marker = marker_path(event_path)
    tmp = marker.with_name(marker.name + ".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    fsync_file(tmp)
    os.replace(tmp, marker)
    fsync_dir(marker.parent)


def _identity(path: Path) -> tuple[str | None, str | None, int]:
    """(event_uid, congress name, format version) of an event file, read-only."""
    conn = _ro(path)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        values = {}
        try:
            for key, value in conn.execute("SELECT key, value FROM settings WHERE key IN ('event_uid', 'name')"):
                with contextlib.suppress(ValueError, TypeError):
                    values[key] = json.loads(value)
        except sqlite3.DatabaseError:
            pass
        return values.get("event_uid"), values.get("name"), version
    finally:
        conn.close()


def check_restorable(event_path: Path, backup_path: Path) -> BackupInfo:
    """Refuse (``UserError``) a backup that is damaged, not an event file, of a newer format
    than this version reads, or of another congress than the event file's."""
    from ..migrations import latest_version

    info = inspect_backup(Backup(backup_path, dt.datetime.now(), "chosen"))
    if not info.ok:
        raise UserError(translate("core", "This backup cannot be restored: {problem}").format(problem=info.problem),
                        file=backup_path.name)
    uid, name, version = _identity(backup_path)
    if version > latest_version():
        raise UserError(translate("core", "This backup was made by a newer version of Congress Desk (format {found}, "
                                          "this version reads up to {known}); it cannot be restored here.").format(
                            found=version, known=latest_version()), file=backup_path.name)
    if event_path.exists():
        try:
            current_uid, current_name, _v = _identity(event_path)
        except sqlite3.Error:
            current_uid = current_name = None  # damaged: nothing to compare with
        if uid and current_uid and uid != current_uid:
            raise UserError(translate("core", "This backup is of another congress (“{backup}”), not of “{current}”; "
                                              "it was not restored.").format(backup=name or "?",
                                                                              current=current_name or "?"),
                            file=backup_path.name)
    return info


def _checkpoint(event_path: Path) -> None:
    """Fold the write-ahead log into the file, so that removing it loses nothing. Refuses
    (``UserError``) when a reader keeps the log from being emptied."""
    try:
        conn = sqlite3.connect(str(event_path), isolation_level=None, timeout=5)
    except sqlite3.Error:
        return  # damaged beyond opening: it is kept byte for byte, journals included
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if str(mode).lower() != "wal":
            return
        busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.DatabaseError:
        return
    finally:
        conn.close()
    wal = Path(str(event_path) + "-wal")
    if busy or (wal.exists() and wal.stat().st_size > 0):
        raise UserError(translate("core", "Another program is still reading the event file, so its latest changes "
                                          "cannot be secured; close it there and restore again. Nothing was changed."),
                        file=event_path.name)


# Test hook: called with the name of each step of a restore ("locked", "checkpointed", "kept",
# "copied", "marked", "logs_removed", "swapped"); the kill tests stop the process there.
_step = None
# Restores running in this process (another EventFile of ours must not take them for crashed).
_running: set[Path] = set()


def _reached(name: str) -> None:
    if _step is not None:
        _step(name)


def restore_backup(event_path: Path, backup_path: Path, *, lock=None, take_stale_lock: bool = True) -> Path | None:
    """Put a backup in place of the event file. Returns where the current file was kept.

    Takes the one-writer lock (or uses ``lock``, one this process already holds — the window's),
    so nobody edits during the restore; folds the write-ahead log into the file and keeps the
    file whole in ``backups/`` before anything is replaced. A crash at any step leaves either
    the old file or the restored one, and the next open says that a restore was interrupted
    (:func:`finish_interrupted_restore`). Raises :class:`UserError` — the event file untouched —
    for a backup that is damaged, of a newer format or of another congress, and
    :class:`~congress_desk.core.errors.EventLocked` while another instance edits the file."""
    from ..lock import EventLock

    event_path, backup_path = Path(event_path).absolute(), Path(backup_path).absolute()
    if backup_path == event_path:
        raise UserError(translate("core", "This is the event file itself, not a backup"), file=backup_path.name)
    check_restorable(event_path, backup_path)
    own = lock is None
    if own:
        lock = EventLock(event_path)
        lock.acquire(take_stale=take_stale_lock)
    _running.add(event_path)
    try:
        _reached("locked")
        started = dt.datetime.now().isoformat(timespec="seconds")
        _write_marker(event_path, {"backup": str(backup_path), "at": started, "state": "preparing"})
        _checkpoint(event_path)
        _reached("checkpointed")
        kept = _keep_current(event_path)
        _reached("kept")
        tmp = _restoring_path(event_path)
        copy_database(backup_path, tmp)
        _reached("copied")
        _write_marker(event_path, {"backup": str(backup_path), "at": started, "state": "swapping",
                                   "kept": str(kept) if kept else None})
        _reached("marked")
        # The log was emptied by the checkpoint; an old one would be replayed into the restored file.
        for side in _side_files(event_path):
            side.unlink(missing_ok=True)
        _reached("logs_removed")
        os.replace(tmp, event_path)
        fsync_dir(event_path.parent)
        _reached("swapped")
        marker_path(event_path).unlink(missing_ok=True)
        return kept
    except BaseException:
        # Refused or failed before the swap: the event file is as it was; leave no half copy.
        if marker_path(event_path).exists() and _restoring_path(event_path).exists():
            _restoring_path(event_path).unlink(missing_ok=True)
            marker_path(event_path).unlink(missing_ok=True)
        elif marker_path(event_path).exists() and json.loads(
                marker_path(event_path).read_text(encoding="utf-8")).get("state") == "preparing":
            marker_path(event_path).unlink(missing_ok=True)
        raise
    finally:
        _running.discard(event_path)
        if own:
            lock.release()


def finish_interrupted_restore(event_path: Path, *, writable: bool = True) -> str | None:
    """If a restore of this file was interrupted (the process was killed, the PC went off),
    say what the event file now is and, when ``writable``, clean up after it. None when no
    restore was interrupted."""
    event_path = Path(event_path).absolute()
    if event_path in _running:
        return None
    marker = marker_path(event_path)
    try:
        data = json.loads(marker.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        data = {}
    backup = Path(str(data.get("backup") or "?")).name
    at = str(data.get("at") or "?").replace("T", " ")
    tmp = _restoring_path(event_path)
    if data.get("state") == "swapping" and not tmp.exists():
        message = translate("core", "A restore of the backup {backup} (started {at}) was interrupted at its last "
                                    "step: the backup is now the event file.").format(backup=backup, at=at)
    else:
        message = translate("core", "A restore of the backup {backup} (started {at}) was interrupted before it "
                                    "replaced anything: the event file is as it was.").format(backup=backup, at=at)
    kept = data.get("kept")
    if kept and Path(kept).exists():
        message += " " + translate("core", "The file as it was before is kept as {kept}.").format(kept=Path(kept).name)
    if writable:
        tmp.unlink(missing_ok=True)
        from ..backups import remove_leftovers

        remove_leftovers(event_path)
        marker.unlink(missing_ok=True)
    return message


def stale_holder(event_path: Path):
    """The lock's holder when it is certainly gone (its process died on this PC, or on this
    PC it has not beaten for a minute), else None. A holder on another PC is judged only by
    watching its heartbeat (:class:`~congress_desk.core.lock.LockWatch`), never by its clock.

    ``open_event(take_stale_lock=False)`` opens read-only then; the window asks the user
    whether to take the file over and opens again with ``stale_holder=`` that holder."""
    from ..lock import current_holder

    holder = current_holder(Path(event_path))
    if holder is None or not holder.certainly_dead():
        return None
    return holder
