"""Event settings: the congress's name, date, venue, legal regime, and units with their quotas."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ..core import registry
from ..core.changes import Changes
from ..core.counts import CREDENTIALS_HONOREES_KEY
from ..core.event import REGIMES, get_value, load_settings, regime_label, save_settings, set_value
from ..core.printing.officials import save as save_documents
from .errors import show_user_error
from .printing.documents_page import DocumentsPage


class EventSettingsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Event settings"))
        self.resize(760, 560)
        db = window.event_file.db
        self.original = load_settings(db)
        s = self.original
        tabs = QTabWidget()

        general = QWidget()
        form = QFormLayout(general)
        self.name = QLineEdit(s.name)
        self.number = QLineEdit(s.number)
        self.term = QLineEdit(s.term)
        self.organizer = QLineEdit(s.organizer)
        self.province = QLineEdit(s.province)
        self.date = QDateEdit()
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setCalendarPopup(True)
        try:
            d = dt.date.fromisoformat(s.date)
            self.date.setDate(QDate(d.year, d.month, d.day))
        except ValueError:
            self.date.setDate(QDate.currentDate())
        self.start_time = QTimeEdit()
        self.start_time.setDisplayFormat("HH:mm")
        self.start_time.setTime(QTime.fromString(s.start_time, "HH:mm"))
        self.venue = QLineEdit(s.venue)
        self.address = QLineEdit(s.address)
        self.regime = QComboBox()
        for regime in REGIMES:
            self.regime.addItem(regime_label(regime), regime)
        self.regime.setCurrentIndex(max(0, self.regime.findData(s.regime)))
        self.expected = QSpinBox()
        self.expected.setRange(0, 100_000)
        self.expected.setValue(s.expected_delegates)
        form.addRow(self.tr("Congress name:"), self.name)
        form.addRow(self.tr("Number (e.g. IX):"), self.number)
        form.addRow(self.tr("Term:"), self.term)
        form.addRow(self.tr("Organised by:"), self.organizer)
        form.addRow(self.tr("Province / city:"), self.province)
        form.addRow(self.tr("Date:"), self.date)
        form.addRow(self.tr("Starts at:"), self.start_time)
        form.addRow(self.tr("Venue:"), self.venue)
        form.addRow(self.tr("Address:"), self.address)
        form.addRow(self.tr("Legal regime:"), self.regime)
        form.addRow(self.tr("Expected delegates:"), self.expected)
        self.credentials_honorees = QCheckBox(self.tr("The credentials report counts honorees as delegates"))
        self.credentials_honorees.setToolTip(self.tr(
            "Off: the credentials report counts official delegates only; on: official delegates and honorees"))
        self.credentials_honorees.setChecked(bool(get_value(db, CREDENTIALS_HONOREES_KEY, False)))
        form.addRow("", self.credentials_honorees)
        tabs.addTab(general, self.tr("General"))

        units_page = QWidget()
        v = QVBoxLayout(units_page)
        self.units = QTableWidget(0, 3)
        self.units.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Kind"), self.tr("Quota")])
        self.units.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.units.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.units.verticalHeader().hide()
        self._unit_ids: list[int | None] = []
        self._deleted: list[int] = []
        for unit in registry.list_units(db):
            self._add_unit_row(unit["id"], unit["name"], unit["kind"], unit["quota"])
        v.addWidget(self.units)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add unit"))
        add.clicked.connect(lambda: self._add_unit_row(None, "", "other", None, edit=True))
        remove = QPushButton(self.tr("Remove unit"))
        remove.clicked.connect(self._remove_unit)
        self.quota_total = QLabel()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        row.addWidget(self.quota_total)
        v.addLayout(row)
        self.units.itemChanged.connect(self._update_total)
        self._update_total()
        tabs.addTab(units_page, self.tr("Units and quotas"))
        self.documents = DocumentsPage(db)
        tabs.addTab(self.documents, self.tr("Documents"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if window.event_file.read_only:
            buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.tabs = tabs

    def _add_unit_row(self, unit_id, name, kind, quota, edit=False) -> None:
        r = self.units.rowCount()
        self.units.insertRow(r)
        self.units.setItem(r, 0, QTableWidgetItem(name))
        combo = QComboBox()
        for k in registry.UNIT_KINDS:
            combo.addItem(registry.unit_kind_label(k), k)
        combo.setCurrentIndex(max(0, combo.findData(kind)))
        self.units.setCellWidget(r, 1, combo)
        item = QTableWidgetItem("" if quota is None else str(quota))
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.units.setItem(r, 2, item)
        self._unit_ids.append(unit_id)
        if edit:
            self.units.setCurrentCell(r, 0)
            self.units.editItem(self.units.item(r, 0))

    def _remove_unit(self) -> None:
        rows = sorted({i.row() for i in self.units.selectedIndexes()}, reverse=True)
        for r in rows:
            unit_id = self._unit_ids.pop(r)
            if unit_id is not None:
                self._deleted.append(unit_id)
            self.units.removeRow(r)
        self._update_total()

    def _update_total(self, *_args) -> None:
        total = 0
        for r in range(self.units.rowCount()):
            text = (self.units.item(r, 2).text() if self.units.item(r, 2) else "").strip()
            if text.isdigit():
                total += int(text)
        self.quota_total.setText(self.tr("Total quota: {n}").format(n=total))

    def settings(self):
        return replace(
            self.original,
            name=self.name.text().strip(), number=self.number.text().strip(),
            term=self.term.text().strip(), organizer=self.organizer.text().strip(),
            province=self.province.text().strip(),
            date=self.date.date().toString("yyyy-MM-dd"),
            start_time=self.start_time.time().toString("HH:mm"),
            venue=self.venue.text().strip(), address=self.address.text().strip(),
            regime=self.regime.currentData(), expected_delegates=self.expected.value(),
        )

    def unit_rows(self) -> list[tuple[int | None, str, str, str]]:
        rows = []
        for r in range(self.units.rowCount()):
            name = self.units.item(r, 0).text() if self.units.item(r, 0) else ""
            kind = self.units.cellWidget(r, 1).currentData()
            quota = self.units.item(r, 2).text().strip() if self.units.item(r, 2) else ""
            rows.append((self._unit_ids[r], name, kind, quota))
        return rows

    def accept(self) -> None:
        settings = self.settings()
        problems = settings.validate()
        if problems:
            show_user_error(self, "\n".join(problems))
            return
        units = self.unit_rows()
        deleted = list(self._deleted)
        documents = self.documents.values()
        honorees = self.credentials_honorees.isChecked()

        def save(db, progress, cancel):
            with db.atomic():
                save_settings(db, settings)
                save_documents(db, documents)
                set_value(db, CREDENTIALS_HONOREES_KEY, honorees)
                for unit_id in deleted:
                    registry.delete_unit(db, unit_id)
                for unit_id, name, kind, quota in units:
                    if unit_id is None:
                        if name.strip():
                            registry.add_unit(db, name, kind, quota or None)
                    else:
                        registry.update_unit(db, unit_id, name=name, kind=kind, quota=quota or None)
            return Changes.of("event", "units")

        self.window_.run_write(save, on_done=lambda _r: QDialog.accept(self),
                               on_error=lambda exc: show_user_error(self, exc))
