"""Table model of the delegate registry: rows cached with their search text and sort
keys, so filtering and sorting 5,500 delegates stays within a keystroke.

A search ranks the rows (``core.search``): full-name matches first (exact, then prefix,
then the words in the name), then rows matched through other columns — their matching
cells are highlighted and the name's tooltip says where the words were found."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core import search as S
from ...core.fields import STATUSES, category_label, format_birth, gender_label, mask, status_label
from ...core.vietnamese import name_sort_key, sort_key

# Roles as plain ints: comparing with enum members costs a conversion per call.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_USER = Qt.ItemDataRole.UserRole.value
_BACKGROUND = Qt.ItemDataRole.BackgroundRole.value
_GREY = QBrush(QColor("#888888"))
_MATCH = QBrush(QColor("#fff2b3"))
SEARCH_FIELDS = ("code", "full_name", "position", "workplace", "unit")
# A match in a field that is not a column shows on the column that holds it best.
_FIELD_COLUMN = {"code": "code", "position": "position", "workplace": "position", "unit": "unit"}

CATEGORY_ORDER = {"guest": 0, "official": 1, "honoree": 2, "press": 3, "staff": 4, None: 5}


def _unit_order(row: dict) -> int:
    """Units in the committee's order; people without a unit last."""
    position = row.get("unit_position")
    return 10**9 if position is None else position


class DelegateTableModel(QAbstractTableModel):
    COLUMNS = ("code", "full_name", "gender", "birth", "position", "unit", "category", "seat", "phone",
               "status")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._search: list[dict[str, str]] | None = None
        self._matches: dict[int, S.Match] = {}
        self._visible: list[int] = []
        self._order: list[int] = []  # every row, in the current sort order
        self._text = ""
        self._unit_id: int | None = None
        self._category: str | None = None
        self._sort_column = 5
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = {
            "code": self.tr("Code"), "full_name": self.tr("Full name"), "gender": self.tr("Gender"),
            "birth": self.tr("Born"), "position": self.tr("Position"), "unit": self.tr("Unit"),
            "category": self.tr("Category"), "seat": self.tr("Seat"), "phone": self.tr("Phone"),
            "status": self.tr("Status"),
        }
        # What the check-ins say, shown in the status column instead of "Expected".
        self._presence_labels = {
            "present": self.tr("Arrived"), "absent": self.tr("Absent"), "walkin": self.tr("Walk-in, arrived"),
        }

    def status_texts(self) -> list[str]:
        """Every text the status column can show (its width is made to fit the longest)."""
        return [status_label(s) for s in STATUSES] + list(self._presence_labels.values())

    # ---------------------------------------------------------------- data in
    def load(self, rows: list[dict]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._search = None  # made on the first search, not to show the list
        self._apply_sort()
        self._refilter()
        self.endResetModel()

    def set_filter(self, text: str | None = None, *, unit_id=..., category=...) -> None:
        """Show only rows matching every word of ``text`` (diacritics and case ignored)."""
        self.beginResetModel()
        if text is not None:
            self._text = text
        if unit_id is not ...:
            self._unit_id = unit_id
        if category is not ...:
            self._category = category
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        # Rows are kept sorted once (on load and on sort), so a keystroke only scans.
        words = S.query_words(self._text)
        rows, search = self._rows, self._search
        if words and search is None:
            from ...core.vietnamese import fold

            search = self._search = [{k: fold(r.get(k) or "") for k in SEARCH_FIELDS} for r in rows]
        unit_id, category = self._unit_id, self._category
        visible = self._order
        if unit_id is not None:
            visible = [i for i in visible if rows[i]["unit_id"] == unit_id]
        if category is not None:
            visible = [i for i in visible if rows[i]["category"] == category]
        if words:
            visible, self._matches = S.rank_rows(words, search, visible)
        else:
            self._matches = {}
        self._visible = list(visible)

    def match_of(self, row: int) -> S.Match | None:
        """How the shown ``row`` matched the search (None when not searching)."""
        return self._matches.get(self._visible[row])

    def _why(self, r: dict, match: S.Match) -> str:
        labels = {"code": self.tr("Code"), "position": self.tr("Position"), "workplace": self.tr("Workplace"),
                  "unit": self.tr("Unit")}
        return self.tr("Found in: {where}").format(
            where="; ".join(f"{labels[k]} — {r.get(k) or ''}" for k in match.fields))

    def _key(self, column: str):
        rows = self._rows
        if column == "full_name":
            return lambda i: name_sort_key(rows[i]["full_name"])
        if column == "unit":
            unit_keys: dict[str, tuple] = {}  # ~60 units for 550 people: each name keyed once

            def unit_key(i):
                unit = rows[i].get("unit") or ""
                key = unit_keys.get(unit)
                if key is None:
                    key = unit_keys[unit] = sort_key(unit)
                return (_unit_order(rows[i]), key, name_sort_key(rows[i]["full_name"]))

            return unit_key
        if column == "birth":
            return lambda i: rows[i]["birth_date"] or (f"{rows[i]['birth_year']}" if rows[i]["birth_year"] else "")
        if column == "category":
            return lambda i: (CATEGORY_ORDER.get(rows[i]["category"], 9), name_sort_key(rows[i]["full_name"]))
        if column in ("position", "seat"):
            return lambda i: sort_key(rows[i].get(column) or "")
        return lambda i: rows[i].get(column) or ""

    def _apply_sort(self) -> None:
        column = self.COLUMNS[self._sort_column]
        self._order = sorted(range(len(self._rows)), key=self._key(column),
                             reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        self._apply_sort()
        self._refilter()
        self.layoutChanged.emit()

    # ---------------------------------------------------------------- data out
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=_DISPLAY):  # noqa: N802
        if role == _DISPLAY and orientation == Qt.Orientation.Horizontal:
            return self._headers[self.COLUMNS[section]]
        return None

    def row_dict(self, row: int) -> dict:
        return self._rows[self._visible[row]]

    def delegate_id(self, row: int) -> int:
        return self.row_dict(row)["id"]

    def row_of(self, delegate_id: int) -> int | None:
        for row, i in enumerate(self._visible):
            if self._rows[i]["id"] == delegate_id:
                return row
        return None

    def all_rows(self) -> list[dict]:
        return self._rows

    def data(self, index: QModelIndex, role=_DISPLAY):
        # Called for every role of every visible cell on each repaint: keep it cheap.
        if role == _DISPLAY:
            r = self._rows[self._visible[index.row()]]
            column = self.COLUMNS[index.column()]
            if column == "gender":
                return gender_label(r["gender"])
            if column == "birth":
                return format_birth(r["birth_date"], r["birth_year"])
            if column == "category":
                return category_label(r["category"])
            if column == "phone":
                return mask(r["phone"])
            if column == "status":
                return self._presence_labels.get(r.get("presence")) or status_label(r["status"])
            return r.get(column) or ""
        if role == _FOREGROUND:
            if self._rows[self._visible[index.row()]]["status"] == "cancelled":
                return _GREY
            return None
        if role == _BACKGROUND:
            match = self._matches.get(self._visible[index.row()]) if self._matches else None
            if match is not None and match.fields:
                column = self.COLUMNS[index.column()]
                if any(_FIELD_COLUMN.get(f) == column for f in match.fields):
                    return _MATCH
            return None
        if role == _TOOLTIP:
            i = self._visible[index.row()]
            r = self._rows[i]
            column = self.COLUMNS[index.column()]
            if column == "status" and r.get("absence_reason"):
                return r["absence_reason"]
            match = self._matches.get(i) if self._matches else None
            if match is not None and match.fields and (column == "full_name" or any(
                    _FIELD_COLUMN.get(f) == column for f in match.fields)):
                why = self._why(r, match)
                return f"{why}\n{r['note']}" if column == "full_name" and r.get("note") else why
            return r.get("note") if column == "full_name" else None
        if role == _USER:
            return self._rows[self._visible[index.row()]]["id"]
        return None
