"""Importing the files of the import dialog on the writer thread (with progress and Cancel;
Cancel leaves the event file untouched), after asking when units would end over their
quota; and the annotated copy of a file for its unit."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from ...core.intake.importer import FileChoice, import_choices
from ...core.intake.parse import split_parts
from .. import tasks
from ..errors import show_user_error
from .quota import QuotaQuestion


class Importer(QObject):
    def __init__(self, dialog):
        super().__init__(dialog)
        self.dialog = dialog

    def do_import(self) -> None:
        dialog = self.dialog
        over = dialog.plan.over_quota(dialog.entries)
        if over:
            dialog.quota_box = QuotaQuestion(dialog, over, self._answered)
            dialog.quota_box.open()
            return
        self._import(within_quota=False)

    def _answered(self, within_quota: bool | None) -> None:
        self.dialog.quota_box = None
        if within_quota is None:
            self.dialog.status.setText(self.tr("Cancelled: nothing was imported."))
        else:
            self._import(within_quota=within_quota)

    def _import(self, *, within_quota: bool) -> None:
        dialog = self.dialog
        skip, overrides = dialog.resolution()
        choices = []
        for e in dialog.entries:
            if e.result is None or not e.result.ok:
                continue
            mine = {k: v for k, v in overrides.items() if k[0] == e.result.file}
            parts = split_parts(e.result, dialog.db)      # a workbook of several units: one choice each
            remember = [m for m in e.mappings.values() if m is not None] if len(parts) == 1 else []
            for part in parts:
                choices.append(FileChoice(part, e.replace, frozenset(k for k in skip if k[0] == e.result.file),
                                          mine, remember, within_quota=within_quota))
        if not choices:
            return
        event = dialog.window_.event_file
        if event is None or event.read_only:
            show_user_error(dialog, self.tr("The event file is open read-only"))
            return
        dialog.import_button.setEnabled(False)
        dialog.status.setText(self.tr("Importing…"))

        def job(choices, progress, cancel):
            db = event.connect_writer()     # the writer thread's own connection, the lock read back
            try:
                return import_choices(db, choices, progress=progress, cancel=cancel)
            finally:
                db.close()

        self._op = (tasks.run_op(dialog, job, choices).success(self._imported).failure(self._failed)
                    .cancelled(self.cancelled).with_progress(self.tr("Importing delegate lists")).run())

    def _imported(self, report) -> None:
        dialog = self.dialog
        totals = {"added": 0, "updated": 0, "unchanged": 0, "removed": 0}
        for f in report.files:
            for k, v in (f.imported or {}).items():
                totals[k] += v
        text = self.tr("Imported: {added} added, {updated} changed, {unchanged} unchanged, "
                       "{removed} removed.").format(**totals)
        left_out = sum(1 for f in report.files for p in f.problems
                       if p.field == "unit" and p.severity == "error" and p.row is not None)
        if left_out:
            text += " " + self.tr("{n} left out: over the quota.").format(n=left_out)
        dialog.status.setText(text)
        dialog.reread_all()
        dialog.window_.notify_changed(report.changes)
        dialog.imported.emit(report)

    def _failed(self, exc) -> None:
        self.dialog.status.setText(self.tr("Nothing was imported."))
        self.dialog.after_change()
        show_user_error(self.dialog, exc)

    def cancelled(self) -> None:
        self.dialog.status.setText(self.tr("Cancelled: nothing was imported."))
        self.dialog.after_change()

    def write_annotated(self) -> None:
        from ...core.errors import UserError
        from ...core.intake.annotate import annotated_copy

        dialog = self.dialog
        entry = dialog.current()
        if entry is None or entry.result is None:
            return
        try:
            out = annotated_copy(entry.result)
        except (UserError, OSError) as exc:
            show_user_error(dialog, exc if isinstance(exc, UserError) else UserError(str(exc)))
            return
        dialog.status.setText(self.tr("Annotated copy written: {path}").format(path=str(out)))
        dialog.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
