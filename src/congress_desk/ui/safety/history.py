"""File ▸ History of changes: who changed what and when, filtered by kind and text."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.fields import format_datetime
from ...core.safety.history import list_history
from ...core.vetting.workflow import state_label


class HistoryDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("HistoryDialog")
        self.setWindowTitle(self.tr("History of changes"))
        self.resize(980, 560)
        self.kind = QComboBox()
        for key, label in ((None, self.tr("Everything")), ("delegates", self.tr("Delegates")),
                           ("seats", self.tr("Seats")), ("nominations", self.tr("Nominations")),
                           ("checkins", self.tr("Check-ins"))):
            self.kind.addItem(label, key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter: name, desk, user, action…"))
        self.search.setClearButtonEnabled(True)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.kind)
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who / desk"), self.tr("What"),
                                              self.tr("Action"), self.tr("Details")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((150, 200, 150, 210)):
            self.table.setColumnWidth(col, width)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self._timer = QTimer(self, singleShot=True, interval=200)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(self._timer.start)
        self.kind.currentIndexChanged.connect(self.reload)
        window.event_changed.connect(self._changed)
        self.reload()

    def _changed(self, _changes) -> None:
        if self.isVisible():
            self._timer.start()

    def action_label(self, r: dict) -> str:
        states = r.get("states")
        if states:
            if states[0] == states[1]:
                return self.tr("vote recorded")
            return f"{state_label(states[0]) if states[0] else ''} → {state_label(states[1])}".strip()
        return {
            "add": self.tr("added"), "update": self.tr("changed"), "delete": self.tr("deleted"),
            "set": self.tr("seats changed"), "auto": self.tr("automatic seating"), "save": self.tr("hall saved"),
            "merge": self.tr("desk journals merged"), "select": self.tr("chosen for the national congress"),
            "checkin": self.tr("checked in"), "undo": self.tr("check-in undone"),
            "substitute": self.tr("substitute"), "walkin": self.tr("walk-in guest"),
            "absence": self.tr("absence reported"), "reprint": self.tr("badge reprinted"),
        }.get(r["action"], r["action"])

    def reload(self) -> None:
        event = self.window_.event_file
        rows = list_history(event.db, kind=self.kind.currentData(), text=self.search.text()) if event else []
        self.rows = rows
        names = {"delegates": self.tr("Delegates"), "seats": self.tr("Seats"),
                 "nominations": self.tr("Nominations"), "checkins": self.tr("Check-ins")}
        self.table.setRowCount(len(rows))
        for i, r in enumerate(rows):
            what = names.get(r["kind"], r["kind"])
            if r["entity_id"] is not None:
                what += f" #{r['entity_id']}"
            for col, value in enumerate([format_datetime(r["at"], seconds=True), r["actor"], what,
                                         self.action_label(r), r["summary"]]):
                item = QTableWidgetItem(str(value))
                if col:
                    item.setToolTip(str(value))
                self.table.setItem(i, col, item)
        self.count.setText(self.tr("{n} changes").format(n=len(rows)))
