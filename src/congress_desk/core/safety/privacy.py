"""Remove personal data after the congress: ID numbers, phones, birth dates and the
profile (Party membership, education, political theory, social group), everywhere.

Statistics and history stay: birth *years* (age groups of the credentials report),
gender, units, seats, check-ins and every history line are kept; only the personal
numbers and full birth dates are erased — in the event file (then VACUUM and a WAL
checkpoint, so no old page still holds them), in every backup, in the desk journals
and in the history's before/after JSON.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..backups import backup_dir, list_backups
from ..fields import PROFILE_FIELDS
from ..i18n import translate
from ..registry import erase_personal

PERSONAL_KEYS = ("national_id", "phone", "birth_date", *PROFILE_FIELDS)


@dataclass
class ErasureReport:
    delegates: int = 0
    history: int = 0
    checkin_events: int = 0
    backups: int = 0
    journals: int = 0
    journal_lines: int = 0
    damaged_removed: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """True only when every place was cleaned (the callers say "done" only then)."""
        return not self.problems

    def as_json(self) -> dict:
        return dict(self.__dict__)


def _strip(value):
    """``value`` (decoded JSON) without personal keys, and whether anything went."""
    changed = False
    if isinstance(value, dict):
        out = {}
        for k, v in value.items():
            if k in PERSONAL_KEYS:
                changed = changed or v is not None
                out[k] = None
            else:
                out[k], c = _strip(v)
                changed = changed or c
        return out, changed
    if isinstance(value, list):
        items = [_strip(v) for v in value]
        return [i[0] for i in items], any(i[1] for i in items)
    return value, False


def _strip_text(text: str | None) -> tuple[str | None, bool]:
    if not text:
        return text, False
    try:
        value = json.loads(text)
    except ValueError:
        return text, False
    value, changed = _strip(value)
    return (json.dumps(value, ensure_ascii=False) if changed else text), changed


def _tables(conn) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def erase_in_connection(conn) -> dict:
    """Erase personal data in one open database (one transaction); returns counts."""
    tables = _tables(conn)
    out = {"delegates": 0, "history": 0, "checkin_events": 0}
    conn.execute("BEGIN IMMEDIATE")
    try:
        if "delegates" in tables:
            # the profile (schema 9) only where the file has it: old backups do not
            have = {r[1] for r in conn.execute("PRAGMA table_info(delegates)")}
            cols = [c for c in PERSONAL_KEYS if c in have]
            out["delegates"] = erase_personal(conn, cols)
        for table, columns in (("history", ("before", "after")), ("checkin_events", ("payload",)),
                               ("intake_log", None)):
            if table not in tables:
                continue
            cols = columns or tuple(r[1] for r in conn.execute(f"PRAGMA table_info({table})")
                                    if (r[2] or "").upper() == "TEXT")
            for row in conn.execute(f"SELECT rowid, {', '.join(cols)} FROM {table}").fetchall():
                new, changed = [], False
                for text in row[1:]:
                    value, c = _strip_text(text)
                    new.append(value)
                    changed = changed or c
                if changed:
                    sets = ", ".join(f"{c} = ?" for c in cols)
                    conn.execute(f"UPDATE {table} SET {sets} WHERE rowid = ?", [*new, row[0]])
                    out[table if table in out else "history"] = out.get(table, 0) + 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    # Freed pages still hold the old bytes: rebuild the file and empty the log.
    conn.execute("VACUUM")
    out["log_emptied"] = _empty_log(conn)
    return out


def _empty_log(conn, tries: int = 10, wait_ms: int = 200) -> bool:
    """Fold the write-ahead log into the file and truncate it; False when another connection's
    read keeps old frames (and the numbers in them) in the log. Waits about ``tries`` ×
    ``wait_ms`` for readers to finish (a TRUNCATE checkpoint waits through the busy handler)."""
    previous = conn.execute("PRAGMA busy_timeout").fetchone()[0]
    conn.execute(f"PRAGMA busy_timeout = {int(wait_ms)}")
    try:
        for _ in range(tries):
            busy, log, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if not busy and (log in (0, -1) or log == done):
                return True
        return False
    finally:
        conn.execute(f"PRAGMA busy_timeout = {int(previous)}")


def _uid_of(path: Path) -> str | None:
    """The event_uid of an event file or backup, read-only; None when unreadable."""
    from ..db import sqlite_uri

    try:
        conn = sqlite3.connect(sqlite_uri(path, mode="ro"), uri=True)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM settings WHERE key = 'event_uid'").fetchone()
        return json.loads(row[0]) if row and row[0] else None
    except (sqlite3.Error, ValueError, TypeError):
        return None
    finally:
        conn.close()


# Half copies and SQLite's side files in the backups folder: handled apart, never erased in place.
_NOT_BACKUPS = (".part", ".part-journal", "-journal", "-wal", "-shm", ".erasing", ".restoring", ".tmp")


def backups_of_event(event_path: Path, uid: str | None) -> tuple[list[Path], list[Path]]:
    """(sound backups, damaged copies) of this congress in ``backups/`` beside the file, found
    by its event id — also those made under an earlier name of the file — plus, by name, the
    ones of files too old to carry an id."""
    from ..db import is_event_file

    event_path = Path(event_path)
    folder = backup_dir(event_path)
    by_name = {b.path for b in list_backups(event_path)}
    sound: list[Path] = []
    for sub in (folder, folder / "migrations"):
        if not sub.is_dir():
            continue
        for p in sorted(sub.iterdir()):
            if (not p.is_file() or p.name.startswith(".") or p.name.endswith(_NOT_BACKUPS)
                    or not is_event_file(p)):
                continue
            found = _uid_of(p)
            if (uid and found == uid) or (p in by_name and (found is None or not uid)):
                sound.append(p)
    damaged: list[Path] = []
    damaged_dir = folder / "damaged"
    if damaged_dir.is_dir():
        for p in sorted(damaged_dir.iterdir()):
            # Damaged: SQLite may not read it, but its name or its bytes still say whose it is.
            if p.is_file() and (p.name.startswith(event_path.stem) or (uid and _bytes_hold(p, uid))):
                damaged.append(p)
    return sound, damaged


def _erase_file(path: Path) -> dict:
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    try:
        conn.execute("PRAGMA secure_delete = ON")
        return erase_in_connection(conn)
    finally:
        conn.close()


def _erase_journal(path: Path) -> int:
    """Rewrite a desk journal without personal values (each line's checksum redone).

    Damaged or foreign lines are left as they are (they were never merged)."""
    from ..checkin.journal import encode

    data = path.read_bytes()
    out, changed = [], 0
    for raw in data.split(b"\n"):
        try:
            obj = json.loads(raw.decode("utf-8")) if raw.strip() else None
        except (UnicodeDecodeError, ValueError):
            obj = None
        if isinstance(obj, dict):
            stripped, c = _strip(obj)
            if c:
                changed += 1
                out.append(encode(stripped).rstrip(b"\n"))
                continue
        out.append(raw)
    if changed:
        tmp = path.with_name(path.name + ".erasing")
        tmp.write_bytes(b"\n".join(out))
        os.replace(tmp, path)
    return changed


def _bytes_hold(path: Path, text: str) -> bool:
    try:
        with open(path, "rb") as f:
            return text.encode() in f.read()
    except OSError:
        return False


def _event_uid(event_path: Path, db) -> str | None:
    if db is None:
        return _uid_of(event_path)
    try:
        row = db.conn.execute("SELECT value FROM settings WHERE key = 'event_uid'").fetchone()
        return json.loads(row[0]) if row and row[0] else None
    except (sqlite3.Error, ValueError):
        return None


def erase_personal_data(event_path: Path, *, db=None, journal_dirs=(), progress=None, cancel=None) -> ErasureReport:
    """Erase ID numbers, phones and birth dates from the event file, its backups and journals.

    ``db`` is the open writable connection (the window's writer thread passes its own);
    without it the file is opened here. ``journal_dirs`` default to ``journals/`` beside the
    file. Irreversible by design."""
    from ..checkin.desk import default_local_dir
    from ..db import default_journal_dir

    event_path = Path(event_path).absolute()
    report = ErasureReport()
    if db is not None:
        conn = db.conn
        old = conn.isolation_level
        conn.isolation_level = None
        try:
            conn.execute("PRAGMA secure_delete = ON")
            found = erase_in_connection(conn)
        finally:
            conn.isolation_level = old
    else:
        found = _erase_file(event_path)
    report.delegates, report.history, report.checkin_events = (
        found["delegates"], found["history"], found["checkin_events"])
    if not found.get("log_emptied", True):
        report.problems.append(translate("core", "{file}: another program is reading the event file, so its "
                                                 "write-ahead log still holds old numbers; close it there and "
                                                 "remove the personal data again").format(file=event_path.name))
    uid = _event_uid(event_path, db)
    backups, damaged = backups_of_event(event_path, uid)
    # Copies of a damaged file cannot be cleaned reliably: they go, with their journals.
    for p in damaged:
        p.unlink(missing_ok=True)
        report.damaged_removed += 1
    # Half-written copies left by a crash (".part", ".restoring", ".erasing") hold old data too.
    for folder in (event_path.parent, backup_dir(event_path), backup_dir(event_path) / "migrations"):
        if folder.is_dir():
            for p in folder.iterdir():
                if p.is_file() and (p.name.endswith((".part", ".part-journal", ".restoring", ".erasing"))) \
                        and (p.name.startswith(event_path.stem) or (uid and _bytes_hold(p, uid))):
                    p.unlink(missing_ok=True)
    dirs = [Path(d) for d in journal_dirs] or [default_journal_dir(event_path)]
    if uid:
        dirs.append(default_local_dir(uid))  # this laptop's own copy of its desk journal
    journals = [p for d in dirs if d.is_dir() for p in sorted(d.rglob("*.jsonl"))]
    total = len(backups) + len(journals)
    for i, backup in enumerate(backups, start=1):
        if cancel is not None:
            cancel.check()
        try:
            result = _erase_file(backup)
            if result.get("log_emptied", True):
                report.backups += 1
            else:
                report.problems.append(translate("core", "{file}: its write-ahead log could not be emptied").format(
                    file=backup.name))
        except sqlite3.Error as exc:
            report.problems.append(translate("core", "{file}: {error}").format(file=backup.name, error=exc))
        if progress is not None:
            progress(i, total, backup.name)
    for i, journal in enumerate(journals, start=len(backups) + 1):
        try:
            n = _erase_journal(journal)
        except OSError as exc:
            report.problems.append(translate("core", "{file}: {error}").format(file=journal.name,
                                                                              error=exc.strerror or exc))
            continue
        report.journals += 1 if n else 0
        report.journal_lines += n
        if progress is not None:
            progress(i, total, journal.name)
    return report
