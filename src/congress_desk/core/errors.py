"""Errors a user can cause, with where they happened."""

from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix: a bad file, a wrong date, a seat taken.

    ``message`` is already in the user's language. ``file``, ``sheet``, ``row``
    and ``field`` say where, when known.
    """

    def __init__(self, message: str, *, file=None, sheet=None, row=None, field=None):
        super().__init__(message)
        self.message = message
        self.file = file
        self.sheet = sheet
        self.row = row
        self.field = field

    def where(self) -> str:
        parts = []
        if self.file:
            parts.append(str(self.file))
        if self.sheet:
            parts.append(str(self.sheet))
        if self.row:
            parts.append(f"#{self.row}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


class NotAnEventFile(UserError):
    """The path is not a Congress Desk event file."""


class NewerEventFile(UserError):
    """The event file was written by a newer version of the app."""


class EventLocked(UserError):
    """Someone else holds the event file for writing."""

    def __init__(self, message: str, holder: dict | None = None, **kw):
        super().__init__(message, **kw)
        self.holder = holder or {}


class Cancelled(Exception):
    """The user pressed Cancel; the job stopped and rolled back."""


class DiskFull(UserError):
    """The disk (or the user's quota) is full: nothing was written."""


def _no_room(path) -> bool:
    import shutil
    from pathlib import Path

    folder = Path(path)
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < 1 << 20
    except OSError:
        return False


def disk_full(exc: BaseException, path=None) -> DiskFull | None:
    """``exc`` as a :class:`DiskFull` with a clear message when it says the disk is full
    (SQLite's "database or disk is full", ENOSPC, EDQUOT), else None."""
    import errno
    import sqlite3

    if isinstance(exc, DiskFull):
        return exc
    full = False
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None) or 0
        full = code == 13 or "disk is full" in str(exc)  # SQLITE_FULL
        if not full and (code & 0xFF == 10 or "disk I/O error" in str(exc)) and path is not None:
            # SQLITE_IOERR: when writing a copy hits ENOSPC, SQLite may say only "disk I/O error".
            full = _no_room(path)
    elif isinstance(exc, OSError):
        full = exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1))
    if not full:
        return None
    from .i18n import translate

    return DiskFull(translate("core", "The disk is full: what was being saved was not written. Free some space "
                                      "on the drive (or choose another one) and try again."),
                    file=str(path) if path is not None else None)
