"""Migration 6: check-in events merged from the desk journals."""

from __future__ import annotations

import json
import uuid
from typing import TYPE_CHECKING

from ..migrations import migration

if TYPE_CHECKING:
    from sqlite_utils import Database


@migration(6)
def create_checkins(db: Database) -> None:
    """One row per desk event (check-in, undo, substitute, walk-in, absence, reprint).

    ``id`` is the event's own unique id from the journal, so merging a journal twice
    changes nothing. Events refer to a badge code, not a row id: a walk-in's code is
    known before the committee PC has a row for it. A deleted delegate's events go
    with them (trigger). ``event_uid`` in settings marks journals of this congress, so a
    journal of another congress in the shared folder is recognised and left out.
    """
    db.executescript(
        """
        CREATE TABLE checkin_events (
            id TEXT PRIMARY KEY,
            desk TEXT NOT NULL,
            at TEXT NOT NULL,
            type TEXT NOT NULL CHECK (type IN
                ('checkin', 'undo', 'substitute', 'walkin', 'absence', 'reprint')),
            code TEXT NOT NULL,
            payload TEXT NOT NULL DEFAULT '{}',
            source TEXT,
            merged_at TEXT NOT NULL
        );
        CREATE INDEX checkin_events_code ON checkin_events(code);
        CREATE TRIGGER checkin_events_delegate_gone AFTER DELETE ON delegates
        BEGIN
            DELETE FROM checkin_events WHERE code = OLD.code;
        END;
        """
    )
    db.execute(
        "INSERT OR IGNORE INTO settings(key, value) VALUES ('event_uid', ?)",
        [json.dumps(uuid.uuid4().hex)],
    )
