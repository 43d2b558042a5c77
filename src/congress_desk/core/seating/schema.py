"""Migration 3: halls kept in the event file and the seat of each delegate."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..migrations import migration

if TYPE_CHECKING:
    from sqlite_utils import Database


@migration(3)
def create_seating(db: Database) -> None:
    """Halls (layout as JSON) and seat assignments per hall.

    ``seat`` is the printed label of a seat in that hall ("A-5-12"). A row with
    ``delegate_id`` NULL and ``locked`` 1 keeps a seat empty on purpose. A
    deleted delegate's seat goes with them (ON DELETE CASCADE).
    """
    db.executescript(
        """
        CREATE TABLE halls (
            name TEXT PRIMARY KEY,
            data TEXT NOT NULL,
            updated_at TEXT
        );
        CREATE TABLE seat_assignments (
            hall TEXT NOT NULL,
            seat TEXT NOT NULL,
            delegate_id INTEGER REFERENCES delegates(id) ON DELETE CASCADE,
            locked INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (hall, seat)
        );
        CREATE UNIQUE INDEX seat_assignments_delegate ON seat_assignments(hall, delegate_id);
        """
    )
