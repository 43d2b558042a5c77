"""What a write changed, so each screen can decide whether to refresh."""

from __future__ import annotations

from dataclasses import dataclass

# The parts of an event file a write can touch.
AREAS = frozenset(
    {"event", "units", "delegates", "seats", "hall", "nominations", "checkins", "printing"}
)


@dataclass(frozen=True)
class Changes:
    areas: frozenset[str] = frozenset()

    @classmethod
    def of(cls, *areas: str) -> Changes:
        unknown = set(areas) - AREAS
        if unknown:
            raise ValueError(f"unknown change areas: {sorted(unknown)}")
        return cls(frozenset(areas))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.areas | other.areas)

    def __bool__(self) -> bool:
        return bool(self.areas)

    def touches(self, *areas: str) -> bool:
        return bool(self.areas.intersection(areas))


EVERYTHING = Changes(AREAS)


class Created(int):
    """The id of a row a write added: an ``int`` wherever an id is used, that also says what
    adding it changed (``.changes``), so an add refreshes the screens like any other write
    (``main_window.run_write`` broadcasts a result's ``.changes``)."""

    changes: Changes

    def __new__(cls, row_id: int, changes: Changes) -> Created:
        made = super().__new__(cls, row_id)
        made.changes = changes
        return made

    def __reduce__(self):
        return Created, (int(self), self.changes)
