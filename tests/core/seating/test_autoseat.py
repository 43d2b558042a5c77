"""Protocol auto-seating on the demo congress, locks, checks, export and the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from openpyxl import load_workbook

from congress_desk.core.errors import UserError
from congress_desk.core.seating.assign import plan_move, plan_place, seat_states, set_seats
from congress_desk.core.seating.autoseat import auto_seat
from congress_desk.core.seating.checks import run_checks
from congress_desk.core.seating.export import export_seating
from congress_desk.core.seating.geometry import analyse
from congress_desk.core.seating.hall import build_default_hall, load_event_hall, save_hall, use_hall
from congress_desk.core.seating.people import load_people
from congress_desk.core.seating.rules import load_rules, save_rules
from congress_desk.core.seats import seat_labels, seat_parts


def _seated(db):
    hall = load_event_hall(db)
    return hall, {s.delegate_id: s for s in hall.seats if s.delegate_id is not None}


def test_demo_comes_seated_with_locks(event):
    db = event.db
    hall, by_delegate = _seated(db)
    locked = [s for s in hall.seats if s.locked]
    assert len(locked) >= 3
    assert any(s.delegate_id is None for s in locked)  # a seat kept empty
    people = load_people(db)
    # every official delegate and honoree has a seat (walk-ins added later may not)
    own = [p for p in people.values() if p.status == "active" and p.category in ("official", "honoree")]
    assert own and all(p.id in by_delegate for p in own)


def test_auto_seat_protocol_on_the_demo(event):
    db = event.db
    result = auto_seat(db, everyone=True)
    hall, by_delegate = _seated(db)
    people = load_people(db)
    active = {p.id for p in people.values() if p.status == "active"}
    # every active delegate seated exactly once, no seat twice, no cancelled delegate
    labels = [s.label for s in hall.seats if s.delegate_id is not None]
    assert len(labels) == len(set(labels)) == len(by_delegate) == result.assigned
    assert set(by_delegate) == active
    assert result.unseated == []
    assert all(people[d].status == "active" for d in by_delegate)
    # presidium in rank order: the most senior in the front presidium row, centre
    presidium = sorted((p for p in people.values() if p.presidium and p.status == "active"), key=lambda p: p.rank)
    assert all(by_delegate[p.id].kind == "presidium" for p in presidium)
    first = by_delegate[presidium[0].id]
    row1 = [s for s in hall.seats if s.section == first.section and s.row == first.row]
    mid = (min(s.x for s in row1) + max(s.x for s in row1)) / 2
    assert first.row == "1" and abs(first.x - mid) <= 0.5
    geo = analyse(hall)
    # guests in front of every official delegate (locked ones included)
    guests = [geo.line[by_delegate[p.id].label] for p in people.values()
              if p.id in by_delegate and p.category == "guest" and not p.presidium]
    officials = [geo.line[by_delegate[p.id].label] for p in people.values()
                 if p.id in by_delegate and p.category == "official"]
    assert guests and max(guests) <= min(officials)
    # honorees near an aisle
    honorees = [by_delegate[p.id] for p in people.values() if p.id in by_delegate and p.category == "honoree"]
    assert honorees and all(geo.aisle[s.label] <= 2 for s in honorees)
    # press and staff in their own seats (there are enough of them in the default hall)
    for p in people.values():
        if p.id in by_delegate and p.category in ("press", "staff"):
            assert by_delegate[p.id].kind == p.category
    # each unit's officials in the same or adjacent rows
    rows: dict[int, set[int]] = {}
    for p in people.values():
        if p.id in by_delegate and p.category == "official":
            rows.setdefault(p.unit_id, set()).add(geo.line[by_delegate[p.id].label])
    for used in rows.values():
        assert max(used) - min(used) + 1 == len(used)
    assert [v for v in result.violations if v.rule == "delegation_contiguous"] == []


def test_locked_seats_never_move(event):
    db = event.db
    hall = load_event_hall(db)
    people = [p for p in load_people(db).values() if p.status == "active" and p.category == "official"]
    far = sorted((s for s in hall.seats if s.kind == "delegate"), key=lambda s: (-s.y, -s.x))[:2]
    set_seats(db, hall.name, {far[0].label: (people[0].id, True), far[1].label: (None, True)})
    before = {k: v for k, v in seat_states(db, hall.name).items() if v[1]}
    auto_seat(db, everyone=True)
    after = seat_states(db, hall.name)
    for label, state in before.items():
        assert after[label] == state
    # the hand placement away from the delegation is reported, not undone
    assert any(v.rule == "delegation_contiguous" and v.unit == people[0].unit for v in run_checks(db))


def test_more_people_than_seats_says_who_and_why(event):
    db = event.db
    small = build_default_hall(15, name="small")
    small.seats = [s for s in small.seats if s.section not in ("C", "BC", "PV")]
    save_hall(db, small)
    use_hall(db, "small")
    result = auto_seat(db, everyone=True)
    active = sum(1 for p in load_people(db).values() if p.status == "active")
    assert result.assigned + len(result.unseated) == active
    assert len(result.unseated) > 100
    assert all(u.code and u.full_name and u.reason for u in result.unseated)
    js = result.as_json()
    assert set(js) == {"assigned", "placed", "moved", "unseated", "violations"}
    assert set(js["unseated"][0]) == {"code", "full_name", "reason"}


def test_rules_are_stored_and_change_the_result(event):
    db = event.db
    rules = load_rules(db)
    assert rules.order[0] == "presidium"
    rules.disabled = ["presidium"]
    rules.unit_kinds = ["enterprise", *[k for k in rules.unit_kinds if k != "enterprise"]]
    save_rules(db, rules)
    assert load_rules(db).disabled == ["presidium"]
    auto_seat(db, everyone=True)
    hall, by_delegate = _seated(db)
    assert not any(s.kind == "presidium" and s.delegate_id for s in hall.seats)
    people = load_people(db)
    geo = analyse(hall)
    ent = [geo.line[by_delegate[p.id].label] for p in people.values()
           if p.id in by_delegate and p.category == "official" and p.unit_kind == "enterprise"]
    dist = [geo.line[by_delegate[p.id].label] for p in people.values()
            if p.id in by_delegate and p.category == "official" and p.unit_kind == "district"]
    assert max(ent) <= min(dist)


def test_moves_swaps_and_places(event):
    db = event.db
    hall = load_event_hall(db)
    states = seat_states(db, hall.name)
    a, b = "A-10-2", "A-10-3"
    da, db_ = states[a][0], states[b][0]
    new = plan_move(hall, states, [a], b)
    assert new == {b: (da, False), a: (db_, False)}
    set_seats(db, hall.name, new)
    assert seat_labels(db)[da] == b and seat_labels(db)[db_] == a
    # moving a group of two onto an empty run
    set_seats(db, hall.name, {"C-20-1": (None, False), "C-20-2": (None, False)})
    states = seat_states(db, hall.name)
    new = plan_move(hall, states, [a, b], "C-20-1")
    set_seats(db, hall.name, new)
    labels = seat_labels(db)
    assert (labels[db_], labels[da]) == ("C-20-1", "C-20-2")
    assert seat_parts(db)[da] == ("C", "20", "2")
    # placing a delegate from anywhere frees their old seat
    states = seat_states(db, hall.name)
    new = plan_place(hall, states, [da], "A-10-2")
    set_seats(db, hall.name, new)
    assert seat_labels(db)[da] == "A-10-2"
    assert "C-20-2" not in {v for v in seat_labels(db).values()}


def test_checks_find_problems(event):
    db = event.db
    hall = load_event_hall(db)
    people = load_people(db)
    by_delegate = {s.delegate_id: s for s in hall.seats if s.delegate_id}
    guest = next(p for p in people.values() if p.category == "guest" and not p.presidium and p.id in by_delegate)
    honoree = next(p for p in people.values() if p.category == "honoree" and p.id in by_delegate)
    set_seats(db, hall.name, {"B-21-7": (guest.id, False), "B-20-7": (honoree.id, False),
                              by_delegate[guest.id].label: (None, False),
                              by_delegate[honoree.id].label: (None, False)})
    db.execute("UPDATE delegates SET status = 'cancelled' WHERE id = ?",
               [next(iter(d for d in by_delegate if people[d].category == "official"))])
    rules = {v.rule for v in run_checks(db)}
    assert {"guest_in_front", "honoree_near_aisle", "seat_of_removed_delegate"} <= rules


def test_export_seating_by_unit_and_by_seat(event, tmp_path):
    out = export_seating(event.db, tmp_path / "seating.xlsx")
    wb = load_workbook(out)
    by_unit, by_seat = wb.worksheets
    labels = seat_labels(event.db)
    rows = list(by_unit.iter_rows(min_row=2, values_only=True))
    assert len(rows) == sum(1 for p in load_people(event.db).values() if p.status == "active")
    codes = {r[3]: r for r in rows}
    people = load_people(event.db)
    some = next(iter(labels))
    assert codes[people[some].code][5] == labels[some]
    assert all(isinstance(v, str) for r in rows for v in r if v is not None)
    seat_rows = list(by_seat.iter_rows(min_row=2, values_only=True))
    assert len(seat_rows) == len(load_event_hall(event.db).seats)


def test_cli_seat_json_contract(demo_path):
    run = subprocess.run([sys.executable, "-m", "congress_desk", "seat", str(demo_path), "--auto", "--json"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    data = json.loads(run.stdout)
    assert set(data) == {"assigned", "placed", "moved", "unseated", "violations"}
    assert data["assigned"] > 500 and data["unseated"] == []
    assert data["moved"] == 0            # the demo comes seated: nobody moves
    bad = subprocess.run([sys.executable, "-m", "congress_desk", "seat", str(demo_path) + ".nope", "--auto"],
                         capture_output=True, text=True, timeout=120)
    assert bad.returncode == 2 and "Traceback" not in bad.stderr


def test_cli_seat_exit_1_when_people_left(demo_path):
    from congress_desk.core.db import open_event

    with open_event(demo_path) as ev:
        small = build_default_hall(0, name="tiny")
        small.seats = small.seats[:50]
        save_hall(ev.db, small)
        use_hall(ev.db, "tiny")
    run = subprocess.run([sys.executable, "-m", "congress_desk", "seat", str(demo_path), "--auto", "--json"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    data = json.loads(run.stdout)
    assert data["assigned"] == 50 and len(data["unseated"]) > 400
    assert run.stderr.strip()


@pytest.mark.parametrize("event", ["empty"], indirect=True)
def test_empty_event(event):
    result = auto_seat(event.db, everyone=True)
    assert result.assigned == 0 and result.unseated == [] and result.violations == []
    assert seat_labels(event.db) == {}


def test_honorees_follow_the_ceremony_order(event):
    """With vetting's running order, honorees sit by the aisles in the order they go up."""
    from congress_desk.core.seating.people import ceremony_order

    db = event.db
    order = ceremony_order(db)
    if not order:
        pytest.skip("the demo has no honoree on the ceremony's running order")
    auto_seat(db, everyone=True)
    hall, by_delegate = _seated(db)
    geo = analyse(hall)
    people = load_people(db)
    ranked = sorted((d for d in order if d in by_delegate and people[d].category == "honoree"
                     and not by_delegate[d].locked), key=order.get)
    lines = [geo.line[by_delegate[d].label] for d in ranked]
    assert lines == sorted(lines)  # earlier on stage = nearer the front


def test_cli_seat_names_a_missing_hall(demo_path):
    from congress_desk.core.db import open_event
    from congress_desk.core.event import load_settings, save_settings

    with open_event(demo_path) as ev:
        settings = load_settings(ev.db)
        settings.hall = "hội trường cũ"
        save_settings(ev.db, settings)
    run = subprocess.run([sys.executable, "-m", "congress_desk", "seat", str(demo_path), "--auto", "--json"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert run.stdout == ""
    assert "hội trường cũ" in run.stderr and "Traceback" not in run.stderr


def test_placing_several_skips_locked_seats_in_reading_order(event):
    db = event.db
    hall = load_event_hall(db)
    states = seat_states(db, hall.name)
    ids = [states[f"B-15-{n}"][0] for n in (1, 2, 3)]
    set_seats(db, hall.name, {"B-16-2": (states["B-16-2"][0], True)})  # locked in the way
    states = seat_states(db, hall.name)
    new = plan_place(hall, states, ids, "B-16-1")
    set_seats(db, hall.name, new)
    labels = seat_labels(db)
    assert [labels[d] for d in ids] == ["B-16-1", "B-16-3", "B-16-4"]
    assert seat_states(db, hall.name)["B-16-2"][1] is True
    # the people who sat there are now without a seat; the movers' old seats are empty
    assert all(f"B-15-{n}" not in labels.values() for n in (1, 2, 3))
    with pytest.raises(UserError) as err:
        plan_place(hall, seat_states(db, hall.name), ids[:1], "B-16-2")
    assert "B-16-2" in str(err.value)


def _latecomers(db, n=12):
    """``n`` new official delegates spread over the first units (an import after seating)."""
    from congress_desk.core import registry

    units = [u for u in registry.list_units(db) if u["delegates"]][:4]
    return [registry.add_delegate(db, {"full_name": f"Phạm Văn Muộn {i}", "unit_id": units[i % 4]["id"],
                                       "category": "official"}) for i in range(n)]


def test_auto_seat_places_only_the_unseated_and_keeps_a_manual_swap(event):
    """Issue 14: after 12 latecomers, auto-seat re-seated 357 people and undid a swap."""
    from congress_desk.core.seating.autoseat import preview_seating

    db = event.db
    hall = load_event_hall(db)
    before = seat_states(db, hall.name)
    a, b = [label for label, (d, locked) in sorted(before.items()) if d is not None and not locked][:2]
    set_seats(db, hall.name, {a: (before[b][0], False), b: (before[a][0], False)})   # the manual swap
    swapped = seat_states(db, hall.name)
    waiting = sum(1 for p in load_people(db).values() if p.status == "active") - sum(
        1 for d, _locked in before.values() if d is not None)      # the demo's walk-in has no seat
    new = _latecomers(db)
    assert preview_seating(db)[:2] == (len(new) + waiting, 0)
    result = auto_seat(db)
    after = seat_states(db, hall.name)
    assert (result.placed, result.moved) == (len(new) + waiting, 0)
    for label, state in swapped.items():
        if state[0] is not None:
            assert after[label] == state          # everyone seated stays, locked or not
    assert after[a][0] == before[b][0] and after[b][0] == before[a][0]
    _hall, by_delegate = _seated(db)
    people = load_people(db)
    for d in new:                                 # each latecomer sits in their delegation's section
        mates = [s.section for pid, s in by_delegate.items()
                 if people[pid].unit_id == people[d].unit_id and pid not in new]
        assert by_delegate[d].section == max(set(mates), key=mates.count)


def test_reseat_everyone_says_how_many_move_and_keeps_locks(event):
    from congress_desk.core.seating.autoseat import preview_seating

    db = event.db
    hall = load_event_hall(db)
    _latecomers(db)
    locked = {k: v for k, v in seat_states(db, hall.name).items() if v[1]}
    placed, moved, unseated = preview_seating(db, everyone=True)
    result = auto_seat(db, everyone=True)
    assert (result.placed, result.moved, len(result.unseated)) == (placed, moved, unseated)
    assert placed >= 12 and moved > 0
    after = seat_states(db, hall.name)
    assert all(after[k] == v for k, v in locked.items())


def test_cli_seat_all_reseats_and_says_how_many_moved(demo_path):
    from congress_desk.core.db import open_event

    with open_event(demo_path) as ev:
        _latecomers(ev.db, 3)
    run = subprocess.run([sys.executable, "-m", "congress_desk", "seat", str(demo_path), "--auto", "--json"],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert (json.loads(run.stdout)["placed"], json.loads(run.stdout)["moved"]) == (3 + 1, 0)   # + the walk-in
    run = subprocess.run([sys.executable, "-m", "congress_desk", "seat", str(demo_path), "--auto", "--all"],
                         capture_output=True, text=True, timeout=120, env={**__import__("os").environ,
                                                                           "CONGRESS_DESK_LANG": "en"})
    assert run.returncode == 0, run.stderr
    assert "newly placed, " in run.stderr and " moved" in run.stderr


def test_rules_and_checks_are_registries_of_functions():
    """Issue 19: each seating rule and each check is one small function in a registry;
    the settings, the labels and the run all follow the registries."""
    from congress_desk.core.seating.checks import CHECKS, check_label
    from congress_desk.core.seating.placement import SEATING_RULES
    from congress_desk.core.seating.rules import RULES, SeatingRules, rule_label

    assert RULES == tuple(SEATING_RULES) == ("presidium", "guests_front", "honorees_aisle", "press_staff",
                                             "delegations")
    assert SeatingRules().order == list(RULES)
    assert all(rule_label(r) != r for r in RULES)
    assert all(callable(fn) for fn in (*SEATING_RULES.values(), *CHECKS.values()))
    assert all(check_label(c) != c for c in CHECKS)



def test_auto_seat_runs_the_enabled_rules_in_the_committees_order(event, monkeypatch):
    from congress_desk.core.seating import placement
    from congress_desk.core.seating.rules import SeatingRules

    db = event.db
    ran = []
    for name, fn in list(placement.SEATING_RULES.items()):
        monkeypatch.setitem(placement.SEATING_RULES, name,
                            lambda plan, name=name, fn=fn: (ran.append(name), fn(plan)))
    order = ["delegations", "presidium", "press_staff", "guests_front", "honorees_aisle"]
    result = auto_seat(db, SeatingRules(order=order, disabled=["press_staff"]), everyone=True)
    assert ran == [r for r in order if r != "press_staff"]
    # presidium members seated by an earlier rule keep that one seat (they used to get two)
    held = [d for d, _locked in seat_states(db, load_event_hall(db).name).values() if d is not None]
    assert len(held) == len(set(held)) == result.assigned
