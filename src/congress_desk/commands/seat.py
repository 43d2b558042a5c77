"""``congress-desk seat EVENT --auto [--all] [--json]``: seat by the protocol rules.

``--auto`` places only the unseated and keeps everyone seated where they are (locked or
not); ``--all`` re-seats everyone except the locked seats. Either way it says how many
people got a seat and how many moved."""

from __future__ import annotations

from ..core.errors import UserError
from ..core.i18n import translate
from ..core.seating.autoseat import auto_seat
from .common import EXIT_OK, EXIT_REFUSED, CommandError, emit_json, open_existing, say


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file"))
    parser.add_argument("--auto", action="store_true",
                        help=translate("cli", "seat the unseated by the protocol rules, keeping everyone seated"))
    parser.add_argument("--all", action="store_true", dest="everyone",
                        help=translate("cli", "re-seat everyone, except the locked seats"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "print the summary as JSON"))


def run(args) -> int:
    if not args.auto:
        raise CommandError(translate(
            "cli", "Say what to do: --auto seats those without a seat by the protocol rules; --auto --all re-seats everyone"))
    event = open_existing(args.event, write=True)
    try:
        result = auto_seat(event.db, actor="cli", everyone=args.everyone)
    except UserError as exc:
        raise CommandError(str(exc), EXIT_REFUSED) from None
    finally:
        event.close()
    if args.json:
        emit_json(result.as_json())
    else:
        say(translate("cli", "{n} delegates seated: {placed} newly placed, {moved} moved").format(
            n=result.assigned, placed=result.placed, moved=result.moved))
        for u in result.unseated:
            say(translate("cli", "Not seated: {name} ({code}): {reason}").format(
                name=u.full_name, code=u.code, reason=u.reason))
        for v in result.violations:
            say(v.message)
    if result.unseated:
        if args.json:
            say(translate("cli", "{n} people are left without a seat").format(n=len(result.unseated)))
        return EXIT_REFUSED
    return EXIT_OK
