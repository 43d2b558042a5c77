"""The import dialog keeps each file's plan and makes it again only when what it depends on
changes (the file as read, "remove those not in the file", the duplicates chosen, the event
file's data): switching files, sheets and refreshing the labels read no delegates again."""

from __future__ import annotations

import pytest
from fixtures import workbooks as W
from PySide6.QtCore import Qt

from congress_desk.ui.intake import plan as plan_module

HEAD = ["STT", "Họ và tên", "Số CCCD", "Ngày sinh", "Chức vụ"]


def _file(path, title, people):
    return W.rows_xlsx(path, [[title], [], HEAD] + [[i, *p] for i, p in enumerate(people, start=1)], sheet="DS")


@pytest.fixture
def opened(window, make_event):
    assert window.open_path(make_event("empty", name="cache.congress", open=False))
    return window


@pytest.fixture
def plans_made(monkeypatch):
    calls = []
    real = plan_module.plan_file

    def counted(*args, **kwargs):
        calls.append(args[1].file)
        return real(*args, **kwargs)

    monkeypatch.setattr(plan_module, "plan_file", counted)
    return calls


def test_the_plan_is_made_again_only_when_its_inputs_change(opened, qtbot, tmp_path, plans_made):
    a = _file(tmp_path / "hai-an.xlsx", "UBND QUẬN HẢI AN",
              [("Trần Văn Hải", "031080001234", "02/03/1980", "Chủ tịch"),
               ("Lê Thị Hoa", "031185004321", "1985", "Phó Chủ tịch")])
    b = _file(tmp_path / "kien-an.xlsx", "UBND QUẬN KIẾN AN",
              [("Trần Văn Hải", "031080001234", "02/03/1980", "Chủ tịch"),   # the same person
               ("Đỗ Thu Trang", "031190001111", "1990", "Chuyên viên")])
    dlg = opened.intake.open_import([a, b])
    qtbot.addWidget(dlg)
    assert plans_made == ["hai-an.xlsx"] and "thêm 2" in dlg.plan.plan_label.text()
    dlg.files.setCurrentRow(1)
    assert plans_made == ["hai-an.xlsx", "kien-an.xlsx"]

    for _ in range(3):                       # nothing they depend on changed
        dlg.files.setCurrentRow(0)
        dlg.files.setCurrentRow(1)
        dlg.update_plan()
    dlg.plan.over_quota(dlg.entries)
    assert len(plans_made) == 2

    dlg.form.replace.setChecked(True)        # "remove those not in the file": that file only
    assert plans_made[2:] == ["kien-an.xlsx"]
    dlg.form.replace.setChecked(False)
    assert plans_made[3:] == ["kien-an.xlsx"]

    assert dlg.dupes.topLevelItemCount() == 1
    dlg.dupes.set_choice(0, "all")           # the second copy is imported again: its file's plan only
    assert plans_made[4:] == ["kien-an.xlsx"]
    dlg.files.setCurrentRow(0)               # the first copy was never left out: its plan stands
    assert len(plans_made) == 5
    dlg.dupes.set_choice(0, "merge")         # merged into the first: the first's plan changes
    assert plans_made[5:] == ["hai-an.xlsx"]

    del plans_made[:]
    qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    # Import's quota check makes again only the plan the merge made stale; after importing, the
    # files are read again against the event file, and the plan shown is made for what it holds now
    assert plans_made == ["kien-an.xlsx", "hai-an.xlsx"]
    del plans_made[:]
    dlg.update_plan()
    assert plans_made == [] and "thêm 0" in dlg.plan.plan_label.text()


def test_a_write_to_the_event_file_makes_the_plan_again(opened, qtbot, tmp_path, plans_made):
    from congress_desk.core.event import set_value

    a = _file(tmp_path / "hai-an.xlsx", "UBND QUẬN HẢI AN", [("Trần Văn Hải", "031080001234", "02/03/1980", "Chủ tịch")])
    dlg = opened.intake.open_import([a])
    qtbot.addWidget(dlg)
    dlg.update_plan()
    assert plans_made == ["hai-an.xlsx"]
    other = opened.event_file.connect()        # another connection (the writer thread's) commits
    try:
        set_value(other, "plan-cache-test", 1)
    finally:
        other.close()
    dlg.update_plan()
    assert plans_made == ["hai-an.xlsx", "hai-an.xlsx"]
