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


def test_ok_saves_through_the_core_operation(window, qtbot, demo_path, monkeypatch):
    """The dialog only collects values: OK runs ``core.event_settings.save_event_settings``
    on the writer thread (issue 19, item 2)."""
    from PySide6.QtWidgets import QDialogButtonBox

    from congress_desk.core import event_settings
    from congress_desk.ui import event_dialog

    calls = []

    def spy(db, settings, **kw):
        calls.append((settings, kw))
        return event_settings.save_event_settings(db, settings, **kw)

    monkeypatch.setattr(event_dialog, "save_event_settings", spy)
    window.open_path(demo_path)
    dialog = _dialog(window, qtbot)
    dialog.name.setText("Đại hội thử")
    dialog.units.item(0, 2).setText("77")
    first = dialog.units.item(0, 0).text()
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(calls) == 1
    settings, kw = calls[0]
    assert settings.name == "Đại hội thử"
    assert isinstance(kw["units"], event_settings.UnitEdits) and kw["units"].rows[0][3] == "77"
    assert set(kw) >= {"documents", "credentials_honorees", "progress", "cancel"}
    from congress_desk.core.event import load_settings

    assert load_settings(window.event_file.db).name == "Đại hội thử"
    assert _units(window)[first]["quota"] == 77
