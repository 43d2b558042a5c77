"""The delegates as seating sees them: category, rank, unit and its order."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from sqlite_utils import Database

from ..vietnamese import name_sort_key, sort_key


@dataclass
class Person:
    id: int
    code: str
    full_name: str
    category: str | None
    rank: int | None
    presidium: bool
    status: str
    unit_id: int | None
    unit: str
    unit_kind: str
    unit_position: int
    name_key: tuple


def load_people(db: Database) -> dict[int, Person]:
    out = {}
    for r in db.execute(
        "SELECT d.id, d.code, d.full_name, d.category, d.rank, d.presidium, d.status, d.unit_id, "
        "u.name, u.kind, u.position FROM delegates d LEFT JOIN units u ON u.id = d.unit_id"
    ).fetchall():
        out[r[0]] = Person(r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], r[8] or "",
                           r[9] or "other", r[10] or 0, name_sort_key(r[2]))
    return out


def unit_order(people, kinds: list[str]):
    """A key ordering units as the committee set: by kind, then the units' own order."""
    kind_index = {k: i for i, k in enumerate(kinds)}
    cache: dict = {}

    def key(p: Person):
        if p.unit_id not in cache:
            cache[p.unit_id] = (kind_index.get(p.unit_kind, len(kinds)), p.unit_position, sort_key(p.unit))
        return cache[p.unit_id]

    return key


def ceremony_order(db: Database) -> dict[int, int] | None:
    """delegate id -> position in the award ceremony, when vetting keeps one."""
    try:
        cols = {r[1] for r in db.execute("PRAGMA table_info(nominations)").fetchall()}
    except sqlite3.DatabaseError:
        return None
    order_col = next((c for c in ("ceremony_order", "ceremony_position", "stage_order") if c in cols), None)
    if "delegate_id" not in cols or order_col is None:
        return None
    out: dict[int, int] = {}
    for delegate_id, pos in db.execute(
        f"SELECT delegate_id, {order_col} FROM nominations WHERE delegate_id IS NOT NULL "
        f"AND {order_col} IS NOT NULL ORDER BY {order_col}"
    ).fetchall():
        out.setdefault(delegate_id, pos)
    return out or None
