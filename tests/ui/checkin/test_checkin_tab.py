"""The Đón tiếp tab driven like a desk volunteer: scan with key events, search, act, watch."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import QDateTime, Qt

from congress_desk.core.checkin.desk import Desk
from congress_desk.core.checkin.directory import loose
from congress_desk.core.checkin.store import load_events
from congress_desk.ui.checkin import actions as actions_module
from congress_desk.ui.checkin import form


@pytest.fixture
def tab(demo_window):
    t = demo_window.tab_widgets["checkin"]
    demo_window.tabs.setCurrentWidget(t)
    assert t.desk is None and not t.named       # a new laptop: the desk is asked its name first
    t.set_desk_name("Bàn 1")
    assert t.named and t.desk.desk == "Bàn 1"
    return t


def _waiting(tab, **want) -> list[dict]:
    out = []
    for d in tab.desk.directory.by_code.values():
        if d["status"] != want.get("status", "active") or tab.desk.attendance.get(d["code"]) is not None:
            continue
        if "category" in want and d["category"] != want["category"]:
            continue
        out.append(d)
    return out


def _scan(qtbot, tab, code: str) -> None:
    qtbot.keyClicks(tab.desk_page.input, code)
    qtbot.keyClick(tab.desk_page.input, Qt.Key.Key_Return)


def test_tab_title_is_vietnamese(demo_window, tab):
    assert demo_window.tabs.tabText(demo_window.tabs.indexOf(tab)) == "Đón tiếp"


def test_scanner_keys_give_each_state(qtbot, tab):
    person = _waiting(tab)[0]
    _scan(qtbot, tab, person["code"])
    assert tab.desk_page.state_label.property("state") == "checked_in"
    assert tab.desk_page.name_label.text() == person["full_name"]
    assert tab.desk_page.input.text() == ""                          # ready for the next badge
    assert tab.desk.attendance.is_present(person["code"])
    _scan(qtbot, tab, person["code"])
    assert tab.desk_page.state_label.property("state") == "already"
    assert tab.desk.desk in tab.desk_page.state_label.text()
    wrong = person["code"][:-1] + str((int(person["code"][-1]) + 1) % 10)
    _scan(qtbot, tab, wrong)
    assert tab.desk_page.state_label.property("state") == "unknown" and tab.desk_page.name_label.text() == wrong
    cancelled = _waiting(tab, status="cancelled")[0]
    _scan(qtbot, tab, cancelled["code"])
    assert tab.desk_page.state_label.property("state") == "not_expected"
    assert not tab.desk.attendance.is_present(cancelled["code"])


def test_typing_a_name_with_telex_keys_then_arrows_and_enter(qtbot, tab):
    qtbot.keyClicks(tab.desk_page.input, "Nguyeenx Thij")
    assert tab.desk_page.suggestions.isVisible() and tab.desk_page.suggestions.count() > 1
    for i in range(tab.desk_page.suggestions.count()):
        name = tab.desk.directory.get(tab.desk_page.suggestions.item(i).data(Qt.ItemDataRole.UserRole))["full_name"]
        words = loose(name).split()
        assert "nguyen" in words and any(w.startswith("thi") for w in words)
    qtbot.keyClick(tab.desk_page.input, Qt.Key.Key_Down)
    assert tab.desk_page.suggestions.currentRow() == 1
    chosen = tab.desk_page.suggestions.currentItem().data(Qt.ItemDataRole.UserRole)
    was_present = tab.desk.attendance.is_present(chosen)
    qtbot.keyClick(tab.desk_page.input, Qt.Key.Key_Return)
    assert tab.desk.attendance.is_present(chosen)
    assert tab.desk_page.state_label.property("state") == ("already" if was_present else "checked_in")
    assert not tab.desk_page.suggestions.isVisible()


def test_undo_and_absence_through_the_dialogs(qtbot, tab, monkeypatch):
    person, other = _waiting(tab, category="official")[:2]

    def answer(text):
        def exec_(self):
            self.reason.setEditText(text)
            return 1
        return exec_

    _scan(qtbot, tab, person["code"])
    monkeypatch.setattr(form.ReasonDialog, "exec", answer("Quét nhầm thẻ"))
    tab.desk_page.undo_button.click()
    p = tab.desk.presence(person["code"])
    assert not p.present and p.undone[-1]["reason"] == "Quét nhầm thẻ"
    tab.current_code = other["code"]
    monkeypatch.setattr(form.ReasonDialog, "exec", answer("Ốm"))
    tab.desk_page.absence_button.click()
    assert tab.desk.presence(other["code"]).absence["reason"] == "Ốm"


def test_dashboard_masks_phones_until_clicked(qtbot, tab):
    tab.pages.setCurrentIndex(1)
    from congress_desk.core.counts import attendance_counts
    summoned = attendance_counts(tab.window().event_file.reader).total.summoned
    assert f"/{summoned} triệu tập" in tab.dashboard_page.summary_label.text(), tab.dashboard_page.summary_label.text()
    row = next(r for r, c in enumerate(tab.dashboard_page._units) if c.missing and c.missing[0].get("phone"))
    tab.dashboard_page.unit_table.selectRow(row)
    person = tab.dashboard_page._missing[0]
    cell = tab.dashboard_page.missing_table.item(0, 2).text()
    assert person["phone"] not in cell and cell.endswith(person["phone"][-3:]) and "•" in cell
    tab.dashboard_page.missing_table.cellClicked.emit(0, 2)
    assert tab.dashboard_page.missing_table.item(0, 2).text() == person["phone"]
    assert tab.dashboard_page.doubles_label.text()                       # the demo's double entry is flagged


def _another_desk_scans(tab, desk: str, code: str, local_dir, walkin_range: int | None = None) -> None:
    """Another laptop on the same shared folder scans a badge; this tab syncs every 50 ms."""
    other = Desk(tab.desk.event_path, desk=desk, journal_dir=tab.desk.journal_dir, local_dir=local_dir,
                 walkin_range=walkin_range)
    other.scan(code)
    assert other.flush()
    other.close()
    tab.sync_timer.setInterval(50)


def test_other_desks_appear_on_sync(qtbot, tab, tmp_path):
    person = _waiting(tab)[0]
    _another_desk_scans(tab, "Bàn 9", person["code"], tmp_path / "b9")
    qtbot.waitUntil(lambda: tab.desk.attendance.is_present(person["code"]), timeout=5000)
    _scan(qtbot, tab, person["code"])
    assert tab.desk_page.state_label.property("state") == "already" and "Bàn 9" in tab.desk_page.state_label.text()


def test_a_desk_sharing_this_desks_walkin_range_is_named_in_red(qtbot, tab, tmp_path):
    person = _waiting(tab)[0]
    # a laptop set up offline with this desk's walk-in range (ranges are drawn per laptop)
    _another_desk_scans(tab, "Quầy 1", person["code"], tmp_path / "q1", walkin_range=tab.desk.walkin_range)
    qtbot.waitUntil(lambda: "Quầy 1" in tab.desk_page.sync_label.text(), timeout=5000)
    assert tab.desk_page.sync_label.text() == "⚠ cùng dải mã khách mời với Quầy 1"
    assert "đổi mã cho một người" in tab.desk_page.sync_label.toolTip()   # what the merge will do about it


def test_paper_fallback_checks_in_selected_rows_at_the_written_time(qtbot, tab, no_dialogs):
    tab.pages.setCurrentIndex(2)
    tab.list_page.list_state.setCurrentIndex(tab.list_page.list_state.findData("missing"))
    view = tab.list_page.list_view
    codes = [tab.list_page.list_filter.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(2)]
    view.selectRow(0)
    view.selectionModel().select(tab.list_page.list_filter.index(1, 0), view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    tab.list_page.paper_time.setDateTime(QDateTime.fromString("09/11/2020 07:12", "dd/MM/yyyy HH:mm"))
    tab.list_page.bulk_button.click()
    for code in codes:
        at = tab.desk.presence(code).at
        assert at.startswith("2020-11-09T07:12")
    assert no_dialogs and no_dialogs[-1][0] == "information"


def test_credentials_view_pdfs_excel_and_merge(qtbot, tab, tmp_path, demo_window):
    person = _waiting(tab, category="official")[0]
    _scan(qtbot, tab, person["code"])
    tab.pages.setCurrentIndex(3)
    html = tab.credentials_page.credentials_view.toPlainText()
    assert "Triệu tập" in html or "triệu tập" in html.lower() or "Summoned" in html
    out = tmp_path / "bao-cao.pdf"
    tab.credentials_page.render_to("credentials-report", out)
    assert out.read_bytes().startswith(b"%PDF")
    xlsx = tmp_path / "diem-danh.xlsx"
    tab.credentials_page.export_to(xlsx)
    import openpyxl

    rows = list(openpyxl.load_workbook(xlsx).worksheets[0].iter_rows(values_only=True))
    assert any(r[1] == person["code"] and r[9] == tab.desk.desk for r in rows)   # not merged yet, still there
    assert tab.credentials_page.merge_button.isEnabled()
    tab.credentials_page.merge_button.click()
    events = load_events(demo_window.event_file.db)
    assert any(e["code"] == person["code"] and e["desk"] == tab.desk.desk for e in events)


def test_substitute_and_walkin_dialogs(qtbot, tab, monkeypatch):
    person = _waiting(tab, category="official")[0]
    tab.current_code = person["code"]

    def fill_sub(self):
        self.name.setText("trần văn thay")
        self.position.setText("Phó Chánh Văn phòng")
        return 1

    monkeypatch.setattr(form.SubstituteDialog, "exec", fill_sub)
    tab.desk_page.substitute_button.click()
    p = tab.desk.presence(person["code"])
    assert p.present and p.substitute["name"] == "Trần Văn Thay"
    assert tab.desk_page.state_label.property("state") == "checked_in" and "Trần Văn Thay" in tab.desk_page.detail_label.text()

    def fill_walkin(self):
        self.name.setText("Lý Thị Khách")
        self.position.setText("Phóng viên")
        self.category.setCurrentIndex(self.category.findData("press"))
        return 1

    monkeypatch.setattr(form.WalkinDialog, "exec", fill_walkin)
    tab.desk_page.walkin_button.click()
    code = tab.current_code
    assert code != person["code"] and tab.desk.directory.get(code)["full_name"] == "Lý Thị Khách"
    assert code in tab.desk_page.detail_label.text()
    _scan(qtbot, tab, code)
    assert tab.desk_page.state_label.property("state") == "already"


def test_reprint_writes_a_badge_pdf(qtbot, tab, monkeypatch, tmp_path):
    person = _waiting(tab)[0]
    _scan(qtbot, tab, person["code"])
    out = tmp_path / "the.pdf"

    def save_as(self):
        self.selectFile(str(out))
        return 1

    monkeypatch.setattr(actions_module.QFileDialog, "exec", save_as)
    tab.desk_page.reprint_button.click()
    assert out.read_bytes().startswith(b"%PDF")
    assert tab.desk.presence(person["code"]).reprints == 1


def test_desk_name_and_shared_folder_are_remembered_per_pc_and_event(qtbot, tab, demo_window, tmp_path,
                                                                      make_event):
    """The morning of the congress: the laptop restarts and comes back as the same desk,
    on the same shared folder; another event file keeps its own folder."""
    from congress_desk.ui.main_window import MainWindow

    shared = tmp_path / "o-chia-se"
    shared.mkdir()
    tab.set_desk_name("Bàn 3")
    tab.set_journal_dir(shared)
    assert tab.desk.desk == "Bàn 3" and tab.desk.journal_dir == shared
    path = demo_window.event_file.path
    demo_window.close_event_file()

    again = MainWindow(demo_window.settings)  # the same settings file, a new window
    qtbot.addWidget(again)
    assert again.open_path(path)
    desk_tab = again.tab("checkin")
    assert desk_tab.desk_page.desk_name.text() == "Bàn 3"
    assert desk_tab.desk.desk == "Bàn 3" and desk_tab.desk.journal_dir == shared

    other = make_event("demo", name="khac.congress", delegates=30, open=False)
    assert again.open_path(other)
    assert desk_tab.desk.desk == "Bàn 3" and desk_tab.desk.journal_dir != shared
    assert again.open_path(path)
    assert desk_tab.desk.journal_dir == shared
    again.close_event_file()


def test_a_walkin_code_two_laptops_gave_out_is_said_when_scanned(qtbot, tab, tmp_path, monkeypatch):
    """Two laptops set up offline with one range both register a walk-in: the desk says so."""
    def fill_walkin(self):
        self.name.setText("Lý Thị Khách")
        return 1

    monkeypatch.setattr(form.WalkinDialog, "exec", fill_walkin)
    tab.desk_page.walkin_button.click()
    code = tab.current_code
    offline = tmp_path / "offline"                      # the other laptop did not see this desk
    other = Desk(tab.desk.event_path, desk="Quầy 1", journal_dir=offline, local_dir=tmp_path / "q1",
                 walkin_range=tab.desk.walkin_range)
    assert other.walkin("Đỗ Văn Khác").code == code
    assert other.flush()
    other.close()
    for journal in offline.glob("*.jsonl"):              # back on the network: its journal is shared
        shutil.copy(journal, tab.desk.journal_dir / journal.name)
    tab.sync_timer.setInterval(50)
    qtbot.waitUntil(lambda: tab.desk.presence(code).walkin_clash, timeout=5000)
    _scan(qtbot, tab, code)
    assert "Lý Thị Khách (Bàn 1), Đỗ Văn Khác (Quầy 1)" in tab.desk_page.detail_label.text()
