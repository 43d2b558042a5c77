"""The hall as data: sections, rows and seats with printed labels and positions.

A seat's position (``x``, ``y``) is its centre in *seat pitches*: one unit is the
distance between two neighbouring seats of a row; ``y`` grows away from the
stage (the stage is at negative ``y``). A seat's printed label is
``section-row-number`` ("A-5-12"); presidium seats sit in their own section
("ĐCT"), the secretariat in "TK". Halls are JSON-able dicts so they can be kept
in the event file, shipped as a resource and edited.
"""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..changes import Changes
from ..errors import UserError
from ..event import load_settings
from ..i18n import translate
from ..resources import resource_path
from ..seats import DEFAULT_HALL, event_hall_name  # noqa: F401 - event_hall_name is theirs too

if TYPE_CHECKING:
    from sqlite_utils import Database

SEAT_KINDS = ("delegate", "presidium", "secretariat", "press", "staff", "blocked")
# Kinds a person can be given; "blocked" seats stay empty.
ASSIGNABLE = frozenset(SEAT_KINDS) - {"blocked"}
DEFAULT_PRESIDIUM = 15
DEFAULT_DELEGATE_SEATS = 550


def seat_kind_label(kind: str) -> str:
    return {
        "delegate": translate("core", "Delegate seat"),
        "presidium": translate("core", "Presidium"),
        "secretariat": translate("core", "Secretariat"),
        "press": translate("core", "Press"),
        "staff": translate("core", "Staff"),
        "blocked": translate("core", "Blocked"),
    }.get(kind, kind)


@dataclass
class Seat:
    section: str
    row: str
    number: str
    x: float
    y: float
    kind: str = "delegate"
    # Filled by load_event_hall from the assignments; not part of the layout.
    delegate_id: int | None = None
    locked: bool = False

    @property
    def label(self) -> str:
        return f"{self.section}-{self.row}-{self.number}"

    @property
    def assignable(self) -> bool:
        return self.kind in ASSIGNABLE


@dataclass
class Section:
    name: str           # short, printed: "A", "ĐCT"
    title: str = ""     # "Khu A", "Đoàn Chủ tịch"
    kind: str = "delegate"  # default kind of its seats


@dataclass
class Hall:
    name: str
    title: str = ""
    sections: list[Section] = field(default_factory=list)
    seats: list[Seat] = field(default_factory=list)
    _index: dict[str, Seat] | None = field(default=None, repr=False, compare=False)

    # -------------------------------------------------------- look-ups
    def by_label(self) -> dict[str, Seat]:
        if self._index is None or len(self._index) != len(self.seats):
            self._index = {s.label: s for s in self.seats}
        return self._index

    def seat(self, label: str) -> Seat | None:
        return self.by_label().get(label)

    def reindex(self) -> None:
        self._index = None

    def section(self, name: str) -> Section | None:
        for sec in self.sections:
            if sec.name == name:
                return sec
        return None

    def count(self, kind: str) -> int:
        return sum(1 for s in self.seats if s.kind == kind)

    def rows_of(self, section: str) -> list[str]:
        """Row labels of a section, front to back."""
        ys: dict[str, float] = {}
        for s in self.seats:
            if s.section == section:
                ys[s.row] = min(ys.get(s.row, s.y), s.y)
        return sorted(ys, key=lambda r: (ys[r], _natural(r)))

    def bounds(self) -> tuple[float, float, float, float]:
        if not self.seats:
            return (0.0, 0.0, 1.0, 1.0)
        xs = [s.x for s in self.seats]
        ys = [s.y for s in self.seats]
        return (min(xs) - 0.5, min(ys) - 0.5, max(xs) + 0.5, max(ys) + 0.5)

    def stage_rect(self) -> tuple[float, float, float, float] | None:
        """(x0, y0, x1, y1) around the presidium and secretariat seats."""
        on_stage = ("presidium", "secretariat")
        stage_sections = {sec.name for sec in self.sections if sec.kind in on_stage}
        stage = [s for s in self.seats if s.kind in on_stage or s.section in stage_sections]
        if not stage:
            return None
        return (min(s.x for s in stage) - 1.0, min(s.y for s in stage) - 1.0,
                max(s.x for s in stage) + 1.0, max(s.y for s in stage) + 1.0)

    def copy(self) -> Hall:
        return hall_from_dict(hall_to_dict(self))

    # -------------------------------------------------------- checks
    def problems(self) -> list[str]:
        out = []
        seen: set[str] = set()
        for s in self.seats:
            if s.label in seen:
                out.append(translate("core", "Seat {label} appears twice in the hall").format(label=s.label))
            seen.add(s.label)
            if s.kind not in SEAT_KINDS:
                out.append(translate("core", "Seat {label} has an unknown kind {kind}").format(label=s.label, kind=s.kind))
        for sec in self.sections:
            if "-" in sec.name or not sec.name.strip():
                out.append(translate("core", "Section name {name} must be non-empty and have no hyphen").format(name=sec.name))
        return out


def _natural(text: str):
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


# ------------------------------------------------------------ (de)serialise

def hall_to_dict(hall: Hall) -> dict:
    return {
        "name": hall.name,
        "title": hall.title,
        "sections": [{"name": s.name, "title": s.title, "kind": s.kind} for s in hall.sections],
        "seats": [[s.section, s.row, s.number, round(s.x, 3), round(s.y, 3), s.kind] for s in hall.seats],
    }


def hall_from_dict(data: dict) -> Hall:
    sections = [Section(s["name"], s.get("title", ""), s.get("kind", "delegate")) for s in data.get("sections", [])]
    seats = [Seat(str(a), str(b), str(c), float(x), float(y), k) for a, b, c, x, y, k in data.get("seats", [])]
    names = {s.name for s in sections}
    for seat in seats:  # a seat in an undeclared section declares it
        if seat.section not in names:
            sections.append(Section(seat.section, "", seat.kind if seat.kind != "blocked" else "delegate"))
            names.add(seat.section)
    return Hall(str(data.get("name") or DEFAULT_HALL), str(data.get("title") or ""), sections, seats)


# ------------------------------------------------------------ the shipped default

def build_default_hall(presidium: int = DEFAULT_PRESIDIUM, *, name: str = DEFAULT_HALL,
                       scale: int = 1) -> Hall:
    """A conference hall: stage with presidium rows and secretariat; a centre block
    (B) and two side blocks (A, C) with aisles, 550 delegate seats (``scale`` times
    as many for benchmarks); press seats behind A, staff seats behind C."""
    if presidium < 0 or presidium > 200:
        raise UserError(translate("core", "The presidium must have between 0 and 200 seats"))
    side, centre, rows = 6, 13, 22  # 22 * (6 + 13 + 6) = 550
    if scale > 1:
        # widen and deepen the blocks: about `scale` times the seats
        f = math.sqrt(scale)
        side, centre = round(6 * f), round(13 * f)
        rows = math.ceil(550 * scale / (2 * side + centre))
    aisle = 2.0
    hall = Hall(name, translate("core", "Conference hall") if scale == 1 else f"×{scale}")
    hall.sections = [
        Section("ĐCT", "Đoàn Chủ tịch", "presidium"),
        Section("TK", "Đoàn Thư ký", "secretariat"),
        Section("A", "Khu A", "delegate"),
        Section("B", "Khu B", "delegate"),
        Section("C", "Khu C", "delegate"),
        Section("BC", "Báo chí", "press"),
        Section("PV", "Phục vụ", "staff"),
    ]
    ax0 = 0.0
    bx0 = ax0 + side - 1 + aisle
    cx0 = bx0 + centre - 1 + aisle
    width = cx0 + side - 1
    mid = width / 2
    target = 550 * scale
    made = 0
    for r in range(rows):
        y = r * 1.0
        for sec, x0, n in (("A", ax0, side), ("B", bx0, centre), ("C", cx0, side)):
            for i in range(n):
                if made >= target:
                    break
                hall.seats.append(Seat(sec, str(r + 1), str(i + 1), x0 + i, y))
                made += 1
    # Presidium: rows of at most 12, centred, on the stage; row 1 in front.
    per_row = 12
    prows = max(1, math.ceil(presidium / per_row)) if presidium else 0
    left = presidium
    for pr in range(prows):
        n = min(per_row, left) if pr < prows - 1 else left
        left -= n
        y = -4.0 - pr * 1.0  # row 1 nearest the audience
        for i in range(n):
            hall.seats.append(Seat("ĐCT", str(pr + 1), str(i + 1), mid - (n - 1) / 2 + i, y))
    # Secretariat: one row of 3 beside the presidium, on the stage.
    stage_right = max((s.x for s in hall.seats if s.section == "ĐCT"), default=mid)
    for i in range(3):
        hall.seats.append(Seat("TK", "1", str(i + 1), stage_right + 2.5 + i, -4.0))
    # Press behind A, staff behind C: two rows of 6 each.
    back = rows + 1.0
    for r in range(2):
        for i in range(6):
            hall.seats.append(Seat("BC", str(r + 1), str(i + 1), ax0 + i, back + r))
            hall.seats.append(Seat("PV", str(r + 1), str(i + 1), cx0 + side - 6 + i, back + r))
    for s in hall.seats:
        sec = hall.section(s.section)
        s.kind = sec.kind if sec else "delegate"
    return hall


def load_resource_hall(name: str = DEFAULT_HALL) -> Hall:
    path = resource_path("halls", f"{name}.json")
    if not path.is_file():
        raise UserError(translate("core", "Hall {name} not found").format(name=name))
    return hall_from_dict(json.loads(path.read_text(encoding="utf-8")))


# ------------------------------------------------------------ halls in the event file

def list_halls(db: Database) -> list[str]:
    names = [r["name"] for r in db.query("SELECT name FROM halls ORDER BY name")]
    if DEFAULT_HALL not in names:
        names.insert(0, DEFAULT_HALL)
    return names


def load_hall(db: Database, name: str) -> Hall:
    """The hall ``name`` as kept in the event file (the shipped default if not yet kept)."""
    row = db.execute("SELECT data FROM halls WHERE name = ?", [name]).fetchone()
    if row is None:
        if name == DEFAULT_HALL:
            hall = load_resource_hall(DEFAULT_HALL)
            hall.name = name
            return hall
        raise UserError(translate("core", "Hall {name} not found").format(name=name))
    hall = hall_from_dict(json.loads(row[0]))
    hall.name = name
    return hall


def save_hall(db: Database, hall: Hall) -> Changes:
    """Keep ``hall`` in the event file (replacing the one with the same name)."""
    problems = hall.problems()
    if problems:
        raise UserError(problems[0])
    data = json.dumps(hall_to_dict(hall), ensure_ascii=False, separators=(",", ":"))
    with db.atomic():
        db.execute(
            "INSERT INTO halls(name, data, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
            [hall.name, data, dt.datetime.now().astimezone().isoformat(timespec="seconds")],
        )
        from ..registry import record_history

        record_history(db, "hall", None, "save", None,
                       {"name": hall.name, "seats": len(hall.seats), "delegate_seats": hall.count("delegate")})
    return Changes.of("hall")


def delete_hall(db: Database, name: str) -> Changes:
    if name == event_hall_name(db):
        raise UserError(translate("core", "Hall {name} is the one this congress uses").format(name=name))
    with db.atomic():
        db.execute("DELETE FROM halls WHERE name = ?", [name])
        db.execute("DELETE FROM seat_assignments WHERE hall = ?", [name])
    return Changes.of("hall", "seats")


def use_hall(db: Database, name: str) -> Changes:
    """Make the event use hall ``name`` (kept assignments of each hall stay with it)."""
    from ..event import save_settings

    load_hall(db, name)  # raises when unknown
    settings = load_settings(db)
    settings.hall = name
    with db.atomic():
        save_settings(db, settings)
    return Changes.of("event", "hall", "seats")


def load_event_hall(db: Database) -> Hall:
    """The hall this congress uses, each seat carrying its delegate and lock."""
    hall = load_hall(db, event_hall_name(db))
    index = hall.by_label()
    for label, delegate_id, locked in db.execute(
        "SELECT seat, delegate_id, locked FROM seat_assignments WHERE hall = ?", [hall.name]
    ).fetchall():
        seat = index.get(label)
        if seat is not None:
            seat.delegate_id = delegate_id
            seat.locked = bool(locked)
    return hall
