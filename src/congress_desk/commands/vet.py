"""``congress-desk vet EVENT [--import FILE --unit NAME] [--json]``: add a unit's nominations
workbook (with ``--import``), then run the vetting checks and list nominations and findings.

``--json`` prints (DESIGN.md, "vet --json")::

    {"regime": "2017",
     "nominations": [{"id", "nominee", "kind", "unit", "form", "state",
                      "findings": [{"criterion", "ok", "message", "source"}],
                      "eligible": true | false | null,
                      "decided_by": "unit" | "district" | "province" | "prime_minister" | "president",
                      "route": "decide" | "propose" | "evidence"}],
     "problems": [{"file", "sheet", "row", "field", "severity", "message"}]}

``eligible`` is true when every criterion is met, false when one fails and null when
something waits for a person's judgement (``ok`` null in its finding); ``decided_by`` is
the form's deciding authority (a grassroots title: ``unit`` or ``district`` by the
proposing unit's kind); ``route`` says what the city does: ``decide`` (the Chủ tịch UBND
decides after the council), ``propose`` (a Tờ trình upward) or ``evidence`` (a grassroots
title, never a city nomination — only old files still hold such rows). ``problems``
lists the refused rows of ``--import`` (a grassroots title is refused with its reason).
Exit 0 when every row was imported, 1 when some were refused, 2 on usage errors.
"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import Cancelled, UserError
from ..core.i18n import translate
from ..core.registry import units_by_id
from ..core.vetting.catalogue import load_catalogue
from ..core.vetting.nominations import list_nominations
from ..core.vetting.rules import eligible, evaluate_all
from ..core.vetting.workflow import state_label
from .common import EXIT_OK, EXIT_REFUSED, EXIT_USAGE, CommandError, emit_json, open_existing, say


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file"))
    parser.add_argument("--import", dest="import_file", metavar="FILE",
                        help=translate("cli", "first add the nominations workbook of a unit (the nominations template)"))
    parser.add_argument("--unit", metavar="NAME", help=translate("cli", "the unit proposing the nominations of --import"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "print one JSON object on stdout"))


def report(db, problems: list[dict] | None = None) -> dict:
    """The ``vet --json`` object (DESIGN.md)."""
    cat = load_catalogue(db)
    rows = list_nominations(db)
    findings = evaluate_all(db, rows, cat)
    out = []
    for r in rows:
        form = cat.get(r["form"])
        found = findings.get(r["id"], [])
        out.append({
            "id": r["id"], "nominee": r["nominee"], "kind": r["kind"], "unit": r.get("unit"),
            "form": r["form"], "state": r["state"],
            "findings": [f.as_json() for f in found],
            "eligible": eligible(found),
            "decided_by": form.decided_by(r.get("unit_kind")) if form else None,
            "route": form.route if form else None,
        })
    return {"regime": cat.regime, "nominations": out, "problems": problems or []}


def _find_unit(db, name: str) -> int:
    from ..core.vietnamese import fold

    units = list(units_by_id(db).values())
    wanted = fold(name)
    for u in units:
        if fold(u["name"]) == wanted or (u["short_name"] and fold(u["short_name"]) == wanted):
            return u["id"]
    close = [u["name"] for u in units if wanted and wanted in fold(u["name"])]
    if len(close) == 1:
        return next(u["id"] for u in units if u["name"] == close[0])
    raise CommandError(translate("cli", "Unknown unit {name}").format(name=name), EXIT_USAGE)


def _import(event, path: str, unit: str) -> list[dict]:
    from ..core.vetting.importer import import_nominations

    unit_id = _find_unit(event.db, unit)
    try:
        result = import_nominations(event.db, Path(path), unit_id=unit_id, actor=unit)
    except Cancelled:
        raise CommandError(translate("cli", "Interrupted"), EXIT_REFUSED) from None
    except UserError as exc:
        raise CommandError(str(exc), EXIT_REFUSED) from None
    say(translate("cli", "{file}: {added} nominations added, {refused} rows refused").format(
        file=result.file, added=len(result.added), refused=len({p.row for p in result.problems})))
    return [{"file": result.file, **p.as_json(), "severity": "error"} for p in result.problems]


def run(args) -> int:
    if bool(args.import_file) != bool(args.unit):
        raise CommandError(translate("cli", "--import and --unit go together"), EXIT_USAGE)
    if args.import_file and not Path(args.import_file).exists():
        raise CommandError(translate("cli", "File not found: {path}").format(path=args.import_file), EXIT_USAGE)
    if args.import_file:
        event = open_existing(args.event, write=True)
    else:
        try:
            event = open_existing(args.event, write=False)
        except CommandError:
            event = open_existing(args.event, write=True)  # an older file needs its migrations first
    problems: list[dict] = []
    try:
        if not event.db["nominations"].exists():
            raise CommandError(translate("cli", "This event file has no honoree-vetting tables (it was made by an earlier development version)"), EXIT_REFUSED)
        if args.import_file:
            problems = _import(event, args.import_file, args.unit)
        data = report(event.db, problems)
    finally:
        event.close()
    if args.json:
        emit_json(data)
    else:
        for n in data["nominations"]:
            failed = [f for f in n["findings"] if f["ok"] is not True]
            print(f"#{n['id']}\t{n['form']}\t{state_label(n['state'])}\t{n['nominee']}\t{n['unit'] or ''}")
            for f in failed:
                mark = "?" if f["ok"] is None else "-"
                print(f"\t{mark} {f['message']}" + (f" [{f['source']}]" if f.get("source") else ""))
        for p in problems:
            say(translate("cli", "{file}: row {row}: {message}").format(file=p["file"], row=p["row"], message=p["message"]))
    failing = sum(1 for n in data["nominations"] if n["eligible"] is False)
    waiting = sum(1 for n in data["nominations"] if n["eligible"] is None)
    say(translate("cli", "{n} nominations: {bad} not eligible, {waiting} waiting for a person's judgement").format(
        n=len(data["nominations"]), bad=failing, waiting=waiting))
    return EXIT_REFUSED if problems else EXIT_OK
