"""Every write of the event file says what it changed, so the window refreshes the right
screens (issue 19, item 2: "every write returns Changes")."""

from __future__ import annotations

import pytest

from congress_desk.core.changes import Changes
from congress_desk.core.event import set_value
from congress_desk.core.printing import officials
from congress_desk.core.printing.records import last_printed, record_printed
from congress_desk.core.registry import list_delegates

pytestmark = pytest.mark.parametrize("event", ["empty"], indirect=True)


def test_settings_values_and_documents(event):
    assert set_value(event.db, "x", 1) == Changes.of("event")
    assert officials.save(event.db, {}) == Changes.of("event")


def test_print_log(event):
    from congress_desk.core.registry import add_delegate, add_unit

    unit = add_unit(event.db, "Quận Lê Chân", "district")
    add_delegate(event.db, {"full_name": "Lương Văn Bảo", "unit_id": unit})
    records = list_delegates(event.db)
    assert record_printed(event.db, "badges", [], None) == Changes()
    assert record_printed(event.db, "badges", records, "default") == Changes.of("printing")
    assert set(last_printed(event.db, "badges")) == {records[0]["id"]}
