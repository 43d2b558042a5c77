"""Check-in events in the event file, and ``merge``: folding desk journals into it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..changes import Changes
from ..errors import UserError
from ..event import get_value
from ..i18n import translate
from ..registry import add_delegate, find_unit, record_history
from .journal import Problem, journal_files, now_iso, read_journal

if TYPE_CHECKING:
    from sqlite_utils import Database


def event_uid(db: Database) -> str | None:
    """The id that marks journals of this congress (set by migration 6)."""
    return get_value(db, "event_uid")


def load_events(db: Database) -> list[dict]:
    """Check-in events already merged into the event file."""
    out = []
    for r in db.query("SELECT id, desk, at, type, code, payload FROM checkin_events"):
        r["payload"] = json.loads(r["payload"] or "{}")
        out.append(r)
    return out


@dataclass
class MergeResult:
    files: int = 0
    read: int = 0             # valid events found in the journals
    added: int = 0            # new to the event file
    already: int = 0          # merged before (same id)
    walkins: int = 0          # walk-in guests added to the registry
    torn: int = 0             # unfinished last lines skipped
    problems: list[Problem] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def as_json(self) -> dict:
        return {
            "files": self.files, "read": self.read, "added": self.added, "already": self.already,
            "walkins": self.walkins, "torn": self.torn,
            "problems": [{"file": p.file, "line": p.line, "message": p.message} for p in self.problems],
        }


def _add_walkin(db: Database, ev: dict) -> bool:
    if db.execute("SELECT 1 FROM delegates WHERE code = ?", [ev["code"]]).fetchone():
        return False
    payload = ev.get("payload") or {}
    unit = find_unit(db, payload["unit"]) if payload.get("unit") else None
    note = translate("core", "Walk-in guest registered at {desk}, {at}").format(desk=ev["desk"], at=ev["at"])
    add_delegate(db, {
        "full_name": payload.get("full_name") or ev["code"],
        "position": payload.get("position"),
        "workplace": payload.get("workplace") or (payload.get("unit") if unit is None else None),
        "unit_id": unit["id"] if unit else None,
        "category": payload.get("category") or "guest",
        "phone": payload.get("phone"),
        "note": note,
    }, code=ev["code"], actor=ev["desk"])
    return True


def merge_events(db: Database, events: list[dict], source: str | None = None) -> tuple[int, int, int]:
    """Insert events not yet in the event file, in one transaction. (added, already, walk-ins)"""
    added = already = walkins = 0
    merged_at = now_iso()
    with db.atomic():
        for ev in events:
            cur = db.execute(
                "INSERT OR IGNORE INTO checkin_events(id, desk, at, type, code, payload, source, merged_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [ev["id"], ev["desk"], ev["at"], ev["type"], ev["code"],
                 json.dumps(ev.get("payload") or {}, ensure_ascii=False, sort_keys=True), source, merged_at],
            )
            if cur.rowcount:
                added += 1
                if ev["type"] == "walkin" and _add_walkin(db, ev):
                    walkins += 1
            else:
                already += 1
        if added:
            record_history(db, "checkins", None, "merge", None,
                           {"source": source, "added": added, "walkins": walkins}, None)
    return added, already, walkins


def merge_journals(db: Database, paths, *, progress=None, cancel=None) -> MergeResult:
    """Fold the journals under ``paths`` (files or folders) into the event file.

    Idempotent: an event already merged (same id) is left alone. Each journal file
    is one transaction. Lines that cannot be trusted are reported, never merged.
    """
    uid = event_uid(db)
    files = journal_files(paths)
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise UserError(translate("core", "Journal not found: {path}").format(path=", ".join(missing)))
    result = MergeResult(files=len(files))
    for i, path in enumerate(files):
        if cancel is not None:
            cancel.check()
        res = read_journal(path, uid)
        result.read += len(res.events)
        result.torn += res.torn
        result.problems += res.problems
        added, already, walkins = merge_events(db, res.events, source=path.name)
        result.added += added
        result.already += already
        result.walkins += walkins
        if progress is not None:
            progress(i + 1, len(files), path.name)
    if result.added:
        result.changes = Changes.of("checkins", "delegates") if result.walkins else Changes.of("checkins")
    return result
