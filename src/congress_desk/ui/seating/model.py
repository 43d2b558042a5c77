"""The seating state the tab shows, and every change as an undoable command.

Every change is a core write (:func:`.assign.set_seats`, :func:`.edit.replace_layout`)
run by the tab's writer (``write``: the single writer thread, its own connection).
The model shows the change at once and reads the file back when the writes it sent
are done; a write that fails puts the model back as the file is and empties the
undo stack. Auto-seating runs on the writer thread too and is pushed here
afterwards as one command.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ...core.seating import assign
from ...core.seating.edit import renamed_labels, replace_layout
from ...core.seating.hall import Hall, hall_from_dict, hall_to_dict, load_event_hall
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

    def __init__(self, write, parent=None):
        """``write(fn, *args, on_done=, on_error=)`` runs the core write ``fn(db, *args)``
        on the writer thread and calls back on the main thread."""
        super().__init__(parent)
        self.write = write
        self._pending = 0              # writes sent and not yet done
        self._hall_written = False     # one of them changed the layout
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
        self._hall_written = False
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
        if not self._pending:  # else the file is read back when the writes are done
            self._read_states()
        changed = [k for k in set(old) | set(self.states) if old.get(k) != self.states.get(k)]
        self.people_changed.emit()
        self.seats_changed.emit(changed)

    def reload_hall(self) -> None:
        if self.db is None or self._pending:
            return
        self.hall = load_event_hall(self.db)
        self._read_states()
        self.hall_changed.emit()

    def _file_states(self) -> dict:
        labels = self.hall.by_label() if self.hall else {}
        return {k: v for k, v in assign.seat_states(self.db, self.hall.name).items() if k in labels}

    def _read_states(self) -> None:
        self.states = self._file_states()
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
    def _set_states(self, states: dict) -> None:
        """``states`` as the truth, telling the map which seats changed."""
        old = self.states
        self.states = states
        self.seat_of = {d: k for k, (d, _l) in states.items() if d is not None}
        changed = [k for k in set(old) | set(states) if old.get(k) != states.get(k)]
        if changed:
            self.seats_changed.emit(changed)

    def _send(self, fn, *args) -> None:
        self._pending += 1
        self.write(fn, *args, on_done=self._written, on_error=self._failed)

    def _written(self, _changes) -> None:
        self._pending -= 1
        if self._pending or self.db is None:
            return
        if self._hall_written:  # read the layout back; rebuild the map only if it differs
            self._hall_written = False
            hall = load_event_hall(self.db)
            if hall_to_dict(hall) != hall_to_dict(self.hall):
                self.hall = hall
                self._read_states()
                self.hall_changed.emit()
                return
        self._set_states(self._file_states())

    def _failed(self, _exc) -> None:
        """A write did not happen: show the file as it is; the undo steps no longer match it."""
        self._pending -= 1
        self._hall_written = False
        QTimer.singleShot(0, self.undo.clear)  # not from inside the step being pushed
        if not self._pending and self.db is not None:
            self.reload_hall()

    def write_states(self, states: dict) -> None:
        """Put some seats in new states: shown at once, written by the writer."""
        new = dict(self.states)
        wanted = {d for d, _locked in states.values() if d is not None}
        for label in states:  # as set_seats does: the seats, then the people's old seats
            new.pop(label, None)
        for label, (d, _locked) in list(new.items()):
            if d in wanted:
                del new[label]
        labels = self.hall.by_label()
        new.update((k, v) for k, v in states.items() if (v[0] is not None or v[1]) and k in labels)
        self._set_states(new)
        self._send(partial(assign.set_seats, actor="ui"), self.hall.name, states)

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
        """A new layout (and, for a section rename, its seats' labels): shown at once,
        written by the writer."""
        hall = hall_from_dict(data)
        hall.name = self.hall.name
        mapping = renamed_labels(self.hall, *rename) if rename else {}
        labels = hall.by_label()
        self.hall = hall
        self.states = {mapping.get(k, k): v for k, v in self.states.items() if mapping.get(k, k) in labels}
        self.seat_of = {d: k for k, (d, _l) in self.states.items() if d is not None}
        self.hall_changed.emit()
        self._hall_written = True
        self._send(replace_layout, hall.name, data, rename)

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
