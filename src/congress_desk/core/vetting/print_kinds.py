"""PDF kinds of vetting, built on the printing area's Decree 30 document helpers:
``honoree-list``, ``ceremony-script``, ``ballot`` and ``decision-annex``.

Each renderer has the signature of :mod:`congress_desk.core.printing.kinds` and
writes the whole file or nothing.
"""

from __future__ import annotations

from ..event import load_settings
from ..i18n import translate
from ..printing import document as doc
from ..printing.options import PrintOptions, RenderResult
from ..vietnamese import fold
from .catalogue import load_catalogue
from .ceremony import running_order
from .export import ROMAN, _vn_date, annex_groups
from .nominations import list_nominations


def _organ(db) -> list[str]:
    settings = load_settings(db)
    return [settings.organizer, translate("core", "Emulation and Commendation Council")]


def _unit_ok(options: PrintOptions, unit: str | None) -> bool:
    return not options.unit or fold(options.unit) == fold(unit or "")


def _sign(options: PrintOptions, role: list[str]):
    return doc.signature_block(
        [options.signer_title] if options.signer_title else role, options.signer)


def render_honoree_list(event, out, options: PrintOptions, *, progress, cancel) -> RenderResult:
    db = event.db
    settings = load_settings(db)
    entries = [e for e in running_order(db) if _unit_ok(options, e.unit)]
    warnings = [] if entries else [translate("core", "Nobody to list: no nomination is approved for the ceremony yet")]
    rows, groups, last = [], {}, None
    for e in entries:
        if e.form_name != last:
            groups[len(rows)] = e.form_name.upper()
            last = e.form_name
        rows.append([e.order, e.nominee, e.title, e.unit, e.seat or ""])
    story = [
        doc.national_header(_organ(db), place_date=doc.date_line(settings.province, settings.date)),
        *doc.title_block(translate("core", "List of honorees"), settings.name,
                         extra=[translate("core", "In the order of the ceremony")]),
        doc.data_table([translate("core", "No."), translate("core", "Name"), translate("core", "Position, workplace"),
                        translate("core", "Unit"), translate("core", "Seat")],
                       rows or [["", "", "", "", ""]], [12, 52, 70, 60, 20], align=["center", "left", "left", "left", "center"],
                       group_rows=groups, font_size=11),
    ]
    pages = doc.build_pdf(out, story, title=translate("core", "List of honorees"), landscape_mode=True,
                          progress=progress, cancel=cancel)
    return RenderResult(pages, warnings, len(entries))


def render_ceremony_script(event, out, options: PrintOptions, *, progress, cancel) -> RenderResult:
    db = event.db
    settings = load_settings(db)
    entries = [e for e in running_order(db) if _unit_ok(options, e.unit)]
    warnings = [] if entries else [translate("core", "Nobody to list: no nomination is approved for the ceremony yet")]
    rows, groups, last = [], {}, None
    for e in entries:
        if e.batch != last:
            size = sum(1 for x in entries if x.batch == e.batch)
            groups[len(rows)] = translate("core", "Batch {n} — {count} people on stage").format(n=e.batch, count=size)
            last = e.batch
        name = e.nominee + (" " + translate("core", "(posthumous, received by a family member)") if e.posthumous else "")
        rows.append([e.batch, e.order, name, e.title, e.unit, e.form_name])
    story = [
        *doc.title_block(translate("core", "Ceremony script"), settings.name,
                         extra=[translate("core", "For the master of ceremonies: call each batch to the stage in this order")]),
        doc.data_table([translate("core", "Batch"), translate("core", "Order"), translate("core", "Name"),
                        translate("core", "Position, workplace"), translate("core", "Unit"), translate("core", "Form")],
                       rows or [["", "", "", "", "", ""]], [14, 14, 50, 62, 50, 52],
                       align=["center", "center", "left", "left", "left", "left"], group_rows=groups, font_size=11),
    ]
    pages = doc.build_pdf(out, story, title=translate("core", "Ceremony script"), landscape_mode=True,
                          progress=progress, cancel=cancel)
    return RenderResult(pages, warnings, len(entries))


def render_ballot(event, out, options: PrintOptions, *, progress, cancel) -> RenderResult:
    """The list for the council meeting as a secret ballot: nominations at the council,
    by form, with boxes to tick; the vote rule of each form is printed with it."""
    db = event.db
    settings = load_settings(db)
    cat = load_catalogue(db)
    # The council votes only on what the Chủ tịch UBND decides or the city proposes upward.
    rows_all = [r for r in list_nominations(db) if r["state"] == "at_council" and _unit_ok(options, r.get("unit"))
                and cat.get(r["form"]) is not None and cat.get(r["form"]).city_form]
    warnings = [] if rows_all else [translate("core", "No nomination is at the council")]
    story = [
        doc.national_header(_organ(db)),
        *doc.title_block(translate("core", "Ballot"), translate("core", "Council meeting on commendations — {name}").format(name=settings.name),
                         extra=[translate("core", "Tick one box per line; a ballot with both boxes or neither ticked on a line does not count for that line")]),
    ]
    count = 0
    for g, form in enumerate(f for f in cat.city_forms() if any(r["form"] == f.code for r in rows_all)):
        mine = [r for r in rows_all if r["form"] == form.code]
        rule = form.vote
        base = (translate("core", "of all council members") if rule.base == "all_members"
                else translate("core", "of those voting"))
        story.append(doc.para(f"{ROMAN[g] if g < len(ROMAN) else g + 1}. {form.name} — "
                              + translate("core", "passes with at least {pct}% {base}").format(pct=float(rule.threshold_percent), base=base).replace(".0%", "%"),
                              "body"))
        rows = [[i, r["nominee"], r.get("unit") or "", "", ""] for i, r in enumerate(mine, start=1)]
        story.append(doc.data_table([translate("core", "No."), translate("core", "Name"), translate("core", "Proposing unit"),
                                     translate("core", "Agree"), translate("core", "Disagree")],
                                    rows, [12, 56, 56, 20, 20], align=["center", "left", "left", "center", "center"], font_size=11))
        count += len(mine)
    pages = doc.build_pdf(out, story, title=translate("core", "Ballot"), progress=progress, cancel=cancel)
    return RenderResult(pages, warnings, count)


def render_decision_annex(event, out, options: PrintOptions, *, progress, cancel) -> RenderResult:
    db = event.db
    settings = load_settings(db)
    groups = annex_groups(db)
    story = [
        doc.national_header(_organ(db)[:1], place_date=doc.date_line(settings.province, None)),
        *doc.title_block(translate("core", "List of commendations"), settings.name,
                         extra=[translate("core", "(Annex to Decision No. …… dated ……)")]),
    ]
    count = 0
    for g, (form, items) in enumerate(groups):
        items = [r for r in items if _unit_ok(options, r.get("unit"))]
        if not items:
            continue
        rows, heads = [], {}
        for kind in ("collective", "individual"):
            part = [r for r in items if r["kind"] == kind]
            if part:
                heads[len(rows)] = (translate("core", "Collectives") if kind == "collective" else translate("core", "Individuals")) + f" ({len(part)})"
            for i, r in enumerate(part, start=1):
                decision = " ".join(x for x in (r.get("decision_number"), _vn_date(r.get("decision_date"))) if x)
                rows.append([i, r["nominee"], r.get("position") or "", r.get("unit") or "", decision])
        story.append(doc.para(f"{ROMAN[g] if g < len(ROMAN) else g + 1}. {form['name'].upper()} ({len(items)})", "body"))
        story.append(doc.data_table([translate("core", "No."), translate("core", "Name of the individual / collective"),
                                     translate("core", "Position, workplace"), translate("core", "Proposing unit"),
                                     translate("core", "Decision")],
                                    rows, [10, 42, 48, 35, 30], align=["center", "left", "left", "left", "left"],
                                    group_rows=heads, font_size=10))
        count += len(items)
    warnings = [] if count else [translate("core", "No approved nomination to list")]
    if not count:
        story.append(doc.para(translate("core", "No approved nomination to list"), "body"))
    pages = doc.build_pdf(out, story, title=translate("core", "Decision annex"), progress=progress, cancel=cancel)
    return RenderResult(pages, warnings, count)
