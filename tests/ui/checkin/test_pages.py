"""The check-in tab is made of a module per page; each page speaks Vietnamese in its own
translation context (the strings moved out of CheckinTab keep their translations)."""

from __future__ import annotations

import pytest

from congress_desk.ui.checkin.credentials_page import CredentialsPage
from congress_desk.ui.checkin.dashboard_page import DashboardPage
from congress_desk.ui.checkin.desk_page import DeskPage
from congress_desk.ui.checkin.list_page import ListPage


@pytest.fixture
def tab(demo_window):
    t = demo_window.tab_widgets["checkin"]
    demo_window.tabs.setCurrentWidget(t)
    t.set_desk_name("Bàn 1")
    return t


def test_the_pages_are_the_page_modules_in_order(tab):
    pages = [tab.pages.widget(i) for i in range(tab.pages.count())]
    assert [type(p) for p in pages] == [DeskPage, DashboardPage, ListPage, CredentialsPage]
    assert [tab.pages.tabText(i) for i in range(4)] == ["Bàn", "Tổng hợp", "Danh sách (điểm danh giấy)",
                                                        "Thẩm tra tư cách"]


def test_each_page_speaks_vietnamese(tab, qtbot):
    assert tab.desk_page.undo_button.text() == "Hủy điểm danh…"
    assert tab.desk_sync.share_state()[1] == "Chỉ lưu trên máy này"     # no shared folder chosen
    tab.pages.setCurrentIndex(1)
    assert tab.dashboard_page.missing_table.horizontalHeaderItem(1).text() == "Chức vụ"
    assert tab.list_page.list_state.itemText(0) == "Tất cả"
    assert tab.credentials_page.print_report_button.text() == "Báo cáo thẩm tra tư cách (PDF)…"
    tab.pages.setCurrentIndex(3)
    assert "triệu tập" in tab.credentials_page.credentials_view.toPlainText().lower()


def test_the_buttons_ask_for_a_person_first(tab, no_dialogs):
    tab.current_code = None
    tab.desk_actions.undo_current()
    assert no_dialogs and no_dialogs[-1][2] == "Hãy quét thẻ hoặc chọn một đại biểu trước"
