"""``congress-desk print EVENT KIND --out FILE.pdf|FILE.docx [--unit NAME] [--codes C1,C2…]
[--not-yet-printed] [--layout NAME]`` and a few per-kind refinements. Text documents
(lists, invitations, reports, annexes, the script, the ballot) are written as Word
.docx when ``--out`` ends in .docx; the other kinds are PDF only."""

from __future__ import annotations

from ..core import print_kinds  # noqa: F401 - registers every capability's kinds
from ..core.errors import Cancelled, UserError
from ..core.i18n import translate
from ..core.printing.kinds import KINDS, kind_label, render_kind
from ..core.printing.layout import LayoutError
from ..core.printing.options import PrintOptions
from ..core.printing.records import parse_codes
from .common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, CommandError, emit_json, open_existing, say


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file"))
    parser.add_argument("kind", metavar="KIND",
                        help=translate("cli", "what to print: {kinds}").format(kinds=", ".join(KINDS)))
    parser.add_argument("--out", required=True, metavar="FILE.pdf|FILE.docx",
                        help=translate("cli", "the file to write: PDF, or Word (.docx) for text documents"))
    parser.add_argument("--decision", metavar="NUMBER",
                        help=translate("cli", "decision-annex: only the annex of this decision"))
    parser.add_argument("--unit", metavar="NAME", help=translate("cli", "only the delegates of this unit"))
    parser.add_argument("--codes", metavar="C1,C2", help=translate("cli", "only these badge codes (comma-separated)"))
    parser.add_argument("--not-yet-printed", action="store_true",
                        help=translate("cli", "only those not printed yet, or changed since they were printed"))
    parser.add_argument("--layout", metavar="NAME", help=translate("cli", "layout of the kind (badges: a4-2x4, a4-2x5-cr80, cr80)"))
    parser.add_argument("--double-sided", action="store_true", help=translate("cli", "badges: print the back of each sheet too"))
    parser.add_argument("--personal-numbers", action="store_true",
                        help=translate("cli", "lists: print ID and phone numbers"))
    parser.add_argument("--printer", metavar="NAME", help=translate("cli", "certificates: calibration profile of the printer"))
    parser.add_argument("--blank", choices=("bang-khen", "chung-nhan"),
                        help=translate("cli", "certificates, calibration: the pre-printed blank (Bằng khen or the title's Giấy chứng nhận)"))
    parser.add_argument("--paper", choices=("A3", "A4"), help=translate("cli", "seat chart: A3 sheet or tiled A4"))
    parser.add_argument("--per-section", action="store_true", help=translate("cli", "seat chart: one page per section"))
    parser.add_argument("--no-record", action="store_true",
                        help=translate("cli", "do not remember this print in the event file"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))


def run(args) -> int:
    if args.kind not in KINDS:
        raise CommandError(translate("cli", "Unknown kind “{kind}”; known kinds: {kinds}").format(
            kind=args.kind, kinds=", ".join(KINDS)), EXIT_USAGE)
    options = PrintOptions(
        unit=args.unit, codes=parse_codes(args.codes), not_yet_printed=args.not_yet_printed,
        layout=args.layout, double_sided=args.double_sided, personal_numbers=args.personal_numbers,
        printer=args.printer, blank=args.blank, paper=args.paper, per_section=args.per_section,
        record=not args.no_record, decision=args.decision,
    )
    notes: list[str] = []
    try:
        event = open_existing(args.event, write=True)
    except CommandError as exc:
        if exc.status != EXIT_REFUSED:
            raise
        event = open_existing(args.event, write=False)
        options.record = False
        notes.append(translate("cli", "The event file is read-only: this print will not be remembered"))
    try:
        result = render_kind(event, args.kind, args.out, options)
    except LayoutError as exc:
        raise CommandError(exc.message, EXIT_USAGE) from None
    except Cancelled:
        raise CommandError(translate("cli", "Cancelled"), EXIT_REFUSED) from None
    except UserError as exc:
        if exc.field in ("unit", "layout", "format"):
            raise CommandError(str(exc), EXIT_USAGE) from None
        if options.not_yet_printed and exc.field == "selection":
            say(exc.message)
            if args.json:
                emit_json({"kind": args.kind, "file": None, "pages": 0, "items": 0, "warnings": [exc.message]})
            return EXIT_OK
        raise CommandError(str(exc), EXIT_REFUSED) from None
    finally:
        event.close()
    for line in notes + result.warnings:
        say(line)
    if args.json:
        emit_json({"kind": args.kind, "file": str(args.out), **result.as_json()})
    if str(args.out).lower().endswith(".docx"):
        say(translate("cli", "{what}: {items} item(s) written to {path} (Word)").format(
            what=kind_label(args.kind), items=result.items, path=args.out))
    else:
        say(translate("cli", "{what}: {items} item(s) on {pages} page(s) written to {path}").format(
            what=kind_label(args.kind), items=result.items, pages=result.pages, path=args.out))
    return EXIT_REFUSED if result.unknown_codes else EXIT_OK
