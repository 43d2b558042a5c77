"""A check-in desk: lookup in memory, its own journal, the others' journals.

A desk needs only a read-only copy of the event file and a journal folder. It
never writes the event file and never waits on the one-writer lock: each action
is one line appended (and fsynced) to the desk's local journal, then copied to
the shared folder by a background thread. :meth:`Desk.refresh` reads the other
desks' journals from the shared folder and merges them in memory, idempotently.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import re
import threading
import uuid
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..db import default_journal_dir, open_event
from ..errors import UserError
from ..i18n import translate
from ..lock import hostname
from ..presence import Presence, event_order
from ..registry.codes import (
    DESK_RANGE_SIZE,
    DESK_RANGE_START,
    NUMBER_DIGITS,
    is_valid_code,
    make_code,
)
from ..registry.codes import desk_range as _desk_range
from ..vietnamese import clean_name, clean_text, fold
from .directory import Directory, load_directory
from .journal import (
    Copier,
    JournalCache,
    LocalJournal,
    Problem,
    desk_slug,
    machine_token,
    make_event,
    make_setup,
)
from .session import (  # noqa: F401 - the laptop's folders, importable from here as before
    LOCAL_DIR_ENV,
    current_session,
    default_cache_dir,
    default_local_dir,
    real_session_id,
    session_of,
)
from .snapshot import Snapshot, read_snapshot
from .state import Attendance
from .store import event_uid, load_events, load_recodes

RANGES = (10**NUMBER_DIGITS - DESK_RANGE_START) // DESK_RANGE_SIZE

CHECKED_IN, ALREADY, UNKNOWN, NOT_EXPECTED = "checked_in", "already", "unknown", "not_expected"
STATUSES = (CHECKED_IN, ALREADY, UNKNOWN, NOT_EXPECTED)
UNDONE, ABSENT = "undone", "absent"  # results of the undo and absence actions


def default_desk_name(remembered: str = "") -> str:
    """CONGRESS_DESK_DESK if set, else the name this PC's desk was given last time, else the
    computer's name."""
    return os.environ.get("CONGRESS_DESK_DESK") or remembered.strip() or hostname() or "desk"


def desk_index(desk: str) -> int:
    """The walk-in code range journals of format 1 used for a desk name: "Bàn 3" -> 2;
    other names by a hash of the name. New journals get a range per laptop when the desk
    is set up (:attr:`Desk.walkin_range`); this is only the fallback for old journals."""
    n = len(range(9_000_000, 10_000_000, 10_000))
    m = re.search(r"(\d+)\s*$", desk)
    if m and 0 < int(m.group(1)) <= n:
        return int(m.group(1)) - 1
    return zlib.crc32(fold(desk).encode("utf-8")) % n


def hhmm(at: str | None) -> str:
    if not at:
        return ""
    return dt.datetime.fromisoformat(at).strftime("%H:%M")


def seconds(at: str | None) -> str | None:
    """A journal time as printed: to the second, with its offset."""
    return dt.datetime.fromisoformat(at).isoformat(timespec="seconds") if at else None


class _SharedReader:
    """Reads the shared journal folder on its own thread; :meth:`take` never blocks."""

    def __init__(self, uid: str, folder: Path):
        self.folder = folder
        self._cache = JournalCache(uid)
        self._cond = threading.Condition()
        self._pending = True
        self._stopped = False
        self._result: tuple[list[dict], list[Problem]] | None = None
        self.reachable: bool | None = None  # None until the first read of the folder ends
        self.setups: list[dict] = []   # set-up lines of the journals read last
        self._thread = threading.Thread(target=self._run, name="journal-reader", daemon=True)
        self._thread.start()

    def request(self) -> None:
        with self._cond:
            self._pending = True
            self._cond.notify_all()

    def take(self) -> tuple[list[dict], list[Problem]] | None:
        with self._cond:
            result, self._result = self._result, None
        return result

    def wait(self, timeout: float = 5.0) -> bool:
        """Wait for a read to finish (tests)."""
        with self._cond:
            return self._cond.wait_for(lambda: self._result is not None, timeout=timeout)

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending or self._stopped)
                if self._stopped:
                    return
                self._pending = False
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                events, problems, _changed = self._cache.read([self.folder])
                self.setups = list(self._cache.setups)
            except OSError:
                self.reachable = False
                continue  # the share is away; the next request tries again
            self.reachable = True
            with self._cond:
                if self._result is not None:  # not taken yet: keep both
                    events = self._result[0] + events
                self._result = (events, problems)
                self._cond.notify_all()


@dataclass
class ScanResult:
    """What a desk shows after a scan or an action."""

    status: str
    code: str
    delegate: dict | None
    at: str | None = None
    desk: str | None = None
    presence: Presence | None = None
    bad_check_digit: bool = False

    @property
    def ok(self) -> bool:
        return self.status in (CHECKED_IN, ALREADY)

    @property
    def double(self) -> bool:
        return bool(self.presence and self.presence.double)

    def message(self) -> str:
        name = (self.delegate or {}).get("full_name", "")
        if self.status == CHECKED_IN:
            return translate("core", "Checked in: {name}").format(name=name)
        if self.status == ALREADY:
            return translate("core", "{name} was already checked in at {time} at {desk}").format(
                name=name, time=hhmm(self.at), desk=self.desk)
        if self.status == UNDONE:
            return translate("core", "Check-in of {name} undone").format(name=name)
        if self.status == ABSENT:
            return translate("core", "Absence of {name} recorded").format(name=name)
        if self.status == NOT_EXPECTED:
            return translate("core", "{name} is not expected (the registration was cancelled)").format(name=name)
        if self.bad_check_digit:
            return translate("core", "Code {code} is not valid: wrong check digit or mistyped").format(code=self.code)
        return translate("core", "Unknown code {code}: nobody has this badge").format(code=self.code)

    def as_json(self) -> dict:
        d = self.delegate
        sub = self.presence.substitute if self.presence else None
        return {
            "status": self.status,
            "code": self.code,
            "delegate": None if d is None else {
                "full_name": d.get("full_name"), "unit": d.get("unit"),
                "category": d.get("category"), "seat": d.get("seat"),
            },
            "at": seconds(self.at),
            "desk": self.desk,
            "double": self.double,
            "substitute": None if not sub else {"name": sub["name"], "position": sub["position"]},
            "message": self.message(),
        }


class Desk:
    """One check-in desk working on an event file (read-only) and journals."""

    def __init__(self, event_path: Path | str, *, desk: str | None = None,
                 journal_dir: Path | str | None = None, local_dir: Path | str | None = None,
                 db=None, background_reads: bool = False, session: str | None = None,
                 walkin_range: int | None = None, clock=None, snapshot: Snapshot | None = None):
        """``session``: the check-in session to act in (see :mod:`.session`); by default the
        laptop's current one (:func:`~.session.current_session`: a rehearsal once "Tập dượt"
        started, else the real morning). ``walkin_range``: force this laptop's walk-in range
        when its journal is new (tests); by default a free range is drawn at random, avoiding
        the ranges of every desk journal already in the shared folder. The session is fixed for
        the life of the Desk: after :func:`~.session.start_rehearsal` or
        :func:`~.session.end_rehearsal`, close it and make a new one (``session``,
        ``rehearsal``, ``journal_id`` and ``walkin_range`` say what it acts in). ``clock``: a function
        returning this laptop's time as an aware datetime (tests give a desk a fast clock)."""
        self.clock = clock or (lambda: dt.datetime.now().astimezone())
        self.event_path = Path(event_path).absolute()
        self.desk = clean_text(desk) or default_desk_name()
        self.journal_dir = Path(journal_dir) if journal_dir else default_journal_dir(self.event_path)
        self._session_arg = session
        self.stale = False   # True when the event file was busy and the desk went on with its last read
        if db is None:
            # A desk on its own reads the event file only when it changed, briefly, and never
            # waits on a writer when it has read the file before (see snapshot.py).
            snap = snapshot if snapshot is not None else read_snapshot(
                self.event_path, Path(local_dir).parent / "snapshots" if local_dir else default_cache_dir())
            self._uid_of(snap)
            self.local_dir = Path(local_dir) if local_dir else default_local_dir(self.uid)
            self._load(snap)
        else:
            self._uid_of(db)
            self.local_dir = Path(local_dir) if local_dir else default_local_dir(self.uid)
            self._load(db)
        slug = desk_slug(self.desk)
        tail = "" if not self.rehearsal else f".tap-duot-{self.session[:8]}"
        self.local_path = self.local_dir / f"{slug}{tail}.jsonl"
        self.journal = LocalJournal(self.local_path)
        self.problems: list[Problem] = []
        self._cache = JournalCache(self.uid)
        self.shared_path = self.journal_dir / f"{slug}-{machine_token(self.local_dir)}{tail}.jsonl"
        same = self.local_dir.absolute() == self.journal_dir.absolute()
        self.copier = None if same else Copier(self.local_path, self.shared_path)
        # The window reads the share on a thread (a hung share must not freeze it); the CLI
        # and tests read it in place, so their first answer already knows the other desks.
        self.reader = _SharedReader(self.uid, self.journal_dir) if background_reads else None
        self.desks_seen: set[str] = set()  # every desk name in the journals read so far
        self.setups: dict[str, dict] = {}  # journal id -> set-up line, of every journal seen
        self.refresh()
        if self.journal.setup is None:
            self._set_up(walkin_range)
        self.setups[self.journal_id] = self.journal.setup

    def _uid_of(self, db) -> None:
        uid = db.uid if isinstance(db, Snapshot) else event_uid(db)
        if not uid:
            raise UserError(translate("core", "This event file has no check-in tables yet; open it once "
                                              "for editing to update it"))
        self.uid = uid

    def _load(self, db) -> None:
        self._uid_of(db)
        if not hasattr(self, "session"):  # fixed for the life of this Desk (its journal is the session's)
            self.session = self._session_arg or current_session(self.local_dir, self.uid).id
            self.rehearsal = self.session != real_session_id(self.uid)
        if isinstance(db, Snapshot):
            self.stale = db.stale
            self.directory: Directory = Directory(db.delegates)
            self.recodes = db.recode_map()
            self.attendance = Attendance(db.events_of(None if not self.rehearsal else self.session))
            return
        self.directory = load_directory(db)
        self.recodes = load_recodes(db)
        self.attendance = Attendance(load_events(db, session=self.session, event_uid=self.uid))

    def _set_up(self, walkin_range: int | None) -> None:
        """First use of this journal on this laptop: give it an id and a walk-in range that
        no journal in the shared folder has (drawn at random, so two laptops set up offline
        rarely meet; ``merge`` recodes a walk-in if they do)."""
        if walkin_range is None:
            taken = {s["payload"]["range"] for s in self.setups.values()}
            taken |= {desk_index(d) for d in self.desks_seen if not self._has_setup(d)}
            free = [i for i in range(RANGES) if i not in taken] or list(range(RANGES))
            walkin_range = random.SystemRandom().choice(free)
        self.journal.append(make_setup(self.uid, self.desk, session=self.session, journal=uuid.uuid4().hex,
                                       walkin_range=walkin_range,
                                       at=self.clock().isoformat(timespec="milliseconds")))

    def _has_setup(self, desk: str) -> bool:
        return any(s["desk"] == desk for s in self.setups.values())

    @property
    def journal_id(self) -> str:
        """The id of this laptop's journal for this desk and session."""
        return self.journal.journal_id

    @property
    def walkin_range(self) -> int:
        """The index of this laptop's walk-in code range (see :func:`~.codes.desk_range`)."""
        return self.journal.setup["payload"]["range"]

    def reload(self, db) -> None:
        """Read the registry and merged events again (after the event file changed)."""
        self._load(db)
        self._cache = JournalCache(self.uid)
        if self.reader is not None:
            self.reader.stop()
            self.reader = _SharedReader(self.uid, self.journal_dir)
        self.refresh()

    # ------------------------------------------------------------ sync

    def _mine(self, events: list[dict]) -> list[dict]:
        """The events of this desk's session, with walk-in codes recoded by a merge."""
        out = []
        for ev in events:
            if session_of(ev, self.uid) != self.session:
                continue
            new = self.recodes.get((ev.get("journal"), ev["code"])) if self.recodes else None
            out.append(dict(ev, code=new) if new else ev)
        return out

    def refresh(self) -> set[str]:
        """Read this desk's journal and every journal in the shared folder; merge in memory
        the events of this desk's session. Returns the codes whose state changed."""
        if self.reader is not None:
            events, problems, _changed = self._cache.read([self.local_path])
            setups = list(self._cache.setups)
            shared = self.reader.take()
            self.reader.request()
            if shared is not None:
                events += shared[0]
                self.problems = shared[1] + problems
                self._shared_setups = self.reader.setups
            setups += getattr(self, "_shared_setups", [])
        else:
            with contextlib.suppress(OSError):  # the share is away: keep working alone
                self.journal_dir.mkdir(parents=True, exist_ok=True)
            events, problems, _changed = self._cache.read([self.local_path, self.journal_dir])
            setups = self._cache.setups
            self.problems = problems
        for s in setups:
            if session_of(s, self.uid) == self.session:
                self.setups[s["journal"]] = s
        events = self._mine(events)
        self.desks_seen.update(ev["desk"] for ev in events if ev.get("desk"))
        self.desks_seen.update(s["desk"] for s in self.setups.values())
        touched = self.attendance.add(events)
        for code in touched:
            p = self.attendance.get(code)
            if p is not None and p.walkin and code not in self.directory.by_code:
                self.directory.add(self._walkin_delegate(code, p))
        return touched

    def _walkin_delegate(self, code: str, p: Presence) -> dict:
        w = p.walkin or {}
        return {"id": None, "code": code, "full_name": w.get("full_name") or code,
                "position": w.get("position"), "unit": w.get("unit"), "unit_id": None,
                "unit_kind": None, "category": w.get("category") or "guest", "status": "active",
                "phone": w.get("phone"), "presidium": 0, "seat": None, "gender": w.get("gender"),
                "birth_year": None, "birth_date": None, "ethnicity": None, "walkin": True}

    def range_clashes(self) -> list[str]:
        """Other desks (on other laptops, whatever their names) whose walk-in codes come from
        this laptop's range: offline, both could hand out the same code (``merge`` would keep
        both people and give one a new code). Desks of journal format 1, which have no set-up
        line, are compared by the range their name gave them (:func:`desk_index`)."""
        mine = self.walkin_range
        out = {s["desk"] for j, s in self.setups.items() if j != self.journal_id and s["payload"]["range"] == mine}
        out |= {d for d in self.desks_seen if not self._has_setup(d) and desk_index(d) == mine}
        return sorted(out)

    def sync_error(self) -> str | None:
        """Why the shared folder is not up to date, or None."""
        return self.copier.error if self.copier else None

    def flush(self, timeout: float = 5.0) -> bool:
        return self.copier.flush(timeout) if self.copier else True

    def close(self, timeout: float = 5.0) -> bool:
        if self.reader is not None:
            self.reader.stop()
        ok = self.copier.stop(timeout) if self.copier else True
        self.journal.close()
        return ok

    def __enter__(self) -> Desk:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # ------------------------------------------------------------ writing

    def _write(self, type_: str, code: str, payload: dict | None = None, at: str | None = None) -> dict:
        if at is None:
            at = self._next_time(code)
        event = make_event(self.uid, self.desk, type_, code, payload, at, session=self.session,
                           journal=self.journal_id)
        self.journal.append(event)
        self.attendance.add([event])
        if self.copier:
            self.copier.request()
        return event

    def _next_time(self, code: str) -> str:
        """Now, but always after every event this desk knows for ``code`` (clocks of
        laptops differ; an undo must come after the check-in it undoes)."""
        now = self.clock()
        # Compared at the precision it is written with: a time 0.4 ms after the last event
        # would be written as the same millisecond, and a tie is broken by the random event id.
        now = now.replace(microsecond=now.microsecond // 1000 * 1000)
        p = self.attendance.get(code)
        if p is not None and p.events:
            last = max(event_order(e)[0] for e in p.events)
            if now <= last:
                now = (last + dt.timedelta(milliseconds=1)).astimezone(now.tzinfo)
        return now.isoformat(timespec="milliseconds")

    def _result(self, status: str, code: str, delegate, p: Presence | None, bad=False) -> ScanResult:
        at = desk = None
        if p is not None and p.present and status in (CHECKED_IN, ALREADY):
            at, desk = p.at, p.desk
        return ScanResult(status, code, delegate, at, desk, p, bad)

    def lookup(self, code: str) -> tuple[str | None, dict | None]:
        """(status if it is not a check-in, delegate) for a code as scanned."""
        code = (code or "").strip()
        if not is_valid_code(code):
            return UNKNOWN, None
        delegate = self.directory.get(code)
        if delegate is None:
            return UNKNOWN, None
        if delegate.get("status") == "cancelled":
            return NOT_EXPECTED, delegate
        return None, delegate

    def scan(self, code: str, at: str | None = None) -> ScanResult:
        """Check a delegate in by badge code, as the desk does on a scan."""
        code = (code or "").strip()
        refused, delegate = self.lookup(code)
        if refused:
            return self._result(refused, code, delegate, self.attendance.get(code),
                                bad=not is_valid_code(code))
        p = self.attendance.get(code)
        if p is not None and p.present:
            return self._result(ALREADY, code, delegate, p)
        self._write("checkin", code, at=at)
        return self._result(CHECKED_IN, code, delegate, self.attendance.get(code))

    check_in = scan

    def _known(self, code: str) -> dict:
        refused, delegate = self.lookup(code)
        if refused == UNKNOWN or delegate is None:
            raise UserError(translate("core", "Unknown code {code}: nobody has this badge").format(code=code))
        return delegate

    def undo(self, code: str, reason: str) -> ScanResult:
        """Take back a check-in (scanned by mistake, wrong person…); the reason is kept."""
        delegate = self._known(code)
        reason = clean_text(reason)
        if not reason:
            raise UserError(translate("core", "Say why the check-in is undone"))
        p = self.attendance.get(code)
        if p is None or not p.present:
            raise UserError(translate("core", "{name} is not checked in").format(name=delegate["full_name"]))
        # Take back this desk's own arrival if it has one (the mistaken scan), else the one that counts.
        own = [e for e in p.arrivals if e.get("journal") == self.journal_id]
        target = (own or p.arrivals)[-1 if own else 0]
        self._write("undo", code, {"reason": reason, "undoes": target["id"]})
        return self._result(UNDONE, code, delegate, self.attendance.get(code))

    def substitute(self, code: str, name: str, position: str | None = None) -> ScanResult:
        """Record who attends instead of a delegate: they take the seat and are checked in."""
        delegate = self._known(code)
        name = clean_name(name)
        if not name:
            raise UserError(translate("core", "Write the full name of the person who attends instead"))
        if delegate.get("status") == "cancelled":
            raise UserError(translate("core", "{name} is not expected (the registration was cancelled)").format(
                name=delegate["full_name"]))
        p = self.attendance.get(code)
        if p is not None and p.present and not p.substitute:
            raise UserError(translate("core", "{name} is already checked in in person; undo that check-in first").format(
                name=delegate["full_name"]))
        self._write("substitute", code, {"name": name, "position": clean_text(position) or None})
        return self._result(CHECKED_IN, code, delegate, self.attendance.get(code))

    def absence(self, code: str, reason: str) -> ScanResult:
        """Record that a delegate will not come, and why (ốm, công tác…)."""
        delegate = self._known(code)
        reason = clean_text(reason)
        if not reason:
            raise UserError(translate("core", "Say why the delegate is absent"))
        if self.attendance.is_present(code):
            raise UserError(translate("core", "{name} is checked in; undo the check-in before recording an absence").format(
                name=delegate["full_name"]))
        self._write("absence", code, {"reason": reason})
        return self._result(ABSENT, code, delegate, self.attendance.get(code))

    def new_walkin_code(self) -> str:
        for number in _desk_range(self.walkin_range):
            code = make_code(number)
            if code not in self.directory.by_code and code not in self.attendance.presence:
                return code
        raise UserError(translate("core", "This desk has used all its walk-in codes"))

    def walkin(self, full_name: str, *, position: str | None = None, unit: str | None = None,
               category: str = "guest", phone: str | None = None) -> ScanResult:
        """Register and check in a guest who was not on any list, with a code from this desk's range."""
        name = clean_name(full_name)
        if not name:
            raise UserError(translate("core", "Write the guest's full name"))
        if category not in ("official", "guest", "honoree", "press", "staff"):
            category = "guest"
        code = self.new_walkin_code()
        payload = {"full_name": name, "position": clean_text(position) or None,
                   "unit": clean_text(unit) or None, "category": category,
                   "phone": clean_text(phone) or None}
        self._write("walkin", code, payload)
        p = self.attendance.get(code)
        delegate = self._walkin_delegate(code, p)
        self.directory.add(delegate)
        return self._result(CHECKED_IN, code, delegate, p)

    def bulk_checkin(self, codes, at: str) -> list[ScanResult]:
        """Paper fallback: check in the ticked people with the time written on the sheet."""
        try:
            when = dt.datetime.fromisoformat(at)
        except (TypeError, ValueError):
            raise UserError(translate("core", "Time {at} is not a date and time").format(at=at)) from None
        if when.tzinfo is None:
            when = when.astimezone()
        stamp = when.isoformat(timespec="seconds")
        return [self.scan(code, at=stamp) for code in codes]

    def reprint(self, code: str, out: Path | str) -> Path:
        """Print the badge again (lost or wrong) into ``out`` and log it in the journal."""
        # a plain import, late for start-up: reportlab loads when a badge is printed
        from ..printing.badges import reprint_badge

        delegate = self._known(code)
        if delegate.get("id") is None:
            raise UserError(translate("core", "A walk-in guest's badge can be printed after the journals are merged "
                                              "into the event file"))
        event = open_event(self.event_path, read_only=True)
        try:
            # the desk never writes the event file; the journal logs the reprint
            reprint_badge(event, code, Path(out), record=False)
        finally:
            event.close()
        self._write("reprint", code, {"file": Path(out).name})
        return Path(out)

    # ------------------------------------------------------------ reading

    def presence(self, code: str) -> Presence | None:
        return self.attendance.get(code)

    def search(self, query: str, limit: int = 20) -> list[dict]:
        return self.directory.search(query, limit)
