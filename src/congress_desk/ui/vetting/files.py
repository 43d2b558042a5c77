"""Spreadsheets of the vetting tab: the honorees exported to Excel, the blank template the
units fill in, and a unit's nominations imported (rows with errors refused and listed)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ...core import registry
from ...core.event import suggested_path
from ...core.vetting import importer
from .. import tasks
from ..errors import show_user_error


class NominationFiles(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab

    def export_dialog(self) -> None:
        event = self.tab.window_.event_file
        if event is None:
            return
        path, _ = QFileDialog.getSaveFileName(self.tab, self.tr("Export honorees"), str(suggested_path(event, "khen-thuong", "xlsx")),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str):
        event = self.tab.window_.event_file

        def job(path, progress, cancel):
            from ...core.vetting import export

            db = event.connect()
            try:
                return export.export_honorees(db, path)
            finally:
                db.close()

        def done(counts):
            self.tab.window_.statusBar().showMessage(self.tr("Exported {n} commendations to {path}").format(n=counts["annex"], path=path), 8000)

        return tasks.run_op(self.tab, job, path).success(done).with_progress(self.tr("Exporting…")).run()

    def template_dialog(self) -> None:
        event = self.tab.window_.event_file
        start = str(suggested_path(event, "mau-de-nghi-khen-thuong", "xlsx")) if event else "mau-de-nghi-khen-thuong.xlsx"
        path, _ = QFileDialog.getSaveFileName(self.tab, self.tr("Blank template for units"), start,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            try:
                importer.write_template(path)
            except OSError as exc:
                show_user_error(self.tab, self.tr("Cannot write {path}: {error}").format(path=path, error=exc.strerror))

    def import_dialog(self) -> None:
        event = self.tab.window_.event_file
        if event is None or event.read_only:
            return
        units = registry.list_units(event.db)
        names = [u["name"] for u in units]
        current = self.tab.unit_filter.currentText() if self.tab.unit_filter.currentData() else names[0] if names else ""
        name, ok = QInputDialog.getItem(self.tab, self.tr("Proposing unit"), self.tr("Which unit sent this file?"),
                                        names, max(0, names.index(current)) if current in names else 0, False)
        if not ok or not name:
            return
        path, _ = QFileDialog.getOpenFileName(self.tab, self.tr("Import nominations"), str(event.path.parent),
                                              self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.csv)"))
        if path:
            self.import_file(path, next(u["id"] for u in units if u["name"] == name))

    def import_file(self, path: str, unit_id: int, *, proposal_number: str | None = None, proposal_date: str | None = None):
        actor = self.tab._actor()

        def done(result):
            text = self.tr("{file}: {n} nominations added.").format(file=result.file, n=len(result.added))
            if result.problems:
                lines = [self.tr("Row {row}: {message}").format(row=p.row, message=p.message) for p in result.problems[:25]]
                text += "\n" + self.tr("{n} rows refused:").format(n=len(result.problems)) + "\n" + "\n".join(lines)
                QMessageBox.warning(self.tab, self.tr("Import nominations"), text)
            else:
                QMessageBox.information(self.tab, self.tr("Import nominations"), text)

        return self.tab.window_.run_write(importer.import_nominations, path, unit_id=unit_id,
                                          proposal_number=proposal_number, proposal_date=proposal_date, actor=actor,
                                          label=self.tr("Importing nominations…"), on_done=done,
                                          on_error=self.tab.show_error)
