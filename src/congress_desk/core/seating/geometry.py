"""Where a seat is, in protocol terms: its row line, its distance from an aisle
and from the centre. Computed once per hall in O(n log n)."""

from __future__ import annotations

from dataclasses import dataclass

from .hall import Hall

STAGE_KINDS = ("presidium", "secretariat")


@dataclass
class HallGeometry:
    line: dict[str, int]          # seat label -> index of its row line, front to back
    aisle: dict[str, int]         # seat label -> seats between it and the nearest aisle
    centre_x: float
    lines: int

    def dx(self, hall: Hall, label: str) -> float:
        return abs(hall.seat(label).x - self.centre_x)


def analyse(hall: Hall, *, gap: float = 1.5) -> HallGeometry:
    floor = [(s.x, s.label, s.y) for s in hall.seats if s.kind not in STAGE_KINDS]
    by_y: dict[float, list] = {}
    for item in floor:
        by_y.setdefault(round(item[2], 1), []).append(item)
    line: dict[str, int] = {}
    aisle: dict[str, int] = {}
    for index, y in enumerate(sorted(by_y)):
        seats = sorted(by_y[y])
        # split the line into blocks at the aisles
        blocks: list[list] = [[seats[0]]]
        for prev, cur in zip(seats, seats[1:], strict=False):
            if cur[0] - prev[0] > gap:
                blocks.append([])
            blocks[-1].append(cur)
        single = len(blocks) == 1
        for b, block in enumerate(blocks):
            n = len(block)
            # an end of a block is on an aisle when another block lies beyond it
            # (or, with a single block, both ends are)
            left_aisle = single or b > 0
            right_aisle = single or b < len(blocks) - 1
            for i, (_x, label, _y) in enumerate(block):
                d = 10**6
                if left_aisle:
                    d = i
                if right_aisle:
                    d = min(d, n - 1 - i)
                aisle[label] = d
                line[label] = index
    xs = [s.x for s in hall.seats if s.kind == "delegate"] or [item[0] for item in floor] or [0.0]
    return HallGeometry(line, aisle, (min(xs) + max(xs)) / 2, len(by_y))
