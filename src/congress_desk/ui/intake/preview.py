"""The preview of the sheet shown in the import dialog: a drop-down above every column
saying what it holds, and every row coloured green / yellow / red / grey (skipped) with the
reason; a sheet where no list was recognised is shown as it is, to choose the header row."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from ...core.intake import table as T

GREEN, YELLOW, RED, GREY = QColor("#d9f2d9"), QColor("#fff2b3"), QColor("#f8cbcb"), QColor("#eeeeee")
PREVIEW_ROWS = 1000


def _plain(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if hasattr(v, "strftime"):
        return v.strftime("%d/%m/%Y")
    return str(v)


class PreviewTable(QTableWidget):
    def __init__(self, dialog):
        super().__init__()
        self.dialog = dialog
        self.setObjectName("import_preview")
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

    def show_sheet(self) -> None:
        """The sheet chosen in the form, then what importing would do."""
        form = self.dialog.form
        entry, data, mapping = form.sheet_result()
        self.clear()
        if data is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            self.dialog.plan.plan_label.setText("")
            return
        if mapping is None:
            self._fill_raw(data)
            return
        form.set_header_row(mapping.header_rows[0])
        r = entry.result
        width = max([len(v) for _, v in data.rows] + [len(mapping.headings)] + [1])
        rows = [(n, v) for n, v in data.rows if n >= mapping.data_start][:PREVIEW_ROWS]
        self.setColumnCount(width + 1)
        self.setRowCount(len(rows) + 1)
        labels = [self.tr("Row / check")] + [mapping.headings.get(c) or T.col_letter(data.source_column(c))
                                             for c in range(width)]
        self.setHorizontalHeaderLabels(labels)
        roles = [None, *T.ROLES]
        for c in range(width):
            combo = QComboBox()
            combo.setObjectName(f"role_{c}")
            for role in roles:
                combo.addItem(T.role_label(role), role)
            combo.setCurrentIndex(roles.index(mapping.columns.get(c)))
            combo.currentIndexChanged.connect(lambda _i, c=c, combo=combo: form.role_changed(c, combo.currentData()))
            self.setCellWidget(0, c + 1, combo)
        self.setItem(0, 0, QTableWidgetItem(self.tr("Column holds:")))
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
            self.setItem(i, 0, head)
            for c in range(width):
                item = QTableWidgetItem(_plain(values[c]) if c < len(values) else "")
                item.setBackground(QBrush(color))
                cell_problems = [p.message for p in found if p.column == c]
                if cell_problems:
                    item.setToolTip("\n".join(cell_problems))
                    item.setForeground(QBrush(QColor("#9c0006") if color == RED else QColor("#7a5c00")))
                self.setItem(i, c + 1, item)
        self.setColumnWidth(0, 260)
        self.dialog.update_plan()

    def _fill_raw(self, data) -> None:
        """No list recognised in this sheet: show it as it is, for the user to say
        which row is the header."""
        rows = data.rows[:200]
        width = max([len(v) for _, v in rows] + [1])
        self.setColumnCount(width + 1)
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels([self.tr("Row")] + [T.col_letter(data.source_column(c))
                                                           for c in range(width)])
        for i, (number, values) in enumerate(rows):
            self.setItem(i, 0, QTableWidgetItem(str(number)))
            for c, v in enumerate(values):
                item = QTableWidgetItem(_plain(v))
                item.setBackground(QBrush(GREY))
                self.setItem(i, c + 1, item)
        self.dialog.form.set_header_row(rows[0][0] if rows else 1)
        self.dialog.plan.plan_label.setText(self.tr("No list recognised in this sheet: set the header row, then "
                                                    "say what each column holds."))
