"""Where intake plugs into the window: File ▸ Import / Export / Template, a button on
the Delegates tab, and spreadsheets dropped on the window."""

from __future__ import annotations

from PySide6 import QtWidgets
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPushButton

from ..errors import show_user_error


class IntakeActions(QObject):
    """Owns the intake actions of one main window."""

    def __init__(self, window, tab=None):
        super().__init__(window)
        self.window_ = window
        self.dialog = None
        self.import_action = QAction(self.tr("&Import delegate lists…"), window)
        self.import_action.setObjectName("action_import")
        self.import_action.setShortcuts([QKeySequence("Ctrl+I")])
        self.import_action.triggered.connect(lambda: self.open_import())
        self.export_action = QAction(self.tr("&Export delegate list…"), window)
        self.export_action.setObjectName("action_export_delegates")
        self.export_action.triggered.connect(self.export_dialog)
        self.template_action = QAction(self.tr("Template for &units…"), window)
        self.template_action.setObjectName("action_template")
        self.template_action.triggered.connect(self.template_dialog)
        for action in (self.import_action, self.export_action, self.template_action):
            window.add_file_action(action)
        self.button = None
        if tab is not None:
            self.add_button(tab)
        window.files_dropped.connect(self.open_import)
        window.event_opened.connect(self._update)
        window.event_closed.connect(self._update)
        self._update()

    def add_button(self, tab) -> None:
        """The Delegates tab's "Import lists…" button (the tab is built later than the menu)."""
        if getattr(tab, "toolbar", None) is None or self.button is not None:
            return
        self.button = QPushButton(self.tr("Import lists…"))
        self.button.setObjectName("import_button")
        self.button.clicked.connect(lambda: self.open_import())
        tab.toolbar.addWidget(self.button)
        self._update()

    def _update(self) -> None:
        event = self.window_.event_file
        writable = event is not None and not event.read_only
        self.import_action.setEnabled(writable)
        self.export_action.setEnabled(event is not None)
        self.template_action.setEnabled(True)
        if self.button is not None:
            self.button.setEnabled(writable)

    def open_import(self, paths=()):
        from .dialog import ImportDialog

        if self.window_.event_file is None:
            show_user_error(self.window_, self.tr("Open or create an event file first"))
            return None
        if self.dialog is None or not self.dialog.isVisible():
            self.dialog = ImportDialog(self.window_, paths)
            self.dialog.show()
        else:
            self.dialog.add_paths(paths)
            self.dialog.raise_()
        return self.dialog

    def _suggested(self, what: str, suffix: str) -> str:
        """A file name that says what and for which congress, beside the event file."""
        from ...core.event import suggested_path

        event = self.window_.event_file
        return f"{what}.{suffix}" if event is None else str(suggested_path(event, what, suffix))

    def export_dialog(self) -> None:
        from ...core.intake.export import export_delegates

        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.window_, self.tr("Export the delegate list"),
                                                        self._suggested("danh-sach-dai-bieu", "xlsx"),
                                                        self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        event = self.window_.event_file

        def job(out, progress, cancel):
            db = event.connect()
            try:
                return export_delegates(db, out, progress=progress, cancel=cancel)
            finally:
                db.close()

        from .. import tasks

        tasks.run_op(self.window_, job, path).success(
            lambda _r: self.window_.statusBar().showMessage(self.tr("Exported {path}").format(path=path), 8000)
        ).with_progress(self.tr("Exporting the delegate list")).run()

    def template_dialog(self) -> None:
        from ...core.errors import UserError
        from ...core.intake.template import write_template

        event = self.window_.event_file
        unit = None
        if event is not None:
            from ...core.registry import list_units

            names = [u["name"] for u in list_units(event.db)]
            everyone = self.tr("(any unit)")
            choice, ok = QtWidgets.QInputDialog.getItem(self.window_, self.tr("Template for units"),
                                                        self.tr("The template is for:"), [everyone, *names], 0, False)
            if not ok:
                return
            unit = None if choice == everyone else choice
        from ...core.vietnamese import fold

        suggested = self._suggested(f"mau-danh-sach{'-' + fold(unit).replace(' ', '-') if unit else ''}", "xlsx")
        path, _ = QtWidgets.QFileDialog.getSaveFileName(self.window_, self.tr("Template for units"), suggested,
                                                        self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            write_template(path, db=event.db if event else None, unit=unit)
        except (UserError, OSError) as exc:
            show_user_error(self.window_, exc if isinstance(exc, UserError) else UserError(str(exc)))
            return
        self.window_.statusBar().showMessage(self.tr("Wrote the template {path}").format(path=path), 8000)


def install(window) -> IntakeActions:
    """Called once by the main window: File-menu actions and dropped spreadsheets. The
    Delegates tab adds its button with ``window.intake.add_button(tab)`` when it is built."""
    window.intake = IntakeActions(window)
    return window.intake
