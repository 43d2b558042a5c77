"""Forward-only schema migrations of the event file, one numbered function each.

Each area of the app owns its tables and registers its migration here with
``@migration(N)``. The event file's ``PRAGMA user_version`` is the number of
the last migration applied. Migrations never go backwards and never change
once released: a new need is a new number.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database



@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Database], None]
    transactional: bool = True


MIGRATIONS: dict[int, Migration] = {}


def migration(version: int, *, transactional: bool = True):
    """Register ``fn(db)`` as migration number ``version``."""

    def register(fn: Callable[[Database], None]):
        if version in MIGRATIONS:
            raise RuntimeError(f"migration {version} registered twice")
        MIGRATIONS[version] = Migration(version, fn.__name__, fn, transactional)
        return fn

    return register


def latest_version() -> int:
    _load_all()
    return max(MIGRATIONS)


def pending(current: int) -> list[Migration]:
    _load_all()
    return [MIGRATIONS[v] for v in sorted(MIGRATIONS) if v > current]


def _load_all() -> None:
    # Importing a schema module registers its migrations.
    from . import schema  # noqa: F401
