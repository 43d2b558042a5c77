"""The seating tab's search box: find a delegate by name or badge code, show their seat
(Enter again: the next match) and keep the ring on them wherever they move."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from ...core.vietnamese import fold


class SeatSearch(QLineEdit):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self._hits: list[int] = []
        self._pos = 0
        self.marked: int | None = None   # the person the search ring is on
        self.setObjectName("seat_search")
        self.setPlaceholderText(self.tr("Find a delegate (name or code)…"))
        self.setClearButtonEnabled(True)
        self.returnPressed.connect(self.find_next)

    def find_next(self) -> None:
        tab, model = self.tab, self.tab.model
        text = fold(self.text().strip())
        if not text:
            return
        hits = [p for p in model.people.values() if p.status == "active" and
                (text in fold(p.full_name) or p.code.startswith(text))]
        hits.sort(key=lambda p: p.name_key)
        ids = [p.id for p in hits]
        if ids != self._hits:
            self._hits, self._pos = ids, 0
        if not ids:
            tab.status.setText(self.tr("Nobody matches “{text}”").format(text=self.text()))
            tab.scene.mark(None)
            self.marked = None
            return
        person = model.people[ids[self._pos % len(ids)]]
        self._pos += 1
        label = model.seat_of.get(person.id)
        self.marked = person.id
        if label is None:
            tab.scene.mark(None)
            tab.status.setText(self.tr("{name} ({unit}) has no seat yet").format(name=person.full_name, unit=person.unit))
            for i in range(tab.unseated.count()):
                item = tab.unseated.item(i)
                item.setSelected(item.data(Qt.ItemDataRole.UserRole) == person.id)
                if item.isSelected():
                    tab.unseated.scrollToItem(item)
            return
        tab.show_seat(label)
        self.marked = person.id
        tab.status.setText(self.tr("{name} ({unit}): seat {seat} ({i} of {n})").format(
            name=person.full_name, unit=person.unit, seat=label, i=(self._pos - 1) % len(ids) + 1, n=len(ids)))

    def follow_mark(self) -> None:
        """The search ring stays on the person found, wherever they now sit."""
        if self.marked is None:
            return
        label = self.tab.model.seat_of.get(self.marked)
        if self.tab.scene.highlight is not None or label is not None:
            self.tab.scene.mark(label)
