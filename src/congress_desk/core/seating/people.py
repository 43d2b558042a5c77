"""The delegates as seating sees them: category, rank, unit and its order."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..registry import units_by_id
from ..vietnamese import name_sort_key, sort_key

if TYPE_CHECKING:
    from sqlite_utils import Database


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
    units = {i: (u["name"] or "", u["kind"] or "other", u["position"] or 0) for i, u in units_by_id(db).items()}
    none = ("", "other", 0)
    out = {}
    for d, code, name, category, rank, presidium, status, unit_id in db.execute(
        "SELECT id, code, full_name, category, rank, presidium, status, unit_id FROM delegates"
    ).fetchall():
        u = units.get(unit_id, none)
        out[d] = Person(d, code, name, category, rank, bool(presidium), status, unit_id, u[0], u[1], u[2],
                        name_sort_key(name))
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
    """delegate id -> position in the award ceremony, when vetting keeps nominations
    (its running order: highest form first, in stage batches); None otherwise."""
    try:
        has = db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'nominations'").fetchone()
    except sqlite3.DatabaseError:
        return None
    if not has:
        return None
    try:
        from ..vetting.ceremony import running_order
    except ImportError:
        return None
    out: dict[int, int] = {}
    for entry in running_order(db):
        if entry.delegate_id is not None:
            out.setdefault(entry.delegate_id, entry.order)
    return out or None
