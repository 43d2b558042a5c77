"""The import dialog: pick unit files, check each one, correct what was guessed, import.

Left, the files with what was found in each (:mod:`.files`). Right, the selected file: its
unit, its header row (:mod:`.mapping`) and a preview where every spreadsheet column has a
drop-down saying what it holds (corrections are remembered for the unit's next file), every
row coloured green / yellow / red / grey (skipped) with the reason (:mod:`.preview`), and
what importing would add, change and remove — and, in red, when the unit would end over its
quota (:mod:`.plan`; Import then asks: import all, import only the first rows that fit, or
cancel, :mod:`.quota`). Duplicates across the files are listed with a choice each (import
all, keep the first, merge into the first; :mod:`.duplicates`). Importing runs on the
writer thread with progress and Cancel; Cancel leaves the event file untouched (:mod:`.apply`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.intake.results import FileResult
from ..widgets import ElidedLabel
from .apply import Importer
from .duplicates import DuplicatesTree
from .files import Entry, FilesPanel, parse_entry
from .mapping import EntryForm
from .plan import PlanPanel
from .preview import PreviewTable


class ImportDialog(QDialog):
    imported = Signal(object)   # the ImportReport

    def __init__(self, window, paths=()):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import delegate lists"))
        self.resize(1200, 760)
        self.entries: list[Entry] = []
        self.quota_box: QMessageBox | None = None

        self.files_panel = FilesPanel(self)
        self.files = self.files_panel.files
        self.files.currentRowChanged.connect(self.show_current)
        self.preview = PreviewTable(self)
        self.form = EntryForm(self)
        self.plan = PlanPanel(self)
        self.dupes = DuplicatesTree(self)
        self.importer = Importer(self)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.form)
        rv.addWidget(self.preview, 1)
        rv.addWidget(self.plan.plan_label)
        rv.addWidget(self.plan.quota_label)
        rv.addWidget(QLabel(self.tr("<b>People found more than once</b>")))
        rv.addWidget(self.dupes)

        split = QSplitter()
        split.addWidget(self.files_panel)
        split.addWidget(right)
        split.setStretchFactor(1, 4)
        split.setSizes([360, 840])

        self.annotate_button = QPushButton(self.tr("Annotated copy for the unit…"))
        self.annotate_button.setObjectName("import_annotate")
        self.annotate_button.clicked.connect(self.importer.write_annotated)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("import_run")
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)
        self.status = ElidedLabel()   # a long path never widens the dialog: "…" and a tooltip
        self.status.setObjectName("import_status")
        bottom = QHBoxLayout()
        bottom.addWidget(self.annotate_button)
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self.setAcceptDrops(True)
        self.form.fill_units(self.db)
        self.add_paths(paths)

    # ---------------------------------------------------------------- files
    @property
    def db(self):
        return self.window_.event_file.db if self.window_.event_file is not None else None

    def add_paths(self, paths) -> None:
        known = {e.path.resolve() for e in self.entries}
        for p in paths:
            path = Path(p)
            if path.resolve() in known:
                continue
            entry = Entry(path)
            self.entries.append(entry)
            parse_entry(entry, self.db)
            item = QListWidgetItem(self.files_panel.file_text(entry))
            item.setToolTip(str(path))
            self.files.addItem(item)
        self.after_change()
        if self.files.currentRow() < 0 and self.entries:
            self.files.setCurrentRow(0)

    def remove_current(self) -> None:
        i = self.files.currentRow()
        if i < 0:
            return
        del self.entries[i]
        self.files.takeItem(i)
        self.after_change()
        self.show_current(self.files.currentRow())

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.add_paths([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    def after_change(self) -> None:
        for i, entry in enumerate(self.entries):
            self.files.item(i).setText(self.files_panel.file_text(entry))
        self.dupes.fill(self.results())
        ready = bool(self.entries) and any(e.result and e.result.ok for e in self.entries)
        writable = self.window_.event_file is not None and not self.window_.event_file.read_only
        self.import_button.setEnabled(ready and writable)

    def current(self) -> Entry | None:
        i = self.files.currentRow()
        return self.entries[i] if 0 <= i < len(self.entries) else None

    def results(self) -> list[FileResult]:
        return [e.result for e in self.entries if e.result is not None and e.result.ok]

    def resolution(self) -> tuple[set, dict]:
        """(rows to skip, field overrides) for the duplicates as chosen."""
        return self.dupes.resolution(self.results())

    # ---------------------------------------------------------------- one file
    def show_current(self, _row: int = -1) -> None:
        entry = self.current()
        r = entry.result if entry else None
        self.form.show_entry(entry)
        self.annotate_button.setEnabled(bool(r and r.ok and r.problems))
        self.preview.show_sheet()

    def reparse(self, entry: Entry) -> None:
        sheet = self.form.sheet.currentData()
        parse_entry(entry, self.db)
        self.after_change()
        self.show_current()
        i = self.form.sheet.findData(sheet)
        if i >= 0:
            self.form.sheet.setCurrentIndex(i)

    def reread_all(self) -> None:
        """After an import: every file against the event file as it is now."""
        for e in self.entries:
            parse_entry(e, self.db)
        self.form.fill_units(self.db)
        self.after_change()
        self.show_current()

    def update_plan(self) -> None:
        self.plan.update(self.current())

    def do_import(self) -> None:
        self.importer.do_import()
