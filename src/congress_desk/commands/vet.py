"""``congress-desk vet EVENT [--json]``: run the vetting checks, list nominations and findings."""

from __future__ import annotations

from ..core.i18n import translate
from ..core.vetting.catalogue import load_catalogue
from ..core.vetting.nominations import list_nominations
from ..core.vetting.rules import evaluate_all
from ..core.vetting.workflow import state_label
from .common import EXIT_OK, EXIT_REFUSED, CommandError, emit_json, open_existing, say


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "print one JSON object on stdout"))


def report(db) -> dict:
    """The ``vet --json`` object (DESIGN.md)."""
    cat = load_catalogue(db)
    rows = list_nominations(db)
    findings = evaluate_all(db, rows, cat)
    return {
        "regime": cat.regime,
        "nominations": [
            {"id": r["id"], "nominee": r["nominee"], "kind": r["kind"], "unit": r.get("unit"),
             "form": r["form"], "state": r["state"],
             "findings": [f.as_dict() for f in findings.get(r["id"], [])]}
            for r in rows
        ],
    }


def run(args) -> int:
    try:
        event = open_existing(args.event, write=False)
    except CommandError:
        event = open_existing(args.event, write=True)  # an older file needs its migrations first
    try:
        if not event.db["nominations"].exists():
            raise CommandError(translate("cli", "This event file has no honoree-vetting tables (it was made by an earlier development version)"), EXIT_REFUSED)
        data = report(event.db)
    finally:
        event.close()
    if args.json:
        emit_json(data)
    else:
        for n in data["nominations"]:
            failed = [f for f in n["findings"] if not f["ok"]]
            print(f"#{n['id']}\t{n['form']}\t{state_label(n['state'])}\t{n['nominee']}\t{n['unit'] or ''}")
            for f in failed:
                print(f"\t- {f['message']}")
    failing = sum(1 for n in data["nominations"] if any(not f["ok"] for f in n["findings"]))
    say(translate("cli", "{n} nominations, {bad} with problems").format(n=len(data["nominations"]), bad=failing))
    return EXIT_OK
