"""The import dialog: pick unit files, check each one, correct what was guessed, import.

Left, the files with what was found in each. Right, the selected file: its unit,
its header row and a preview where every spreadsheet column has a drop-down saying
what it holds (corrections are remembered for the unit's next file), every row
coloured green / yellow / red / grey (skipped) with the reason, and what importing
would add, change and remove — and, in red, when the unit would end over its quota
(Import then asks: import all, import only the first rows that fit, or cancel).
Duplicates across the files are listed with a choice
each (import all, keep the first, merge into the first). Importing runs on the
writer thread with progress and Cancel; Cancel leaves the event file untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.intake import table as T
from ...core.intake.importer import (
    FileChoice,
    find_duplicates,
    import_choices,
    plan_file,
    quota_check,
    quota_message,
    registry_duplicates,
    resolve_duplicates,
    warn_over_quota,
)
from ...core.intake.parse import FileResult, parse_file, split_parts
from ...core.registry import list_units
from .. import tasks
from ..errors import show_user_error
from ..samples import sample_button
from ..widgets import ElidedLabel

GREEN, YELLOW, RED, GREY = QColor("#d9f2d9"), QColor("#fff2b3"), QColor("#f8cbcb"), QColor("#eeeeee")
PREVIEW_ROWS = 1000
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


def _plain(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "strftime"):
        return v.strftime("%d/%m/%Y")
    return str(v)


class ImportDialog(QDialog):
    imported = Signal(object)   # the ImportReport

    def __init__(self, window, paths=()):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import delegate lists"))
        self.resize(1200, 760)
        self.entries: list[Entry] = []
        self.duplicates: list[dict] = []

        self.files = QListWidget()
        self.files.setObjectName("import_files")
        self.files.currentRowChanged.connect(self._show_current)
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self.choose_files)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_current)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Files (drop spreadsheets here)")))
        lv.addWidget(self.files)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addWidget(sample_button(self, self.add_paths))  # the shipped sample spreadsheets
        lv.addLayout(row)

        self.unit = QComboBox()
        self.unit.setObjectName("import_unit")
        self.unit.setEditable(True)
        self.unit.setMinimumWidth(280)
        self.unit.lineEdit().editingFinished.connect(self._unit_changed)
        self.unit.activated.connect(lambda _i: self._unit_changed())
        self.sheet = QComboBox()
        self.sheet.setObjectName("import_sheet")
        self.sheet.currentIndexChanged.connect(lambda _i: self._fill_preview())
        self.header_row = QSpinBox()
        self.header_row.setObjectName("import_header_row")
        self.header_row.setRange(1, 1_000_000)
        self.header_row.editingFinished.connect(self._header_changed)
        self.replace = QCheckBox(self.tr("Remove this unit's delegates who are not in the file"))
        self.replace.setObjectName("import_replace")
        self.replace.toggled.connect(self._replace_toggled)
        form = QFormLayout()
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Header row"), self.header_row)
        form.addRow("", self.replace)
        self.include_hidden = QCheckBox(self.tr("Import hidden and filtered-out rows too"))
        self.include_hidden.setObjectName("import_include_hidden")
        self.include_hidden.toggled.connect(self._include_hidden_toggled)
        form.addRow("", self.include_hidden)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        self.plan_label = QLabel()
        self.plan_label.setObjectName("import_plan")
        self.plan_label.setWordWrap(True)
        self.quota_label = QLabel()
        self.quota_label.setObjectName("import_quota")
        self.quota_label.setWordWrap(True)
        self.quota_label.setStyleSheet("QLabel { color: #9c0006; font-weight: bold; }")
        self.quota_label.hide()
        self.quota_box: QMessageBox | None = None

        self.preview = QTableWidget()
        self.preview.setObjectName("import_preview")
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.preview.verticalHeader().setDefaultSectionSize(22)
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        self.dupes = QTreeWidget()
        self.dupes.setObjectName("import_duplicates")
        self.dupes.setHeaderLabels([self.tr("Same person"), self.tr("What to do")])
        self.dupes.setRootIsDecorated(False)
        self.dupes.setMaximumHeight(150)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addLayout(form)
        rv.addWidget(self.summary)
        rv.addWidget(self.preview, 1)
        rv.addWidget(self.plan_label)
        rv.addWidget(self.quota_label)
        rv.addWidget(QLabel(self.tr("<b>People found more than once</b>")))
        rv.addWidget(self.dupes)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 4)
        split.setSizes([360, 840])

        self.annotate_button = QPushButton(self.tr("Annotated copy for the unit…"))
        self.annotate_button.setObjectName("import_annotate")
        self.annotate_button.clicked.connect(self.write_annotated)
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
        self._fill_units()
        self.add_paths(paths)

    # ---------------------------------------------------------------- files
    @property
    def db(self):
        return self.window_.event_file.db if self.window_.event_file is not None else None

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Choose the units' spreadsheets"), self.window_.settings.get("last_directory") or "",
            self.tr("Spreadsheets ({patterns})").format(patterns=FILTER))
        self.add_paths(paths)

    def add_paths(self, paths) -> None:
        known = {e.path.resolve() for e in self.entries}
        for p in paths:
            path = Path(p)
            if path.resolve() in known:
                continue
            entry = Entry(path)
            self.entries.append(entry)
            self._parse(entry)
            item = QListWidgetItem(self._file_text(entry))
            item.setToolTip(str(path))
            self.files.addItem(item)
        self._after_change()
        if self.files.currentRow() < 0 and self.entries:
            self.files.setCurrentRow(0)

    def remove_current(self) -> None:
        i = self.files.currentRow()
        if i < 0:
            return
        del self.entries[i]
        self.files.takeItem(i)
        self._after_change()
        self._show_current(self.files.currentRow())

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.add_paths([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    def _parse(self, entry: Entry) -> None:
        db = self.db
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

    def _file_text(self, entry: Entry) -> str:
        r = entry.result
        if r is None or not r.ok:
            return self.tr("✗ {file} — {message}").format(file=entry.path.name, message=r.message if r else "")
        errors = r.error_count
        mark = "✗" if errors else ("!" if r.problems else "✓")
        return self.tr("{mark} {file} — {unit}: {n} people, {errors} errors, {warnings} warnings").format(
            mark=mark, file=entry.path.name, unit=r.unit or self.tr("unit unknown"), n=len(r.people),
            errors=errors, warnings=len(r.problems) - errors)

    def _after_change(self) -> None:
        for i, entry in enumerate(self.entries):
            self.files.item(i).setText(self._file_text(entry))
        self._fill_duplicates()
        ready = bool(self.entries) and any(e.result and e.result.ok for e in self.entries)
        writable = self.window_.event_file is not None and not self.window_.event_file.read_only
        self.import_button.setEnabled(ready and writable)

    def current(self) -> Entry | None:
        i = self.files.currentRow()
        return self.entries[i] if 0 <= i < len(self.entries) else None

    # ---------------------------------------------------------------- one file
    def _fill_units(self) -> None:
        self.unit.blockSignals(True)
        self.unit.clear()
        if self.db is not None:
            for u in list_units(self.db):
                self.unit.addItem(u["name"])
        self.unit.blockSignals(False)

    def _show_current(self, _row: int = -1) -> None:
        entry = self.current()
        r = entry.result if entry else None
        self.sheet.blockSignals(True)
        self.sheet.clear()
        if r is not None and r.workbook is not None:
            first = None
            for s in r.sheets:
                self.sheet.addItem(s.name or self.tr("(text file)"), s.name)
                if first is None and (s.mapping is not None or entry.mappings.get(s.name) is not None):
                    first = self.sheet.count() - 1
            self.sheet.setCurrentIndex(first or 0)
        self.sheet.blockSignals(False)
        self.unit.setEditText((r.unit or "") if r else "")
        self.replace.blockSignals(True)
        self.replace.setChecked(bool(entry and entry.replace))
        self.replace.blockSignals(False)
        self.include_hidden.blockSignals(True)
        self.include_hidden.setChecked(bool(entry and entry.include_hidden))
        self.include_hidden.blockSignals(False)
        self.annotate_button.setEnabled(bool(r and r.ok and r.problems))
        if r is None:
            self.summary.setText("")
        elif not r.ok:
            self.summary.setText(r.message or "")
        else:
            how = {"option": self.tr("chosen"), "template": self.tr("from the template"),
                   "title": self.tr("from the title"), "file name": self.tr("from the file name")}.get(
                r.unit_source or "", self.tr("not found — choose it"))
            self.summary.setText(self.tr("Unit {unit} ({how}); {n} people, {errors} errors, {warnings} warnings").format(
                unit=r.unit or "?", how=how, n=len(r.people), errors=r.error_count,
                warnings=len(r.problems) - r.error_count))
            if r.parts:
                self.summary.setText(self.tr("Several units in this workbook, each imported on its own: {list}").format(
                    list="; ".join(f"{title} → {unit or '?'}" for title, _sheet, _row, unit in r.parts)))
        self._fill_preview()

    def _sheet_result(self):
        entry = self.current()
        if entry is None or entry.result is None or entry.result.workbook is None:
            return None, None, None
        name = self.sheet.currentData()
        data = next((s for s in entry.result.workbook.sheets if s.name == name), None)
        sres = next((s for s in entry.result.sheets if s.name == name), None)
        return entry, data, (entry.mappings.get(name) or (sres.mapping if sres else None))

    def _fill_preview(self) -> None:
        entry, data, mapping = self._sheet_result()
        self.preview.clear()
        if data is None:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            self.plan_label.setText("")
            return
        if mapping is None:
            self._fill_raw(data)
            return
        self.header_row.blockSignals(True)
        self.header_row.setValue(mapping.header_rows[0])
        self.header_row.blockSignals(False)
        r = entry.result
        width = max([len(v) for _, v in data.rows] + [len(mapping.headings)] + [1])
        rows = [(n, v) for n, v in data.rows if n >= mapping.data_start][:PREVIEW_ROWS]
        self.preview.setColumnCount(width + 1)
        self.preview.setRowCount(len(rows) + 1)
        labels = [self.tr("Row / check")] + [mapping.headings.get(c) or T.col_letter(data.source_column(c))
                                             for c in range(width)]
        self.preview.setHorizontalHeaderLabels(labels)
        roles = [None, *T.ROLES]
        for c in range(width):
            combo = QComboBox()
            combo.setObjectName(f"role_{c}")
            for role in roles:
                combo.addItem(T.role_label(role), role)
            combo.setCurrentIndex(roles.index(mapping.columns.get(c)))
            combo.currentIndexChanged.connect(lambda _i, c=c, combo=combo: self._role_changed(c, combo.currentData()))
            self.preview.setCellWidget(0, c + 1, combo)
        self.preview.setItem(0, 0, QTableWidgetItem(self.tr("Column holds:")))
        people = {p.row: p for p in r.people if p.sheet == data.name}
        problems: dict[int, list] = {}
        for p in r.problems:
            if p.sheet == data.name and p.row is not None:
                problems.setdefault(p.row, []).append(p)
        for i, (number, values) in enumerate(rows, start=1):
            person = people.get(number)
            found = problems.get(number, [])
            if person is None and not found:
                color, status = GREY, self.tr("{row}: skipped (not a person)").format(row=number)
            elif any(p.severity == "error" for p in found):
                color, status = RED, self.tr("{row}: not imported").format(row=number)
            elif found:
                color, status = YELLOW, self.tr("{row}: check").format(row=number)
            else:
                color, status = GREEN, self.tr("{row}: ok").format(row=number)
            reason = "\n".join(p.message for p in found)
            head = QTableWidgetItem(status + (" — " + found[0].message if found else ""))
            head.setToolTip(reason)
            head.setBackground(QBrush(color))
            self.preview.setItem(i, 0, head)
            for c in range(width):
                item = QTableWidgetItem(_plain(values[c]) if c < len(values) else "")
                item.setBackground(QBrush(color))
                cell_problems = [p.message for p in found if p.column == c]
                if cell_problems:
                    item.setToolTip("\n".join(cell_problems))
                    item.setForeground(QBrush(QColor("#9c0006") if color == RED else QColor("#7a5c00")))
                self.preview.setItem(i, c + 1, item)
        self.preview.setColumnWidth(0, 260)
        self._update_plan()

    def _fill_raw(self, data) -> None:
        """No list recognised in this sheet: show it as it is, for the user to say
        which row is the header."""
        rows = data.rows[:200]
        width = max([len(v) for _, v in rows] + [1])
        self.preview.setColumnCount(width + 1)
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels([self.tr("Row")] + [T.col_letter(data.source_column(c))
                                                                   for c in range(width)])
        for i, (number, values) in enumerate(rows):
            self.preview.setItem(i, 0, QTableWidgetItem(str(number)))
            for c, v in enumerate(values):
                item = QTableWidgetItem(_plain(v))
                item.setBackground(QBrush(GREY))
                self.preview.setItem(i, c + 1, item)
        self.header_row.blockSignals(True)
        self.header_row.setValue(rows[0][0] if rows else 1)
        self.header_row.blockSignals(False)
        self.plan_label.setText(self.tr("No list recognised in this sheet: set the header row, then say what "
                                        "each column holds."))

    def _role_changed(self, column: int, role) -> None:
        entry, data, mapping = self._sheet_result()
        if mapping is None:
            return
        columns = {c: r for c, r in mapping.columns.items() if c != column}
        if role:
            if role not in ("male_col", "female_col", "note"):
                columns = {c: r for c, r in columns.items() if r != role}   # one column per role
            columns[column] = role
        combined = {c: parts for c, parts in mapping.combined.items() if columns.get(c) == mapping.columns.get(c)}
        entry.mappings[data.name] = T.Mapping(mapping.header_rows, columns, mapping.headings, mapping.data_start,
                                              combined)
        self._reparse(entry)

    def _header_changed(self) -> None:
        entry, data, mapping = self._sheet_result()
        if data is None or (mapping is not None and self.header_row.value() == mapping.header_rows[0]):
            return
        entry.mappings[data.name] = T.find_table(data, header_row=self.header_row.value())
        self._reparse(entry)

    def _unit_changed(self) -> None:
        entry = self.current()
        text = self.unit.currentText().strip()
        if entry is None or entry.result is None or not text or text == (entry.result.unit or ""):
            return
        entry.unit = text
        self._reparse(entry)

    def _replace_toggled(self, checked: bool) -> None:
        entry = self.current()
        if entry is not None:
            entry.replace = checked
            self._update_plan()

    def _include_hidden_toggled(self, checked: bool) -> None:
        entry = self.current()
        if entry is not None and entry.result is not None:
            entry.include_hidden = checked
            self._reparse(entry)

    def _reparse(self, entry: Entry) -> None:
        sheet = self.sheet.currentData()
        self._parse(entry)
        self._after_change()
        self._show_current()
        i = self.sheet.findData(sheet)
        if i >= 0:
            self.sheet.setCurrentIndex(i)

    def _plans(self, entry: Entry) -> list:
        """One plan per unit of the entry (a workbook of several units has one for each)."""
        skip, overrides = self._resolution()
        return [plan_file(self.db, part, replace=entry.replace, skip=skip, overrides=overrides)
                for part in split_parts(entry.result, self.db)]

    def _update_plan(self) -> None:
        entry = self.current()
        if entry is None or entry.result is None or not entry.result.ok or self.db is None:
            self.plan_label.setText("")
            self.quota_label.hide()
            return
        plans = self._plans(entry)
        over = [check for check in (quota_check(self.db, plan) for plan in plans) if check is not None and check.over]
        if len(over) == 1:
            check = over[0]
            if check.room:
                text = self.tr("Over the quota: {what}. Importing will ask whether to import everyone or only "
                               "the first {n}.").format(what=quota_message(check), n=check.room)
            else:
                text = self.tr("Over the quota: {what}. The unit is already full: importing will ask whether to "
                               "add these people anyway.").format(what=quota_message(check))
            self.quota_label.setText(text)
            self.quota_label.show()
        elif over:
            self.quota_label.setText(self.tr("Over the quota: {what}. Importing will ask whether to import everyone "
                                             "or only up to each quota.").format(
                what="; ".join(quota_message(check) for check in over)))
            self.quota_label.show()
        else:
            self.quota_label.hide()
        c = {k: sum(p.counts()[k] for p in plans) for k in ("added", "updated", "unchanged", "removed")}
        changes = [ch for p in plans for ch in p.changes]
        removed = [ch.existing["full_name"] for ch in changes if ch.action == "remove"]
        text = self.tr("Importing will add {added}, change {updated}, leave {unchanged} as they are and "
                       "remove {removed}.").format(**c)
        changed = [f"{ch.person.data['full_name']}: " + ", ".join(T.role_label(
            "birth" if k.startswith("birth") else k) for k in ch.changes)
            for ch in changes if ch.action == "update"][:8]
        if changed:
            text += " " + self.tr("Changed: {list}.").format(list="; ".join(changed))
        if removed:
            text += " " + self.tr("Removed: {list}.").format(list=", ".join(removed[:10]))
        self.plan_label.setText(text)

    # ---------------------------------------------------------------- duplicates
    def _results(self) -> list[FileResult]:
        return [e.result for e in self.entries if e.result is not None and e.result.ok]

    def _fill_duplicates(self) -> None:
        old = {self._group_key(g): self._choice(i) for i, g in enumerate(self.duplicates)}
        self.duplicates = find_duplicates(self._results())
        self.dupes.clear()
        for group in self.duplicates:
            names = {(r.file, p.sheet, p.row): p.data["full_name"] for r in self._results() for p in r.people}
            rows = "; ".join(f"{row['file']} {row['sheet'] or ''} #{row['row']}" for row in group["rows"])
            reason = self.tr("same ID number") if group["reason"] == "national_id" else self.tr("same name and birth")
            first = group["rows"][0]
            name = names.get((first["file"], first["sheet"], first["row"]), "")
            item = QTreeWidgetItem([f"{name} ({reason}): {rows}", ""])
            self.dupes.addTopLevelItem(item)
            combo = QComboBox()
            combo.addItem(self.tr("Import every copy"), "all")
            combo.addItem(self.tr("Keep the first only"), "first")
            combo.addItem(self.tr("Merge into the first"), "merge")
            combo.setCurrentIndex(max(0, combo.findData(old.get(self._group_key(group), "first"))))
            combo.currentIndexChanged.connect(lambda _i: self._update_plan())
            self.dupes.setItemWidget(item, 1, combo)
        self.dupes.resizeColumnToContents(0)

    @staticmethod
    def _group_key(group) -> tuple:
        return tuple((r["file"], r["sheet"], r["row"]) for r in group["rows"])

    def _choice(self, i: int) -> str:
        item = self.dupes.topLevelItem(i)
        combo = self.dupes.itemWidget(item, 1) if item is not None else None
        return combo.currentData() if combo is not None else "first"

    def set_duplicate_choice(self, index: int, how: str) -> None:
        combo = self.dupes.itemWidget(self.dupes.topLevelItem(index), 1)
        combo.setCurrentIndex(combo.findData(how))

    def _resolution(self) -> tuple[set, dict]:
        choices = [self._choice(i) for i in range(len(self.duplicates))]
        return resolve_duplicates(self._results(), self.duplicates, choices)

    # ---------------------------------------------------------------- actions
    def over_quota(self) -> list[tuple[Entry, object]]:
        """The files (or units of a workbook) that would end over their quota, with the check of each."""
        out = []
        if self.db is None:
            return out
        for e in self.entries:
            if e.result is None or not e.result.ok:
                continue
            for plan in self._plans(e):          # each unit of a workbook against its own quota
                check = quota_check(self.db, plan)
                if check is not None and check.over:
                    out.append((e, check))
        return out

    def do_import(self) -> None:
        over = self.over_quota()
        if over:
            self._ask_quota(over)
            return
        self._import(within_quota=False)

    def _ask_quota(self, over) -> None:
        """Over quota: import all, import only the first rows that fit, or cancel."""
        lines = [quota_message(check) for _e, check in over]
        room = sum(check.room for _e, check in over)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Over the quota"),
                          self.tr("Importing takes units over their quota:") + "\n\n• " + "\n• ".join(lines),
                          QMessageBox.StandardButton.NoButton, self)
        box.setObjectName("import_quota_question")
        box.setInformativeText(self.tr("People already registered count first. The rows left out are "
                                       "marked as not imported."))
        everyone = box.addButton(self.tr("Import all"), QMessageBox.ButtonRole.AcceptRole)
        everyone.setObjectName("quota_all")
        if len(over) > 1:
            first_text = self.tr("Import up to each quota")
        elif room:
            first_text = self.tr("Import the first {n}").format(n=room)
        else:
            first_text = self.tr("Only update those already registered")
        first = box.addButton(first_text, QMessageBox.ButtonRole.AcceptRole)
        first.setObjectName("quota_first")
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("quota_cancel")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def answered(button) -> None:
            self.quota_box = None
            if button is everyone:
                self._import(within_quota=False)
            elif button is first:
                self._import(within_quota=True)
            else:
                self.status.setText(self.tr("Cancelled: nothing was imported."))

        box.buttonClicked.connect(answered)
        box.finished.connect(box.deleteLater)
        self.quota_box = box
        box.open()

    def _import(self, *, within_quota: bool) -> None:
        skip, overrides = self._resolution()
        choices = []
        for e in self.entries:
            if e.result is None or not e.result.ok:
                continue
            mine = {k: v for k, v in overrides.items() if k[0] == e.result.file}
            parts = split_parts(e.result, self.db)      # a workbook of several units: one choice each
            remember = [m for m in e.mappings.values() if m is not None] if len(parts) == 1 else []
            for part in parts:
                choices.append(FileChoice(part, e.replace, frozenset(k for k in skip if k[0] == e.result.file),
                                          mine, remember, within_quota=within_quota))
        if not choices:
            return
        event = self.window_.event_file
        if event is None or event.read_only:
            show_user_error(self, self.tr("The event file is open read-only"))
            return
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))

        def job(choices, progress, cancel):
            db = event.connect()     # the writer thread's own connection
            try:
                return import_choices(db, choices, progress=progress, cancel=cancel)
            finally:
                db.close()

        self._op = (tasks.run_op(self, job, choices).success(self._imported).failure(self._failed)
                    .cancelled(self.cancelled).with_progress(self.tr("Importing delegate lists")).run())

    def _imported(self, report) -> None:
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
        self.status.setText(text)
        for e in self.entries:
            self._parse(e)
        self._fill_units()
        self._after_change()
        self._show_current()
        self.window_.notify_changed(report.changes)
        self.imported.emit(report)

    def _failed(self, exc) -> None:
        self.status.setText(self.tr("Nothing was imported."))
        self._after_change()
        show_user_error(self, exc)

    def cancelled(self) -> None:
        self.status.setText(self.tr("Cancelled: nothing was imported."))
        self._after_change()

    def write_annotated(self) -> None:
        from ...core.errors import UserError
        from ...core.intake.annotate import annotated_copy

        entry = self.current()
        if entry is None or entry.result is None:
            return
        try:
            out = annotated_copy(entry.result)
        except (UserError, OSError) as exc:
            show_user_error(self, exc if isinstance(exc, UserError) else UserError(str(exc)))
            return
        self.status.setText(self.tr("Annotated copy written: {path}").format(path=str(out)))
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
