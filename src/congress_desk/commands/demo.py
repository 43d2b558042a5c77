"""``congress-desk demo EVENT [--delegates N] [--seed S]``"""

from __future__ import annotations

import sqlite3

from ..core.demo import MAX_DELEGATES, build_demo
from ..core.errors import UserError
from ..core.i18n import translate
from .common import EXIT_OK, CommandError, say


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file to create (overwritten if it exists)"))
    parser.add_argument("--delegates", type=int, default=550, metavar="N",
                        help=translate("cli", "number of delegates (default 550, at most 10000)"))
    parser.add_argument("--seed", type=int, default=2020, metavar="S",
                        help=translate("cli", "random seed; the same seed gives the same congress"))


def run(args) -> int:
    if not 0 <= args.delegates <= MAX_DELEGATES:
        raise CommandError(translate("cli", "--delegates must be between 0 and {n}").format(n=MAX_DELEGATES))
    try:
        event = build_demo(args.event, delegates=args.delegates, seed=args.seed)
    except UserError as exc:
        raise CommandError(str(exc)) from None
    except OSError as exc:
        raise CommandError(
            translate("cli", "Cannot write {path}: {error}").format(path=args.event, error=exc.strerror or exc)
        ) from None
    except sqlite3.Error as exc:
        raise CommandError(translate("cli", "Cannot write {path}: {error}").format(path=args.event, error=exc)) from None
    event.close()
    say(translate("cli", "Created demo congress {path} with {n} delegates").format(path=args.event, n=args.delegates))
    return EXIT_OK
