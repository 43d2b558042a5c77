"""The Sơ đồ chỗ ngồi tab: the hall map staff work in, auto-seating, checks and rules."""

from __future__ import annotations

import sys

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.errors import UserError
from ...core.seating.checks import run_checks
from ...core.seating.hall import list_halls, load_hall
from ...core.seating.rules import load_rules, save_rules
from .. import tasks
from ..errors import show_unexpected, show_user_error
from .auto import AutoSeatButton
from .halls import HallMenu
from .model import SeatingModel
from .panels import ChecksPanel, Legend, RulesPanel, UnseatedList
from .scene import HallScene
from .search import SeatSearch
from .seat_menu import SeatMenu
from .view import HallView


class ActionButton(QToolButton):
    """A tool button for an action whose text changes (undo/redo): a short fixed label, the
    action's text as the tooltip, enabled with the action."""

    def __init__(self, action: QAction, label: str):
        super().__init__()
        self._action = action
        self.setText(label)
        self.clicked.connect(action.trigger)
        action.changed.connect(self._sync)
        self._sync()

    def _sync(self) -> None:
        self.setEnabled(self._action.isEnabled())
        self.setToolTip(self._action.text())


class SeatingTab(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.model = SeatingModel(self.write, self)
        self.scene = HallScene(self)
        self.view = HallView(self.scene)
        self.view.setObjectName("seat_map")
        self._own_write = False
        self._fitted = False

        # toolbar
        self.hall_combo = QComboBox()
        self.hall_combo.setMinimumWidth(140)
        self.hall_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.hall_combo.activated.connect(self._hall_chosen)
        self.color_combo = QComboBox()
        self.color_combo.addItem(self.tr("Colour by category"), "category")
        self.color_combo.addItem(self.tr("Colour by unit"), "unit")
        self.color_combo.currentIndexChanged.connect(self._color_mode)
        self.search = SeatSearch(self)
        self.auto_button = AutoSeatButton(self)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.clicked.connect(lambda: self.guard(self.model.set_locked, self.scene.selected_labels(), True))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.clicked.connect(lambda: self.guard(self.model.set_locked, self.scene.selected_labels(), False))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Empty the selected seats (locked seats stay) — Delete"))
        self.lock_button.setToolTip(self.tr("Keep the selected seats as they are when auto-seating — Ctrl+L"))
        self.unlock_button.setToolTip("Ctrl+Shift+L")
        self.clear_button.clicked.connect(lambda: self.guard(self.model.clear, self.scene.selected_labels()))
        self.undo_action = self.model.undo.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.model.undo.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        for keys, slot in (
            ((QKeySequence.StandardKey.Delete,), lambda: self.guard(self.model.clear, self.scene.selected_labels())),
            (("Ctrl+L",), lambda: self.guard(self.model.set_locked, self.scene.selected_labels(), True)),
            (("Ctrl+Shift+L",), lambda: self.guard(self.model.set_locked, self.scene.selected_labels(), False)),
            ((QKeySequence.StandardKey.Find,), self.search.setFocus),
            (("Ctrl+0",), self.view.fit),
        ):
            action = QAction(self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        # Short fixed labels: the undo stack's text ("Undo Move 12 delegates to …") goes in the
        # tooltip, so the toolbar never widens the window.
        undo_button = ActionButton(self.undo_action, self.tr("Undo"))
        redo_button = ActionButton(self.redo_action, self.tr("Redo"))
        self.undo_button, self.redo_button = undo_button, redo_button
        fit_button = QPushButton(self.tr("Whole hall"))
        fit_button.clicked.connect(self.view.fit)
        self.halls = HallMenu(self)
        self.seat_menu = SeatMenu(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Hall:")))
        bar.addWidget(self.hall_combo)
        bar.addWidget(self.halls)
        bar.addWidget(self.color_combo)
        bar.addWidget(self.search, 2)
        bar.addWidget(self.auto_button)
        for w in (self.lock_button, self.unlock_button, self.clear_button, undo_button, redo_button, fit_button):
            bar.addWidget(w)

        # left: unseated and legend
        self.unseated = UnseatedList()
        self.unseated.setObjectName("unseated_list")
        self.unseated_filter = QLineEdit()
        self.unseated_filter.setPlaceholderText(self.tr("Filter…"))
        self.unseated_filter.textChanged.connect(lambda _t: self._fill_unseated())
        self.unseated_label = QLabel()
        self.legend = Legend()
        self.legend.unit_clicked.connect(self.select_unit)
        left = QWidget()
        lay = QVBoxLayout(left)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.unseated_label)
        lay.addWidget(self.unseated_filter)
        lay.addWidget(self.unseated, 3)
        lay.addWidget(QLabel(self.tr("Legend")))
        lay.addWidget(self.legend, 2)

        # right: checks and rules
        self.checks = ChecksPanel()
        self.checks.seat_wanted.connect(self.show_seat)
        self.checks.refresh_button.clicked.connect(self.refresh_checks)
        self.rules_panel = RulesPanel()
        self.rules_panel.changed.connect(self._rules_changed)
        side = QTabWidget()
        side.addTab(self.checks, self.tr("Checks"))
        side.addTab(self.rules_panel, self.tr("Rules"))
        self.side_tabs = side

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(1, 5)
        split.setSizes([260, 900, 300])
        self.status = QLabel()
        hint = QLabel(self.tr("Wheel: zoom · Alt+drag or middle button: pan · drag a seat onto another to move "
                              "or swap · drag names from the list onto a seat · right click: lock, seat kind, rows"))
        hint.setStyleSheet("color: #757575")
        hint.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(hint, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

        self._checks_timer = QTimer(self)
        self._checks_timer.setSingleShot(True)
        self._checks_timer.setInterval(250)
        self._checks_timer.timeout.connect(self.refresh_checks)

        self.view.move_requested.connect(lambda src, tgt: self.guard(self.model.move, src, tgt))
        self.view.place_requested.connect(lambda ids, tgt: self.guard(self.model.place, ids, tgt))
        self.view.context_requested.connect(self._context_menu)
        self.model.hall_changed.connect(self._rebuild)
        self.model.seats_changed.connect(self._seats_changed)
        window.event_opened.connect(self.reload)
        window.event_closed.connect(self.reload)
        window.event_changed.connect(self._changed)
        self.reload()

    def title(self) -> str:
        return self.tr("Seating")

    # ---------------------------------------------------------------- loading
    @property
    def event(self):
        return self.window_.event_file

    def reload(self) -> None:
        event = self.event
        self.setEnabled(event is not None)
        self._fitted = False
        try:
            self.model.load(event.db if event is not None else None)
        except UserError as exc:  # e.g. the event names a hall that is not in the file
            self.model.load(None)
            show_user_error(self, exc)
            return
        if event is not None:
            self.rules_panel.set_rules(load_rules(event.db))
            self.fill_halls()
        editable = event is not None and not event.read_only
        for w in (self.auto_button, self.lock_button, self.unlock_button, self.clear_button):
            w.setEnabled(editable)

    def fill_halls(self) -> None:
        self.hall_combo.clear()
        current = self.model.hall
        for name in list_halls(self.event.db):
            # People know a hall by its title ("Hội trường Trung tâm Hội nghị…"), not its key.
            try:
                hall = current if current is not None and current.name == name else load_hall(self.event.db, name)
                title = hall.title or name
            except UserError:
                title = name
            self.hall_combo.addItem(title, name)
            self.hall_combo.setItemData(self.hall_combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        if self.model.hall is not None:
            self.hall_combo.setCurrentIndex(self.hall_combo.findData(self.model.hall.name))

    def _rebuild(self) -> None:
        self.scene.color_by = self.color_combo.currentData() or "category"
        self.scene.build(self.model.hall, self.model)
        self._fill_unseated()
        self._fill_legend()
        self._update_status()
        if not self._fitted or not self.isVisible():
            QTimer.singleShot(0, self._fit_once)
        self._checks_timer.start()

    def _fit_once(self) -> None:
        self.view.fit()
        self._fitted = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._fitted and self.model.hall is not None:
            QTimer.singleShot(0, self._fit_once)

    def _seats_changed(self, labels: list) -> None:
        if self.scene.color_by == "unit" and any(
                self.model.people[d].unit_id not in self.scene.unit_colors
                for d in self.model.seat_of if d in self.model.people):
            self.scene._assign_unit_colors()  # a unit new to the map gets its colour
            labels = None
        self.scene.recolor(labels)
        self.follow_mark()
        self.scene.update()
        self._fill_unseated()
        if self.scene.color_by == "unit":
            self._fill_legend()
        self._update_status()
        self._checks_timer.start()

    def _fill_unseated(self) -> None:
        people = self.model.unseated()
        self.unseated.fill(people, self.unseated_filter.text())
        self.unseated_label.setText(self.tr("Without a seat: {n}").format(n=len(people)))

    def _fill_legend(self) -> None:
        if self.scene.color_by == "unit":
            counts: dict[int, int] = {}
            names: dict[int, str] = {}
            for d in self.model.seat_of:
                p = self.model.people.get(d)
                if p is not None and p.unit_id is not None:
                    counts[p.unit_id] = counts.get(p.unit_id, 0) + 1
                    names[p.unit_id] = p.unit
            units = [(u, names[u], c, counts[u]) for u, c in self.scene.unit_colors.items() if u in counts]
            self.legend.show_units(units)
        else:
            self.legend.show_categories()

    def _update_status(self) -> None:
        if self.model.hall is None:
            self.status.setText("")
            return
        hall = self.model.hall
        seats = sum(1 for s in hall.seats if s.assignable)
        locked = sum(1 for _d, lk in self.model.states.values() if lk)
        self.status.setText(self.tr("{seated} seated in {seats} seats · {unseated} without a seat · {locked} locked").format(
            seated=len(self.model.seat_of), seats=seats, unseated=len(self.model.unseated()), locked=locked))

    def refresh_checks(self) -> None:
        """Run the checks off the UI thread (they read the whole hall) and show them."""
        event = self.event
        if event is None or self.model.db is None:
            self.checks.show_violations([])
            return
        self._checks_generation = getattr(self, "_checks_generation", 0) + 1
        generation = self._checks_generation

        def job(progress, cancel):
            db = event.connect()
            try:
                return run_checks(db)
            finally:
                db.close()

        def done(violations):
            if shiboken6.isValid(self.checks) and generation == self._checks_generation and self.event is event:
                self.checks.show_violations(violations)

        # owned by the window: the job may end after this tab is gone
        tasks.run_op(self.window_, job).success(done).run()

    # ---------------------------------------------------------------- changes
    def write(self, fn, *args, on_done=None, on_error=None) -> None:
        """Run the core write ``fn(db, *args) -> Changes`` on the writer thread with its own
        connection; then broadcast what changed and call ``on_done(changes)``. A failure
        calls ``on_error(exc)`` and is shown (a user's mistake, or the apology with the log)."""
        event = self.event
        if event is None:
            return
        if event.read_only:
            show_user_error(self, self.tr("The event file is open read-only"))
            return

        def job(*a, progress, cancel):
            db = event.connect_writer()
            try:
                return fn(db, *a), None
            except Exception:  # noqa: BLE001 - handed to the main thread, shown there
                return None, sys.exc_info()
            finally:
                db.close()

        def done(outcome):
            changes, exc_info = outcome
            if exc_info is not None:
                if on_error is not None:
                    on_error(exc_info[1])
                if isinstance(exc_info[1], UserError):
                    show_user_error(self, exc_info[1])
                else:
                    show_unexpected(self, getattr(fn, "__qualname__", "seating"), exc_info)
                return
            if on_done is not None:
                on_done(changes)
            if changes:
                self._broadcast(changes)

        tasks.run_op(self, job, *args).success(done).run()

    def guard(self, fn, *args) -> bool:
        """Run a change, showing a user's mistake instead of raising."""
        if self.event is None:
            return False
        if self.event.read_only:
            show_user_error(self, self.tr("The event file is open read-only"))
            return False
        try:
            self._own_write = True
            fn(*args)
        except UserError as exc:
            show_user_error(self, exc)
            return False
        finally:
            self._own_write = False
        return True

    def _broadcast(self, changes: Changes) -> None:
        self._own_write = True
        try:
            self.window_.notify_changed(changes)
        finally:
            self._own_write = False

    def _changed(self, changes: Changes) -> None:
        if self._own_write or self.event is None:
            return
        if changes.touches("delegates", "units"):
            self.model.undo.clear()  # the people the steps refer to may be gone
            self.model.reload_people()
            if self.scene.color_by == "unit":
                self.scene._assign_unit_colors()
            self.scene.recolor()
            self._fill_legend()
        if changes.touches("hall", "event") and not self.auto_button.running:
            self.model.reload_hall()
            self.fill_halls()
        elif changes.touches("seats") and not self.auto_button.running:
            self.model.reload_people()

    def _color_mode(self) -> None:
        self.scene.set_color_by(self.color_combo.currentData())
        self._fill_legend()

    def _rules_changed(self, rules) -> None:
        if self.event is None or self.event.read_only:
            return
        self.write(save_rules, rules)

    # ---------------------------------------------------------------- finding seats
    def follow_mark(self) -> None:
        self.search.follow_mark()

    def show_seat(self, label: str) -> None:
        self.scene.mark(label)
        self.scene.clearSelection()
        item = self.scene.items_by_label.get(label)
        if item is not None:
            item.setSelected(True)
        self.view.centre_on_seat(label)

    def select_unit(self, unit_id: int) -> None:
        self.scene.clearSelection()
        for d, label in self.model.seat_of.items():
            p = self.model.people.get(d)
            if p is not None and p.unit_id == unit_id:
                self.scene.items_by_label[label].setSelected(True)

    # ---------------------------------------------------------------- context menu and halls
    def _context_menu(self, pos, labels: list) -> None:
        self.seat_menu.build(labels).exec(pos)

    def _hall_chosen(self, index: int) -> None:
        name = self.hall_combo.itemData(index)
        if not name or self.model.hall is None or name == self.model.hall.name:
            return
        self.halls.switch_hall(name)
