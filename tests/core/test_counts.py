"""One meaning per number: the counts of core.counts, by hand on a small event, and the same
numbers everywhere they are shown (dashboard, credentials report, CLI JSON, prints)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from congress_desk.core import registry
from congress_desk.core.checkin.report import (
    credentials_report,
    dashboard,
    load_attendance,
    marks_of,
)
from congress_desk.core.checkin.state import Attendance
from congress_desk.core.checkin.store import merge_events
from congress_desk.core.counts import (
    CREDENTIALS_HONOREES_KEY,
    attendance_counts,
    credentials_categories,
    load_marks,
    marks_from_events,
)
from congress_desk.core.event import load_settings, set_value


def _event(code, kind, at, payload=None, n=[0]):  # noqa: B006 - a counter for unique ids
    n[0] += 1
    return {"id": f"e{n[0]}", "desk": "Bàn 1", "at": f"2020-11-09T07:{at:02d}:00+07:00", "type": kind,
            "code": code, "payload": payload or {}}


@pytest.fixture
def small(empty_event):
    """Two units; people of every category, one without a category, one cancelled; a morning."""
    db = empty_event.db
    a = registry.add_unit(db, "Quận Lê Chân", "district")
    b = registry.add_unit(db, "Sở Nội vụ", "department")
    codes = {}
    for key, unit, category, status in [
        ("off1", a, "official", "active"), ("off2", a, "official", "active"), ("none", a, None, "active"),
        ("hon", b, "honoree", "active"), ("guest", b, "guest", "active"), ("press", b, "press", "active"),
        ("staff", b, "staff", "active"), ("gone", a, "official", "cancelled"), ("off3", b, "official", "active"),
    ]:
        delegate_id = registry.add_delegate(db, {"full_name": f"Nguyễn Văn {key}", "unit_id": unit,
                                                 "category": category, "status": status})
        codes[key] = registry.get_delegate(db, delegate_id)["code"]
    c = codes
    events = [
        _event(c["off1"], "checkin", 1),                        # present
        _event(c["off2"], "checkin", 2), _event(c["off2"], "undo", 3),   # undone: not yet arrived
        _event(c["none"], "substitute", 4, {"name": "Lê Thị Thay"}),   # present through a substitute
        _event(c["hon"], "absence", 5, {"reason": "Ốm"}),       # absent with a reason
        _event(c["guest"], "checkin", 6), _event(c["guest"], "checkin", 7),   # twice: once
        _event(c["gone"], "checkin", 8),                        # cancelled: never counted
        _event("90000007", "walkin", 9, {"full_name": "Trần Khách", "category": "guest"}),
        _event(c["off3"], "absence", 10, {"reason": "Công tác"}), _event(c["off3"], "checkin", 11),  # came after all
    ]
    merge_events(db, events)
    return empty_event, codes


def test_counts_by_hand(small):
    event, _codes = small
    counts = attendance_counts(event.reader)
    t = counts.total
    # summoned: 8 active, the walk-in (now in the registry) not; the cancelled one apart
    assert (t.summoned, t.present, t.substitutes, t.absent, t.not_arrived, t.walkins, t.cancelled) == (
        8, 4, 1, 1, 3, 1, 1)
    assert t.in_hall == 5
    off = counts.by_category["official"]   # off1, off2, off3 and the one with no category
    assert (off.summoned, off.present, off.substitutes, off.absent, off.not_arrived, off.cancelled) == (
        4, 3, 1, 0, 1, 1)
    hon = counts.by_category["honoree"]
    assert (hon.summoned, hon.present, hon.absent) == (1, 0, 1)
    assert counts.by_category["guest"].walkins == 1 and counts.by_category["guest"].summoned == 1
    by_unit = {u.name: u.tally for u in counts.by_unit}
    assert [u.name for u in counts.by_unit] == ["Quận Lê Chân", "Sở Nội vụ", None]
    assert (by_unit["Quận Lê Chân"].summoned, by_unit["Quận Lê Chân"].present) == (3, 2)
    assert (by_unit["Sở Nội vụ"].summoned, by_unit["Sở Nội vụ"].absent) == (5, 1)
    assert by_unit[None].walkins == 1 and by_unit[None].summoned == 0
    for tally_ in (counts.total, *counts.by_category.values(), *by_unit.values()):
        assert tally_.summoned == tally_.present + tally_.absent + tally_.not_arrived


def test_credentials_count_official_and_honorees_only_when_the_event_says_so(small):
    event, _codes = small
    delegates, att = load_attendance(event.db)
    date = load_settings(event.db).date
    assert credentials_categories(event.db) == ("official",)
    rep = credentials_report(delegates, att, date=date, db=event.db)
    assert (rep.summoned, rep.present, rep.absent, rep.not_arrived, rep.substitutes) == (4, 3, 0, 1, 1)
    set_value(event.db, CREDENTIALS_HONOREES_KEY, True)
    rep = credentials_report(delegates, att, date=date, db=event.db)
    assert (rep.summoned, rep.present, rep.absent, rep.not_arrived) == (5, 3, 1, 1)
    assert [d["full_name"] for d in rep.absent_people] == ["Nguyễn Văn hon"]
    assert rep.guests_present == 1          # the summoned guest; the walk-in is apart


def test_the_desk_and_the_event_file_count_alike(small):
    event, _codes = small
    delegates, att = load_attendance(event.db)
    board = dashboard(delegates, att)
    assert board.counts == attendance_counts(event.reader)
    assert (board.expected, board.arrived, board.absent, board.not_arrived, board.walkins) == (8, 4, 1, 3, 1)
    assert sum(c.expected for c in board.by_unit) == board.expected
    assert sum(c.arrived for c in board.by_category) == board.arrived
    assert sum(len(c.missing) for c in board.by_unit) == board.not_arrived
    assert sum(len(c.absent) for c in board.by_unit) == board.absent


_KINDS = st.sampled_from(["checkin", "undo", "substitute", "absence", "walkin", "reprint"])


@given(st.lists(st.tuples(st.sampled_from(["10000017", "10000025"]), _KINDS, st.integers(0, 59)), max_size=12))
def test_the_fold_of_the_counts_agrees_with_the_desk(events):
    """core.counts folds merged events with core.presence (it may not import check-in): it
    must agree with the desk's Attendance on any sequence of events."""
    evs = [{"id": f"x{i:02d}", "desk": "Bàn 1", "at": f"2020-11-09T07:{m:02d}:00+07:00", "type": kind,
            "code": code, "payload": {"reason": "Ốm"} if kind == "absence" else {}}
           for i, (code, kind, m) in enumerate(events)]
    assert marks_from_events(evs) == marks_of(Attendance(evs))


def test_every_place_shows_the_same_numbers_on_the_demo(event, tmp_path):
    """The CLI JSON, the dashboard and the credentials report of the demo agree."""
    counts = attendance_counts(event.reader)
    assert load_marks(event.reader) == marks_of(load_attendance(event.db)[1])
    delegates, att = load_attendance(event.db)
    assert dashboard(delegates, att).counts == counts
    rep = credentials_report(delegates, att, date=load_settings(event.db).date, db=event.db)
    off = counts.of("official")
    assert (rep.summoned, rep.present, rep.absent, rep.not_arrived) == (
        off.summoned, off.present, off.absent, off.not_arrived)
    event.close()
    out = subprocess.run([sys.executable, "-m", "congress_desk", "attendance", str(event.path), "--json"],
                         capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert {k: data[k] for k in counts.total.as_json()} == counts.total.as_json()
    assert data["by_category"]["official"] == off.as_json()
    assert data["credentials"]["summoned"] == rep.summoned and data["credentials"]["categories"] == ["official"]
    assert sum(u["summoned"] for u in data["by_unit"]) == data["summoned"]
    # the demo registry: 550 people of whom 8 cancelled before the day, and one walk-in
    assert (data["summoned"], data["cancelled"], data["walkins"]) == (542, 8, 1)


@pytest.mark.parametrize("kind", ["delegate-list", "checkin-list"])
def test_lists_total_the_summoned_by_category(event, tmp_path, kind):
    import pdfplumber

    from congress_desk.core.printing.kinds import render_kind
    from congress_desk.core.printing.options import PrintOptions

    out = tmp_path / f"{kind}.pdf"
    render_kind(event, kind, out, PrintOptions())
    with pdfplumber.open(out) as pdf:
        first = " ".join((pdf.pages[0].extract_text() or "").split())
    c = attendance_counts(event.reader).by_category
    assert (f"Tổng số triệu tập: 542 người (đại biểu chính thức {c['official'].summoned}, đại biểu điển hình "
            f"{c['honoree'].summoned}, khách mời {c['guest'].summoned}, phóng viên {c['press'].summoned}, "
            f"phục vụ {c['staff'].summoned})") in first
    assert "khách đến trực tiếp: 1" in first


def test_the_fold_of_the_counts_follows_an_undo_that_names_its_scan():
    """An undo of format 2 takes back the one scan it names: the other desk's check-in stands."""
    evs = [_event("10000017", "checkin", 1), _event("10000017", "checkin", 2)]
    evs.append(_event("10000017", "undo", 3, {"undoes": evs[1]["id"]}))
    assert marks_from_events(evs) == marks_of(Attendance(evs))
    assert marks_from_events(evs)["10000017"].present
