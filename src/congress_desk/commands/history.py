"""``congress-desk history EVENT [--kind delegates|seats|nominations|checkins] [--search TEXT] [--json]``

The change history of the event file, newest first (personal numbers masked)."""

from __future__ import annotations

from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.safety.history import list_history
from .common import EXIT_OK, emit_json, open_existing, say

KINDS = ("delegates", "seats", "nominations", "checkins")


# The one-line help cli.COMMANDS shows, here so that it is translated with this area.
HELP = QT_TRANSLATE_NOOP("cli", "show the history of changes")


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file (only read)"))
    parser.add_argument("--kind", choices=KINDS, help=translate("cli", "only this kind of change"))
    parser.add_argument("--search", metavar="TEXT", default="",
                        help=translate("cli", "only changes whose name, desk, user or action contain this"))
    parser.add_argument("--limit", type=int, default=200, help=translate("cli", "at most this many (default 200)"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))


def run(args) -> int:
    event = open_existing(args.event, write=False)
    try:
        rows = list_history(event.db, kind=args.kind, text=args.search, limit=max(1, args.limit))
    finally:
        event.close()
    rows = rows[: max(1, args.limit)]
    if args.json:
        emit_json({"history": [{k: r[k] for k in ("at", "actor", "kind", "entity", "entity_id", "action", "summary")}
                               for r in rows]})
    else:
        for r in rows:
            say(f"{r['at']}  {r['actor'] or '-'}  {r['kind']}  {r['action']}  {r['summary']}")
    return EXIT_OK
