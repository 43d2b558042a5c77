"""The Sơ đồ chỗ ngồi tab: the hall map staff work in, auto-seating, checks and rules."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.errors import UserError
from ...core.seating import edit
from ...core.seating.autoseat import auto_seat, preview_seating
from ...core.seating.checks import run_checks
from ...core.seating.export import export_seating
from ...core.seating.hall import (
    build_default_hall,
    delete_hall,
    list_halls,
    load_hall,
    save_hall,
    use_hall,
)
from ...core.seating.hall_io import export_hall, import_hall
from ...core.seating.rules import load_rules, save_rules
from ...core.vietnamese import fold
from .. import tasks
from ..errors import show_user_error
from .model import SeatingModel
from .panels import ChecksPanel, Legend, RulesPanel, UnseatedList
from .scene import HallScene
from .view import HallView


class _ActionButton(QToolButton):
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
        self.model = SeatingModel(self)
        self.scene = HallScene(self)
        self.view = HallView(self.scene)
        self.view.setObjectName("seat_map")
        self._own_write = False
        self._auto_running = False
        self._search_hits: list[int] = []
        self._search_pos = 0
        self._marked: int | None = None   # the person the search ring is on
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
        self.search = QLineEdit()
        self.search.setObjectName("seat_search")
        self.search.setPlaceholderText(self.tr("Find a delegate (name or code)…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.auto_button = QToolButton()
        self.auto_button.setObjectName("auto_seat_button")
        self.auto_button.setText(self.tr("Auto-seat"))
        self.auto_button.setToolTip(self.tr("Seat those without a seat by the protocol rules; "
                                            "everyone seated stays where they are"))
        self.auto_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.auto_button.clicked.connect(self.run_auto_seat)
        auto_menu = QMenu(self.auto_button)
        self.reseat_action = auto_menu.addAction(self.tr("Re-seat everyone…"), self.run_reseat_everyone)
        self.reseat_action.setToolTip(self.tr("Re-seat everyone by the protocol rules, except the locked seats"))
        self.auto_button.setMenu(auto_menu)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.clicked.connect(lambda: self._guard(self.model.set_locked, self.scene.selected_labels(), True))
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.clicked.connect(lambda: self._guard(self.model.set_locked, self.scene.selected_labels(), False))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Empty the selected seats (locked seats stay) — Delete"))
        self.lock_button.setToolTip(self.tr("Keep the selected seats as they are when auto-seating — Ctrl+L"))
        self.unlock_button.setToolTip("Ctrl+Shift+L")
        self.clear_button.clicked.connect(lambda: self._guard(self.model.clear, self.scene.selected_labels()))
        self.undo_action = self.model.undo.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.model.undo.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        for keys, slot in (
            ((QKeySequence.StandardKey.Delete,), lambda: self._guard(self.model.clear, self.scene.selected_labels())),
            (("Ctrl+L",), lambda: self._guard(self.model.set_locked, self.scene.selected_labels(), True)),
            (("Ctrl+Shift+L",), lambda: self._guard(self.model.set_locked, self.scene.selected_labels(), False)),
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
        undo_button = _ActionButton(self.undo_action, self.tr("Undo"))
        redo_button = _ActionButton(self.redo_action, self.tr("Redo"))
        self.undo_button, self.redo_button = undo_button, redo_button
        fit_button = QPushButton(self.tr("Whole hall"))
        fit_button.clicked.connect(self.view.fit)
        hall_button = QToolButton()
        hall_button.setText(self.tr("Hall"))
        hall_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(hall_button)
        menu.addAction(self.tr("New hall from the standard layout…"), self.new_hall)
        menu.addAction(self.tr("Import hall from a spreadsheet…"), self.import_hall_dialog)
        menu.addAction(self.tr("Export hall as a spreadsheet…"), self.export_hall_dialog)
        menu.addAction(self.tr("Delete this hall…"), self.delete_hall_dialog)
        menu.addSeparator()
        menu.addAction(self.tr("Export seating (Excel)…"), self.export_seating_dialog)
        hall_button.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Hall:")))
        bar.addWidget(self.hall_combo)
        bar.addWidget(hall_button)
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

        self.view.move_requested.connect(lambda src, tgt: self._guard(self.model.move, src, tgt))
        self.view.place_requested.connect(lambda ids, tgt: self._guard(self.model.place, ids, tgt))
        self.view.context_requested.connect(self._context_menu)
        self.model.hall_changed.connect(self._rebuild)
        self.model.seats_changed.connect(self._seats_changed)
        self.model.wrote.connect(self._broadcast)
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
            self._fill_halls()
        editable = event is not None and not event.read_only
        for w in (self.auto_button, self.lock_button, self.unlock_button, self.clear_button):
            w.setEnabled(editable)

    def _fill_halls(self) -> None:
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
        self._follow_mark()
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
    def _guard(self, fn, *args) -> bool:
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
        if changes.touches("hall", "event") and not self._auto_running:
            self.model.reload_hall()
            self._fill_halls()
        elif changes.touches("seats") and not self._auto_running:
            self.model.reload_people()

    def _color_mode(self) -> None:
        self.scene.set_color_by(self.color_combo.currentData())
        self._fill_legend()

    def _rules_changed(self, rules) -> None:
        if self.event is None or self.event.read_only:
            return
        self._own_write = True
        try:
            self.window_.notify_changed(save_rules(self.event.db, rules))
        finally:
            self._own_write = False

    # ---------------------------------------------------------------- auto-seat
    def run_auto_seat(self) -> None:
        """Place those without a seat; everyone seated keeps their seat (locked or not)."""
        self._auto_seat(everyone=False)

    def run_reseat_everyone(self) -> None:
        """Re-seat everyone except the locked seats, after saying how many people would move."""
        if self.event is None or self.event.read_only:
            return
        locked = sum(1 for _d, lk in self.model.states.values() if lk)
        rules = self.rules_panel.rules()

        def job(db, progress, cancel):   # the plan, not written: off the UI thread all the same
            return preview_seating(db, rules, everyone=True, progress=progress, cancel=cancel)

        def ask(preview):
            placed, moved, _unseated = preview
            if QMessageBox.question(
                self, self.tr("Re-seat everyone"),
                self.tr("Re-seat everyone by the protocol rules? {moved} people who have a seat would move "
                        "and {placed} would get one; the {locked} locked seats stay. You can undo this.").format(
                    moved=moved, placed=placed, locked=locked),
            ) == QMessageBox.StandardButton.Yes:
                self._auto_seat(everyone=True)

        self.window_.run_write(job, label=self.tr("Seating the delegates…"), on_done=ask,
                               on_error=lambda exc: show_user_error(self, exc))

    def _auto_seat(self, *, everyone: bool) -> None:
        if self.event is None or self.event.read_only:
            return
        before = self.model.snapshot()
        rules = self.rules_panel.rules()
        self._auto_running = True
        self.auto_button.setEnabled(False)

        def job(db, progress, cancel):
            return auto_seat(db, rules, progress=progress, cancel=cancel, actor="ui", everyone=everyone)

        def done(result):
            self._auto_running = False
            self.auto_button.setEnabled(True)
            self.model.push_applied(before, self.tr("Re-seat everyone") if everyone else self.tr("Auto-seat"))
            self._follow_mark()
            self.checks.show_violations(result.violations)
            self.window_.statusBar().showMessage(
                self.tr("Auto-seat: {placed} people placed, {moved} moved").format(
                    placed=result.placed, moved=result.moved), 10000)
            if result.unseated:
                show_user_error(self, self.tr("{n} people could not be seated: there are not enough free seats. "
                                              "They are in the list on the left.").format(n=len(result.unseated)))

        def failed(exc):
            self._auto_running = False
            self.auto_button.setEnabled(True)
            show_user_error(self, exc)

        op = self.window_.run_write(job, label=self.tr("Seating the delegates…"), on_done=done, on_error=failed)
        if op is None:
            self._auto_running = False
            self.auto_button.setEnabled(True)
        else:
            op.cancelled(lambda: (setattr(self, "_auto_running", False), self.auto_button.setEnabled(True)))

    # ---------------------------------------------------------------- search
    def find_next(self) -> None:
        text = fold(self.search.text().strip())
        if not text:
            return
        hits = [p for p in self.model.people.values() if p.status == "active" and
                (text in fold(p.full_name) or p.code.startswith(text))]
        hits.sort(key=lambda p: p.name_key)
        ids = [p.id for p in hits]
        if ids != self._search_hits:
            self._search_hits, self._search_pos = ids, 0
        if not ids:
            self.status.setText(self.tr("Nobody matches “{text}”").format(text=self.search.text()))
            self.scene.mark(None)
            self._marked = None
            return
        person = self.model.people[ids[self._search_pos % len(ids)]]
        self._search_pos += 1
        label = self.model.seat_of.get(person.id)
        self._marked = person.id
        if label is None:
            self.scene.mark(None)
            self.status.setText(self.tr("{name} ({unit}) has no seat yet").format(name=person.full_name, unit=person.unit))
            for i in range(self.unseated.count()):
                item = self.unseated.item(i)
                item.setSelected(item.data(Qt.ItemDataRole.UserRole) == person.id)
                if item.isSelected():
                    self.unseated.scrollToItem(item)
            return
        self.show_seat(label)
        self._marked = person.id
        self.status.setText(self.tr("{name} ({unit}): seat {seat} ({i} of {n})").format(
            name=person.full_name, unit=person.unit, seat=label, i=(self._search_pos - 1) % len(ids) + 1, n=len(ids)))

    def _follow_mark(self) -> None:
        """The search ring stays on the person found, wherever they now sit."""
        if self._marked is None:
            return
        label = self.model.seat_of.get(self._marked)
        if self.scene.highlight is not None or label is not None:
            self.scene.mark(label)

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

    # ---------------------------------------------------------------- context menu and hall edits
    def _context_menu(self, pos, labels: list) -> None:
        menu = self.build_context_menu(labels)
        menu.exec(pos)

    def build_context_menu(self, labels: list) -> QMenu:
        menu = QMenu(self)
        seat = self.model.hall.seat(labels[0])
        if seat is None or self.event is None or self.event.read_only:
            return menu
        menu.addAction(self.tr("Lock"), lambda: self._guard(self.model.set_locked, labels, True))
        menu.addAction(self.tr("Unlock"), lambda: self._guard(self.model.set_locked, labels, False))
        menu.addAction(self.tr("Clear"), lambda: self._guard(self.model.clear, labels))
        menu.addSeparator()
        kinds = menu.addMenu(self.tr("Seat kind"))
        from ...core.seating.hall import SEAT_KINDS, seat_kind_label

        for kind in SEAT_KINDS:
            kinds.addAction(seat_kind_label(kind), lambda k=kind: self.set_kind(labels, k))
        menu.addAction(self.tr("Add a seat at the end of row {row}").format(row=seat.row),
                       lambda: self._edit(lambda h: edit.add_seat(h, seat.section, seat.row), self.tr("Add seat")))
        menu.addAction(self.tr("Add a seat at the start of row {row}").format(row=seat.row),
                       lambda: self._edit(lambda h: edit.add_seat(h, seat.section, seat.row, left=True),
                                          self.tr("Add seat")))
        menu.addAction(self.tr("Remove seat(s)"), lambda: self._edit(
            lambda h: edit.remove_seats(h, labels), self.tr("Remove seats"), clear=labels))
        menu.addAction(self.tr("Add a row to section {name}").format(name=seat.section),
                       lambda: self._edit(lambda h: edit.add_row(h, seat.section), self.tr("Add row")))
        row_labels = [s.label for s in self.model.hall.seats if s.section == seat.section and s.row == seat.row]
        menu.addAction(self.tr("Remove row {row} of section {name}").format(row=seat.row, name=seat.section),
                       lambda: self._edit(lambda h: edit.remove_row(h, seat.section, seat.row),
                                          self.tr("Remove row"), clear=row_labels))
        menu.addAction(self.tr("Rename section {name}…").format(name=seat.section), lambda: self.rename_section(seat.section))
        return menu

    def set_kind(self, labels, kind: str) -> None:
        clear = labels if kind == "blocked" else ()
        self._edit(lambda h: edit.set_kind(h, labels, kind), self.tr("Change seat kind"), clear=clear)

    def _edit(self, fn, text: str, *, clear=(), rename=None) -> None:
        self._guard(lambda: self.model.edit_hall(fn, text, clear_labels=clear, rename=rename))

    def rename_section(self, old: str, new: str | None = None, title: str | None = None) -> None:
        if new is None:
            new, ok = QInputDialog.getText(self, self.tr("Rename section"), self.tr("New name of section {name}:").format(name=old), text=old)
            if not ok:
                return
        try:
            clean = edit.check_section_name(self.model.hall, old, new)
        except UserError as exc:
            show_user_error(self, exc)
            return
        if clean == old:
            return
        self._edit(lambda h: edit.rename_in_hall(h, old, clean, title), self.tr("Rename section"), rename=(old, clean))

    # ---------------------------------------------------------------- halls
    def _hall_chosen(self, index: int) -> None:
        name = self.hall_combo.itemData(index)
        if not name or self.model.hall is None or name == self.model.hall.name:
            return
        self.switch_hall(name)

    def switch_hall(self, name: str) -> None:
        if self._guard(use_hall, self.event.db, name):
            self.model.load(self.event.db)
            self._fill_halls()
            self._broadcast(Changes.of("event", "hall", "seats"))

    def new_hall(self, name: str | None = None, presidium: int | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("New hall"), self.tr("Name of the new hall:"))
            if not ok or not name.strip():
                return
        if presidium is None:
            presidium, ok = QInputDialog.getInt(self, self.tr("New hall"), self.tr("Seats for the presidium:"), 15, 0, 200)
            if not ok:
                return
        name = name.strip()
        if name in list_halls(self.event.db) and not self._confirm_replace(name):
            return
        if self._guard(lambda: save_hall(self.event.db, build_default_hall(presidium, name=name))):
            self.switch_hall(name)

    def _confirm_replace(self, name: str) -> bool:
        return QMessageBox.question(self, self.tr("Hall"), self.tr("A hall named {name} exists. Replace it?").format(
            name=name)) == QMessageBox.StandardButton.Yes

    def import_hall_dialog(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import hall"), "", self.tr("Spreadsheets (*.xlsx *.xlsm)"))
            if not path:
                return
        try:
            hall = import_hall(path)
        except UserError as exc:
            show_user_error(self, exc)
            return
        if hall.name in list_halls(self.event.db) and not self._confirm_replace(hall.name):
            return
        if self._guard(lambda: save_hall(self.event.db, hall)):
            self.switch_hall(hall.name) if hall.name != self.model.hall.name else self.model.reload_hall()

    def export_hall_dialog(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export hall"), f"{self.model.hall.name}.xlsx",
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        try:
            export_hall(self.model.hall, path)
        except (UserError, OSError) as exc:
            show_user_error(self, str(exc))

    def delete_hall_dialog(self) -> None:
        name = self.hall_combo.currentData()
        if QMessageBox.question(self, self.tr("Hall"), self.tr("Delete hall {name} and its seating?").format(
                name=name)) != QMessageBox.StandardButton.Yes:
            return
        if self._guard(delete_hall, self.event.db, name):
            self._fill_halls()

    def export_seating_dialog(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export seating"), "so-do-cho-ngoi.xlsx",
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        event = self.event

        def job(target, progress, cancel):
            db = event.connect()
            try:
                return export_seating(db, target)
            finally:
                db.close()

        tasks.run_op(self, job, path).with_progress(self.tr("Writing the seating workbook…")).success(
            lambda out: self.status.setText(self.tr("Seating written to {path}").format(path=out))).run()
