"""Tables of the event file, by area. Import order does not matter: numbers do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .migrations import migration

if TYPE_CHECKING:
    from sqlite_utils import Database


@migration(1)
def create_registry(db: Database) -> None:
    """Event settings, units, delegates and the change history."""
    db.executescript(
        """
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT
        );
        CREATE TABLE units (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL DEFAULT 'other',
            quota INTEGER,
            position INTEGER NOT NULL DEFAULT 0,
            short_name TEXT
        );
        CREATE TABLE delegates (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            full_name TEXT NOT NULL,
            gender TEXT CHECK (gender IN ('male', 'female')),
            birth_date TEXT,
            birth_year INTEGER,
            ethnicity TEXT,
            position TEXT,
            workplace TEXT,
            unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT,
            category TEXT CHECK (category IN ('official', 'guest', 'honoree', 'press', 'staff')),
            phone TEXT,
            national_id TEXT,
            note TEXT,
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
            rank INTEGER,
            presidium INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX delegates_unit ON delegates(unit_id);
        CREATE INDEX delegates_national_id ON delegates(national_id);
        CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            actor TEXT,
            entity TEXT NOT NULL,
            entity_id INTEGER,
            action TEXT NOT NULL,
            before TEXT,
            after TEXT
        );
        CREATE INDEX history_entity ON history(entity, entity_id);
        """
    )


# Areas register their own migrations in their own modules; importing them here
# keeps the numbering in one visible place.
# 2: intake   3: seating   4: vetting   5: printing   6, 10: check-in   7: append-only history
from .checkin import schema as _checkin_schema  # noqa: E402,F401  (6: check-in)
from .intake import schema as _intake_schema  # noqa: E402,F401  (2: intake)
from .printing import schema as _printing_schema  # noqa: E402,F401  (5: printing)
from .safety import schema as _safety_schema  # noqa: E402,F401  (7: history append-only)
from .seating import schema as _seating_schema  # noqa: E402,F401  (3: seating)
from .vetting import schema as _vetting_schema  # noqa: E402,F401  (4: vetting)
