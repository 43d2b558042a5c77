"""The certificate frame dialog: paper size and the text areas (mm), as measured
on the committee's own pre-printed Bằng khen stock."""

from __future__ import annotations

import copy

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.printing import certificates

COLUMNS = ("x", "y", "w", "h", "size", "min_size", "max_lines")


class FrameDialog(QDialog):
    def __init__(self, parent, frame: dict):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Certificate paper and text areas"))
        self.frame = copy.deepcopy(frame)
        self.preset = QComboBox()
        self.preset.addItem(self.tr("(as saved)"), None)
        for name in certificates.PRESETS:
            self.preset.addItem(name, name)
        self.preset.activated.connect(self._preset_chosen)
        self.paper_w = self._spin(50, 1000)
        self.paper_h = self._spin(50, 1000)
        paper = QHBoxLayout()
        paper.addWidget(self.paper_w)
        paper.addWidget(QLabel("×"))
        paper.addWidget(self.paper_h)
        form = QFormLayout()
        form.addRow(self.tr("Start from"), self.preset)
        form.addRow(self.tr("Paper (mm)"), paper)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("frame_table")
        self.table.setHorizontalHeaderLabels([
            self.tr("x (mm)"), self.tr("y (mm)"), self.tr("width"), self.tr("height"),
            self.tr("size (pt)"), self.tr("min. size"), self.tr("lines")])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Text areas, measured from the top-left corner of the sheet")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self._load(self.frame)
        self.resize(720, 320)

    @staticmethod
    def _spin(lo, hi) -> QDoubleSpinBox:
        spin = QDoubleSpinBox()
        spin.setRange(lo, hi)
        spin.setDecimals(1)
        spin.setSuffix(" mm")
        return spin

    def _load(self, frame: dict) -> None:
        self.paper_w.setValue(frame["paper_w"])
        self.paper_h.setValue(frame["paper_h"])
        areas = frame["areas"]
        self.table.setRowCount(len(areas))
        self.table.setVerticalHeaderLabels(list(areas))
        for r, spec in enumerate(areas.values()):
            for c, key in enumerate(COLUMNS):
                self.table.setItem(r, c, QTableWidgetItem(f"{spec.get(key, 1 if key == 'max_lines' else 0):g}"))

    def _preset_chosen(self) -> None:
        name = self.preset.currentData()
        if name:
            self.frame = copy.deepcopy(certificates.PRESETS[name])
            self._load(self.frame)

    def result_frame(self) -> dict:
        """The edited frame (validated by the core when saved)."""
        frame = copy.deepcopy(self.frame)
        frame["paper_w"] = self.paper_w.value()
        frame["paper_h"] = self.paper_h.value()
        frame["preset"] = self.preset.currentData() or frame.get("preset", "custom")
        for r, name in enumerate(frame["areas"]):
            spec = frame["areas"][name]
            for c, key in enumerate(COLUMNS):
                text = (self.table.item(r, c).text() if self.table.item(r, c) else "").replace(",", ".")
                try:
                    value = float(text)
                except ValueError:
                    value = -1.0  # refused by the core's validation, with the area named
                spec[key] = int(value) if key == "max_lines" else value
        return frame
