"""Check-in sessions: the real morning, and rehearsals that never mix with it.

Every copy of an event file ("Lưu bản sao", a plain file copy, two demos made with
the same seed before they got their own ids) shares the event's ``event_uid``, and a
desk laptop keeps its journals per ``event_uid``. So check-in has its own *session*:

* The **real session** has an id derived from ``event_uid`` alone
  (:func:`real_session_id`): every desk copy of the event agrees on it without
  writing anything.
* A **rehearsal** ("Tập dượt") has a random id, chosen when it starts
  (:func:`start_rehearsal`) and kept in the desk's local settings for that event
  (``session.json`` in the desk's local journal folder, see
  :func:`default_local_dir`). Other desks join the same
  rehearsal by passing its id (listed by :func:`foreign_journals` /
  :func:`rehearsals_in`), so they see each other's practice check-ins.
* Every journal line carries its ``session``; lines without one (journal format v1,
  written before sessions existed) belong to the real session.

A desk only ever folds the lines of its own session, keeps its local journal per
session (a rehearsal never makes real delegates "already checked in" on the morning),
and ``merge`` folds only the real session unless told otherwise.

Typical use by the desk screen::

    local = default_local_dir(uid)                  # this laptop's folder for the event
    s = current_session(local, uid)                  # what to show and act in
    if s.rehearsal: show a "TẬP DƯỢT" banner on every screen
    s = start_rehearsal(local, uid)                  # the "Tập dượt" button
    s = start_rehearsal(local, uid, join=other_id)   # join a rehearsal another desk started
    s, foreign = start_real_session(local, uid, [journal_dir, local])   # "start the real morning"
    for j in foreign: show j.describe() (or j.as_json()) before the first scan
    Desk(path, session=s.id, local_dir=local, ...)

None of these functions touch the event file; they read journals and one small JSON
file, and never raise for a missing or unreadable folder (a desk keeps working).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ..i18n import translate

LOCAL_DIR_ENV = "CONGRESS_DESK_LOCAL_JOURNALS"

SETTINGS_FILE = "session.json"


def real_session_id(event_uid: str) -> str:
    """The id of the real check-in session of the event ``event_uid`` (16 hex digits).

    Derived from ``event_uid`` only, so every copy of the event file on every laptop
    agrees on it. Never equal to a rehearsal id in practice (those are random)."""
    return hashlib.sha256(f"congress-desk real session|{event_uid}".encode()).hexdigest()[:16]


def session_of(event: dict, event_uid: str) -> str:
    """The session a journal line belongs to: its ``session``, or the real session for a
    line without one (journal format v1)."""
    return event.get("session") or real_session_id(event_uid)


def is_real(session_id: str | None, event_uid: str) -> bool:
    """True when ``session_id`` is the real session of the event (None counts as real)."""
    return session_id is None or session_id == real_session_id(event_uid)


def new_rehearsal_id() -> str:
    """A fresh random rehearsal id (16 hex digits)."""
    return uuid.uuid4().hex[:16]


@dataclass(frozen=True)
class Session:
    """The session a desk acts in.

    ``id`` goes into every journal line the desk writes; ``rehearsal`` is False for the
    real morning; ``started_at`` is when this laptop started or joined the rehearsal
    (None for the real session)."""

    id: str
    rehearsal: bool
    started_at: str | None = None

    def label(self) -> str:
        """"Tập dượt 3fa2…" / "Buổi chính thức", in the UI language."""
        if self.rehearsal:
            return translate("core", "Rehearsal {id}").format(id=self.id[:4])
        return translate("core", "Real session")


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _settings_path(local_dir: Path | str) -> Path:
    return Path(local_dir) / SETTINGS_FILE


def _read_settings(local_dir: Path | str) -> dict:
    try:
        data = json.loads(_settings_path(local_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_settings(local_dir: Path | str, data: dict) -> None:
    path = _settings_path(local_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(tmp, path)


def current_session(local_dir: Path | str, event_uid: str) -> Session:
    """The session this laptop's desk acts in for the event ``event_uid``: the rehearsal
    started (or joined) with :func:`start_rehearsal` and not yet ended, else the real
    session. ``local_dir`` is the desk's local journal folder for this event."""
    data = _read_settings(local_dir)
    reh = data.get("rehearsal")
    if isinstance(reh, dict) and isinstance(reh.get("id"), str) and data.get("event") in (None, event_uid) \
            and not is_real(reh["id"], event_uid):
        return Session(reh["id"], True, reh.get("started_at"))
    return Session(real_session_id(event_uid), False)


def start_rehearsal(local_dir: Path | str, event_uid: str, *, join: str | None = None) -> Session:
    """Start a new rehearsal on this laptop (a fresh random id, so it starts from a clean
    slate), or with ``join`` take part in the rehearsal of that id that another desk
    started. Stored in ``local_dir``; returns the rehearsal :class:`Session`.

    Raises ``ValueError`` if ``join`` is the real session's id (a rehearsal can never be
    the real morning)."""
    if join is not None and is_real(join, event_uid):
        raise ValueError("the real session cannot be joined as a rehearsal")
    session = Session(join or new_rehearsal_id(), True, _now())
    data = _read_settings(local_dir)
    past = [s for s in data.get("past_rehearsals", []) if isinstance(s, str)]
    old = data.get("rehearsal")
    if isinstance(old, dict) and old.get("id") and old["id"] not in past:
        past.append(old["id"])
    data.update(event=event_uid, rehearsal={"id": session.id, "started_at": session.started_at},
                past_rehearsals=past[-50:])
    _write_settings(local_dir, data)
    return session


def end_rehearsal(local_dir: Path | str, event_uid: str) -> Session:
    """Leave the rehearsal: from now on this laptop's desk acts in the real session
    (returned). The rehearsal's journals stay where they are and keep their session, so
    they never count; :func:`foreign_journals` lists them before the morning."""
    data = _read_settings(local_dir)
    old = data.pop("rehearsal", None)
    past = [s for s in data.get("past_rehearsals", []) if isinstance(s, str)]
    if isinstance(old, dict) and old.get("id") and old["id"] not in past:
        past.append(old["id"])
    data.update(event=event_uid, past_rehearsals=past[-50:], real_started_at=_now())
    _write_settings(local_dir, data)
    return Session(real_session_id(event_uid), False)


def start_real_session(local_dir: Path | str, event_uid: str, journal_dirs) -> tuple[Session, list[ForeignJournal]]:
    """The explicit "start the real morning" step: leave any rehearsal (:func:`end_rehearsal`)
    and list the journals under ``journal_dirs`` (the shared folder and this laptop's local
    folder) that do not belong to the real session, to show before the first scan."""
    session = end_rehearsal(local_dir, event_uid)
    return session, foreign_journals(journal_dirs, event_uid, local_dir=local_dir)


def past_rehearsals(local_dir: Path | str) -> list[str]:
    """Ids of rehearsals this laptop took part in and left (oldest first)."""
    return [s for s in _read_settings(local_dir).get("past_rehearsals", []) if isinstance(s, str)]


@dataclass
class ForeignJournal:
    """Lines of one journal file that do not belong to the real session.

    ``session`` is the session they belong to (one entry per file and session);
    ``events`` how many check-in events; ``desks`` the desk names; ``first_at`` /
    ``last_at`` their times as written; ``known_rehearsal`` True when this laptop took
    part in that rehearsal (so it is surely practice, not a mistake)."""

    path: Path
    session: str
    events: int = 0
    desks: list[str] = field(default_factory=list)
    first_at: str | None = None
    last_at: str | None = None
    known_rehearsal: bool = False

    def describe(self) -> str:
        return translate("core", "{file}: {n} events of session {session} ({desks}, {first}–{last})").format(
            file=self.path.name, n=self.events, session=self.session[:8], desks=", ".join(self.desks),
            first=(self.first_at or "")[11:16], last=(self.last_at or "")[11:16])

    def as_json(self) -> dict:
        return {"file": str(self.path), "session": self.session, "events": self.events, "desks": self.desks,
                "first_at": self.first_at, "last_at": self.last_at, "known_rehearsal": self.known_rehearsal}


def foreign_journals(journal_dirs, event_uid: str, *, local_dir: Path | str | None = None) -> list[ForeignJournal]:
    """Journals (files or folders of ``*.jsonl``) under ``journal_dirs`` that hold lines
    of a session other than the real one of ``event_uid``: one entry per (file,
    session), sorted by file name then time. Lines of another congress and damaged lines
    are not listed here (``merge`` reports them). ``local_dir``, when given, marks the
    rehearsals this laptop took part in (``known_rehearsal``).

    Show this list when the real morning starts (:func:`end_rehearsal`): what it names
    will not count, and can be moved out of the shared folder."""
    from .journal import journal_files, read_journal  # here: journal imports this module

    if isinstance(journal_dirs, (str, Path)):
        journal_dirs = [journal_dirs]
    real = real_session_id(event_uid)
    known = set(past_rehearsals(local_dir)) if local_dir is not None else set()
    if local_dir is not None:
        cur = current_session(local_dir, event_uid)
        if cur.rehearsal:
            known.add(cur.id)
    out: list[ForeignJournal] = []
    seen: set[Path] = set()
    files: list[Path] = []
    with contextlib.suppress(OSError):
        files = journal_files([p for p in journal_dirs if Path(p).exists()])
    for path in files:
        key = path.resolve()
        if key in seen:
            continue
        seen.add(key)
        res = read_journal(path, event_uid)
        by_session: dict[str, ForeignJournal] = {}
        for ev in res.events:
            sid = session_of(ev, event_uid)
            if sid == real:
                continue
            fj = by_session.setdefault(sid, ForeignJournal(path, sid, known_rehearsal=sid in known))
            fj.events += 1
            if ev["desk"] not in fj.desks:
                fj.desks.append(ev["desk"])
            if fj.first_at is None or ev["at"] < fj.first_at:
                fj.first_at = ev["at"]
            if fj.last_at is None or ev["at"] > fj.last_at:
                fj.last_at = ev["at"]
        for sid, fj in by_session.items():
            # a journal with only its set-up line is still the rehearsal's journal
            if fj.events or any(s.get("session") == sid for s in res.setups):
                out.append(fj)
        for s in res.setups:
            sid = s.get("session")
            if sid and sid != real and sid not in by_session:
                out.append(ForeignJournal(path, sid, desks=[s["desk"]], known_rehearsal=sid in known))
    out.sort(key=lambda j: (j.path.name, j.first_at or "", j.session))
    return out


def rehearsals_in(journal_dirs, event_uid: str, *, journals: list[ForeignJournal] | None = None) -> list[str]:
    """Ids of the rehearsal sessions found in ``journal_dirs``, most recently active first
    (to offer "join the rehearsal already running"). ``journals``: what
    :func:`foreign_journals` already read of those folders (a share is read once)."""
    last: dict[str, str] = {}
    for fj in journals if journals is not None else foreign_journals(journal_dirs, event_uid):
        last[fj.session] = max(last.get(fj.session, ""), fj.last_at or "")
    return sorted(last, key=lambda s: last[s], reverse=True)


# ---------------------------------------------------------------- this laptop's folders

def _local_base() -> Path:
    base = os.environ.get(LOCAL_DIR_ENV)
    if base:
        return Path(base)
    import platformdirs

    return Path(platformdirs.user_data_dir("congress-desk", appauthor=False)) / "desk-journals"


def default_local_dir(uid: str) -> Path:
    """Where a desk keeps its own journal on this laptop (never the share), per event id;
    its ``session.json`` holds the laptop's current check-in session (see above)."""
    return _local_base() / uid


def default_cache_dir() -> Path:
    """Where a desk keeps what it last read of each event file (see :mod:`.snapshot`)."""
    return _local_base() / "snapshots"


def rehearsal_here(db) -> bool:
    """Whether this laptop's desk is in a rehearsal for the event file ``db`` (a Database or
    a Reader): what the window title marks from the moment the file is open, before the
    check-in tab is built. Reads one small file; imports nothing heavy."""
    from ..event import get_value

    uid = get_value(db, "event_uid")
    return bool(uid) and current_session(default_local_dir(uid), uid).rehearsal
