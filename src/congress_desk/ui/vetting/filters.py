"""The search bar above the nominations: text search, state, form, proposing unit, only
those with problems, and how many are shown. It filters the tab's ``NominationModel``."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from ...core.vetting import workflow
from ...core.vetting.schema import STATES


class NominationFilters(QWidget):
    def __init__(self, parent, model):
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setObjectName("vetting_search")
        self.search.setPlaceholderText(self.tr("Search nominee, unit, form, document number… (accents optional)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.model.set_filter(text) or self.update_count())
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("vetting_state_filter")
        self.state_filter.addItem(self.tr("All states"), None)
        for s in STATES:
            self.state_filter.addItem(workflow.state_label(s), s)
        self.state_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter(state=self.state_filter.currentData()) or self.update_count())
        self.form_filter = QComboBox()
        self.form_filter.setObjectName("vetting_form_filter")
        self.form_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter(form=self.form_filter.currentData()) or self.update_count())
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("vetting_unit_filter")
        self.unit_filter.setMinimumWidth(200)
        self.unit_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter(unit_id=self.unit_filter.currentData()) or self.update_count())
        self.problems_only = QCheckBox(self.tr("Only with problems"))
        self.problems_only.toggled.connect(lambda on: self.model.set_filter(only_problems=on) or self.update_count())
        self.count_label = QLabel()
        bar = QHBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.state_filter, 1)
        bar.addWidget(self.form_filter, 1)
        bar.addWidget(self.unit_filter, 2)
        bar.addWidget(self.problems_only)
        bar.addWidget(self.count_label)

    def fill(self, units: list[dict], cat) -> None:
        """The units and forms of the open file in their combo boxes, keeping the choice."""
        for combo, items, all_text in (
            (self.unit_filter, [(u["name"], u["id"]) for u in units], self.tr("All proposing units")),
            (self.form_filter, [(f"{f.short} — {f.name}", f.code) for f in cat.ordered()] if cat else [], self.tr("All forms")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def update_count(self) -> None:
        self.count_label.setText(self.tr("{shown} of {total}").format(
            shown=self.model.rowCount(), total=len(self.model.all_rows())))
