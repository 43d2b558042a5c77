"""Issue 15 on the desk: a rehearsal is started explicitly, marked on every screen, its
check-ins never mix with the real session's; starting the real morning is an explicit step
that lists the journals that do not belong to it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from congress_desk.core.checkin.desk import Desk
from congress_desk.core.checkin.session import real_session_id, start_rehearsal
from congress_desk.ui.checkin import session as session_module
from congress_desk.ui.checkin.session import RealMorningDialog, RehearsalDialog

AVAILABLE = QSize(1366, 728)


@pytest.fixture
def tab(demo_window, tmp_path):
    t = demo_window.tab_widgets["checkin"]
    demo_window.tabs.setCurrentWidget(t)
    t.set_desk_name("Bàn 1")
    shared = tmp_path / "chung"
    shared.mkdir()
    t.set_journal_dir(shared)
    assert not t.rehearsal
    return t


def _waiting(tab) -> list[dict]:
    return [d for d in tab.desk.directory.by_code.values()
            if d["status"] == "active" and tab.desk.attendance.get(d["code"]) is None]


def _answer(cls, monkeypatch, seen, accept=True, pick=None):
    def exec_(self):
        seen.append(self)
        if pick is not None:
            pick(self)
        return 1 if accept else 0
    monkeypatch.setattr(cls, "exec", exec_)


def _start_rehearsal(tab, monkeypatch, pick=None) -> list:
    seen = []
    _answer(session_module.RehearsalDialog, monkeypatch, seen, pick=pick)
    tab.session_button.click()
    return seen


def _lines(path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_a_rehearsal_is_marked_on_every_screen_and_never_mixes(qtbot, tab, monkeypatch, demo_window):
    real = real_session_id(tab.desk.uid)
    person = _waiting(tab)[0]
    assert tab.session_button.text() == "Tập dượt…"
    _start_rehearsal(tab, monkeypatch)
    assert tab.rehearsal and tab.desk.session != real
    assert dict(tab.desk_sync.details_rows())["Buổi"] == f"tập dượt {tab.desk.session}"
    for page in range(tab.pages.count()):                     # every page of the check-in tab
        tab.pages.setCurrentIndex(page)
        assert tab.session_banner.isVisible() and "TẬP DƯỢT" in tab.session_banner.text()
    tab.pages.setCurrentIndex(0)
    assert demo_window.windowTitle().startswith("[TẬP DƯỢT] ")
    demo_window.tabs.setCurrentWidget(demo_window.tab("delegates"))   # another tab: the status bar says it
    assert tab.session_status.isVisible() and "TẬP DƯỢT" in tab.session_status.text()
    demo_window._update_title()                                # the window sets its title again
    assert demo_window.windowTitle().startswith("[TẬP DƯỢT] ")
    demo_window.tabs.setCurrentWidget(tab)

    tab.desk_page.scan(person["code"])
    assert tab.desk.attendance.is_present(person["code"])
    assert tab.desk_page.state_label.text() == "ĐÃ ĐIỂM DANH (tập dượt)"
    written = [e for e in _lines(tab.desk.local_path) if e.get("code") == person["code"]]
    assert written and all(e["session"] == tab.desk.session for e in written)
    assert tab.desk.flush()
    rehearsal_journal = tab.desk.shared_path

    seen = []
    _answer(session_module.RealMorningDialog, monkeypatch, seen)
    tab.session_button.click()                                  # "Bắt đầu buổi chính thức…"
    listed = [seen[0].list.item(i).text() for i in range(seen[0].list.count())]
    assert any(t.startswith("Thư mục chung: " + rehearsal_journal.name) and "tập dượt của máy này" in t
               for t in listed)
    assert any(t.startswith("Trên máy này: ") for t in listed)
    assert not tab.rehearsal and tab.desk.session == real
    assert not tab.session_banner.isVisible() and not tab.session_status.isVisible()
    assert not demo_window.windowTitle().startswith("[TẬP DƯỢT]")
    assert tab.session_button.text() == "Tập dượt…"
    assert not tab.desk.attendance.is_present(person["code"])  # the practice check-in does not count
    tab.desk_page.scan(person["code"])
    assert tab.desk_page.state_label.property("state") == "checked_in"


def test_cancelling_the_real_morning_stays_in_the_rehearsal(qtbot, tab, monkeypatch):
    _start_rehearsal(tab, monkeypatch)
    seen = []
    _answer(session_module.RealMorningDialog, monkeypatch, seen, accept=False)
    tab.session_button.click()
    assert seen and tab.rehearsal and tab.session_banner.isVisibleTo(tab)


def test_a_desk_joins_the_rehearsal_another_desk_started(qtbot, tab, monkeypatch, tmp_path):
    person = _waiting(tab)[0]
    other_local = tmp_path / "ban-2"
    theirs = start_rehearsal(other_local, tab.desk.uid)
    other = Desk(tab.desk.event_path, desk="Bàn 2", journal_dir=tab.desk.journal_dir, local_dir=other_local,
                 session=theirs.id)
    other.scan(person["code"])
    assert other.flush()
    other.close()
    seen = _start_rehearsal(tab, monkeypatch)
    assert [sid for _b, sid in seen[0].joins] == [theirs.id]   # offered, and chosen by default
    assert "Bàn 2" in seen[0].joins[0][0].text()
    assert tab.desk.session == theirs.id
    qtbot.waitUntil(lambda: (tab.desk_sync.sync(), tab.desk.attendance.is_present(person["code"]))[1], timeout=5000)


def test_a_new_rehearsal_can_be_chosen_over_joining(qtbot, tab, monkeypatch, tmp_path):
    theirs = start_rehearsal(tmp_path / "ban-2", tab.desk.uid)
    d = Desk(tab.desk.event_path, desk="Bàn 2", journal_dir=tab.desk.journal_dir, local_dir=tmp_path / "ban-2",
             session=theirs.id)
    d.scan(_waiting(tab)[0]["code"])
    assert d.flush()
    d.close()
    _start_rehearsal(tab, monkeypatch, pick=lambda dlg: dlg.new.setChecked(True))
    assert tab.rehearsal and tab.desk.session not in (theirs.id, real_session_id(tab.desk.uid))


def test_the_session_dialogs_fit_and_keep_scans(qtbot, tab, monkeypatch, tmp_path):
    from congress_desk.core.checkin.session import ForeignJournal

    many = [ForeignJournal(tmp_path / f"ban-{i}-abcdef12.tap-duot-1234abcd.jsonl", "1234abcd" * 2, 40 + i,
                           [f"Bàn {i}"], "2020-11-08T15:00:00+07:00", "2020-11-08T15:40:00+07:00", i % 2 == 0)
            for i in range(60)]
    for dlg in (RehearsalDialog(tab, [("1234abcd5678", "1234 (Bàn 2, Bàn 3, 15:40)")] * 3),
                RealMorningDialog(tab, many, True), RealMorningDialog(tab, [], False)):
        dlg.show()
        QApplication.processEvents()
        hint = dlg.sizeHint()
        assert dlg.width() <= AVAILABLE.width() and dlg.height() <= AVAILABLE.height(), dlg.size()
        assert hint.width() <= AVAILABLE.width() and hint.height() <= AVAILABLE.height(), hint
        dlg.close()

    people = iter(_waiting(tab))
    for closing in ("cancel", "esc", "accept", "cancel", "esc", "accept"):
        code = next(people)["code"]

        def run(code=code, closing=closing):
            dlg = QApplication.activeModalWidget()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is dlg and dlg.focusWidget() is not None)
            target = dlg.focusWidget()
            for ch in code:
                qtbot.keyClick(target, ch)
            qtbot.keyClick(target, Qt.Key.Key_Return)
            if closing == "accept":
                dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
            elif closing == "cancel":
                dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel).click()
            else:
                qtbot.keyClick(dlg.focusWidget() or dlg, Qt.Key.Key_Escape)
            if dlg.isVisible():
                dlg.reject()

        was = tab.rehearsal
        QTimer.singleShot(0, run)
        tab.session_button.click()
        assert tab.rehearsal == (was != (closing == "accept"))
        # held while the dialog was open, then recorded in the session the desk is in after it
        assert tab.desk.attendance.is_present(code), (closing, was)
        assert tab.window().focusWidget() is tab.desk_page.input


def test_merge_keeps_a_rehearsal_apart_and_says_what_it_left_out(qtbot, tab, monkeypatch, demo_window,
                                                                   no_dialogs):
    from congress_desk.core.checkin.store import load_events

    person = _waiting(tab)[0]
    _start_rehearsal(tab, monkeypatch)
    practice = tab.desk.session
    tab.desk_page.scan(person["code"])
    assert tab.desk.flush()
    tab.credentials_page.merge_button.click()                                   # the committee merges during the rehearsal
    db = demo_window.event_file.db
    assert not any(e["code"] == person["code"] for e in load_events(db))          # never in the real count
    assert any(e["code"] == person["code"] for e in load_events(db, session=practice, event_uid=tab.desk.uid))

    _answer(session_module.RealMorningDialog, monkeypatch, [])
    tab.session_button.click()
    tab.credentials_page.merge_button.click()                                   # the real merge reports the practice journal
    kind, _title, text = no_dialogs[-1]
    assert kind == "warning" and practice in text
    assert not any(e["code"] == person["code"] for e in load_events(db))


def test_the_title_marks_a_rehearsal_before_the_checkin_tab_is_built(window, demo_path, tmp_path):
    """The app reopens on the last tab used; a laptop in a rehearsal must say so in the title
    from the moment the file opens, not only once the Đón tiếp tab has been shown."""
    from congress_desk.core.checkin.session import default_local_dir
    from congress_desk.core.db import open_event
    from congress_desk.core.event import get_value

    with open_event(demo_path) as event:
        uid = get_value(event.db, "event_uid")
    start_rehearsal(default_local_dir(uid), uid)
    assert window.open_path(demo_path)
    assert window._hosts["checkin"].widget is None   # not built
    assert window.windowTitle().startswith("[TẬP DƯỢT] ")
