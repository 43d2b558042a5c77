"""``congress-desk import EVENT FILE... [--unit NAME] [--dry-run] [--replace] [--within-quota] [--json]``"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import Cancelled, UserError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from .common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, CommandError, emit_json, open_existing, say

# The one-line help cli.COMMANDS shows, here so that it is translated with this area.
HELP = QT_TRANSLATE_NOOP("cli", "read unit spreadsheets into the registry")


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file"))
    parser.add_argument("files", metavar="FILE", nargs="+",
                        help=translate("cli", "unit spreadsheets (.xlsx, .xlsm, .xls, .csv)"))
    parser.add_argument("--unit", metavar="NAME", help=translate("cli", "the unit of these files (overrides what is detected)"))
    parser.add_argument("--dry-run", action="store_true",
                        help=translate("cli", "read and check without writing (EVENT need not exist)"))
    parser.add_argument("--replace", action="store_true",
                        help=translate("cli", "remove a unit's delegates that are missing from its new file"))
    parser.add_argument("--within-quota", action="store_true",
                        help=translate("cli", "import only the first rows up to the unit's quota (people already "
                                              "registered count first); the others are refused"))
    parser.add_argument("--include-hidden", action="store_true",
                        help=translate("cli", "also import rows that are hidden or filtered out in the spreadsheet"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))
    parser.add_argument("--annotate", action="store_true",
                        help=translate("cli", "for each file with problems, write an annotated copy beside it "
                                              "to send back to the unit"))


def run(args) -> int:
    from ..core.intake.importer import SeveralUnits, import_files

    event = None
    db = None
    if args.dry_run:
        path = Path(args.event)
        if path.exists():
            try:
                event = open_existing(path, write=False)
                db = event.db
            except CommandError:
                raise
    else:
        event = open_existing(args.event, write=True)
        db = event.db
    try:
        report = import_files(args.files, db=db, unit=args.unit, dry_run=args.dry_run, replace=args.replace,
                              within_quota=getattr(args, "within_quota", False),
                              include_hidden=getattr(args, "include_hidden", False))
    except SeveralUnits as exc:
        raise CommandError(exc.message, EXIT_USAGE) from None
    except Cancelled:
        say(translate("cli", "Interrupted"))
        return EXIT_REFUSED
    except UserError as exc:
        raise CommandError(str(exc), EXIT_REFUSED) from None
    finally:
        if event is not None:
            event.close()
    if args.json:
        emit_json(report.as_json())
    for f in report.files:
        if not f.ok:
            say(translate("cli", "{file}: {message}").format(file=f.file, message=f.message))
            continue
        errors = f.error_count
        warnings = len(f.problems) - errors
        name = f"{f.file} [{f.part}]" if f.part else f.file
        line = translate("cli", "{file}: {unit}, {n} people, {errors} errors, {warnings} warnings").format(
            file=name, unit=f.unit or "?", n=len(f.people), errors=errors, warnings=warnings)
        if f.imported is not None:
            line += "; " + translate("cli", "added {added}, updated {updated}, unchanged {unchanged}, removed {removed}").format(
                **f.imported)
        say(line)
        for p in f.problems:
            # With --json the rows' problems are in the JSON; a whole-file one (over quota)
            # is still said here.
            if args.json and p.row is not None:
                continue
            if p.row is None:
                say(f"  {p.message}")
            else:
                where = f"{p.sheet}!{p.row}" if p.sheet else f"{p.row}"
                kind = translate("cli", "error") if p.severity == "error" else translate("cli", "warning")
                say(f"  {where} [{kind}] {p.message}")
    if getattr(args, "annotate", False):
        _annotate(report)
    if report.duplicates:
        say(translate("cli", "{n} people appear more than once").format(n=len(report.duplicates)))
    return EXIT_REFUSED if report.refused else EXIT_OK


def _annotate(report) -> None:
    from ..core.intake.annotate import annotated_copy
    from ..core.intake.parse import join_parts

    by_path: dict = {}
    for f in report.files:          # the units of one workbook go back in one copy
        by_path.setdefault(f.path, []).append(f)
    for parts in by_path.values():
        f = join_parts(parts)
        if not f.ok or not f.problems:
            continue
        try:
            out = annotated_copy(f)
        except (UserError, OSError) as exc:
            say(translate("cli", "{file}: no annotated copy: {error}").format(
                file=f.file, error=getattr(exc, "message", None) or getattr(exc, "strerror", None) or exc))
            continue
        say(translate("cli", "{file}: annotated copy written to {path}").format(file=f.file, path=out))


__all__ = ["add_arguments", "run", "EXIT_USAGE"]
