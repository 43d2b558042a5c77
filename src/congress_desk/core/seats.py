"""Who sits where: the read model of the seats table (``seat_assignments``), for every area
that shows a seat (printing, vetting, check-in, the registry, exports). Seating writes the
table; this module only reads it, so the layers below seating can use it.

Labels are ``section-row-number`` ("A-5-12"); presidium seats are in section
"ĐCT" (stage), the secretariat in "TK".
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from .event import load_settings

if TYPE_CHECKING:
    from sqlite_utils import Database

DEFAULT_HALL = "default"


def event_hall_name(db: Database) -> str:
    """The hall the congress uses (settings), by name."""
    return load_settings(db).hall or DEFAULT_HALL


def split_label(label: str) -> tuple[str, str, str]:
    """("A", "5", "12") from "A-5-12" (section names never contain a hyphen)."""
    parts = label.split("-", 2)
    while len(parts) < 3:
        parts.append("")
    return parts[0], parts[1], parts[2]


def _rows(db: Database):
    try:
        return db.execute(
            "SELECT delegate_id, seat FROM seat_assignments WHERE hall = ? AND delegate_id IS NOT NULL",
            [event_hall_name(db)],
        ).fetchall()
    except sqlite3.OperationalError as exc:  # a file from before seating existed
        if "no such table" in str(exc):
            return []
        raise


def seat_labels(db: Database) -> dict[int, str]:
    """delegate id -> printed seat label in the hall the congress uses."""
    return {delegate_id: seat for delegate_id, seat in _rows(db)}


def seat_parts(db: Database) -> dict[int, tuple[str, str, str]]:
    """delegate id -> (section, row label, seat label) — khu, hàng, ghế."""
    return {delegate_id: split_label(seat) for delegate_id, seat in _rows(db)}


def seat_of(db: Database, delegate_id: int) -> str | None:
    row = db.execute(
        "SELECT seat FROM seat_assignments WHERE hall = ? AND delegate_id = ?",
        [event_hall_name(db), delegate_id],
    ).fetchone()
    return row[0] if row else None
