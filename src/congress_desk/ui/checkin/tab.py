"""The Đón tiếp tab: the desk (scan or type a name), the live dashboard, the list for
the paper fallback, and the credentials report, all over :class:`core.checkin.desk.Desk`.

This module holds what the pages share: the desk of this laptop (its name, its journal
folder, opening and closing it), the timers that refresh the pages, the scanner router and
the dialogs of the desk. The pages: :mod:`.desk_page` (with :mod:`.actions` for its buttons
and :mod:`.sync` for the shared folder), :mod:`.dashboard_page`, :mod:`.list_page`,
:mod:`.credentials_page`."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QTabWidget, QVBoxLayout, QWidget

from ...core.checkin.desk import Desk
from ...core.checkin.report import dashboard
from ...core.db import is_network_path
from ...core.errors import UserError
from ..errors import show_user_error
from .actions import DeskActions
from .credentials_page import CredentialsPage
from .dashboard_page import DashboardPage
from .desk_page import DeskPage
from .list_page import ListPage
from .scanner import ScanRouter
from .session import SessionControl
from .sync import DeskSync

SYNC_EVERY_MS = 3000
DESK_ENV = "CONGRESS_DESK_DESK"


class CheckinTab(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.desk: Desk | None = None
        self.current_code: str | None = None
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
        self.desk_actions = DeskActions(self)
        self.desk_sync = DeskSync(self)

        self.desk_page = DeskPage(self)
        self.dashboard_page = DashboardPage(self)
        self.list_page = ListPage(self)
        self.credentials_page = CredentialsPage(self)
        self.pages = QTabWidget()
        self.pages.addTab(self.desk_page, self.tr("Desk"))
        self.pages.addTab(self.dashboard_page, self.tr("Dashboard"))
        self.pages.addTab(self.list_page, self.tr("List (paper fallback)"))
        self.pages.addTab(self.credentials_page, self.tr("Credentials report"))
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
        self.sync_timer.timeout.connect(self.desk_sync.sync)
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
        self.desk_page.focus_scan()

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

    @property
    def rehearsal(self) -> bool:
        return self.sessions.rehearsal

    def _set_enabled(self, on: bool) -> None:
        named = on and self.named
        page, reports = self.desk_page, self.credentials_page
        for w in (page.input, page.undo_button, page.substitute_button, page.absence_button, page.walkin_button,
                  page.reprint_button, self.list_page.bulk_button):
            w.setEnabled(named)
        for w in (reports.print_report_button, reports.print_attendance_button, reports.export_button,
                  page.folder_button, page.rename_button, page.details_button):
            w.setEnabled(on)
        self.session_button.setEnabled(named)
        event = self.window_.event_file
        reports.merge_button.setEnabled(on and event is not None and not event.read_only)

    def open_desk(self) -> None:
        self.close_desk()
        event = self.window_.event_file
        if event is None:
            return
        page = self.desk_page
        name = self.chosen_name()
        if not name:
            page.desk_name.setText(self.tr("(no name yet)"))
            page.rename_button.hide()
            self.sessions.show()
            self._show_unnamed()
            page.ask_desk_name()
            return
        try:
            self.desk = Desk(event.path, desk=name, journal_dir=self.journal_dir, db=event.db,
                             background_reads=True)
        except (UserError, OSError) as exc:
            self.desk = None
            self._set_enabled(False)
            page.show_state("unknown", str(exc), "", "")
            return
        if self.desk.reader is not None and self.desk.reader.wait(2.0):  # the other desks, once, at start
            self.desk.refresh()
        self.journal_dir = self.desk.journal_dir
        self.shared = self.folder_chosen or is_network_path(self.desk.journal_dir)
        self.list_page.paper_time.setDateTime(QDateTime.currentDateTime())
        self._set_enabled(True)
        page.show_state("info", self.tr("Ready"), "", "")
        page.set_current(None)
        self.sync_timer.start()
        self.desk_sync.sync()
        self.update_views()
        page.rename_button.setVisible(not os.environ.get(DESK_ENV))  # a name set by the environment stays
        self.sessions.show()
        page.desk_name.setText(self.desk.desk)
        page.show_work()
        self.apply_pending()

    def _show_unnamed(self) -> None:
        """What the other pages say before this laptop has a desk name."""
        text = self.tr("Choose this laptop's desk name on the Desk page first.")
        self.dashboard_page.summary_label.setText(text)
        self.desk_page.counter_label.setText("")
        self.credentials_page.credentials_view.setPlainText(text)
        self.list_page.list_model.set_rows([])

    def close_desk(self) -> None:
        self.sync_timer.stop()
        if self.desk is not None:
            self.desk.close(timeout=3)
            self.desk = None
        self.current_code = None
        self._set_enabled(False)
        self.sessions.show()

    def _event_opened(self) -> None:
        # Each event file has its own shared folder: the one chosen on this PC, if it is still
        # there, else the desk's default beside the event file.
        event = self.window_.event_file
        folder = self.window_.settings.get("desk_folders").get(str(event.path)) if event is not None else None
        self.journal_dir = Path(folder) if folder and Path(folder).is_dir() else None
        self.folder_chosen = self.journal_dir is not None
        self.open_desk()

    def set_desk_name(self, name: str) -> None:
        """Name this desk (remembered on this PC) and reopen it under that name."""
        name = " ".join(name.split())
        if not name:
            return
        self.window_.settings.set("desk_name", name)  # the same desk after a restart
        if self.desk is None or name != self.desk.desk:
            self.open_desk()
        else:
            self.desk_page.show_work()

    def apply_pending(self) -> None:
        pending, self.pending_scans = self.pending_scans, []
        for code, at in pending:
            self.desk_page.scan(code, at=at)

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

    # ------------------------------------------------------------ views
    def views_soon(self) -> None:
        """Refresh the pages a moment from now (once for a burst of scans)."""
        self._views_timer.start()

    def update_views(self) -> None:
        if self.desk is None:
            return
        people = list(self.desk.directory.by_code.values())
        board = dashboard(people, self.desk.attendance)
        self.desk_page.counter_label.setText(self.tr("Present {present} / {summoned} summoned").format(
            present=board.arrived, summoned=board.expected))
        page = self.pages.currentIndex()
        if page == 1:
            self.dashboard_page.fill(board)
        elif page == 2:
            self.list_page.fill(people, self.desk.attendance)
        elif page == 3:
            self.credentials_page.fill(people)

    # ------------------------------------------------------------ scanning
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide) and obj is getattr(self, "desk_page", None):
            if event.type() == QEvent.Type.Show:
                self.router.install()
            else:
                self.router.stop()
            return False
        return super().eventFilter(obj, event)

    def routed_scan(self, code: str) -> None:
        """A scanner burst recognised anywhere on the desk page (see :mod:`.scanner`)."""
        if self.window_.event_file is None:
            QApplication.beep()
            return
        if not self.named or self.sessions.hold_scans:  # kept, and checked in at this time once the desk has a name
            self.pending_scans.append((code, dt.datetime.now().astimezone().isoformat(timespec="milliseconds")))
            self.desk_page.chooser.set_pending(len(self.pending_scans))
            QApplication.beep()
            return
        self.desk_page.scan(code)

    # ------------------------------------------------------------ dialogs of the desk
    @property
    def in_dialog(self) -> bool:
        """A dialog of the desk is open (scans made meanwhile are listed after it)."""
        return self._dialogs > 0

    def exec_dialog(self, dlg) -> bool:
        """Run a dialog of the desk; whatever happens (OK, Cancel, Esc), the focus comes back
        to the scan box. Scans typed while it is open are recorded at once (see :mod:`.scanner`)."""
        return self._modal(dlg.exec)

    def show_error(self, exc) -> None:
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
