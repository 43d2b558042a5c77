"""The Đại biểu tab driven like a clerk would: type, click, fill the form."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from congress_desk.core import registry
from congress_desk.core.vietnamese import fold, name_sort_key, sort_key
from congress_desk.ui.delegates.model import _unit_order


def tab_of(window):
    return window.tab_widgets["delegates"]


def shown_rows(tab) -> list[dict]:
    return [tab.model.row_dict(r) for r in range(tab.model.rowCount())]


def test_demo_shows_every_delegate_sorted_by_unit_then_name(demo_window):
    tab = tab_of(demo_window)
    rows = shown_rows(tab)
    total = demo_window.event_file.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0]
    assert len(rows) == total >= 550
    keys = [(_unit_order(r), sort_key(r["unit"] or ""), name_sort_key(r["full_name"])) for r in rows]
    assert keys == sorted(keys)
    assert demo_window.tabs.tabText(0) == "Đại biểu"


def test_typing_filters_ignoring_diacritics_and_case(demo_window, qtbot):
    tab = tab_of(demo_window)
    qtbot.keyClicks(tab.search, "NGUYEN thi")
    rows = shown_rows(tab)
    assert rows, "the demo has Nguyễn Thị …"
    for r in rows:
        text = fold(" ".join(filter(None, (r["code"], r["full_name"], r["position"], r["workplace"], r["unit"]))))
        assert "nguyen" in text and "thi" in text
    every = registry.list_delegates(demo_window.event_file.db)
    expected = [d for d in every if "nguyen" in fold(d["full_name"]) and "thi" in fold(d["full_name"])]
    assert len(rows) >= len(expected)
    total = len(tab.model.all_rows())
    assert tab.count_label.text() == f"{len(rows)} hiển thị · 542 triệu tập"
    tab.search.clear()
    assert tab.model.rowCount() == total


def test_search_with_accents_finds_the_same(demo_window, qtbot):
    tab = tab_of(demo_window)
    tab.search.setText("hoà")  # accented text arrives whole from the input method
    with_accent = {r["id"] for r in shown_rows(tab)}
    tab.search.clear()
    qtbot.keyClicks(tab.search, "hoa")
    without = {r["id"] for r in shown_rows(tab)}
    assert with_accent == without and with_accent


def test_clicking_the_name_header_sorts_by_given_name(demo_window, qtbot):
    tab = tab_of(demo_window)
    header = tab.table.horizontalHeader()
    x = header.sectionViewportPosition(1) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center().__class__(x, 5))
    names = [r["full_name"] for r in shown_rows(tab)]
    assert names == sorted(names, key=name_sort_key)  # the first click sorts A to Z
    given = [n.split()[-1] for n in names[:40]]
    assert len(set(given)) < 40  # grouped by given name, not by family name


def test_unit_and_category_filters(demo_window):
    tab = tab_of(demo_window)
    index = tab.unit_filter.findText("Quận Lê Chân")
    tab.unit_filter.setCurrentIndex(index)
    rows = shown_rows(tab)
    assert rows and {r["unit"] for r in rows} == {"Quận Lê Chân"}
    tab.category_filter.setCurrentIndex(tab.category_filter.findData("honoree"))
    assert all(r["category"] == "honoree" and r["unit"] == "Quận Lê Chân" for r in shown_rows(tab))
    tab.unit_filter.setCurrentIndex(0)
    tab.category_filter.setCurrentIndex(tab.category_filter.findData("guest"))
    guests = shown_rows(tab)
    assert len(guests) > 50 and all(r["category"] == "guest" for r in guests)


def test_add_delegate_explains_mistakes_then_saves(demo_window, qtbot):
    tab = tab_of(demo_window)
    tab.unit_filter.setCurrentIndex(tab.unit_filter.findText("Quận Lê Chân"))
    before = tab.model.rowCount()
    db = demo_window.event_file.db
    # the demo has a guest of the same name already: the new one is the one not there before
    namesakes = {d["id"] for d in registry.list_delegates(db) if d["full_name"] == "Nguyễn Thị Hoà"}
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    form = next(w for w in tab.findChildren(QDialog) if w.isVisible())
    form.full_name.setText("  NGUYỄN THỊ  HOÀ ")
    qtbot.keyClicks(form.birth, "31/02/1980")
    qtbot.keyClicks(form.phone, "12345")
    qtbot.keyClicks(form.national_id, "0311")
    form.gender.setCurrentIndex(form.gender.findData("female"))
    form.category.setCurrentIndex(form.category.findData("official"))
    form.accept()
    assert form.isVisible(), "a form with mistakes stays open"
    assert form.errors["birth_date"].isVisibleTo(form)
    assert "31/02/1980 không tồn tại" in form.errors["birth_date"].text()
    assert "di động 10 chữ số" in form.errors["phone"].text()
    assert "12 chữ số" in form.errors["national_id"].text()

    form.birth.setText("2/3/1975")
    form.phone.setText("+84 912 345 678")
    form.national_id.setText("031175001234")
    form.accept()
    assert not form.isVisible()
    assert tab.model.rowCount() == before + 1
    added = [d for d in registry.list_delegates(db)
             if d["full_name"] == "Nguyễn Thị Hoà" and d["id"] not in namesakes]
    assert len(added) == 1
    d = added[0]
    assert (d["birth_date"], d["phone"], d["national_id"], d["unit"]) == (
        "1975-03-02", "0912345678", "031175001234", "Quận Lê Chân")
    from congress_desk.core.registry.codes import is_valid_code

    assert is_valid_code(d["code"])
    assert tab.selected_ids() == [d["id"]]


def test_edit_delegate_records_history(demo_window, qtbot):
    tab = tab_of(demo_window)
    tab.table.selectRow(3)
    delegate_id = tab.selected_ids()[0]
    form = tab.edit_selected()
    form.position.setText("Phó Giám đốc Sở Nội vụ")
    form.accept()
    db = demo_window.event_file.db
    assert registry.get_delegate(db, delegate_id)["position"] == "Phó Giám đốc Sở Nội vụ"
    history = list(db.query("SELECT * FROM history WHERE entity = 'delegate' AND entity_id = ?", [delegate_id]))
    assert history[-1]["action"] == "update" and "Phó Giám đốc Sở Nội vụ" in history[-1]["after"]
    qtbot.waitUntil(lambda: tab.model.index(tab.model.row_of(delegate_id), 4).data()
                    == "Phó Giám đốc Sở Nội vụ", timeout=2000)


def test_delete_asks_then_removes(demo_window, no_dialogs, qtbot):
    tab = tab_of(demo_window)
    total = tab.model.rowCount()
    tab.table.selectRow(0)
    delegate_id = tab.selected_ids()[0]
    tab.delete_selected()
    assert no_dialogs and no_dialogs[-1][0] == "question"
    assert registry.get_delegate(demo_window.event_file.db, delegate_id) is None
    qtbot.waitUntil(lambda: tab.model.rowCount() == total - 1, timeout=2000)
    assert tab.model.row_of(delegate_id) is None


def test_quota_panel_flags_units_over_quota(demo_window, qtbot):
    tab = tab_of(demo_window)
    db = demo_window.event_file.db
    unit = registry.find_unit(db, "Sở Y tế")
    registry.update_unit(db, unit["id"], quota=1)
    tab.reload()
    items = tab.quotas.findItems("Sở Y tế", Qt.MatchFlag.MatchExactly, 0)
    assert items and "Vượt chỉ tiêu" in items[0].toolTip(1)
    assert "1 vượt chỉ tiêu" in tab.quota_summary.text()


def test_seat_column_shows_khu_hang_ghe_from_seating(demo_window):
    from congress_desk.core.seats import seat_labels

    tab = tab_of(demo_window)
    seats = seat_labels(demo_window.event_file.db)
    assert seats, "the demo comes seated"
    column = tab.model.COLUMNS.index("seat")
    assert tab.model.headerData(column, Qt.Orientation.Horizontal) == "Chỗ ngồi"
    shown = {tab.model.delegate_id(r): tab.model.index(r, column).data() for r in range(tab.model.rowCount())}
    assert all(shown[d] == label for d, label in seats.items() if d in shown)


def test_search_ranks_full_name_matches_first_and_says_why_others_matched(demo_window, qtbot):
    """Issue 14: "nguyen thi huong" returned rows matching words in other columns, sorted by code."""
    db = demo_window.event_file.db
    unit = registry.list_units(db)[-1]["id"]
    other = registry.add_delegate(db, {"full_name": "Trần Văn Bình", "unit_id": unit,
                                       "position": "Hiệu trưởng Trường THCS Nguyễn Thị Hương"})
    prefix = registry.add_delegate(db, {"full_name": "Nguyễn Thị Hương Giang", "unit_id": unit})
    exact = registry.add_delegate(db, {"full_name": "Nguyễn Thị Hương", "unit_id": unit})
    demo_window.notify_changed(registry.Changes.of("delegates"))
    tab = tab_of(demo_window)
    qtbot.waitUntil(lambda: any(r["id"] == exact for r in tab.model.all_rows()))
    qtbot.keyClicks(tab.search, "nguyen thi huong")
    ids = [r["id"] for r in shown_rows(tab)]
    names = [fold(r["full_name"]) for r in shown_rows(tab)]
    exacts = names.count("nguyen thi huong")     # the demo may have its own Nguyễn Thị Hương
    assert set(names[:exacts]) == {"nguyen thi huong"} and exact in ids[:exacts]
    assert ids.index(prefix) < ids.index(other)
    first_other = next(i for i, r in enumerate(shown_rows(tab)) if tab.model.match_of(i).fields)
    assert all("nguyen" in n and "thi" in n and "huong" in n for n in names[:first_other])
    row = ids.index(other)
    position = tab.model.index(row, tab.model.COLUMNS.index("position"))
    name = tab.model.index(row, tab.model.COLUMNS.index("full_name"))
    assert tab.model.data(position, Qt.ItemDataRole.BackgroundRole) is not None   # the matching cell
    assert "Chức vụ" in tab.model.data(name, Qt.ItemDataRole.ToolTipRole)
    assert tab.model.data(tab.model.index(0, 1), Qt.ItemDataRole.BackgroundRole) is None


def test_one_meaning_per_number_in_the_registry_and_the_status_bar(demo_window):
    """The demo has 551 rows: 542 summoned, 8 cancelled, one walk-in. The list, the status
    bar and the status column say so in the words of core.counts."""
    from congress_desk.core.counts import attendance_counts, load_marks

    tab = tab_of(demo_window)
    counts = attendance_counts(demo_window.event_file.reader).total
    assert (len(tab.model.all_rows()), counts.summoned, counts.cancelled) == (551, 542, 8)
    assert tab.count_label.text() == "551 hiển thị · 542 triệu tập"
    bar = demo_window.summary_label.text()
    assert bar == (f"542 triệu tập · {counts.present} có mặt · {counts.absent} vắng có lý do · "
                   f"{counts.not_arrived} chưa đến")
    marks = load_marks(demo_window.event_file.reader)
    column = tab.model.COLUMNS.index("status")
    seen = {}
    for row in range(tab.model.rowCount()):
        r = tab.model.row_dict(row)
        mark = marks.get(r["code"])
        text = tab.model.data(tab.model.index(row, column))
        if r["status"] == "cancelled":
            seen.setdefault("cancelled", text)
        elif mark and mark.present and not mark.walkin:
            seen.setdefault("present", text)
        elif mark and mark.absent:
            seen.setdefault("absent", text)
            assert tab.model.data(tab.model.index(row, column), Qt.ItemDataRole.ToolTipRole) == mark.reason
        elif not mark:
            seen.setdefault("missing", text)
    assert seen == {"cancelled": "Đã hủy", "present": "Đã đến", "absent": "Vắng", "missing": "Dự kiến dự"}


def test_status_column_shows_its_longest_text_whole(demo_window):
    """"Dự kiến dự" was cut to "Dự kiến…" at the default width on the committee's laptops."""
    tab = demo_window.tab("delegates")
    table, model = tab.table, tab.model
    width = table.columnWidth(model.COLUMNS.index("status"))
    metrics = table.fontMetrics()
    texts = model.status_texts()
    assert "Dự kiến dự" in texts
    assert all(metrics.horizontalAdvance(text) + 8 <= width for text in texts)
    # ...without squeezing the position column it stretches against (a walk-in's long label
    # once made the status column twice as wide and left "Chức vụ" a few letters)
    assert width <= 120
    assert table.columnWidth(model.COLUMNS.index("position")) >= 60
