"""The history of changes is append-only (migration 7): no line deleted, none rewritten,
except erasing personal numbers from before/after after the congress."""

from __future__ import annotations

import sqlite3

import pytest

from congress_desk.core import registry


def test_history_lines_cannot_be_deleted_or_rewritten(event):
    db = event.db
    delegate_id = registry.list_delegates(db)[0]["id"]
    registry.update_delegate(db, delegate_id, {"position": "Phó Giám đốc"}, actor="thu ky")
    line = db.execute("SELECT id FROM history ORDER BY id DESC LIMIT 1").fetchone()[0]
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM history WHERE id = ?", [line])
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE history SET actor = 'someone else' WHERE id = ?", [line])
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE history SET at = '2020-01-01' WHERE id = ?", [line])
    # Erasing personal numbers from what changed stays possible.
    db.execute("UPDATE history SET before = NULL WHERE id = ?", [line])
    assert db.execute("SELECT actor FROM history WHERE id = ?", [line]).fetchone()[0] == "thu ky"


def test_an_older_file_gets_the_protection_when_opened(tmp_path, old_event_file):
    from congress_desk.core.db import open_event

    path = old_event_file(6)
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert not {"history_no_delete", "history_no_rewrite"} & names
    conn.close()
    event = open_event(path)
    try:
        names = {r[0] for r in event.db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"history_no_delete", "history_no_rewrite"} <= names
        assert list((tmp_path / "backups" / "migrations").glob("old-v6-*.congress"))
    finally:
        event.close()
