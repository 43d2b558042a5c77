"""The fold of one badge code's check-in events into its presence.

Below every capability so that :mod:`.counts` (the numbers every screen shows) and the
check-in desk (:mod:`.checkin.state`) fold the same events the same way.
"""

from __future__ import annotations

import datetime as dt
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


ARRIVALS = ("checkin", "substitute", "walkin")


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
    arrivals: list[dict] = field(default_factory=list)     # arrival events not undone, first first
    walkin_people: list[dict] = field(default_factory=list)  # every walk-in registered under this code

    @property
    def double(self) -> bool:
        """Checked in more than once (e.g. at two desks before they saw each other)."""
        return bool(self.duplicates)

    @property
    def walkin_clash(self) -> bool:
        """Two laptops gave this walk-in code to two people (set up offline with one range):
        the desk shows the first; ``merge`` keeps both and gives the other a new code."""
        return len(self.walkin_people) > 1

    @property
    def counted(self) -> dict | None:
        """The arrival event (check-in, substitute, walk-in) that makes the person present."""
        return self.arrivals[0] if self.arrivals else None


def fold_events(code: str, events: Iterable[dict]) -> Presence:
    """Presence of one code from its events.

    An undo that names the event it takes back (``payload.undoes``, journal format 2)
    cancels exactly that arrival, whatever the clocks of the desks say: a desk whose clock
    runs fast can undo its own mistaken scan without making absent a person another desk
    checked in. An undo of format 1 (no ``undoes``) takes back every arrival before it in
    time, as before. The person is present while an arrival is not undone; the first one
    counts, further check-ins are the double entries.
    """
    p = Presence(code)
    p.events = sorted(events, key=event_order)
    by_id = {ev["id"] for ev in p.events}
    cancelled: set[str] = set()
    for ev in p.events:
        target = (ev.get("payload") or {}).get("undoes") if ev["type"] == "undo" else None
        if isinstance(target, str) and target in by_id:
            cancelled.add(target)
    live: list[dict] = []
    absence_ev: dict | None = None
    last_arrival = None
    for ev in p.events:
        kind, payload = ev["type"], ev.get("payload") or {}
        if kind in ARRIVALS:
            if kind == "walkin":
                p.walkin_people.append({**payload, "desk": ev["desk"], "at": ev["at"]})
                if p.walkin is None:
                    p.walkin = dict(payload)
            last_arrival = ev
            if ev["id"] not in cancelled:
                live.append(ev)
        elif kind == "undo":
            p.undone.append({"at": ev["at"], "desk": ev["desk"], "reason": payload.get("reason")})
            if not isinstance(payload.get("undoes"), str):
                live = []          # format 1: takes back everything before it
        elif kind == "absence":
            if not live:
                absence_ev = ev
        elif kind == "reprint":
            p.reprints += 1
    if absence_ev is not None and last_arrival is not None and event_order(last_arrival) > event_order(absence_ev):
        absence_ev = None          # came after all
    p.arrivals = live
    if live:
        first = live[0]
        p.present, p.at, p.desk = True, first["at"], first["desk"]
        p.duplicates = [{"id": e["id"], "at": e["at"], "desk": e["desk"]} for e in live[1:]
                        if e["type"] == "checkin"]
        subs = [e for e in live if e["type"] == "substitute"]
        if subs:
            pl = subs[-1].get("payload") or {}
            p.substitute = {"name": pl.get("name"), "position": pl.get("position"),
                            "at": subs[-1]["at"], "desk": subs[-1]["desk"]}
    elif absence_ev is not None:
        pl = absence_ev.get("payload") or {}
        p.absence = {"reason": pl.get("reason"), "at": absence_ev["at"], "desk": absence_ev["desk"]}
    return p
