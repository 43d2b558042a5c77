"""The Dashboard page of the check-in tab: the counts, the presidium and honorees, people
checked in at two desks, and by unit who has not arrived (phone numbers shown on a click)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ...core.fields import mask
from .widgets import fill, font, table


class DashboardPage(QWidget):
    def __init__(self, tab):
        super().__init__()
        self.tab = tab
        self.revealed: set[str] = set()     # codes whose phone number was clicked open
        self._units: list = []
        self._missing: list = []
        self.summary_label = QLabel()
        self.summary_label.setObjectName("dashboard_summary")
        self.summary_label.setFont(font(22, bold=True))
        self.summary_label.setWordWrap(True)   # the counts line must never widen the window
        self.special_label = QLabel()
        self.special_label.setObjectName("dashboard_special")
        self.special_label.setFont(font(14))
        self.special_label.setWordWrap(True)
        self.doubles_label = QLabel()
        self.doubles_label.setObjectName("dashboard_doubles")
        self.doubles_label.setWordWrap(True)
        self.doubles_label.setStyleSheet("color: #e65100")
        self.category_table = table([self.tr("Category"), self.tr("Summoned"), self.tr("Present")])
        self.unit_table = table([self.tr("Unit"), self.tr("Summoned"), self.tr("Present"),
                                 self.tr("Absent"), self.tr("Not arrived")])
        self.unit_table.setObjectName("unit_table")
        self.unit_table.itemSelectionChanged.connect(self._show_missing)
        self.missing_table = table([self.tr("Not arrived yet"), self.tr("Position"), self.tr("Phone")])
        self.missing_table.setObjectName("missing_table")
        self.missing_table.cellClicked.connect(self._reveal_phone)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.addWidget(self.category_table)
        ll.addWidget(self.unit_table, 2)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(QLabel(self.tr("Choose a unit to see who is missing; click a phone number to show it.")))
        rl.addWidget(self.missing_table)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.special_label)
        layout.addWidget(self.doubles_label)
        layout.addWidget(split, 1)

    def fill(self, board) -> None:
        self.summary_label.setText(self.tr("Present {present} of {summoned} summoned · {absent} absent · "
                                           "{not_arrived} not arrived · {walkins} walk-ins").format(
            present=board.arrived, summoned=board.expected, walkins=board.walkins, absent=board.absent,
            not_arrived=board.not_arrived))
        missing_presidium = ", ".join(r["full_name"] for r in board.presidium.missing[:8])
        self.special_label.setText(self.tr("Presidium present: {a}/{e}. Honorees present: {ha}/{he}.").format(
            a=board.presidium.arrived, e=board.presidium.expected, ha=board.honorees.arrived,
            he=board.honorees.expected) + (" " + self.tr("Presidium not here yet: {names}").format(
                names=missing_presidium) if missing_presidium else ""))
        self.doubles_label.setText("" if not board.doubles else self.tr("Checked in at two desks: {names}").format(
            names=", ".join(f"{r['full_name']} ({r['desk']}, " + ", ".join(x["desk"] for x in r["duplicates"]) + ")"
                            for r in board.doubles)))
        fill(self.category_table, [[c.label, c.expected, c.arrived] for c in board.by_category])
        selected = self._selected_unit()
        self._units = board.by_unit
        fill(self.unit_table, [[c.label, c.expected, c.arrived, len(c.absent), len(c.missing)]
                               for c in board.by_unit])
        for row, c in enumerate(board.by_unit):
            if c.label == selected:
                self.unit_table.selectRow(row)
        self._show_missing()

    def _selected_unit(self) -> str | None:
        rows = self.unit_table.selectionModel().selectedRows() if self.unit_table.selectionModel() else []
        return self.unit_table.item(rows[0].row(), 0).text() if rows else None

    def _show_missing(self) -> None:
        rows = self.unit_table.selectionModel().selectedRows()
        units = self._units
        if not rows or rows[0].row() >= len(units):
            self.missing_table.setRowCount(0)
            return
        missing = units[rows[0].row()].missing
        self._missing = missing
        fill(self.missing_table, [[d["full_name"], d.get("position") or "",
                                   d.get("phone") if d["code"] in self.revealed else mask(d.get("phone"))]
                                  for d in missing])

    def _reveal_phone(self, row: int, column: int) -> None:
        if column != 2 or row >= len(self._missing):
            return
        d = self._missing[row]
        self.revealed.add(d["code"])
        self.missing_table.item(row, 2).setText(d.get("phone") or "")
