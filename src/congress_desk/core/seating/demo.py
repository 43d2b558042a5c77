"""Demo extension: the demo congress comes seated, with a few locked seats."""

from __future__ import annotations

import random

from ..db import EventFile
from .assign import set_seats
from .autoseat import auto_seat
from .geometry import analyse
from .hall import load_event_hall
from .people import load_people


def seat_demo(event: EventFile, rng: random.Random) -> None:
    db = event.db
    hall = load_event_hall(db)
    geo = analyse(hall)
    guests = sorted((p for p in load_people(db).values()
                     if p.status == "active" and p.category == "guest" and not p.presidium and p.rank),
                    key=lambda p: p.rank)
    front = sorted((s for s in hall.seats if s.kind == "delegate" and geo.line.get(s.label) == 0),
                   key=lambda s: abs(s.x - geo.centre_x))
    if guests and len(front) > 4:
        # The committee placed the three most senior guests by hand and keeps one
        # front seat empty for a late leader.
        chosen = guests[:3]
        rng.shuffle(chosen)
        states = {s.label: (p.id, True) for s, p in zip(front[:3], chosen, strict=False)}
        states[front[4].label] = (None, True)
        set_seats(db, hall.name, states, actor="demo", history=False)
    auto_seat(db, actor="demo")
