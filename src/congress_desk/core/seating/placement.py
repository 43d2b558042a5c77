"""The protocol rules of auto-seating as a registry of small functions.

Each rule is ``fn(plan)``: it picks its people among those the plan has not seated yet
and gives them seats from the plan's pools. :func:`.autoseat.plan_seating` builds the
plan and runs the enabled rules in the committee's order. To add a rule, write a
function here with ``@rule("name")`` and give it a label in :func:`.rules.rule_label`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..i18n import translate
from .geometry import HallGeometry
from .hall import Hall, Seat
from .people import Person, ceremony_order
from .violation import Violation

if TYPE_CHECKING:
    from sqlite_utils import Database

    from .rules import SeatingRules

SEATING_RULES: dict[str, Callable[[Plan], None]] = {}
"""name -> rule, in the default order."""

POOL_KINDS = ("presidium", "secretariat", "press", "staff", "delegate")


def rule(name: str):
    def register(fn: Callable[[Plan], None]) -> Callable[[Plan], None]:
        SEATING_RULES[name] = fn
        return fn
    return register


class Pool:
    """Free seats of some kinds, handed out in an order chosen per request."""

    def __init__(self, labels=()):
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


def nat(text: str):
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


@dataclass
class Plan:
    """What the rules share while seating: the hall, the people still to seat, the
    free seats by kind and the seats given so far (``states``)."""

    db: Database
    hall: Hall
    rules: SeatingRules
    geo: HallGeometry
    people: dict[int, Person]
    seat: dict[str, Seat]
    states: dict[str, tuple[int | None, bool]]
    seated: set[int]
    remaining: list[Person]          # active people without a kept seat, some seated since
    unit_seats: dict[int | None, list[str]]  # where each unit's kept delegates sit
    by_unit: Callable[[Person], tuple]
    pools: dict[str, Pool] = field(default_factory=dict)
    notes: list[Violation] = field(default_factory=list)
    _cache: dict[str, list[str]] = field(default_factory=dict)

    def __post_init__(self):
        self.delegate_labels = [label for label, s in self.seat.items() if s.kind == "delegate"]

    # ---------------------------------------------------------------- people
    def waiting(self, keep=lambda p: True) -> list[Person]:
        """The people no rule has seated yet, those ``keep`` accepts."""
        return [p for p in self.remaining if p.id not in self.seated and keep(p)]

    def give(self, persons: list[Person], labels: list[str]) -> list[Person]:
        """Seat ``persons`` in ``labels`` in order; return those left without a seat."""
        for p, label in zip(persons, labels, strict=False):
            self.states[label] = (p.id, False)
            self.seated.add(p.id)
        return persons[len(labels):]

    def rank_key(self, p: Person):
        return (p.rank is None, p.rank or 0, self.by_unit(p), p.name_key)

    # ---------------------------------------------------------------- seat orders (delegate seats)
    def front_centre(self) -> list[str]:
        if "front" not in self._cache:
            line, seat, cx = self.geo.line, self.seat, self.geo.centre_x
            self._cache["front"] = sorted(self.delegate_labels, key=lambda lab: (
                line.get(lab, 0), abs(seat[lab].x - cx), seat[lab].x))
        return self._cache["front"]

    def back_sides(self) -> list[str]:
        if "back" not in self._cache:
            line, seat, cx = self.geo.line, self.seat, self.geo.centre_x
            self._cache["back"] = sorted(self.delegate_labels, key=lambda lab: (
                -line.get(lab, 0), -abs(seat[lab].x - cx), seat[lab].x))
        return self._cache["back"]

    def snake(self) -> list[str]:
        """Row by row from the front, left to right then right to left: consecutive
        seats are neighbours, so a delegation fills one row and the next."""
        if "snake" not in self._cache:
            rows: dict[int, list[tuple[float, str]]] = {}
            for lab in self.delegate_labels:
                rows.setdefault(self.geo.line.get(lab, 0), []).append((self.seat[lab].x, lab))
            out = []
            for i in sorted(rows):
                out.extend(lab for _x, lab in sorted(rows[i], reverse=bool(i % 2)))
            self._cache["snake"] = out
        return self._cache["snake"]

    def seat_delegations(self, people_in_order: list[Person], pool: Pool) -> None:
        """Each unit whole in one section when it fits: the section whose next free
        seat is nearest the front (the centre on a tie); else across sections.
        Latecomers of a delegation already seated join it."""
        seat, line, cx = self.seat, self.geo.line, self.geo.centre_x
        order = self.snake()
        by_section: dict[str, list[str]] = {}
        for lab in order:
            if lab in pool.free:
                by_section.setdefault(seat[lab].section, []).append(lab)
        pos = dict.fromkeys(by_section, 0)
        centre = {sec: min(abs(seat[lab].x - cx) for lab in labs) for sec, labs in by_section.items()}

        def drop_taken(taken: set[str]) -> None:
            for sc, labs_sc in by_section.items():
                by_section[sc] = labs_sc[:pos[sc]] + [lab for lab in labs_sc[pos[sc]:] if lab not in taken]

        for group in _unit_groups(people_in_order):
            mates = self.unit_seats.get(group[0].unit_id)
            if mates:
                labs = self._near_mates(mates, len(group), pool)
                pool.free.difference_update(labs)
                self.give(group, labs)
                drop_taken(set(labs))
                continue
            fits = [sec for sec, labs in by_section.items() if len(labs) - pos[sec] >= len(group)]
            if fits:
                sec = min(fits, key=lambda sc: (line.get(by_section[sc][pos[sc]], 0), centre[sc]))
                labs = by_section[sec][pos[sec]:pos[sec] + len(group)]
                pos[sec] += len(group)
                pool.free.difference_update(labs)
                self.give(group, labs)
            else:
                # too big for what is left of any section: follow the rows across the hall
                labs = pool.take(order, len(group))
                self.give(group, labs)
                drop_taken(set(labs))

    def _near_mates(self, mates: list[str], n: int, pool: Pool) -> list[str]:
        """``n`` free seats for latecomers of a delegation already seated: in the section
        where most of it sits, nearest to it (anywhere when that section is full)."""
        seat = self.seat
        sections = [seat[m].section for m in mates]
        home = max(set(sections), key=lambda sc: (sections.count(sc), sc))

        def near(lab):
            s = seat[lab]
            return (s.section != home,
                    min((s.x - seat[m].x) ** 2 + (s.y - seat[m].y) ** 2 for m in mates), s.y, s.x)
        candidates = [lab for lab in pool.free if seat[lab].section == home]
        if len(candidates) < n:
            candidates = list(pool.free)
        return sorted(candidates, key=near)[:n]


def _unit_groups(people_in_order: list[Person]) -> list[list[Person]]:
    groups: list[list[Person]] = []
    for p in people_in_order:
        if groups and groups[-1][0].unit_id == p.unit_id:
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups


# ---------------------------------------------------------------- the rules, in the default order

@rule("presidium")
def seat_presidium(plan: Plan) -> None:
    """Presidium members on stage, in rank order, from the middle of each stage row."""
    seat = plan.seat
    members = sorted(plan.waiting(lambda p: p.presidium), key=plan.rank_key)
    mids: dict[tuple[str, str], list[float]] = {}
    for s in plan.hall.seats:
        if s.kind == "presidium":
            mids.setdefault((s.section, s.row), []).append(s.x)
    mid = {k: (min(v) + max(v)) / 2 for k, v in mids.items()}
    pool = plan.pools["presidium"]
    order = sorted(pool.free, key=lambda lab: (
        nat(seat[lab].row), abs(seat[lab].x - mid[seat[lab].section, seat[lab].row]), seat[lab].x))
    left = plan.give(members, pool.take(order, len(members)))
    if left:
        plan.notes.append(Violation("presidium_seats", None, translate(
            "core", "{n} presidium members have no presidium seat; they sit with the guests"
        ).format(n=len(left))))


@rule("guests_front")
def seat_guests_front(plan: Plan) -> None:
    """Leaders and guests (and presidium members left over) in the front centre, by rank."""
    guests = sorted(plan.waiting(lambda p: p.category == "guest" or p.rank is not None or p.presidium),
                    key=plan.rank_key)
    plan.give(guests, plan.pools["delegate"].take(plan.front_centre(), len(guests)))


@rule("honorees_aisle")
def seat_honorees_aisle(plan: Plan) -> None:
    """Honorees near the aisles, in the ceremony's award order; the nearest others when
    the aisle seats run out."""
    seat, line, aisle = plan.seat, plan.geo.line, plan.geo.aisle
    award = ceremony_order(plan.db) or {}
    hon = sorted(plan.waiting(lambda p: p.category == "honoree"),
                 key=lambda p: (award.get(p.id, 10**9), plan.by_unit(p), p.name_key))
    limit = plan.rules.aisle_distance
    pool = plan.pools["delegate"]
    near = sorted((lab for lab in pool.free if aisle.get(lab, 99) <= limit),
                  key=lambda lab: (line.get(lab, 0), aisle[lab], seat[lab].x))
    hon = plan.give(hon, pool.take(near, len(hon)))
    if hon:
        far = sorted(pool.free, key=lambda lab: (aisle.get(lab, 99), line.get(lab, 0), seat[lab].x))
        plan.give(hon, pool.take(far, len(hon)))


@rule("press_staff")
def seat_press_staff(plan: Plan) -> None:
    """Press and staff in their own seats, else at the back and sides of the hall."""
    seat = plan.seat
    for cat in ("press", "staff"):
        group = sorted(plan.waiting(lambda p, cat=cat: p.category == cat),
                       key=lambda p: (plan.by_unit(p), p.name_key))
        own = sorted(plan.pools[cat].free, key=lambda lab: (seat[lab].y, seat[lab].x))
        group = plan.give(group, plan.pools[cat].take(own, len(group)))
        if group:
            plan.give(group, plan.pools["delegate"].take(plan.back_sides(), len(group)))


@rule("delegations")
def seat_delegations(plan: Plan) -> None:
    """Each unit's delegation together, units in the committee's order of kinds."""
    rest = sorted(plan.waiting(), key=lambda p: (plan.by_unit(p), p.category == "guest", plan.rank_key(p)))
    plan.seat_delegations(rest, plan.pools["delegate"])


def seat_the_rest(plan: Plan) -> list[Person]:
    """Whoever no rule placed takes what is left, in the same order as delegations;
    returns those for whom no seat is left."""
    rest = sorted(plan.waiting(), key=lambda p: (plan.by_unit(p), p.name_key))
    return plan.give(rest, plan.pools["delegate"].take(plan.snake(), len(rest)))
