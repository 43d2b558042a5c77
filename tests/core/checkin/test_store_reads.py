"""Small reads of the check-in store the desk's screens use (issue 19, item 2)."""

from __future__ import annotations

import sqlite3

from congress_desk.core.checkin.store import desks_seen


def test_desks_seen_lists_the_merged_desks(event):
    merged = {r[0] for r in event.reader.execute("SELECT desk FROM checkin_events") if r[0]}
    assert desks_seen(event.reader) == merged
    assert desks_seen(event.db) == merged
    event.db.execute("INSERT INTO checkin_events(id, desk, at, type, code, payload, merged_at) VALUES "
                     "('x-1', 'Bàn 9', '2020-11-09T07:00:00+07:00', 'checkin', '10000017', '{}', "
                     "'2020-11-09T07:00:01+07:00')")
    assert "Bàn 9" in desks_seen(event.db)


def test_a_file_without_checkin_tables_has_no_desks():
    conn = sqlite3.connect(":memory:")
    assert desks_seen(conn) == set()
