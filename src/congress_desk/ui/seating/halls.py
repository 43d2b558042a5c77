"""The Hall menu of the seating tab: switch, create, import, export and delete halls,
and export the seating. Every write is a core operation run by the tab's writer."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QToolButton

from ...core.errors import UserError
from ...core.event import suggested_path
from ...core.seating.export import export_seating
from ...core.seating.hall import build_default_hall, delete_hall, list_halls, save_hall, use_hall
from ...core.seating.hall_io import export_hall, import_hall
from .. import tasks
from ..errors import show_user_error


class HallMenu(QToolButton):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.setText(self.tr("Hall"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.addAction(self.tr("New hall from the standard layout…"), self.new_hall)
        menu.addAction(self.tr("Import hall from a spreadsheet…"), self.import_hall_dialog)
        menu.addAction(self.tr("Export hall as a spreadsheet…"), self.export_hall_dialog)
        menu.addAction(self.tr("Delete this hall…"), self.delete_hall_dialog)
        menu.addSeparator()
        menu.addAction(self.tr("Export seating (Excel)…"), self.export_seating_dialog)
        self.setMenu(menu)

    def switch_hall(self, name: str) -> None:
        tab = self.tab

        def done(_changes):
            tab.model.load(tab.event.db)
            tab.fill_halls()

        tab.write(use_hall, name, on_done=done)

    def new_hall(self, name: str | None = None, presidium: int | None = None) -> None:
        tab = self.tab
        if name is None:
            name, ok = QInputDialog.getText(tab, self.tr("New hall"), self.tr("Name of the new hall:"))
            if not ok or not name.strip():
                return
        if presidium is None:
            presidium, ok = QInputDialog.getInt(tab, self.tr("New hall"), self.tr("Seats for the presidium:"), 15, 0, 200)
            if not ok:
                return
        name = name.strip()
        if name in list_halls(tab.event.db) and not self._confirm_replace(name):
            return
        tab.write(save_hall, build_default_hall(presidium, name=name), on_done=lambda _c: self.switch_hall(name))

    def _confirm_replace(self, name: str) -> bool:
        return QMessageBox.question(self.tab, self.tr("Hall"), self.tr("A hall named {name} exists. Replace it?").format(
            name=name)) == QMessageBox.StandardButton.Yes

    def import_hall_dialog(self, path: str | None = None) -> None:
        tab = self.tab
        if path is None:
            path, _ = QFileDialog.getOpenFileName(tab, self.tr("Import hall"), "", self.tr("Spreadsheets (*.xlsx *.xlsm)"))
            if not path:
                return
        try:
            hall = import_hall(path)
        except UserError as exc:
            show_user_error(tab, exc)
            return
        if hall.name in list_halls(tab.event.db) and not self._confirm_replace(hall.name):
            return

        def done(_changes):
            self.switch_hall(hall.name) if hall.name != tab.model.hall.name else tab.model.reload_hall()

        tab.write(save_hall, hall, on_done=done)

    def export_hall_dialog(self, path: str | None = None) -> None:
        tab = self.tab
        if path is None:
            start = f"hoi-truong_{tab.model.hall.name}.xlsx"   # the hall's own name says which
            if tab.event is not None:
                start = str(tab.event.path.with_name(start))
            path, _ = QFileDialog.getSaveFileName(tab, self.tr("Export hall"), start,
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        try:
            export_hall(tab.model.hall, path)
        except (UserError, OSError) as exc:
            show_user_error(tab, str(exc))

    def delete_hall_dialog(self) -> None:
        tab = self.tab
        name = tab.hall_combo.currentData()
        if QMessageBox.question(tab, self.tr("Hall"), self.tr("Delete hall {name} and its seating?").format(
                name=name)) != QMessageBox.StandardButton.Yes:
            return
        tab.write(delete_hall, name, on_done=lambda _c: tab.fill_halls())

    def export_seating_dialog(self, path: str | None = None) -> None:
        tab = self.tab
        if path is None:
            start = str(suggested_path(tab.event, "xep-cho-ngoi", "xlsx")) if tab.event is not None else "xep-cho-ngoi.xlsx"
            path, _ = QFileDialog.getSaveFileName(tab, self.tr("Export seating"), start,
                                                  self.tr("Excel workbook (*.xlsx)"))
            if not path:
                return
        event = tab.event

        def job(target, progress, cancel):
            db = event.connect()
            try:
                return export_seating(db, target)
            finally:
                db.close()

        tasks.run_op(tab, job, path).with_progress(self.tr("Writing the seating workbook…")).success(
            lambda out: tab.status.setText(self.tr("Seating written to {path}").format(path=out))).run()
