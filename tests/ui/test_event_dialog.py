"""Event settings ▸ Units and quotas: a new congress gets its units without typing 66
names — the Hải Phòng template, a spreadsheet, cells pasted from Excel — and exports
them back (issue 14)."""

from __future__ import annotations

from fixtures import workbooks as W
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from congress_desk.core import registry
from congress_desk.core.intake.units import read_units


def _dialog(window, qtbot):
    from congress_desk.ui.event_dialog import EventSettingsDialog

    dialog = EventSettingsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _units(window):
    return {u["name"]: u for u in registry.list_units(window.event_file.db)}


def test_a_new_congress_is_offered_the_66_units_of_the_template(window, qtbot, tmp_path, monkeypatch):
    from congress_desk.ui import event_dialog

    opened = []
    monkeypatch.setattr(event_dialog.EventSettingsDialog, "open", lambda self: opened.append(self))
    assert window.new_event(tmp_path / "dai-hoi-moi")
    dialog = opened[0]
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.units.rowCount() == 0
    assert dialog.units_hint.isVisible() and "66" in dialog.units_hint.text()
    assert dialog.tabs.currentIndex() == 1, "a congress without units opens on its units"
    qtbot.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    assert dialog.units.rowCount() == 66 and not dialog.units_hint.isVisible()
    assert "550" in dialog.quota_total.text()
    dialog.accept()
    units = _units(window)
    assert len(units) == 66 and sum(u["quota"] for u in units.values()) == 550
    assert units["Huyện Bạch Long Vĩ"]["kind"] == "district"
    ordered = [u["name"] for u in registry.list_units(window.event_file.db)]
    assert ordered[0] == "Quận Hồng Bàng", "the template's order is kept"


def test_import_from_a_spreadsheet_updates_and_adds(window, qtbot, demo_path, tmp_path):
    window.open_path(demo_path)
    before = len(_units(window))
    path = W.rows_xlsx(tmp_path / "chi-tieu.xlsx", [["Tên đơn vị", "Chỉ tiêu"], ["Sở Y tế", 15],
                                                    ["Bệnh viện Hữu nghị Việt Tiệp", 3]])
    dialog = _dialog(window, qtbot)
    assert dialog.import_units(path)
    assert "1" in dialog.units_status.text()
    dialog.accept()
    units = _units(window)
    assert units["Sở Y tế"]["quota"] == 15 and units["Bệnh viện Hữu nghị Việt Tiệp"]["quota"] == 3
    assert len(units) == before + 1


def test_paste_from_excel_with_ctrl_v(window, qtbot, tmp_path, monkeypatch):
    from congress_desk.ui import event_dialog

    opened = []
    monkeypatch.setattr(event_dialog.EventSettingsDialog, "open", lambda self: opened.append(self))
    window.new_event(tmp_path / "dan")
    dialog = opened[0]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    QApplication.clipboard().setText("Quận Lê Chân\t24\nHội Nông dân thành phố\t8\n")
    dialog.units.setFocus()
    qtbot.keyClick(dialog.units, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    # Let go of Ctrl: Qt keeps the last modifiers it saw, and a later test's selectRow()
    # would toggle instead of select.
    qtbot.keyRelease(dialog.units, Qt.Key.Key_Control)
    assert dialog.units.rowCount() == 2
    dialog.accept()
    assert _units(window)["Quận Lê Chân"]["quota"] == 24
    QApplication.clipboard().clear()


def test_export_writes_what_import_reads(window, qtbot, demo_path, tmp_path):
    window.open_path(demo_path)
    dialog = _dialog(window, qtbot)
    out = tmp_path / "don-vi.xlsx"
    assert dialog.export_units(out)
    found = read_units(out)
    assert [u.name for u in found.units] == [u["name"] for u in registry.list_units(window.event_file.db)]
