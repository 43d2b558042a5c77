"""The registry: units, delegates, badge codes, history, quotas."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from congress_desk.core.changes import Changes
from congress_desk.core.errors import UserError
from congress_desk.core.registry import (
    ADDED_DELEGATE,
    ADDED_UNIT,
    RowOp,
    ValidationError,
    add_delegate,
    add_unit,
    apply_plan,
    clean_delegate,
    code_exists,
    delegates_of_unit,
    delete_delegates,
    delete_unit,
    erase_personal,
    find_by_code,
    find_unit,
    get_delegate,
    get_or_create_unit,
    get_unit,
    insert_rows,
    list_delegates,
    list_units,
    next_code,
    set_profiles,
    unit_choices,
    unit_counts,
    unit_kind_label,
    units_by_id,
    update_delegate,
    update_unit,
)
from congress_desk.core.registry.codes import FIRST_NUMBER, is_valid_code, make_code, number_of
from congress_desk.core.vietnamese import name_sort_key

pytestmark = pytest.mark.parametrize("event", ["empty"], indirect=True)


def history(db, entity_id=None):
    sql = "SELECT * FROM history"
    params = []
    if entity_id is not None:
        sql += " WHERE entity_id = ?"
        params.append(entity_id)
    return list(db.query(sql + " ORDER BY id", params))


# ---------------------------------------------------------------- units

def test_add_and_find_units(event):
    db = event.db
    le_chan = add_unit(db, "  Quận  Lê Chân ", "district", 30)
    so_y_te = add_unit(db, "Sở Y tế", "department", "12")
    unit = find_unit(db, "quan le chan")
    assert unit["id"] == le_chan and unit["name"] == "Quận Lê Chân" and unit["quota"] == 30
    assert find_unit(db, "SỞ Y TẾ")["id"] == so_y_te
    assert find_unit(db, "Sở Tư pháp") is None
    assert get_or_create_unit(db, "Sở y tế") == so_y_te
    new = get_or_create_unit(db, "Sở Tư pháp", "department")
    assert new not in (le_chan, so_y_te)
    assert unit_kind_label("district") not in ("", "District")      # said in Vietnamese


@pytest.mark.parametrize("name, kind, quota, field", [
    ("", "district", 5, "name"),
    ("   ", "district", 5, "name"),
    ("Quận Hải An", "planet", 5, "kind"),
    ("Quận Hải An", "district", "năm", "quota"),
    ("Quận Hải An", "district", -1, "quota"),
])
def test_unit_validation_in_vietnamese(event, name, kind, quota, field):
    with pytest.raises(ValidationError) as info:
        add_unit(event.db, name, kind, quota)
    assert info.value.field == field
    assert info.value.problems[0].field == field
    message = info.value.message
    assert message and message.isascii() is False       # Vietnamese, with its letters


def test_unit_names_are_unique_ignoring_case_and_accents(event):
    add_unit(event.db, "Quận Hồng Bàng", "district")
    with pytest.raises(ValidationError) as info:
        add_unit(event.db, "QUẬN HỒNG BÀNG", "district")
    assert "Quận Hồng Bàng" in info.value.message or "QUẬN HỒNG BÀNG" in info.value.message
    other = add_unit(event.db, "Quận Ngô Quyền", "district")
    with pytest.raises(ValidationError):
        update_unit(event.db, other, name="quận hồng bàng")


def test_update_and_delete_unit(event):
    db = event.db
    unit = add_unit(db, "Huyện Cát Hải", "district", 8)
    assert update_unit(db, unit, quota=10) == Changes.of("units")
    assert find_unit(db, "Huyện Cát Hải")["quota"] == 10
    update_unit(db, unit, quota=None)
    assert find_unit(db, "Huyện Cát Hải")["quota"] is None
    delegate = add_delegate(db, {"full_name": "Lương Văn Bảo", "unit_id": unit})
    with pytest.raises(UserError) as info:
        delete_unit(db, unit)
    assert "1" in info.value.message
    delete_delegates(db, [delegate])
    delete_unit(db, unit)
    assert find_unit(db, "Huyện Cát Hải") is None
    with pytest.raises(UserError):
        update_unit(db, unit, quota=3)


# ---------------------------------------------------------------- delegates

def test_add_delegate_cleans_every_field(event):
    db = event.db
    unit = add_unit(db, "Quận Lê Chân", "district", 30)
    delegate_id = add_delegate(db, {
        "full_name": "  NGUYỄN   THỊ HOÀ. ",
        "gender": "Nữ",
        "birth_date": "02/03/1975",
        "ethnicity": " Kinh ",
        "position": "Phó Chủ tịch\u00a0UBND quận",
        "workplace": "UBND quận Lê Chân",
        "unit_id": unit,
        "category": "Chính thức",
        "phone": "+84 912 345 678",
        "national_id": 31175001234,
        "note": "",
    }, actor="thu-ky")
    d = get_delegate(db, delegate_id)
    assert d["full_name"] == "Nguyễn Thị Hoà"
    assert d["gender"] == "female"
    assert (d["birth_date"], d["birth_year"]) == ("1975-03-02", 1975)
    assert d["ethnicity"] == "Kinh" and d["position"] == "Phó Chủ tịch UBND quận"
    assert d["category"] == "official" and d["unit"] == "Quận Lê Chân"
    assert d["phone"] == "0912345678" and d["national_id"] == "031175001234"
    assert d["note"] is None and d["status"] == "active"
    assert is_valid_code(d["code"]) and number_of(d["code"]) == FIRST_NUMBER
    assert find_by_code(db, d["code"])["id"] == delegate_id
    rows = history(db, delegate_id)
    assert [r["action"] for r in rows] == ["add"]
    assert rows[0]["actor"] == "thu-ky" and rows[0]["entity"] == "delegate"
    assert json.loads(rows[0]["after"])["full_name"] == "Nguyễn Thị Hoà"


def test_year_only_birth(event):
    d = get_delegate(event.db, add_delegate(event.db, {"full_name": "Đỗ Văn Đạt", "birth_year": "1968"}))
    assert (d["birth_date"], d["birth_year"]) == (None, 1968)


def test_every_wrong_field_is_listed_in_vietnamese(event):
    with pytest.raises(ValidationError) as info:
        add_delegate(event.db, {
            "full_name": "   ",
            "gender": "không rõ",
            "birth_date": "31/02/1980",
            "phone": "12345",
            "national_id": "1234567",
            "category": "dự khuyết",
            "status": "đã về",
            "rank": "đầu",
        })
    fields = [p.field for p in info.value.problems]
    assert fields == ["full_name", "gender", "birth_date", "category", "phone", "national_id", "status", "rank"]
    messages = {p.field: p.message for p in info.value.problems}
    assert messages["birth_date"] == "Ngày sinh 31/02/1980 không tồn tại"
    assert "tên" in messages["full_name"]
    assert "12345" in messages["phone"] and "1234567" in messages["national_id"]
    assert "; " in info.value.message
    assert event.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0] == 0
    assert history(event.db) == []


def test_unknown_unit_is_a_validation_error(event):
    with pytest.raises(ValidationError) as info:
        add_delegate(event.db, {"full_name": "Trần Văn An", "unit_id": 999})
    assert info.value.field == "unit_id"
    assert event.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0] == 0


def test_codes_are_unique_valid_and_never_reused(event):
    db = event.db
    ids = [add_delegate(db, {"full_name": f"Phạm Văn {given}"})
           for given in ("An", "Bình", "Cường", "Dũng", "Đạt", "Giang")]
    codes = [get_delegate(db, i)["code"] for i in ids]
    assert len(set(codes)) == len(codes)
    assert all(is_valid_code(c) for c in codes)
    assert codes == [make_code(FIRST_NUMBER + i) for i in range(len(codes))]
    delete_delegates(db, ids[-2:])
    new = get_delegate(db, add_delegate(db, {"full_name": "Vũ Thị Hạnh"}))["code"]
    assert new not in codes                       # a printed badge of a deleted person stays dead
    with db.atomic():
        assert next_code(db) not in codes + [new]


def test_explicit_codes_are_checked(event):
    db = event.db
    walk_in = make_code(9_000_001)
    d = add_delegate(db, {"full_name": "Khúc Thị Yến", "category": "guest"}, code=walk_in)
    assert get_delegate(db, d)["code"] == walk_in
    with pytest.raises(ValidationError) as info:
        add_delegate(db, {"full_name": "Tạ Văn Long"}, code=walk_in)
    assert "Khúc Thị Yến" in info.value.message
    wrong = walk_in[:-1] + str((int(walk_in[-1]) + 1) % 10)
    with pytest.raises(ValidationError) as info:
        add_delegate(db, {"full_name": "Tạ Văn Long"}, code=wrong)
    assert wrong in info.value.message
    # The registry's own numbering was not disturbed.
    auto = get_delegate(db, add_delegate(db, {"full_name": "Tạ Văn Long"}))["code"]
    assert number_of(auto) == FIRST_NUMBER


def test_update_records_what_changed(event):
    db = event.db
    unit_a = add_unit(db, "Quận Hải An", "district")
    unit_b = add_unit(db, "Quận Kiến An", "district")
    d = add_delegate(db, {"full_name": "Lê Thị Hòa", "unit_id": unit_a, "phone": "0912345678"})
    changes = update_delegate(db, d, {"phone": "01686123456", "unit_id": str(unit_b)}, actor="van-phong")
    assert changes == Changes.of("delegates")
    row = get_delegate(db, d)
    assert row["phone"] == "0386123456" and row["unit_id"] == unit_b
    assert row["full_name"] == "Lê Thị Hòa"           # untouched fields stay
    update = history(db, d)[-1]
    assert update["action"] == "update" and update["actor"] == "van-phong"
    assert json.loads(update["before"]) == {"phone": "0912345678", "unit_id": unit_a}
    assert json.loads(update["after"]) == {"phone": "0386123456", "unit_id": unit_b}
    # The same values again change nothing and record nothing.
    n = len(history(db, d))
    assert not update_delegate(db, d, {"phone": "0386 123 456"})
    assert len(history(db, d)) == n


def test_update_validates(event):
    d = add_delegate(event.db, {"full_name": "Bùi Thị Xuân", "birth_date": "1970"})
    with pytest.raises(ValidationError) as info:
        update_delegate(event.db, d, {"birth_date": "31/02/1980"})
    assert info.value.field == "birth_date"
    assert get_delegate(event.db, d)["birth_year"] == 1970
    with pytest.raises(ValidationError):
        update_delegate(event.db, d, {"unit_id": 12345})
    with pytest.raises(UserError):
        update_delegate(event.db, 999, {"note": "x"})


def test_delete_records_the_person(event):
    db = event.db
    d = add_delegate(db, {"full_name": "Hoàng Văn Thụ", "national_id": "031060001234"})
    code = get_delegate(db, d)["code"]
    assert delete_delegates(db, [d, 4242], actor="ban-to-chuc") == Changes.of("delegates")
    assert get_delegate(db, d) is None and find_by_code(db, code) is None
    last = history(db, d)[-1]
    assert last["action"] == "delete" and last["actor"] == "ban-to-chuc"
    assert json.loads(last["before"])["full_name"] == "Hoàng Văn Thụ"
    assert last["after"] is None


def test_quota_counts_only_expected_delegates(event):
    db = event.db
    a = add_unit(db, "Quận Dương Kinh", "district", 3, position=2)
    b = add_unit(db, "Sở Tài chính", "department", 2, position=1)
    for name in ("Trần Văn An", "Nguyễn Thị Bích", "Lê Văn Cường"):
        add_delegate(db, {"full_name": name, "unit_id": a})
    gone = add_delegate(db, {"full_name": "Phạm Thị Dung", "unit_id": b})
    add_delegate(db, {"full_name": "Đỗ Văn Em", "unit_id": b})
    update_delegate(db, gone, {"status": "cancelled"})
    counts = unit_counts(db)
    assert counts == {a: 3, b: 1}
    units = list_units(db)
    assert [u["name"] for u in units] == ["Sở Tài chính", "Quận Dương Kinh"]     # by position
    assert [(u["delegates"], u["quota"]) for u in units] == [(1, 2), (3, 3)]


def test_list_delegates_by_unit_then_vietnamese_name_order(event):
    db = event.db
    second = add_unit(db, "Quận Ngô Quyền", "district", position=2)
    first = add_unit(db, "Quận Hồng Bàng", "district", position=1)
    people = {
        second: ["Trần Thị Út", "Nguyễn Văn Ơn", "Đỗ Thị Oanh", "Lê Thị Hòa", "Nguyễn Thị Hoà"],
        first: ["Lương Thế Vinh", "Trần Văn An", "Bùi Thị Ân", "Đào Duy Anh"],
    }
    for unit, names in people.items():
        for name in names:
            add_delegate(db, {"full_name": name, "unit_id": unit})
    add_delegate(db, {"full_name": "Trịnh Công Sơn"})                 # no unit: last
    listed = [(d["unit"], d["full_name"]) for d in list_delegates(db)]
    assert listed == [
        ("Quận Hồng Bàng", "Trần Văn An"), ("Quận Hồng Bàng", "Đào Duy Anh"),
        ("Quận Hồng Bàng", "Bùi Thị Ân"), ("Quận Hồng Bàng", "Lương Thế Vinh"),
        ("Quận Ngô Quyền", "Lê Thị Hòa"), ("Quận Ngô Quyền", "Nguyễn Thị Hoà"),
        ("Quận Ngô Quyền", "Đỗ Thị Oanh"), ("Quận Ngô Quyền", "Nguyễn Văn Ơn"),
        ("Quận Ngô Quyền", "Trần Thị Út"),
        (None, "Trịnh Công Sơn"),
    ]
    only = list_delegates(db, unit_id=second)
    assert [d["full_name"] for d in only] == sorted(people[second], key=name_sort_key)


def test_clean_delegate_partial_checks_only_what_is_given(event):
    assert clean_delegate({"phone": "912345678"}, partial=True) == {"phone": "0912345678"}
    with pytest.raises(ValidationError):
        clean_delegate({"national_id": "12"}, partial=True)


def test_unit_still_referenced_elsewhere_is_not_deleted(event):
    db = event.db
    unit = add_unit(db, "Huyện Tiên Lãng", "district")
    db.execute("CREATE TABLE seat_blocks (id INTEGER PRIMARY KEY, "
               "unit_id INTEGER REFERENCES units(id) ON DELETE RESTRICT)")
    db.execute("INSERT INTO seat_blocks(unit_id) VALUES (?)", [unit])
    with pytest.raises(UserError) as info:
        delete_unit(db, unit)
    assert "không" in info.value.message
    assert find_unit(db, "Huyện Tiên Lãng") is not None


# ---------------------------------------------------------------- one owner (issue 19)

def test_apply_plan_adds_updates_and_removes_with_history(event):
    db = event.db
    unit = add_unit(db, "Phường Lê Chân", "district")
    keep = add_delegate(db, {"full_name": "Trần Văn Bình", "unit_id": unit, "phone": "0912345678"})
    gone = add_delegate(db, {"full_name": "Phạm Thị Cúc", "unit_id": unit})
    gone_row = get_delegate(db, gone)
    steps = []
    ops = [
        RowOp("add", {"full_name": "Đỗ Văn An", "national_id": "031060001234"}),
        RowOp("update", {"phone": "0987654321"}, keep, {"phone": "0912345678"}),
        RowOp("remove", id=gone, before=gone_row),
    ]
    changes = apply_plan(db, ops, unit_id=unit, actor="import", step=steps.append, at="2020-11-01T08:00:00+07:00")
    assert changes == Changes.of("delegates") and steps == [0, 1, 2]
    assert unit_counts(db)[unit] == 2                   # Bình and An, active
    new = [d for d in list_delegates(db) if d["full_name"] == "Đỗ Văn An"][0]
    assert is_valid_code(new["code"]) and new["status"] == "active" and new["unit_id"] == unit
    assert new["created_at"] == new["updated_at"] == "2020-11-01T08:00:00+07:00"
    rows = history(db)[-3:]
    assert [r["action"] for r in rows] == ["add", "update", "delete"]
    assert all(r["actor"] == "import" for r in rows)
    assert list(json.loads(rows[0]["after"])) == ["full_name", "national_id", "unit_id", "code", "status",
                                                  "created_at", "updated_at"]
    assert json.loads(rows[1]["before"]) == {"phone": "0912345678"}
    assert json.loads(rows[1]["after"]) == {"phone": "0987654321"}
    assert json.loads(rows[2]["before"])["full_name"] == "Phạm Thị Cúc" and rows[2]["after"] is None
    assert get_delegate(db, gone) is None and get_delegate(db, keep)["phone"] == "0987654321"
    assert apply_plan(db, [], unit_id=unit, actor="import") == Changes()
    with pytest.raises(ValueError):
        apply_plan(db, [RowOp("merge")], unit_id=unit, actor="import")


def test_bulk_writers_return_changes(event):
    db = event.db
    unit = add_unit(db, "Sở Y tế", "department", position=2)
    other = add_unit(db, "Khách mời", "other", position=1)
    assert unit_choices(db) == [{"id": unit, "name": "Sở Y tế"}]
    assert [u["id"] for u in unit_choices(db, with_other=True)] == [other, unit]
    d = add_delegate(db, {"full_name": "Vũ Thị Lan", "unit_id": unit, "phone": "0912345678",
                          "national_id": "031175001234"})
    assert Changes.of("delegates") == ADDED_DELEGATE and Changes.of("units") == ADDED_UNIT
    assert set_profiles(db, [(d, {"party_member": 1, "education": "master"})]) == Changes.of("delegates")
    row = get_delegate(db, d)
    assert row["party_member"] == 1 and row["education"] == "master"
    assert set_profiles(db, []) == Changes()
    with pytest.raises(ValueError):
        set_profiles(db, [(d, {"full_name": "x"})])
    assert erase_personal(db.conn, ["phone", "national_id"]) == 1
    assert erase_personal(db.conn, ["phone", "national_id"]) == 0        # nothing left to erase
    row = get_delegate(db, d)
    assert row["phone"] is None and row["national_id"] is None and row["full_name"] == "Vũ Thị Lan"
    stamp = "2020-10-20T09:00:00+07:00"
    rows = [{"full_name": "Ngô Văn Nam", "code": make_code(FIRST_NUMBER + 500), "unit_id": unit,
             "status": "active", "presidium": 0, "created_at": stamp, "updated_at": stamp}]
    assert insert_rows(db, rows) == Changes.of("delegates") and insert_rows(db, []) == Changes()
    assert find_by_code(db, make_code(FIRST_NUMBER + 500))["full_name"] == "Ngô Văn Nam"


# ---------------------------------------------------------------- read helpers

def test_units_by_id_gives_every_column_in_id_order_without_counting_delegates(event):
    db = event.db
    yt = add_unit(db, "Sở Y tế", "department", 12, position=2)
    lc = add_unit(db, "Quận Lê Chân", "district", position=1, short_name="Lê Chân")
    add_delegate(db, {"full_name": "Vũ Thị Lan", "unit_id": yt})
    units = units_by_id(db)
    assert list(units) == [yt, lc]                       # id order, not the committee's
    assert units[lc] == {"id": lc, "name": "Quận Lê Chân", "kind": "district", "quota": None,
                         "position": 1, "short_name": "Lê Chân"}
    assert units[yt]["quota"] == 12 and "delegates" not in units[yt]
    assert units[yt] == get_unit(db, yt) and get_unit(db, 999) is None
    assert units_by_id(event.reader) == units           # a plain Reader reads the same


def test_code_exists_and_delegates_of_unit(event):
    db = event.db
    unit = add_unit(db, "Sở Y tế", "department")
    other = add_unit(db, "Sở Tư pháp", "department")
    first = add_delegate(db, {"full_name": "Vũ Thị Lan", "unit_id": unit})
    gone = add_delegate(db, {"full_name": "Ngô Văn Nam", "unit_id": unit, "status": "cancelled"})
    add_delegate(db, {"full_name": "Trần Văn Bình", "unit_id": other})
    code = get_delegate(db, first)["code"]
    assert code_exists(db, code) and code_exists(event.reader, code)
    assert not code_exists(db, make_code(FIRST_NUMBER + 900))
    rows = delegates_of_unit(db, unit)
    assert [d["id"] for d in rows] == [first, gone]      # as stored, in id order
    assert rows[0] == {k: v for k, v in get_delegate(db, first).items() if k != "unit"}
    assert [d["id"] for d in delegates_of_unit(db, unit, active_only=True)] == [first]
    assert delegates_of_unit(db, 999) == []


# Writing SQL on the registry's tables (or sqlite-utils' table writes) outside core/registry.
_TABLE = r"""["'`]?(?:delegates|units)\b"""
_SQL_WRITE = re.compile(r"(?:\bINSERT\s+(?:OR\s+\w+\s+)?INTO|\bREPLACE\s+INTO|\bUPDATE(?:\s+OR\s+\w+)?|\bDELETE\s+FROM)\s+"
                        + _TABLE, re.IGNORECASE)
_TABLE_WRITE = re.compile(r"""(?:\[|\.table\(\s*)["'](?:delegates|units)["']\s*[\])]\s*\)?\s*\.\s*"""
                          r"(?:insert|insert_all|upsert|upsert_all|update|delete|delete_where|add_column|"
                          r"transform|drop)\b")
# Where the tables are made and changed: the schema and its migrations, and their triggers.
_EXEMPT = ("core/registry/", "schema.py", "core/migrations.py")


def _writes(text: str) -> list[str]:
    return [m.group(0) for m in (*_SQL_WRITE.finditer(text), *_TABLE_WRITE.finditer(text))]


def test_the_guard_sees_every_kind_of_write(event):
    for text in ('db.execute("INSERT INTO delegates(full_name) VALUES (?)")',
                 'f"UPDATE delegates SET {cols} WHERE id = ?"', "conn.execute('DELETE FROM units WHERE id = ?')",
                 '"INSERT OR REPLACE INTO units(name) VALUES (?)"', 'db["delegates"].insert_all(rows)',
                 'db.table("units").update(3, {"quota": 2})', "db['delegates'].delete_where('id = 1')"):
        assert _writes(text), text
    for text in ('"SELECT * FROM delegates"', '"DELETE FROM seat_assignments"', '"UPDATE delegates_fts"',
                 '"AFTER DELETE ON delegates"', 'db["delegates"].count'):
        assert not _writes(text), text


def test_only_the_registry_writes_delegates_and_units(event):
    import congress_desk

    root = Path(congress_desk.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        if any(part in rel for part in _EXEMPT):
            continue
        found += [f"{rel}: {w}" for w in _writes(path.read_text(encoding="utf-8"))]
    assert found == []


def test_a_second_phone_typed_in_the_form_is_kept_in_the_note_as_an_import_keeps_it(event):
    """The form used to drop the landline of "CQ: …, DĐ: …" silently; the import keeps it."""
    db = event.db
    delegate_id = add_delegate(db, {"full_name": "Trần Văn Hùng", "phone": "CQ: 0225 3842 123, DĐ: 0912 345 678",
                                    "note": "Đi cùng lái xe"})
    row = get_delegate(db, delegate_id)
    assert row["phone"] == "0912345678"
    assert row["note"] == "Đi cùng lái xe; ĐT khác: 02253842123"
    # Saving the form again does not add it twice, and a partial write leaves the note alone.
    update_delegate(db, delegate_id, {"full_name": "Trần Văn Hùng", "phone": "CQ: 0225 3842 123, DĐ: 0912 345 678",
                                      "note": row["note"]})
    assert get_delegate(db, delegate_id)["note"] == row["note"]
    assert clean_delegate({"phone": "0225 3842 123 / 0912 345 678"}, partial=True) == {"phone": "0912345678"}


def test_an_add_returns_the_new_id_that_says_what_it_changed(event):
    """Every write says what it changed: an add returns the new id (an int wherever an id is
    used) carrying its ``.changes``, so the window refreshes after it like after any write."""
    import json
    import pickle

    db = event.db
    unit = add_unit(db, "Sở Tư pháp", "department", 4)
    assert unit.changes == ADDED_UNIT and isinstance(unit, int)
    again = get_or_create_unit(db, "Sở Tư pháp")
    assert again == unit and not again.changes          # there already: nothing changed
    person = add_delegate(db, {"full_name": "Phạm Thị Lan", "unit_id": unit})
    assert person.changes == ADDED_DELEGATE
    assert get_delegate(db, person)["unit_id"] == unit  # binds as an id in SQL
    assert json.loads(json.dumps({"id": person})) == {"id": int(person)}
    copy = pickle.loads(pickle.dumps(person))
    assert copy == person and copy.changes == ADDED_DELEGATE


def test_new_units_go_after_the_last_position(event):
    from congress_desk.core.registry import last_position

    db = event.db
    assert last_position(db) == 0
    add_unit(db, "Sở Y tế", "department", 5, position=7)
    add_unit(db, "Sở Tư pháp", "department", 4, position=3)
    assert last_position(db) == 7
