"""``congress-desk export EVENT OUT.xlsx [--what delegates|seating|honorees|attendance]``"""

from __future__ import annotations

from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from .common import EXIT_OK, EXIT_REFUSED, CommandError, open_existing, say

# What can be exported; exporter(kind) gives the function, called as fn(db, out_path).
EXPORTERS = ("delegates", "seating", "honorees", "attendance")


# The one-line help cli.COMMANDS shows, here so that it is translated with this area.
HELP = QT_TRANSLATE_NOOP("cli", "write an official-format workbook")


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file"))
    parser.add_argument("out", metavar="OUT.xlsx", help=translate("cli", "the workbook to write"))
    parser.add_argument("--what", choices=list(EXPORTERS), default="delegates",
                        help=translate("cli", "what to export (default: delegates)"))
    parser.add_argument("--with-personal", action="store_true",
                        help=translate("cli", "also write phone and citizen ID numbers (delegates; "
                                              "left empty by default)"))


def exporter(kind: str):
    """The export function for ``kind`` (imported when asked: each loads openpyxl)."""
    if kind == "delegates":
        from ..core.intake.export import export_delegates as fn
    elif kind == "seating":
        from ..core.seating.export import export_seating as fn
    elif kind == "honorees":
        from ..core.vetting.export import export_honorees as fn
    elif kind == "attendance":
        from ..core.checkin.export import export_attendance as fn
    else:
        raise KeyError(kind)
    return fn


def run(args) -> int:
    if not args.out.lower().endswith(".xlsx"):
        raise CommandError(translate("cli", "The output must be an .xlsx file"))
    fn = exporter(args.what)
    event = open_existing(args.event, write=False)
    try:
        if getattr(args, "with_personal", False) and args.what == "delegates":
            fn(event.db, args.out, with_personal=True)
        else:
            fn(event.db, args.out)
    except UserError as exc:
        raise CommandError(str(exc), EXIT_REFUSED) from None
    except OSError as exc:
        raise CommandError(translate("cli", "Cannot write {path}: {error}").format(path=args.out, error=exc.strerror),
                           EXIT_REFUSED) from None
    finally:
        event.close()
    say(translate("cli", "Wrote {path}").format(path=args.out))
    return EXIT_OK
