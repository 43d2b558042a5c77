"""``congress-desk attendance EVENT [--json]``: the committee's counts, by category and by unit.

The numbers are those of :mod:`congress_desk.core.counts` (summoned, present, substitutes,
absent with a reason, not yet arrived, walk-ins, cancelled), from the event file and the
desk journals beside it that are not merged yet — the same as the dashboard and the prints.
"""

from __future__ import annotations

from ..core.checkin.print_kinds import journal_paths_for
from ..core.checkin.report import load_attendance, marks_of
from ..core.counts import COUNT_CATEGORIES, credentials_categories, tally
from ..core.fields import category_label
from ..core.i18n import translate
from .common import EXIT_OK, emit_json, open_existing, say


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))


def _line(label: str, t) -> str:
    return translate("cli", "{label}: summoned {summoned}, present {present} (substitutes {substitutes}), "
                            "absent {absent}, not arrived {not_arrived}, walk-ins {walkins}").format(
        label=label, summoned=t.summoned, present=t.present, substitutes=t.substitutes, absent=t.absent,
        not_arrived=t.not_arrived, walkins=t.walkins)


def run(args) -> int:
    event = open_existing(args.event, write=False)
    try:
        delegates, attendance = load_attendance(event.db, journal_paths_for(event.path))
        counts = tally(delegates, marks_of(attendance))
        credentials = credentials_categories(event.db)
    finally:
        event.close()
    if args.json:
        emit_json({**counts.as_json(),
                   "credentials": {"categories": list(credentials), **counts.of(*credentials).as_json()}})
        return EXIT_OK
    say(_line(translate("cli", "Total"), counts.total)
        + translate("cli", "; cancelled {n}").format(n=counts.total.cancelled))
    for c in COUNT_CATEGORIES:
        say("  " + _line(category_label(c), counts.by_category[c]))
    for u in counts.by_unit:
        say("  " + _line(u.name or translate("cli", "No unit"), u.tally))
    return EXIT_OK
