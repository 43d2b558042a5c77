"""Seating checks: what a person should look at before printing the chart."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..i18n import translate
from .geometry import analyse
from .hall import Hall, load_event_hall
from .people import load_people
from .rules import load_rules

if TYPE_CHECKING:
    from sqlite_utils import Database

CHECKS = ("delegation_contiguous", "honoree_near_aisle", "guest_in_front", "double_booking",
          "seat_of_removed_delegate")


@dataclass
class Violation:
    rule: str
    unit: str | None
    message: str
    seats: tuple[str, ...] = field(default_factory=tuple)


def check_label(rule: str) -> str:
    return {
        "delegation_contiguous": translate("core", "Delegation split"),
        "honoree_near_aisle": translate("core", "Honoree far from the aisle"),
        "guest_in_front": translate("core", "Guest behind official delegates"),
        "double_booking": translate("core", "Double booking"),
        "seat_of_removed_delegate": translate("core", "Seat of a removed delegate"),
        "presidium_seats": translate("core", "Presidium seats"),
    }.get(rule, rule)


def run_checks(db: Database, hall: Hall | None = None, *, geo=None, people=None, rules=None) -> list[Violation]:
    """Every problem of the seating in the event's hall. ``geo``, ``people`` and
    ``rules`` may be passed when the caller already has them (auto-seating)."""
    hall = hall or load_event_hall(db)
    rules = rules or load_rules(db)
    geo = geo or analyse(hall)
    people = people if people is not None else load_people(db)
    out: list[Violation] = []
    index = hall.by_label()

    # Double bookings: two seats printed the same, or a delegate in two seats.
    seen: dict[str, int] = {}
    if len(index) != len(hall.seats):
        for s in hall.seats:
            seen[s.label] = seen.get(s.label, 0) + 1
    for label, n in seen.items():
        if n > 1:
            out.append(Violation("double_booking", None, translate(
                "core", "Seat {label} exists {n} times in the hall: two people could get the same seat"
            ).format(label=label, n=n), (label,)))
    rows = db.execute(
        "SELECT seat, delegate_id FROM seat_assignments WHERE hall = ? AND delegate_id IS NOT NULL",
        [hall.name],
    ).fetchall()
    holder: dict[int, list[str]] = {}
    for label, d in rows:
        holder.setdefault(d, []).append(label)
    for d, labels in holder.items():
        if len(labels) > 1:
            p = people.get(d)
            out.append(Violation("double_booking", p.unit if p else None, translate(
                "core", "{name} holds {n} seats: {seats}").format(
                name=p.full_name if p else d, n=len(labels), seats=", ".join(labels)), tuple(labels)))

    # Seats of delegates who were cancelled, or seats the hall no longer has.
    for label, d in rows:
        p = people.get(d)
        if p is None or p.status != "active":
            out.append(Violation("seat_of_removed_delegate", p.unit if p else None, translate(
                "core", "Seat {label} is held by {name}, who was cancelled").format(
                label=label, name=p.full_name if p else d), (label,)))
        elif label not in index:
            out.append(Violation("seat_of_removed_delegate", p.unit, translate(
                "core", "{name} holds seat {label}, which the hall no longer has").format(
                label=label, name=p.full_name), ()))

    seated = [(label, people[d]) for label, d in rows if d in people and label in index
              and people[d].status == "active" and index[label].kind not in ("presidium", "secretariat")]

    # Delegations: a unit's own delegates must sit in the same or adjacent rows.
    units: dict[int, list[tuple[int, str]]] = {}
    names: dict[int, str] = {}
    for label, p in seated:
        if p.category in (None, "official") and p.unit_id is not None and label in geo.line:
            units.setdefault(p.unit_id, []).append((geo.line[label], label))
            names[p.unit_id] = p.unit
    for unit_id, lines in units.items():
        used = sorted({li for li, _ in lines})
        if used and used[-1] - used[0] + 1 > len(used):
            out.append(Violation("delegation_contiguous", names[unit_id], translate(
                "core", "The delegation of {unit} is split: rows {rows} with empty rows between"
            ).format(unit=names[unit_id], rows=", ".join(str(i + 1) for i in used)),
                tuple(lab for _, lab in lines)))

    # Honorees near an aisle.
    limit = rules.aisle_distance
    for label, p in seated:
        if p.category == "honoree" and geo.aisle.get(label, 0) > limit:
            out.append(Violation("honoree_near_aisle", p.unit, translate(
                "core", "Honoree {name} in seat {label} is {n} seats from the aisle (at most {limit})"
            ).format(name=p.full_name, label=label, n=geo.aisle[label], limit=limit), (label,)))

    # Guests in front of the official delegates.
    official_lines = [geo.line[label] for label, p in seated
                      if p.category in (None, "official") and label in geo.line and index[label].kind == "delegate"]
    if official_lines:
        front = min(official_lines)
        for label, p in seated:
            if p.category == "guest" and geo.line.get(label, -1) > front:
                out.append(Violation("guest_in_front", p.unit, translate(
                    "core", "Guest {name} in seat {label} sits behind official delegates (row line {n})"
                ).format(name=p.full_name, label=label, n=geo.line[label] + 1), (label,)))
    return out
