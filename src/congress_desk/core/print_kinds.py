"""Every printable kind, each from the capability that owns it, registered into the
document layer (:mod:`congress_desk.core.printing.kinds`) by plain import.

The printing layer cannot import the capabilities above it, so the top — commands, the
window, tests and tools — imports this module once before printing. Each kind imports its
module when it runs, so importing this one costs nothing at start-up.
"""

from __future__ import annotations

from .printing.kinds import deferred, register

# The modules of the kinds (each imported when one of its kinds is printed).


def _seat_chart():
    from .seating import seat_chart
    return seat_chart


def _certificates():
    from .vetting import certificates
    return certificates


def _vetting():
    from .vetting import print_kinds
    return print_kinds


def _checkin():
    from .checkin import print_kinds
    return print_kinds


register({
    "seat-chart": deferred(_seat_chart, "render"),                       # seating
    "certificates": deferred(_certificates, "render"),                   # vetting
    "honoree-list": deferred(_vetting, "build_honoree_list"),
    "ceremony-script": deferred(_vetting, "build_ceremony_script"),
    "ballot": deferred(_vetting, "build_ballot"),
    "decision-annex": deferred(_vetting, "build_decision_annex"),
    "attendance": deferred(_checkin, "build_attendance"),                # check-in
    "credentials-report": deferred(_checkin, "build_credentials_report"),
})
