"""The Event settings dialog's one operation: settings, documents, the credentials flag and
the units, in one transaction (issue 19, item 2)."""

from __future__ import annotations

import dataclasses

import pytest

from congress_desk.core import registry
from congress_desk.core.changes import Changes
from congress_desk.core.counts import CREDENTIALS_HONOREES_KEY
from congress_desk.core.errors import UserError
from congress_desk.core.event import get_value, load_settings
from congress_desk.core.event_settings import UnitEdits, save_event_settings
from congress_desk.core.printing import officials

pytestmark = pytest.mark.parametrize("event", ["empty"], indirect=True)


def _names(db):
    return [u["name"] for u in registry.list_units(db)]


def test_settings_documents_and_flag_are_saved(event):
    db = event.db
    settings = dataclasses.replace(load_settings(db), name="Đại hội Thi đua yêu nước lần thứ X", venue="Nhà hát lớn")
    changes = save_event_settings(db, settings, documents={"sections": {}}, credentials_honorees=True)
    assert changes == Changes.of("event", "units")
    assert load_settings(db).name == "Đại hội Thi đua yêu nước lần thứ X"
    assert load_settings(db).venue == "Nhà hát lớn"
    assert get_value(db, CREDENTIALS_HONOREES_KEY) is True
    assert get_value(db, officials.KEY) == {"sections": {}}
    save_event_settings(db, settings, credentials_honorees=False)
    assert get_value(db, CREDENTIALS_HONOREES_KEY) is False
    assert get_value(db, officials.KEY) == {"sections": {}}, "documents left as they are when not given"


def test_units_added_renamed_and_deleted_in_the_tables_order(event):
    db = event.db
    a = registry.add_unit(db, "Quận Hồng Bàng", "district", 10, position=1)
    b = registry.add_unit(db, "Quận Ngô Quyền", "district", 9, position=2)
    c = registry.add_unit(db, "Sở Y tế", "department", 5, position=3)
    rows = [
        (None, "Huyện Cát Hải", "district", "8"),
        (a, "Quận Hồng Bàng", "district", "12"),
        (None, "   ", "other", ""),                  # an empty new row is skipped
        (b, "Quận Ngô Quyền mới", "district", ""),   # renamed, quota cleared
        (None, "Sở Tài chính", "department", "4"),
    ]
    save_event_settings(db, load_settings(db), units=UnitEdits(rows=rows, deleted=[c]))
    units = {u["name"]: u for u in registry.list_units(db)}
    assert _names(db) == ["Quận Hồng Bàng", "Quận Ngô Quyền mới", "Huyện Cát Hải", "Sở Tài chính"]
    assert units["Quận Hồng Bàng"]["quota"] == 12
    assert units["Quận Ngô Quyền mới"]["quota"] is None
    assert units["Huyện Cát Hải"]["quota"] == 8 and units["Huyện Cát Hải"]["position"] == 3
    assert units["Sở Tài chính"]["position"] == 4 and units["Sở Tài chính"]["kind"] == "department"
    assert registry.find_unit(db, "Sở Y tế") is None


def test_a_unit_with_delegates_is_refused_and_nothing_is_written(event):
    db = event.db
    keep = registry.add_unit(db, "Quận Lê Chân", "district", 10, position=1)
    busy = registry.add_unit(db, "Huyện Cát Hải", "district", 8, position=2)
    registry.add_delegate(db, {"full_name": "Lương Văn Bảo", "unit_id": busy})
    before = load_settings(db)
    settings = dataclasses.replace(before, name="Tên mới")
    rows = [(keep, "Quận Lê Chân", "district", "20"), (None, "Sở Y tế", "department", "3")]
    with pytest.raises(UserError) as info:
        save_event_settings(db, settings, credentials_honorees=True, units=UnitEdits(rows=rows, deleted=[busy]))
    assert "1" in info.value.message and "đại biểu" in info.value.message
    assert load_settings(db) == before, "the settings were not saved either"
    assert get_value(db, CREDENTIALS_HONOREES_KEY) is None
    assert _names(db) == ["Quận Lê Chân", "Huyện Cát Hải"]
    assert registry.find_unit(db, "Quận Lê Chân")["quota"] == 10


def test_a_duplicate_new_unit_rolls_back_the_whole_save(event):
    db = event.db
    a = registry.add_unit(db, "Quận Lê Chân", "district", 10, position=1)
    rows = [(a, "Quận Lê Chân", "district", "11"), (None, "quận lê chân", "district", "2")]
    with pytest.raises(UserError):
        save_event_settings(db, dataclasses.replace(load_settings(db), name="Tên mới"), units=UnitEdits(rows=rows))
    assert load_settings(db).name != "Tên mới"
    assert registry.find_unit(db, "Quận Lê Chân")["quota"] == 10
