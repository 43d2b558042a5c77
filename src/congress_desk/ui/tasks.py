"""Run core work off the UI thread: ``run_op(parent, fn, *args).success(cb).run()``.

``fn`` is called as ``fn(*args, progress=…, cancel=…, **kwargs)`` on a single worker
thread (writes run one at a time; each job opens its own connection). Results,
errors and progress reach the main thread as queued signals; workers never touch
widgets. A busy cursor appears after 300 ms and a progress dialog with Cancel after
600 ms. Cancel sets the job's :class:`CancelToken`; the core rolls back.

A job may outlive the widget that started it (a tab closed, a window rebuilt): its result
is then dropped quietly — no callback runs on a deleted widget, and a worker whose
signal object is already gone (the application shutting down) does not raise.
"""

from __future__ import annotations

import logging
import sys

import shiboken6
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from ..core.errors import Cancelled, UserError, disk_full
from ..core.progress import CancelToken
from .errors import show_unexpected, show_user_error

# QtCore.Qt, not Qt, at module level: PySide6 builds the Qt namespace's ~90 enums (about
# 20 ms) on first access, which the window's frame does not need.
BUSY_AFTER_MS = 300
DIALOG_AFTER_MS = 600

log = logging.getLogger(__name__)
_pool: QThreadPool | None = None
_running: set[Op] = set()


def pool() -> QThreadPool:
    """The single writer thread all jobs share."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def set_pool(new_pool) -> None:
    """Tests install a pool whose ``start(runnable)`` runs it at once (synchronously)."""
    global _pool
    _pool = new_pool


class SynchronousPool:
    """Runs each job immediately on the calling thread (for tests)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:  # noqa: N802 - Qt's name
        return True


class _Signals(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn, args, kwargs, token: CancelToken, signals: _Signals):
        super().__init__()
        self.setAutoDelete(True)
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.token = token
        self.signals = signals

    def _emit(self, signal: str, *args) -> None:
        """Emit unless whoever listens is gone (then the job's news is dropped quietly)."""
        if not shiboken6.isValid(self.signals):
            return
        try:
            getattr(self.signals, signal).emit(*args)
        except RuntimeError:  # "Signal source has been deleted" between the check and the emit
            log.debug("%s of a job whose owner is gone: dropped", signal)

    def run(self) -> None:
        def progress(done: int, total: int, label: str = "") -> None:
            self._emit("progressed", int(done), int(total), str(label))

        try:
            result = self.fn(*self.args, progress=progress, cancel=self.token, **self.kwargs)
        except BaseException:  # noqa: BLE001 - handed to the main thread, never lost
            self._emit("failed", sys.exc_info())
        else:
            self._emit("succeeded", result)


class Op(QObject):
    """One background job with its callbacks and its progress dialog."""

    def __init__(self, parent: QWidget | None, fn, *args, **kwargs):
        # Not a Qt child of ``parent``: deleting the parent must not delete the job's receiver
        # under a running worker. The job holds itself in ``_running`` until it ends, and asks
        # whether its parent is still there before calling back.
        super().__init__(None)
        self._parent = parent
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.token = CancelToken()
        self._on_success = None
        self._on_failure = None
        self._on_cancel = None
        self._label = ""
        self._dialog: QtWidgets.QProgressDialog | None = None
        self._busy = False
        self._done = False
        self._last = (0, 0, "")
        self.signals = _Signals()
        self.signals.progressed.connect(self._progress)  # queued from the worker thread
        self.signals.succeeded.connect(self._succeeded)  # queued from the worker thread
        self.signals.failed.connect(self._failed)  # queued from the worker thread

    def success(self, cb) -> Op:
        self._on_success = cb
        return self

    def failure(self, cb) -> Op:
        """``cb(exc)`` for a :class:`UserError`; without it the error is shown in a dialog."""
        self._on_failure = cb
        return self

    def cancelled(self, cb) -> Op:
        self._on_cancel = cb
        return self

    def with_progress(self, label: str) -> Op:
        self._label = label
        return self

    def run(self) -> Op:
        _running.add(self)
        if self._label:
            QTimer.singleShot(BUSY_AFTER_MS, self._show_busy)
            QTimer.singleShot(DIALOG_AFTER_MS, self._show_dialog)
        pool().start(_Job(self.fn, self.args, self.kwargs, self.token, self.signals))
        return self

    def cancel(self) -> None:
        self.token.cancel()

    # ---------------------------------------------------------------- main thread
    def owner_gone(self) -> bool:
        """The widget that started the job was deleted: nobody wants the result any more."""
        return self._parent is not None and not shiboken6.isValid(self._parent)

    def _show_busy(self) -> None:
        if self.owner_gone():
            return
        if not self._done and not self._busy:
            QApplication.setOverrideCursor(QtCore.Qt.CursorShape.BusyCursor)
            self._busy = True

    def _show_dialog(self) -> None:
        if self._done or self._dialog is not None or self.owner_gone():
            return
        dialog = QtWidgets.QProgressDialog(self._label, self.tr("Cancel"), 0, 0, self._parent)
        dialog.setWindowTitle(self._label)
        dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        self._progress(*self._last)
        dialog.show()

    def _progress(self, done: int, total: int, label: str) -> None:
        self._last = (done, total, label)
        if self._dialog is not None and shiboken6.isValid(self._dialog):
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total else 0)
            if label:
                self._dialog.setLabelText(f"{self._label}\n{label}")

    def _finish(self) -> None:
        self._done = True
        if self._busy:
            QApplication.restoreOverrideCursor()
            self._busy = False
        if self._dialog is not None:
            if shiboken6.isValid(self._dialog):  # deleted with its parent otherwise
                self._dialog.hide()
                self._dialog.deleteLater()
            self._dialog = None
        _running.discard(self)

    def _succeeded(self, result) -> None:
        self._finish()
        if self.owner_gone():
            log.debug("result of %s dropped: its widget is gone", getattr(self.fn, "__qualname__", "job"))
            return
        if self._on_success is not None:
            self._on_success(result)

    def _failed(self, exc_info) -> None:
        self._finish()
        exc = exc_info[1]
        if self.owner_gone() and isinstance(exc, (Cancelled, UserError)):
            return  # nobody to tell; an unexpected error is still logged below
        if isinstance(exc, Cancelled):
            if self._on_cancel is not None:
                self._on_cancel()
            return
        exc = disk_full(exc) or exc  # a full disk is a clear message, not an unexpected error
        if isinstance(exc, UserError):
            if self._on_failure is not None:
                self._on_failure(exc)
            else:
                show_user_error(self._parent, exc)
            return
        show_unexpected(None if self.owner_gone() else self._parent,
                        getattr(self.fn, "__qualname__", "job"), exc_info)


def run_op(parent: QWidget | None, fn, *args, **kwargs) -> Op:
    """Prepare a background job; call ``.run()`` after adding callbacks."""
    return Op(parent, fn, *args, **kwargs)


def wait_all(timeout_ms: int = 30000) -> bool:
    """Let running jobs finish (used when closing the window)."""
    return pool().waitForDone(timeout_ms)
