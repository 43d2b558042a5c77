"""Every printable kind, each from the capability that owns it, registered into the
document layer (:mod:`congress_desk.core.printing.kinds`) by plain import.

The printing layer cannot import the capabilities above it, so the top — commands, the
window, tests and tools — imports this module once before printing. Each kind imports its
module when it runs, so importing this one costs nothing at start-up.
"""

from __future__ import annotations

from .printing.kinds import register


def _seat_chart(*args, **kwargs):
    from .seating.seat_chart import render
    return render(*args, **kwargs)


def _certificates(*args, **kwargs):
    from .vetting.certificates import render
    return render(*args, **kwargs)


def _honoree_list(*args, **kwargs):
    from .vetting.print_kinds import build_honoree_list
    return build_honoree_list(*args, **kwargs)


def _ceremony_script(*args, **kwargs):
    from .vetting.print_kinds import build_ceremony_script
    return build_ceremony_script(*args, **kwargs)


def _ballot(*args, **kwargs):
    from .vetting.print_kinds import build_ballot
    return build_ballot(*args, **kwargs)


def _decision_annex(*args, **kwargs):
    from .vetting.print_kinds import build_decision_annex
    return build_decision_annex(*args, **kwargs)


def _attendance(*args, **kwargs):
    from .checkin.print_kinds import build_attendance
    return build_attendance(*args, **kwargs)


def _credentials_report(*args, **kwargs):
    from .checkin.print_kinds import build_credentials_report
    return build_credentials_report(*args, **kwargs)


register({
    "seat-chart": _seat_chart,                  # seating
    "certificates": _certificates,              # vetting
    "honoree-list": _honoree_list,
    "ceremony-script": _ceremony_script,
    "ballot": _ballot,
    "decision-annex": _decision_annex,
    "attendance": _attendance,                  # check-in
    "credentials-report": _credentials_report,
})
