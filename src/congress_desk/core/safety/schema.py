"""Migration 7: the change history is append-only.

Lines can be added, never deleted, and of a line only the before/after values may change —
the one change allowed is erasing personal numbers from them after the congress
(:mod:`congress_desk.core.safety.privacy`). What happened, to what, when and by whom stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..migrations import migration

if TYPE_CHECKING:
    from sqlite_utils import Database


@migration(7)
def history_append_only(db: Database) -> None:
    db.executescript(
        """
        CREATE TRIGGER history_no_delete BEFORE DELETE ON history
        BEGIN
            SELECT RAISE(ABORT, 'the history of changes is append-only');
        END;
        CREATE TRIGGER history_no_rewrite BEFORE UPDATE ON history
        WHEN NEW.id IS NOT OLD.id OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor
          OR NEW.entity IS NOT OLD.entity OR NEW.entity_id IS NOT OLD.entity_id
          OR NEW.action IS NOT OLD.action
        BEGIN
            SELECT RAISE(ABORT, 'the history of changes is append-only');
        END;
        """
    )
