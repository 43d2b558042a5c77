"""Changing who sits where: every change is a new state for a set of seats.

A seat state is ``(delegate_id or None, locked)``. The UI's undo stack keeps the
states before and after each change and calls :func:`set_seats` both ways.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..changes import Changes
from ..errors import UserError
from ..i18n import translate
from ..registry import record_history
from .hall import Hall

if TYPE_CHECKING:
    from sqlite_utils import Database

SeatState = tuple[int | None, bool]


def seat_states(db: Database, hall_name: str) -> dict[str, SeatState]:
    """Every kept assignment of a hall: label -> (delegate id, locked)."""
    return {
        seat: (delegate_id, bool(locked))
        for seat, delegate_id, locked in db.execute(
            "SELECT seat, delegate_id, locked FROM seat_assignments WHERE hall = ?", [hall_name]
        ).fetchall()
    }


def set_seats(db: Database, hall_name: str, states: dict[str, SeatState], *,
              actor: str | None = None, history: bool = True) -> Changes:
    """Put each seat of ``states`` in its state (None, False = empty), in one transaction.

    A delegate given a seat here leaves any other seat they held in this hall.
    """
    if not states:
        return Changes()
    wanted = [d for d, _ in states.values() if d is not None]
    if len(wanted) != len(set(wanted)):
        raise UserError(translate("core", "The same delegate cannot take two seats"))
    with db.atomic():
        labels = list(states)
        # Free the seats first, then the delegates' old seats, then write.
        for i in range(0, len(labels), 500):
            chunk = labels[i:i + 500]
            db.execute(
                f"DELETE FROM seat_assignments WHERE hall = ? AND seat IN ({','.join('?' * len(chunk))})",
                [hall_name, *chunk],
            )
        for i in range(0, len(wanted), 500):
            chunk = wanted[i:i + 500]
            db.execute(
                f"DELETE FROM seat_assignments WHERE hall = ? AND delegate_id IN ({','.join('?' * len(chunk))})",
                [hall_name, *chunk],
            )
        rows = [(hall_name, label, d, 1 if locked else 0) for label, (d, locked) in states.items()
                if d is not None or locked]
        db.conn.executemany(
            "INSERT INTO seat_assignments(hall, seat, delegate_id, locked) VALUES (?, ?, ?, ?)", rows
        )
        if history:
            record_history(db, "seats", None, "set", None,
                           {k: list(v) for k, v in list(states.items())[:200]}, actor)
    return Changes.of("seats")


def clear_hall(db: Database, hall_name: str, *, keep_locked: bool = True) -> Changes:
    with db.atomic():
        if keep_locked:
            db.execute("DELETE FROM seat_assignments WHERE hall = ? AND locked = 0", [hall_name])
        else:
            db.execute("DELETE FROM seat_assignments WHERE hall = ?", [hall_name])
    return Changes.of("seats")


# ------------------------------------------------------------ planning moves (pure)

def reading_order(hall: Hall, start: str, count: int, *, allow=None) -> list[str]:
    """``count`` assignable seats from ``start`` on, in reading order within its section
    (left to right, then the next row). ``allow(seat)`` may refuse seats (locked)."""
    first = hall.seat(start)
    if first is None:
        return []
    seats = sorted((s for s in hall.seats if s.section == first.section and s.assignable),
                   key=lambda s: (s.y, s.x))
    out = []
    started = False
    for s in seats:
        if s.label == start:
            started = True
        if started and (allow is None or allow(s)):
            out.append(s.label)
            if len(out) == count:
                break
    return out


def plan_move(hall: Hall, states: dict[str, SeatState], sources: list[str], target: str) -> dict[str, SeatState]:
    """New states for moving the delegates of ``sources`` so the first lands on ``target``
    and the others follow in reading order; people already there swap into the freed seats.

    Raises :class:`UserError` for a locked or unusable seat.
    """
    sources = [s for s in sorted(sources, key=lambda lab: (hall.seat(lab).y, hall.seat(lab).x))
               if states.get(s, (None, False))[0] is not None]
    if not sources:
        return {}
    for label in sources:
        if states.get(label, (None, False))[1]:
            raise UserError(translate("core", "Seat {label} is locked").format(label=label))
    src_set = set(sources)

    def usable(seat) -> bool:
        return not states.get(seat.label, (None, False))[1] or seat.label in src_set

    tgt = hall.seat(target)
    if tgt is None or not tgt.assignable:
        raise UserError(translate("core", "Seat {label} cannot take a delegate").format(label=target))
    if states.get(target, (None, False))[1] and target not in src_set:
        raise UserError(translate("core", "Seat {label} is locked").format(label=target))
    targets = reading_order(hall, target, len(sources), allow=usable)
    if len(targets) < len(sources):
        raise UserError(translate("core", "Not enough free seats after {label} in its row and section").format(label=target))
    return _permute(states, sources, targets)


def _permute(states, sources, targets) -> dict[str, SeatState]:
    new: dict[str, SeatState] = {}
    movers = [states[s][0] for s in sources]
    tset = set(targets)
    displaced = [states.get(t, (None, False))[0] for t in targets if t not in set(sources)]
    displaced = [d for d in displaced if d is not None]
    freed = [s for s in sources if s not in tset]
    for t, d in zip(targets, movers, strict=True):
        new[t] = (d, False)
    for s in freed:
        new[s] = (displaced.pop(0), False) if displaced else (None, False)
    return new


def plan_place(hall: Hall, states: dict[str, SeatState], delegate_ids: list[int], target: str) -> dict[str, SeatState]:
    """New states for seating ``delegate_ids`` (from the unseated list, or from anywhere)
    from ``target`` on in reading order; people already in those seats become unseated."""
    tgt = hall.seat(target)
    if tgt is None or not tgt.assignable:
        raise UserError(translate("core", "Seat {label} cannot take a delegate").format(label=target))
    if states.get(target, (None, False))[1]:
        raise UserError(translate("core", "Seat {label} is locked").format(label=target))
    targets = reading_order(hall, target, len(delegate_ids),
                            allow=lambda s: not states.get(s.label, (None, False))[1])
    if len(targets) < len(delegate_ids):
        raise UserError(translate("core", "Not enough free seats after {label} in its row and section").format(label=target))
    new: dict[str, SeatState] = {}
    moving = set(delegate_ids)
    for label, (d, _locked) in states.items():  # their old seats empty out
        if d in moving and label not in targets:
            new[label] = (None, False)
    for t, d in zip(targets, delegate_ids, strict=True):
        new[t] = (d, False)
    return new
