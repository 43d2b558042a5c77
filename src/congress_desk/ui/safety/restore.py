"""File ▸ Restore a backup: every backup with its time, kind and counts; restoring keeps the
current file as a backup first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.fields import format_datetime
from ...core.safety.recovery import backups_with_counts


class RestoreDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("Restore a backup"))
        self.resize(760, 420)
        path = window.event_file.path
        self.intro = QLabel(self.tr("Backups of {name} (folder {folder}). Restoring closes the file, keeps it as it "
                                    "is now as a new backup, then opens the chosen backup in its place.")
                            .format(name=path.name, folder=path.parent / "backups"))
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Kind"), self.tr("Delegates"),
                                              self.tr("Seats"), self.tr("Nominations"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(self.tr("&Restore"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._update)
        self.reload()

    def reload(self) -> None:
        self.backups = backups_with_counts(self.window_.event_file.path)
        kinds = {"periodic": self.tr("automatic"), "migration": self.tr("before a format update")}
        self.table.setRowCount(len(self.backups))
        for row, b in enumerate(self.backups):
            counts = b.counts
            values = [format_datetime(b.at, seconds=True), kinds.get(b.kind, b.kind),
                      str(counts.get("delegates", "")), str(counts.get("seats", "")),
                      str(counts.get("nominations", "")),
                      self.tr("sound") if b.ok else self.tr("damaged: {problem}").format(problem=b.problem)]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if 2 <= col <= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if not self.backups:
            self.intro.setText(self.intro.text() + "\n" + self.tr("There are no backups of this file yet."))
        else:
            self.table.selectRow(next((i for i, b in enumerate(self.backups) if b.ok), 0))
        self._update()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update(self) -> None:
        b = self.selected()
        self.restore_button.setEnabled(b is not None and b.ok and not self.window_.event_file.read_only)

    def restore_selected(self) -> bool:
        b = self.selected()
        if b is None or not b.ok:
            return False
        answer = QMessageBox.question(
            self, self.tr("Restore a backup"),
            self.tr("Replace the event file by the backup of {time} ({delegates} delegates, {seats} seats)? The file "
                    "as it is now is kept as a backup.").format(time=format_datetime(b.at),
                                                                delegates=b.counts.get("delegates", 0),
                                                                seats=b.counts.get("seats", 0)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.accept()
        return self.window_.recovery.restore(b.path)
