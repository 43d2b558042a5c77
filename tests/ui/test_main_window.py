"""The main window as a document window: new, open, recent, copy, settings, language,
read-only when someone else holds the file, and errors that never lose work."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import sys

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from congress_desk.core import registry
from congress_desk.core.event import load_settings
from congress_desk.ui import tasks
from congress_desk.ui.settings import Settings


def test_welcome_page_then_open_demo(window, demo_path):
    assert window.stack.currentWidget() is window.welcome
    assert not window.save_copy_action.isEnabled()
    assert window.open_path(demo_path)
    assert window.stack.currentWidget() is window.tabs
    assert window.save_copy_action.isEnabled()
    assert "Hải Phòng" in window.windowTitle()
    assert str(demo_path.absolute()) == window.settings.recent_files()[0]
    assert (demo_path.parent / (demo_path.name + ".lock")).exists()
    window.close_event_file()
    assert not (demo_path.parent / (demo_path.name + ".lock")).exists()


def test_started_on_a_file_the_welcome_page_waits_until_needed(qtbot, tmp_path, demo_path, sync_jobs,
                                                               no_dialogs):
    """``congress-desk EVENT``: no welcome page is built on the way to the tabs; it comes when
    the file cannot be opened or is closed."""
    from congress_desk.ui.main_window import MainWindow

    w = MainWindow(Settings(tmp_path / "settings.json"), welcome=False)
    qtbot.addWidget(w)
    w.show()
    assert w._welcome is None
    assert w.open_path(demo_path) and w._welcome is None
    assert w.stack.currentWidget() is w.tabs
    w.close_event_file()
    assert w.stack.currentWidget() is w.welcome
    assert not w.open_path(tmp_path / "missing.congress")
    w.show_welcome()
    assert w.stack.currentWidget() is w.welcome and w.welcome.isVisible()


def test_recent_files_survive_a_restart(qtbot, tmp_path, demo_path, sync_jobs, no_dialogs):
    from congress_desk.ui.main_window import MainWindow

    settings_file = tmp_path / "settings.json"
    first = MainWindow(Settings(settings_file))
    qtbot.addWidget(first)
    first.resize(640, 480)  # inside the 800×600 offscreen screen
    first.open_path(demo_path)
    first.close()
    second = MainWindow(Settings(settings_file))
    qtbot.addWidget(second)
    assert second.settings.recent_files() == [str(demo_path.absolute())]
    assert (second.size().width(), second.size().height()) == (640, 480)
    second.recent_menu.aboutToShow.emit()
    actions = [a for a in second.recent_menu.actions() if demo_path.name in a.text()]
    assert actions
    actions[0].trigger()
    assert second.event_file is not None and second.event_file.path == demo_path.absolute()
    second.close()


def test_open_something_that_is_not_an_event_file(window, tmp_path, no_dialogs):
    bogus = tmp_path / "danh-sach.congress"
    bogus.write_text("Họ và tên;Đơn vị\n", encoding="utf-8")
    assert not window.open_path(bogus)
    assert no_dialogs[-1][0] == "warning"
    assert "không phải tệp Đại hội" in no_dialogs[-1][2]
    assert window.event_file is None


def test_newer_file_is_refused_and_left_untouched(window, demo_path, no_dialogs):
    conn = sqlite3.connect(demo_path)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    before = demo_path.read_bytes()
    assert not window.open_path(demo_path)
    assert "phiên bản Congress Desk mới hơn" in no_dialogs[-1][2]
    assert demo_path.read_bytes() == before


def test_second_instance_opens_read_only_and_says_who(window, demo_path):
    lock = demo_path.parent / (demo_path.name + ".lock")
    now = dt.datetime.now(dt.UTC).isoformat()
    lock.write_text(json.dumps({"host": "pc-van-phong-2", "user": "thuky", "pid": 4242,
                                "heartbeat": now, "since": now}), encoding="utf-8")
    assert window.open_path(demo_path)
    assert window.event_file.read_only
    assert window.read_only_label.isVisibleTo(window)
    assert "thuky" in window.read_only_label.text() and "pc-van-phong-2" in window.read_only_label.text()
    tab = window.tab_widgets["delegates"]
    assert not tab.add_button.isEnabled()
    assert "[chỉ đọc]" in window.windowTitle()
    window.close_event_file()
    assert lock.exists(), "the other instance's lock is not ours to remove"


def test_new_congress_from_template(window, tmp_path, monkeypatch):
    from congress_desk.ui import event_dialog

    opened = []
    monkeypatch.setattr(event_dialog.EventSettingsDialog, "open", lambda self: opened.append(self))
    assert window.new_event(tmp_path / "dai-hoi-x")
    assert window.event_file.path.name == "dai-hoi-x.congress"
    assert load_settings(window.event_file.db).name.startswith("Đại hội Thi đua yêu nước")
    assert opened, "a new congress opens its settings"


def test_event_settings_dialog_saves_settings_and_quotas(window, demo_path):
    from congress_desk.ui.event_dialog import EventSettingsDialog

    window.open_path(demo_path)
    dialog = EventSettingsDialog(window)
    dialog.name.setText("Đại hội Thi đua yêu nước thành phố Hải Phòng lần thứ X")
    dialog.number.setText("X")
    dialog.venue.setText("Nhà hát thành phố")
    row = next(r for r in range(dialog.units.rowCount()) if dialog.units.item(r, 0).text() == "Sở Y tế")
    dialog.units.item(row, 2).setText("9")
    dialog._add_unit_row(None, "Bệnh viện Hữu nghị Việt Tiệp", "department", 3)
    dialog.accept()
    db = window.event_file.db
    settings = load_settings(db)
    assert settings.number == "X" and settings.venue == "Nhà hát thành phố"
    assert registry.find_unit(db, "Sở Y tế")["quota"] == 9
    assert registry.find_unit(db, "Bệnh viện Hữu nghị Việt Tiệp")["kind"] == "department"
    assert "lần thứ X" in window.windowTitle()


def test_event_settings_say_whom_the_credentials_report_counts(window, demo_path):
    from congress_desk.core.counts import credentials_categories
    from congress_desk.ui.event_dialog import EventSettingsDialog

    window.open_path(demo_path)
    assert credentials_categories(window.event_file.db) == ("official",)
    dialog = EventSettingsDialog(window)
    assert not dialog.credentials_honorees.isChecked()
    dialog.credentials_honorees.setChecked(True)
    dialog.accept()
    assert credentials_categories(window.event_file.db) == ("official", "honoree")
    assert EventSettingsDialog(window).credentials_honorees.isChecked()


def test_event_settings_refuses_a_bad_unit_change(window, demo_path, no_dialogs):
    from congress_desk.ui.event_dialog import EventSettingsDialog

    window.open_path(demo_path)
    dialog = EventSettingsDialog(window)
    row = next(r for r in range(dialog.units.rowCount()) if dialog.units.item(r, 0).text() == "Sở Y tế")
    dialog.units.item(row, 2).setText("mười")
    dialog.accept()
    assert "số nguyên" in no_dialogs[-1][2]
    assert registry.find_unit(window.event_file.db, "Sở Y tế")["quota"] != 10


def test_save_a_copy(window, demo_path, tmp_path):
    window.open_path(demo_path)
    target = tmp_path / "copy" / "ban-sao.congress"
    window.save_copy(target)
    conn = sqlite3.connect(target)
    n = conn.execute("SELECT COUNT(*) FROM delegates").fetchone()[0]
    conn.close()
    assert n == window.event_file.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0]


def test_switch_language_to_english_and_back(window, demo_path):
    from congress_desk.ui.settings_dialog import PreferencesDialog

    window.open_path(demo_path)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "Đồng ý"
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    dialog = PreferencesDialog(window)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    new = [w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible()][-1]
    try:
        assert new is not window
        assert new.tabs.tabText(0) == "Delegates"
        assert new.event_file is not None and new.event_file.path == demo_path.absolute()
        english = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        assert english.button(QDialogButtonBox.StandardButton.Ok).text() == "OK"
        assert window.settings.get("language") == "en"
    finally:
        from congress_desk.ui.i18n import install_translators

        new.close_event_file()
        new.close()
        install_translators(QApplication.instance(), "vi")


def test_unexpected_error_is_logged_and_apologised_for(window, no_dialogs, tmp_path):
    from congress_desk.logs import log_file
    from congress_desk.ui.errors import install_excepthook

    old = sys.excepthook
    install_excepthook()
    try:
        try:
            raise RuntimeError("bug in phone 0912345678")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old
    kind, _title, text = no_dialogs[-1]
    assert kind == "critical" and str(log_file()) in text
    logged = log_file().read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "Traceback" in logged
    assert "0912345678" not in logged, "personal numbers never reach the log"


def test_background_job_on_the_real_thread(qtbot, window, real_jobs, demo_path):
    window.open_path(demo_path)
    results = []

    def add(db, progress, cancel):
        progress(1, 2, "một")
        return registry.add_delegate(db, {"full_name": "trần văn an"})

    window.run_write(add, on_done=results.append)
    assert isinstance(tasks.pool(), QThreadPool)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    delegate = registry.get_delegate(window.event_file.db, results[0])
    assert delegate["full_name"] == "Trần Văn An"


def test_a_user_error_in_a_job_is_shown_not_lost(window, demo_path, no_dialogs):
    window.open_path(demo_path)

    def bad(db, progress, cancel):
        return registry.add_delegate(db, {"full_name": "", "birth_date": "30/02/1990"})

    window.run_write(bad)
    kind, _title, text = no_dialogs[-1]
    assert kind == "warning" and "Thiếu họ và tên" in text and "30/02/1990" in text


def test_periodic_backup_from_the_window(window, demo_path):
    window.open_path(demo_path)
    window.backup_if_due()
    backups = list((demo_path.parent / "backups").glob("*.congress"))
    assert len(backups) == 1


def test_a_heavy_tab_in_front_is_built_after_the_window_is_up(qtbot, tmp_path, demo_path, sync_jobs,
                                                                no_dialogs):
    """The remembered tab (printing loads ReportLab) is built on the first turn of the event
    loop, and the File menu's import actions are there before any tab is built."""
    from congress_desk.ui.main_window import MainWindow

    settings = Settings(tmp_path / "settings.json")
    settings.set("current_tab", "printing")
    w = MainWindow(settings)
    qtbot.addWidget(w)
    assert w._hosts["printing"].widget is None, "nothing heavy built before the window shows"
    assert w.findChild(object, "action_import") is not None
    w.show()
    w.open_path(demo_path)
    qtbot.waitUntil(lambda: w._hosts["printing"].widget is not None, timeout=5000)
    assert w.tabs.currentWidget() is w._hosts["printing"].widget
    assert w._hosts["delegates"].widget is None, "tabs not looked at stay unbuilt"
    w.close()


def test_ctrl_s_says_the_file_is_saved_automatically(window, demo_path):
    from PySide6.QtGui import QKeySequence

    assert not window.save_action.isEnabled()
    window.open_path(demo_path)
    assert QKeySequence("Ctrl+S") in window.save_action.shortcuts()
    window.save_action.trigger()
    message = window.statusBar().currentMessage()
    assert "tự động" in message or "ngay" in message
    assert "Lưu bản sao" in message
