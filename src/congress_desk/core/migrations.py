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


# The newest migration's number, written out so that opening an up-to-date file (every
# start of the window) need not import each area's schema module to learn it. Raise it with
# each new migration; pending() refuses to run if it disagrees with the registered ones.
LATEST_VERSION = 10


def latest_version() -> int:
    return LATEST_VERSION


def pending(current: int) -> list[Migration]:
    _load_all()
    if max(MIGRATIONS) != LATEST_VERSION:
        raise RuntimeError(f"LATEST_VERSION is {LATEST_VERSION} but migration {max(MIGRATIONS)} is registered")
    return [MIGRATIONS[v] for v in sorted(MIGRATIONS) if v > current]


def _load_all() -> None:
    # Importing a schema module registers its migrations.
    from . import schema  # noqa: F401
