"""The hall model: the shipped default, keeping halls in the event file, the grid workbook."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook, load_workbook

from congress_desk.core.errors import UserError
from congress_desk.core.resources import resource_path
from congress_desk.core.seating.geometry import analyse
from congress_desk.core.seating.hall import (
    build_default_hall,
    hall_from_dict,
    hall_to_dict,
    list_halls,
    load_event_hall,
    load_hall,
    save_hall,
    use_hall,
)
from congress_desk.core.seating.hall_io import export_hall, import_hall


def test_shipped_default_has_550_delegate_seats_and_a_presidium():
    shipped = hall_from_dict(json.loads(resource_path("halls", "default.json").read_text("utf-8")))
    assert shipped.count("delegate") == 550
    assert shipped.count("presidium") == 15
    assert shipped.count("secretariat") == 3
    assert shipped.count("press") > 0 and shipped.count("staff") > 0
    assert shipped.problems() == []
    # the shipped file is what the builder makes (a rebuilt hall must not drift)
    assert [s.label for s in shipped.seats] == [s.label for s in build_default_hall().seats]
    # three blocks with two aisles: every floor row has 4 aisle seats in the delegate area
    geo = analyse(shipped)
    first_row = [s for s in shipped.seats if s.section in ("A", "B", "C") and s.row == "1"]
    assert sorted(s.section for s in first_row if geo.aisle[s.label] == 0) == ["A", "B", "B", "C"]
    # stage in front of the floor
    assert max(s.y for s in shipped.seats if s.kind == "presidium") < min(
        s.y for s in shipped.seats if s.kind == "delegate")


@pytest.mark.parametrize("size", [0, 1, 9, 24, 31])
def test_presidium_size_is_configurable(size):
    hall = build_default_hall(size)
    assert hall.count("presidium") == size
    assert hall.count("delegate") == 550
    assert len({s.label for s in hall.seats}) == len(hall.seats)


def test_labels_are_section_row_number():
    hall = build_default_hall()
    seat = hall.seat("A-5-3")
    assert (seat.section, seat.row, seat.number, seat.kind) == ("A", "5", "3", "delegate")
    assert hall.seat("ĐCT-1-1").kind == "presidium"


def test_halls_are_kept_and_the_event_uses_one(event):
    db = event.db
    assert list_halls(db) == ["default"]
    small = build_default_hall(5, name="small")
    small.seats = [s for s in small.seats if s.section != "C"]
    save_hall(db, small)
    assert list_halls(db) == ["default", "small"]
    assert load_event_hall(db).count("delegate") == 550
    use_hall(db, "small")
    hall = load_event_hall(db)
    assert hall.name == "small" and hall.count("delegate") == 550 - 132
    with pytest.raises(UserError):
        use_hall(db, "nowhere")
    # editing the default keeps it in the file
    default = load_hall(db, "default")
    default.seat("B-3-4").kind = "blocked"
    save_hall(db, default)
    assert load_hall(db, "default").seat("B-3-4").kind == "blocked"


def test_grid_round_trip(tmp_path):
    hall = build_default_hall(12)
    hall.seat("B-2-7").kind = "blocked"
    hall.seat("C-22-6").kind = "press"
    out = export_hall(hall, tmp_path / "hall.xlsx")
    back = import_hall(out)
    assert back.name == hall.name
    assert {s.label: s.kind for s in back.seats} == {s.label: s.kind for s in hall.seats}
    x0 = min(s.x for s in hall.seats)
    y0 = min(s.y for s in hall.seats)
    for s in hall.seats:
        b = back.seat(s.label)
        assert (b.x, b.y) == pytest.approx((s.x - x0, s.y - y0))
    assert [(s.name, s.kind) for s in back.sections] == [(s.name, s.kind) for s in hall.sections]
    # the blocked seat is written the way a person would type it
    ws = load_workbook(out)["Sơ đồ"]
    assert "B-2-7 (không dùng)" in {c.value for row in ws.iter_rows() for c in row}


def test_typed_grid_with_kinds_and_errors(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sơ đồ"
    ws["A1"] = "Hội trường tầng 2"
    ws["C3"], ws["D3"] = "ĐCT-1-1", "ĐCT-1-2"
    for c in range(1, 6):
        ws.cell(5, c, f"A-1-{c}")
        ws.cell(6, c, f"A-2-{c}")
    ws["E6"] = "A-2-5 (báo chí)"
    ws["G5"] = "B-1-1 (Khoá)"
    sec = wb.create_sheet("Khu vực")
    sec.append(["Khu", "Tên", "Loại"])
    sec.append(["ĐCT", "Đoàn Chủ tịch", "Đoàn Chủ tịch"])
    sec.append(["A", "Khu A", "đại biểu"])
    path = tmp_path / "typed.xlsx"
    wb.save(path)
    hall = import_hall(path, name="tầng 2")
    assert hall.name == "tầng 2"
    assert hall.seat("ĐCT-1-2").kind == "presidium"
    assert hall.seat("A-2-5").kind == "press"
    assert hall.seat("B-1-1").kind == "blocked"
    assert hall.count("delegate") == 9
    assert hall.seat("A-1-1").y - hall.seat("ĐCT-1-1").y == 2

    ws["B8"] = "not a seat"
    wb.save(path)
    with pytest.raises(UserError) as err:
        import_hall(path)
    assert "B8" in err.value.message and err.value.row == 8
    ws["B8"] = "A-1-1"
    wb.save(path)
    with pytest.raises(UserError) as err:
        import_hall(path)
    assert "A1" in err.value.message or "A5" in err.value.message
    assert "B8" in err.value.message


def test_unreadable_hall_file(tmp_path):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(UserError):
        import_hall(bad)


def test_hall_dict_round_trip():
    hall = build_default_hall()
    again = hall_from_dict(json.loads(json.dumps(hall_to_dict(hall))))
    assert hall_to_dict(again) == hall_to_dict(hall)


def test_editing_rows_seats_kinds_and_section_names(event):
    from congress_desk.core.seating.assign import seat_states
    from congress_desk.core.seating.edit import (
        add_row,
        add_seat,
        remove_row,
        remove_seats,
        rename_section,
        set_kind,
    )
    from congress_desk.core.seats import seat_labels

    db = event.db
    hall = load_hall(db, "default")
    press_y = hall.seat("BC-1-1").y
    label = add_row(hall, "A")
    assert label == "23" and len([s for s in hall.seats if s.section == "A" and s.row == "23"]) == 6
    assert hall.seat("BC-1-1").y == press_y + 1  # the press rows behind moved back
    assert hall.seat("A-23-1").y == hall.seat("A-22-1").y + 1
    new = add_seat(hall, "B", "1")
    assert new == "B-1-14" and hall.seat(new).x == hall.seat("B-1-13").x + 1
    assert add_seat(hall, "A", "1") == "A-1-7"  # into the aisle, which is one seat wide
    with pytest.raises(UserError):
        add_seat(hall, "A", "1")  # now B-1-1 is in the way
    remove_row(hall, "C", "22")
    assert hall.seat("C-22-1") is None
    remove_seats(hall, ["B-2-1"])
    set_kind(hall, ["B-2-2"], "blocked")
    save_hall(db, hall)
    again = load_hall(db, "default")
    assert again.seat("B-2-2").kind == "blocked" and again.seat("A-23-6") is not None

    holder = next(d for d, lab in seat_labels(db).items() if lab.startswith("A-"))
    old = seat_labels(db)[holder]
    rename_section(db, again, "A", "T", title="Khu trái")
    assert seat_labels(db)[holder] == "T" + old[1:]
    assert load_event_hall(db).section("T").title == "Khu trái"
    assert all(not k.startswith("A-") for k in seat_states(db, "default"))
    with pytest.raises(UserError):
        rename_section(db, again, "T", "B")
    with pytest.raises(UserError):
        rename_section(db, again, "T", "X-1")


def test_replace_layout_writes_an_edited_hall_and_carries_renamed_seats(event):
    """The seating tab's undoable hall edits are one core write each way."""
    from congress_desk.core.seating.edit import add_row, rename_in_hall, replace_layout
    from congress_desk.core.seats import seat_labels

    db = event.db
    hall = load_event_hall(db)
    before = hall_to_dict(hall)
    seated = seat_labels(db)
    d, label = next((d, lab) for d, lab in seated.items() if lab.startswith("A-"))
    changed = hall.copy()
    rename_in_hall(changed, "A", "T")
    add_row(changed, "B")
    changes = replace_layout(db, hall.name, hall_to_dict(changed), ("A", "T"))
    assert changes.touches("hall") and changes.touches("seats")
    assert seat_labels(db)[d] == "T" + label[1:]
    assert len(load_event_hall(db).seats) == len(changed.seats) > len(hall.seats)
    replace_layout(db, hall.name, before, ("T", "A"))     # and back (undo)
    assert seat_labels(db)[d] == label and hall_to_dict(load_event_hall(db)) == before
