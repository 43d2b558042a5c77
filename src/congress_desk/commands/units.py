"""``congress-desk units EVENT [--import FILE] [--template] [--export FILE.xlsx] [--json]``

Lists the event's units with their quotas; ``--import`` adds the units of a spreadsheet
(.xlsx, .xls, .csv: unit name, quota, optionally kind) and updates the quota and kind of
those already there (by name; nothing is deleted); ``--template`` does the same with the
shipped Hải Phòng list (66 units); ``--export`` writes the units workbook, which
``--import`` reads back. Rows refused (a quota that is not a whole number) exit 1.
"""

from __future__ import annotations

from ..core.errors import UserError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from .common import EXIT_OK, EXIT_REFUSED, CommandError, emit_json, open_existing, say

# The one-line help cli.COMMANDS shows, here so that it is translated with this area.
HELP = QT_TRANSLATE_NOOP("cli", "list, import or export the units and their quotas")


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file"))
    parser.add_argument("--import", dest="import_file", metavar="FILE",
                        help=translate("cli", "add the units of a spreadsheet (.xlsx, .xls, .csv) and update the "
                                              "quotas of those already there"))
    parser.add_argument("--template", action="store_true",
                        help=translate("cli", "add the units of the Hải Phòng template (66 units with quotas)"))
    parser.add_argument("--export", metavar="FILE.xlsx",
                        help=translate("cli", "write the units and their quotas to a workbook"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))


def run(args) -> int:
    from ..core.intake.units import (
        UnitList,
        apply_units,
        read_units,
        template_units,
        units_of_event,
        write_units,
    )

    if args.export and not args.export.lower().endswith(".xlsx"):
        raise CommandError(translate("cli", "The units workbook must be an .xlsx file"))
    writing = bool(args.import_file or args.template)
    event = open_existing(args.event, write=writing)
    found = UnitList()
    imported = None
    try:
        if args.import_file:
            try:
                found = read_units(args.import_file)
            except UserError as exc:
                raise CommandError(f"{args.import_file}: {exc.message}", EXIT_REFUSED) from None
            if not found.units and not found.problems:
                raise CommandError(translate("cli", "{file}: no list of units found").format(file=args.import_file),
                                   EXIT_REFUSED)
        if args.template:
            found.units.extend(template_units())
        if writing:
            imported, _changes = apply_units(event.db, found.units)
        units = units_of_event(event.db if writing else event.reader)
        if args.export:
            try:
                write_units(args.export, units)
            except OSError as exc:
                raise CommandError(translate("cli", "Cannot write {path}: {error}").format(
                    path=args.export, error=exc.strerror), EXIT_REFUSED) from None
    finally:
        event.close()
    if args.json:
        out = {"units": units, "problems": [p.as_json() for p in found.problems]}
        if imported is not None:
            out["imported"] = imported
        emit_json(out)
    elif not writing and not args.export:
        for u in units:
            quota = "—" if u["quota"] is None else u["quota"]
            print(f"{u['name']}\t{quota}\t{u['delegates']}")
    for p in found.problems:
        say(translate("cli", "row {row}: {message}").format(row=p.row, message=p.message))
    if imported is not None:
        say(translate("cli", "Units: added {added}, updated {updated}, unchanged {unchanged}; {n} units, total "
                             "quota {quota}").format(n=len(units), quota=sum(u["quota"] or 0 for u in units),
                                                     **imported))
    if args.export:
        say(translate("cli", "Wrote {n} units to {path}").format(n=len(units), path=args.export))
    return EXIT_REFUSED if found.error_count else EXIT_OK


__all__ = ["add_arguments", "run"]
