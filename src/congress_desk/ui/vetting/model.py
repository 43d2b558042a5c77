"""Table models of the vetting tab: nominations (cached rows with search text and sort
keys, so 500+ nominations filter within a keystroke) and the ceremony running order."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.vetting.workflow import state_label
from ...core.vietnamese import fold, name_sort_key, sort_key

STATE_ORDER = {s: i for i, s in enumerate((
    "proposed", "returned", "documents_checked", "criteria_checked", "at_council", "approved",
    "submitted_upward", "awarded", "rejected"))}
STATE_COLOURS = {"rejected": "#9e9e9e", "returned": "#8a5a00", "approved": "#1b5e20", "awarded": "#1b5e20",
                 "submitted_upward": "#0d47a1", "at_council": "#4a148c"}


class NominationModel(QAbstractTableModel):
    COLUMNS = ("id", "nominee", "kind", "form", "unit", "state", "problems")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[dict] = []
        self._search: list[str] = []
        self._visible: list[int] = []
        self._text = ""
        self._state: str | None = None
        self._form: str | None = None
        self._unit_id: int | None = None
        self._only_problems = False
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = {
            "id": self.tr("No."), "nominee": self.tr("Nominee"), "kind": self.tr("Kind"), "form": self.tr("Form"),
            "unit": self.tr("Proposing unit"), "state": self.tr("State"), "problems": self.tr("Problems"),
        }

    # ---------------------------------------------------------------- data in
    def load(self, rows: list[dict], findings: dict[int, list], form_names: dict[str, str]) -> None:
        """``rows`` from ``list_nominations``; ``findings`` from ``evaluate_all``."""
        self.beginResetModel()
        individual, collective, ok = self.tr("Individual"), self.tr("Collective"), self.tr("OK")
        states = {s: state_label(s) for s in STATE_ORDER}
        for r in rows:
            found = findings.get(r["id"], [])
            r["_problems"] = [f for f in found if not f.ok]
            r["_form_short"] = form_names.get(r["form"], r["form"])
            # Display texts computed once, so painting a screenful costs dictionary lookups only.
            n = len(r["_problems"])
            r["_show"] = {
                "id": r["id"], "nominee": r["nominee"] + (" ●" if r.get("delegate_id") else ""),
                "kind": individual if r["kind"] == "individual" else collective, "form": r["_form_short"],
                "unit": r.get("unit") or "", "state": states.get(r["state"], r["state"]),
                "problems": self.tr("{n} problems").format(n=n) if n else ok,
            }
        self._rows = rows
        self._search = [fold(" ".join(filter(None, (
            str(r["id"]), r["nominee"], r.get("position"), r.get("unit"), r["_form_short"], r["form"],
            r.get("proposal_number"), r.get("decision_number"))))) for r in rows]
        self._refilter()
        self.endResetModel()

    def set_filter(self, text: str | None = None, *, state=..., form=..., unit_id=..., only_problems=...) -> None:
        self.beginResetModel()
        if text is not None:
            self._text = text
        if state is not ...:
            self._state = state
        if form is not ...:
            self._form = form
        if unit_id is not ...:
            self._unit_id = unit_id
        if only_problems is not ...:
            self._only_problems = bool(only_problems)
        self._refilter()
        self.endResetModel()

    def _refilter(self) -> None:
        words = fold(self._text).split()
        rows = self._rows
        visible = [i for i, s in enumerate(self._search) if all(w in s for w in words)] if words else list(range(len(rows)))
        if self._state is not None:
            visible = [i for i in visible if rows[i]["state"] == self._state]
        if self._form is not None:
            visible = [i for i in visible if rows[i]["form"] == self._form]
        if self._unit_id is not None:
            visible = [i for i in visible if rows[i]["unit_id"] == self._unit_id]
        if self._only_problems:
            visible = [i for i in visible if rows[i]["_problems"]]
        self._visible = visible
        self._apply_sort()

    def _key(self, column: str):
        rows = self._rows
        if column == "nominee":
            return lambda i: (name_sort_key(rows[i]["nominee"]) if rows[i]["kind"] == "individual"
                              else ((), (), ()), sort_key(rows[i]["nominee"]))
        if column == "unit":
            return lambda i: (sort_key(rows[i].get("unit") or ""), name_sort_key(rows[i]["nominee"]))
        if column == "state":
            return lambda i: (STATE_ORDER.get(rows[i]["state"], 99), rows[i]["id"])
        if column == "problems":
            return lambda i: (len(rows[i]["_problems"]), rows[i]["id"])
        if column == "form":
            return lambda i: (rows[i]["_form_short"], rows[i]["id"])
        if column == "kind":
            return lambda i: (rows[i]["kind"], rows[i]["id"])
        return lambda i: rows[i]["id"]

    def _apply_sort(self) -> None:
        self._visible.sort(key=self._key(self.COLUMNS[self._sort_column]),
                           reverse=self._sort_order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._sort_order = column, order
        self._apply_sort()
        self.layoutChanged.emit()

    # ---------------------------------------------------------------- data out
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[self.COLUMNS[section]]
        return None

    def row_dict(self, row: int) -> dict:
        return self._rows[self._visible[row]]

    def row_of(self, nomination_id: int) -> int | None:
        for row, i in enumerate(self._visible):
            if self._rows[i]["id"] == nomination_id:
                return row
        return None

    def all_rows(self) -> list[dict]:
        return self._rows

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[self._visible[index.row()]]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return r["_show"][column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "problems" and r["_problems"]:
                return QBrush(QColor("#b00020"))
            if column == "state" and r["state"] in STATE_COLOURS:
                return QBrush(QColor(STATE_COLOURS[r["state"]]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "problems" and r["_problems"]:
                return "\n".join("• " + f.message for f in r["_problems"])
            if column == "nominee" and r.get("delegate_id"):
                return self.tr("Delegate {code}").format(code=r.get("delegate_code") or "")
        if role == Qt.ItemDataRole.UserRole:
            return r["id"]
        return None


class CeremonyModel(QAbstractTableModel):
    COLUMNS = ("batch", "order", "nominee", "title", "unit", "form_name", "seat")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list = []
        self._headers = {"batch": self.tr("Batch"), "order": self.tr("Order"), "nominee": self.tr("Name"),
                         "title": self.tr("Position"), "unit": self.tr("Unit"), "form_name": self.tr("Form"),
                         "seat": self.tr("Seat")}

    def load(self, entries: list) -> None:
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entries(self) -> list:
        return self._entries

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[self.COLUMNS[section]]
        return None

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        e = self._entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "seat":
                return e.seat or (self.tr("invite") if e.delegate_id is None else self.tr("no seat"))
            return getattr(e, column)
        if role == Qt.ItemDataRole.BackgroundRole and e.batch % 2 == 0:
            return QBrush(QColor("#f3f6fa"))
        if role == Qt.ItemDataRole.ForegroundRole and column == "seat" and not e.seat:
            return QBrush(QColor("#8a5a00"))
        return None
