"""Editing a hall: add or remove rows and seats, block seats, rename sections.

Functions here change a :class:`Hall` in place (the UI keeps a copy for undo);
:func:`rename_section` also carries the assignments of the renamed seats, and
:func:`replace_layout` writes an edited layout (what the tab's undo steps run).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..changes import Changes
from ..errors import UserError
from ..i18n import translate
from ..vietnamese import clean_text
from .hall import SEAT_KINDS, Hall, Seat, hall_from_dict, load_hall, save_hall

if TYPE_CHECKING:
    from sqlite_utils import Database


def _nat(text: str):
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


def _row_seats(hall: Hall, section: str, row: str) -> list[Seat]:
    return sorted((s for s in hall.seats if s.section == section and s.row == row), key=lambda s: s.x)


def add_row(hall: Hall, section: str) -> str:
    """A new row behind the last row of ``section``, like it; seats behind move back."""
    rows = hall.rows_of(section)
    if not rows:
        raise UserError(translate("core", "Section {name} has no rows to copy").format(name=section))
    last = _row_seats(hall, section, rows[-1])
    y = max(s.y for s in last)
    x0, x1 = min(s.x for s in last) - 0.5, max(s.x for s in last) + 0.5
    numeric = [int(r) for r in rows if r.isdigit()]
    label = str(max(numeric) + 1) if numeric else f"{rows[-1]}+"
    step = 1.0
    for s in hall.seats:  # make room: whatever sits behind in these columns moves back
        if s.y > y and x0 <= s.x <= x1:
            s.y += step
    for s in last:
        hall.seats.append(Seat(section, label, s.number, s.x, y + step,
                               s.kind if s.kind != "blocked" else (hall.section(section).kind if hall.section(section) else "delegate")))
    hall.reindex()
    return label


def remove_row(hall: Hall, section: str, row: str) -> list[str]:
    gone = [s.label for s in hall.seats if s.section == section and s.row == row]
    if not gone:
        raise UserError(translate("core", "Row {row} of section {name} does not exist").format(row=row, name=section))
    hall.seats = [s for s in hall.seats if not (s.section == section and s.row == row)]
    hall.reindex()
    return gone


def add_seat(hall: Hall, section: str, row: str, *, left: bool = False) -> str:
    """A seat at the end of a row (the right end, or the left with ``left``)."""
    seats = _row_seats(hall, section, row)
    if not seats:
        raise UserError(translate("core", "Row {row} of section {name} does not exist").format(row=row, name=section))
    numbers = [int(s.number) for s in seats if s.number.isdigit()]
    number = str(max(numbers) + 1 if numbers else len(seats) + 1)
    end = seats[0] if left else seats[-1]
    x = end.x - 1.0 if left else end.x + 1.0
    if any(abs(s.x - x) < 0.5 and abs(s.y - end.y) < 0.5 for s in hall.seats):
        raise UserError(translate("core", "There is no room beside row {row} of section {name}").format(row=row, name=section))
    seat = Seat(section, row, number, x, end.y, end.kind if end.kind != "blocked" else "delegate")
    hall.seats.append(seat)
    hall.reindex()
    return seat.label


def remove_seats(hall: Hall, labels) -> None:
    labels = set(labels)
    hall.seats = [s for s in hall.seats if s.label not in labels]
    hall.reindex()


def set_kind(hall: Hall, labels, kind: str) -> None:
    if kind not in SEAT_KINDS:
        raise UserError(translate("core", "Unknown seat kind {kind}").format(kind=kind))
    index = hall.by_label()
    for label in labels:
        if label in index:
            index[label].kind = kind


def renamed_labels(hall: Hall, old: str, new: str) -> dict[str, str]:
    return {s.label: f"{new}-{s.row}-{s.number}" for s in hall.seats if s.section == old}


def check_section_name(hall: Hall, old: str, new: str) -> str:
    """The cleaned new name for section ``old``; :class:`UserError` when it cannot be used."""
    new = clean_text(new)
    if not new or "-" in new or " " in new:
        raise UserError(translate("core", "A section name is short, with no spaces or hyphens (like A, B, ĐCT)"))
    if hall.section(old) is None:
        raise UserError(translate("core", "Section {name} does not exist").format(name=old))
    if new != old and hall.section(new) is not None:
        raise UserError(translate("core", "A section named {name} already exists").format(name=new))
    return new


def rename_in_hall(hall: Hall, old: str, new: str, title: str | None = None) -> None:
    """Rename a section in the layout only (the caller moves the assignments)."""
    new = check_section_name(hall, old, new)
    sec = hall.section(old)
    sec.name = new
    if title is not None:
        sec.title = clean_text(title)
    for s in hall.seats:
        if s.section == old:
            s.section = new
    hall.reindex()


def rename_section(db: Database, hall: Hall, old: str, new: str, *, title: str | None = None) -> Changes:
    """Rename section ``old`` to ``new`` in ``hall`` and in the event file, seats and all."""
    new = check_section_name(hall, old, new)
    sec = hall.section(old)
    mapping = renamed_labels(hall, old, new)
    sec.name = new
    if title is not None:
        sec.title = clean_text(title)
    for s in hall.seats:
        if s.section == old:
            s.section = new
    hall.reindex()
    with db.atomic():
        save_hall(db, hall)
        for before, after in mapping.items():
            db.execute("UPDATE seat_assignments SET seat = ? WHERE hall = ? AND seat = ?", [after, hall.name, before])
    return Changes.of("hall", "seats")


def replace_layout(db: Database, hall_name: str, data: dict, rename: tuple[str, str] | None = None) -> Changes:
    """Save ``data`` (:func:`.hall.hall_to_dict`) as the layout of hall ``hall_name`` in one
    transaction; with ``rename=(old, new)`` the seats of section ``old`` keep their people
    under their new labels. The seating tab's undoable hall edits, both ways."""
    hall = hall_from_dict(data)
    hall.name = hall_name
    with db.atomic():
        if rename:
            rename_section(db, load_hall(db, hall_name), rename[0], rename[1])
        save_hall(db, hall)
    return Changes.of("hall", "seats")


def row_labels(hall: Hall, section: str) -> list[str]:
    return sorted(hall.rows_of(section), key=_nat)
