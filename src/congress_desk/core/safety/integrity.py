"""Is an event file whole? ``quick_check`` at open, domain invariants for tests and tools."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..errors import UserError
from ..i18n import translate


class DamagedEventFile(UserError):
    """The event file's pages are damaged (truncated, bytes changed on disk)."""


def quick_check(conn) -> list[str]:
    """SQLite's ``PRAGMA quick_check``: an empty list when the file is sound.

    ``conn`` is a ``sqlite3.Connection`` or a sqlite-utils ``Database``. A file so damaged
    that the check itself fails gives the error as its only problem."""
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [r[0] for r in rows if r[0] != "ok"]
    return problems


def raise_if_damaged(conn, path: Path) -> None:
    problems = quick_check(conn)
    if problems:
        raise DamagedEventFile(
            translate("core", "The event file is damaged ({detail}). Restore the latest good backup "
                              "from the backups folder beside it.").format(detail=problems[0][:120]),
            file=Path(path).name,
        )


def counts(conn) -> dict:
    """Delegates, seats taken and nominations in an event file (0 for a missing table)."""
    out = {}
    for key, sql in (
        ("delegates", "SELECT COUNT(*) FROM delegates WHERE status = 'active'"),
        ("seats", "SELECT COUNT(*) FROM seat_assignments WHERE delegate_id IS NOT NULL"),
        ("nominations", "SELECT COUNT(*) FROM nominations"),
        ("checkins", "SELECT COUNT(*) FROM checkin_events WHERE type = 'checkin'"),
    ):
        try:
            out[key] = conn.execute(sql).fetchone()[0]
        except sqlite3.DatabaseError:
            out[key] = 0
    return out


def invariants(conn) -> list[str]:
    """Domain rules a whole file keeps; an empty list when all hold.

    Used after a crash (tests kill real processes) and by the restore dialog."""
    problems = [f"integrity: {p}" for p in quick_check(conn)]
    if problems:
        return problems
    checks = {
        "seat taken twice": "SELECT hall, seat FROM seat_assignments GROUP BY hall, seat HAVING COUNT(*) > 1",
        "delegate seated twice in one hall":
            "SELECT hall, delegate_id FROM seat_assignments WHERE delegate_id IS NOT NULL "
            "GROUP BY hall, delegate_id HAVING COUNT(*) > 1",
        "badge code used twice": "SELECT code FROM delegates GROUP BY code HAVING COUNT(*) > 1",
        "seat of a missing delegate":
            "SELECT s.seat FROM seat_assignments s LEFT JOIN delegates d ON d.id = s.delegate_id "
            "WHERE s.delegate_id IS NOT NULL AND d.id IS NULL",
        "vote without its history line":
            "SELECT v.nomination_id FROM council_votes v WHERE NOT EXISTS (SELECT 1 FROM nomination_history h "
            "WHERE h.nomination_id = v.nomination_id AND h.detail LIKE '%\"meeting_id\": ' || v.meeting_id || '%')",
    }
    for what, sql in checks.items():
        try:
            rows = conn.execute(sql).fetchall()
        except sqlite3.OperationalError:
            continue  # table of an area this file does not have yet
        if rows:
            problems.append(f"{what}: {rows[:5]}")
    try:
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
    except sqlite3.DatabaseError as exc:
        fk = [(str(exc),)]
    if fk:
        problems.append(f"foreign keys: {fk[:5]}")
    return problems
