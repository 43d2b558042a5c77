"""The main window: menus, the tab host, recent files, banners and backups.

It hosts tabs and broadcasts what changed; tabs never call each other.
"""

from __future__ import annotations

import contextlib
import importlib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

# Dialog classes are reached as QtWidgets.QFileDialog … when used: PySide6 sets a class up on
# first access (QFileDialog ~3 ms, QMessageBox ~1 ms), which showing the window need not pay.
from PySide6 import QtWidgets
from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from .. import APP_NAME, __version__
from ..core import print_kinds  # noqa: F401 - registers every printable kind (loads no module of theirs)
from ..core.changes import EVERYTHING, Changes
from ..core.db import SUFFIX, EventFile, create_event
from ..core.errors import UserError
from ..core.event import load_settings
from . import screen, tasks
from .errors import show_user_error
from .safety import install_recovery, open_asking
from .settings import Settings
from .tabs import TABS

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

BACKUP_CHECK_MS = 60_000
# The size the window opens at the first time, clipped to the screen's available area (an
# office laptop: 1366×768 less the taskbar).
DEFAULT_SIZE = QSize(1280, 800)
WARM_UP_AFTER_MS = 300
EXPOSE_WAIT_MS = 500
_windows: list = []  # windows rebuilt after a language change stay referenced here


def _load(target: str):
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


class _TabHost(QWidget):
    """Holds a tab's place until the tab is first needed; then the tab takes its place."""

    def __init__(self, window: MainWindow, target: str, title: str):
        super().__init__(window)
        self.target = target
        self.title = title
        self.widget: QWidget | None = None


class _Tabs(Mapping):
    """``window.tab_widgets[key]``: the tab, built on first access."""

    def __init__(self, window: MainWindow):
        self._window = window

    def __getitem__(self, key: str) -> QWidget:
        return self._window.tab(key)

    def __iter__(self):
        return iter(self._window._hosts)

    def __len__(self) -> int:
        return len(self._window._hosts)



class MainWindow(QMainWindow):
    event_opened = Signal()
    event_closed = Signal()
    event_changed = Signal(object)  # Changes
    files_dropped = Signal(list)  # spreadsheet paths dropped on the window
    front_tab_ready = Signal()  # the tab in front was built after start-up (shown with its data)

    def __init__(self, settings: Settings | None = None, *, welcome: bool = True):
        """``welcome=False`` when an event file is about to be opened: the welcome page is then
        built only if it is ever shown."""
        super().__init__()
        self.settings = settings or Settings()
        self.event_file: EventFile | None = None
        self.rehearsal = False   # this laptop's check-in desk is in a rehearsal (marked in the title)
        self._expose_fallback: QTimer | None = None   # builds the front tab if no expose comes
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        screen.fit_window(self, DEFAULT_SIZE)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._hosts: dict[str, _TabHost] = {}
        self.tab_widgets = _Tabs(self)
        self._welcome = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        if welcome:
            self.show_welcome()
        # Areas put banners above the tabs (the recovery area's "lock lost") through banner_area.
        central = QWidget()
        self.banner_area = QVBoxLayout(central)
        self.banner_area.setContentsMargins(0, 0, 0, 0)
        self.banner_area.setSpacing(0)
        self.banner_area.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.read_only_label = QLabel()
        self.read_only_label.setStyleSheet("QLabel { background: #fff3cd; color: #664d03; padding: 2px 8px; }")
        self.read_only_label.hide()
        self.statusBar().addPermanentWidget(self.read_only_label)
        self.summary_label = QLabel()
        self.statusBar().addPermanentWidget(self.summary_label)

        self._build_menus()
        self._build_tabs()

        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.backup_if_due)
        self.event_changed.connect(self._update_summary)

        geometry = self.settings.get("window_geometry")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
            screen.fit_window(self)   # saved on a bigger screen: clip it to this one
        self._update_title()
        install_recovery(self)
        from .intake.hook import install as install_intake

        install_intake(self)  # File ▸ Import / Export / Template, spreadsheets dropped on the window

    # ---------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        # setShortcuts(), not setShortcut(): it takes every binding of a standard key and, unlike
        # setShortcut(), does not make PySide6 build the Qt namespace's enums (~20 ms) before
        # the window is up.
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New congress…"), self)
        self.new_action.setShortcuts(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_event_dialog)
        self.open_action = QAction(self.tr("&Open…"), self)
        self.open_action.setShortcuts(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.open_event_dialog)
        self.recent_menu = file_menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        # Ctrl+S by habit: say that there is nothing to save (every change is written at once).
        self.save_action = QAction(self.tr("&Save"), self)
        self.save_action.setShortcuts(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.explain_saving)
        self.save_copy_action = QAction(self.tr("Save a &copy…"), self)
        self.save_copy_action.triggered.connect(self.save_copy_dialog)
        self.event_settings_action = QAction(self.tr("&Event settings…"), self)
        self.event_settings_action.triggered.connect(self.event_settings_dialog)
        self.settings_action = QAction(self.tr("&Preferences…"), self)
        self.settings_action.setShortcuts(QKeySequence.StandardKey.Preferences)
        self.settings_action.triggered.connect(self.preferences_dialog)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcuts(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.insertAction(self.recent_menu.menuAction(), self.new_action)
        file_menu.insertAction(self.recent_menu.menuAction(), self.open_action)
        file_menu.addSeparator()
        self.file_menu = file_menu
        # Areas (import, export…) insert their actions before this separator.
        self.file_extra_separator = file_menu.addSeparator()
        file_menu.addAction(self.save_action)
        file_menu.addAction(self.save_copy_action)
        file_menu.addAction(self.event_settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Congress Desk"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.help_menu = help_menu
        from .help import install_help

        install_help(self)  # F1: help on this tab
        self._update_actions()

    def add_file_action(self, action: QAction) -> None:
        """Tabs add their own File-menu actions (Import…, Export…) through this."""
        self.file_menu.insertAction(self.file_extra_separator, action)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files()
        if not recent:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)
            return
        for i, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{i % 10} {Path(path).name} — {Path(path).parent}")
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        self.recent_menu.addSeparator()
        clear = self.recent_menu.addAction(self.tr("Clear list"))
        clear.triggered.connect(lambda: self.settings.set("recent_files", []))

    def _update_actions(self) -> None:
        has_event = self.event_file is not None
        self.save_copy_action.setEnabled(has_event)
        self.save_action.setEnabled(has_event)
        self.event_settings_action.setEnabled(has_event)

    @property
    def welcome(self):
        """The page shown while no event file is open, built when first needed."""
        if self._welcome is None:
            from .welcome import WelcomePage

            self._welcome = WelcomePage(self)
            self.stack.insertWidget(0, self._welcome)
        return self._welcome

    def show_welcome(self) -> None:
        self.stack.setCurrentWidget(self.welcome)

    # ---------------------------------------------------------------- tabs
    def _build_tabs(self) -> None:
        for key, target, title in TABS:
            host = _TabHost(self, target, QCoreApplication.translate("tabs", title))
            self._hosts[key] = host
            self.tabs.addTab(host, host.title)
        current = self.settings.get("current_tab")
        for i, (key, _target, _title) in enumerate(TABS):
            if key == current:
                self.tabs.setCurrentIndex(i)
        self.tabs.currentChanged.connect(self._tab_changed)
        if TABS:
            # The tab in front is built once the window is on screen: a heavy tab (printing
            # loads ReportLab) must not delay the window itself.
            self._front_tab_built = False
            QTimer.singleShot(0, self._build_current_tab)

    def _build_current_tab(self) -> None:
        handle = self.windowHandle()
        if self.isVisible() and handle is not None and not handle.isExposed():
            # Not on screen yet (the window system maps it a little later): build it right
            # after the window's first paint, or after half a second if no expose ever comes.
            handle.installEventFilter(self)
            self._expose_fallback = QTimer(self)
            self._expose_fallback.setSingleShot(True)
            self._expose_fallback.timeout.connect(self._build_front_tab)
            self._expose_fallback.start(EXPOSE_WAIT_MS)
            return
        self._build_front_tab()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Expose and watched is self.windowHandle() and watched.isExposed():
            watched.removeEventFilter(self)
            if self._expose_fallback is not None:
                self._expose_fallback.stop()    # the expose came: the half-second fallback is not needed
            QTimer.singleShot(0, self._build_front_tab)  # after the paint this expose asks for
        return super().eventFilter(watched, event)

    def _build_front_tab(self) -> None:
        if self._front_tab_built:
            return
        self._front_tab_built = True
        screen.install(self.settings)   # dialogs fit the screen and keep their size (after the first paint)
        index = self.tabs.currentIndex()
        if 0 <= index < len(TABS):
            self.tab(TABS[index][0])
        self.front_tab_ready.emit()
        # The window is painted; load sqlite-utils (about 40 ms) while nobody is waiting for it,
        # not on the first click that writes.
        QTimer.singleShot(WARM_UP_AFTER_MS, self._warm_up)

    def _warm_up(self) -> None:
        if self.event_file is not None:
            self.event_file.db  # noqa: B018 - made on first access

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(TABS):
            self.settings.set("current_tab", TABS[index][0])
            self.tab(TABS[index][0])

    def tab(self, key: str) -> QWidget:
        """The tab widget for ``key``, built now if it was not yet (only the tab in front is
        built at start-up, so the window appears quickly)."""
        host = self._hosts[key]
        if host.widget is None:
            host.widget = _load(host.target)(self)
            index = self.tabs.indexOf(host)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, host.widget, host.title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
        return host.widget

    # ---------------------------------------------------------------- event file
    def open_path(self, path: str | Path) -> bool:
        """Open an event file (closing the current one). False if it could not be opened."""
        path = Path(path)
        try:
            event = open_asking(self, path)  # asks before taking a stale lock, offers a backup if damaged
        except UserError as exc:
            show_user_error(self, exc, self.tr("Cannot open the event file"))
            if not path.exists():
                self.settings.remove_recent(path)
            return False
        self._set_event(event)
        return True

    def adopt_event(self, event: EventFile) -> None:
        """Show an event file opened elsewhere (closing the current one)."""
        self._set_event(event)

    def _set_event(self, event: EventFile) -> None:
        self.close_event_file()
        self.statusBar().clearMessage()   # what was said about the last file no longer holds
        self.event_file = event
        self.settings.add_recent(event.path)
        self.settings.set("last_directory", str(event.path.parent))
        if event.read_only:
            self.read_only_label.setText(self.tr("Read-only: {reason}").format(reason=event.read_only_reason))
            self.read_only_label.setToolTip(event.read_only_reason)
            self.read_only_label.show()
        else:
            self.read_only_label.hide()
            self.backup_timer.start()
        self.stack.setCurrentWidget(self.tabs)
        from ..core.checkin.session import rehearsal_here  # one small file; nothing heavy

        # A rehearsal on this laptop is marked from the moment the file opens, whichever tab
        # is in front; the check-in tab says when it starts or ends (set_rehearsal).
        self.rehearsal = rehearsal_here(event.reader)
        self._update_title()
        self._update_actions()
        self.event_opened.emit()
        self._update_summary(EVERYTHING)
        if event.migrated and len(event.migrated) and event.migrated[0] > 1:
            self.statusBar().showMessage(self.tr("The event file was updated to the new format; "
                                                 "a backup was kept in the backups folder"), 8000)

    def close_event_file(self) -> None:
        if self.event_file is None:
            return
        tasks.wait_all()
        self.backup_timer.stop()
        event, self.event_file = self.event_file, None
        if not event.read_only:
            from ..core import backups

            with contextlib.suppress(OSError):
                backups.periodic_backup(event.path)
        event.close()
        self.statusBar().clearMessage()
        self.read_only_label.hide()
        self.show_welcome()
        self.rehearsal = False
        self._update_title()
        self._update_actions()
        self.event_closed.emit()

    def notify_changed(self, changes: Changes) -> None:
        """Call after a write: every tab decides whether to refresh."""
        if changes:
            self.event_changed.emit(changes)

    def run_write(self, fn, *args, label: str = "", on_done=None, on_error=None, **kwargs):
        """Run ``fn(db, *args, **kwargs, progress=, cancel=)`` on the writer thread with its
        own connection (a named core operation); broadcast the ``Changes`` it returns."""
        if self.event_file is None or self.event_file.read_only:
            show_user_error(self, self.tr("The event file is open read-only"))
            return None
        event = self.event_file

        def job(*a, progress, cancel):
            db = event.connect_writer()   # the lock is still ours, read back now (not at the next poll)
            try:
                return fn(db, *a, **kwargs, progress=progress, cancel=cancel)
            finally:
                db.close()

        def done(result):
            changes = result if isinstance(result, Changes) else getattr(result, "changes", None)
            if changes:
                self.notify_changed(changes)
            if on_done is not None:
                on_done(result)

        op = tasks.run_op(self, job, *args).success(done)
        if on_error is not None:
            op.failure(on_error)
        if label:
            op.with_progress(label)
        return op.run()

    def set_read_only(self, reason: str) -> None:
        """Switch the open event file to read-only now (its lock was taken over): the
        connection refuses writes, every tab and action is told through ``event_opened``."""
        event = self.event_file
        if event is None or event.read_only:
            return
        event.make_read_only(reason)
        self.backup_timer.stop()
        self.read_only_label.setText(self.tr("Read-only: {reason}").format(reason=reason))
        self.read_only_label.setToolTip(reason)
        self.read_only_label.show()
        self._update_title()
        self._update_actions()
        self.event_opened.emit()

    def backup_if_due(self) -> None:
        if self.event_file is None or self.event_file.read_only:
            return
        from ..core import backups

        path = self.event_file.path
        tasks.run_op(self, lambda p, progress, cancel: backups.periodic_backup(p), path).run()

    def set_rehearsal(self, on: bool) -> None:
        """The check-in desk started or ended a rehearsal on this laptop: mark the title."""
        if on != self.rehearsal:
            self.rehearsal = on
            self._update_title()

    def _update_title(self) -> None:
        if self.event_file is None:
            self.setWindowTitle(APP_NAME)
            return
        name = load_settings(self.event_file.reader).name
        suffix = self.tr(" [read-only]") if self.event_file.read_only else ""
        mark = QCoreApplication.translate("SessionControl", "[REHEARSAL]") + " " if self.rehearsal else ""
        self.setWindowTitle(f"{mark}{self.event_file.path.name}{suffix} — {name} — {APP_NAME}")

    def _update_summary(self, changes: Changes) -> None:
        if self.event_file is None:
            self.summary_label.clear()
            return
        if changes.touches("delegates", "units", "event", "checkins"):
            from ..core.counts import attendance_counts

            t = attendance_counts(self.event_file.reader).total
            text = self.tr("{n} summoned").format(n=t.summoned)
            if t.present or t.absent or t.walkins:
                text += self.tr(" · {present} present · {absent} absent · {not_arrived} not arrived").format(
                    present=t.present, absent=t.absent, not_arrived=t.not_arrived)
            self.summary_label.setText(text)
            self.summary_label.setToolTip(self.tr(
                "Summoned: active delegates, cancelled ones not counted ({cancelled} cancelled). "
                "Present: summoned and checked in ({substitutes} through a substitute); walk-ins apart ({walkins}). "
                "Absent: marked absent with a reason.").format(
                    cancelled=t.cancelled, substitutes=t.substitutes, walkins=t.walkins))
            if changes.touches("event"):
                self._update_title()

    # ---------------------------------------------------------------- dialogs
    def _start_dir(self) -> str:
        return self.settings.get("last_directory") or str(Path.home())

    def open_event_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Open event file"), self._start_dir(),
            self.tr("Event files (*{suffix});;All files (*)").format(suffix=SUFFIX))
        if path:
            self.open_path(path)

    def new_event_dialog(self) -> None:
        path, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("New congress"), str(Path(self._start_dir()) / f"dai-hoi{SUFFIX}"),
            self.tr("Event files (*{suffix})").format(suffix=SUFFIX))
        if path:
            self.new_event(path)

    def new_event(self, path: str | Path) -> bool:
        path = Path(path)
        if path.suffix.lower() != SUFFIX:
            path = path.with_suffix(SUFFIX)
        try:
            event = create_event(path, overwrite=True)
        except (UserError, OSError) as exc:
            show_user_error(self, str(exc), self.tr("Cannot create the event file"))
            return False
        self._set_event(event)
        self.event_settings_dialog()
        return True

    def explain_saving(self) -> None:
        """Ctrl+S: every change is already in the event file."""
        if self.event_file is None:
            return
        if self.event_file.read_only:
            text = self.tr("This file is open read-only: nothing here can be changed or saved. "
                           "File ▸ Save a copy… keeps a copy of it.")
        else:
            text = self.tr("No need to save: every change is written to the event file at once (and a backup "
                           "is kept every 10 minutes). File ▸ Save a copy… makes a separate copy.")
        self.statusBar().showMessage(text, 10000)

    def save_copy_dialog(self) -> None:
        if self.event_file is None:
            return
        target, _ = QtWidgets.QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(self.event_file.path.with_name(self.event_file.path.stem + "-copy" + SUFFIX)),
            self.tr("Event files (*{suffix})").format(suffix=SUFFIX))
        if target:
            self.save_copy(target)

    def save_copy(self, target: str | Path) -> None:
        target = Path(target)
        if target.absolute() == self.event_file.path:
            show_user_error(self, self.tr("Choose another name: this is the open file"))
            return
        try:
            from ..core import backups

            backups.copy_database(self.event_file.path, target)
        except OSError as exc:
            show_user_error(self, self.tr("Cannot write {path}: {error}").format(path=target, error=exc.strerror))
            return
        self.statusBar().showMessage(self.tr("Copy saved to {path}").format(path=target), 5000)

    def event_settings_dialog(self) -> None:
        if self.event_file is None:
            return
        from .event_dialog import EventSettingsDialog

        dialog = EventSettingsDialog(self)
        dialog.open()

    def preferences_dialog(self) -> None:
        from .settings_dialog import PreferencesDialog

        PreferencesDialog(self).open()

    def _about(self) -> None:
        QtWidgets.QMessageBox.about(self, self.tr("About Congress Desk"),
                                    self.tr("<b>Congress Desk</b> {version}<br>Running a Patriotic Emulation "
                                            "Congress: delegates, seating, vetting, printing, check-in.")
                                    .format(version=__version__))

    def retranslate_after_language_change(self) -> MainWindow:
        """Rebuild the window in the new language, on the same event file."""
        path = self.event_file.path if self.event_file is not None else None
        self.close_event_file()
        new = MainWindow(self.settings, welcome=path is None)
        new.setGeometry(self.geometry())
        _windows.append(new)
        new.show()
        if path is not None and not new.open_path(path):
            new.show_welcome()
        self.hide()
        self.deleteLater()
        if self in _windows:
            _windows.remove(self)
        return new

    # ---------------------------------------------------------------- drag and drop
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        events = [p for p in paths if p.lower().endswith(SUFFIX)]
        others = [p for p in paths if not p.lower().endswith(SUFFIX)]
        if events:
            self.open_path(events[0])
        if others:
            self.files_dropped.emit(others)
        event.acceptProposedAction()

    # ---------------------------------------------------------------- closing
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.settings.set("window_geometry", bytes(self.saveGeometry().toBase64()).decode())
        self.close_event_file()
        super().closeEvent(event)


