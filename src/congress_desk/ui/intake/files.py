"""The files of the import dialog: one :class:`Entry` per spreadsheet with what was found in
it, and the list on the left (add, remove, the shipped samples, drop files on the dialog)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...core.intake.importer import plan_file, quota_check, registry_duplicates, warn_over_quota
from ...core.intake.parse import parse_file, split_parts
from ...core.intake.results import FileResult
from ..samples import sample_button

FILTER = "*.xlsx *.xlsm *.xls *.csv"


@dataclass
class Entry:
    """One file in the dialog."""

    path: Path
    result: FileResult | None = None
    unit: str | None = None                          # the user's choice, else detected
    mappings: dict = field(default_factory=dict)     # sheet -> Mapping the user corrected
    replace: bool = False
    include_hidden: bool = False                     # import rows hidden or filtered out too
    plans: tuple | None = field(default=None, repr=False, compare=False)  # (inputs, plans, kept): see .plan


def parse_entry(entry: Entry, db) -> None:
    """Read the entry's file again (its unit, mappings and hidden rows as chosen)."""
    entry.result = parse_file(entry.path, db=db, unit=entry.unit, mappings=entry.mappings or None,
                              keep_workbook=True, include_hidden=entry.include_hidden)
    if entry.result.ok and db is not None:
        for part in split_parts(entry.result, db):
            registry_duplicates(db, part)
            if part.unit_id is None:
                continue
            # over quota: the warning the CLI gives too, each unit of a workbook against its own quota
            warn_over_quota(part, quota_check(db, plan_file(db, part, replace=entry.replace)))
            if part is not entry.result:
                entry.result.problems[:0] = [p for p in part.problems if getattr(p, "quota", False)]


class FilesPanel(QWidget):
    """The list of files, with what was found in each."""

    def __init__(self, dialog):
        super().__init__()
        self.dialog = dialog
        self.files = QListWidget()
        self.files.setObjectName("import_files")
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(dialog.remove_current)
        lv = QVBoxLayout(self)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Files (drop spreadsheets here)")))
        lv.addWidget(self.files)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addWidget(sample_button(dialog, dialog.add_paths))  # the shipped sample spreadsheets
        lv.addLayout(row)

    def choose_files(self) -> None:
        dialog = self.dialog
        paths, _ = QFileDialog.getOpenFileNames(
            dialog, self.tr("Choose the units' spreadsheets"), dialog.window_.settings.get("last_directory") or "",
            self.tr("Spreadsheets ({patterns})").format(patterns=FILTER))
        dialog.add_paths(paths)

    def file_text(self, entry: Entry) -> str:
        r = entry.result
        if r is None or not r.ok:
            return self.tr("✗ {file} — {message}").format(file=entry.path.name, message=r.message if r else "")
        errors = r.error_count
        mark = "✗" if errors else ("!" if r.problems else "✓")
        return self.tr("{mark} {file} — {unit}: {n} people, {errors} errors, {warnings} warnings").format(
            mark=mark, file=entry.path.name, unit=r.unit or self.tr("unit unknown"), n=len(r.people),
            errors=errors, warnings=len(r.problems) - errors)
