"""Units: the districts, departments and organisations that send delegates."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from ..changes import Changes, Created
from ..errors import UserError
from ..fields import FieldError
from ..i18n import translate
from ..vietnamese import clean_text, fold, sort_key

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..db import Reader

UNIT_KINDS = ("district", "department", "organisation", "armed_forces", "enterprise", "school", "other")

# What adding a unit changes (add_unit returns the new id, which its callers need).
ADDED_UNIT = Changes.of("units")


def unit_kind_label(kind: str | None) -> str:
    return {
        "district": translate("core", "District"),
        "department": translate("core", "Department / agency"),
        "organisation": translate("core", "Mass organisation"),
        "armed_forces": translate("core", "Armed forces"),
        "enterprise": translate("core", "Enterprise"),
        "school": translate("core", "School"),
        "other": translate("core", "Other"),
    }.get(kind or "other", kind or "")


class ValidationError(UserError):
    """One or more fields are wrong; ``problems`` lists each with its field."""

    def __init__(self, problems: list[FieldError]):
        super().__init__("; ".join(p.message for p in problems), field=problems[0].field)
        self.problems = problems


# ---------------------------------------------------------------- units

def list_units(db: Database) -> list[dict]:
    """Units in the committee's order, each with its count of active delegates."""
    rows = list(
        db.query(
            """
            SELECT u.*, (SELECT COUNT(*) FROM delegates d
                         WHERE d.unit_id = u.id AND d.status = 'active') AS delegates
            FROM units u
            """
        )
    )
    kind_order = {k: i for i, k in enumerate(UNIT_KINDS)}
    rows.sort(key=lambda u: (u["position"], kind_order.get(u["kind"], 99), sort_key(u["name"])))
    return rows


def last_position(db: Database) -> int:
    """The highest list position a unit has (0 for none): new units go after it."""
    return db.execute("SELECT max(0, COALESCE(MAX(position), 0)) FROM units").fetchone()[0]


def units_by_id(db: Database | Reader) -> dict[int, dict]:
    """Every unit (all its columns) by id, in id order: for readers that look units up by id
    (names, positions, kinds, quotas) without the delegate counts of :func:`list_units`."""
    return {u["id"]: u for u in db.query("SELECT * FROM units ORDER BY id")}


def get_unit(db: Database | Reader, unit_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM units WHERE id = ?", [unit_id]))
    return rows[0] if rows else None


def find_unit(db: Database, name: str) -> dict | None:
    """The unit with this name, ignoring case, spacing and tone placement."""


    wanted = fold(clean_text(name))
    for unit in db.query("SELECT * FROM units"):
        if fold(unit["name"]) == wanted:
            return unit
    return None


def _clean_unit(name, kind, quota) -> tuple[str, str, int | None]:
    name = clean_text(name)
    if not name:
        raise ValidationError([FieldError("name", translate("core", "The unit needs a name"))])
    kind = kind or "other"
    if kind not in UNIT_KINDS:
        raise ValidationError([FieldError("kind", translate("core", "Unknown unit kind {kind}").format(kind=kind))])
    if quota in ("", None):
        quota = None
    else:
        try:
            quota = int(quota)
        except (TypeError, ValueError):
            raise ValidationError([FieldError("quota", translate("core", "The quota must be a whole number"))]) from None
        if quota < 0:
            raise ValidationError([FieldError("quota", translate("core", "The quota cannot be negative"))])
    return name, kind, quota


def unit_choices(db: Database | Reader, *, with_other: bool = False) -> list[dict]:
    """``{"id", "name"}`` of each unit in the committee's list order (position, then name),
    for pickers; units of kind "other" only ``with_other``."""
    where = "" if with_other else " WHERE kind != 'other'"
    return list(db.query(f"SELECT id, name FROM units{where} ORDER BY position, name"))


def add_unit(db: Database, name: str, kind: str = "other", quota: int | None = None,
             position: int = 0, short_name: str | None = None) -> Created:
    """Add a unit (cleaned here). Returns its new id, whose ``.changes`` is :data:`ADDED_UNIT`."""
    name, kind, quota = _clean_unit(name, kind, quota)
    if find_unit(db, name):
        raise ValidationError([FieldError("name", translate("core", "A unit named {name} already exists").format(name=name))])
    with db.atomic():
        cur = db.execute(
            "INSERT INTO units(name, kind, quota, position, short_name) VALUES (?, ?, ?, ?, ?)",
            [name, kind, quota, position, short_name],
        )
    return Created(cur.lastrowid, ADDED_UNIT)


def get_or_create_unit(db: Database, name: str, kind: str = "other") -> Created:
    """The id of the unit of this name, added when missing (``.changes``: :data:`ADDED_UNIT`
    when it was added, nothing when it was there)."""
    unit = find_unit(db, name)
    return Created(unit["id"], Changes()) if unit else add_unit(db, name, kind)


def update_unit(db: Database, unit_id: int, *, name=None, kind=None, quota=..., position=None) -> Changes:
    unit = get_unit(db, unit_id)
    if unit is None:
        raise UserError(translate("core", "The unit no longer exists"))
    new_name, new_kind, new_quota = _clean_unit(
        unit["name"] if name is None else name,
        unit["kind"] if kind is None else kind,
        unit["quota"] if quota is ... else quota,
    )
    other = find_unit(db, new_name)
    if other and other["id"] != unit_id:
        raise ValidationError([FieldError("name", translate("core", "A unit named {name} already exists").format(name=new_name))])
    with db.atomic():
        db.execute(
            "UPDATE units SET name = ?, kind = ?, quota = ?, position = ? WHERE id = ?",
            [new_name, new_kind, new_quota, unit["position"] if position is None else position, unit_id],
        )
    return Changes.of("units")


def delete_unit(db: Database, unit_id: int) -> Changes:
    count = db.execute("SELECT COUNT(*) FROM delegates WHERE unit_id = ?", [unit_id]).fetchone()[0]
    if count:
        raise UserError(translate("core", "The unit still has {n} delegates; move or delete them first").format(n=count))
    try:
        with db.atomic():
            db.execute("DELETE FROM units WHERE id = ?", [unit_id])
    except sqlite3.IntegrityError:
        # Another part of the event (a seating block, a nomination…) still refers to it.
        raise UserError(translate("core", "The unit is still in use elsewhere in the event; it was not deleted")) from None
    return Changes.of("units")


