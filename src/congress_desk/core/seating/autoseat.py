"""Protocol auto-seating: presidium, leaders and guests, honorees, press and staff,
then each unit's delegation together. Locked seats never move.

One pass, each rule taking its people and its seats in the order the committee
set; O(n log n) in the number of seats.
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
from .people import Person, ceremony_order, load_people, unit_order
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

    def to_json(self) -> dict:
        return {
            "assigned": self.assigned, "placed": self.placed, "moved": self.moved,
            "unseated": [{"code": u.code, "full_name": u.full_name, "reason": u.reason} for u in self.unseated],
            "violations": [{"rule": v.rule, "unit": v.unit, "message": v.message} for v in self.violations],
        }


class _Pool:
    """Free seats of some kinds, handed out in an order chosen per request."""

    def __init__(self, labels):
        self.free = set(labels)

    def take(self, ordered, n: int) -> list[str]:
        out = []
        if n <= 0:
            return out
        for label in ordered:
            if label in self.free:
                out.append(label)
                self.free.discard(label)
                if len(out) == n:
                    break
        return out


def plan_seating(db: Database, rules: SeatingRules | None = None, *, cancel: CancelToken | None = None,
                 progress=no_progress, everyone: bool = False):
    """Compute the seating (without writing): (hall, states, unseated, notes, context)
    where ``context`` holds what the checks reuse (geometry, people, rules).

    By default only the unseated are placed: everyone who has a seat keeps it, locked or
    not. ``everyone=True`` re-seats everybody except the locked seats."""
    rules = (rules or load_rules(db)).normalised()
    hall = load_event_hall(db)
    geo = analyse(hall)
    people = load_people(db)
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
    pools = {kind: _Pool(()) for kind in ("presidium", "secretariat", "press", "staff", "delegate")}
    for label, s in seat.items():
        if s.kind in pools and label not in states:
            pools[s.kind].free.add(label)
    remaining = [p for p in people.values() if p.status == "active" and p.id not in seated]
    unit_seats: dict[int | None, list[str]] = {}   # where each unit's kept delegates sit (latecomers join them)
    for label, (d, _locked) in states.items():
        if (not everyone and d is not None and people[d].unit_id is not None
                and seat[label].kind == "delegate"):
            unit_seats.setdefault(people[d].unit_id, []).append(label)
    by_unit = unit_order(remaining, rules.unit_kinds)
    cx = geo.centre_x
    line = geo.line
    notes: list[Violation] = []

    def give(persons: list[Person], labels: list[str]) -> list[Person]:
        for p, label in zip(persons, labels, strict=False):
            states[label] = (p.id, False)
            seated.add(p.id)
        return persons[len(labels):]

    delegate_labels = [label for label, s in seat.items() if s.kind == "delegate"]
    cache: dict[str, list[str]] = {}

    def front_centre() -> list[str]:
        if "front" not in cache:
            cache["front"] = sorted(delegate_labels, key=lambda lab: (
                line.get(lab, 0), abs(seat[lab].x - cx), seat[lab].x))
        return cache["front"]

    def back_sides() -> list[str]:
        if "back" not in cache:
            cache["back"] = sorted(delegate_labels, key=lambda lab: (
                -line.get(lab, 0), -abs(seat[lab].x - cx), seat[lab].x))
        return cache["back"]

    def snake() -> list[str]:
        """Row by row from the front, left to right then right to left: consecutive
        seats are neighbours, so a delegation fills one row and the next."""
        if "snake" not in cache:
            rows: dict[int, list[tuple[float, str]]] = {}
            for lab in delegate_labels:
                rows.setdefault(line.get(lab, 0), []).append((seat[lab].x, lab))
            out = []
            for i in sorted(rows):
                out.extend(lab for _x, lab in sorted(rows[i], reverse=bool(i % 2)))
            cache["snake"] = out
        return cache["snake"]

    def seat_delegations(people_in_order: list[Person], pool: _Pool) -> None:
        """Each unit whole in one section when it fits: the section whose next free
        seat is nearest the front (the centre on a tie); else across sections."""
        order = snake()
        by_section: dict[str, list[str]] = {}
        for lab in order:
            if lab in pool.free:
                by_section.setdefault(seat[lab].section, []).append(lab)
        pos = dict.fromkeys(by_section, 0)
        centre = {sec: min(abs(seat[lab].x - cx) for lab in labs) for sec, labs in by_section.items()}
        groups: list[list[Person]] = []
        for p in people_in_order:
            if groups and groups[-1][0].unit_id == p.unit_id:
                groups[-1].append(p)
            else:
                groups.append([p])
        for group in groups:
            mates = unit_seats.get(group[0].unit_id)
            if mates:
                # latecomers of a delegation already seated: free seats in the section where most
                # of it sits, nearest to it
                sections = [seat[m].section for m in mates]
                home = max(set(sections), key=lambda sc: (sections.count(sc), sc))

                def near(lab, mates=mates, home=home):
                    s = seat[lab]
                    return (s.section != home,
                            min((s.x - seat[m].x) ** 2 + (s.y - seat[m].y) ** 2 for m in mates), s.y, s.x)
                candidates = [lab for lab in pool.free if seat[lab].section == home]
                if len(candidates) < len(group):
                    candidates = list(pool.free)
                labs = sorted(candidates, key=near)[:len(group)]
                pool.free.difference_update(labs)
                give(group, labs)
                taken = set(labs)
                for sc, labs_sc in by_section.items():
                    by_section[sc] = labs_sc[:pos[sc]] + [lab for lab in labs_sc[pos[sc]:] if lab not in taken]
                continue
            fits = [sec for sec, labs in by_section.items() if len(labs) - pos[sec] >= len(group)]
            if fits:
                sec = min(fits, key=lambda sc: (line.get(by_section[sc][pos[sc]], 0), centre[sc]))
                labs = by_section[sec][pos[sec]:pos[sec] + len(group)]
                pos[sec] += len(group)
                pool.free.difference_update(labs)
                give(group, labs)
            else:
                # too big for what is left of any section: follow the rows across the hall
                labs = pool.take(order, len(group))
                give(group, labs)
                taken = set(labs)
                for sc, labs_sc in by_section.items():
                    by_section[sc] = labs_sc[:pos[sc]] + [lab for lab in labs_sc[pos[sc]:] if lab not in taken]

    def rank_key(p: Person):
        return (p.rank is None, p.rank or 0, by_unit(p), p.name_key)

    steps = rules.enabled()
    for step_no, rule in enumerate(steps):
        if cancel is not None:
            cancel.check()
        progress(step_no, len(steps) + 1, rule_progress(rule))
        if rule == "presidium":
            members = sorted((p for p in remaining if p.presidium), key=rank_key)
            mids: dict[tuple[str, str], list[float]] = {}
            for s in hall.seats:
                if s.kind == "presidium":
                    mids.setdefault((s.section, s.row), []).append(s.x)
            mid = {k: (min(v) + max(v)) / 2 for k, v in mids.items()}
            order = sorted(pools["presidium"].free, key=lambda lab: (
                _nat(seat[lab].row), abs(seat[lab].x - mid[seat[lab].section, seat[lab].row]), seat[lab].x))
            left = give(members, pools["presidium"].take(order, len(members)))
            if left:
                notes.append(Violation("presidium_seats", None, translate(
                    "core", "{n} presidium members have no presidium seat; they sit with the guests"
                ).format(n=len(left))))
        elif rule == "guests_front":
            guests = sorted((p for p in remaining if p.id not in seated and (
                p.category == "guest" or p.rank is not None or p.presidium)), key=rank_key)
            give(guests, pools["delegate"].take(front_centre(), len(guests)))
        elif rule == "honorees_aisle":
            award = ceremony_order(db) or {}
            hon = sorted((p for p in remaining if p.id not in seated and p.category == "honoree"),
                         key=lambda p: (award.get(p.id, 10**9), by_unit(p), p.name_key))
            limit = rules.aisle_distance
            aisle = geo.aisle
            near = sorted((lab for lab in pools["delegate"].free if aisle.get(lab, 99) <= limit),
                          key=lambda lab: (line.get(lab, 0), aisle[lab], seat[lab].x))
            hon = give(hon, pools["delegate"].take(near, len(hon)))
            if hon:  # not enough seats by the aisles: the nearest others
                far = sorted(pools["delegate"].free, key=lambda lab: (aisle.get(lab, 99), line.get(lab, 0), seat[lab].x))
                give(hon, pools["delegate"].take(far, len(hon)))
        elif rule == "press_staff":
            for cat in ("press", "staff"):
                group = sorted((p for p in remaining if p.id not in seated and p.category == cat),
                               key=lambda p: (by_unit(p), p.name_key))
                own = sorted(pools[cat].free, key=lambda lab: (seat[lab].y, seat[lab].x))
                group = give(group, pools[cat].take(own, len(group)))
                if group:
                    give(group, pools["delegate"].take(back_sides(), len(group)))
        elif rule == "delegations":
            rest = sorted((p for p in remaining if p.id not in seated),
                          key=lambda p: (by_unit(p), p.category == "guest", rank_key(p)))
            seat_delegations(rest, pools["delegate"])
    # Whoever no rule placed takes what is left, in the same order as delegations.
    rest = sorted((p for p in remaining if p.id not in seated), key=lambda p: (by_unit(p), p.name_key))
    left = give(rest, pools["delegate"].take(snake(), len(rest)))
    unseated = [Unseated(p.code, p.full_name, translate(
        "core", "No free seat left in the hall ({unit})").format(unit=p.unit or "—")) for p in left]
    progress(len(steps), len(steps) + 1, rule_progress("write"))
    return hall, states, unseated, notes, {"geo": geo, "people": people, "rules": rules}


def rule_progress(rule: str) -> str:
    from .rules import rule_label

    return translate("core", "Writing the seating") if rule == "write" else rule_label(rule)


def _nat(text: str):
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


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
