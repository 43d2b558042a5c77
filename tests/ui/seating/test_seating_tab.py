"""The seating tab on the real demo congress: drop a delegate on a seat, drag to swap,
move a group, undo/redo, lock, re-run auto-seating (synchronously and on the real
writer thread), search, hall edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from congress_desk.core.seating.assign import seat_states
from congress_desk.core.seats import seat_labels
from congress_desk.ui.seating.view import MIME_DELEGATES


@pytest.fixture
def tab(demo_window, qtbot):
    w = demo_window
    t = w.tab_widgets["seating"]
    w.tabs.setCurrentWidget(t)
    t.view.resetTransform()
    t.view.scale_factor = 1.0
    QApplication.processEvents()
    return t


def _point(tab, label) -> QPoint:
    item = tab.scene.items_by_label[label]
    tab.view.centerOn(item)
    QApplication.processEvents()
    return tab.view.mapFromScene(item.sceneBoundingRect().center())


def _drop(tab, ids, label):
    mime = QMimeData()
    mime.setData(MIME_DELEGATES, "\n".join(map(str, ids)).encode())
    pos = QPointF(_point(tab, label))
    event = QDropEvent(pos, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    tab.view.dropEvent(event)
    return event


def _drag(tab, source, target, modifiers=Qt.KeyboardModifier.NoModifier):
    vp = tab.view.viewport()
    a = _point(tab, source)
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, modifiers, a)
    b = _point(tab, target)
    a = tab.view.mapFromScene(tab.scene.items_by_label[source].sceneBoundingRect().center())
    for f in (0.3, 0.7, 1.0):
        p = a + (b - a) * f
        QTest.mouseMove(vp, QPoint(int(p.x()), int(p.y())))
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, b)


def test_the_tab_shows_the_seated_demo(tab):
    db = tab.window_.event_file.db
    assert tab.title() == "Sơ đồ chỗ ngồi"
    assert len(tab.scene.items_by_label) == len(tab.model.hall.seats)
    assert tab.model.hall.count("delegate") == 550
    assert len(tab.model.seat_of) == len(seat_labels(db))
    # colours follow the category: an occupied seat is not white, an empty one is
    occupied = next(iter(tab.model.seat_of.values()))
    assert tab.scene.items_by_label[occupied].brush().color().name() != "#ffffff"
    assert tab.legend.count() >= 8


def test_drop_a_delegate_from_the_list_then_undo_redo(tab):
    db = tab.window_.event_file.db
    seat = "A-12-3"
    person = tab.model.person_at(seat)
    tab.model.clear([seat])
    assert seat_labels(db).get(person.id) is None
    ids = [tab.unseated.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.unseated.count())]
    assert person.id in ids
    event = _drop(tab, [person.id], "A-12-3")
    assert event.isAccepted()
    assert seat_labels(db)[person.id] == "A-12-3"
    assert person.id not in [tab.unseated.item(i).data(Qt.ItemDataRole.UserRole) for i in range(tab.unseated.count())]
    tab.undo_action.trigger()
    assert seat_labels(db).get(person.id) is None
    tab.redo_action.trigger()
    assert seat_labels(db)[person.id] == "A-12-3"
    # the list's drag carries the same data the map accepts
    mime = tab.unseated.mime_for([7, 8])
    assert bytes(mime.data(MIME_DELEGATES)) == b"7\n8"


def test_drag_between_seats_swaps_and_undo_restores(tab):
    db = tab.window_.event_file.db
    a, b = "B-10-4", "B-12-9"
    pa, pb = tab.model.person_at(a), tab.model.person_at(b)
    assert pa and pb and pa.id != pb.id
    _drag(tab, a, b)
    labels = seat_labels(db)
    assert labels[pa.id] == b and labels[pb.id] == a
    assert tab.model.undo.count() == 1
    tab.undo_action.trigger()
    labels = seat_labels(db)
    assert labels[pa.id] == a and labels[pb.id] == b


def test_move_a_group_to_empty_seats(tab):
    db = tab.window_.event_file.db
    tab.model.clear(["C-21-1", "C-21-2"])
    movers = [tab.model.person_at("A-15-1"), tab.model.person_at("A-15-2")]
    tab.scene.clearSelection()
    tab.scene.items_by_label["A-15-1"].setSelected(True)
    tab.scene.items_by_label["A-15-2"].setSelected(True)
    _drag(tab, "A-15-1", "C-21-1")
    labels = seat_labels(db)
    assert labels[movers[0].id] == "C-21-1" and labels[movers[1].id] == "C-21-2"
    assert tab.model.person_at("A-15-1") is None


def test_lock_then_auto_seat_keeps_locks_and_is_undoable(tab, no_dialogs):
    db = tab.window_.event_file.db
    hall = tab.model.hall
    # put someone at the back and lock them there
    seat = "B-22-7"
    person = tab.model.person_at("B-8-7")
    tab.model.clear([seat])
    _drag(tab, "B-8-7", seat)
    assert seat_labels(db)[person.id] == seat
    tab.scene.clearSelection()
    tab.scene.items_by_label[seat].setSelected(True)
    tab.lock_button.click()
    assert seat_states(db, hall.name)[seat] == (person.id, True)
    assert tab.scene.items_by_label[seat].pen().widthF() > 2
    before = seat_labels(db)
    tab.auto_button.reseat_action.trigger()  # the question is answered "yes"; the job runs synchronously
    question = next(text for kind, _title, text in no_dialogs if kind == "question")
    assert "người đang có ghế sẽ đổi chỗ" in question
    assert seat_states(db, hall.name)[seat] == (person.id, True)
    after = seat_labels(db)
    assert after[person.id] == seat
    moved = sum(1 for d, label in before.items() if after.get(d) != label)
    assert f"{moved} người đang có ghế sẽ đổi chỗ" in question     # said before, done after
    assert tab.model.undo.undoText() == tab.auto_button.tr("Re-seat everyone") == "Xếp lại toàn bộ"
    tab.undo_action.trigger()
    assert seat_labels(db) == before
    tab.redo_action.trigger()
    assert seat_labels(db) == after
    assert "B-8-7" in after.values()  # the freed seat was filled again


def test_locked_seat_refuses_a_drop(tab, no_dialogs):
    db = tab.window_.event_file.db
    tab.model.set_locked(["A-3-1"], True)
    person = tab.model.person_at("A-9-1")
    _drag(tab, "A-9-1", "A-3-1")
    assert seat_labels(db)[person.id] == "A-9-1"
    assert no_dialogs and "A-3-1" in no_dialogs[-1][2]


def test_search_finds_and_centres(tab):
    person = tab.model.person_at("C-14-5")
    tab.search.setText(person.code)
    tab.search.find_next()
    assert tab.scene.highlight is not None
    assert tab.scene.items_by_label["C-14-5"].isSelected()
    assert person.full_name in tab.status.text()
    centre = tab.view.mapToScene(tab.view.viewport().rect().center())
    assert tab.scene.items_by_label["C-14-5"].sceneBoundingRect().adjusted(-60, -60, 60, 60).contains(centre)


def test_hall_edits_are_undoable(tab):
    db = tab.window_.event_file.db
    person = tab.model.person_at("A-7-2")
    tab.seat_menu.set_kind(["A-7-2"], "blocked")
    assert tab.model.hall.seat("A-7-2").kind == "blocked"
    assert seat_labels(db).get(person.id) is None
    tab.undo_action.trigger()
    assert tab.model.hall.seat("A-7-2").kind == "delegate"
    assert seat_labels(db)[person.id] == "A-7-2"
    tab.seat_menu.rename_section("A", "T")
    assert seat_labels(db)[person.id] == "T-7-2"
    assert "T-7-2" in tab.scene.items_by_label
    tab.undo_action.trigger()
    assert seat_labels(db)[person.id] == "A-7-2"
    n = len(tab.model.hall.seats)
    menu = tab.seat_menu.build(["B-3-3"])
    add_row = next(a for a in menu.actions() if a.text().startswith(("Thêm một hàng", "Add a row")))
    add_row.trigger()
    assert len(tab.model.hall.seats) == n + 13


def test_rules_panel_saves_the_order(tab):
    from congress_desk.core.seating.rules import load_rules

    db = tab.window_.event_file.db
    tab.rules_panel.rules_list.setCurrentRow(2)
    tab.rules_panel._move(tab.rules_panel.rules_list, -1)
    assert load_rules(db).order[1] == "honorees_aisle"
    tab.rules_panel.rules_list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert load_rules(db).disabled == ["presidium"]


def test_auto_seat_on_the_real_writer_thread(tab, real_jobs, qtbot):
    db = tab.window_.event_file.db
    tab.model.clear(["B-5-5", "B-5-6"])
    assert len(tab.model.unseated()) >= 2
    tab.auto_button.run_auto_seat()
    qtbot.waitUntil(lambda: not tab.auto_button.running, timeout=20000)
    assert tab.model.person_at("B-5-5") is not None
    assert len(seat_labels(db)) >= len(tab.model.seat_of) > 500


def test_hall_spreadsheet_and_seating_export_from_the_tab(tab, tmp_path, no_dialogs):
    from openpyxl import load_workbook

    from congress_desk.core.seating.hall import list_halls

    db = tab.window_.event_file.db
    out = tmp_path / "hall.xlsx"
    tab.halls.export_hall_dialog(str(out))
    wb = load_workbook(out)
    ws = wb["Thông tin"]
    ws["B1"] = "tầng 2"  # the same plan, kept as a second hall
    wb.save(out)
    tab.halls.import_hall_dialog(str(out))
    assert "tầng 2" in list_halls(db)
    assert tab.model.hall.name == "tầng 2"
    assert tab.model.hall.count("delegate") == 550
    assert tab.model.seat_of == {}  # a new hall starts empty
    assert tab.hall_combo.currentData() == "tầng 2"
    tab.halls.switch_hall("default")
    assert len(tab.model.seat_of) > 500  # the first hall kept its seating
    seating = tmp_path / "seating.xlsx"
    tab.halls.export_seating_dialog(str(seating))
    assert load_workbook(seating).sheetnames == ["Theo đơn vị", "Theo ghế"]
    bad = tmp_path / "bad.xlsx"
    bad.write_text("nope")
    tab.halls.import_hall_dialog(str(bad))
    assert no_dialogs and "bad.xlsx" in no_dialogs[-1][2]


def test_hover_text_names_the_delegate(tab):
    person = tab.model.person_at("B-9-3")
    text = tab.view.seat_text("B-9-3")
    assert "B-9-3" in text and person.full_name in text and person.unit in text


def test_keyboard_clears_and_locks_the_selection(tab):
    db = tab.window_.event_file.db
    person = tab.model.person_at("C-9-2")
    tab.scene.clearSelection()
    tab.scene.items_by_label["C-9-2"].setSelected(True)
    tab.view.setFocus()
    QTest.keyClick(tab.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert seat_states(db, tab.model.hall.name)["C-9-2"] == (person.id, True)
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert seat_labels(db)[person.id] == "C-9-2"  # locked seats are not cleared
    QTest.keyClick(tab.view, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(tab.view, Qt.Key.Key_Delete)
    assert person.id not in seat_labels(db)


def test_checks_panel_lists_a_guest_behind_officials_and_shows_the_seat(tab):
    guest_seat = next(label for label, (d, locked) in tab.model.states.items()
                      if d is not None and not locked and tab.model.people[d].category == "guest"
                      and label.startswith("B-"))
    tab.model.clear(["B-21-5"])
    tab.model.move([guest_seat], "B-21-5")
    tab.refresh_checks()  # the jobs run synchronously in these tests
    texts = [tab.checks.list.item(i).text() for i in range(tab.checks.list.count())]
    assert any("B-21-5" in t for t in texts)
    row = next(i for i, t in enumerate(texts) if "B-21-5" in t)
    tab.checks.list.itemClicked.emit(tab.checks.list.item(row))
    assert tab.scene.items_by_label["B-21-5"].isSelected()
    assert tab.scene.highlight is not None


def test_new_hall_with_its_presidium_then_delete_it(tab, no_dialogs):
    from congress_desk.core.seating.hall import list_halls

    db = tab.window_.event_file.db
    tab.halls.new_hall("Hội trường nhỏ", 7)
    assert tab.model.hall.name == "Hội trường nhỏ"
    assert tab.model.hall.count("presidium") == 7
    assert len(tab.scene.items_by_label) == len(tab.model.hall.seats)
    tab.halls.switch_hall("default")
    tab.hall_combo.setCurrentIndex(tab.hall_combo.findData("Hội trường nhỏ"))
    tab.halls.delete_hall_dialog()  # confirmed by the recorded question
    assert "Hội trường nhỏ" not in list_halls(db)
    tab.hall_combo.setCurrentIndex(tab.hall_combo.findData("default"))
    tab.halls.delete_hall_dialog()  # the hall in use cannot go
    assert "default" in list_halls(db)
    assert no_dialogs[-1][0] == "warning"


def test_rubber_band_selects_a_group_then_it_moves_together(tab):
    db = tab.window_.event_file.db
    tab.model.clear(["C-20-4", "C-20-5", "C-20-6"])
    movers = [tab.model.person_at(f"A-18-{n}") for n in (4, 5, 6)]
    tab.scene.clearSelection()
    vp = tab.view.viewport()
    first = _point(tab, "A-18-4")
    pitch = _point(tab, "A-18-5").x() - first.x()
    # Start in the gap between rows 17 and 18 and seats 3 and 4: no seat there at any zoom.
    above, left = _point(tab, "A-17-4"), _point(tab, "A-18-3")
    start = QPoint((first.x() + left.x()) // 2, (first.y() + above.y()) // 2)
    end = QPoint(first.x() + int(pitch * 2.2), first.y() + int(pitch * 0.2))
    assert tab.scene.label_at(tab.view.mapToScene(start)) is None
    QTest.mousePress(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for f in (0.25, 0.5, 0.75, 1.0):
        QTest.mouseMove(vp, start + (end - start) * f)
    QTest.mouseRelease(vp, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    assert sorted(tab.scene.selected_labels()) == ["A-18-4", "A-18-5", "A-18-6"]
    _drag(tab, "A-18-4", "C-20-4")
    labels = seat_labels(db)
    assert [labels[p.id] for p in movers] == ["C-20-4", "C-20-5", "C-20-6"]
    tab.undo_action.trigger()
    labels = seat_labels(db)
    assert [labels[p.id] for p in movers] == ["A-18-4", "A-18-5", "A-18-6"]


def test_auto_seat_places_only_the_unseated_and_keeps_a_swap(tab, no_dialogs):
    """Issue 14: latecomers are placed; nobody seated moves, a manual swap stays; no question."""
    from congress_desk.core import registry

    db = tab.window_.event_file.db
    pa, pb = tab.model.person_at("B-6-3"), tab.model.person_at("B-6-4")
    _drag(tab, "B-6-3", "B-6-4")                                  # the manual swap
    unit = next(u for u in registry.list_units(db) if u["delegates"])
    for i in range(3):
        registry.add_delegate(db, {"full_name": f"Đỗ Văn Muộn {i}", "unit_id": unit["id"], "category": "official"})
    from congress_desk.core.changes import Changes

    tab.window_.notify_changed(Changes.of("delegates"))
    before = seat_labels(db)
    tab.auto_button.click()
    after = seat_labels(db)
    assert not [k for k, *_ in no_dialogs if k == "question"]
    assert all(after[d] == label for d, label in before.items())
    assert (after[pa.id], after[pb.id]) == ("B-6-4", "B-6-3")
    assert len(after) == len(before) + 3 + 1                      # + the demo's walk-in
    assert "4 người được xếp chỗ, 0 người đổi chỗ" in tab.window_.statusBar().currentMessage()


def test_undo_buttons_never_widen_the_window(tab):
    """A long undo text goes to the tooltip; the button keeps its short label."""
    window = tab.window_
    window.resize(1366, 728)
    QApplication.processEvents()
    width = window.width()
    hint = tab.undo_button.sizeHint().width()
    long_name = "Nguyễn Thị Phương Thảo Hoàng Lê Minh"
    tab.model.clear(["C-21-1"])
    person = tab.model.person_at("A-15-1")
    db = tab.window_.event_file.db
    db.execute("UPDATE delegates SET full_name = ? WHERE id = ?", [long_name, person.id])
    tab.model.reload_people()
    _drag(tab, "A-15-1", "C-21-1")
    QApplication.processEvents()
    assert tab.undo_button.text() == "Hoàn tác" and long_name in tab.undo_button.toolTip()
    assert tab.undo_button.sizeHint().width() == hint
    assert window.width() == width <= 1366 and window.minimumSizeHint().width() <= 1366


def test_place_wording_and_the_search_ring_follows_the_person(tab):
    person = tab.model.person_at("C-14-5")
    tab.search.setText(person.code)
    tab.search.find_next()
    tab.model.clear(["C-20-1"])
    _drag(tab, "C-14-5", "C-20-1")
    assert tab.model.undo.undoText() == f"Chuyển {person.full_name} sang ghế C-20-1"
    ring = tab.scene.highlight.sceneBoundingRect().center()
    assert tab.scene.items_by_label["C-20-1"].sceneBoundingRect().contains(ring)
    tab.undo_action.trigger()
    ring = tab.scene.highlight.sceneBoundingRect().center()
    assert tab.scene.items_by_label["C-14-5"].sceneBoundingRect().contains(ring)
    unseated = tab.model.unseated()[0]
    tab.model.place([unseated.id], "C-20-1")
    assert tab.model.undo.undoText() == f"Xếp {unseated.full_name} vào ghế C-20-1"


def test_seat_changes_are_core_writes_on_the_writer_thread(tab, real_jobs, qtbot, monkeypatch):
    """Issue 19: the map shows a change at once; the writer thread writes it, with its own
    connection, and the main window hears what changed."""
    import threading

    from congress_desk.core.seating import assign

    db = tab.window_.event_file.db
    calls = []
    real = assign.set_seats

    def spy(conn, *args, **kwargs):
        calls.append((threading.current_thread() is threading.main_thread(), conn is db))
        return real(conn, *args, **kwargs)

    monkeypatch.setattr(assign, "set_seats", spy)
    heard = []
    tab.window_.event_changed.connect(heard.append)
    person = tab.model.person_at("C-9-2")
    tab.model.clear(["C-9-2"])
    assert tab.model.person_at("C-9-2") is None            # shown before it is written
    qtbot.waitUntil(lambda: bool(calls) and not tab.model._pending, timeout=10000)
    assert calls == [(False, False)]
    assert person.id not in seat_labels(db)
    assert any(c.touches("seats") for c in heard)
    tab.undo_action.trigger()
    qtbot.waitUntil(lambda: not tab.model._pending, timeout=10000)
    assert seat_labels(db)[person.id] == "C-9-2" and len(calls) == 2


def test_a_failed_seat_write_shows_the_file_as_it_is(tab, no_dialogs, monkeypatch):
    from congress_desk.core.errors import UserError
    from congress_desk.core.seating import assign

    db = tab.window_.event_file.db
    person = tab.model.person_at("C-9-3")

    def refuse(*args, **kwargs):
        raise UserError("the disk is full")

    monkeypatch.setattr(assign, "set_seats", refuse)
    tab.model.clear(["C-9-3"])
    QApplication.processEvents()
    assert seat_labels(db)[person.id] == "C-9-3"
    assert tab.model.person_at("C-9-3") == person           # back as the file has it
    assert tab.model.undo.count() == 0
    assert no_dialogs and "the disk is full" in no_dialogs[-1][2]
