"""Showing errors: a clear message for the user's mistakes, an apology with the log path
for ours (the traceback goes to the log file, never to the screen)."""

from __future__ import annotations

import sys

from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from ..core.errors import UserError, disk_full
from ..logs import log_exception


def show_user_error(parent: QWidget | None, exc: UserError | str, title: str | None = None) -> None:
    message = str(exc)
    QtWidgets.QMessageBox.warning(parent, title or QCoreApplication.translate("errors", "Cannot do that"), message)


def show_unexpected(parent: QWidget | None, context: str, exc_info=None) -> None:
    path = log_exception(context, exc_info)
    QtWidgets.QMessageBox.critical(
        parent,
        QCoreApplication.translate("errors", "Sorry, something went wrong"),
        QCoreApplication.translate("errors", "Congress Desk hit an unexpected error. Your data is safe; the work in progress was "
            "not saved.\nDetails were written to:\n{path}").format(path=path),
    )


def install_excepthook() -> None:
    """Unexpected exceptions: log with traceback, show a short apology, keep running."""

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        exc = disk_full(exc) or exc
        if isinstance(exc, UserError):
            show_user_error(QApplication.activeWindow(), exc)
            return
        show_unexpected(QApplication.activeWindow(), "UI", (exc_type, exc, tb))

    sys.excepthook = hook
