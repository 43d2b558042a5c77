"""The registry: units and their delegates, with badge codes and a change history."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Iterable
from typing import TYPE_CHECKING

from .changes import Changes
from .codes import FIRST_NUMBER, is_valid_code, make_code
from .errors import UserError
from .event import get_value, set_value
from .fields import (
    CATEGORIES,
    PROFILE_FIELDS,
    STATUSES,
    FieldError,
    clean_profile,
    parse_birth,
    parse_category,
    parse_gender,
    parse_national_id,
    parse_phone,
)
from .i18n import translate
from .vietnamese import clean_name, clean_text, name_sort_key, sort_key

if TYPE_CHECKING:
    from sqlite_utils import Database

UNIT_KINDS = ("district", "department", "organisation", "armed_forces", "enterprise", "school", "other")

# The fields of a delegate a person edits, in form order.
DELEGATE_FIELDS = (
    "full_name", "gender", "birth_date", "birth_year", "ethnicity", "position", "workplace",
    "unit_id", "category", "phone", "national_id", "note", "status", "rank", "presidium",
    "party_member", "education", "political_theory", "social_group",
)
TEXT_FIELDS = ("ethnicity", "position", "workplace", "note")



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


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


class ValidationError(UserError):
    """One or more fields are wrong; ``problems`` lists each with its field."""

    def __init__(self, problems: list[FieldError]):
        super().__init__("; ".join(p.message for p in problems), field=problems[0].field)
        self.problems = problems


# ---------------------------------------------------------------- history

def record_history(db: Database, entity: str, entity_id, action: str, before=None, after=None,
                   actor: str | None = None) -> None:
    db.execute(
        "INSERT INTO history(at, actor, entity, entity_id, action, before, after) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            _now(), actor, entity, entity_id, action,
            json.dumps(before, ensure_ascii=False) if before is not None else None,
            json.dumps(after, ensure_ascii=False) if after is not None else None,
        ],
    )


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


def get_unit(db: Database, unit_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM units WHERE id = ?", [unit_id]))
    return rows[0] if rows else None


def find_unit(db: Database, name: str) -> dict | None:
    """The unit with this name, ignoring case, spacing and tone placement."""
    from .vietnamese import fold

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


def add_unit(db: Database, name: str, kind: str = "other", quota: int | None = None,
             position: int = 0, short_name: str | None = None) -> int:
    name, kind, quota = _clean_unit(name, kind, quota)
    if find_unit(db, name):
        raise ValidationError([FieldError("name", translate("core", "A unit named {name} already exists").format(name=name))])
    with db.atomic():
        cur = db.execute(
            "INSERT INTO units(name, kind, quota, position, short_name) VALUES (?, ?, ?, ?, ?)",
            [name, kind, quota, position, short_name],
        )
    return cur.lastrowid


def get_or_create_unit(db: Database, name: str, kind: str = "other") -> int:
    unit = find_unit(db, name)
    return unit["id"] if unit else add_unit(db, name, kind)


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


# ---------------------------------------------------------------- codes

def next_code(db: Database) -> str:
    """A new unique badge code (call inside the transaction that uses it)."""
    number = get_value(db, "next_code_number", FIRST_NUMBER)
    while True:
        code = make_code(number)
        number += 1
        if not db.execute("SELECT 1 FROM delegates WHERE code = ?", [code]).fetchone():
            break
    set_value(db, "next_code_number", number)
    return code


# ---------------------------------------------------------------- delegates

def clean_delegate(data: dict, *, partial: bool = False) -> dict:
    """Check and clean what a person typed. Raises :class:`ValidationError` listing
    every wrong field. With ``partial`` only the keys given are checked."""
    out: dict = {}
    problems: list[FieldError] = []

    def take(key, fn):
        if partial and key not in data:
            return
        try:
            out[key] = fn(data.get(key))
        except FieldError as exc:
            problems.append(exc)

    def name(value):
        text = clean_name(value)
        if not text:
            raise FieldError("full_name", translate("core", "The full name is missing"))
        return text

    take("full_name", name)
    take("gender", lambda v: v if v in ("male", "female") else parse_gender(v))
    if not partial or "birth_date" in data or "birth_year" in data:
        raw = data.get("birth_date") or data.get("birth_year")
        try:
            out["birth_date"], out["birth_year"] = parse_birth(raw)
        except FieldError as exc:
            problems.append(exc)
    for key in TEXT_FIELDS:
        take(key, lambda v: clean_text(v) or None)
    take("category", lambda v: v if v in CATEGORIES else parse_category(v))
    take("phone", parse_phone)
    take("national_id", parse_national_id)
    for key in PROFILE_FIELDS:   # schema 9; only when given, so a list without them keeps them
        if key in data:
            take(key, lambda v, k=key: clean_profile(k, v))

    def status(value):
        value = value or "active"
        if value not in STATUSES:
            raise FieldError("status", translate("core", "Unknown status {value}").format(value=value))
        return value

    take("status", status)
    if not partial or "unit_id" in data:
        unit_id = data.get("unit_id") or None
        try:
            out["unit_id"] = int(unit_id) if unit_id is not None else None
        except (TypeError, ValueError):
            problems.append(FieldError("unit_id", translate("core", "The unit no longer exists")))
    if not partial or "rank" in data:
        rank = data.get("rank")
        try:
            out["rank"] = int(rank) if rank not in (None, "") else None
        except (TypeError, ValueError):
            problems.append(FieldError("rank", translate("core", "The protocol rank must be a whole number")))
    if not partial or "presidium" in data:
        out["presidium"] = 1 if data.get("presidium") else 0
    if problems:
        raise ValidationError(problems)
    return out


def get_delegate(db: Database, delegate_id: int) -> dict | None:
    rows = list(
        db.query(
            "SELECT d.*, u.name AS unit FROM delegates d LEFT JOIN units u ON u.id = d.unit_id "
            "WHERE d.id = ?",
            [delegate_id],
        )
    )
    return rows[0] if rows else None


def find_by_code(db: Database, code: str) -> dict | None:
    rows = list(
        db.query(
            "SELECT d.*, u.name AS unit FROM delegates d LEFT JOIN units u ON u.id = d.unit_id "
            "WHERE d.code = ?",
            [code],
        )
    )
    return rows[0] if rows else None


def list_delegates(db: Database, *, unit_id: int | None = None, include_cancelled: bool = True,
                   sort: bool = True) -> list[dict]:
    """Delegates with their unit's name: units in the committee's order (as
    :func:`list_units`), then people in Vietnamese name order (given, family, middle).
    ``sort=False`` leaves them unsorted, for callers that sort them themselves."""
    sql = (
        "SELECT d.*, u.name AS unit, u.position AS unit_position, u.kind AS unit_kind "
        "FROM delegates d LEFT JOIN units u ON u.id = d.unit_id"
    )
    where, params = [], []
    if unit_id is not None:
        where.append("d.unit_id = ?")
        params.append(unit_id)
    if not include_cancelled:
        where.append("d.status = 'active'")
    if where:
        sql += " WHERE " + " AND ".join(where)
    rows = list(db.query(sql, params))
    if not sort:
        return rows
    kind_order = {k: i for i, k in enumerate(UNIT_KINDS)}
    rows.sort(key=lambda d: (
        d["unit"] is None,                      # people without a unit last
        d["unit_position"] or 0, kind_order.get(d["unit_kind"], 99), sort_key(d["unit"] or ""),
        name_sort_key(d["full_name"]),
    ))
    return rows


def _check_unit(db: Database, clean: dict) -> None:
    unit_id = clean.get("unit_id")
    if unit_id is not None and get_unit(db, unit_id) is None:
        raise ValidationError([FieldError("unit_id", translate("core", "The unit no longer exists"))])


def _check_code(db: Database, code: str) -> None:
    if not is_valid_code(code):
        raise ValidationError([FieldError(
            "code", translate("core", "Badge code {code} is not valid (8 digits with a check digit)").format(code=code)
        )])
    other = find_by_code(db, code)
    if other is not None:
        raise ValidationError([FieldError(
            "code", translate("core", "Badge code {code} already belongs to {name}").format(
                code=code, name=other["full_name"])
        )])


def add_delegate(db: Database, data: dict, *, actor: str | None = None, code: str | None = None) -> int:
    """Add a delegate from form data (cleaned here). Returns the new id.

    ``code`` gives the badge code (a walk-in's code made at a desk); by default the
    next free registry code is used.
    """
    clean = clean_delegate(data)
    now = _now()
    with db.atomic():
        _check_unit(db, clean)
        if code is not None:
            code = clean_text(code)
            _check_code(db, code)
        clean["code"] = code or next_code(db)
        clean["created_at"] = clean["updated_at"] = now
        cols = list(clean)
        cur = db.execute(
            f"INSERT INTO delegates({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [clean[c] for c in cols],
        )
        record_history(db, "delegate", cur.lastrowid, "add", None, clean, actor)
    return cur.lastrowid


def update_delegate(db: Database, delegate_id: int, data: dict, *, actor: str | None = None) -> Changes:
    """Change the given fields of a delegate (cleaned here)."""
    clean = clean_delegate(data, partial=True)
    with db.atomic():
        before = get_delegate(db, delegate_id)
        if before is None:
            raise UserError(translate("core", "This delegate no longer exists"))
        _check_unit(db, clean)
        changed = {k: v for k, v in clean.items() if before.get(k) != v}
        if not changed:
            return Changes()
        changed["updated_at"] = _now()
        db.execute(
            f"UPDATE delegates SET {', '.join(f'{k} = ?' for k in changed)} WHERE id = ?",
            [*changed.values(), delegate_id],
        )
        record_history(
            db, "delegate", delegate_id, "update",
            {k: before.get(k) for k in changed if k != "updated_at"},
            {k: v for k, v in changed.items() if k != "updated_at"}, actor,
        )
    return Changes.of("delegates")


def delete_delegates(db: Database, ids: Iterable[int], *, actor: str | None = None) -> Changes:
    ids = list(ids)
    with db.atomic():
        for delegate_id in ids:
            before = get_delegate(db, delegate_id)
            if before is None:
                continue
            db.execute("DELETE FROM delegates WHERE id = ?", [delegate_id])
            record_history(db, "delegate", delegate_id, "delete", before, None, actor)
    return Changes.of("delegates")


def unit_counts(db: Database) -> dict[int, int]:
    return {
        r["unit_id"]: r["n"]
        for r in db.query(
            "SELECT unit_id, COUNT(*) AS n FROM delegates WHERE status = 'active' GROUP BY unit_id"
        )
    }
