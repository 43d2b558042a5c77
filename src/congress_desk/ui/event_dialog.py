"""Event settings: the congress's name, date, venue, legal regime, and units with their quotas.

Units come from a spreadsheet (Import…), from cells pasted from Excel (Paste, or Ctrl+V
in the table), or from the Hải Phòng template's 66 units; Export… writes them back. The
table is edited in place and saved with OK, like the rest of the dialog."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
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
from ..core.counts import CREDENTIALS_HONOREES_KEY
from ..core.errors import UserError
from ..core.event import (
    REGIMES,
    get_value,
    load_settings,
    regime_label,
    suggested_path,
)
from ..core.event_settings import UnitEdits, save_event_settings
from ..core.intake import units as units_io
from ..core.vietnamese import fold
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
        self.units_hint = QLabel(self.tr("This congress has no units yet. Add the {n} units of the Hải Phòng "
                                         "template with their quotas, import a list from a spreadsheet, or "
                                         "paste it from Excel (unit name, quota).").format(n=len(units_io.template_units())))
        self.units_hint.setObjectName("units_hint")
        self.units_hint.setWordWrap(True)
        self.units_hint.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 6px; }")
        v.addWidget(self.units_hint)
        self.units = QTableWidget(0, 3)
        self.units.setObjectName("event_units")
        self.units.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Kind"), self.tr("Quota")])
        self.units.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.units.setColumnWidth(1, 190)   # "Sở, ban, ngành", "Lực lượng vũ trang" whole
        self.units.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.units.verticalHeader().hide()
        self._unit_ids: list[int | None] = []
        self._deleted: list[int] = []
        self._delegates: dict[str, int] = {}
        for unit in registry.list_units(db):
            self._add_unit_row(unit["id"], unit["name"], unit["kind"], unit["quota"])
            self._delegates[fold(unit["name"])] = unit["delegates"]
        v.addWidget(self.units)
        self.units.installEventFilter(self)   # Ctrl+V in the table pastes units copied in Excel
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add unit"))
        add.clicked.connect(lambda: self._add_unit_row(None, "", "other", None, edit=True))
        remove = QPushButton(self.tr("Remove unit"))
        remove.clicked.connect(self._remove_unit)
        self.template_button = QPushButton(self.tr("Hải Phòng units ({n})").format(n=len(units_io.template_units())))
        self.template_button.setObjectName("units_template")
        self.template_button.setToolTip(self.tr("Add the units of the Hải Phòng template with their quotas "
                                                "(units already in the list keep their place; their quota is updated)"))
        self.template_button.clicked.connect(self.use_template)
        import_button = QPushButton(self.tr("Import…"))
        import_button.setObjectName("units_import")
        import_button.setToolTip(self.tr("Units and quotas from a spreadsheet (.xlsx, .xls, .csv): a column "
                                         "with the unit names, one with the quotas"))
        import_button.clicked.connect(self.import_dialog)
        paste = QPushButton(self.tr("Paste"))
        paste.setObjectName("units_paste")
        paste.setToolTip(self.tr("Cells copied in Excel: unit name, quota (also Ctrl+V in the table)"))
        paste.clicked.connect(self.paste_from_clipboard)
        export = QPushButton(self.tr("Export…"))
        export.setObjectName("units_export")
        export.clicked.connect(self.export_dialog)
        self.quota_total = QLabel()
        for b in (add, remove, self.template_button, import_button, paste, export):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.quota_total)
        v.addLayout(row)
        self.units_status = QLabel()
        self.units_status.setObjectName("units_status")
        self.units_status.setWordWrap(True)
        v.addWidget(self.units_status)
        self.units.itemChanged.connect(self._update_total)
        self._update_total()
        tabs.addTab(units_page, self.tr("Units and quotas"))
        self.documents = DocumentsPage(db)
        tabs.addTab(self.documents, self.tr("Documents"))
        if not self._unit_ids:
            tabs.setCurrentWidget(units_page)   # a new congress: units come first

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
        self.quota_total.setText(self.tr("{units} units · total quota: {n}").format(
            units=self.units.rowCount(), n=total))
        self.units_hint.setVisible(self.units.rowCount() == 0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (watched is self.units and event.type() == QEvent.Type.KeyPress
                and event.matches(QKeySequence.StandardKey.Paste) and self.units.state()
                != QAbstractItemView.State.EditingState):
            self.paste_from_clipboard()
            return True
        return super().eventFilter(watched, event)

    # ---------------------------------------------------------------- units from elsewhere
    def merge_units(self, found) -> dict:
        """Put a list of units into the table: a unit already there (same name, ignoring case
        and tone placement) gets the new quota and kind; a new one is added at the end."""
        rows = {fold(self.units.item(r, 0).text()): r for r in range(self.units.rowCount()) if self.units.item(r, 0)}
        counts = {"added": 0, "updated": 0, "unchanged": 0}
        self.units.blockSignals(True)
        for u in found:
            r = rows.get(fold(u.name))
            if r is None:
                self._add_unit_row(None, u.name, u.kind, u.quota)
                rows[fold(u.name)] = self.units.rowCount() - 1
                counts["added"] += 1
                continue
            combo = self.units.cellWidget(r, 1)
            old_quota = self.units.item(r, 2).text().strip()
            new_quota = "" if u.quota is None else str(u.quota)
            changed = old_quota != new_quota or (u.kind != "other" and combo.currentData() != u.kind)
            self.units.item(r, 2).setText(new_quota)
            if u.kind != "other":
                combo.setCurrentIndex(max(0, combo.findData(u.kind)))
            counts["updated" if changed else "unchanged"] += 1
        self.units.blockSignals(False)
        self._update_total()
        return counts

    def _report(self, counts: dict, problems=()) -> None:
        text = self.tr("{added} units added, {updated} updated, {unchanged} unchanged. Press OK to save.").format(
            **counts)
        if problems:
            text += "\n" + "\n".join(self.tr("Row {row}: {message}").format(row=p.row, message=p.message)
                                      for p in problems[:10])
        self.units_status.setText(text)

    def use_template(self) -> None:
        self._report(self.merge_units(units_io.template_units()))

    def import_units(self, path) -> bool:
        try:
            found = units_io.read_units(path)
        except UserError as exc:
            show_user_error(self, exc)
            return False
        if not found.units and not found.problems:
            show_user_error(self, self.tr("No list of units found in {file}").format(file=str(path)))
            return False
        self._report(self.merge_units(found.units), found.problems)
        return True

    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import units and quotas"), self.window_.settings.get("last_directory") or "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.csv)"))
        if path:
            self.import_units(path)

    def paste_units(self, text: str) -> bool:
        found = units_io.parse_units_text(text or "")
        if not found.units and not found.problems:
            self.units_status.setText(self.tr("Nothing to paste: copy the cells with the unit names and quotas "
                                              "in Excel first."))
            return False
        self._report(self.merge_units(found.units), found.problems)
        return True

    def paste_from_clipboard(self) -> None:
        self.paste_units(QApplication.clipboard().text())

    def current_units(self) -> list[dict]:
        return [{"name": name, "kind": kind, "quota": int(quota) if quota.isdigit() else None,
                 "delegates": self._delegates.get(fold(name), 0)}
                for _id, name, kind, quota in self.unit_rows() if name.strip()]

    def export_units(self, path) -> bool:
        path = str(path)
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        units = self.current_units()
        try:
            units_io.write_units(path, units)
        except OSError as exc:
            show_user_error(self, self.tr("Cannot write {path}: {error}").format(path=path, error=exc.strerror))
            return False
        self.units_status.setText(self.tr("Wrote {n} units to {path}").format(n=len(units), path=path))
        return True

    def export_dialog(self) -> None:
        start = suggested_path(self.window_.event_file, "don-vi-chi-tieu", "xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export units and quotas"), str(start),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_units(path)

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
        units = UnitEdits(rows=self.unit_rows(), deleted=list(self._deleted))
        self.window_.run_write(save_event_settings, settings, documents=self.documents.values(),
                               credentials_honorees=self.credentials_honorees.isChecked(), units=units,
                               on_done=lambda _r: QDialog.accept(self),
                               on_error=lambda exc: show_user_error(self, exc))
