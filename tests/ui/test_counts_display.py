"""One meaning per number on screen: the desk counter, the dashboard, the status bar and the
registry say the same thing, in the words of core.counts, and never widen the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from congress_desk.core.checkin.report import dashboard, marks_of
from congress_desk.core.counts import tally


def test_desk_dashboard_and_status_bar_agree(demo_window, qtbot):
    w = demo_window
    tab = w.tab_widgets["checkin"]
    w.tabs.setCurrentWidget(tab)
    tab.set_desk_name("Bàn 1")  # a new laptop opens its desk once it is named
    waiting = next(d for d in tab.desk.directory.by_code.values()
                   if d["status"] == "active" and tab.desk.attendance.get(d["code"]) is None)
    qtbot.keyClicks(tab.desk_page.input, waiting["code"])
    qtbot.keyClick(tab.desk_page.input, Qt.Key.Key_Return)
    people = list(tab.desk.directory.by_code.values())
    t = tally(people, marks_of(tab.desk.attendance)).total
    tab.pages.setCurrentIndex(1)
    tab.update_views()
    assert tab.desk_page.counter_label.text() == f"Có mặt {t.present} / {t.summoned} triệu tập"
    assert tab.dashboard_page.summary_label.text() == (f"Có mặt {t.present}/{t.summoned} triệu tập · vắng có lý do {t.absent} · "
                                        f"chưa đến {t.not_arrived} · khách đến trực tiếp {t.walkins}")
    assert t.summoned == 542 and dashboard(people, tab.desk.attendance).counts.total == t


def test_the_counts_line_never_widens_the_window(demo_window):
    w = demo_window
    tab = w.tab_widgets["checkin"]
    w.tabs.setCurrentWidget(tab)
    tab.pages.setCurrentIndex(1)
    w.resize(1366, 728)
    tab.dashboard_page.summary_label.setText("Có mặt 10550/10999 triệu tập · vắng có lý do 12345 · chưa đến 12345 · "
                              "khách đến trực tiếp 12345")
    QApplication.processEvents()
    assert w.minimumSizeHint().width() <= 1366 and w.width() <= 1366
