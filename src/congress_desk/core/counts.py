"""The counts a committee uses, defined once: summoned, present, absent, not yet arrived, cancelled.

Every screen, print and command that shows one of these numbers takes it from here, so
the status bar, the delegate list, the desk, the attendance list, the credentials report
and ``congress-desk attendance --json`` never disagree.

- **summoned** (triệu tập): active delegates (``status = 'active'``), by category
  ``official`` (a missing category counts as official), ``honoree``, ``guest``, ``press``,
  ``staff``. Walk-ins are never summoned.
- **present** (có mặt): summoned people with a check-in that was not undone — in person or
  through a substitute (``substitutes``, shown apart, is part of ``present``). Walk-ins who
  are in the hall are ``walkins``, shown apart and not part of ``present``;
  ``in_hall = present + walkins``.
- **absent** (vắng có lý do): summoned, not present, marked absent with a reason.
- **not yet arrived** (chưa đến): ``summoned − present − absent``.
- **cancelled** (đã hủy): withdrawn before the day (``status = 'cancelled'``); never summoned.

The credentials report counts official delegates, plus honorees when the event's setting
``credentials_honorees`` is true (:func:`credentials_categories`).

This module reads the tables with plain SQL and imports no capability package (check-in,
seating, vetting, intake, printing), so every layer can use it. Presence comes either
from the check-ins merged into the event file (:func:`load_marks`, a fold over
``checkin_events``) or, at a desk that also reads unmerged journals, from the caller
(:func:`tally` with its own marks).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .event import get_value
from .presence import Presence, fold_events

# Categories in the order a committee reads them; None (not given) counts as official.
COUNT_CATEGORIES = ("official", "honoree", "guest", "press", "staff")
CREDENTIALS_HONOREES_KEY = "credentials_honorees"


def count_category(category: str | None) -> str:
    """The category a person is counted under (a missing category is official)."""
    return category if category in COUNT_CATEGORIES else "official"


@dataclass(frozen=True)
class Mark:
    """What the check-ins say about one badge code."""

    present: bool = False
    absent: bool = False         # marked absent with a reason (never together with present)
    substitute: bool = False     # present through someone who came in their place
    walkin: bool = False         # came without being summoned (a walk-in guest)
    reason: str | None = None    # the absence reason


@dataclass(frozen=True)
class Tally:
    """The counts of one group of people (everyone, a category, a unit)."""

    summoned: int = 0
    present: int = 0       # summoned and present (in person or by a substitute)
    substitutes: int = 0   # of ``present``, through a substitute
    absent: int = 0        # summoned, marked absent with a reason
    walkins: int = 0       # present without being summoned
    cancelled: int = 0     # withdrawn before the day

    @property
    def not_arrived(self) -> int:
        return self.summoned - self.present - self.absent

    @property
    def in_hall(self) -> int:
        return self.present + self.walkins

    def __add__(self, other: Tally) -> Tally:
        return Tally(*(a + b for a, b in zip(self._values(), other._values(), strict=True)))

    def _values(self) -> tuple[int, ...]:
        return (self.summoned, self.present, self.substitutes, self.absent, self.walkins, self.cancelled)

    def as_json(self) -> dict:
        return {"summoned": self.summoned, "present": self.present, "substitutes": self.substitutes,
                "absent": self.absent, "not_arrived": self.not_arrived, "walkins": self.walkins,
                "in_hall": self.in_hall, "cancelled": self.cancelled}


@dataclass(frozen=True)
class UnitTally:
    unit_id: int | None
    name: str | None       # None: people with no unit (walk-ins, mostly)
    tally: Tally


@dataclass(frozen=True)
class Counts:
    total: Tally
    by_category: Mapping[str, Tally] = field(default_factory=dict)   # every COUNT_CATEGORIES key
    by_unit: tuple[UnitTally, ...] = ()

    def of(self, *categories: str) -> Tally:
        """The sum over some categories (e.g. the credentials report's)."""
        out = Tally()
        for c in categories:
            out = out + self.by_category[c]
        return out

    def as_json(self) -> dict:
        return {
            **self.total.as_json(),
            "by_category": {c: t.as_json() for c, t in self.by_category.items()},
            "by_unit": [{"unit": u.name, **u.tally.as_json()} for u in self.by_unit],
        }


# ---------------------------------------------------------------- the one way to count

def _person_tally(person: Mapping, mark: Mark | None) -> Tally:
    if person.get("status") == "cancelled":
        return Tally(cancelled=1)
    mark = mark or Mark()
    if mark.walkin or person.get("walkin"):   # a walk-in's own row: never summoned, even in a
        # rehearsal, whose events do not include the real walk-in check-in that made the row
        return Tally(walkins=1 if mark.present else 0)
    if mark.present:
        return Tally(summoned=1, present=1, substitutes=1 if mark.substitute else 0)
    if mark.absent:
        return Tally(summoned=1, absent=1)
    return Tally(summoned=1)


def person_state(person: Mapping, mark: Mark | None) -> str:
    """"present", "absent" (with a reason), "missing" (not yet arrived) or "cancelled"."""
    if person.get("status") == "cancelled":
        return "cancelled"
    if mark is not None and mark.present:
        return "present"
    if mark is not None and mark.absent:
        return "absent"
    return "missing"


def tally(people: Iterable[Mapping], marks: Mapping[str, Mark]) -> Counts:
    """Count ``people`` (dicts with ``code``, ``category``, ``status``, ``unit_id``, ``unit``,
    ``unit_position``) by what ``marks`` (badge code -> :class:`Mark`) say."""
    total = Tally()
    cats = {c: Tally() for c in COUNT_CATEGORIES}
    units: dict[tuple, list] = {}
    for p in people:
        t = _person_tally(p, marks.get(p["code"]))
        total = total + t
        c = count_category(p.get("category"))
        cats[c] = cats[c] + t
        key = (p.get("unit_id"), p.get("unit"))
        slot = units.setdefault(key, [p.get("unit_position"), Tally()])
        slot[1] = slot[1] + t
    order = sorted(units.items(), key=lambda kv: (kv[1][0] is None and kv[0][1] is None,
                                                   kv[1][0] if kv[1][0] is not None else 10**9,
                                                   kv[0][1] or ""))
    return Counts(total, cats, tuple(UnitTally(k[0], k[1], v[1]) for k, v in order))


# ---------------------------------------------------------------- from the event file

def load_people(db) -> list[dict]:
    """Everyone in the registry, with what counting needs."""
    return [dict(zip(("code", "category", "status", "unit_id", "unit", "unit_position"), r, strict=True))
            for r in db.execute(
                "SELECT d.code, d.category, d.status, d.unit_id, u.name, u.position "
                "FROM delegates d LEFT JOIN units u ON u.id = d.unit_id").fetchall()]


def mark_of(presence: Presence) -> Mark:
    """What one code's folded events (:func:`.presence.fold_events`) say, in the terms counted here."""
    present = presence.present
    return Mark(present=present, absent=bool(presence.absence) and not present,
                substitute=bool(present and presence.substitute), walkin=presence.walkin is not None,
                reason=(presence.absence or {}).get("reason") if not present else None)


def marks_from_events(events: Iterable[Mapping]) -> dict[str, Mark]:
    """Fold check-in events (``id``, ``at``, ``desk``, ``type``, ``code``, ``payload``) into
    marks, per code, with the desk's own fold (:func:`.presence.fold_events`)."""
    by_code: dict[str, list[dict]] = {}
    for ev in events:
        by_code.setdefault(ev["code"], []).append(ev)
    return {code: mark_of(fold_events(code, evs)) for code, evs in by_code.items()}


def load_marks(db) -> dict[str, Mark]:
    """Marks from the check-ins merged into the event file (none when there is no check-in table)."""
    try:
        rows = db.execute("SELECT id, at, desk, type, code, payload FROM checkin_events").fetchall()
    except Exception as exc:  # noqa: BLE001 - an event file from before check-in existed
        if "no such table" in str(exc):
            return {}
        raise
    return marks_from_events({"id": r[0], "at": r[1], "desk": r[2], "type": r[3], "code": r[4],
                              "payload": json.loads(r[5] or "{}")} for r in rows)


def attendance_counts(db) -> Counts:
    """The counts of the event file, from the registry and the merged check-ins."""
    return tally(load_people(db), load_marks(db))


def credentials_categories(db) -> tuple[str, ...]:
    """Whom the credentials report counts: official delegates, plus honorees if the event says so."""
    return ("official", "honoree") if get_value(db, CREDENTIALS_HONOREES_KEY, False) else ("official",)
