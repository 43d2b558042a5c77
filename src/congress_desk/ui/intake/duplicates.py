"""People found more than once across the files of the import dialog, each group with a
choice: import every copy, keep the first, or merge into the first."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QTreeWidget, QTreeWidgetItem

from ...core.intake.importer import find_duplicates, resolve_duplicates
from ...core.intake.results import FileResult


class DuplicatesTree(QTreeWidget):
    def __init__(self, dialog):
        super().__init__()
        self.dialog = dialog
        self.groups: list[dict] = []
        self.setObjectName("import_duplicates")
        self.setHeaderLabels([self.tr("Same person"), self.tr("What to do")])
        self.setRootIsDecorated(False)
        self.setMaximumHeight(150)

    def fill(self, results: list[FileResult]) -> None:
        old = {self._group_key(g): self._choice(i) for i, g in enumerate(self.groups)}
        self.groups = find_duplicates(results)
        self.clear()
        for group in self.groups:
            names = {(r.file, p.sheet, p.row): p.data["full_name"] for r in results for p in r.people}
            rows = "; ".join(f"{row['file']} {row['sheet'] or ''} #{row['row']}" for row in group["rows"])
            reason = self.tr("same ID number") if group["reason"] == "national_id" else self.tr("same name and birth")
            first = group["rows"][0]
            name = names.get((first["file"], first["sheet"], first["row"]), "")
            item = QTreeWidgetItem([f"{name} ({reason}): {rows}", ""])
            self.addTopLevelItem(item)
            combo = QComboBox()
            combo.addItem(self.tr("Import every copy"), "all")
            combo.addItem(self.tr("Keep the first only"), "first")
            combo.addItem(self.tr("Merge into the first"), "merge")
            combo.setCurrentIndex(max(0, combo.findData(old.get(self._group_key(group), "first"))))
            combo.currentIndexChanged.connect(lambda _i: self.dialog.update_plan())
            self.setItemWidget(item, 1, combo)
        self.resizeColumnToContents(0)

    @staticmethod
    def _group_key(group) -> tuple:
        return tuple((r["file"], r["sheet"], r["row"]) for r in group["rows"])

    def _choice(self, i: int) -> str:
        item = self.topLevelItem(i)
        combo = self.itemWidget(item, 1) if item is not None else None
        return combo.currentData() if combo is not None else "first"

    def set_choice(self, index: int, how: str) -> None:
        combo = self.itemWidget(self.topLevelItem(index), 1)
        combo.setCurrentIndex(combo.findData(how))

    def resolution(self, results: list[FileResult]) -> tuple[set, dict]:
        """(rows to skip, field overrides) as the user chose for each group."""
        choices = [self._choice(i) for i in range(len(self.groups))]
        return resolve_duplicates(results, self.groups, choices)
