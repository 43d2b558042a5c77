"""The desk page as a new laptop meets it: named on first use (never after the computer),
the shared folder said to be shared only when it is, the paths only in the details, the
dialogs naming the person they act on, everything fitting a 1366×768 laptop."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from congress_desk.core.checkin.desk import hhmm
from congress_desk.core.lock import hostname
from congress_desk.ui.checkin import form
from congress_desk.ui.checkin.form import (
    DetailsDialog,
    ReasonDialog,
    SubstituteDialog,
    WalkinDialog,
)

AVAILABLE = QSize(1366, 728)   # a 1366×768 laptop screen less the taskbar


@pytest.fixture
def fresh(demo_window, monkeypatch):
    monkeypatch.delenv("CONGRESS_DESK_DESK", raising=False)
    tab = demo_window.tab_widgets["checkin"]
    demo_window.tabs.setCurrentWidget(tab)
    return tab


def _waiting(tab) -> list[dict]:
    if tab.desk is None:  # not named yet: who the event file says is expected and not merged as arrived
        db = tab.window_.event_file.db
        return [{"code": r[0]} for r in db.execute(
            "SELECT code FROM delegates WHERE status = 'active' AND code NOT IN (SELECT code FROM checkin_events) "
            "ORDER BY id DESC LIMIT 5").fetchall()]
    return [d for d in tab.desk.directory.by_code.values()
            if d["status"] == "active" and tab.desk.attendance.get(d["code"]) is None]


def _wedge(qtbot, tab, code: str) -> None:
    target = QApplication.focusWidget() or tab.window()
    for ch in code:
        qtbot.keyClick(target, ch)
    qtbot.keyClick(target, Qt.Key.Key_Return)


def test_a_new_laptop_asks_which_desk_it_is_and_keeps_the_scans_meanwhile(qtbot, fresh, demo_window):
    tab = fresh
    assert not tab.named and tab.desk_page.body.currentWidget() is tab.desk_page.chooser
    assert hostname() not in tab.desk_page.desk_name.text() and tab.desk_page.desk_name.text() == "(chưa đặt tên)"
    # the demo's journals already have Bàn 1-4: shown as in use, still allowed
    assert [b.text() for b in tab.desk_page.chooser.buttons[3:6]] == ["Bàn 4 (đang dùng)", "Bàn 5", "Bàn 6"]
    assert not tab.desk_page.input.isEnabled() and not tab.desk_page.walkin_button.isEnabled()
    person = _waiting(tab)[0]
    before = dt.datetime.now().astimezone()
    _wedge(qtbot, tab, person["code"])                       # a scan before the desk has a name
    assert tab.desk is None                                  # no desk, no journal yet: nothing written
    assert tab.dashboard_page.summary_label.text() == "Hãy chọn tên bàn cho máy này ở thẻ Bàn trước."
    assert "1" in tab.desk_page.chooser.pending.text()
    qtbot.wait(20)
    tab.desk_page.chooser.buttons[2].click()
    assert tab.named and tab.desk.desk == "Bàn 3" and tab.desk_page.body.currentWidget() is tab.desk_page.work
    assert demo_window.settings.get("desk_name") == "Bàn 3"
    p = tab.desk.presence(person["code"])
    assert p.present and p.desk == "Bàn 3"
    at = dt.datetime.fromisoformat(p.at)
    assert before <= at < before + dt.timedelta(milliseconds=20)   # when it was scanned, not when named
    assert tab.desk_page.input.isEnabled() and tab.window().focusWidget() is tab.desk_page.input


def test_another_name_can_be_typed_and_the_desk_renamed(qtbot, fresh):
    tab = fresh
    tab.desk_page.chooser.other.setText("Bàn  Khách mời ")          # QTest types ASCII only
    qtbot.keyClick(tab.desk_page.chooser.other, Qt.Key.Key_Return)
    assert tab.desk.desk == "Bàn Khách mời"
    tab.desk_page.rename_button.click()
    assert tab.desk_page.body.currentWidget() is tab.desk_page.chooser and tab.desk_page.chooser.cancel_button.isVisibleTo(tab)
    tab.desk_page.chooser.cancel_button.click()
    assert tab.desk.desk == "Bàn Khách mời" and tab.desk_page.body.currentWidget() is tab.desk_page.work


def test_the_page_shows_no_path_and_the_details_do(qtbot, fresh, monkeypatch):
    tab = fresh
    tab.set_desk_name("Bàn 1")
    paths = [str(tab.desk.journal_dir), str(tab.desk.local_path), str(tab.desk.local_dir)]
    shown = " ".join(w.text() + " " + w.toolTip() for w in tab.desk_page.findChildren(QLabel) if w.isVisible())
    assert not any(p in shown for p in paths)
    rows = dict(tab.desk_sync.details_rows())
    assert rows["Nhật ký của bàn (trên máy này)"] == str(tab.desk.local_path)
    assert str(tab.desk.journal_dir) in rows["Thư mục chung"]
    opened = []

    def look(self):
        opened.append(" ".join(v.text() for v in self.values.values()))
        return 0

    monkeypatch.setattr(DetailsDialog, "exec", look)
    tab.desk_page.details_button.click()
    assert str(tab.desk.local_path) in opened[0]


def test_shared_only_when_a_shared_folder_is_set_and_reached(qtbot, fresh, tmp_path):
    tab = fresh
    tab.set_desk_name("Bàn 1")
    tab.desk_sync.sync()
    assert tab.desk_page.sync_label.property("state") == "local"       # journals/ beside a local copy: not shared
    assert tab.desk_page.sync_label.text() == "Chỉ lưu trên máy này" and "✓" not in tab.desk_page.sync_label.text()
    shared = tmp_path / "o-chung"
    shared.mkdir()
    tab.set_journal_dir(shared)
    qtbot.waitUntil(lambda: (tab.desk_sync.sync(), tab.desk_page.sync_label.property("state"))[1] == "shared", timeout=5000)
    assert tab.desk_page.sync_label.text() == "✓ đã chia sẻ"
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    tab.set_journal_dir(blocker / "journals")                # cannot be created: unreachable
    qtbot.waitUntil(lambda: (tab.desk_sync.sync(), tab.desk_page.sync_label.property("state"))[1] == "unreachable", timeout=5000)
    assert tab.desk_page.sync_label.text() == "⚠ Không tới được thư mục chung"
    assert str(blocker) not in tab.desk_page.sync_label.toolTip()     # the path only in the details
    assert str(blocker) in dict(tab.desk_sync.details_rows())["Thư mục chung"]
    person = _waiting(tab)[0]
    tab.desk_page.scan(person["code"])                                 # the desk goes on working alone
    assert tab.desk.attendance.is_present(person["code"])


def test_the_dialogs_name_the_person_and_act_on_that_person(qtbot, fresh, monkeypatch):
    tab = fresh
    tab.set_desk_name("Bàn 1")
    scanned, other = _waiting(tab)[:2]
    tab.desk_page.scan(scanned["code"])
    assert scanned["code"] in tab.desk_page.current_label.text() and scanned["full_name"] in tab.desk_page.current_label.text()
    seen = []

    def answer(self):
        seen.append(self.person.text())
        self.reason.setEditText("Quét nhầm thẻ")
        tab.desk_page.scan(other["code"])                            # another badge scanned while it is open
        return 1

    monkeypatch.setattr(form.ReasonDialog, "exec", answer)
    tab.desk_page.undo_button.click()
    assert scanned["full_name"] in seen[0] and scanned["code"] in seen[0]
    assert not tab.desk.attendance.is_present(scanned["code"])   # the named one was undone ...
    assert tab.desk.attendance.is_present(other["code"])         # ... not the one scanned meanwhile
    assert other["full_name"] in tab.desk_page.detail_label.text()         # which is still reported


def test_substitute_right_after_the_badge_was_scanned(qtbot, fresh, monkeypatch):
    tab = fresh
    tab.set_desk_name("Bàn 1")
    person = next(d for d in _waiting(tab) if d["category"] == "official")
    tab.desk_page.scan(person["code"])                                 # the substitute brings the delegate's badge
    scanned_at = hhmm(tab.desk.presence(person["code"]).at)
    intro = []

    def fill(self):
        intro.append(" ".join(w.text() for w in self.findChildren(QLabel)))
        assert not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        self.name.setText("trần văn thay")
        return 1

    monkeypatch.setattr(form.SubstituteDialog, "exec", fill)
    tab.desk_page.substitute_button.click()
    assert person["code"] in intro[0] and scanned_at in intro[0]   # it says which check-in it replaces
    p = tab.desk.presence(person["code"])
    assert p.present and p.substitute["name"] == "Trần Văn Thay" and p.undone


def test_a_name_found_by_typing_is_what_the_buttons_act_on(qtbot, fresh, monkeypatch):
    tab = fresh
    tab.set_desk_name("Bàn 1")
    qtbot.keyClicks(tab.desk_page.input, "Nguyeenx")
    qtbot.keyClick(tab.desk_page.input, Qt.Key.Key_Down)
    code = tab.desk_page.suggestions.currentItem().data(Qt.ItemDataRole.UserRole)
    was = tab.desk.attendance.is_present(code)
    assert tab.current_code == code and code in tab.desk_page.current_label.text()
    monkeypatch.setattr(form.ReasonDialog, "exec", lambda self: (self.reason.setEditText("Ốm"), 1)[1])
    tab.desk_page.absence_button.click()
    if not was:
        assert tab.desk.presence(code).absence["reason"] == "Ốm"
        assert not tab.desk.attendance.is_present(code)


def _fits(widget) -> None:
    widget.show()
    QApplication.processEvents()
    hint = widget.sizeHint().expandedTo(widget.minimumSizeHint())
    assert hint.width() <= AVAILABLE.width() and hint.height() <= AVAILABLE.height(), (type(widget), hint)
    assert widget.width() <= AVAILABLE.width() and widget.height() <= AVAILABLE.height(), (type(widget), widget.size())
    widget.close()


def test_every_desk_dialog_fits_a_1366_by_768_screen(qtbot, fresh):
    tab = fresh
    tab.set_desk_name("Bàn 1")
    d = _waiting(tab)[0]
    long = dict(d, full_name="Tôn Nữ Thị Hoàng Anh Nguyễn Phước Bảo " * 3, unit="Ủy ban nhân dân " * 10)
    for dialog in (ReasonDialog(tab, "Vắng mặt", "Vì sao?", ["Ốm"] * 30, long), SubstituteDialog(tab, long, "07:30"),
                   WalkinDialog(tab), DetailsDialog(tab, tab.desk_sync.details_rows())):
        _fits(dialog)
    assert tab.minimumSizeHint().width() <= AVAILABLE.width()
    assert tab.minimumSizeHint().height() <= AVAILABLE.height() - 120   # menus, tabs and status bar


def test_file_dialogs_of_the_desk_are_qt_dialogs_that_fit(qtbot, fresh):
    tab = fresh
    tab.set_desk_name("Bàn 1")
    person = _waiting(tab)[0]
    tab.desk_page.scan(person["code"])
    shown, titles = [], []

    def look():
        dlg = QApplication.activeModalWidget()
        shown.append((dlg.size(), dlg.sizeHint()))
        titles.append(dlg.windowTitle())
        dlg.reject()

    for button in (tab.desk_page.reprint_button, tab.desk_page.folder_button):
        QTimer.singleShot(0, look)
        button.click()
    assert len(shown) == 2
    assert person["full_name"] in titles[0] and person["code"] in titles[0]   # whose badge is reprinted
    for size, hint in shown:
        assert size.width() <= AVAILABLE.width() and size.height() <= AVAILABLE.height()
        assert hint.width() <= AVAILABLE.width() and hint.height() <= AVAILABLE.height()


def test_a_desk_name_set_by_the_environment_is_used_and_kept(qtbot, demo_window, monkeypatch):
    monkeypatch.setenv("CONGRESS_DESK_DESK", "Bàn 7")
    tab = demo_window.tab_widgets["checkin"]
    demo_window.tabs.setCurrentWidget(tab)
    assert tab.named and tab.desk.desk == "Bàn 7" and tab.desk_page.body.currentWidget() is tab.desk_page.work
    assert not tab.desk_page.rename_button.isVisibleTo(tab)
