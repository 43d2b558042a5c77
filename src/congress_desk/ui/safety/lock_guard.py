"""The one-writer lock in the window: lock lost, and the background watch of another holder.

* While this window edits, the core lock checks every two seconds that the lock is still
  ours. When another instance took it over, the window switches to read-only at once
  (every tab, every action, the connection itself) and a banner says who has it and how
  to get write access back.
* While this window is read-only because another instance holds the file, a
  :class:`~congress_desk.core.lock.LockWatch` watches that instance's heartbeat in the
  background; when it has not changed for two and a half intervals (it crashed) or the
  lock is gone (it closed the file), the window offers to open the file for editing.
"""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ...core.lock import LockWatch

POLL_MS = 500


class LockGuard(QObject):
    """Owns the lock banner and the background watch of one main window (``window.lock_guard``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.watch: LockWatch | None = None
        self.declined: bytes | None = None  # the stale lock the user chose not to take over
        self.banner = QFrame()
        self.banner.setObjectName("lock_lost_banner")
        self.banner.setStyleSheet("#lock_lost_banner { background: #f8d7da; border-bottom: 1px solid #f1aeb5; }"
                                  " QLabel { color: #58151c; padding: 6px 10px; }")
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(0, 0, 8, 0)
        self.banner_label = QLabel()
        self.banner_label.setWordWrap(True)
        row.addWidget(self.banner_label, 1)
        self.reopen_button = QPushButton(self.tr("Open again for editing"))
        self.reopen_button.setObjectName("lock_lost_reopen")
        self.reopen_button.clicked.connect(self.reopen)
        row.addWidget(self.reopen_button)
        self.banner.hide()
        window.banner_area.insertWidget(0, self.banner)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        window.event_opened.connect(self._opened)
        window.event_closed.connect(self._closed)

    # ------------------------------------------------------------- following the open file
    def _opened(self) -> None:
        event = self.window_.event_file
        if event is None:
            return
        if event.lock is not None:
            self.banner.hide()
            self._stop_watch()
        elif event.locked_by is not None and self.watch is None:
            self.watch = LockWatch(event.path)
        self.timer.start()

    def _closed(self) -> None:
        self.timer.stop()
        self._stop_watch()
        self.banner.hide()

    def _stop_watch(self) -> None:
        watch, self.watch = self.watch, None
        if watch is not None:
            watch.stop()

    def poll(self) -> None:
        """Every half second: is our lock still ours; has the watch found something."""
        event = self.window_.event_file
        if event is None:
            return
        if event.lock is not None and event.lock.lost:
            self.lock_lost()
            return
        if self.watch is not None and self.watch.state is not None:
            state, self.watch = self.watch.state, None
            self.offer(state)

    # ------------------------------------------------------------- lock lost
    def lock_lost(self) -> None:
        window = self.window_
        event = window.event_file
        holder = event.lock.lost_to if event.lock is not None else None
        who = holder.describe() if holder is not None else self.tr("another instance")
        reason = self.tr("the lock was taken over by {holder}").format(holder=who)
        window.set_read_only(reason)
        self.banner_label.setText(self.tr(
            "Lock lost: {holder} took over this event file, so this window is now read-only — what you "
            "saved before is in the file, nothing more can be saved here. To edit here again, close the "
            "file in the other instance, then press “Open again for editing” (or File ▸ Open recent).").format(
                holder=who))
        self.banner.show()
        self.timer.stop()

    def reopen(self) -> None:
        event = self.window_.event_file
        if event is None:
            return
        path = event.path
        if self.window_.open_path(path) and self.window_.event_file is not None \
                and not self.window_.event_file.read_only:
            self.banner.hide()

    # ------------------------------------------------------------- offering the takeover
    def offer(self, state) -> None:
        from ...core.db import open_event
        from ...core.errors import UserError
        from ..errors import show_user_error

        window = self.window_
        event = window.event_file
        if event is None or not event.read_only or state.kind not in ("stale", "free"):
            return
        button = QtWidgets.QMessageBox.StandardButton
        if state.kind == "stale":
            if state.holder.raw == self.declined:
                return
            text = self.tr("{holder} has the event file open for editing, but its heartbeat has not changed for "
                           "{seconds:.0f} seconds (it may have crashed or lost the network).\n\nTake the file over "
                           "and edit it here? Only do this if nobody is working on it there.").format(
                               holder=state.holder.describe(), seconds=state.holder.watch_seconds())
        else:
            text = self.tr("The event file is no longer open for editing elsewhere.\n\nOpen it for editing here?")
        answer = QtWidgets.QMessageBox.question(window, self.tr("Edit the event file?"), text,
                                                button.Yes | button.No, button.No)
        if answer != button.Yes:
            if state.kind == "stale":
                self.declined = state.holder.raw
            return
        path = event.path
        window.close_event_file()
        try:
            opened = open_event(path, take_stale_lock=False, stale_holder=state.holder if state.kind == "stale" else None)
        except UserError as exc:
            show_user_error(window, exc, self.tr("Cannot open the event file"))
            window.open_path(path)
            return
        window.adopt_event(opened)
        if opened.read_only:
            window.statusBar().showMessage(self.tr("Someone else took the file first; it stays read-only here"), 8000)


def install_lock_guard(window) -> LockGuard:
    window.lock_guard = LockGuard(window)
    return window.lock_guard
