"""File-menu actions of the recovery area and the questions asked while opening a file."""

from __future__ import annotations

from pathlib import Path

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from ...core.changes import Changes
from ...core.db import EventFile, open_event
from ...core.errors import NotAnEventFile, UserError
from ...core.safety.integrity import DamagedEventFile
from ..errors import show_user_error


def _ask(parent, title: str, text: str) -> bool:
    button = QtWidgets.QMessageBox.StandardButton
    answer = QtWidgets.QMessageBox.question(parent, title, text, button.Yes | button.No, button.No)
    return answer == button.Yes


class RecoveryActions(QObject):
    """Owns the recovery actions of one main window (``window.recovery``)."""

    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.restore_action = QAction(self.tr("&Restore a backup…"), window)
        self.restore_action.setObjectName("action_restore_backup")
        self.restore_action.triggered.connect(self.restore_dialog)
        self.history_action = QAction(self.tr("&History of changes…"), window)
        self.history_action.setObjectName("action_history")
        self.history_action.triggered.connect(self.history_dialog)
        self.export_personal_action = QAction(self.tr("Export delegate list &with ID and phone numbers…"), window)
        self.export_personal_action.setObjectName("action_export_personal")
        self.export_personal_action.triggered.connect(self.export_with_personal)
        self.erase_action = QAction(self.tr("Remove &personal data after the congress…"), window)
        self.erase_action.setObjectName("action_erase_personal")
        self.erase_action.triggered.connect(self.erase_personal)
        for action in (self.restore_action, self.history_action, self.export_personal_action, self.erase_action):
            window.add_file_action(action)
        window.event_opened.connect(self._update)
        window.event_closed.connect(self._update)
        self._update()

    def _update(self) -> None:
        event = self.window_.event_file
        self.restore_action.setEnabled(event is not None)
        self.history_action.setEnabled(event is not None)
        self.export_personal_action.setEnabled(event is not None)
        self.erase_action.setEnabled(event is not None and not event.read_only)

    # ------------------------------------------------------------- restore
    def restore_dialog(self):
        from .restore import RestoreDialog

        if self.window_.event_file is None:
            return None
        dialog = RestoreDialog(self.window_)
        dialog.open()
        return dialog

    def restore(self, backup_path: Path) -> bool:
        """Close the file, keep it as a backup, put the chosen backup in its place, reopen."""
        window = self.window_
        if window.event_file is None:
            return False
        path = window.event_file.path
        if window.event_file.read_only:
            show_user_error(window, self.tr("The event file is open read-only; a backup cannot be restored now"))
            return False
        from ...core.lock import EventLock
        from ...core.safety.recovery import restore_backup

        # Keep the lock through the restore: a second hold of our own lock (shared within this
        # process) outlives closing the file, so nobody can start editing in between.
        guard = EventLock(path)
        try:
            guard.acquire(take_stale=False)
        except UserError as exc:
            show_user_error(window, exc, self.tr("Cannot restore the backup"))
            return False
        try:
            window.close_event_file()
            try:
                kept = restore_backup(path, backup_path, lock=guard)
            except (UserError, OSError) as exc:
                show_user_error(window, exc if isinstance(exc, UserError) else str(exc),
                                self.tr("Cannot restore the backup"))
                window.open_path(path)
                return False
            ok = window.open_path(path)
        finally:
            guard.release()
        if ok and kept is not None:
            window.statusBar().showMessage(
                self.tr("Backup restored; the file as it was is kept as {name}").format(name=kept.name), 10000)
        return ok

    # ------------------------------------------------------------- history
    def history_dialog(self):
        from .history import HistoryDialog

        if self.window_.event_file is None:
            return None
        dialog = HistoryDialog(self.window_)
        dialog.show()
        return dialog

    # ------------------------------------------------------------- personal data
    def export_with_personal(self) -> None:
        from ...core.intake.export import export_delegates
        from .. import tasks

        event = self.window_.event_file
        if event is None:
            return
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.window_, self.tr("Export with ID and phone numbers"),
                                                        "danh-sach-dai-bieu-day-du.xlsx", self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"

        def job(out, progress, cancel):
            db = event.connect()
            try:
                return export_delegates(db, out, progress=progress, cancel=cancel, with_personal=True)
            finally:
                db.close()

        tasks.run_op(self.window_, job, path).success(
            lambda _r: self.window_.statusBar().showMessage(
                self.tr("Exported {path} with personal numbers: keep it safe").format(path=path), 8000)
        ).with_progress(self.tr("Exporting the delegate list")).run()

    def erase_personal(self) -> None:
        from ...core.safety.privacy import erase_personal_data

        window = self.window_
        event = window.event_file
        if event is None or event.read_only:
            return
        if not _ask(window, self.tr("Remove personal data"),
                    self.tr("Erase every citizen ID number, phone number and birth date of this congress — in the "
                            "event file, all its backups and the desk journals? Statistics, seats, check-ins and "
                            "the history stay. This cannot be undone.")):
            return
        path = event.path

        def job(db, progress, cancel):
            return erase_personal_data(path, db=db, progress=progress, cancel=cancel)

        def done(report):
            window.notify_changed(Changes.of("delegates", "checkins"))
            text = self.tr("Personal data removed: {delegates} delegates, {backups} backups, "
                           "{journals} journals").format(delegates=report.delegates, backups=report.backups,
                                                         journals=report.journals)
            if not report.complete:
                # Not everything was cleaned: never report it as done.
                text = self.tr("Personal data was NOT removed everywhere:") + "\n" + "\n".join(report.problems) \
                    + "\n\n" + text
                QtWidgets.QMessageBox.warning(window, self.tr("Remove personal data"), text)
                return
            QtWidgets.QMessageBox.information(window, self.tr("Remove personal data"), text)

        window.run_write(job, label=self.tr("Removing personal data"), on_done=done)


def open_asking(window, path: Path) -> EventFile | None:
    """Open ``path`` for the window, asking first before taking over a stale lock and
    offering the latest good backup when the file is damaged. None when the user declined
    everything (the caller shows nothing more)."""
    guard = getattr(window, "lock_guard", None)
    if guard is not None:
        guard.declined = None  # opened again by hand: ask again
    try:
        event = open_event(path, take_stale_lock=False)
    except (DamagedEventFile, NotAnEventFile) as exc:
        from ...core.fields import format_datetime
        from ...core.safety.recovery import latest_good_backup, restore_backup

        best = latest_good_backup(path) if path.exists() else None
        if best is None:
            raise
        counts = best.counts
        if not _ask(window, QCoreApplication.translate("RecoveryActions", "Damaged event file"),
                    QCoreApplication.translate("RecoveryActions", "{problem}\n\nRestore the latest good backup of {time} ({delegates} delegates, {seats} seats, "
                       "{nominations} nominations)? The damaged file is kept in the backups folder.").format(
                        problem=exc.message, time=format_datetime(best.at), delegates=counts["delegates"],
                        seats=counts["seats"], nominations=counts["nominations"])):
            raise
        restore_backup(path, best.path, take_stale_lock=False)
        return open_event(path, take_stale_lock=False)
    # The recovery module (backups, damage checks) is loaded only when it has work to do.
    holder = None
    if event.read_only:
        from ...core.safety.recovery import stale_holder

        holder = stale_holder(path)
    if holder is not None:
        question = QCoreApplication.translate("RecoveryActions", "The event file is still marked as open by {holder}, but that instance on this computer "
                      "has stopped (its process is gone, or it has not been heard from for over a minute).\n\nTake the file over and edit it here? Only "
                      "do this if nobody is working on it there.").format(holder=holder.describe())
        if _ask(window, QCoreApplication.translate("RecoveryActions", "Event file in use?"), question):
            event.close()
            return open_event(path, take_stale_lock=False, stale_holder=holder)
        if guard is not None:
            guard.declined = holder.raw  # the background watch will not ask again about it
    if event.notices:  # e.g. a restore that was interrupted: say what the file is now
        QtWidgets.QMessageBox.information(window, QCoreApplication.translate("RecoveryActions", "About this event file"),
                                          "\n\n".join(event.notices))
    return event


def install_recovery(window) -> RecoveryActions:
    from .lock_guard import install_lock_guard

    window.recovery = RecoveryActions(window)
    install_lock_guard(window)
    return window.recovery
