"""Whom to print for, and the print log that remembers what was printed when.

:func:`select` applies :class:`PrintOptions` (unit, codes, categories, not yet
printed) to the registry and attaches each delegate's seat and the event settings.
The print log keeps, per kind and delegate, a fingerprint of what was printed
(name, position, unit, category, seat, code): a delegate whose badge was printed
and who then changed unit or seat counts as *not yet printed* again.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..changes import Changes
from ..errors import UserError
from ..event import load_settings
from ..i18n import translate
from ..registry import find_unit, list_delegates
from ..seats import seat_labels
from ..vietnamese import name_sort_key, sort_key
from .options import PrintOptions

if TYPE_CHECKING:
    from sqlite_utils import Database

PRINTED_FIELDS = ("full_name", "position", "unit", "category", "seat", "code")


@dataclass
class Selection:
    records: list[dict]
    unknown_codes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def fingerprint(record: dict) -> str:
    data = json.dumps([record.get(k) for k in PRINTED_FIELDS], ensure_ascii=False)
    return hashlib.sha1(data.encode()).hexdigest()[:16]


def last_printed(db: Database, kind: str) -> dict[int, tuple[str, str]]:
    """delegate id -> (fingerprint, printed_at) of the latest print of ``kind``."""
    out: dict[int, tuple[str, str]] = {}
    for row in db.execute(
        "SELECT delegate_id, fingerprint, printed_at FROM print_log WHERE kind = ? "
        "AND delegate_id IS NOT NULL ORDER BY id", [kind]
    ):
        out[row[0]] = (row[1], row[2])
    return out


def parse_codes(text: str | list[str] | None) -> list[str]:
    if not text:
        return []
    if isinstance(text, str):
        text = text.replace(";", ",").replace(" ", ",").split(",")
    return [c.strip() for c in text if c and c.strip()]


def select(db: Database, options: PrintOptions, kind: str, *,
           default_categories: tuple[str, ...] | None = None) -> Selection:
    """Delegates (records) to print ``kind`` for, by unit then Vietnamese name order."""
    unit_id = None
    if options.unit:
        unit = find_unit(db, options.unit)
        if unit is None:
            raise UserError(translate("core", "There is no unit named “{name}”").format(name=options.unit),
                            field="unit")
        unit_id = unit["id"]
    rows = list_delegates(db, unit_id=unit_id, include_cancelled=options.include_cancelled)
    # the committee's order of units, then Vietnamese name order within a unit
    rows.sort(key=lambda d: (d.get("unit_position") if d.get("unit_position") is not None else 1 << 30,
                             sort_key(d.get("unit") or ""), name_sort_key(d["full_name"])))
    settings = load_settings(db)
    seats = seat_labels(db)
    for r in rows:
        r["seat"] = seats.get(r["id"])
        r["settings"] = settings
    unknown: list[str] = []
    codes = parse_codes(options.codes)
    if codes:
        by_code = {r["code"]: r for r in rows}
        picked = []
        for code in codes:
            if code in by_code:
                if by_code[code] not in picked:
                    picked.append(by_code[code])
            else:
                unknown.append(code)
        rows = picked
    categories = options.categories if options.categories is not None else (
        None if codes else default_categories)
    if categories:
        rows = [r for r in rows if r.get("category") in categories]
    if options.not_yet_printed:
        done = last_printed(db, kind)
        rows = [r for r in rows if r["id"] not in done or done[r["id"]][0] != fingerprint(r)]
    warnings = []
    if unknown:
        warnings.append(translate("core", "Unknown badge codes (not printed): {codes}").format(
            codes=", ".join(unknown)))
    return Selection(rows, unknown, warnings)


def record_printed(db: Database, kind: str, records: list[dict], layout: str | None) -> Changes:
    """Write one print-log row per record (one run id), in one transaction. Nothing is
    remembered when the file is read-only (then, or with no records, no changes)."""
    if not records:
        return Changes()
    run_id = uuid.uuid4().hex[:12]
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    rows = [(kind, r.get("id"), r.get("code"), fingerprint(r), layout, now, run_id) for r in records]
    try:
        with db.atomic():
            db.conn.executemany(
                "INSERT INTO print_log(kind, delegate_id, code, fingerprint, layout, printed_at, run_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    except sqlite3.OperationalError as exc:
        if "readonly" in str(exc).lower() or "read-only" in str(exc).lower():
            return Changes()
        raise
    return Changes.of("printing")


def print_history(db: Database, kind: str | None = None, limit: int = 50) -> list[dict]:
    """Print runs, newest first: kind, layout, when, how many."""
    sql = ("SELECT run_id, kind, layout, MIN(printed_at) AS printed_at, COUNT(*) AS items "
           "FROM print_log {where} GROUP BY run_id ORDER BY MIN(id) DESC LIMIT ?")
    if kind:
        return list(db.query(sql.format(where="WHERE kind = ?"), [kind, limit]))
    return list(db.query(sql.format(where=""), [limit]))


def nobody() -> UserError:
    """The error for an empty selection (``field="selection"``)."""
    return UserError(translate("core", "Nobody to print for with these choices"), field="selection")


def require(sel: Selection) -> None:
    """Raise when the selection is empty: unknown codes (``field="codes"``) or
    nobody matching (``field="selection"``)."""
    if sel.records:
        return
    if sel.unknown_codes:
        raise UserError(sel.warnings[0], field="codes")
    raise nobody()


class EventDb:
    """``with EventDb(event) as db``: a connection of this thread's own."""

    def __init__(self, event):
        self.event = event
        self.db: Database | None = None

    def __enter__(self) -> Database:
        self.db = self.event.connect()
        return self.db

    def __exit__(self, *exc) -> None:
        if self.db is not None:
            self.db.close()
