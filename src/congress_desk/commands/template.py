"""``congress-desk template OUT.xlsx [--event EVENT] [--unit NAME]``"""

from __future__ import annotations

from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from .common import EXIT_OK, EXIT_REFUSED, CommandError, open_existing, say

# The one-line help cli.COMMANDS shows, here so that it is translated with this area.
HELP = QT_TRANSLATE_NOOP("cli", "write the workbook units fill in")


def add_arguments(parser) -> None:
    parser.add_argument("out", metavar="OUT.xlsx", help=translate("cli", "the workbook to write"))
    parser.add_argument("--event", metavar="EVENT",
                        help=translate("cli", "event file: the template then carries the unit's id"))
    parser.add_argument("--unit", metavar="NAME", help=translate("cli", "the unit the template is for"))


def run(args) -> int:
    from ..core.intake.template import write_template

    if not args.out.lower().endswith(".xlsx"):
        raise CommandError(translate("cli", "The template must be an .xlsx file"))
    event = open_existing(args.event, write=False) if args.event else None
    try:
        write_template(args.out, db=event.db if event else None, unit=args.unit)
    except UserError as exc:
        raise CommandError(str(exc), EXIT_REFUSED) from None
    except OSError as exc:
        raise CommandError(translate("cli", "Cannot write {path}: {error}").format(path=args.out, error=exc.strerror),
                           EXIT_REFUSED) from None
    finally:
        if event is not None:
            event.close()
    say(translate("cli", "Wrote the template {path}").format(path=args.out))
    return EXIT_OK
