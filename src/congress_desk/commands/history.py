"""``congress-desk history EVENT [--kind delegates|seats|nominations|checkins] [--search TEXT] [--json]``

The change history of the event file, newest first (personal numbers masked)."""

from __future__ import annotations

import re
import unicodedata

from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.safety.history import list_history
from .common import EXIT_OK, emit_json, open_existing, say

KINDS = ("delegates", "seats", "nominations", "checkins")


# The one-line help cli.COMMANDS shows, here so that it is translated with this area.
HELP = QT_TRANSLATE_NOOP("cli", "show the history of changes")


# Characters a terminal acts on instead of showing (escape sequences, bell, backspace, C1
# controls) and the ones that reorder what is shown (bidirectional overrides).
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}]")


def printable(text) -> str:
    """``text`` safe to print on a terminal: control characters shown as ``\\x1b`` escapes."""
    def escape(m: re.Match) -> str:
        code = ord(m.group(0))
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNSAFE.sub(escape, unicodedata.normalize("NFC", str(text)))


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
            # What people typed (names, desks, reasons) may hold terminal escape codes: never echo them.
            say(printable(f"{r['at']}  {r['actor'] or '-'}  {r['kind']}  {r['action']}  {r['summary']}"))
    return EXIT_OK
