"""Seating checks: what a person should look at before printing the chart.

A registry of small functions (:data:`CHECKS`), each reading a :class:`Seating` and
returning a list of :class:`Violation`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..i18n import translate
from .geometry import HallGeometry, analyse
from .hall import Hall, load_event_hall
from .people import Person, load_people
from .rules import SeatingRules, load_rules
from .violation import Violation

if TYPE_CHECKING:
    from sqlite_utils import Database

__all__ = ["CHECKS", "Seating", "Violation", "check_label", "run_checks"]


def check_label(rule: str) -> str:
    return {
        "delegation_contiguous": translate("core", "Delegation split"),
        "honoree_near_aisle": translate("core", "Honoree far from the aisle"),
        "guest_in_front": translate("core", "Guest behind official delegates"),
        "double_booking": translate("core", "Double booking"),
        "seat_of_removed_delegate": translate("core", "Seat of a removed delegate"),
        "presidium_seats": translate("core", "Presidium seats"),
    }.get(rule, rule)


@dataclass
class Seating:
    """What the checks read: the hall, the kept assignments and the people."""

    hall: Hall
    geo: HallGeometry
    people: dict[int, Person]
    rules: SeatingRules
    rows: list[tuple[str, int]]          # (seat label, delegate id) of every taken seat

    def __post_init__(self):
        self.index = self.hall.by_label()
        # active people in floor seats of this hall (the stage is checked apart)
        self.seated = [(label, self.people[d]) for label, d in self.rows
                       if d in self.people and label in self.index and self.people[d].status == "active"
                       and self.index[label].kind not in ("presidium", "secretariat")]


def check_double_booking(s: Seating) -> list[Violation]:
    """Two seats printed the same, or a delegate in two seats."""
    out = []
    seen: dict[str, int] = {}
    if len(s.index) != len(s.hall.seats):
        for seat in s.hall.seats:
            seen[seat.label] = seen.get(seat.label, 0) + 1
    for label, n in seen.items():
        if n > 1:
            out.append(Violation("double_booking", None, translate(
                "core", "Seat {label} exists {n} times in the hall: two people could get the same seat"
            ).format(label=label, n=n), (label,)))
    holder: dict[int, list[str]] = {}
    for label, d in s.rows:
        holder.setdefault(d, []).append(label)
    for d, labels in holder.items():
        if len(labels) > 1:
            p = s.people.get(d)
            out.append(Violation("double_booking", p.unit if p else None, translate(
                "core", "{name} holds {n} seats: {seats}").format(
                name=p.full_name if p else d, n=len(labels), seats=", ".join(labels)), tuple(labels)))
    return out


def check_seat_of_removed_delegate(s: Seating) -> list[Violation]:
    """Seats of delegates who were cancelled, or seats the hall no longer has."""
    out = []
    for label, d in s.rows:
        p = s.people.get(d)
        if p is None or p.status != "active":
            out.append(Violation("seat_of_removed_delegate", p.unit if p else None, translate(
                "core", "Seat {label} is held by {name}, who was cancelled").format(
                label=label, name=p.full_name if p else d), (label,)))
        elif label not in s.index:
            out.append(Violation("seat_of_removed_delegate", p.unit, translate(
                "core", "{name} holds seat {label}, which the hall no longer has").format(
                label=label, name=p.full_name), ()))
    return out


def check_delegation_contiguous(s: Seating) -> list[Violation]:
    """A unit's own delegates sit in the same or adjacent rows."""
    out = []
    units: dict[int, list[tuple[int, str]]] = {}
    names: dict[int, str] = {}
    for label, p in s.seated:
        if p.category in (None, "official") and p.unit_id is not None and label in s.geo.line:
            units.setdefault(p.unit_id, []).append((s.geo.line[label], label))
            names[p.unit_id] = p.unit
    for unit_id, lines in units.items():
        used = sorted({li for li, _ in lines})
        if used and used[-1] - used[0] + 1 > len(used):
            out.append(Violation("delegation_contiguous", names[unit_id], translate(
                "core", "The delegation of {unit} is split: rows {rows} with empty rows between"
            ).format(unit=names[unit_id], rows=", ".join(str(i + 1) for i in used)),
                tuple(lab for _, lab in lines)))
    return out


def check_honoree_near_aisle(s: Seating) -> list[Violation]:
    """Honorees sit at most the rules' distance from an aisle."""
    limit = s.rules.aisle_distance
    return [Violation("honoree_near_aisle", p.unit, translate(
        "core", "Honoree {name} in seat {label} is {n} seats from the aisle (at most {limit})"
    ).format(name=p.full_name, label=label, n=s.geo.aisle[label], limit=limit), (label,))
        for label, p in s.seated if p.category == "honoree" and s.geo.aisle.get(label, 0) > limit]


def check_guest_in_front(s: Seating) -> list[Violation]:
    """Guests sit in front of the official delegates."""
    line = s.geo.line
    official_lines = [line[label] for label, p in s.seated
                      if p.category in (None, "official") and label in line and s.index[label].kind == "delegate"]
    if not official_lines:
        return []
    front = min(official_lines)
    return [Violation("guest_in_front", p.unit, translate(
        "core", "Guest {name} in seat {label} sits behind official delegates (row line {n})"
    ).format(name=p.full_name, label=label, n=line[label] + 1), (label,))
        for label, p in s.seated if p.category == "guest" and line.get(label, -1) > front]


CHECKS: dict[str, Callable[[Seating], list[Violation]]] = {
    "double_booking": check_double_booking,
    "seat_of_removed_delegate": check_seat_of_removed_delegate,
    "delegation_contiguous": check_delegation_contiguous,
    "honoree_near_aisle": check_honoree_near_aisle,
    "guest_in_front": check_guest_in_front,
}
"""rule -> check, in the order their findings are listed."""


def run_checks(db: Database, hall: Hall | None = None, *, geo=None, people=None, rules=None) -> list[Violation]:
    """Every problem of the seating in the event's hall (each check of :data:`CHECKS`).
    ``geo``, ``people`` and ``rules`` may be passed when the caller already has them
    (auto-seating)."""
    hall = hall or load_event_hall(db)
    rows = db.execute(
        "SELECT seat, delegate_id FROM seat_assignments WHERE hall = ? AND delegate_id IS NOT NULL",
        [hall.name],
    ).fetchall()
    seating = Seating(hall, geo or analyse(hall), people if people is not None else load_people(db),
                      rules or load_rules(db), rows)
    return [v for check in CHECKS.values() for v in check(seating)]
