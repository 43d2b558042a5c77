"""A problem of a seating, found by a check or noted by a rule of auto-seating."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Violation:
    rule: str
    unit: str | None
    message: str
    seats: tuple[str, ...] = field(default_factory=tuple)
