"""The change history: who changed what, and when (append-only, schema 7)."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def now() -> str:
    """The local time with its offset, to the second: the stamp of every registry write."""
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def record_history(db: Database, entity: str, entity_id, action: str, before=None, after=None,
                   actor: str | None = None) -> None:
    """Append one history row. Part of the caller's write (inside its transaction), which
    returns the :class:`~congress_desk.core.changes.Changes`; this returns nothing."""
    db.execute(
        "INSERT INTO history(at, actor, entity, entity_id, action, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            now(), actor, entity, entity_id, action,
            json.dumps(before, ensure_ascii=False) if before is not None else None,
            json.dumps(after, ensure_ascii=False) if after is not None else None,
        ],
    )
