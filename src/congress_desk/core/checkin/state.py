"""Attendance as a fold over check-in events, deduplicated by event id.

The same events come from the event file (merged before) and from every desk's
journal; :class:`Attendance` keeps each event once (by its unique id) and works
out, per badge code, who is present, since when and at which desk, who came in
their place, why someone is absent, and whether two desks checked the same
person in (the double entry is kept and flagged, the person counted once).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..presence import Presence, fold_events


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
