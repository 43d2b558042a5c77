"""Check-in events in the event file, and ``merge``: folding desk journals into it."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..changes import Changes
from ..errors import UserError
from ..event import get_value
from ..i18n import translate
from ..registry import add_delegate, code_exists, find_unit, next_code, record_history
from .journal import Problem, journal_files, now_iso, read_journal

if TYPE_CHECKING:
    from sqlite_utils import Database


def event_uid(db: Database) -> str | None:
    """The id that marks journals of this congress (set by migration 6)."""
    return get_value(db, "event_uid")


def desks_seen(reader) -> set[str]:
    """Names of the desks whose check-ins are already merged into the event file (a
    ``Database`` or a ``Reader``); none for a file made before check-in had its tables."""
    try:
        return {r[0] for r in reader.execute("SELECT DISTINCT desk FROM checkin_events") if r[0]}
    except sqlite3.OperationalError:
        return set()


def load_events(db: Database, session: str | None = None, event_uid: str | None = None) -> list[dict]:
    """Check-in events already merged into the event file: those of the real session, or
    with ``session`` those of that session (``event_uid`` tells whether ``session`` is the
    real one; without it, the event file's own)."""
    from .session import is_real

    uid = event_uid or (get_value(db, "event_uid") if session is not None else None)
    real = session is None or is_real(session, uid)
    where, args = ("session IS NULL", []) if real else ("session = ?", [session])
    out = []
    for r in db.query(f"SELECT id, desk, at, type, code, payload, journal, seq FROM checkin_events WHERE {where}",
                      args):
        r["payload"] = json.loads(r["payload"] or "{}")
        if r["journal"] is None or r["journal"].startswith("file:"):
            r.pop("journal")
        if r["seq"] is None:
            r.pop("seq")
        out.append(r)
    return out


def load_recodes(db: Database) -> dict[tuple[str | None, str], str]:
    """Walk-in codes that ``merge`` changed because two laptops gave out the same one:
    (journal id, code in that journal) -> code in the event file."""
    rows = db.execute(
        "SELECT journal, json_extract(payload, '$.recoded_from'), code FROM checkin_events "
        "WHERE type = 'walkin' AND json_extract(payload, '$.recoded_from') IS NOT NULL").fetchall()
    return {(j, old): new for j, old, new in rows}


@dataclass
class MergeResult:
    files: int = 0
    read: int = 0             # valid events of the merged session found in the journals
    added: int = 0            # new to the event file
    already: int = 0          # merged before (same id)
    walkins: int = 0          # walk-in guests added to the registry
    torn: int = 0             # cut last lines (an interrupted copy): their events were not merged
    forgotten: int = 0        # events of deleted delegates, not brought back
    session: str | None = None            # the session merged (None: the real one)
    problems: list[Problem] = field(default_factory=list)
    recoded: list[dict] = field(default_factory=list)   # {"from","to","full_name","desk","file","line"}
    other_sessions: list[dict] = field(default_factory=list)  # {"session","events","files","desks"}
    skew: list[dict] = field(default_factory=list)      # {"desk","file","minutes","evidence"}
    changes: Changes = field(default_factory=Changes)

    @property
    def refused(self) -> bool:
        """Some input was refused or left out (exit status 1)."""
        return bool(self.problems or self.other_sessions)

    def as_json(self) -> dict:
        return {
            "files": self.files, "read": self.read, "added": self.added, "already": self.already,
            "walkins": self.walkins, "torn": self.torn, "forgotten": self.forgotten, "session": self.session,
            "problems": [{"file": p.file, "line": p.line, "message": p.message} for p in self.problems],
            "recoded": self.recoded, "other_sessions": self.other_sessions, "skew": self.skew,
        }

    def messages(self) -> list[str]:
        """One line for people per thing worth saying besides the problems (in the UI language)."""
        out = []
        for r in self.recoded:
            out.append(translate("core", "Walk-in code {old} was given out twice; {name} ({desk}, {file}) now "
                                         "has code {new}: print a new badge").format(
                old=r["from"], name=r["full_name"], desk=r["desk"], file=r["file"], new=r["to"]))
        for o in self.other_sessions:
            out.append(translate("core", "Not merged: {n} events of another check-in session {session} "
                                         "(a rehearsal?) in {files}; use --session {session} to merge them").format(
                n=o["events"], session=o["session"], files=", ".join(o["files"])))
        if self.forgotten:
            out.append(translate("core", "{n} events of deleted delegates were not brought back").format(
                n=self.forgotten))
        for k in self.skew:
            out.append(translate("core", "The clock of {desk} ({file}) seems {minutes:+d} min off the other "
                                         "desks ({evidence})").format(**k))
        return out


def _walkin_row(db: Database, ev: dict, code: str) -> dict:
    payload = ev.get("payload") or {}
    unit = find_unit(db, payload["unit"]) if payload.get("unit") else None
    note = translate("core", "Walk-in guest registered at {desk}, {at}").format(desk=ev["desk"], at=ev["at"])
    return {
        "full_name": payload.get("full_name") or code,
        "position": payload.get("position"),
        "workplace": payload.get("workplace") or (payload.get("unit") if unit is None else None),
        "unit_id": unit["id"] if unit else None,
        "category": payload.get("category") or "guest",
        "phone": payload.get("phone"),
        "note": note,
    }


class _Merger:
    """Folds events into the event file, one journal file per transaction."""

    def __init__(self, db: Database, result: MergeResult):
        self.db = db
        self.result = result
        self.recodes = load_recodes(db)
        self.merged_at = now_iso()

    def _exists(self, ev_id: str) -> str | None:
        if self.db.execute("SELECT 1 FROM checkin_events WHERE id = ?", [ev_id]).fetchone():
            return "already"
        if self.db.execute("SELECT 1 FROM checkin_forgotten WHERE id = ?", [ev_id]).fetchone():
            return "forgotten"
        return None

    def _clash(self, code: str, jkey: str) -> bool:
        """Is ``code`` taken by someone other than this journal's walk-in?"""
        if not code_exists(self.db, code):
            return False
        mine = self.db.execute("SELECT 1 FROM checkin_events WHERE code = ? AND type = 'walkin' AND journal = ?",
                               [code, jkey]).fetchone()
        return mine is None

    def one(self, ev: dict, source: str | None, line: int, session: str | None) -> None:
        state = self._exists(ev["id"])
        if state == "already":
            self.result.already += 1
            return
        if state == "forgotten":
            self.result.forgotten += 1
            return
        jkey = ev.get("journal") or f"file:{source}"
        payload = dict(ev.get("payload") or {})
        code = self.recodes.get((jkey, ev["code"]), ev["code"])
        new_walkin = False
        if ev["type"] == "walkin":
            if self._clash(code, jkey):
                payload["recoded_from"] = ev["code"]
                code = next_code(self.db)
                self.recodes[(jkey, ev["code"])] = code
                self.result.recoded.append({"from": ev["code"], "to": code,
                                            "full_name": payload.get("full_name") or ev["code"],
                                            "desk": ev["desk"], "file": source, "line": line})
            new_walkin = not code_exists(self.db, code)
            if new_walkin:
                add_delegate(self.db, _walkin_row(self.db, ev, code), code=code, actor=ev["desk"])
        self.db.execute(
            "INSERT INTO checkin_events(id, desk, at, type, code, payload, source, merged_at, session, journal, seq) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [ev["id"], ev["desk"], ev["at"], ev["type"], code,
             json.dumps(payload, ensure_ascii=False, sort_keys=True), source, self.merged_at, session, jkey,
             ev.get("seq")],
        )
        self.result.added += 1
        if new_walkin:
            self.result.walkins += 1

    def events(self, events: list[dict], lines: list[int] | None, source: str | None,
               session: str | None) -> None:
        """Merge ``events`` (one journal) in one transaction. A line the registry refuses (a
        walk-in whose details it cannot accept) is reported with its file and line number and
        left out; the others are merged."""
        lines = lines or [0] * len(events)
        before = (self.result.added, self.result.walkins)
        with self.db.atomic():
            for ev, line in zip(events, lines, strict=True):
                try:
                    with self.db.atomic():   # a savepoint per line
                        self.one(ev, source, line, session)
                except (UserError, sqlite3.IntegrityError) as exc:
                    self.recodes = load_recodes(self.db)  # a recode of the refused line was rolled back
                    self.result.problems.append(Problem(source or "", line, translate(
                        "core", "refused by the registry: {error}").format(error=getattr(exc, "message", exc))))
            added, walkins = self.result.added - before[0], self.result.walkins - before[1]
            if added:
                record_history(self.db, "checkins", None, "merge", None,
                               {"source": source, "added": added, "walkins": walkins}, None)


def merge_events(db: Database, events: list[dict], source: str | None = None,
                 session: str | None = None) -> MergeResult:
    """Insert events not yet in the event file, in one transaction; the result counts them
    (``added``, ``already``, ``walkins``) and says what changed. ``session`` None stores them
    as the real session's."""
    result = MergeResult()
    _Merger(db, result).events(events, None, source, session)
    if result.problems:
        raise UserError(str(result.problems[0]))
    if result.added:
        result.changes = Changes.of("checkins", "delegates") if result.walkins else Changes.of("checkins")
    return result


SKEW_MINUTES = 20      # a desk whose events sit this far from the others' is reported
_MIN_EVENTS = 5


def clock_skew(groups: dict[tuple[str, str], list[dict]]) -> list[dict]:
    """Desks whose clocks seem off, from the events of each journal ((desk, file) -> events).

    Two kinds of evidence: an undo written *before* (by its clock) the check-in it takes
    back on another desk (certain: that desk's clock is behind by at least the gap), and a
    journal whose median time sits more than :data:`SKEW_MINUTES` from the median of the
    journals' medians (with three journals or more, so the odd one out is known)."""
    from statistics import median

    from ..presence import _instant

    out: dict[tuple[str, str], dict] = {}
    by_id = {}
    for key, evs in groups.items():
        for ev in evs:
            by_id[ev["id"]] = (key, ev)
    for key, evs in groups.items():
        for ev in evs:
            target = (ev.get("payload") or {}).get("undoes") if ev["type"] == "undo" else None
            if target in by_id and by_id[target][0] != key:
                gap = (_instant(by_id[target][1]["at"]) - _instant(ev["at"])).total_seconds() / 60
                if gap >= 1 and gap > -out.get(key, {}).get("minutes", 0):
                    out[key] = {"desk": key[0], "file": key[1], "minutes": -round(gap),
                                "evidence": translate("core", "an undo written before the check-in it undoes")}
    medians = {k: median(_instant(e["at"]).timestamp() for e in evs)
               for k, evs in groups.items() if len(evs) >= _MIN_EVENTS}
    if len(medians) >= 3:
        centre = median(medians.values())
        for key, m in medians.items():
            minutes = round((m - centre) / 60)
            if abs(minutes) >= SKEW_MINUTES and key not in out:
                out[key] = {"desk": key[0], "file": key[1], "minutes": minutes,
                            "evidence": translate("core", "its check-ins are timed apart from the other desks'")}
    return sorted(out.values(), key=lambda k: (k["desk"], k["file"]))


def merge_journals(db: Database, paths, *, session: str | None = None, progress=None, cancel=None) -> MergeResult:
    """Fold the journals under ``paths`` (files or folders) into the event file.

    Only the events of one check-in session are folded: the real one, or ``session``
    (a rehearsal's id, kept apart in the event file and never counted as attendance).
    Events of other sessions (but the real one's when merging a rehearsal) are counted in
    ``other_sessions`` and left out.

    Idempotent: an event already merged (same id) is left alone, and so are the events of
    a deleted delegate. Each journal file is one transaction. Lines that cannot be trusted
    are reported, never merged; a line the registry refuses is reported with its file and
    line and the rest is merged. A walk-in code two laptops both gave out keeps the first
    person merged; the other gets a new code (``recoded``).
    """
    from .session import is_real, real_session_id, session_of

    uid = event_uid(db)
    files = journal_files(paths)
    missing = [str(p) for p in paths if not Path(p).exists()]
    if missing:
        raise UserError(translate("core", "Journal not found: {path}").format(path=", ".join(missing)))
    real = real_session_id(uid) if uid else None
    target = real if session is None or (uid and is_real(session, uid)) else session
    stored = None if target == real else target
    result = MergeResult(files=len(files), session=stored)
    merger = _Merger(db, result)
    others: dict[str, dict] = {}
    groups: dict[tuple[str, str], list[dict]] = {}
    for i, path in enumerate(files):
        if cancel is not None:
            cancel.check()
        res = read_journal(path, uid)
        result.problems += res.problems
        if res.torn:
            result.torn += 1
            result.problems.append(Problem(path.name, res.torn_line, translate(
                "core", "the last line is cut short (an interrupted copy?): its event was not merged; "
                        "copy this journal again")))
        mine, lines = [], []
        for ev, line in zip(res.events, res.lines, strict=True):
            sid = session_of(ev, uid) if uid else real
            if sid == target:
                mine.append(ev)
                lines.append(line)
                groups.setdefault((ev["desk"], path.name), []).append(ev)
            elif sid == real:
                continue   # merging a rehearsal on purpose: the real morning is no surprise
            else:
                o = others.setdefault(sid, {"session": sid, "events": 0, "files": [], "desks": []})
                o["events"] += 1
                if path.name not in o["files"]:
                    o["files"].append(path.name)
                if ev["desk"] not in o["desks"]:
                    o["desks"].append(ev["desk"])
        result.read += len(mine)
        merger.events(mine, lines, path.name, stored)
        if progress is not None:
            progress(i + 1, len(files), path.name)
    result.other_sessions = sorted(others.values(), key=lambda o: o["session"])
    result.skew = clock_skew(groups)
    if result.added:
        result.changes = Changes.of("checkins", "delegates") if result.walkins else Changes.of("checkins")
    return result
