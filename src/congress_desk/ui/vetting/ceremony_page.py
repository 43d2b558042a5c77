"""The Ceremony order page of the vetting tab: who goes on stage in which batch, the batch
size, the quota for the national congress and choosing for it (highest forms first)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.vetting import ceremony
from ..widgets import ElidedLabel
from .model import CeremonyModel


class CeremonyPage(QWidget):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.model = CeremonyModel(self)
        self.batch_size = QSpinBox()
        self.batch_size.setObjectName("ceremony_batch_size")
        self.batch_size.setRange(1, 100)
        self.batch_size.editingFinished.connect(self._batch_size_changed)
        self.national_quota = QSpinBox()
        self.national_quota.setRange(0, 1000)
        self.national_quota.editingFinished.connect(self._national_quota_changed)
        self.national_button = QPushButton(self.tr("Choose for the national congress (highest forms first)"))
        self.national_button.clicked.connect(self._choose_national)
        self.summary = ElidedLabel()  # long text never widens the window (issue 14)
        cbar = QHBoxLayout()
        cbar.addWidget(QLabel(self.tr("People per stage batch")))
        cbar.addWidget(self.batch_size)
        cbar.addSpacing(20)
        cbar.addWidget(QLabel(self.tr("National congress quota")))
        cbar.addWidget(self.national_quota)
        cbar.addWidget(self.national_button)
        cbar.addStretch(1)
        cbar.addWidget(self.summary)
        self.table = QTableView()
        self.table.setObjectName("ceremony_table")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for column, width in enumerate((50, 55, 220, 260, 220, 240, 80)):
            self.table.setColumnWidth(column, width)
        cv = QVBoxLayout(self)
        cv.addLayout(cbar)
        cv.addWidget(self.table, 1)

    def reload(self, db, rows: list[dict]) -> None:
        """The running order of the open file (``db``); ``rows``: its nominations."""
        self.model.load(ceremony.running_order(db))
        self.batch_size.setValue(ceremony.batch_size(db))
        self.national_quota.setValue(ceremony.national_quota(db))
        entries = self.model.entries()
        chosen = sum(1 for r in rows if r["national_congress"])
        self.summary.setText(self.tr("{n} on stage in {b} batches · {i} to invite · {c} chosen for the national congress").format(
            n=len(entries), b=max((e.batch for e in entries), default=0),
            i=sum(1 for e in entries if e.delegate_id is None), c=chosen))

    def clear(self) -> None:
        self.model.load([])

    def set_writable(self, writable: bool) -> None:
        for w in (self.batch_size, self.national_quota, self.national_button):
            w.setEnabled(writable)

    def _batch_size_changed(self) -> None:
        size = self.batch_size.value()
        window = self.tab.window_
        if window.event_file is not None and size != ceremony.batch_size(window.event_file.db):
            window.run_write(lambda db, progress, cancel: ceremony.set_batch_size(db, size), on_error=self.tab.show_error)

    def _national_quota_changed(self) -> None:
        quota = self.national_quota.value()
        window = self.tab.window_
        if window.event_file is not None and quota != ceremony.national_quota(window.event_file.db):
            window.run_write(lambda db, progress, cancel: ceremony.set_national_quota(db, quota), on_error=self.tab.show_error)

    def _choose_national(self) -> None:
        actor = self.tab._actor()
        self.tab.window_.run_write(
            lambda db, progress, cancel: ceremony.select_for_national(db, ceremony.suggest_national(db), actor=actor),
            on_error=self.tab.show_error)
