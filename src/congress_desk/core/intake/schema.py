"""Tables of delegate intake (migration 2): remembered column mappings per unit and
a log of imports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..migrations import migration

if TYPE_CHECKING:
    from sqlite_utils import Database


@migration(2)
def create_intake(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE intake_mappings (
            unit_id INTEGER PRIMARY KEY REFERENCES units(id) ON DELETE CASCADE,
            headings TEXT NOT NULL,          -- JSON {folded heading: role or ""}
            updated_at TEXT NOT NULL
        );
        CREATE TABLE intake_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            file TEXT NOT NULL,
            unit_id INTEGER REFERENCES units(id) ON DELETE SET NULL,
            added INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            removed INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0,
            warnings INTEGER NOT NULL DEFAULT 0
        );
        """
    )
