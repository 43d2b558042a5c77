"""The import dialog on a real window and a real event file: preview, correct a column,
import, re-import with the mapping remembered, duplicates, Cancel."""

from __future__ import annotations

import pytest
from fixtures import workbooks as W
from PySide6.QtCore import Qt

from congress_desk.core.registry import find_unit, list_delegates

HEAD = ["STT", "Họ và tên", "Mã số", "Ngày sinh", "Chức vụ"]


def _file(path, people, title="UBND QUẬN HẢI AN"):
    rows = [[title], [], HEAD]
    for i, (name, nid, birth, position) in enumerate(people, start=1):
        rows.append([i, name, nid, birth, position])
    return W.rows_xlsx(path, rows, sheet="DS")


PEOPLE = [("Trần Văn Hải", "031080001234", "02/03/1980", "Chủ tịch UBND quận"),
          ("Lê Thị Hoa", "031185004321", "1985", "Phó Chủ tịch"),
          ("Phạm Minh Đức", "031070007777", "15/07/1970", "Bí thư Quận uỷ")]


@pytest.fixture
def opened(window, make_event):
    path = make_event("empty", name="hai-an.congress", open=False)
    assert window.open_path(path)
    return window


def _set_role(dlg, column, role):
    combo = dlg.preview.cellWidget(0, column + 1)
    combo.setCurrentIndex(combo.findData(role))


def test_entry_points(opened):
    assert opened.findChild(object, "action_import") is not None  # in the menu from the start
    opened.tab("delegates")  # the button comes with the Đại biểu tab, built when first shown
    assert opened.intake.button is not None and opened.intake.button.isEnabled()
    assert opened.intake.import_action.isEnabled()


def test_import_correct_mapping_and_reimport(opened, qtbot, tmp_path):
    first = _file(tmp_path / "hai-an.xlsx", PEOPLE)
    dlg = opened.intake.open_import([first])
    qtbot.addWidget(dlg)
    assert dlg.files.count() == 1 and "Quận Hải An" in dlg.files.item(0).text()
    assert dlg.form.header_row.value() == 3
    combo = dlg.preview.cellWidget(0, 3)              # "Mã số": not recognised
    assert combo.currentData() is None
    assert dlg.preview.cellWidget(0, 2).currentData() == "full_name"
    assert dlg.preview.item(1, 0).background().color().name() == "#d9f2d9"      # green
    assert "thêm 3" in dlg.plan.plan_label.text()

    _set_role(dlg, 2, "national_id")                    # the user corrects the column
    assert [p.data["national_id"] for p in dlg.entries[0].result.people] == [p[1] for p in PEOPLE]
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    db = opened.event_file.db
    unit = find_unit(db, "Quận Hải An")
    people = list_delegates(db, unit_id=unit["id"])
    assert sorted(d["national_id"] for d in people) == sorted(p[1] for p in PEOPLE)
    assert "3" in dlg.status.text()
    qtbot.waitUntil(lambda: opened.tab_widgets["delegates"].model.rowCount() == 3)   # the tab refreshed
    dlg.close()

    # The unit sends a corrected file: one promoted, one new, one gone.
    corrected = [PEOPLE[0][:3] + ("Bí thư Quận uỷ",), PEOPLE[1], ("Đỗ Thu Trang", "031190001111", "1990", "Chuyên viên")]
    second = _file(tmp_path / "hai-an-sua.xlsx", corrected)
    dlg = opened.intake.open_import([second])
    qtbot.addWidget(dlg)
    assert dlg.preview.cellWidget(0, 3).currentData() == "national_id"          # remembered for the unit
    assert "thêm 1" in dlg.plan.plan_label.text() and "thay đổi 1" in dlg.plan.plan_label.text()
    dlg.form.replace.setChecked(True)
    assert "xoá 1" in dlg.plan.plan_label.text() and "Phạm Minh Đức" in dlg.plan.plan_label.text()
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    people = {d["full_name"]: d for d in list_delegates(db, unit_id=unit["id"])}
    assert set(people) == {"Trần Văn Hải", "Lê Thị Hoa", "Đỗ Thu Trang"}
    assert people["Trần Văn Hải"]["position"] == "Bí thư Quận uỷ"


def test_rows_coloured_with_reasons_and_unit_choice(opened, qtbot, tmp_path):
    bad = _file(tmp_path / "x.xlsx", [("Nguyễn Văn Một", "", "31/02/1980", "Cán bộ"),
                                      ("Hùng", "", "1980", "Cán bộ")], title="DANH SÁCH")
    dlg = opened.intake.open_import([bad])
    qtbot.addWidget(dlg)
    assert "không tồn tại" in dlg.preview.item(1, 0).text()
    assert dlg.preview.item(1, 0).background().color().name() == "#f8cbcb"      # red: not imported
    assert dlg.preview.item(2, 0).background().color().name() == "#fff2b3"      # yellow: one-word name
    dlg.form.unit.setEditText("Sở Tư pháp")
    dlg.form.unit_changed()
    assert dlg.entries[0].result.unit == "Sở Tư pháp"
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert [d["full_name"] for d in list_delegates(opened.event_file.db, unit_id=find_unit(
        opened.event_file.db, "Sở Tư pháp")["id"])] == ["Hùng"]


def test_duplicates_keep_one_or_merge(opened, qtbot, tmp_path):
    a = _file(tmp_path / "a.xlsx", [PEOPLE[0]], title="UBND QUẬN HẢI AN")
    b = W.rows_xlsx(tmp_path / "b.xlsx", [["UBND QUẬN KIẾN AN"], ["STT", "Họ và tên", "Số CCCD", "Ngày sinh", "SĐT"],
                                          [1, "Trần Văn Hải", "031080001234", "02/03/1980", "0912345678"]])
    dlg = opened.intake.open_import([a, b])
    qtbot.addWidget(dlg)
    dlg.files.setCurrentRow(0)
    _set_role(dlg, 2, "national_id")
    assert dlg.dupes.topLevelItemCount() == 1
    dlg.dupes.set_choice(0, "merge")
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    [d] = list_delegates(opened.event_file.db)
    assert d["unit"] == "Quận Hải An" and d["phone"] == "0912345678"     # merged from the other copy


def test_cancel_leaves_the_event_file_untouched(opened, qtbot, tmp_path, monkeypatch):
    from congress_desk.core.errors import Cancelled
    from congress_desk.core.progress import CancelToken
    from congress_desk.ui import tasks

    class PressedCancel(CancelToken):
        def check(self):
            raise Cancelled()

    monkeypatch.setattr(tasks, "CancelToken", PressedCancel)
    dlg = opened.intake.open_import([_file(tmp_path / "c.xlsx", PEOPLE)])
    qtbot.addWidget(dlg)
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert "không có gì" in dlg.status.text().lower() or "huỷ" in dlg.status.text().lower()
    db = opened.event_file.db
    assert list_delegates(db) == [] and find_unit(db, "Quận Hải An") is None
    assert dlg.import_button.isEnabled()


def test_import_on_a_real_thread(opened, qtbot, tmp_path, real_jobs):
    dlg = opened.intake.open_import([_file(tmp_path / "t.xlsx", PEOPLE)])
    qtbot.addWidget(dlg)
    with qtbot.waitSignal(dlg.imported, timeout=10000):
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert len(list_delegates(opened.event_file.db)) == 3


def test_dropped_files_open_the_dialog(opened, qtbot, tmp_path):
    path = _file(tmp_path / "d.xlsx", PEOPLE)
    opened.files_dropped.emit([str(path)])
    dlg = opened.intake.dialog
    qtbot.addWidget(dlg)
    assert dlg is not None and dlg.files.count() == 1


def test_header_row_can_be_moved(opened, qtbot, tmp_path):
    rows = [["DANH SÁCH"], ["Cột A", "Cột B"], ["STT", "Người dự", "Ngày sinh"], [1, "Vũ Văn Hậu", "1979"]]
    dlg = opened.intake.open_import([W.rows_xlsx(tmp_path / "h.xlsx", rows, sheet="DS")])
    qtbot.addWidget(dlg)
    assert not dlg.entries[0].result.ok                        # "Người dự" is no known heading
    assert dlg.preview.rowCount() == 4 and dlg.preview.item(2, 2).text() == "Người dự"   # shown as it is
    # The user says where the header is and which column holds the name.
    dlg.form.header_row.setValue(3)
    dlg.form.header_row.editingFinished.emit()
    assert dlg.form.header_row.value() == 3
    assert dlg.preview.cellWidget(0, 3).currentData() == "birth"
    _set_role(dlg, 1, "full_name")
    assert [p.data["full_name"] for p in dlg.entries[0].result.people] == ["Vũ Văn Hậu"]
    assert dlg.entries[0].result.people[0].data["birth_year"] == 1979


def test_export_template_and_annotated_copy_from_the_window(opened, qtbot, tmp_path, monkeypatch):
    from openpyxl import load_workbook
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    bad = _file(tmp_path / "loi.xlsx", [("Nguyễn Văn Một", "031080001234", "31/02/1980", "Cán bộ")])
    dlg = opened.intake.open_import([bad])
    qtbot.addWidget(dlg)
    assert dlg.annotate_button.isEnabled()
    qtbot.mouseClick(dlg.annotate_button, Qt.MouseButton.LeftButton)
    annotated = tmp_path / "loi_gop-y.xlsx"
    assert annotated.exists() and str(annotated) in dlg.status.text()
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)   # nothing valid to add
    from congress_desk.core.registry import find_unit

    assert find_unit(opened.event_file.db, "Quận Hải An") is None     # no empty unit created

    out = tmp_path / "xuat.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    opened.intake.export_action.trigger()
    assert load_workbook(out).active["A1"].value

    tpl = tmp_path / "mau.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tpl), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Quận Hải An", True))
    from congress_desk.core.registry import add_unit

    add_unit(opened.event_file.db, "Quận Hải An", "district")
    opened.intake.template_action.trigger()
    meta = load_workbook(tpl)["_congress_desk"]
    assert meta["B2"].value == "Quận Hải An" and meta["B1"].value


# ---------------------------------------------------------------- quota (issue 14)

def _over_quota_dialog(opened, qtbot, tmp_path, quota=2):
    from congress_desk.core import registry

    registry.add_unit(opened.event_file.db, "Quận Hải An", "district", quota)
    dlg = opened.intake.open_import([_file(tmp_path / "hai-an.xlsx", PEOPLE)])
    qtbot.addWidget(dlg)
    return dlg


def _hai_an(opened):
    db = opened.event_file.db
    return list_delegates(db, unit_id=find_unit(db, "Quận Hải An")["id"])


def test_over_quota_is_shown_in_the_preview_before_anything_is_written(opened, qtbot, tmp_path):
    dlg = _over_quota_dialog(opened, qtbot, tmp_path)
    assert dlg.plan.quota_label.isVisible()
    text = dlg.plan.quota_label.text()
    assert "Quận Hải An" in text and "3" in text and "2" in text
    assert _hai_an(opened) == []


@pytest.mark.parametrize(("answer", "names"), [
    ("quota_all", {"Trần Văn Hải", "Lê Thị Hoa", "Phạm Minh Đức"}),
    ("quota_first", {"Trần Văn Hải", "Lê Thị Hoa"}),
    ("quota_cancel", set()),
])
def test_the_clerk_chooses_all_the_first_n_or_cancel(opened, qtbot, tmp_path, answer, names):
    dlg = _over_quota_dialog(opened, qtbot, tmp_path)
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    box = dlg.quota_box
    assert box is not None and box.isVisible()
    assert "Quận Hải An" in box.text()
    assert box.findChild(object, "quota_first").text() == "Nhập 2 người đầu"
    qtbot.mouseClick(box.findChild(object, answer), Qt.MouseButton.LeftButton)
    assert {d["full_name"] for d in _hai_an(opened)} == names
    if answer == "quota_first":
        assert "1" in dlg.status.text() and "chỉ tiêu" in dlg.status.text()
    if answer == "quota_cancel":
        assert "huỷ" in dlg.status.text().lower()


def test_within_the_quota_nothing_is_asked(opened, qtbot, tmp_path):
    dlg = _over_quota_dialog(opened, qtbot, tmp_path, quota=3)
    assert not dlg.plan.quota_label.isVisible()
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert dlg.quota_box is None and len(_hai_an(opened)) == 3


def test_export_and_template_names_say_what_and_which_congress(demo_window, monkeypatch, tmp_path):
    from PySide6 import QtWidgets

    offered = []
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName",
                        lambda parent, title, start, filters: offered.append(start) or ("", ""))
    monkeypatch.setattr(QtWidgets.QInputDialog, "getItem",
                        lambda *a, **k: ("Quận Lê Chân", True))
    demo_window.intake.export_dialog()
    demo_window.intake.template_dialog()
    from pathlib import Path

    assert [Path(p).name for p in offered] == ["danh-sach-dai-bieu_DH-TDYN-HP-IX.xlsx",
                                               "mau-danh-sach-quan-le-chan_DH-TDYN-HP-IX.xlsx"]
