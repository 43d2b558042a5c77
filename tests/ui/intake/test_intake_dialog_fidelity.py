"""The import dialog with the lists of issue 18: hidden rows shown and imported on request,
a workbook of several units imported unit by unit, a column of no field kept in the note."""

from __future__ import annotations

import pytest
from fixtures import unit_lists as U
from PySide6.QtCore import Qt

from congress_desk.core.registry import find_unit, list_delegates

HEADER = ["STT", "Họ và tên", "Năm sinh", "Chức vụ", "Quê quán"]


@pytest.fixture
def opened(window, make_event):
    path = make_event("empty", name="fidelity.congress", open=False)
    assert window.open_path(path)
    return window


def test_hidden_rows_listed_then_included(opened, qtbot, tmp_path):
    rows = [[1, "Nguyễn Văn An", 1968, "Giám đốc", "Thái Bình"], [2, "Trần Thị Bình", 1970, "Kế toán", None]]
    path = U.sheet_xlsx(tmp_path / "an.xlsx", {"DS": U.titled(HEADER, rows)}, hidden_rows={"DS": {8}})
    dlg = opened.intake.open_import([path])
    qtbot.addWidget(dlg)
    hidden = [dlg.preview.item(i, 0).text() for i in range(1, dlg.preview.rowCount())
              if "Hàng ẩn" in dlg.preview.item(i, 0).text()]
    assert len(hidden) == 1 and "Trần Thị Bình" in hidden[0]
    assert "thêm 1" in dlg.plan.plan_label.text()
    dlg.form.include_hidden.setChecked(True)
    assert "thêm 2" in dlg.plan.plan_label.text()
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    db = opened.event_file.db
    people = {d["full_name"]: d for d in list_delegates(db, unit_id=find_unit(db, "Quận Hải An")["id"])}
    assert set(people) == {"Nguyễn Văn An", "Trần Thị Bình"}
    assert people["Nguyễn Văn An"]["note"] == "Quê quán: Thái Bình"


def test_a_workbook_of_several_units_is_imported_unit_by_unit(opened, qtbot, tmp_path):
    rows = [HEADER, ["Đơn vị: Quận Hồng Bàng"], [1, "Nguyễn Văn An", 1970, "Chủ tịch"],
            ["Đơn vị: Quận Lê Chân"], [1, "Lê Văn Cường", 1972, "Bí thư"], [2, "Đỗ Thị Dung", 1973, None]]
    dlg = opened.intake.open_import([U.sheet_xlsx(tmp_path / "khoi.xlsx", {"DS": rows})])
    qtbot.addWidget(dlg)
    assert "Quận Hồng Bàng" in dlg.form.summary.text() and "Quận Lê Chân" in dlg.form.summary.text()
    assert "thêm 3" in dlg.plan.plan_label.text()
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    db = opened.event_file.db
    by_unit = {name: sorted(d["full_name"] for d in list_delegates(db, unit_id=find_unit(db, name)["id"]))
               for name in ("Quận Hồng Bàng", "Quận Lê Chân")}
    assert by_unit == {"Quận Hồng Bàng": ["Nguyễn Văn An"], "Quận Lê Chân": ["Lê Văn Cường", "Đỗ Thị Dung"]}


def test_a_workbook_of_several_units_is_checked_unit_by_unit_against_the_quotas(opened, qtbot, tmp_path):
    from congress_desk.core import registry

    db = opened.event_file.db
    registry.add_unit(db, "Quận Hồng Bàng", "district", 5)
    registry.add_unit(db, "Quận Lê Chân", "district", 1)
    rows = [HEADER, ["Đơn vị: Quận Hồng Bàng"], [1, "Nguyễn Văn An", 1970, "Chủ tịch"],
            ["Đơn vị: Quận Lê Chân"], [1, "Lê Văn Cường", 1972, "Bí thư"], [2, "Đỗ Thị Dung", 1973, None]]
    dlg = opened.intake.open_import([U.sheet_xlsx(tmp_path / "khoi.xlsx", {"DS": rows})])
    qtbot.addWidget(dlg)
    assert dlg.plan.quota_label.isVisible()
    assert "Quận Lê Chân" in dlg.plan.quota_label.text() and "Quận Hồng Bàng" not in dlg.plan.quota_label.text()
    assert "1 cần xem lại" in dlg.files.item(0).text()   # the warning counted on the file
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    box = dlg.quota_box
    assert box is not None and "Quận Lê Chân" in box.text()
    assert box.findChild(object, "quota_first").text() == "Nhập 1 người đầu"
    qtbot.mouseClick(box.findChild(object, "quota_first"), Qt.MouseButton.LeftButton)
    by_unit = {name: sorted(d["full_name"] for d in list_delegates(db, unit_id=find_unit(db, name)["id"]))
               for name in ("Quận Hồng Bàng", "Quận Lê Chân")}
    assert by_unit == {"Quận Hồng Bàng": ["Nguyễn Văn An"], "Quận Lê Chân": ["Lê Văn Cường"]}
