"""Saving the Event settings dialog as one operation: the congress's settings, who issues
and signs its documents, whether the credentials report counts honorees, and its units
with their quotas — all in one transaction, so a refused unit leaves nothing half-written.

It gathers the event's settings (``core.event``), the documents' officials
(``core.printing.officials``) and the units (``core.registry``), so it sits above them in
the layers (with ``core.demo``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from . import registry
from .changes import Changes
from .counts import CREDENTIALS_HONOREES_KEY
from .event import EventSettings, save_settings, set_value
from .printing.officials import save as save_documents

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class UnitEdits:
    """The units table as the committee left it.

    ``rows`` in the table's order: ``(unit_id, name, kind, quota)``, ``unit_id`` None for a
    new unit (a new unit without a name is skipped), ``quota`` as typed ("" or None for
    none). ``deleted``: ids of the units removed from the table."""

    rows: list[tuple[int | None, str, str, str | int | None]] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)


def save_event_settings(db: Database, settings: EventSettings, *, documents: dict | None = None,
                        credentials_honorees: bool | None = None, units: UnitEdits | None = None,
                        progress=None, cancel=None) -> Changes:
    """Save the Event settings dialog in one transaction.

    ``documents`` (the Documents page's values) and ``credentials_honorees`` are left as
    they are when None. Units: the deleted ones go first (a unit that still has delegates
    is refused with a ``UserError``, and nothing is saved); existing ones are renamed,
    re-kinded and given their quota; new ones go after the others, in the table's order."""
    with db.atomic():
        save_settings(db, settings)
        if documents is not None:
            save_documents(db, documents)
        if credentials_honorees is not None:
            set_value(db, CREDENTIALS_HONOREES_KEY, bool(credentials_honorees))
        if units is not None:
            for unit_id in units.deleted:
                registry.delete_unit(db, unit_id)
            # New units go after the others, in the table's order (the committee's order).
            position = registry.last_position(db)
            for unit_id, name, kind, quota in units.rows:
                if unit_id is None:
                    if name.strip():
                        position += 1
                        registry.add_unit(db, name, kind, quota or None, position=position)
                else:
                    registry.update_unit(db, unit_id, name=name, kind=kind, quota=quota or None)
    return Changes.of("event", "units")
