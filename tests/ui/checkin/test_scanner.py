"""A USB wedge scanner types digits + Enter into whatever has focus: on the desk page no
scan may be lost, whichever button was pressed or dialog is open, while a person typing
digits in a dialog (a phone number) still types them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from congress_desk.ui.checkin import scanner
from congress_desk.ui.checkin import tab as tab_module
from congress_desk.ui.checkin.scanner import ScanRouter


class Clock:
    """The router's clock, moved by hand: each key is typed ``gap`` seconds after the last."""

    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _type(qtbot, clock: Clock, target, text: str, gap: float, enter: bool = True) -> None:
    for ch in text:
        clock.now += gap
        qtbot.keyClick(target, ch)
    if enter:
        clock.now += gap
        qtbot.keyClick(target, Qt.Key.Key_Return)


def _focus():
    return QApplication.focusWidget() or QApplication.activeModalWidget() or QApplication.activeWindow()


def _wedge(qtbot, clock: Clock, code: str, target=None) -> None:
    """A scanner: the digits and Enter, 8 ms apart, into whatever has focus."""
    _type(qtbot, clock, target or _focus(), code, 0.008)


# ---------------------------------------------------------------- the router alone
@pytest.fixture
def form(qtbot):
    """A dialog with a phone field and a default button, and a router that is on."""
    dlg = QDialog()
    phone = QLineEdit()
    ok = QPushButton("OK")
    ok.setDefault(True)
    layout = QVBoxLayout(dlg)
    layout.addWidget(phone)
    layout.addWidget(ok)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    phone.setFocus()
    clock = Clock()
    on = [True]
    router = ScanRouter(dlg, lambda: on[0], clock)
    scans: list[str] = []
    router.scanned.connect(scans.append)
    entered: list[str] = []
    phone.returnPressed.connect(lambda: entered.append(phone.text()))
    yield dlg, phone, router, clock, scans, entered, on
    router.stop()


def test_a_fast_burst_ending_in_enter_is_a_scan_and_types_nothing(qtbot, form):
    dlg, phone, router, clock, scans, entered, _on = form
    _type(qtbot, clock, phone, "10000017", 0.008)
    assert scans == ["10000017"]
    assert phone.text() == "" and entered == []   # neither the digits nor the Enter reached the field


def test_a_person_typing_digits_types_them(qtbot, form):
    dlg, phone, router, clock, scans, entered, _on = form
    _type(qtbot, clock, phone, "0912345678", 0.150)
    assert scans == [] and entered == ["0912345678"] and phone.text() == "0912345678"


def test_a_short_fast_number_and_enter_is_typing(qtbot, form):
    dlg, phone, router, clock, scans, entered, _on = form
    _type(qtbot, clock, phone, "115", 0.005)
    assert scans == [] and entered == ["115"]


def test_a_slow_last_key_makes_it_typing(qtbot, form):
    dlg, phone, router, clock, scans, entered, _on = form
    _type(qtbot, clock, phone, "1000001", 0.008, enter=False)
    clock.now += scanner.GAP * 3
    qtbot.keyClick(phone, "7")
    clock.now += 0.008
    qtbot.keyClick(phone, Qt.Key.Key_Return)
    assert scans == [] and entered == ["10000017"]


def test_held_digits_reach_their_field_when_nothing_follows(qtbot, form):
    dlg, phone, router, clock, scans, entered, _on = form
    _type(qtbot, clock, phone, "09", 0.2, enter=False)
    assert phone.text() == "0" and router.holding == "9"  # the last digit waits a moment
    qtbot.waitUntil(lambda: phone.text() == "09", timeout=2000)
    assert router.holding == ""


def test_letters_after_digits_keep_their_order(qtbot, form):
    dlg, phone, router, clock, scans, entered, _on = form
    _type(qtbot, clock, phone, "12ab34", 0.005, enter=False)
    router.release()
    assert phone.text() == "12ab34" and scans == []


def test_off_the_desk_page_nothing_is_held(qtbot, form):
    dlg, phone, router, clock, scans, entered, on = form
    on[0] = False
    _type(qtbot, clock, phone, "10000017", 0.008)
    assert scans == [] and entered == ["10000017"] and router.holding == ""


def _stamped(widget, text: str, stamps: list[int]) -> None:
    """Keys as the window system delivers them: each with the time (ms) it was typed."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for ch, ms in zip(text, stamps, strict=True):
        key = Qt.Key.Key_Return if ch == "\n" else Qt.Key(ord(ch))
        ev = QKeyEvent(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.NoModifier, "\r" if ch == "\n" else ch)
        ev.setTimestamp(ms)
        QApplication.sendEvent(widget, ev)


def test_without_a_clock_the_typing_times_stamped_on_the_keys_count(qtbot, form):
    """A desk busy for a moment handles queued keys late and at once: the stamps tell the
    real gaps, so a scan is still a scan and a person's typing is still typing."""
    import time

    dlg, phone, router, clock, scans, entered, _on = form
    router.clock = None
    _stamped(phone, "1000", [5000, 5008, 5016, 5024])
    time.sleep(0.1)                                            # the desk was busy
    _stamped(phone, "0017\n", [5032, 5040, 5048, 5056, 5064])
    assert scans == ["10000017"] and phone.text() == ""
    _stamped(phone, "0912345678\n", [9000 + 150 * i for i in range(11)])   # handled at once, typed slowly
    assert scans == ["10000017"] and entered == ["0912345678"]


# ---------------------------------------------------------------- the desk page
@pytest.fixture
def desk(demo_window):
    tab = demo_window.tab_widgets["checkin"]
    demo_window.tabs.setCurrentWidget(tab)
    tab.set_desk_name("Bàn 1")
    clock = Clock()
    tab.router.clock = clock
    waiting = [d for d in tab.desk.directory.by_code.values()
               if d["status"] == "active" and tab.desk.attendance.get(d["code"]) is None]
    return tab, clock, waiting


def _present(tab, code) -> bool:
    return tab.desk.attendance.is_present(code)


def _buttons(dlg) -> QDialogButtonBox:
    return dlg.findChild(QDialogButtonBox)


def _cancel(qtbot, dlg) -> None:
    box = _buttons(dlg)
    (box.button(QDialogButtonBox.StandardButton.Cancel) or box.button(QDialogButtonBox.StandardButton.Close)).click()


def _esc(qtbot, dlg) -> None:
    qtbot.keyClick(dlg.focusWidget() or dlg, Qt.Key.Key_Escape)


def _while_open(qtbot, clock, code: str, close) -> list:
    """When the next dialog opens: scan ``code`` into its focus, then close it with ``close``."""
    seen = []

    def run():
        dlg = QApplication.activeModalWidget()
        seen.append(dlg)
        if dlg is None:
            return
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg and dlg.focusWidget() is not None)
        inside = dlg.focusWidget()
        seen.append(inside)
        assert QApplication.focusWidget() is inside
        _wedge(qtbot, clock, code, inside)
        close(qtbot, dlg)
        if dlg.isVisible():  # never leave the test hanging on a dialog
            dlg.reject()

    QTimer.singleShot(0, run)
    return seen


def _accept_reason(text):
    def close(qtbot, dlg):
        dlg.reason.setEditText(text)
        _buttons(dlg).button(QDialogButtonBox.StandardButton.Ok).click()
    return close


def _accept_substitute(qtbot, dlg):
    dlg.name.setText("Trần Văn Thay")
    _buttons(dlg).button(QDialogButtonBox.StandardButton.Ok).click()


def _accept_walkin(qtbot, dlg):
    dlg.name.setText("Lý Thị Khách")
    _buttons(dlg).button(QDialogButtonBox.StandardButton.Ok).click()


def _check_round(qtbot, tab, clock, button, close, during: str, after: str, prepare=None) -> None:
    if prepare is not None:
        prepare()
    seen = _while_open(qtbot, clock, during, close)
    button.click()
    assert seen and seen[0] is not None, "the dialog did not open"
    assert len(seen) == 2 and seen[1].window() is seen[0], "the scan was not typed into the dialog"
    assert _present(tab, during), "a scan typed into the open dialog was lost"
    assert tab.window().focusWidget() is tab.desk_page.input
    qtbot.waitUntil(tab.desk_page.input.hasFocus, timeout=2000)          # once the window is active again
    _wedge(qtbot, clock, after)
    assert _present(tab, after), "a scan typed right after the dialog closed was lost"
    assert tab.desk_page.state_label.property("state") == "checked_in" and tab.current_code == after


CLOSES = {"cancel": _cancel, "esc": _esc}


@pytest.mark.parametrize("action", ["undo", "absence", "substitute"])
def test_scans_are_kept_around_every_person_dialog(qtbot, desk, action):
    tab, clock, waiting = desk
    people = iter(waiting)
    button = {"undo": tab.desk_page.undo_button, "absence": tab.desk_page.absence_button, "substitute": tab.desk_page.substitute_button}[action]
    accept = {"undo": _accept_reason("Quét nhầm thẻ"), "absence": _accept_reason("Ốm"),
              "substitute": _accept_substitute}[action]
    for how, close in [*CLOSES.items(), ("accept", accept)]:
        subject = next(people)["code"]

        def prepare(subject=subject):
            if action == "undo":
                _wedge(qtbot, clock, subject)      # the person to undo was just scanned
            else:
                tab.desk_page.set_current(subject)          # chosen, not checked in
        _check_round(qtbot, tab, clock, button, close, next(people)["code"], next(people)["code"], prepare)
        p = tab.desk.presence(subject)
        if how == "accept":
            done = {"undo": p is not None and p.undone and not p.present,
                    "absence": p is not None and p.absence and p.absence["reason"] == "Ốm",
                    "substitute": p is not None and p.substitute and p.substitute["name"] == "Trần Văn Thay"}
            assert done[action], f"{action} was not recorded for the person the dialog named"
        else:
            assert action == "undo" and p.present or p is None or not (p.absence or p.substitute), how


def test_scans_are_kept_around_the_walkin_dialog(qtbot, desk):
    tab, clock, waiting = desk
    people = iter(waiting)
    for _how, close in [*CLOSES.items(), ("accept", _accept_walkin)]:
        _check_round(qtbot, tab, clock, tab.desk_page.walkin_button, close, next(people)["code"], next(people)["code"])
    assert any(d.get("full_name") == "Lý Thị Khách" for d in tab.desk.directory.by_code.values())


def test_a_phone_typed_in_the_walkin_dialog_is_not_a_scan(qtbot, desk):
    tab, clock, waiting = desk

    def fill(qtbot, dlg):
        dlg.name.setText("Lý Thị Khách")
        dlg.phone.setFocus()
        _type(qtbot, clock, dlg.phone, "0912345678", 0.12)     # a person, and Enter accepts the dialog

    seen = _while_open(qtbot, clock, waiting[0]["code"], fill)
    tab.desk_page.walkin_button.click()
    assert seen[0] is not None
    guest = tab.desk.directory.get(tab.current_code)
    assert guest["full_name"] == "Lý Thị Khách" and guest["phone"] == "0912345678"


def test_a_wrong_phone_keeps_the_walkin_dialog_open(qtbot, desk):
    """The merge would refuse the guest with a phone the registry refuses: say it at once."""
    tab, clock, waiting = desk
    before = len(tab.desk.directory.by_code)

    def fill(qtbot, dlg):
        dlg.name.setText("Lý Thị Khách")
        dlg.phone.setText("0912 345")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dlg.isVisible() and dlg.error.isVisibleTo(dlg) and "0912 345" in dlg.error.text()
        dlg.phone.setText("+84 912 345 678")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    seen = _while_open(qtbot, clock, waiting[0]["code"], fill)
    tab.desk_page.walkin_button.click()
    assert seen[0] is not None and len(tab.desk.directory.by_code) == before + 1
    assert tab.desk.directory.get(tab.current_code)["phone"] == "0912345678"
    assert _present(tab, waiting[0]["code"])                     # and the scan typed first was kept


def test_scans_are_kept_around_the_file_dialogs(qtbot, desk, tmp_path, monkeypatch):
    tab, clock, waiting = desk
    people = iter(waiting)
    _wedge(qtbot, clock, next(people)["code"])                   # someone to reprint the badge of

    def save(qtbot, dlg):
        dlg.selectFile(str(tmp_path / "the.pdf"))
        dlg.accept()

    for close in [_cancel, _esc, save]:
        _check_round(qtbot, tab, clock, tab.desk_page.reprint_button, close, next(people)["code"], next(people)["code"])
    shared = tmp_path / "chia-se"
    shared.mkdir()

    def choose(qtbot, dlg):
        dlg.setDirectory(str(shared))
        dlg.accept()

    for close in [_cancel, _esc, choose]:
        _check_round(qtbot, tab, clock, tab.desk_page.folder_button, close, next(people)["code"], next(people)["code"])
    assert tab.desk.journal_dir == shared


def test_scans_are_kept_around_the_details_and_the_desk_name(qtbot, desk):
    tab, clock, waiting = desk
    people = iter(waiting)
    for close in [_cancel, _esc]:
        _check_round(qtbot, tab, clock, tab.desk_page.details_button, close, next(people)["code"], next(people)["code"])
    tab.desk_page.rename_button.click()
    assert tab.desk_page.body.currentWidget() is tab.desk_page.chooser
    code = next(people)["code"]
    _wedge(qtbot, clock, code)
    assert _present(tab, code)
    tab.desk_page.chooser.buttons[1].click()                               # "Bàn 2"
    assert tab.desk.desk == "Bàn 2" and tab.desk_page.body.currentWidget() is tab.desk_page.work
    qtbot.waitUntil(tab.desk_page.input.hasFocus, timeout=2000)
    code = next(people)["code"]
    _wedge(qtbot, clock, code)
    assert _present(tab, code) and tab.desk.presence(code).desk == "Bàn 2"


def test_a_scan_on_a_button_that_has_focus_is_recorded(qtbot, desk):
    tab, clock, waiting = desk
    tab.desk_page.walkin_button.setFocus()
    _type(qtbot, clock, tab.desk_page.walkin_button, waiting[0]["code"], 0.008)
    assert _present(tab, waiting[0]["code"])
    assert QApplication.activeModalWidget() is None              # Enter did not press the button


def test_scans_are_kept_around_a_message_box(qtbot, desk, monkeypatch):
    """"Scan or choose a delegate first": a real message box, with Enter on its OK button."""
    from PySide6.QtWidgets import QMessageBox

    tab, clock, waiting = desk
    people = iter(waiting)

    def real_box(parent, message, title=None):
        QMessageBox(QMessageBox.Icon.Warning, title or "", str(message), QMessageBox.StandardButton.Ok,
                    parent).exec()

    monkeypatch.setattr(tab_module, "show_user_error", real_box)
    for close in [_esc, lambda qtbot, dlg: dlg.button(QMessageBox.StandardButton.Ok).click()]:
        tab.desk_page.set_current(None)
        _check_round(qtbot, tab, clock, tab.desk_page.absence_button, close, next(people)["code"], next(people)["code"])


def test_the_router_listens_only_while_the_desk_page_is_on_screen(qtbot, desk, demo_window):
    tab, clock, waiting = desk
    assert tab.router.installed
    tab.pages.setCurrentIndex(2)                                 # the paper list: its search box takes digits
    assert not tab.router.installed
    tab.list_page.list_search.setFocus()
    _type(qtbot, clock, tab.list_page.list_search, waiting[0]["code"], 0.008)
    assert tab.list_page.list_search.text() == waiting[0]["code"] and not _present(tab, waiting[0]["code"])
    tab.pages.setCurrentIndex(0)
    assert tab.router.installed
    demo_window.tabs.setCurrentWidget(demo_window.tab("delegates"))
    assert not tab.router.installed


def test_a_refused_action_still_lists_the_scans_made_while_its_dialog_was_open(qtbot, desk, monkeypatch):
    """The scans are recorded either way; when the desk then refuses the action, the error
    says who was scanned meanwhile (the list used to be dropped with the refused action)."""
    from congress_desk.core.errors import UserError

    tab, clock, waiting = desk
    subject, during = waiting[0]["code"], waiting[1]
    _wedge(qtbot, clock, subject)
    shown = []
    monkeypatch.setattr(tab_module, "show_user_error", lambda _parent, exc: shown.append(str(exc)))

    def refuse(code, reason):
        raise UserError("Không hủy được lượt điểm danh này")
    monkeypatch.setattr(tab.desk, "undo", refuse)
    seen = _while_open(qtbot, clock, during["code"], _accept_reason("Quét nhầm thẻ"))
    tab.desk_page.undo_button.click()
    assert seen and seen[0] is not None
    assert _present(tab, during["code"])
    [message] = shown
    assert message.startswith("Không hủy được") and "Quét trong lúc hộp thoại đang mở" in message
    assert during["full_name"] in message
