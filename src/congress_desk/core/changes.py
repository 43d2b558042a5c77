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
