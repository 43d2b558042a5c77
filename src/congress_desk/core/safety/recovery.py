"""Backups with their counts, the latest good one, and a safe restore.

A restore never loses the current file: it is copied into ``backups/`` first (a
damaged one byte for byte into ``backups/damaged/``), then the backup replaces it.
The event file must be closed (the window closes it first).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..backups import Backup, backup_dir, copy_database, list_backups
from ..errors import UserError
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
    """Copy the current file aside before it is replaced; returns where it went."""
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
        except sqlite3.Error:
            pass
    # Damaged: keep its bytes (and its journals) as they are, apart from the good backups.
    damaged = backup_dir(event_path) / "damaged" / f"{event_path.stem}-{stamp}{event_path.suffix}"
    damaged.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(event_path, damaged)
    for side in _side_files(event_path):
        if side.exists():
            shutil.copy2(side, Path(str(damaged) + side.name[len(event_path.name):]))
    return damaged


def restore_backup(event_path: Path, backup_path: Path) -> Path | None:
    """Replace the (closed) event file by a backup. Returns where the current file was kept.

    Raises :class:`UserError` when the backup is not sound; the event file is then untouched."""
    event_path, backup_path = Path(event_path).absolute(), Path(backup_path).absolute()
    info = inspect_backup(Backup(backup_path, dt.datetime.now(), "chosen"))
    if not info.ok:
        raise UserError(translate("core", "This backup cannot be restored: {problem}").format(problem=info.problem),
                        file=backup_path.name)
    kept = _keep_current(event_path)
    tmp = event_path.with_name(event_path.name + ".restoring")
    copy_database(backup_path, tmp)
    # An old write-ahead log beside the file would be replayed into the restored one.
    for side in _side_files(event_path):
        side.unlink(missing_ok=True)
    os.replace(tmp, event_path)
    return kept


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
