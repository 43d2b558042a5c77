"""The selected file's settings in the import dialog: its unit, the sheet shown, the header
row, "remove those not in the file", hidden rows, and what each column holds (the drop-downs
above the preview; corrections are remembered for the unit's next file)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.intake import table as T
from ...core.registry import list_units


class EntryForm(QWidget):
    def __init__(self, dialog):
        super().__init__()
        self.dialog = dialog
        self.unit = QComboBox()
        self.unit.setObjectName("import_unit")
        self.unit.setEditable(True)
        self.unit.setMinimumWidth(280)
        self.unit.lineEdit().editingFinished.connect(self.unit_changed)
        self.unit.activated.connect(lambda _i: self.unit_changed())
        self.sheet = QComboBox()
        self.sheet.setObjectName("import_sheet")
        self.sheet.currentIndexChanged.connect(lambda _i: dialog.preview.show_sheet())
        self.header_row = QSpinBox()
        self.header_row.setObjectName("import_header_row")
        self.header_row.setRange(1, 1_000_000)
        self.header_row.editingFinished.connect(self._header_changed)
        self.replace = QCheckBox(self.tr("Remove this unit's delegates who are not in the file"))
        self.replace.setObjectName("import_replace")
        self.replace.toggled.connect(self._replace_toggled)
        form = QFormLayout()
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Header row"), self.header_row)
        form.addRow("", self.replace)
        self.include_hidden = QCheckBox(self.tr("Import hidden and filtered-out rows too"))
        self.include_hidden.setObjectName("import_include_hidden")
        self.include_hidden.toggled.connect(self._include_hidden_toggled)
        form.addRow("", self.include_hidden)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.summary)

    def fill_units(self, db) -> None:
        self.unit.blockSignals(True)
        self.unit.clear()
        if db is not None:
            for u in list_units(db):
                self.unit.addItem(u["name"])
        self.unit.blockSignals(False)

    def show_entry(self, entry) -> None:
        """The entry's settings and what was found in it (the preview is filled after)."""
        r = entry.result if entry else None
        self.sheet.blockSignals(True)
        self.sheet.clear()
        if r is not None and r.workbook is not None:
            first = None
            for s in r.sheets:
                self.sheet.addItem(s.name or self.tr("(text file)"), s.name)
                if first is None and (s.mapping is not None or entry.mappings.get(s.name) is not None):
                    first = self.sheet.count() - 1
            self.sheet.setCurrentIndex(first or 0)
        self.sheet.blockSignals(False)
        self.unit.setEditText((r.unit or "") if r else "")
        self.replace.blockSignals(True)
        self.replace.setChecked(bool(entry and entry.replace))
        self.replace.blockSignals(False)
        self.include_hidden.blockSignals(True)
        self.include_hidden.setChecked(bool(entry and entry.include_hidden))
        self.include_hidden.blockSignals(False)
        if r is None:
            self.summary.setText("")
        elif not r.ok:
            self.summary.setText(r.message or "")
        else:
            how = {"option": self.tr("chosen"), "template": self.tr("from the template"),
                   "title": self.tr("from the title"), "file name": self.tr("from the file name")}.get(
                r.unit_source or "", self.tr("not found — choose it"))
            self.summary.setText(self.tr("Unit {unit} ({how}); {n} people, {errors} errors, {warnings} warnings").format(
                unit=r.unit or "?", how=how, n=len(r.people), errors=r.error_count,
                warnings=len(r.problems) - r.error_count))
            if r.parts:
                self.summary.setText(self.tr("Several units in this workbook, each imported on its own: {list}").format(
                    list="; ".join(f"{title} → {unit or '?'}" for title, _sheet, _row, unit in r.parts)))

    def set_header_row(self, row: int) -> None:
        self.header_row.blockSignals(True)
        self.header_row.setValue(row)
        self.header_row.blockSignals(False)

    def sheet_result(self):
        """(entry, the sheet's data, its mapping) of the sheet shown, or Nones."""
        entry = self.dialog.current()
        if entry is None or entry.result is None or entry.result.workbook is None:
            return None, None, None
        name = self.sheet.currentData()
        data = next((s for s in entry.result.workbook.sheets if s.name == name), None)
        sres = next((s for s in entry.result.sheets if s.name == name), None)
        return entry, data, (entry.mappings.get(name) or (sres.mapping if sres else None))

    def role_changed(self, column: int, role) -> None:
        entry, data, mapping = self.sheet_result()
        if mapping is None:
            return
        columns = {c: r for c, r in mapping.columns.items() if c != column}
        if role:
            if role not in ("male_col", "female_col", "note"):
                columns = {c: r for c, r in columns.items() if r != role}   # one column per role
            columns[column] = role
        combined = {c: parts for c, parts in mapping.combined.items() if columns.get(c) == mapping.columns.get(c)}
        entry.mappings[data.name] = T.Mapping(mapping.header_rows, columns, mapping.headings, mapping.data_start,
                                              combined)
        self.dialog.reparse(entry)

    def _header_changed(self) -> None:
        entry, data, mapping = self.sheet_result()
        if data is None or (mapping is not None and self.header_row.value() == mapping.header_rows[0]):
            return
        entry.mappings[data.name] = T.find_table(data, header_row=self.header_row.value())
        self.dialog.reparse(entry)

    def unit_changed(self) -> None:
        entry = self.dialog.current()
        text = self.unit.currentText().strip()
        if entry is None or entry.result is None or not text or text == (entry.result.unit or ""):
            return
        entry.unit = text
        self.dialog.reparse(entry)

    def _replace_toggled(self, checked: bool) -> None:
        entry = self.dialog.current()
        if entry is not None:
            entry.replace = checked
            self.dialog.update_plan()

    def _include_hidden_toggled(self, checked: bool) -> None:
        entry = self.dialog.current()
        if entry is not None and entry.result is not None:
            entry.include_hidden = checked
            self.dialog.reparse(entry)
