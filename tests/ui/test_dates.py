"""Issue 14: dates in one format (dd/mm/yyyy) on every screen — no ISO "2020-11-09" left in
any label, list, table or tree of any tab or dialog of the demo."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QLineEdit, QWidget

from congress_desk.ui.tabs import TABS

ISO = re.compile(r"\b(19|20)\d\d-[01]\d-[0-3]\d\b")


def _texts(root: QWidget):
    for label in root.findChildren(QLabel):
        yield label.text()
    for edit in root.findChildren(QLineEdit):
        yield edit.text()
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        from PySide6.QtCore import QModelIndex

        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:       # a list model: one column, its columnCount() is private
            columns = 1
        for r in range(min(model.rowCount(QModelIndex()), 60)):
            for c in range(columns):
                index = model.index(r, c)
                yield str(model.data(index, Qt.ItemDataRole.DisplayRole) or "")
                child = model.index(0, c, index)   # one level of tree children (history lines)
                if child.isValid():
                    yield str(model.data(child, Qt.ItemDataRole.DisplayRole) or "")


def _assert_day_first(root: QWidget, what: str) -> None:
    QApplication.processEvents()
    bad = [t for t in _texts(root) if ISO.search(t)]
    assert not bad, f"{what} shows ISO dates: {bad[:3]}"


def test_every_tab_shows_dates_day_first(demo_window, tmp_path):
    w = demo_window
    printing = w.tab("printing")
    printing.who_unit.setChecked(True)
    printing.unit_combo.setCurrentIndex(1)
    printing.save_pdf(str(tmp_path / "the.pdf"))           # a line in "Printed so far"
    vetting = w.tab("vetting")
    if vetting.model.rowCount():
        vetting.table.selectRow(0)                          # its history, with times
    for i, (key, _t, _title) in enumerate(TABS):
        w.tabs.setCurrentIndex(i)
        _assert_day_first(w.tab(key), f"the {key} tab")


def test_history_and_restore_dialogs_show_dates_day_first(demo_window, qtbot):
    from congress_desk.ui.safety.history import HistoryDialog
    from congress_desk.ui.safety.restore import RestoreDialog

    demo_window.backup_if_due()
    for dialog in (HistoryDialog(demo_window), RestoreDialog(demo_window)):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.wait(50)
        _assert_day_first(dialog, type(dialog).__name__)
        dialog.reject()
