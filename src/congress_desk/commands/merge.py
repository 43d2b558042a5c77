"""``congress-desk merge EVENT JOURNAL... [--session ID] [--json]``: fold desk journals into the
event file (idempotent).

Only the real check-in session is merged; events of other sessions (rehearsals) are
reported and make the exit status 1, unless ``--session ID`` merges that one (kept apart
in the event file). Refused lines, cut last lines, recoded walk-ins and desks whose
clocks seem off are each said on stderr (and listed in ``--json``).
"""

from __future__ import annotations

from pathlib import Path

from ..core.checkin.store import merge_journals
from ..core.errors import UserError
from ..core.i18n import translate
from .common import EXIT_OK, EXIT_REFUSED, CommandError, emit_json, open_existing, say


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file to merge into"))
    parser.add_argument("journals", metavar="JOURNAL", nargs="+",
                        help=translate("cli", "desk journal files or folders of them"))
    parser.add_argument("--session", metavar="ID",
                        help=translate("cli", "merge this check-in session (a rehearsal's id) instead of the real one; "
                                              "kept apart, never counted as attendance"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))


def run(args) -> int:
    missing = [j for j in args.journals if not Path(j).exists()]
    if missing:
        raise CommandError(translate("cli", "Journal not found: {path}").format(path=", ".join(missing)))
    event = open_existing(args.event, write=True)
    try:
        try:
            result = merge_journals(event.db, [Path(j) for j in args.journals], session=args.session)
        except UserError as exc:
            raise CommandError(str(exc), EXIT_REFUSED) from None
    finally:
        event.close()
    for problem in result.problems:
        say(translate("cli", "Skipped: {problem}").format(problem=problem))
    for message in result.messages():
        say(message)
    if args.json:
        emit_json(result.as_json())
    else:
        say(translate("cli", "Merged {added} new events from {files} journals ({already} were merged before, "
                             "{walkins} walk-in guests added)").format(
            added=result.added, files=result.files, already=result.already, walkins=result.walkins))
    return EXIT_REFUSED if result.refused else EXIT_OK
