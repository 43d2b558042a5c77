"""The seating map's right-click menu: lock, clear, seat kind, and the hall edits (add or
remove seats and rows, rename a section), each one undoable step of the model."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMenu

from ...core.errors import UserError
from ...core.seating import edit
from ...core.seating.hall import SEAT_KINDS, seat_kind_label
from ..errors import show_user_error


class SeatMenu(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab

    def build(self, labels: list) -> QMenu:
        tab, model = self.tab, self.tab.model
        menu = QMenu(tab)
        seat = model.hall.seat(labels[0])
        if seat is None or tab.event is None or tab.event.read_only:
            return menu
        menu.addAction(self.tr("Lock"), lambda: tab.guard(model.set_locked, labels, True))
        menu.addAction(self.tr("Unlock"), lambda: tab.guard(model.set_locked, labels, False))
        menu.addAction(self.tr("Clear"), lambda: tab.guard(model.clear, labels))
        menu.addSeparator()
        kinds = menu.addMenu(self.tr("Seat kind"))
        for kind in SEAT_KINDS:
            kinds.addAction(seat_kind_label(kind), lambda k=kind: self.set_kind(labels, k))
        menu.addAction(self.tr("Add a seat at the end of row {row}").format(row=seat.row),
                       lambda: self._edit(lambda h: edit.add_seat(h, seat.section, seat.row), self.tr("Add seat")))
        menu.addAction(self.tr("Add a seat at the start of row {row}").format(row=seat.row),
                       lambda: self._edit(lambda h: edit.add_seat(h, seat.section, seat.row, left=True),
                                          self.tr("Add seat")))
        menu.addAction(self.tr("Remove seat(s)"), lambda: self._edit(
            lambda h: edit.remove_seats(h, labels), self.tr("Remove seats"), clear=labels))
        menu.addAction(self.tr("Add a row to section {name}").format(name=seat.section),
                       lambda: self._edit(lambda h: edit.add_row(h, seat.section), self.tr("Add row")))
        row_labels = [s.label for s in model.hall.seats if s.section == seat.section and s.row == seat.row]
        menu.addAction(self.tr("Remove row {row} of section {name}").format(row=seat.row, name=seat.section),
                       lambda: self._edit(lambda h: edit.remove_row(h, seat.section, seat.row),
                                          self.tr("Remove row"), clear=row_labels))
        menu.addAction(self.tr("Rename section {name}…").format(name=seat.section), lambda: self.rename_section(seat.section))
        return menu

    def set_kind(self, labels, kind: str) -> None:
        clear = labels if kind == "blocked" else ()
        self._edit(lambda h: edit.set_kind(h, labels, kind), self.tr("Change seat kind"), clear=clear)

    def _edit(self, fn, text: str, *, clear=(), rename=None) -> None:
        model = self.tab.model
        self.tab.guard(lambda: model.edit_hall(fn, text, clear_labels=clear, rename=rename))

    def rename_section(self, old: str, new: str | None = None, title: str | None = None) -> None:
        tab = self.tab
        if new is None:
            new, ok = QInputDialog.getText(tab, self.tr("Rename section"),
                                           self.tr("New name of section {name}:").format(name=old), text=old)
            if not ok:
                return
        try:
            clean = edit.check_section_name(tab.model.hall, old, new)
        except UserError as exc:
            show_user_error(tab, exc)
            return
        if clean == old:
            return
        self._edit(lambda h: edit.rename_in_hall(h, old, clean, title), self.tr("Rename section"), rename=(old, clean))
