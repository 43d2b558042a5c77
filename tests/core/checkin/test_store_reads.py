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


def test_merge_events_says_what_it_changed(event):
    from congress_desk.core.changes import Changes
    from congress_desk.core.checkin.journal import make_event
    from congress_desk.core.checkin.store import event_uid, load_events, merge_events
    from congress_desk.core.registry import list_delegates

    seen = {e["code"] for e in load_events(event.db)}
    code = next(d["code"] for d in list_delegates(event.db) if d["status"] == "active" and d["code"] not in seen)
    ev = make_event(event_uid(event.db), "Bàn 7", "checkin", code)
    result = merge_events(event.db, [ev])
    assert (result.added, result.already, result.changes) == (1, 0, Changes.of("checkins"))
    again = merge_events(event.db, [ev])
    assert (again.added, again.already, again.changes) == (0, 1, Changes())
