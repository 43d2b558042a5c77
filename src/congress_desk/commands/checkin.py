"""``congress-desk checkin EVENT CODE [--desk NAME] [--journal-dir DIR] [--rehearsal] [--json]``

Checks a delegate in by badge code exactly as a desk does: the event file is only
read (no lock), the event goes to this desk's journal and then to the journal folder.
Without ``--rehearsal`` it acts in the real session; with it, in this computer's current
rehearsal (started if none runs). ``--json`` adds ``session`` and ``rehearsal``.
"""

from __future__ import annotations

from pathlib import Path

from ..core.checkin.desk import ALREADY, CHECKED_IN, Desk, default_cache_dir, default_local_dir
from ..core.checkin.session import current_session, real_session_id, start_rehearsal
from ..core.checkin.snapshot import read_snapshot
from ..core.errors import NewerEventFile, NotAnEventFile, UserError
from ..core.i18n import translate
from .common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, CommandError, emit_json, say


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file (only read)"))
    parser.add_argument("code", metavar="CODE", help=translate("cli", "badge code as scanned (8 digits)"))
    parser.add_argument("--desk", metavar="NAME",
                        help=translate("cli", "name of this desk, e.g. \"Bàn 1\" (default: the computer's name)"))
    parser.add_argument("--journal-dir", metavar="DIR",
                        help=translate("cli", "shared journal folder (default: journals/ beside the event file)"))
    parser.add_argument("--rehearsal", action="store_true",
                        help=translate("cli", "act in this desk's current rehearsal session (\"Tập dượt\"; one is "
                                              "started if none is running); never counted as the real morning"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))


def run(args) -> int:
    path = Path(args.event)
    if not path.exists():
        raise CommandError(translate("cli", "Event file not found: {path}").format(path=path), EXIT_USAGE)
    try:
        # Read only when the file changed since this desk's last scan, and never wait on an
        # import for long (core/checkin/snapshot.py); usage errors exit 2.
        snap = read_snapshot(path, default_cache_dir())
        uid = snap.uid
        session = None
        if uid:
            local = default_local_dir(uid)
            current = current_session(local, uid)
            if args.rehearsal and not current.rehearsal:
                current = start_rehearsal(local, uid)
                say(translate("cli", "Rehearsal {id} started on this computer").format(id=current.id))
            elif not args.rehearsal and current.rehearsal:
                say(translate("cli", "A rehearsal is running on this computer; this check-in is for the real "
                                     "session (add --rehearsal to practise)"))
            session = current.id if args.rehearsal else real_session_id(uid)
        desk = Desk(path, desk=args.desk, journal_dir=args.journal_dir, session=session, snapshot=snap)
    except (NotAnEventFile, NewerEventFile) as exc:
        raise CommandError(f"{args.event}: {exc.message}", EXIT_USAGE) from None
    except UserError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    except OSError as exc:
        raise CommandError(translate("cli", "Cannot write the desk journal: {error}").format(
            error=exc.strerror or exc), EXIT_REFUSED) from None
    if desk.stale:
        say(translate("cli", "The event file is busy (being written); this desk used what it read last time"))
    try:
        result = desk.scan(args.code)
    finally:
        copied = desk.close(timeout=10.0)
    if not copied:
        say(translate("cli", "The journal is saved on this computer but not yet in {folder}: {error}").format(
            folder=desk.journal_dir, error=desk.sync_error() or translate("cli", "the folder did not answer")))
    if args.json:
        emit_json(result.as_json() | {"session": desk.session, "rehearsal": desk.rehearsal})
    else:
        if desk.rehearsal:
            say(translate("cli", "REHEARSAL {id}: not counted as the real morning").format(id=desk.session))
        say(result.message())
        if result.double:
            say(translate("cli", "Warning: this delegate was checked in more than once"))
    return EXIT_OK if result.status in (CHECKED_IN, ALREADY) else EXIT_REFUSED
