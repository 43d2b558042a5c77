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


@migration(10)
def checkin_sessions(db: Database) -> None:
    """Sessions, journal ids and sequence numbers; deleted people stay deleted.

    ``session`` is NULL for the real morning (and for journal lines of format 1), else the
    rehearsal's id (merged only when asked for by ``merge --session``; never counted as
    attendance). ``journal`` and ``seq`` say which journal file wrote the event and where
    (``journal`` is ``file:<name>`` for format 1 lines, which have no journal id).

    ``checkin_forgotten`` keeps the ids of the events of a deleted delegate (the trigger
    now records them before removing the events), so merging the same journals again
    never brings the person, or their check-in, back.
    """
    db.executescript(
        """
        ALTER TABLE checkin_events ADD COLUMN session TEXT;
        ALTER TABLE checkin_events ADD COLUMN journal TEXT;
        ALTER TABLE checkin_events ADD COLUMN seq INTEGER;
        CREATE INDEX checkin_events_session ON checkin_events(session);
        CREATE TABLE checkin_forgotten (
            id TEXT PRIMARY KEY,
            code TEXT NOT NULL,
            forgotten_at TEXT NOT NULL
        );
        DROP TRIGGER checkin_events_delegate_gone;
        CREATE TRIGGER checkin_events_delegate_gone AFTER DELETE ON delegates
        BEGIN
            INSERT OR IGNORE INTO checkin_forgotten(id, code, forgotten_at)
                SELECT id, code, strftime('%Y-%m-%dT%H:%M:%SZ', 'now') FROM checkin_events
                WHERE code = OLD.code;
            DELETE FROM checkin_events WHERE code = OLD.code;
        END;
        """
    )
