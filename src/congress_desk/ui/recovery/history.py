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

from ...core.safety.history import list_history


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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
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
            for col, value in enumerate([(r["at"] or "").replace("T", " ")[:19], r["actor"], what, r["action"],
                                         r["summary"]]):
                self.table.setItem(i, col, QTableWidgetItem(str(value)))
        self.count.setText(self.tr("{n} changes").format(n=len(rows)))
