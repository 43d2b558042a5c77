"""Side panels of the seating tab: unseated delegates, legend, checks, rules."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.fields import category_label
from ...core.registry import unit_kind_label
from ...core.seating.checks import check_label
from ...core.seating.rules import SeatingRules, rule_label
from ...core.vietnamese import fold
from .scene import CATEGORY_COLORS, EMPTY_COLORS
from .view import MIME_DELEGATES

ID_ROLE = Qt.ItemDataRole.UserRole


_SWATCHES: dict[tuple[str, str, int], QIcon] = {}


def swatch(color: str | QColor, border: str = "#9e9e9e", width: int = 1) -> QIcon:
    key = (QColor(color).name(), border, width)
    if key not in _SWATCHES:
        _SWATCHES[key] = _make_swatch(color, border, width)
    return _SWATCHES[key]


def _make_swatch(color, border: str, width: int) -> QIcon:
    pix = QPixmap(14, 14)
    pix.fill(QColor(border))
    from PySide6.QtGui import QPainter

    p = QPainter(pix)
    p.fillRect(width, width, 14 - 2 * width, 14 - 2 * width, QColor(color))
    p.end()
    return QIcon(pix)


class UnseatedList(QListWidget):
    """Delegates without a seat; drag them onto the map (several at once)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setUniformItemSizes(True)

    def fill(self, people, text_filter: str = "") -> None:
        wanted = fold(text_filter) if text_filter else ""
        self.setUpdatesEnabled(False)
        self.clear()
        for p in people:
            label = f"{p.full_name} — {p.unit}" if p.unit else p.full_name
            if wanted and wanted not in fold(label + " " + p.code):
                continue
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, p.id)
            item.setToolTip(f"{p.code} · {category_label(p.category) if p.category else ''}")
            item.setIcon(swatch(CATEGORY_COLORS.get(p.category, CATEGORY_COLORS[None])))
            self.addItem(item)
        self.setUpdatesEnabled(True)

    def mime_for(self, ids) -> QMimeData:
        mime = QMimeData()
        mime.setData(MIME_DELEGATES, "\n".join(str(i) for i in ids).encode("ascii"))
        return mime

    def mimeData(self, items) -> QMimeData:  # noqa: N802 - Qt's name
        return self.mime_for([it.data(ID_ROLE) for it in items])

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt's name
        return [MIME_DELEGATES]

    def selected_ids(self) -> list[int]:
        return [it.data(ID_ROLE) for it in self.selectedItems()]


class Legend(QListWidget):
    unit_clicked = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemClicked.connect(lambda it: it.data(ID_ROLE) is not None and self.unit_clicked.emit(it.data(ID_ROLE)))

    def show_categories(self) -> None:
        self.clear()
        entries = [
            (CATEGORY_COLORS["presidium"], self.tr("Presidium")),
            (CATEGORY_COLORS["guest"], category_label("guest")),
            (CATEGORY_COLORS["honoree"], category_label("honoree")),
            (CATEGORY_COLORS["official"], category_label("official")),
            (CATEGORY_COLORS["press"], category_label("press")),
            (CATEGORY_COLORS["staff"], category_label("staff")),
            (EMPTY_COLORS["delegate"], self.tr("Empty seat")),
            (EMPTY_COLORS["blocked"], self.tr("Blocked seat")),
        ]
        for color, text in entries:
            self.addItem(QListWidgetItem(swatch(color), text))
        self.addItem(QListWidgetItem(swatch("#ffffff", "#000000", 3), self.tr("Locked seat (thick border)")))

    def show_units(self, units) -> None:
        """``units``: [(unit id, name, colour, seated count)]."""
        self.clear()
        for unit_id, name, color, count in units:
            item = QListWidgetItem(swatch(color), f"{name} ({count})")
            item.setData(ID_ROLE, unit_id)
            self.addItem(item)


class ChecksPanel(QWidget):
    seat_wanted = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("seating_checks")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.summary = QLabel()
        self.refresh_button = QPushButton(self.tr("Check again"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        layout.addWidget(self.list)

    def show_violations(self, violations) -> None:
        self.list.clear()
        for v in violations:
            item = QListWidgetItem(f"{check_label(v.rule)}: {v.message}")
            item.setData(ID_ROLE, v.seats[0] if v.seats else None)
            self.list.addItem(item)
        self.summary.setText(self.tr("{n} problem(s)").format(n=len(violations)) if violations
                             else self.tr("No problems found"))

    def _activated(self, item) -> None:
        label = item.data(ID_ROLE)
        if label:
            self.seat_wanted.emit(label)


class RulesPanel(QWidget):
    """The rules in their order (checkable, movable), the unit kinds' order, options."""

    changed = Signal(object)  # SeatingRules

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rules_list = QListWidget()
        self.rules_list.setObjectName("seating_rules")
        self.kinds_list = QListWidget()
        self.aisle = QSpinBox()
        self.aisle.setRange(0, 10)
        up1, down1 = QPushButton(self.tr("Up")), QPushButton(self.tr("Down"))
        up2, down2 = QPushButton(self.tr("Up")), QPushButton(self.tr("Down"))
        up1.clicked.connect(lambda: self._move(self.rules_list, -1))
        down1.clicked.connect(lambda: self._move(self.rules_list, 1))
        up2.clicked.connect(lambda: self._move(self.kinds_list, -1))
        down2.clicked.connect(lambda: self._move(self.kinds_list, 1))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Rules, applied in this order (untick to skip):")))
        layout.addWidget(self.rules_list, 2)
        row = QHBoxLayout()
        row.addWidget(up1)
        row.addWidget(down1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Delegations by unit kind, front to back:")))
        layout.addWidget(self.kinds_list, 2)
        row = QHBoxLayout()
        row.addWidget(up2)
        row.addWidget(down2)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Honorees at most this many seats from an aisle:")))
        row.addWidget(self.aisle)
        layout.addLayout(row)
        self._loading = False
        self.rules_list.itemChanged.connect(lambda _i: self._emit())
        self.aisle.valueChanged.connect(lambda _v: self._emit())

    def set_rules(self, rules: SeatingRules) -> None:
        self._loading = True
        self.rules_list.clear()
        for r in rules.order:
            item = QListWidgetItem(rule_label(r))
            item.setData(ID_ROLE, r)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked if r in rules.disabled else Qt.CheckState.Checked)
            self.rules_list.addItem(item)
        self.kinds_list.clear()
        for k in rules.unit_kinds:
            item = QListWidgetItem(unit_kind_label(k))
            item.setData(ID_ROLE, k)
            self.kinds_list.addItem(item)
        self.aisle.setValue(rules.aisle_distance)
        self._loading = False

    def rules(self) -> SeatingRules:
        order, disabled = [], []
        for i in range(self.rules_list.count()):
            item = self.rules_list.item(i)
            order.append(item.data(ID_ROLE))
            if item.checkState() != Qt.CheckState.Checked:
                disabled.append(item.data(ID_ROLE))
        kinds = [self.kinds_list.item(i).data(ID_ROLE) for i in range(self.kinds_list.count())]
        return SeatingRules(order, disabled, kinds, self.aisle.value())

    def _move(self, widget: QListWidget, step: int) -> None:
        row = widget.currentRow()
        new = row + step
        if row < 0 or not 0 <= new < widget.count():
            return
        self._loading = True
        item = widget.takeItem(row)
        widget.insertItem(new, item)
        widget.setCurrentRow(new)
        self._loading = False
        self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit(self.rules())


