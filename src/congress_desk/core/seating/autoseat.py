"""Protocol auto-seating: presidium, leaders and guests, honorees, press and staff,
then each unit's delegation together. Locked seats never move.

One pass, each rule (a function in :mod:`.placement`) taking its people and its seats
in the order the committee set; O(n log n) in the number of seats.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..changes import Changes
from ..i18n import translate
from ..progress import CancelToken, no_progress
from ..registry import record_history
from .assign import seat_states
from .checks import Violation, run_checks
from .geometry import analyse
from .hall import load_event_hall
from .people import load_people, unit_order
from .placement import POOL_KINDS, SEATING_RULES, Plan, Pool, seat_the_rest
from .rules import SeatingRules, load_rules

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class Unseated:
    code: str
    full_name: str
    reason: str


@dataclass
class SeatingResult:
    assigned: int
    unseated: list[Unseated] = field(default_factory=list)
    violations: list[Violation] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)
    placed: int = 0     # people who had no seat and got one
    moved: int = 0      # people who had a seat and now sit elsewhere (or nowhere)

    def as_json(self) -> dict:
        return {
            "assigned": self.assigned, "placed": self.placed, "moved": self.moved,
            "unseated": [{"code": u.code, "full_name": u.full_name, "reason": u.reason} for u in self.unseated],
            "violations": [{"rule": v.rule, "unit": v.unit, "message": v.message} for v in self.violations],
        }


def plan_seating(db: Database, rules: SeatingRules | None = None, *, cancel: CancelToken | None = None,
                 progress=no_progress, everyone: bool = False):
    """Compute the seating (without writing): (hall, states, unseated, notes, context)
    where ``context`` holds what the checks reuse (geometry, people, rules).

    By default only the unseated are placed: everyone who has a seat keeps it, locked or
    not. ``everyone=True`` re-seats everybody except the locked seats. The enabled rules
    of :data:`.placement.SEATING_RULES` run in the committee's order."""
    rules = (rules or load_rules(db)).normalised()
    hall = load_event_hall(db)
    people = load_people(db)
    plan = _start_plan(db, hall, people, rules, everyone)
    steps = rules.enabled()
    for step_no, name in enumerate(steps):
        if cancel is not None:
            cancel.check()
        progress(step_no, len(steps) + 1, rule_progress(name))
        SEATING_RULES[name](plan)
    left = seat_the_rest(plan)
    unseated = [Unseated(p.code, p.full_name, translate(
        "core", "No free seat left in the hall ({unit})").format(unit=p.unit or "—")) for p in left]
    progress(len(steps), len(steps) + 1, rule_progress("write"))
    return hall, plan.states, unseated, plan.notes, {"geo": plan.geo, "people": people, "rules": rules}


def _start_plan(db: Database, hall, people, rules: SeatingRules, everyone: bool) -> Plan:
    """The seats kept (locked ones always; every taken one unless ``everyone``), the free
    seats by kind and the people still to seat."""
    kept = seat_states(db, hall.name)
    index = hall.by_label()
    states: dict[str, tuple[int | None, bool]] = {}
    seated: set[int] = set()
    for label, (d, locked) in kept.items():
        if label not in index or not (locked or (not everyone and d is not None)):
            continue
        if not locked and not index[label].assignable:
            continue
        if d is not None and (d not in people or people[d].status != "active"):
            if not locked:
                continue  # a cancelled delegate leaves an unlocked seat free
            d = None  # a cancelled delegate leaves; the locked seat stays reserved
        states[label] = (d, locked)
        if d is not None:
            seated.add(d)
    seat = dict(zip((s.label for s in hall.seats), hall.seats, strict=True))
    pools = {kind: Pool() for kind in POOL_KINDS}
    for label, s in seat.items():
        if s.kind in pools and label not in states:
            pools[s.kind].free.add(label)
    remaining = [p for p in people.values() if p.status == "active" and p.id not in seated]
    unit_seats: dict[int | None, list[str]] = {}   # where each unit's kept delegates sit (latecomers join them)
    for label, (d, _locked) in states.items():
        if (not everyone and d is not None and people[d].unit_id is not None
                and seat[label].kind == "delegate"):
            unit_seats.setdefault(people[d].unit_id, []).append(label)
    return Plan(db, hall, rules, analyse(hall), people, seat, states, seated, remaining, unit_seats,
                unit_order(remaining, rules.unit_kinds), pools)


def rule_progress(rule: str) -> str:
    from .rules import rule_label

    return translate("core", "Writing the seating") if rule == "write" else rule_label(rule)


def count_moves(before: dict[str, tuple], after: dict[str, tuple]) -> tuple[int, int]:
    """(placed, moved) between two seatings: people with no seat before who have one after,
    and people with a seat before who sit elsewhere or nowhere after."""
    was = {d: label for label, (d, _locked) in before.items() if d is not None}
    now = {d: label for label, (d, _locked) in after.items() if d is not None}
    placed = sum(1 for d in now if d not in was)
    moved = sum(1 for d, label in was.items() if now.get(d) != label)
    return placed, moved


def preview_seating(db: Database, rules: SeatingRules | None = None, *, everyone: bool = False,
                    cancel: CancelToken | None = None, progress=no_progress) -> tuple[int, int, int]:
    """What :func:`auto_seat` would do, without writing: (placed, moved, unseated)."""
    hall, states, unseated, _notes, _context = plan_seating(db, rules, cancel=cancel, progress=progress,
                                                            everyone=everyone)
    return (*count_moves(seat_states(db, hall.name), states), len(unseated))


def auto_seat(db: Database, rules: SeatingRules | None = None, *, cancel: CancelToken | None = None,
              progress=no_progress, actor: str | None = None, everyone: bool = False) -> SeatingResult:
    """Seat the unseated by the protocol rules, keeping everyone who has a seat (locked or
    not); with ``everyone=True`` re-seat everybody except the locked seats. One transaction."""
    hall, states, unseated, notes, context = plan_seating(db, rules, cancel=cancel, progress=progress,
                                                          everyone=everyone)
    if cancel is not None:
        cancel.check()
    kept = seat_states(db, hall.name)
    placed, moved = count_moves(kept, states)
    gone = [label for label, state in kept.items() if states.get(label) != state]
    new = [(hall.name, label, d, 1 if locked else 0) for label, (d, locked) in states.items()
           if kept.get(label) != (d, locked)]
    with db.atomic():  # only the seats that change are written
        db.conn.executemany("DELETE FROM seat_assignments WHERE hall = ? AND seat = ?",
                            [(hall.name, label) for label in gone])
        db.conn.executemany(
            "INSERT INTO seat_assignments(hall, seat, delegate_id, locked) VALUES (?, ?, ?, ?)", new)
        record_history(db, "seats", None, "auto_all" if everyone else "auto", None,
                       {"assigned": sum(1 for d, _ in states.values() if d is not None),
                        "unseated": len(unseated), "placed": placed, "moved": moved}, actor)
    violations = notes + run_checks(db, hall, **context)
    assigned = sum(1 for d, _ in states.values() if d is not None)
    return SeatingResult(assigned, unseated, violations, Changes.of("seats"), placed=placed, moved=moved)
