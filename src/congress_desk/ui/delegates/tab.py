"""The Đại biểu tab: search, filter, sort, add, edit and delete delegates, and see each
unit's count against its quota."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import registry
from ...core.changes import Changes
from ...core.counts import Counts, Tally, load_marks, person_state, tally
from ...core.fields import CATEGORIES, category_label
from ...core.seats import seat_labels
from ..errors import show_user_error
from .model import DelegateTableModel

if TYPE_CHECKING:
    from .form import DelegateForm


class DelegatesTab(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.model = DelegateTableModel(self)

        self.search = QLineEdit()
        self.search.setObjectName("delegate_search")
        self.search.setPlaceholderText(self.tr("Search name, code, position, unit… (accents optional)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.model.set_filter(text) or self._update_count())
        self.unit_filter = QComboBox()
        self.unit_filter.setMinimumWidth(220)
        self.unit_filter.currentIndexChanged.connect(self._unit_filter_changed)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("All categories"), None)
        for c in CATEGORIES:
            self.category_filter.addItem(category_label(c), c)
        self.category_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter(category=self.category_filter.currentData()) or self._update_count())
        self.count_label = QLabel()
        # A fixed width: a count that changes length must not relayout the bar on each keystroke.
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(
            self.tr("{shown} shown · {summoned} summoned").format(shown="00000", summoned="00000")))
        self.counts = Counts(Tally())
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.add_button = QPushButton(self.tr("Add…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_delegate)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.unit_filter, 2)
        bar.addWidget(self.category_filter, 1)
        bar.addWidget(self.count_label)
        self.toolbar = bar
        bar.addWidget(self.add_button)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.delete_button)

        self.table = QTableView()
        self.table.setObjectName("delegate_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((74, 180, 52, 82, 200, 160, 90, 62, 90, 70)):
            self.table.setColumnWidth(column, width)
        # "Dự kiến dự" and "Đến (không đăng ký)" whole, in whatever font the system gives.
        metrics = self.table.fontMetrics()
        status_width = max(metrics.horizontalAdvance(text) for text in self.model.status_texts()) + 20
        self.table.setColumnWidth(self.model.COLUMNS.index("status"), max(70, status_width))
        # The position column takes what is left, so the whole row fits without scrolling.
        header.setSectionResizeMode(self.model.COLUMNS.index("position"), QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.quotas = QTreeWidget()
        self.quotas.setObjectName("unit_quotas")
        self.quotas.setHeaderLabels([self.tr("Unit"), self.tr("Delegates"), self.tr("Quota")])
        self.quotas.setRootIsDecorated(False)
        self.quotas.header().setStretchLastSection(False)
        self.quotas.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.quotas.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.quotas.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.quotas.setMinimumWidth(240)
        self.quotas.itemActivated.connect(self._quota_activated)
        self.quota_summary = QLabel()
        side = QWidget()
        sv = QVBoxLayout(side)
        sv.setContentsMargins(0, 0, 0, 0)
        sv.addWidget(QLabel(self.tr("<b>Delegates per unit</b>")))
        sv.addWidget(self.quotas)
        sv.addWidget(self.quota_summary)

        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1100, 270])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected)
        window.event_opened.connect(self.reload)
        window.event_closed.connect(self.reload)
        window.event_changed.connect(self._changed)
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        self._update_buttons()
        if window.event_file is not None:  # built after the file was opened
            self.reload()
        if getattr(window, "intake", None) is not None:
            window.intake.add_button(self)  # "Import lists…" beside Add / Edit / Delete

    def title(self) -> str:
        return self.tr("Delegates")

    # ---------------------------------------------------------------- loading
    def _changed(self, changes: Changes) -> None:
        if changes.touches("delegates", "units", "seats", "checkins"):
            self._reload_timer.start()

    def reload(self) -> None:
        event = self.window_.event_file
        selected = self.selected_ids()
        if event is None:
            self.model.load([])
            self._fill_units([])
            self._update_buttons()
            return
        reader = event.reader  # reads only: sqlite-utils need not load for the list to show
        rows = registry.list_delegates(reader, sort=False)  # the model sorts
        seats = seat_labels(reader)
        marks = load_marks(reader)
        for row in rows:
            row["seat"] = seats.get(row["id"])
            mark = marks.get(row["code"])
            row["presence"] = "walkin" if mark is not None and mark.walkin and mark.present else person_state(row, mark)
            row["absence_reason"] = mark.reason if mark is not None else None
        self.counts = tally(rows, marks)
        self.model.load(rows)
        units = registry.list_units(reader)
        self._fill_units(units)
        self._update_count()
        self._reselect(selected)
        self._update_buttons()

    def _fill_units(self, units: list[dict]) -> None:
        current = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("All units"), None)
        for u in units:
            self.unit_filter.addItem(u["name"], u["id"])
        index = self.unit_filter.findData(current)
        self.unit_filter.setCurrentIndex(max(0, index))
        self.unit_filter.blockSignals(False)
        if index < 0 and current is not None:
            self.model.set_filter(unit_id=None)

        self.quotas.clear()
        over = under = 0
        for u in units:
            quota = u["quota"]
            item = QTreeWidgetItem([u["name"], str(u["delegates"]), "" if quota is None else str(quota)])
            item.setData(0, Qt.ItemDataRole.UserRole, u["id"])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight)
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            if quota is not None and u["delegates"] > quota:
                over += 1
                item.setForeground(1, QBrush(QColor("#b00020")))
                item.setToolTip(1, self.tr("Over the quota by {n}").format(n=u["delegates"] - quota))
            elif quota is not None and u["delegates"] < quota:
                under += 1
                item.setForeground(1, QBrush(QColor("#8a5a00")))
                item.setToolTip(1, self.tr("{n} fewer than the quota").format(n=quota - u["delegates"]))
            self.quotas.addTopLevelItem(item)
        self.quota_summary.setText(
            self.tr("{units} units · {over} over quota · {under} under quota").format(
                units=len(units), over=over, under=under))

    def _unit_filter_changed(self, _index: int) -> None:
        self.model.set_filter(unit_id=self.unit_filter.currentData())
        self._update_count()

    def _quota_activated(self, item: QTreeWidgetItem) -> None:
        index = self.unit_filter.findData(item.data(0, Qt.ItemDataRole.UserRole))
        if index >= 0:
            self.unit_filter.setCurrentIndex(index)

    def _update_count(self) -> None:
        t = self.counts.total
        self.count_label.setText(self.tr("{shown} shown · {summoned} summoned").format(
            shown=self.model.rowCount(), summoned=t.summoned))
        self.count_label.setToolTip(self.tr(
            "{rows} people in the registry: {summoned} summoned, {cancelled} cancelled (not counted), "
            "{walkins} walk-ins (not summoned)").format(
                rows=len(self.model.all_rows()), summoned=t.summoned, cancelled=t.cancelled, walkins=t.walkins))

    # ---------------------------------------------------------------- selection
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.delegate_id(r) for r in rows if r < self.model.rowCount()]

    def _reselect(self, ids: list[int]) -> None:
        for delegate_id in ids[:1]:
            row = self.model.row_of(delegate_id)
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))

    def _update_buttons(self, *_args) -> None:
        event = self.window_.event_file
        writable = event is not None and not event.read_only
        n = len(self.selected_ids()) if event is not None else 0
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(n == 1)
        self.delete_button.setEnabled(writable and n > 0)

    # ---------------------------------------------------------------- actions
    def _actor(self) -> str | None:
        return self.window_.settings.get("user_name") or None

    def add_delegate(self) -> DelegateForm | None:
        event = self.window_.event_file
        if event is None or event.read_only:
            return None
        from .form import DelegateForm  # not needed to show the list

        form = DelegateForm(self, registry.list_units(event.db))
        unit_id = self.unit_filter.currentData()
        if unit_id is not None:
            form.unit.setCurrentIndex(form.unit.findData(unit_id))
        form.accepted.connect(lambda: self._save_new(form.values()))
        form.open()
        return form

    def _save_new(self, values: dict) -> None:
        actor = self._actor()

        def add(db, values, progress, cancel):
            return registry.add_delegate(db, values, actor=actor)   # the new id, with its .changes

        def done(new_id):   # run_write has told every tab what changed; show the new row now
            self.reload()
            self._reselect([new_id])

        self.window_.run_write(add, values, on_done=done)

    def edit_selected(self) -> DelegateForm | None:
        event = self.window_.event_file
        ids = self.selected_ids()
        if event is None or len(ids) != 1:
            return None
        delegate = registry.get_delegate(event.db, ids[0])
        if delegate is None:
            return None
        from .form import DelegateForm

        form = DelegateForm(self, registry.list_units(event.db), delegate, read_only=event.read_only)
        form.accepted.connect(lambda: self._save_edit(delegate["id"], form.values()))
        form.open()
        return form

    def _save_edit(self, delegate_id: int, values: dict) -> None:
        actor = self._actor()

        def update(db, delegate_id, values, progress, cancel):
            return registry.update_delegate(db, delegate_id, values, actor=actor)

        self.window_.run_write(update, delegate_id, values)

    def delete_selected(self) -> None:
        event = self.window_.event_file
        ids = self.selected_ids()
        if event is None or event.read_only or not ids:
            return
        if len(ids) == 1:
            name = registry.get_delegate(event.db, ids[0])["full_name"]
            text = self.tr("Delete {name} from the registry?").format(name=name)
        else:
            text = self.tr("Delete {n} delegates from the registry?").format(n=len(ids))
        answer = QMessageBox.question(self, self.tr("Delete delegates"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self._actor()

        def delete(db, ids, progress, cancel):
            return registry.delete_delegates(db, ids, actor=actor)

        self.window_.run_write(delete, ids, on_error=lambda exc: show_user_error(self, exc))
