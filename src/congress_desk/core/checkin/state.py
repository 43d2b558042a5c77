"""Attendance as a fold over check-in events, deduplicated by event id.

The same events come from the event file (merged before) and from every desk's
journal; :class:`Attendance` keeps each event once (by its unique id) and works
out, per badge code, who is present, since when and at which desk, who came in
their place, why someone is absent, and whether two desks checked the same
person in (the double entry is kept and flagged, the person counted once).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache


@lru_cache(maxsize=65536)
def _instant(at: str) -> dt.datetime:
    when = dt.datetime.fromisoformat(at)
    if when.tzinfo is None:
        when = when.astimezone()
    return when.astimezone(dt.UTC)


def event_order(event: dict):
    """Events of one person are applied in time order (ties broken by id)."""
    return (_instant(event["at"]), event["id"])


@dataclass
class Presence:
    """What the events say about one badge code."""

    code: str
    present: bool = False
    at: str | None = None            # time of the check-in that counts (the first one)
    desk: str | None = None          # desk of that check-in
    substitute: dict | None = None   # {"name", "position", "at", "desk"} who came instead
    absence: dict | None = None      # {"reason", "at", "desk"}
    walkin: dict | None = None       # the person, for a walk-in guest with no registry row
    duplicates: list[dict] = field(default_factory=list)   # further check-ins: {"id","at","desk"}
    undone: list[dict] = field(default_factory=list)       # {"at","desk","reason"}
    reprints: int = 0
    events: list[dict] = field(default_factory=list)

    @property
    def double(self) -> bool:
        """Checked in more than once (e.g. at two desks before they saw each other)."""
        return bool(self.duplicates)


def fold_events(code: str, events: Iterable[dict]) -> Presence:
    p = Presence(code)
    p.events = sorted(events, key=event_order)
    for ev in p.events:
        kind, payload = ev["type"], ev.get("payload") or {}
        if kind in ("checkin", "substitute", "walkin"):
            if kind == "substitute":
                p.substitute = {"name": payload.get("name"), "position": payload.get("position"),
                                "at": ev["at"], "desk": ev["desk"]}
            if kind == "walkin":
                p.walkin = dict(payload)
            if p.present:
                if kind == "checkin":
                    p.duplicates.append({"id": ev["id"], "at": ev["at"], "desk": ev["desk"]})
            else:
                p.present, p.at, p.desk, p.absence = True, ev["at"], ev["desk"], None
        elif kind == "undo":
            p.undone.append({"at": ev["at"], "desk": ev["desk"], "reason": payload.get("reason")})
            p.present, p.at, p.desk, p.substitute = False, None, None, None
            p.duplicates = []
        elif kind == "absence":
            if not p.present:
                p.absence = {"reason": payload.get("reason"), "at": ev["at"], "desk": ev["desk"]}
        elif kind == "reprint":
            p.reprints += 1
    return p


class Attendance:
    """Every check-in event seen so far, once each, and the presence they give."""

    def __init__(self, events: Iterable[dict] = ()):
        self.events: dict[str, dict] = {}
        self._by_code: dict[str, list[dict]] = defaultdict(list)
        self.presence: dict[str, Presence] = {}
        self.add(events)

    def add(self, events: Iterable[dict]) -> set[str]:
        """Add events not seen before (by id); returns the codes whose state changed."""
        touched: set[str] = set()
        for ev in events:
            if ev["id"] in self.events:
                continue
            self.events[ev["id"]] = ev
            self._by_code[ev["code"]].append(ev)
            touched.add(ev["code"])
        for code in touched:
            self.presence[code] = fold_events(code, self._by_code[code])
        return touched

    def get(self, code: str) -> Presence | None:
        return self.presence.get(code)

    def is_present(self, code: str) -> bool:
        p = self.presence.get(code)
        return bool(p and p.present)

    def present_codes(self) -> set[str]:
        return {c for c, p in self.presence.items() if p.present}

    def doubles(self) -> list[Presence]:
        return [p for p in self.presence.values() if p.present and p.double]

    def walkins(self) -> list[Presence]:
        return [p for p in self.presence.values() if p.walkin is not None]

    def snapshot(self) -> dict[str, tuple]:
        """A comparable summary: code -> (present, first at, first desk, double)."""
        return {c: (p.present, p.at, p.desk, p.double) for c, p in sorted(self.presence.items())
                if p.present or p.absence}
