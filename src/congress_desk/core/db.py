"""Open, create and migrate an event file: one SQLite database per congress.

``open_event`` is the one way in. It checks the file is ours, refuses files from
newer versions, takes the one-writer lock (or falls back to read-only and says
why), backs up before migrating, and picks the journal: WAL on a local disk, a
rollback journal on a network share (WAL needs every process on one machine).
Worker threads open their own connection with :func:`connect`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import EventLocked, NewerEventFile, NotAnEventFile, UserError
from .i18n import translate
from .lock import EventLock, Holder, current_holder
from .migrations import latest_version, pending
from .safety.integrity import raise_if_damaged

if TYPE_CHECKING:
    from sqlite_utils import Database

# "CDSK": marks an SQLite file as a Congress Desk event file.
APPLICATION_ID = 0x4344534B
SUFFIX = ".congress"

_NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "afs", "9p",
    "ncpfs", "davfs", "fuse.davfs2", "glusterfs", "ceph", "fuse.rclone", "lustre",
}



def is_network_path(path: Path) -> bool:
    """True when ``path`` lives on a network share, where WAL must not be used."""
    path = Path(os.path.abspath(path))
    if os.environ.get("CONGRESS_DESK_ASSUME_NETWORK") == "1":
        return True
    if os.name == "nt":
        text = str(path)
        if text.startswith("\\\\"):
            return True
        try:
            import ctypes

            root = os.path.splitdrive(text)[0] + "\\"
            return ctypes.windll.kernel32.GetDriveTypeW(root) == 4  # DRIVE_REMOTE
        except (AttributeError, OSError):
            return False
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    best, fstype = "", ""
    text = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        if (text == mount or text.startswith(mount.rstrip("/") + "/")) and len(mount) > len(best):
            best, fstype = mount, parts[2]
    return fstype in _NETWORK_FS


_SQLITE_MAGIC = b"SQLite format 3\x00"


def _header(path: Path | str) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(100)
    except OSError:
        return b""


def is_event_file(path: Path | str) -> bool:
    """A quick look at the file's header: an SQLite database marked as ours.

    Reads 100 bytes and opens no database, so it is safe on any file.
    """
    header = _header(path)
    return (
        len(header) == 100
        and header.startswith(_SQLITE_MAGIC)
        and int.from_bytes(header[68:72], "big") == APPLICATION_ID
    )


def check_event_file(path: Path) -> None:
    """Refuse a file that is not ours or that a newer version wrote, raising
    :class:`NotAnEventFile` or :class:`NewerEventFile`.

    The header is read first, before SQLite even opens the file (and leaves a journal
    beside it). Only when a write-ahead log with content sits beside the file — where
    a newer schema version may still be waiting — is SQLite asked, read-only.
    """
    header = _header(path)
    if not is_event_file(path):
        if _cut_short(path, header):
            raise _damaged(path)
        raise NotAnEventFile(translate("core", "This file is not a Congress Desk event file"), file=path.name)
    version = int.from_bytes(header[60:64], "big")
    if version > latest_version():
        raise _newer(path, version)
    if _wal_has_content(path) and _is_writable(path):
        # (On read-only media SQLite cannot read the log in place: open_event reads a copy.)
        db = connect(path, read_only=True)
        try:
            _check_ours(db, path)
        finally:
            db.close()


def _wal_has_content(path: Path) -> bool:
    wal = Path(str(path) + "-wal")
    try:
        return wal.is_file() and wal.stat().st_size > 0
    except OSError:
        return False


def _cut_short(path: Path, header: bytes) -> bool:
    """A file that was ours but is cut short (a copy stopped half way, a full disk): the
    start of SQLite's header, with our mark when that far is left; or empty with backups
    of this name beside it."""
    if header and len(header) < 100 and (_SQLITE_MAGIC.startswith(header[:16]) or header.startswith(_SQLITE_MAGIC)):
        return len(header) < 72 or int.from_bytes(header[68:72], "big") == APPLICATION_ID
    if not header:
        try:
            empty = Path(path).is_file() and Path(path).stat().st_size == 0
        except OSError:
            return False
        if empty:
            from .backups import list_backups

            return bool(list_backups(Path(path)))
    return False


def _shorter_than_said(path: Path) -> bool:
    """The header gives the file's size in pages; a file shorter than that was cut short."""
    header = _header(path)
    if len(header) < 100:
        return True
    page = int.from_bytes(header[16:18], "big")
    page = 65536 if page == 1 else page
    try:
        return Path(path).stat().st_size < page * int.from_bytes(header[28:32], "big")
    except OSError:
        return False


def _damaged(path: Path, detail: str | None = None) -> UserError:
    from .safety.integrity import DamagedEventFile

    return DamagedEventFile(
        translate("core", "The event file is damaged ({detail}). Restore the latest good backup "
                          "from the backups folder beside it.").format(
            detail=detail or translate("core", "the file is cut short")),
        file=Path(path).name,
    )


def _newer(path: Path, version: int) -> NewerEventFile:
    return NewerEventFile(
        translate("core",
            "This event file was made by a newer version of Congress Desk (format {found}, "
            "this version reads up to {known}). Install the newer version; the file was "
            "left untouched."
        ).format(found=version, known=latest_version()),
        file=path.name,
    )


def _is_writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def sqlite_uri(path: Path | str, **params: str) -> str:
    """An SQLite ``file:`` URI for ``path``: characters like ``#``, ``?`` and ``%`` in
    folder names are quoted, Windows drive letters get their leading slash."""
    text = Path(os.path.abspath(path)).as_posix()
    if not text.startswith("/"):
        text = "/" + text  # C:/… -> /C:/…
    uri = "file:" + urllib.parse.quote(text, safe="/:")
    if params:
        uri += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    return uri


def _connection(path: Path, *, read_only: bool = False, immutable: bool = False) -> sqlite3.Connection:
    if read_only:
        params = {"mode": "ro", **({"immutable": "1"} if immutable else {})}
        uri = sqlite_uri(path, **params)
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=10)
    else:
        conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA recursive_triggers=ON")  # as sqlite-utils sets it, from the first statement
    return conn


def _database(conn: sqlite3.Connection) -> Database:
    from . import load_sqlite_utils

    # Plugins off: nothing installed beside us may change how our connections behave.
    return load_sqlite_utils()(conn, execute_plugins=False)


def connect(path: Path | str, *, read_only: bool = False, immutable: bool = False) -> Database:
    """A new connection to an existing event file, for one thread."""
    return _database(_connection(Path(path), read_only=read_only, immutable=immutable))


def data_version(db: Database) -> tuple[int, int]:
    """What changed the file as this connection sees it: its own writes (``total_changes``)
    and the commits of any other connection (``PRAGMA data_version``). Equal values mean
    nothing was written in between, so what was computed from the file still holds."""
    conn = db.conn
    return conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0]


class Reader:
    """The reading half of sqlite-utils' ``Database`` over a plain connection: ``execute``
    and ``query`` (rows as dicts), for SELECT and PRAGMA statements only.

    The window's start path reads the event file through it (``EventFile.reader``), so
    sqlite-utils, about 40 ms to import, is loaded only once something first needs it.
    Core functions that only read take either.
    """

    __slots__ = ("conn",)

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def execute(self, sql: str, parameters=None) -> sqlite3.Cursor:
        return self.conn.execute(sql) if parameters is None else self.conn.execute(sql, parameters)

    def query(self, sql: str, params=None):
        cursor = self.execute(sql, params)
        if cursor.description is None:
            raise ValueError("query() can only be used with SQL that returns rows")
        keys = [d[0] for d in cursor.description]
        if len(set(keys)) != len(keys):
            raise ValueError(f"duplicate column names in {keys}: name them apart with AS")
        return (dict(zip(keys, row, strict=True)) for row in cursor)


def _check_ours(db: Database | Reader, path: Path) -> int:
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        if is_event_file(path):
            # Our mark is in its header, but SQLite cannot read it: damaged (often cut short), not foreign.
            raise _damaged(path, None if _shorter_than_said(path) else str(exc)[:120]) from None
        raise NotAnEventFile(translate("core", "This file is not a Congress Desk event file"), file=path.name) from None
    if app_id != APPLICATION_ID:
        raise NotAnEventFile(translate("core", "This file is not a Congress Desk event file"), file=path.name)
    if version > latest_version():
        raise _newer(path, version)
    return version


def _migrate(db: Database, path: Path, current: int) -> list[int]:
    steps = pending(current)
    if not steps:
        return []
    if current > 0:
        from .backups import migration_backup

        migration_backup(path, current)
    applied = []
    for step in steps:
        if step.transactional:
            with db.atomic():
                step.apply(db)
                db.execute(f"PRAGMA user_version = {int(step.version)}")
        else:
            step.apply(db)
            db.execute(f"PRAGMA user_version = {int(step.version)}")
        applied.append(step.version)
    return applied


@dataclass
class EventFile:
    """An open event file: its path, a connection, and how it was opened.

    ``db`` is sqlite-utils' ``Database`` on the connection, made on first use; ``reader``
    reads through the same connection without it (for the window's start path).
    """

    path: Path
    conn: sqlite3.Connection
    read_only: bool = False
    read_only_reason: str = ""
    lock: EventLock | None = None
    network: bool = False
    migrated: list[int] = field(default_factory=list)
    # Opened read-only because another instance holds the lock: who (for the window's watch).
    locked_by: Holder | None = None
    # Things to tell the user once, at open (an interrupted restore, leftovers cleaned).
    notices: list[str] = field(default_factory=list)
    # On read-only media with a write-ahead log: the private copy actually read (removed at close).
    data_path: Path | None = None
    _db: Database | None = field(default=None, repr=False)

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = _database(self.conn)
        return self._db

    @property
    def reader(self) -> Reader:
        return Reader(self.conn)

    def make_read_only(self, reason: str) -> None:
        """From now on, refuse writes (the lock was taken over by another instance): this
        connection stops writing and worker connections open read-only."""
        self.read_only = True
        self.read_only_reason = reason
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA query_only = ON")
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def close(self) -> None:
        try:
            if not self.read_only:
                with contextlib.suppress(sqlite3.DatabaseError):
                    self.conn.execute("PRAGMA optimize")
            self.conn.close()
        finally:
            if self.lock is not None:
                self.lock.release()
            _drop_private_copy(self.data_path)

    def __enter__(self) -> EventFile:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def check_writer(self) -> None:
        """Before a write: read the lock back, so a window whose lock another PC took over
        a moment ago saves nothing more (its watch would notice only at the next poll).
        Raises :class:`UserError` naming who has the file now; ``lock.lost`` is then set."""
        lock = self.lock
        if self.read_only or lock is None or lock.check():
            return
        who = lock.lost_to.describe() if lock.lost_to is not None else translate("core", "another instance")
        raise UserError(translate("core", "{holder} has taken over this event file: this change was not saved, "
                                          "and this window is now read-only").format(holder=who))

    def connect_writer(self) -> Database:
        """The writer thread's connection for one write: :meth:`check_writer`, then :meth:`connect`."""
        self.check_writer()
        return self.connect()

    def connect(self) -> Database:
        """A fresh connection for a worker thread."""
        if self.data_path is not None:
            return connect(self.data_path, read_only=True)
        return connect(self.path, read_only=self.read_only, immutable=self.read_only and not _is_writable(self.path))


# How long to wait for other programs when switching the journal mode (it needs the file alone).
JOURNAL_SWITCH_WAIT_MS = 2000


def _set_journal(db: Database | Reader, network: bool) -> str:
    """WAL on a local disk, a rollback journal on a share. The switch needs the file alone: when
    another program keeps it open, a local file simply keeps its rollback journal; a file on a
    share that stays in WAL mode is unsafe to write — returns the reason then, else ""."""
    mode = "DELETE" if network else "WAL"
    db.execute(f"PRAGMA busy_timeout={int(JOURNAL_SWITCH_WAIT_MS)}")
    try:
        db.execute(f"PRAGMA journal_mode={mode}")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc) and "busy" not in str(exc):
            raise
        current = str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower()
        if network and current == "wal":
            return translate("core", "another program has the file open in a mode that is unsafe over a network; "
                                     "close it there and open the file again to edit it")
    finally:
        db.execute("PRAGMA busy_timeout=10000")
    db.execute("PRAGMA synchronous=FULL" if network else "PRAGMA synchronous=NORMAL")
    return ""


def create_event(path: Path | str, *, overwrite: bool = False) -> EventFile:
    """Create a new, empty event file (schema at the latest version) and open it."""
    path = Path(path)
    if path.exists():
        if not overwrite:
            raise UserError(translate("core", "A file with this name already exists"), file=path.name)
        if path.is_dir() or (path.stat().st_size > 0 and not is_event_file(path)):
            raise UserError(
                translate("core", "A file with this name already exists and is not an event file; "
                                  "it was not overwritten"),
                file=path.name,
            )
        holder = current_holder(path)
        if holder is not None and not holder.certainly_dead() and not holder.is_ours():
            raise EventLocked(
                translate("core", "The event file is open for editing by {holder}").format(holder=holder.describe()),
                holder=holder.as_json(), file=path.name,
            )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".creating")
    tmp.unlink(missing_ok=True)
    db = connect(tmp)
    try:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        _migrate(db, tmp, 0)
        from .event import default_settings, save_settings

        with db.atomic():
            save_settings(db, default_settings())
        db.execute("PRAGMA journal_mode=DELETE")
    except BaseException:
        db.close()
        tmp.unlink(missing_ok=True)
        raise
    db.close()
    # The old file's journals must go first: SQLite would replay them into the new file.
    for extra in ("-wal", "-shm", "-journal"):
        Path(str(path) + extra).unlink(missing_ok=True)
    os.replace(tmp, path)
    return open_event(path)


def open_event(
    path: Path | str, *, read_only: bool = False, take_stale_lock: bool = True,
    stale_holder: Holder | None = None,
) -> EventFile:
    """Open an event file for editing, or read-only when someone else holds it.

    Raises :class:`NotAnEventFile`, :class:`NewerEventFile` or :class:`UserError`
    (missing file). When the lock is held by a live process the file opens
    read-only, with ``read_only_reason`` saying who has it and ``locked_by`` the holder.
    ``take_stale_lock``: watch another holder's heartbeat (blocking, 2.5 of its intervals)
    and take the lock over when it did not change; without it the file opens read-only at
    once. ``stale_holder``: a holder a :class:`~.lock.LockWatch` found stale, taken over
    at once if its lock is still exactly as it was watched.
    """
    path = Path(path).absolute()
    if not path.is_file():
        raise UserError(translate("core", "The event file does not exist"), file=str(path))
    check_event_file(path)
    network = is_network_path(path)
    reason = ""
    lock = None
    locked_by = None
    if not read_only and not _is_writable(path):
        read_only = True
        reason = translate("core", "The file or its folder cannot be written (read-only medium or no permission)")
    if not read_only:
        lock = EventLock(path)
        try:
            lock.acquire(take_stale=take_stale_lock, stale=stale_holder)
        except EventLocked as exc:
            read_only, reason, lock = True, exc.message, None
            locked_by = current_holder(path)
    # Report a restore's marker only when no live instance holds the file: it may be restoring now.
    notices = _after_crashes(path, writable=lock is not None) if locked_by is None else []
    if read_only:
        immutable = not _is_writable(path)
        data_path = None
        if immutable and _wal_has_content(path):
            # SQLite would ignore the log (immutable) or fail to read it in place: read a private
            # copy of the file and its log, so the latest changes are shown.
            data_path = _private_copy(path)
            immutable = False
        try:
            conn = _connection(data_path or path, read_only=True, immutable=immutable)
        except BaseException:
            _drop_private_copy(data_path)
            raise
        try:
            version = _check_ours(Reader(conn), path)
            raise_if_damaged(conn, path)
            if version < latest_version():
                raise UserError(
                    translate("core", "This event file needs an update that cannot be made while it is read-only"),
                    file=path.name,
                )
        except BaseException:
            conn.close()
            _drop_private_copy(data_path)
            raise
        return EventFile(path, conn, True, reason or translate("core", "Opened read-only"), None, network,
                         locked_by=locked_by, notices=notices, data_path=data_path)
    conn = _connection(path)
    try:
        reader = Reader(conn)
        version = _check_ours(reader, path)
        raise_if_damaged(conn, path)
        unsafe = _set_journal(reader, network)
        # Migrating writes through sqlite-utils; an up-to-date file (the usual case) needs none.
        db = _database(conn) if version < latest_version() else None
        migrated = _migrate(db, path, version) if db is not None and not unsafe else []
    except BaseException:
        conn.close()
        lock.release()
        raise
    if unsafe:
        # Read-only rather than writing a WAL file over a share: nothing is lost, and it says why.
        lock.release()
        if version < latest_version():  # the tabs cannot read an old format: refuse plainly
            conn.close()
            raise UserError(unsafe, file=path.name)
        conn.execute("PRAGMA query_only = ON")
        return EventFile(path, conn, True, unsafe, None, network, notices=notices)
    return EventFile(path, conn, False, "", lock, network, migrated, db, notices=notices)


def _private_copy(path: Path) -> Path:
    """Copy an event file and its write-ahead log into a private temporary folder."""
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="congress-desk-ro-"))
    copy = folder / path.name
    try:
        shutil.copyfile(path, copy)
        shutil.copyfile(Path(str(path) + "-wal"), Path(str(copy) + "-wal"))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return copy


def _drop_private_copy(copy: Path | None) -> None:
    """Remove a private copy made by :func:`_private_copy` (its whole folder), if any."""
    if copy is not None:
        import shutil

        shutil.rmtree(copy.parent, ignore_errors=True)


def _after_crashes(path: Path, *, writable: bool) -> list[str]:
    """An interrupted restore is reported (and, with the lock, cleaned up after); half-written
    copies a crash or a full disk left (``.part``, ``.restoring``) are removed. A quick look
    at two folders; the backups module is loaded only when there is something to do."""
    notices = []
    if Path(str(path) + ".restore-in-progress").exists():
        from .safety.recovery import finish_interrupted_restore

        message = finish_interrupted_restore(path, writable=writable)
        if message:
            notices.append(message)
    if writable:
        folders = (path.parent, path.parent / "backups", path.parent / "backups" / "migrations")
        try:
            names = [n for f in folders if f.is_dir() for n in os.listdir(f)]
        except OSError:
            names = []
        if any(n.startswith(path.stem) and (".part" in n or n.endswith(".restoring")) for n in names):
            from .backups import remove_leftovers

            remove_leftovers(path)
    return notices


def default_journal_dir(path: Path) -> Path:
    return Path(path).absolute().parent / "journals"


