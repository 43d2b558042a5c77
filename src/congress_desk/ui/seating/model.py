"""The seating state the tab shows, and every change as an undoable command.

Seat changes are small (a few rows in one transaction), so they are written at
once on the tab's connection; auto-seating, which can take seconds on a large
hall, runs on the writer thread and is pushed here afterwards as one command.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.changes import Changes
from ...core.seating import assign
from ...core.seating.edit import rename_section
from ...core.seating.hall import Hall, hall_from_dict, hall_to_dict, load_event_hall, save_hall
from ...core.seating.people import Person, load_people

EMPTY = (None, False)


class SeatCommand(QUndoCommand):
    """New states for some seats; undo writes the old ones back."""

    def __init__(self, model: SeatingModel, before: dict, after: dict, text: str, *, applied: bool = False):
        super().__init__(text)
        self.model, self.before, self.after = model, before, after
        self._skip = applied  # already written (auto-seating ran in the background)

    def redo(self) -> None:
        if self._skip:
            self._skip = False
            return
        self.model.write_states(self.after)

    def undo(self) -> None:
        self.model.write_states(self.before)


class HallCommand(QUndoCommand):
    """A new layout for the hall (and, for a section rename, its seats' labels)."""

    def __init__(self, model: SeatingModel, before: dict, after: dict, text: str,
                 rename: tuple[str, str] | None = None):
        super().__init__(text)
        self.model, self.before, self.after, self.rename = model, before, after, rename

    def redo(self) -> None:
        self.model.write_hall(self.after, self.rename)

    def undo(self) -> None:
        self.model.write_hall(self.before, self.rename[::-1] if self.rename else None)


class SeatingModel(QObject):
    """The event's hall, who sits where and the people, for one tab."""

    seats_changed = Signal(list)   # labels whose state changed
    hall_changed = Signal()        # the layout changed: rebuild the map
    people_changed = Signal()
    wrote = Signal(object)         # Changes, for the main window to broadcast

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        self.hall: Hall | None = None
        self.people: dict[int, Person] = {}
        self.states: dict[str, tuple[int | None, bool]] = {}
        self.seat_of: dict[int, str] = {}
        self.undo = QUndoStack(self)

    # ---------------------------------------------------------------- loading
    def load(self, db) -> None:
        self.db = db
        self.undo.clear()
        if db is None:
            self.hall, self.people, self.states, self.seat_of = None, {}, {}, {}
            self.hall_changed.emit()
            return
        self.hall = load_event_hall(db)
        self.people = load_people(db)
        self._read_states()
        self.hall_changed.emit()

    def reload_people(self) -> None:
        if self.db is None:
            return
        self.people = load_people(self.db)
        old = self.states
        self._read_states()
        changed = [k for k in set(old) | set(self.states) if old.get(k) != self.states.get(k)]
        self.people_changed.emit()
        self.seats_changed.emit(changed)

    def reload_hall(self) -> None:
        if self.db is None:
            return
        self.hall = load_event_hall(self.db)
        self._read_states()
        self.hall_changed.emit()

    def _read_states(self) -> None:
        labels = self.hall.by_label() if self.hall else {}
        self.states = {k: v for k, v in assign.seat_states(self.db, self.hall.name).items() if k in labels}
        self.seat_of = {d: k for k, (d, _l) in self.states.items() if d is not None}
        # (the hall's own seat.delegate_id / seat.locked are as loaded: ``states`` is the truth here)

    def state(self, label: str) -> tuple[int | None, bool]:
        return self.states.get(label, EMPTY)

    def person_at(self, label: str) -> Person | None:
        d = self.state(label)[0]
        return self.people.get(d) if d is not None else None

    def unseated(self) -> list[Person]:
        out = [p for p in self.people.values() if p.status == "active" and p.id not in self.seat_of]
        out.sort(key=lambda p: (p.unit_position, p.unit, p.name_key))
        return out

    def snapshot(self) -> dict:
        return dict(self.states)

    # ---------------------------------------------------------------- writing
    def write_states(self, states: dict) -> None:
        assign.set_seats(self.db, self.hall.name, states, actor="ui")
        old = self.states
        self._read_states()
        changed = [k for k in set(old) | set(self.states) if old.get(k) != self.states.get(k)]
        self.seats_changed.emit(changed)
        self.wrote.emit(Changes.of("seats"))

    def apply(self, after: dict, text: str) -> None:
        """Push a change of some seats (undoable)."""
        if not after:
            return
        before = {k: self.state(k) for k in after}
        # a delegate given a seat leaves their old one: keep that seat in the command too
        for d, _locked in after.values():
            old = self.seat_of.get(d) if d is not None else None
            if old is not None and old not in after:
                before[old] = self.state(old)
                after = {**after, old: EMPTY}
        self.undo.push(SeatCommand(self, before, after, text))

    def push_applied(self, before: dict, text: str) -> None:
        """After auto-seating wrote the file: read the new state, make it undoable."""
        self._read_states()
        after = self.snapshot()
        labels = set(before) | set(after)
        b = {k: before.get(k, EMPTY) for k in labels}
        a = {k: after.get(k, EMPTY) for k in labels}
        self.undo.push(SeatCommand(self, b, a, text, applied=True))
        self.seats_changed.emit(sorted(labels))

    def _name(self, delegate_id: int | None) -> str:
        p = self.people.get(delegate_id)
        return p.full_name if p is not None else "?"

    def move(self, sources: list[str], target: str) -> None:
        new = assign.plan_move(self.hall, self.states, sources, target)
        movers = [self.state(s)[0] for s in sources if self.state(s)[0] is not None]
        if len(movers) == 1:
            text = QCoreApplication.translate("SeatingModel", "Move {name} to seat {seat}").format(
                name=self._name(movers[0]), seat=target)
        else:
            text = QCoreApplication.translate("SeatingModel", "Move {n} delegates to the seats from {seat} on").format(
                n=len(movers), seat=target)
        self.apply(new, text)

    def place(self, delegate_ids: list[int], target: str) -> None:
        new = assign.plan_place(self.hall, self.states, delegate_ids, target)
        if len(delegate_ids) == 1:
            text = QCoreApplication.translate("SeatingModel", "Seat {name} in seat {seat}").format(
                name=self._name(delegate_ids[0]), seat=target)
        else:
            text = QCoreApplication.translate("SeatingModel", "Seat {n} delegates in the seats from {seat} on").format(
                n=len(delegate_ids), seat=target)
        self.apply(new, text)

    def set_locked(self, labels: list[str], locked: bool) -> None:
        labels = [lab for lab in labels if lab in self.hall.by_label() and self.hall.seat(lab).assignable]
        new = {lab: (self.state(lab)[0], locked) for lab in labels if self.state(lab)[1] != locked}
        text = (QCoreApplication.translate("SeatingModel", "Lock {n} seat(s)") if locked else
                QCoreApplication.translate("SeatingModel", "Unlock {n} seat(s)")).format(n=len(new))
        self.apply(new, text)

    def clear(self, labels: list[str]) -> None:
        new = {lab: EMPTY for lab in labels if self.state(lab)[0] is not None and not self.state(lab)[1]}
        self.apply(new, QCoreApplication.translate("SeatingModel", "Clear {n} seat(s)").format(n=len(new)))

    # ---------------------------------------------------------------- hall edits
    def write_hall(self, data: dict, rename: tuple[str, str] | None) -> None:
        hall = hall_from_dict(data)
        hall.name = self.hall.name
        with self.db.atomic():
            if rename:
                rename_section(self.db, self.hall.copy(), rename[0], rename[1])
            save_hall(self.db, hall)
        self.reload_hall()
        self.wrote.emit(Changes.of("hall", "seats"))

    def edit_hall(self, fn, text: str, *, clear_labels=(), rename: tuple[str, str] | None = None) -> None:
        """Change the layout with ``fn(hall)`` as one undoable step (seats emptied first)."""
        before = hall_to_dict(self.hall)
        changed = self.hall.copy()
        fn(changed)
        problems = changed.problems()
        if problems:
            from ...core.errors import UserError

            raise UserError(problems[0])
        after = hall_to_dict(changed)
        self.undo.beginMacro(text)
        try:
            occupied = {lab: EMPTY for lab in clear_labels if self.state(lab) != EMPTY}
            if occupied:
                self.undo.push(SeatCommand(self, {k: self.state(k) for k in occupied}, occupied, text))
            self.undo.push(HallCommand(self, before, after, text, rename))
        finally:
            self.undo.endMacro()
