"""Delegates: the form's cleaning, the reads every area shares and every write of the
``delegates`` table (the form, an import's plan, a walk-in, erasure, the demo)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..changes import Changes, Created
from ..errors import UserError
from ..fields import (
    CATEGORIES,
    PROFILE_FIELDS,
    STATUSES,
    FieldCollector,
    FieldError,
    clean_phone,
    clean_profile,
    parse_birth,
    parse_category,
    parse_gender,
    parse_national_id,
    phone_kind,
)
from ..i18n import translate
from ..vietnamese import clean_name, clean_text, name_sort_key, sort_key
from .codes import is_valid_code, next_code
from .history import now as _now
from .history import record_history
from .units import UNIT_KINDS, ValidationError, get_unit

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..db import Reader

# The fields of a delegate a person edits, in form order.
DELEGATE_FIELDS = (
    "full_name", "gender", "birth_date", "birth_year", "ethnicity", "position", "workplace",
    "unit_id", "category", "phone", "national_id", "note", "status", "rank", "presidium",
    "party_member", "education", "political_theory", "social_group",
)
TEXT_FIELDS = ("ethnicity", "position", "workplace", "note")

# What adding a delegate changes (add_delegate returns the new id, which its callers need).
ADDED_DELEGATE = Changes.of("delegates")



# ---------------------------------------------------------------- delegates

def clean_delegate(data: dict, *, partial: bool = False) -> dict:
    """Check and clean what a person typed. Raises :class:`ValidationError` listing
    every wrong field. With ``partial`` only the keys given are checked."""
    collected = FieldCollector(data, partial=partial)
    out, problems, take = collected.out, collected.problems, collected.take

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
    phone_notes: list[str] = []

    def phone(value):
        cleaned = clean_phone(value)
        value = cleaned.strict("phone", phone_kind)
        phone_notes.extend(cleaned.notes)   # "ĐT khác: …": a second number typed is kept, as an import keeps it
        return value

    take("phone", phone)
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
    if phone_notes and "note" in out:   # a partial write without the note leaves the note alone
        kept = [n for n in phone_notes if n not in (out["note"] or "")]
        if kept:
            out["note"] = "; ".join([out["note"], *kept] if out["note"] else kept)
    return out


def _one_delegate(db: Database, column: str, value) -> dict | None:
    """The delegate whose ``column`` (id or code) is ``value``, with its unit's name."""
    rows = list(db.query(
        f"SELECT d.*, u.name AS unit FROM delegates d LEFT JOIN units u ON u.id = d.unit_id WHERE d.{column} = ?",
        [value]))
    return rows[0] if rows else None


def get_delegate(db: Database, delegate_id: int) -> dict | None:
    return _one_delegate(db, "id", delegate_id)


def find_by_code(db: Database, code: str) -> dict | None:
    return _one_delegate(db, "code", code)


def code_exists(db: Database | Reader, code: str) -> bool:
    """Does a delegate hold this badge code? (A cheap :func:`find_by_code`.)"""
    return db.execute("SELECT 1 FROM delegates WHERE code = ?", [code]).fetchone() is not None


def delegates_of_unit(db: Database | Reader, unit_id: int, *, active_only: bool = False) -> list[dict]:
    """The unit's delegates as stored (every column, no unit name), in id order; only the
    active ones with ``active_only``."""
    active = " AND status = 'active'" if active_only else ""
    return list(db.query(f"SELECT * FROM delegates WHERE unit_id = ?{active} ORDER BY id", [unit_id]))


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


def add_delegate(db: Database, data: dict, *, actor: str | None = None, code: str | None = None) -> Created:
    """Add a delegate from form data (cleaned here). Returns the new id, whose ``.changes``
    is :data:`ADDED_DELEGATE`.

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
    return Created(cur.lastrowid, ADDED_DELEGATE)


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


# ---------------------------------------------------------------- an import's plan

@dataclass(frozen=True)
class RowOp:
    """One row of an import's plan, as plain data (intake builds them, the registry writes).

    * ``"add"``: ``data`` holds the new person's fields (already cleaned by intake);
    * ``"update"``: ``data`` the changed fields' new values, ``before`` their old ones,
      ``id`` the delegate;
    * ``"remove"``: ``before`` the whole row as read, ``id`` the delegate.
    """

    action: str
    data: dict = field(default_factory=dict)
    id: int | None = None
    before: dict | None = None


def apply_plan(db: Database, ops: Iterable[RowOp], *, unit_id: int | None, actor: str | None,
               step=None, at: str | None = None) -> Changes:
    """Write an import's rows: add (with a new badge code, active, in ``unit_id``), update,
    remove, each with its history row. Call inside the caller's transaction; ``step(i)``
    is called before row ``i`` (progress, and Cancel by raising); ``at`` stamps the rows
    (the caller's log entry's time), by default now."""
    ops = list(ops)
    stamp = at or _now()
    with db.atomic():
        for i, op in enumerate(ops):
            if step is not None:
                step(i)
            if op.action == "add":
                clean = dict(op.data)
                clean.update(unit_id=unit_id, code=next_code(db), status="active",
                             created_at=stamp, updated_at=stamp)
                cols = list(clean)
                cur = db.execute(
                    f"INSERT INTO delegates({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                    [clean[c] for c in cols],
                )
                record_history(db, "delegate", cur.lastrowid, "add", None, clean, actor)
            elif op.action == "update":
                new = dict(op.data)
                db.execute(
                    f"UPDATE delegates SET {', '.join(f'{k} = ?' for k in new)}, updated_at = ? WHERE id = ?",
                    [*new.values(), stamp, op.id],
                )
                record_history(db, "delegate", op.id, "update", dict(op.before or {}), new, actor)
            elif op.action == "remove":
                db.execute("DELETE FROM delegates WHERE id = ?", [op.id])
                record_history(db, "delegate", op.id, "delete", dict(op.before or {}), None, actor)
            else:
                raise ValueError(f"unknown row action: {op.action}")
    return Changes.of("delegates") if ops else Changes()


# ---------------------------------------------------------------- generated and erased data

def set_profiles(db: Database, profiles: Iterable[tuple[int, dict]]) -> Changes:
    """Set the profile (schema 9: party member, education, theory, social group) of many
    delegates at once, without history: for generated data (the demo's officials)."""
    by_keys: dict[tuple, list] = {}
    for delegate_id, values in profiles:
        unknown = set(values) - set(PROFILE_FIELDS)
        if unknown:
            raise ValueError(f"not profile fields: {sorted(unknown)}")
        by_keys.setdefault(tuple(values), []).append((*values.values(), delegate_id))
    if not by_keys:
        return Changes()
    with db.atomic():
        for keys, rows in by_keys.items():
            db.conn.executemany(
                f"UPDATE delegates SET {', '.join(f'{k} = ?' for k in keys)} WHERE id = ?", rows)
    return Changes.of("delegates")


def insert_rows(db: Database, rows: list[dict]) -> Changes:
    """Insert complete delegate rows as given (code, unit, stamps included), without
    cleaning or history: for generated data (the demo)."""
    if not rows:
        return Changes()
    with db.atomic():
        db.table("delegates").insert_all(rows, batch_size=500)
    return Changes.of("delegates")


def erase_personal(conn, columns: Iterable[str]) -> int:
    """Set ``columns`` to NULL in every delegate that has one of them (erasing personal data;
    ``conn`` is a plain sqlite3 connection, in the caller's transaction: the event file or a
    backup, whose schema may be older). Returns the number of delegates changed."""
    cols = list(columns)
    if not cols:
        return 0
    return conn.execute(
        f"UPDATE delegates SET {', '.join(f'{c} = NULL' for c in cols)} "
        f"WHERE {' OR '.join(f'{c} IS NOT NULL' for c in cols)}").rowcount
