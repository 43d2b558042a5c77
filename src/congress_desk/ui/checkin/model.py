"""Table models of the Đón tiếp tab: everyone with their attendance state (paper fallback list)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.checkin.directory import loose
from ...core.checkin.report import state_label
from ...core.fields import category_label

STATE_COLOURS = {"present": "#c8e6c9", "absent": "#ffe0b2", "cancelled": "#e0e0e0"}


class AttendanceModel(QAbstractTableModel):
    """Rows from :func:`core.checkin.report.attendance_rows`, one per person."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[dict] = []
        self._keys: list[str] = []

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Full name"), self.tr("Unit"), self.tr("Category"),
                self.tr("State"), self.tr("Time"), self.tr("Desk"), self.tr("Note")]

    def set_rows(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._keys = [" " + loose(" ".join(filter(None, [r["full_name"], r.get("unit") or "", r["code"]]))) + " "
                      for r in rows]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt's name
        return 8

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None

    def _note(self, r: dict) -> str:
        parts = []
        if r.get("substitute"):
            parts.append(self.tr("Instead: {name}").format(name=r["substitute"]["name"]))
        if r.get("absence_reason"):
            parts.append(r["absence_reason"])
        if r.get("double"):
            parts.append(self.tr("Checked in twice ({desks})").format(
                desks=", ".join(x["desk"] for x in r["duplicates"])))
        if r.get("walkin"):
            parts.append(self.tr("Walk-in"))
        return "; ".join(parts)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return r["code"]
            if col == 1:
                return r["full_name"]
            if col == 2:
                return r.get("unit") or ""
            if col == 3:
                return category_label(r.get("category"))
            if col == 4:
                return state_label(r["state"])
            if col == 5:
                return dt.datetime.fromisoformat(r["at"]).strftime("%H:%M") if r.get("at") else ""
            if col == 6:
                return r.get("desk") or ""
            if col == 7:
                return self._note(r)
        if role == Qt.ItemDataRole.BackgroundRole and col == 4 and r["state"] in STATE_COLOURS:
            return QBrush(QColor(STATE_COLOURS[r["state"]]))
        if role == Qt.ItemDataRole.UserRole:
            return r["code"]
        return None

    def matches(self, row: int, tokens: list[str]) -> bool:
        key = self._keys[row]
        return all(t in key for t in tokens)


class AttendanceFilter(QSortFilterProxyModel):
    """Filter by name / unit / code, ignoring accents and input-method mangling; by state."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tokens: list[str] = []
        self.state: str | None = None

    def _refilter(self, change) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter() is deprecated
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "tokens", [" " + t for t in loose(text).split()]))

    def set_state(self, state: str | None) -> None:
        self._refilter(lambda: setattr(self, "state", state))

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 - Qt's name
        model = self.sourceModel()
        if self.state and model.rows[row]["state"] != self.state:
            return False
        return not self.tokens or model.matches(row, self.tokens)
