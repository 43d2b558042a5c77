"""The Đón tiếp tab: the desk (scan or type a name), the live dashboard, the list for
the paper fallback, and the credentials report, all over :class:`core.checkin.desk.Desk`."""

from __future__ import annotations

import datetime as dt
import html
import os
import sqlite3
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.checkin.desk import ALREADY, CHECKED_IN, NOT_EXPECTED, Desk, hhmm
from ...core.checkin.report import attendance_rows, credentials_report, dashboard
from ...core.db import is_network_path
from ...core.errors import UserError
from ...core.event import load_settings
from ...core.fields import category_label, mask
from .. import tasks
from ..errors import show_user_error
from .chooser import DeskChooser
from .form import (
    ABSENCE_REASONS,
    UNDO_REASONS,
    DetailsDialog,
    ReasonDialog,
    SubstituteDialog,
    WalkinDialog,
    person_line,
)
from .model import AttendanceFilter, AttendanceModel
from .scanner import ScanRouter
from .session import SessionControl

SYNC_EVERY_MS = 3000
DESK_ENV = "CONGRESS_DESK_DESK"
COLOURS = {  # background, text
    CHECKED_IN: ("#2e7d32", "white"),
    ALREADY: ("#ef6c00", "white"),
    "unknown": ("#c62828", "white"),
    NOT_EXPECTED: ("#616161", "white"),
    "info": ("#1565c0", "white"),
}


def _font(size: int, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSize(size)
    f.setBold(bold)
    return f


class CheckinTab(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.desk: Desk | None = None
        self.current_code: str | None = None
        self.revealed: set[str] = set()
        self.journal_dir: Path | None = None
        self.folder_chosen = False           # a shared folder was chosen on this PC for this event
        self.shared = False                  # ... or the journal folder is on a network share
        self.pending_scans: list[tuple[str, str]] = []   # (code, time) scanned before the desk had a name
        self.scanned_in_dialog: list = []    # results of scans made while a desk dialog was open
        self._dialogs = 0

        # A rehearsal is marked on every screen: a banner above all the pages of the tab, the
        # window title and the status bar (seen from the other tabs too); see .session.
        self.sessions = SessionControl(self)
        self.session_button, self.session_banner = self.sessions.button, self.sessions.banner
        self.session_status = self.sessions.status

        self.pages = QTabWidget()
        self.pages.addTab(self._build_desk_page(), self.tr("Desk"))
        self.pages.addTab(self._build_dashboard_page(), self.tr("Dashboard"))
        self.pages.addTab(self._build_list_page(), self.tr("List (paper fallback)"))
        self.pages.addTab(self._build_credentials_page(), self.tr("Credentials report"))
        self.pages.currentChanged.connect(self._page_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.session_banner)
        layout.addWidget(self.pages)
        # A wedge scanner types into whatever has focus: on the desk page, a burst of digits
        # and Enter is a scan wherever it lands (a button, a dialog, a combo box).
        self.router = ScanRouter(self, self._desk_page_shown)
        self.router.scanned.connect(self.routed_scan)
        self.router.stop()                       # installed while the desk page is on screen
        self.desk_page.installEventFilter(self)

        self.sync_timer = QTimer(self, interval=SYNC_EVERY_MS)
        self.sync_timer.timeout.connect(self.sync)
        self._views_timer = QTimer(self, singleShot=True, interval=250)
        self._views_timer.timeout.connect(self.update_views)
        window.event_opened.connect(self._event_opened)
        window.event_closed.connect(self.close_desk)
        window.event_changed.connect(self._changed)
        self._set_enabled(False)
        if window.event_file is not None:  # built after the file was opened
            self._event_opened()

    def title(self) -> str:
        return self.tr("Check-in")

    def _desk_page_shown(self) -> bool:
        return self.desk_page.isVisible()

    def _page_changed(self, index: int) -> None:
        self.update_views()
        if index == 0:
            self.focus_scan()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.focus_scan()

    def focus_scan(self) -> None:
        """Keyboard focus back to the scan box (after every action and every dialog)."""
        if self.body.currentWidget() is self.chooser:
            self.chooser.other.setFocus()
        elif self.input.isEnabled():
            self.input.setFocus()

    # ------------------------------------------------------------ pages
    def _build_desk_page(self) -> QWidget:
        self.desk_name = QLabel()
        self.desk_name.setObjectName("desk_name")
        self.desk_name.setFont(_font(14, bold=True))
        self.rename_button = QPushButton(self.tr("Change…"))
        self.rename_button.setObjectName("rename_desk")
        self.rename_button.clicked.connect(self.ask_desk_name)
        self.folder_button = QPushButton(self.tr("Shared folder…"))
        self.folder_button.clicked.connect(self.choose_folder)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setObjectName("desk_details")
        self.details_button.clicked.connect(self.show_details)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("sync_state")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Desk:")))
        top.addWidget(self.desk_name)
        top.addWidget(self.rename_button)
        top.addWidget(self.session_button)
        top.addStretch(1)
        top.addWidget(self.sync_label)
        top.addWidget(self.folder_button)
        top.addWidget(self.details_button)
        self.chooser = DeskChooser()
        self.chooser.chosen.connect(self.set_desk_name)
        self.chooser.cancelled.connect(self._show_desk)

        self.input = QLineEdit()
        self.input.setObjectName("scan_input")
        self.input.setFont(_font(26))
        self.input.setPlaceholderText(self.tr("Scan a badge, or type a name and choose with ↑ ↓ Enter"))
        self.input.textEdited.connect(self._typed)
        self.input.returnPressed.connect(self._enter)
        self.input.installEventFilter(self)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setFont(_font(14))
        self.suggestions.setMaximumHeight(230)
        self.suggestions.itemActivated.connect(lambda item: self.scan(item.data(Qt.ItemDataRole.UserRole)))
        # The highlighted name is the person the buttons act on (an absence is recorded for
        # someone found by name, without checking them in).
        self.suggestions.currentItemChanged.connect(
            lambda item, _old: item is not None and self._set_current(item.data(Qt.ItemDataRole.UserRole)))
        self.suggestions.hide()

        self.state_label = QLabel()
        self.state_label.setObjectName("scan_state")
        self.state_label.setFont(_font(30, bold=True))
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setMinimumHeight(80)
        self.state_label.setWordWrap(True)
        self.name_label = QLabel()
        self.name_label.setObjectName("scan_name")
        self.name_label.setFont(_font(28, bold=True))
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("scan_detail")
        self.detail_label.setFont(_font(18))
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label.setWordWrap(True)
        result = QFrame()
        result.setFrameShape(QFrame.Shape.StyledPanel)
        rl = QVBoxLayout(result)
        rl.addWidget(self.state_label)
        rl.addWidget(self.name_label)
        rl.addWidget(self.detail_label)

        self.undo_button = QPushButton(self.tr("Undo check-in…"))
        self.substitute_button = QPushButton(self.tr("Substitute…"))
        self.absence_button = QPushButton(self.tr("Absent…"))
        self.walkin_button = QPushButton(self.tr("Walk-in guest…"))
        self.reprint_button = QPushButton(self.tr("Reprint badge…"))
        self.undo_button.clicked.connect(self.undo_current)
        self.substitute_button.clicked.connect(self.substitute_current)
        self.absence_button.clicked.connect(self.absence_current)
        self.walkin_button.clicked.connect(self.walkin)
        self.reprint_button.clicked.connect(self.reprint_current)
        self.current_label = QLabel()
        self.current_label.setObjectName("current_person")
        actions = QHBoxLayout()
        actions.addWidget(self.current_label, 1)
        for b in (self.undo_button, self.substitute_button, self.absence_button, self.walkin_button,
                  self.reprint_button):
            b.setMinimumHeight(40)
            actions.addWidget(b)
        for b in (self.undo_button, self.substitute_button, self.absence_button, self.walkin_button,
                  self.reprint_button, self.rename_button, self.folder_button, self.details_button,
                  self.session_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus in the scan box
        self.counter_label = QLabel()
        self.counter_label.setObjectName("desk_counter")
        self.counter_label.setFont(_font(16, bold=True))

        work = QWidget()
        wl = QVBoxLayout(work)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.input)
        wl.addWidget(self.suggestions)
        wl.addWidget(result, 1)
        wl.addLayout(actions)
        wl.addWidget(self.counter_label)
        self.work = work
        self.body = QStackedWidget()
        self.body.addWidget(work)
        self.body.addWidget(self.chooser)
        page = QWidget()
        page.setObjectName("desk_page")
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self.desk_page = page
        return page

    def _build_dashboard_page(self) -> QWidget:
        self.summary_label = QLabel()
        self.summary_label.setObjectName("dashboard_summary")
        self.summary_label.setFont(_font(22, bold=True))
        self.summary_label.setWordWrap(True)   # the counts line must never widen the window
        self.special_label = QLabel()
        self.special_label.setObjectName("dashboard_special")
        self.special_label.setFont(_font(14))
        self.special_label.setWordWrap(True)
        self.doubles_label = QLabel()
        self.doubles_label.setObjectName("dashboard_doubles")
        self.doubles_label.setWordWrap(True)
        self.doubles_label.setStyleSheet("color: #e65100")
        self.category_table = self._table([self.tr("Category"), self.tr("Summoned"), self.tr("Present")])
        self.unit_table = self._table([self.tr("Unit"), self.tr("Summoned"), self.tr("Present"),
                                       self.tr("Absent"), self.tr("Not arrived")])
        self.unit_table.setObjectName("unit_table")
        self.unit_table.itemSelectionChanged.connect(self._show_missing)
        self.missing_table = self._table([self.tr("Not arrived yet"), self.tr("Position"), self.tr("Phone")])
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
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.special_label)
        layout.addWidget(self.doubles_label)
        layout.addWidget(split, 1)
        return page

    def _build_list_page(self) -> QWidget:
        self.list_model = AttendanceModel(self)
        self.list_filter = AttendanceFilter(self)
        self.list_filter.setSourceModel(self.list_model)
        self.list_search = QLineEdit()
        self.list_search.setObjectName("list_search")
        self.list_search.setPlaceholderText(self.tr("Filter by name, unit or code (accents optional)"))
        self.list_search.textChanged.connect(self.list_filter.set_text)
        self.list_state = QComboBox()
        self.list_state.addItem(self.tr("Everyone"), None)
        for state, label in (("missing", self.tr("Not arrived")), ("present", self.tr("Present")),
                             ("absent", self.tr("Absent"))):
            self.list_state.addItem(label, state)
        self.list_state.currentIndexChanged.connect(lambda _i: self.list_filter.set_state(self.list_state.currentData()))
        self.list_view = QTableView()
        self.list_view.setObjectName("attendance_list")
        self.list_view.setModel(self.list_filter)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list_view.verticalHeader().hide()
        self.paper_time = QDateTimeEdit()
        self.paper_time.setObjectName("paper_time")
        self.paper_time.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.paper_time.setCalendarPopup(True)
        self.bulk_button = QPushButton(self.tr("Check in the selected people at this time"))
        self.bulk_button.setObjectName("bulk_checkin")
        self.bulk_button.clicked.connect(self.bulk_checkin)
        bar = QHBoxLayout()
        bar.addWidget(self.list_search, 2)
        bar.addWidget(self.list_state)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Time written on the paper list:")))
        bottom.addWidget(self.paper_time)
        bottom.addWidget(self.bulk_button)
        bottom.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(bar)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(bottom)
        return page

    def _build_credentials_page(self) -> QWidget:
        self.credentials_view = QTextBrowser()
        self.credentials_view.setObjectName("credentials_view")
        self.print_report_button = QPushButton(self.tr("Credentials report (PDF)…"))
        self.print_attendance_button = QPushButton(self.tr("Attendance (PDF)…"))
        self.export_button = QPushButton(self.tr("Attendance (Excel)…"))
        self.merge_button = QPushButton(self.tr("Merge the journals into the event file"))
        self.merge_button.setObjectName("merge_button")
        self.print_report_button.clicked.connect(lambda: self.print_kind("credentials-report"))
        self.print_attendance_button.clicked.connect(lambda: self.print_kind("attendance"))
        self.export_button.clicked.connect(self.export_excel)
        self.merge_button.clicked.connect(self.merge)
        bar = QHBoxLayout()
        for b in (self.print_report_button, self.print_attendance_button, self.export_button, self.merge_button):
            bar.addWidget(b)
        bar.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.credentials_view, 1)
        layout.addLayout(bar)
        return page

    def _table(self, headers: list[str]) -> QTableWidget:
        t = QTableWidget(0, len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        t.verticalHeader().hide()
        t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        t.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return t

    # ------------------------------------------------------------ desk life
    def chosen_name(self) -> str:
        """The name of this desk: CONGRESS_DESK_DESK, else the one chosen on this PC, else ""
        (never the computer's name)."""
        return " ".join((os.environ.get(DESK_ENV) or self.window_.settings.get("desk_name")).split())

    @property
    def named(self) -> bool:
        """The desk is open under the name chosen on this laptop (until then no desk is
        opened: opening one sets up its journal, and a journal needs the desk's name)."""
        return self.desk is not None

    def _set_enabled(self, on: bool) -> None:
        named = on and self.named
        for w in (self.input, self.undo_button, self.substitute_button, self.absence_button, self.walkin_button,
                  self.reprint_button, self.bulk_button):
            w.setEnabled(named)
        for w in (self.print_report_button, self.print_attendance_button, self.export_button, self.folder_button,
                  self.rename_button, self.details_button):
            w.setEnabled(on)
        self.session_button.setEnabled(named)
        event = self.window_.event_file
        self.merge_button.setEnabled(on and event is not None and not event.read_only)

    def open_desk(self) -> None:
        self.close_desk()
        event = self.window_.event_file
        if event is None:
            return
        name = self.chosen_name()
        if not name:
            self.desk_name.setText(self.tr("(no name yet)"))
            self.rename_button.hide()
            self.sessions.show()
            self._show_unnamed()
            self.ask_desk_name()
            return
        try:
            self.desk = Desk(event.path, desk=name, journal_dir=self.journal_dir, db=event.db,
                             background_reads=True)
        except (UserError, OSError) as exc:
            self.desk = None
            self._set_enabled(False)
            self._show_state("unknown", str(exc), "", "")
            return
        if self.desk.reader is not None and self.desk.reader.wait(2.0):  # the other desks, once, at start
            self.desk.refresh()
        self.journal_dir = self.desk.journal_dir
        self.shared = self.folder_chosen or is_network_path(self.desk.journal_dir)
        self.paper_time.setDateTime(QDateTime.currentDateTime())
        self._set_enabled(True)
        self._show_state("info", self.tr("Ready"), "", "")
        self._set_current(None)
        self.sync_timer.start()
        self.sync()
        self.update_views()
        self.rename_button.setVisible(not os.environ.get(DESK_ENV))  # a name set by the environment stays
        self.sessions.show()
        self.desk_name.setText(self.desk.desk)
        self._show_desk()
        self.apply_pending()

    def _show_unnamed(self) -> None:
        """What the other pages say before this laptop has a desk name."""
        text = self.tr("Choose this laptop's desk name on the Desk page first.")
        self.summary_label.setText(text)
        self.counter_label.setText("")
        self.credentials_view.setPlainText(text)
        self.list_model.set_rows([])

    def close_desk(self) -> None:
        self.sync_timer.stop()
        if self.desk is not None:
            self.desk.close(timeout=3)
            self.desk = None
        self.current_code = None
        self._set_enabled(False)
        self.sessions.show()

    @property
    def rehearsal(self) -> bool:
        return self.sessions.rehearsal

    def _event_opened(self) -> None:
        # Each event file has its own shared folder: the one chosen on this PC, if it is still
        # there, else the desk's default beside the event file.
        event = self.window_.event_file
        folder = self.window_.settings.get("desk_folders").get(str(event.path)) if event is not None else None
        self.journal_dir = Path(folder) if folder and Path(folder).is_dir() else None
        self.folder_chosen = self.journal_dir is not None
        self.open_desk()

    def ask_desk_name(self) -> None:
        """Show the "which desk is this laptop?" panel in place of the scan box."""
        if self.desk is not None:
            taken = {e.get("desk") for e in self.desk.attendance.events.values()} | self.desk.desks_seen
        else:  # the desks already merged into the event file
            event = self.window_.event_file
            try:
                taken = {r[0] for r in event.reader.execute("SELECT DISTINCT desk FROM checkin_events")}
            except (AttributeError, sqlite3.Error):  # no file, or one without check-in tables yet
                taken = set()
        self.chooser.prepare(self.desk.desk if self.named else "", can_cancel=self.named,
                             taken={t for t in taken if t})
        self.chooser.set_pending(len(self.pending_scans))
        self.body.setCurrentWidget(self.chooser)
        self.focus_scan()

    def _show_desk(self) -> None:
        self.body.setCurrentWidget(self.work)
        self.focus_scan()

    def set_desk_name(self, name: str) -> None:
        """Name this desk (remembered on this PC) and reopen it under that name."""
        name = " ".join(name.split())
        if not name:
            return
        self.window_.settings.set("desk_name", name)  # the same desk after a restart
        if self.desk is None or name != self.desk.desk:
            self.open_desk()
        else:
            self._show_desk()

    def apply_pending(self) -> None:
        pending, self.pending_scans = self.pending_scans, []
        for code, at in pending:
            self.scan(code, at=at)

    def choose_folder(self) -> None:
        dlg = QFileDialog(self, self.tr("Shared journal folder"), str(self.journal_dir or ""))
        dlg.setFileMode(QFileDialog.FileMode.Directory)
        dlg.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # scans typed meanwhile reach the desk
        if self.exec_dialog(dlg) and dlg.selectedFiles():
            self.set_journal_dir(dlg.selectedFiles()[0])

    def set_journal_dir(self, folder) -> None:
        self.journal_dir = Path(folder)
        self.folder_chosen = True
        event = self.window_.event_file
        if event is not None:
            folders = self.window_.settings.get("desk_folders")
            folders.pop(str(event.path), None)  # the newest last; the oldest go past 50 files
            folders[str(event.path)] = str(self.journal_dir)
            self.window_.settings.set("desk_folders", dict(list(folders.items())[-50:]))
        self.open_desk()

    def _changed(self, changes) -> None:
        if self.desk is not None and changes.touches("delegates", "units", "checkins", "seats", "event"):
            self.desk.reload(self.window_.event_file.db)
            self.update_views()

    def share_state(self) -> tuple[str, str, str]:
        """(state, text, tooltip) of the shared folder: "shared" only when a shared folder is
        really set and was reached, and the journal copied there without error."""
        desk = self.desk
        error = desk.sync_error()
        reachable = desk.reader.reachable if desk.reader is not None else None
        if not self.shared:
            return ("local", self.tr("Only on this laptop"),
                    self.tr("No shared folder is chosen: the other desks and the committee do not see this desk's "
                            "check-ins. Choose one with \"Shared folder…\"."))
        if error or reachable is False:
            return ("unreachable", self.tr("⚠ shared folder not reachable"),
                    self.tr("Check-ins are kept on this laptop and copied to the shared folder when it can be "
                            "reached again. Where it is, and why it cannot be reached: \"Details…\"."))
        if reachable is None:
            return "checking", self.tr("Checking the shared folder…"), ""
        return "shared", self.tr("✓ shared"), self.tr("The other desks and the committee see this desk's check-ins.")

    def sync(self) -> None:
        """Read the other desks' journals (every few seconds) and refresh what changed."""
        if self.desk is None:
            return
        touched = self.desk.refresh()
        clashes = self.desk.range_clashes()
        if clashes:
            self.sync_label.setText(self.tr("⚠ same walk-in codes as {desks}").format(desks=", ".join(clashes)))
            self.sync_label.setToolTip(self.tr("This laptop and {desks} give walk-in guests codes from the same range "
                                               "(they were set up apart, offline). If both register walk-in guests, "
                                               "the merge keeps both people and gives one of them a new code: print "
                                               "that guest a new badge.").format(desks=", ".join(clashes)))
            self.sync_label.setStyleSheet("color: #c62828")
            self.sync_label.setProperty("state", "clash")
        else:
            state, text, tip = self.share_state()
            colour = {"shared": "#2e7d32", "local": "#ef6c00", "checking": "#616161"}.get(state, "#c62828")
            self.sync_label.setText(text)
            self.sync_label.setToolTip(tip)
            self.sync_label.setStyleSheet(f"color: {colour}; font-weight: bold")
            self.sync_label.setProperty("state", state)
        if touched:
            self._views_timer.start()

    def details_rows(self) -> list[tuple[str, str]]:
        desk = self.desk
        event = self.window_.event_file
        if desk is None or event is None:
            return []
        _state, text, tip = self.share_state()
        problems = self.tr("none") if not desk.problems else "\n".join(str(p) for p in desk.problems[:10])
        return [
            (self.tr("Desk"), desk.desk),
            (self.tr("Session"), self.tr("rehearsal {id}").format(id=desk.session) if desk.rehearsal
             else self.tr("the real congress ({id})").format(id=desk.session)),
            (self.tr("Event file"), str(event.path)),
            (self.tr("This desk's journal (this laptop)"), str(desk.local_path)),
            (self.tr("Shared folder"), str(desk.journal_dir) if self.shared else
             self.tr("none chosen (default: {folder})").format(folder=desk.journal_dir)),
            (self.tr("Copy on the shared folder"), str(desk.shared_path) if desk.copier else self.tr("none")),
            (self.tr("State"), text + (f" — {tip}" if tip else "")
             + (f"\n{desk.sync_error()}" if desk.sync_error() else "")),
            (self.tr("Skipped journal lines"), problems),
        ]

    def show_details(self) -> None:
        if self.desk is None:
            return
        self.exec_dialog(DetailsDialog(self, self.details_rows()))

    # ------------------------------------------------------------ scanning
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and obj is getattr(self, "desk_page", None):
            if event.type() == QEvent.Type.Show:
                self.router.install()
            else:
                self.router.stop()
            return False
        if obj is self.input and event.type() == QEvent.Type.KeyPress and self.suggestions.isVisible():
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.suggestions.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.suggestions.setCurrentRow(max(0, min(self.suggestions.count() - 1, row)))
                return True
            if key == Qt.Key.Key_Escape:
                self.input.clear()
                self.suggestions.hide()
                return True
        return super().eventFilter(obj, event)

    def _typed(self, text: str) -> None:
        text = text.strip()
        if self.desk is None or not text or text.isdigit():
            self.suggestions.hide()
            return
        self.suggestions.clear()
        for d in self.desk.search(text, limit=12):
            p = self.desk.presence(d["code"])
            mark = "✓ " if p is not None and p.present else ""
            item = QListWidgetItem(f"{mark}{d['full_name']} — {d.get('unit') or ''} ({d['code']})")
            item.setData(Qt.ItemDataRole.UserRole, d["code"])
            self.suggestions.addItem(item)
        self.suggestions.setVisible(self.suggestions.count() > 0)
        if self.suggestions.count():
            self.suggestions.setCurrentRow(0)

    def _enter(self) -> None:
        text = self.input.text().strip()
        if not text:
            return
        if text.isdigit():
            self.scan(text)
        elif self.suggestions.isVisible() and self.suggestions.currentItem() is not None:
            self.scan(self.suggestions.currentItem().data(Qt.ItemDataRole.UserRole))
        else:
            self._show_state("unknown", self.tr("Nobody found"), text, "")
            QApplication.beep()

    def routed_scan(self, code: str) -> None:
        """A scanner burst recognised anywhere on the desk page (see :mod:`.scanner`)."""
        if self.window_.event_file is None:
            QApplication.beep()
            return
        if not self.named or self.sessions.hold_scans:  # kept, and checked in at this time once the desk has a name
            self.pending_scans.append((code, dt.datetime.now().astimezone().isoformat(timespec="milliseconds")))
            self.chooser.set_pending(len(self.pending_scans))
            QApplication.beep()
            return
        self.scan(code)

    def scan(self, code: str, at: str | None = None) -> None:
        """Check in the person with ``code`` and show the result in big type."""
        if self.desk is None:
            return
        try:
            res = self.desk.scan(code, at=at)
        except OSError as exc:
            self._error(self.tr("Cannot write the desk journal: {error}").format(error=exc.strerror or exc))
            return
        self.input.clear()
        self.suggestions.hide()
        self._set_current(res.code if res.delegate else None)
        self._show_result(res)
        if self._dialogs:
            self.scanned_in_dialog.append(res)
        self._views_timer.start()
        if not self._dialogs:
            self.focus_scan()  # ready for the next badge

    def _show_result(self, res) -> None:
        d = res.delegate or {}
        details = [x for x in (d.get("position"), d.get("unit")) if x]
        line2 = " · ".join(details)
        seat = d.get("seat")
        extra = []
        if seat:
            extra.append(self.tr("Seat {seat}").format(seat=seat))
        if d.get("category"):
            extra.append(category_label(d.get("category")))
        sub = res.presence.substitute if res.presence else None
        if sub:
            extra.append(self.tr("Attends instead: {name}").format(name=sub["name"]))
        if res.double:
            extra.append(self.tr("⚠ checked in at two desks"))
        detail = line2 + ("\n" + " · ".join(extra) if extra else "")
        if res.presence is not None and res.presence.walkin_clash:
            detail += "\n" + self.tr("⚠ this walk-in code was given to {people}: the merge gives all but the first "
                                     "a new code (print them a new badge)").format(people=", ".join(
                                         f"{w.get('full_name')} ({w.get('desk')})" for w in res.presence.walkin_people))
        if res.status == CHECKED_IN:
            self._show_state(CHECKED_IN, self.tr("CHECKED IN"), d.get("full_name", ""), detail)
        elif res.status == ALREADY:
            self._show_state(ALREADY, self.tr("ALREADY CHECKED IN at {time} at {desk}").format(
                time=hhmm(res.at), desk=res.desk), d.get("full_name", ""), detail)
            QApplication.beep()
        elif res.status == NOT_EXPECTED:
            self._show_state(NOT_EXPECTED, self.tr("NOT EXPECTED (registration cancelled)"),
                             d.get("full_name", ""), detail)
            QApplication.beep()
        else:
            text = (self.tr("WRONG CODE: check digit does not match") if res.bad_check_digit
                    else self.tr("UNKNOWN CODE"))
            self._show_state("unknown", text, res.code, self.tr("Type the name instead, or register a walk-in"))
            QApplication.beep()

    def _show_state(self, state: str, title: str, name: str, detail: str) -> None:
        bg, fg = COLOURS.get(state, COLOURS["info"])
        if self.rehearsal:  # the big result says it too: this is practice
            title = self.tr("{title} (rehearsal)").format(title=title)
        self.state_label.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 8px; padding: 8px")
        self.state_label.setProperty("state", state)
        self.state_label.setText(title)
        self.name_label.setText(name)
        self.detail_label.setText(detail)

    # ------------------------------------------------------------ actions
    def exec_dialog(self, dlg) -> bool:
        """Run a dialog of the desk; whatever happens (OK, Cancel, Esc), the focus comes back
        to the scan box. Scans typed while it is open are recorded at once (see :mod:`.scanner`)."""
        return self._modal(dlg.exec)

    def _error(self, exc) -> None:
        """A message box on the desk page, after which the focus comes back to the scan box."""
        self._modal(lambda: show_user_error(self, exc))

    def _modal(self, run) -> bool:
        if not self._dialogs:
            self.scanned_in_dialog = []
        self._dialogs += 1
        try:
            return bool(run())
        finally:
            self._dialogs -= 1
            if QApplication.activeModalWidget() is None and not self.window().isActiveWindow():
                self.window().activateWindow()  # most systems do it; some leave no window active
            self.focus_scan()

    def _set_current(self, code: str | None) -> None:
        """The person the buttons act on: the last one scanned, chosen or acted on."""
        self.current_code = code
        d = self.desk.directory.get(code) if (self.desk is not None and code) else None
        self.current_label.setText(self.tr("Buttons act on: {person}").format(person=person_line(d)) if d else "")

    def _need_current(self) -> dict | None:
        d = self.desk.directory.get(self.current_code) if (self.desk and self.current_code) else None
        if d is None:
            self._error(self.tr("Scan or choose a delegate first"))
        return d

    def _scans_meanwhile(self) -> str:
        done, self.scanned_in_dialog = self.scanned_in_dialog, []
        if not done:
            return ""
        said = {CHECKED_IN: self.tr("checked in"), ALREADY: self.tr("already checked in"),
                NOT_EXPECTED: self.tr("not expected")}
        return "\n" + self.tr("Scanned while the dialog was open: {list}").format(list="; ".join(
            f"{(r.delegate or {}).get('full_name') or r.code} ({said.get(r.status, self.tr('unknown code'))})"
            for r in done))

    def _act(self, fn, code, *args) -> None:
        meanwhile = self._scans_meanwhile()
        try:
            res = fn(code, *args)
        except UserError as exc:
            self._error(exc)
            return
        self._set_current(code)
        self._show_state("info", res.message(), (res.delegate or {}).get("full_name", ""), "")
        if res.status == CHECKED_IN:
            self._show_result(res)
        if meanwhile:
            self.detail_label.setText(self.detail_label.text() + meanwhile)
        self._views_timer.start()
        self.focus_scan()

    def undo_current(self) -> None:
        d = self._need_current()
        if d is None:
            return
        dlg = ReasonDialog(self, self.tr("Undo check-in"), self.tr("Why is this check-in undone?"), UNDO_REASONS, d)
        if self.exec_dialog(dlg):
            self._act(self.desk.undo, d["code"], dlg.value())
        self.scanned_in_dialog.clear()

    def absence_current(self) -> None:
        d = self._need_current()
        if d is None:
            return
        dlg = ReasonDialog(self, self.tr("Absent"), self.tr("Why will this delegate not attend?"), ABSENCE_REASONS, d)
        if self.exec_dialog(dlg):
            self._act(self.desk.absence, d["code"], dlg.value())
        self.scanned_in_dialog.clear()

    def substitute_current(self) -> None:
        d = self._need_current()
        if d is None:
            return
        p = self.desk.presence(d["code"])
        in_person = p is not None and p.present and not p.substitute
        dlg = SubstituteDialog(self, d, replaces=hhmm(p.at) if in_person else None)
        if self.exec_dialog(dlg):
            self._act(self._substitute, d["code"], dlg.name.text(), dlg.position.text())
        self.scanned_in_dialog.clear()

    def _substitute(self, code: str, name: str, position: str):
        """The substitute came with the delegate's badge, which was just scanned: that check-in
        was theirs, so it is undone (with the reason) and the substitute recorded."""
        p = self.desk.presence(code)
        if p is not None and p.present and not p.substitute and " ".join(name.split()):
            self.desk.undo(code, self.tr("Attended by a substitute: {name}").format(name=" ".join(name.split())))
        return self.desk.substitute(code, name, position)

    def walkin(self) -> None:
        if not self.named:
            return
        dlg = WalkinDialog(self)
        if not self.exec_dialog(dlg):
            self.scanned_in_dialog.clear()
            return
        meanwhile = self._scans_meanwhile()
        try:
            res = self.desk.walkin(dlg.name.text(), position=dlg.position.text(), unit=dlg.unit.text(),
                                   category=dlg.category.currentData(), phone=dlg.phone_value)
        except UserError as exc:
            self._error(exc)
            return
        self._set_current(res.code)
        self._show_result(res)
        self.detail_label.setText(self.detail_label.text() + "\n" + self.tr("New badge code: {code}").format(
            code=res.code) + meanwhile)
        self._views_timer.start()
        self.focus_scan()

    def reprint_current(self) -> None:
        d = self._need_current()
        if d is None:
            return
        code = d["code"]
        dlg = QFileDialog(self, self.tr("Save the badge of {person}").format(person=person_line(d)), f"the-{code}.pdf",
                          "PDF (*.pdf)")
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setDefaultSuffix("pdf")
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # scans typed meanwhile reach the desk
        self.scanned_in_dialog.clear()
        if not self.exec_dialog(dlg) or not dlg.selectedFiles():
            return
        out = dlg.selectedFiles()[0]
        desk = self.desk

        def job(*, progress, cancel):
            return desk.reprint(code, out)

        tasks.run_op(self, job).success(
            lambda _r: self.window_.statusBar().showMessage(self.tr("Badge saved to {path}").format(path=out), 6000)
        ).failure(lambda exc: self._error(exc) if isinstance(exc, UserError) else None).run()

    def bulk_checkin(self) -> None:
        if not self.named:
            show_user_error(self, self.tr("Choose this desk's name on the Desk page first"))
            return
        codes = sorted({self.list_filter.index(i.row(), 0).data(Qt.ItemDataRole.UserRole)
                        for i in self.list_view.selectionModel().selectedRows()})
        if not codes:
            show_user_error(self, self.tr("Select the people ticked on the paper list first"))
            return
        when = self.paper_time.dateTime().toPython()
        at = when.replace(tzinfo=None).astimezone().isoformat(timespec="seconds")
        try:
            results = self.desk.bulk_checkin(codes, at)
        except UserError as exc:
            show_user_error(self, exc)
            return
        done = sum(1 for r in results if r.status == CHECKED_IN)
        QMessageBox.information(self, self.tr("Paper list"), self.tr(
            "{done} checked in at {time}; {skipped} were already checked in or not expected").format(
            done=done, time=when.strftime("%H:%M"), skipped=len(results) - done))
        self.update_views()

    # ------------------------------------------------------------ views
    def _people(self) -> list[dict]:
        return list(self.desk.directory.by_code.values()) if self.desk else []

    def update_views(self) -> None:
        if self.desk is None:
            return
        people = self._people()
        board = dashboard(people, self.desk.attendance)
        self.counter_label.setText(self.tr("Present {present} / {summoned} summoned").format(
            present=board.arrived, summoned=board.expected))
        page = self.pages.currentIndex()
        if page == 1:
            self._fill_dashboard(board)
        elif page == 2:
            self.list_model.set_rows(attendance_rows(people, self.desk.attendance))
        elif page == 3:
            self._fill_credentials(people)

    def _fill_dashboard(self, board) -> None:
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
        self._fill(self.category_table, [[c.label, c.expected, c.arrived] for c in board.by_category])
        selected = self._selected_unit()
        self._units = board.by_unit
        self._fill(self.unit_table, [[c.label, c.expected, c.arrived, len(c.absent), len(c.missing)]
                                     for c in board.by_unit])
        for row, c in enumerate(board.by_unit):
            if c.label == selected:
                self.unit_table.selectRow(row)
        self._show_missing()

    def _fill(self, table: QTableWidget, rows: list[list]) -> None:
        table.setSortingEnabled(False)
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)

    def _selected_unit(self) -> str | None:
        rows = self.unit_table.selectionModel().selectedRows() if self.unit_table.selectionModel() else []
        return self.unit_table.item(rows[0].row(), 0).text() if rows else None

    def _show_missing(self) -> None:
        rows = self.unit_table.selectionModel().selectedRows()
        units = getattr(self, "_units", [])
        if not rows or rows[0].row() >= len(units):
            self.missing_table.setRowCount(0)
            return
        missing = units[rows[0].row()].missing
        self._missing = missing
        self._fill(self.missing_table, [[d["full_name"], d.get("position") or "",
                                         d.get("phone") if d["code"] in self.revealed else mask(d.get("phone"))]
                                        for d in missing])

    def _reveal_phone(self, row: int, column: int) -> None:
        if column != 2 or row >= len(getattr(self, "_missing", [])):
            return
        d = self._missing[row]
        self.revealed.add(d["code"])
        self.missing_table.item(row, 2).setText(d.get("phone") or "")

    def _fill_credentials(self, people) -> None:
        event = self.window_.event_file
        if event is None:
            return
        rep = credentials_report(people, self.desk.attendance, date=load_settings(event.db).date, db=event.db)
        e = html.escape

        def rows(lines):
            return "".join(f"<tr><td>{e(x.label)}</td><td align='right'>{x.count}</td>"
                           f"<td align='right'>{x.percent:.2f}%</td></tr>" for x in lines)

        reasons = "".join(f"<li>{e(r.label)}: {r.count}</li>" for r in rep.absent_reasons)
        t_title = e(self.tr("Credentials report (live)"))
        t_summoned, t_present, t_absent = e(self.tr("Summoned")), e(self.tr("Present")), e(self.tr("Absent"))
        t_subs, t_reasons = e(self.tr("Substitutes")), e(self.tr("Reasons for absence"))
        t_makeup, t_guests = e(self.tr("Make-up of those present")), e(self.tr("Guests present"))
        t_updated = e(self.tr("Updated at {time}").format(time=dt.datetime.now().strftime("%H:%M:%S")))
        self.credentials_view.setHtml(
            f"<h2>{t_title}</h2>"
            f"<p><b>{t_summoned}:</b> {rep.summoned} &nbsp; <b>{t_present}:</b> {rep.present} "
            f"({rep.present_percent:.2f}%) &nbsp; <b>{t_absent}:</b> {rep.absent} &nbsp; "
            f"<b>{e(self.tr('Not arrived'))}:</b> {rep.not_arrived} &nbsp; "
            f"<b>{t_subs}:</b> {rep.substitutes}</p>"
            f"<p><b>{t_reasons}</b></p><ul>{reasons}</ul>"
            f"<p><b>{t_makeup}</b></p><table cellpadding='3'>"
            + rows([rep.women, rep.minorities, *rep.ages, rep.heroes, rep.fighters, *rep.sectors])
            + f"</table><p>{t_guests}: {rep.guests_present}</p><p><i>{t_updated}</i></p>")

    # ------------------------------------------------------------ outputs
    def print_kind(self, kind: str) -> None:
        event = self.window_.event_file
        if event is None:
            return
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), f"{kind}.pdf", "PDF (*.pdf)")
        if out:
            self.render_to(kind, out)

    def render_to(self, kind: str, out) -> None:
        path = self.window_.event_file.path

        def job(*, progress, cancel):
            from ...core.db import open_event
            from ...core.printing.kinds import render_kind

            ev = open_event(path, read_only=True)
            try:
                return render_kind(ev, kind, out, progress=progress, cancel=cancel)
            finally:
                ev.close()

        tasks.run_op(self, job).with_progress(self.tr("Making the PDF…")).success(
            lambda _r: self.window_.statusBar().showMessage(self.tr("Saved {path}").format(path=out), 6000)
        ).failure(lambda exc: show_user_error(self, exc) if isinstance(exc, UserError) else None).run()

    def export_excel(self) -> None:
        if self.window_.event_file is None:
            return
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save the attendance workbook"), "diem-danh.xlsx",
                                             "Excel (*.xlsx)")
        if out:
            self.export_to(out)

    def export_to(self, out) -> None:
        path = self.window_.event_file.path
        journals = [p for p in (self.desk.journal_dir, self.desk.local_dir) if p.exists()] if self.desk else []

        def job(*, progress, cancel):
            from ...core.checkin.export import export_attendance
            from ...core.db import connect

            db = connect(path, read_only=True)
            try:
                return export_attendance(db, out, journals)
            finally:
                db.close()

        tasks.run_op(self, job).with_progress(self.tr("Writing the workbook…")).success(
            lambda _r: self.window_.statusBar().showMessage(self.tr("Saved {path}").format(path=out), 6000)
        ).run()

    def merge(self) -> None:
        """Fold the journals into the event file: those of the session this desk is in (the
        real one, or the rehearsal's, which the event file keeps apart and never counts)."""
        if self.desk is None:
            return
        from ...core.checkin.store import merge_journals

        paths = [p for p in (self.desk.journal_dir, self.desk.local_dir) if p.exists()]
        session = self.desk.session if self.desk.rehearsal else None

        def job(db, paths, *, progress, cancel):
            return merge_journals(db, paths, session=session, progress=progress, cancel=cancel)

        def done(result) -> None:
            msg = self.tr("{added} new events merged into the event file ({already} were there already)").format(
                added=result.added, already=result.already)
            if session is not None:
                msg = self.tr("Rehearsal {id}:").format(id=session[:4]) + " " + msg
            said = result.messages()
            if said:
                msg += "\n" + "\n".join(said[:20])
            if result.problems:
                msg += "\n" + self.tr("Skipped lines:") + "\n" + "\n".join(str(p) for p in result.problems[:20])
            if result.problems or said:
                QMessageBox.warning(self, self.tr("Merge"), msg)
            else:
                self.window_.statusBar().showMessage(msg, 8000)

        self.window_.run_write(job, paths, label=self.tr("Merging the journals…"), on_done=done)
