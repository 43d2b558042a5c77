"""Automated checks of nominations against the catalogue of the event's legal regime.

Each criterion of the catalogue has a ``type`` handled by one small function here,
which returns a :class:`Finding` with a message in the user's language. Besides the
form's own criteria, every nomination is checked for missing documents and evidence,
initiatives used for more than one title, the quota of its unit and duplicates
(the same nominee proposed twice, possibly by two units).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from ..i18n import translate
from ..vietnamese import fold, name_identity
from .catalogue import (
    DISCIPLINE_LEVELS,
    LEVELS,
    Catalogue,
    Criterion,
    Form,
    authority_label,
    discipline_label,
    level_label,
    load_catalogue,
)
from .nominations import emulation_leaders, list_nominations, unit_ldtt

if TYPE_CHECKING:
    from sqlite_utils import Database

# Findings about documents and evidence (criterion ids start with "documents.").
DOCUMENT_PREFIX = "documents."
# States where a nomination still counts against quotas and for duplicates.
LIVE_STATES = ("proposed", "documents_checked", "criteria_checked", "at_council", "approved",
               "submitted_upward", "awarded")


@dataclass
class Finding:
    """One check's verdict: ``ok`` True (met), False (failed) or None (a person must
    judge); ``source`` the article that decides it."""

    criterion: str
    ok: bool | None
    message: str
    source: str = ""

    def as_json(self) -> dict:
        return asdict(self)


def _pct(value: Fraction) -> str:
    value = Fraction(value)
    if value.denominator == 1:
        return str(value.numerator)
    return f"{float(value):.1f}".rstrip("0").rstrip(".").replace(".", ",")


def _years(years) -> str:
    return ", ".join(str(y) for y in sorted(years))


class Context:
    """What the checks need beyond one nomination: the catalogue and cross-nomination data."""

    def __init__(self, catalogue: Catalogue, rows: list[dict], ldtt: dict[tuple[int, int], int],
                 leaders: dict[tuple[int, int], str] | None = None):
        self.catalogue = catalogue
        self.rows = rows
        self.ldtt = ldtt
        self.leaders = leaders or {}
        self.by_unit_form_year: dict[tuple, list[dict]] = defaultdict(list)
        for r in rows:
            if r["state"] in LIVE_STATES:
                self.by_unit_form_year[(r["unit_id"], r["form"], r["year"])].append(r)

    def name(self, code: str) -> str:
        return self.catalogue.title_name(code)


def _title_years(row: dict, code: str) -> set[int]:
    return {t["year"] for t in row["titles"] if t["title"] == code}


def _ref_year(row: dict) -> int | None:
    if row.get("year"):
        return row["year"]
    years = [t["year"] for t in row["titles"]]
    return max(years) if years else None


# ---------------------------------------------------------------- criterion types

def _run_ending(held: set[int], end: int, term: int) -> list[int]:
    """The terms held in a row ending at ``end`` (each ``term`` years after the one before), newest first."""
    run, year = [], end
    while year in held:
        run.append(year)
        year -= term
    return run


def check_consecutive_titles(row, crit: Criterion, ctx: Context) -> Finding:
    """N times in a row, counting terms of the title (CSTĐ thành phố is a 3-year title:
    2016 and 2019 are two in a row); the run must end at the achievement year."""
    codes = crit.params.get("titles") or [crit.params["title"]]
    count = int(crit.params["count"])
    term = int(crit.params.get("term_years") or ctx.catalogue.term_years(codes[0]))
    held = set().union(*(_title_years(row, c) for c in codes))
    name = " / ".join(ctx.name(c) for c in codes)
    ref = _ref_year(row)
    if not held:
        return Finding(crit.id, False, translate("core", "No {title} in the file — {n} in a row are needed").format(title=name, n=count))
    if ref is None:
        return Finding(crit.id, False, translate("core", "The year of the achievements is not given, so {title} cannot be checked").format(title=name))
    # The achievement year is the last year of the run: the last term is that year's.
    run = _run_ending(held, ref, term)
    if len(run) >= count:
        return Finding(crit.id, True, translate("core", "{title} {years}: {n} in a row").format(
            title=name, years=_years(run[:count]), n=count))
    if not run:
        before = [y for y in held if y <= ref]
        latest = max(before) if before else min(held)
        run = _run_ending(held, latest, term)
        if len(run) >= count or not before:
            return Finding(crit.id, False, translate("core", "{title} {years}: the run must end at the achievement year {ref}").format(
                title=name, years=_years(run), ref=ref))
        return Finding(crit.id, False, translate("core", "{title} {years} but {missing} is missing — not {n} in a row").format(
            title=name, years=_years(run), missing=latest + term, n=count))
    missing = min(run) - term
    return Finding(crit.id, False, translate("core", "{title} {years} but {missing} is missing — not {n} in a row").format(
        title=name, years=_years(run), missing=missing, n=count))


def check_holds_title(row, crit: Criterion, ctx: Context) -> Finding:
    code = crit.params["title"]
    within = int(crit.params.get("within_years", 1))
    ref = _ref_year(row)
    name = ctx.name(code)
    if ref is None:
        return Finding(crit.id, False, translate("core", "The year of the achievements is not given, so {title} cannot be checked").format(title=name))
    window = set(range(ref - within + 1, ref + 1))
    found = _title_years(row, code) & window
    if found:
        return Finding(crit.id, True, translate("core", "{title} in {years}").format(title=name, years=_years(found)))
    return Finding(crit.id, False, translate("core", "No {title} in {year}").format(
        title=name, year=_years(window) if len(window) > 1 else ref))


def _usable_initiatives(row, form_code: str):
    """Initiatives not already used for another title."""
    return [i for i in row["initiatives"] if not i["used_for"] or i["used_for"] == form_code]


def check_initiative(row, crit: Criterion, ctx: Context) -> Finding:
    min_level = crit.params.get("min_level", "grassroots")
    need = LEVELS.index(min_level)
    usable = [i for i in _usable_initiatives(row, row["form"]) if LEVELS.index(i["level"]) >= need]
    wanted = int(crit.params.get("count", 1))
    if wanted > 1:
        if len(usable) >= wanted:
            return Finding(crit.id, True, translate("core", "{n} initiatives recognised at {level} level or above").format(
                n=len(usable), level=level_label(min_level)))
        return Finding(crit.id, False, translate("core", "{n} initiatives recognised at {level} level or above; {need} are needed").format(
            n=len(usable), level=level_label(min_level), need=wanted))
    if usable:
        i = usable[0]
        return Finding(crit.id, True, translate("core", "Initiative “{name}” recognised at {level} level").format(
            name=i["name"], level=level_label(i["level"])))
    if crit.params.get("or_excellent") and row.get("excellent_completion"):
        return Finding(crit.id, True, translate("core", "Completed tasks excellently (no initiative needed)"))
    used = [i for i in row["initiatives"] if i["used_for"] and i["used_for"] != row["form"] and LEVELS.index(i["level"]) >= need]
    if used:
        i = used[0]
        return Finding(crit.id, False, translate("core", "Initiative “{name}” was already used for {title} {year}; an initiative counts for one title only").format(
            name=i["name"], title=ctx.name(i["used_for"]), year=i["used_year"] or ""))
    lower = [i for i in row["initiatives"] if LEVELS.index(i["level"]) < need]
    if lower:
        return Finding(crit.id, False, translate("core", "Initiative “{name}” is recognised only at {level} level; {needed} level is needed").format(
            name=lower[0]["name"], level=level_label(lower[0]["level"]), needed=level_label(min_level)))
    if crit.params.get("or_excellent"):
        return Finding(crit.id, False, translate("core", "Neither excellent completion of tasks nor an initiative recognised at {level} level").format(level=level_label(min_level)))
    return Finding(crit.id, False, translate("core", "No initiative recognised at {level} level").format(level=level_label(min_level)))


def check_member_share(row, crit: Criterion, ctx: Context) -> Finding:
    field = crit.params["field"]
    need = Fraction(str(crit.params["min_percent"]))
    strict = bool(crit.params.get("strict"))
    total, part = row.get("members_total"), row.get(field)
    what = {"members_ldtt": translate("core", "advanced workers (LĐTT)"),
            "members_completed": translate("core", "members who completed their tasks"),
            "members_cstdcs": translate("core", "grassroots emulation fighters")}.get(field, field)
    if not total or part is None:
        return Finding(crit.id, False, translate("core", "The number of members or of {what} is missing").format(what=what))
    share = Fraction(part * 100, total)
    ok = share > need if strict else share >= need
    sign = ">" if strict else "≥"
    return Finding(crit.id, ok, translate("core", "{part}/{total} {what} = {share}% (needs {sign} {need}%)").format(
        part=part, total=total, what=what, share=_pct(share), sign=sign, need=_pct(need)))


def check_min_value(row, crit: Criterion, ctx: Context) -> Finding:
    field, low = crit.params["field"], crit.params["min"]
    value = row.get(field)
    what = {"years_of_service": translate("core", "years of contribution"),
            "members_cstdcs": translate("core", "members who are grassroots emulation fighters")}.get(field, field)
    if value is None:
        return Finding(crit.id, False, translate("core", "The number of {what} is missing").format(what=what))
    ok = value >= low
    return Finding(crit.id, ok, translate("core", "{value} {what} (needs at least {min})").format(value=value, what=what, min=low))


def check_no_discipline(row, crit: Criterion, ctx: Context) -> Finding:
    floor = DISCIPLINE_LEVELS.index(crit.params.get("min_level", "warning"))
    hits = [d for d in row["discipline"] if DISCIPLINE_LEVELS.index(d["level"]) >= floor]
    if not hits:
        return Finding(crit.id, True, translate("core", "No discipline at {level} or above").format(
            level=discipline_label(DISCIPLINE_LEVELS[floor])))
    d = hits[0]
    who = f" ({d['person']})" if d.get("person") else ""
    return Finding(crit.id, False, translate("core", "Disciplined with a {level} in {year}{who}").format(
        level=discipline_label(d["level"]), year=d["year"] or "?", who=who))


def check_prior_award(row, crit: Criterion, ctx: Context) -> Finding:
    code = crit.params["title"]
    gap = int(crit.params.get("min_years_since", 0))
    held = _title_years(row, code)
    name = ctx.name(code)
    ref = _ref_year(row)
    if not held:
        return Finding(crit.id, False, translate("core", "No {title} in the file").format(title=name))
    first = min(held)
    if ref is not None and gap and ref - first < gap:
        return Finding(crit.id, False, translate("core", "{title} in {year}: fewer than {n} years before {ref}").format(
            title=name, year=first, n=gap, ref=ref))
    return Finding(crit.id, True, translate("core", "{title} in {year}").format(title=name, year=first))


def check_has_summary(row, crit: Criterion, ctx: Context) -> Finding:
    need = int(crit.params.get("min_length", 1))
    text = row.get("summary") or ""
    if len(text) >= need:
        return Finding(crit.id, True, translate("core", "Achievement report present"))
    return Finding(crit.id, False, translate("core", "The achievement report is missing or too short ({n} characters, needs {min})").format(n=len(text), min=need))


def check_quota_share(row, crit: Criterion, ctx: Context) -> Finding:
    share = Fraction(str(crit.params["max_percent"]))
    key = (row["unit_id"], row["year"])
    base = ctx.ldtt.get(key)
    unit = row.get("unit") or "?"
    if base is None:
        return Finding(crit.id, False, translate("core", "The number of advanced workers of {unit} in {year} is not recorded, so the {pct}% quota cannot be checked").format(
            unit=unit, year=row["year"], pct=_pct(share)))
    peers = sorted(ctx.by_unit_form_year.get((row["unit_id"], row["form"], row["year"]), []), key=lambda r: r["id"])
    allowed = int(share * base / 100)  # whole people, rounded down
    count = len(peers)
    position = next((i for i, r in enumerate(peers, 1) if r["id"] == row["id"]), count)
    ok = count <= allowed or (row["state"] in LIVE_STATES and position <= allowed)
    return Finding(crit.id, ok, translate("core", "{unit} proposes {count} {title} for {year}; quota {pct}% of {base} advanced workers = {allowed}").format(
        unit=unit, count=count, title=ctx.name(row["form"]), year=row["year"], pct=_pct(share), base=base, allowed=allowed))


def _sub(crit: Criterion, option: dict, index: int) -> Criterion:
    return Criterion(f"{crit.id}.{option.get('id', index)}", option["type"], option.get("label", crit.label),
                     dict(option.get("params", {})), option.get("source") or crit.source,
                     option.get("status") or crit.status)


def check_any_of(row, crit: Criterion, ctx: Context) -> Finding:
    """One of the alternatives: met when one is met (the finding names it), open (None)
    when none is met but one waits for a person's judgement, failed when all are missed."""
    results = []
    for i, option in enumerate(crit.params.get("options", [])):
        sub = _sub(crit, option, i)
        found = CHECKS[sub.type](row, sub, ctx)
        results.append((sub, found))
    good = [(sub, f) for sub, f in results if f.ok is True]
    if good:
        sub, f = good[0]
        return Finding(crit.id, True, translate("core", "Met by “{branch}”: {detail}").format(branch=sub.title(), detail=f.message),
                       sub.source)
    waiting = [(sub, f) for sub, f in results if f.ok is None]
    if waiting:
        missed = "; ".join(f"{sub.title()}: {f.message}" for sub, f in results if f.ok is False)
        sub, f = waiting[0]
        text = translate("core", "Waiting for a person's judgement on “{branch}”").format(branch=sub.title())
        if missed:
            text += " — " + translate("core", "not met: {details}").format(details=missed)
        return Finding(crit.id, None, text, sub.source)
    return Finding(crit.id, False, translate("core", "None of the alternatives is met: {details}").format(
        details="; ".join(f"{sub.title()}: {f.message}" for sub, f in results)))


def check_all_of(row, crit: Criterion, ctx: Context) -> Finding:
    """Every part must be met (a branch of an any-of made of several conditions)."""
    results = [CHECKS[sub.type](row, sub, ctx) for sub in
               (_sub(crit, part, i) for i, part in enumerate(crit.params.get("all", [])))]
    if all(f.ok is True for f in results):
        return Finding(crit.id, True, "; ".join(f.message for f in results))
    state = False if any(f.ok is False for f in results) else None
    return Finding(crit.id, state, "; ".join(f.message for f in results if f.ok is not True))


def check_judged(row, crit: Criterion, ctx: Context) -> Finding:
    """A criterion the law leaves to judgement ("outstanding in the movement"): the
    verdict a person recorded on the nomination, None until then."""
    verdict = row.get("judgement")
    note = row.get("judgement_note") or ""
    if verdict is None:
        return Finding(crit.id, None, translate("core", "To be judged by a person: {question}").format(question=crit.title()))
    if verdict:
        return Finding(crit.id, True, translate("core", "Judged met: {note}").format(note=note))
    return Finding(crit.id, False, translate("core", "Judged not met: {note}").format(note=note))


def check_cluster_leader(row, crit: Criterion, ctx: Context) -> Finding:
    """The city's Cờ thi đua goes to a collective leading its emulation cluster or block."""
    ref = _ref_year(row)
    unit = row.get("nominee_unit_id")
    if not unit:
        return Finding(crit.id, False, translate("core", "{nominee} is not a unit of an emulation cluster or block (only a unit that leads its cluster or block can receive the city's emulation flag)").format(
            nominee=row["nominee"]))
    cluster = ctx.leaders.get((unit, ref))
    if cluster:
        return Finding(crit.id, True, translate("core", "Led {cluster} in {year}").format(cluster=cluster, year=ref))
    return Finding(crit.id, False, translate("core", "{nominee} is not recorded as the leader of an emulation cluster or block in {year}").format(
        nominee=row["nominee"], year=ref))


CHECKS = {
    "consecutive_titles": check_consecutive_titles,
    "holds_title": check_holds_title,
    "initiative": check_initiative,
    "member_share": check_member_share,
    "min_value": check_min_value,
    "no_discipline": check_no_discipline,
    "prior_award": check_prior_award,
    "has_summary": check_has_summary,
    "quota_share": check_quota_share,
    "any_of": check_any_of,
    "all_of": check_all_of,
    "judged": check_judged,
    "cluster_leader": check_cluster_leader,
}


# ---------------------------------------------------------------- documents and cross checks

def document_findings(row: dict, form: Form | None, ctx: Context) -> list[Finding]:
    out = []
    if form is None:
        return [Finding(DOCUMENT_PREFIX + "form", False, translate("core", "The form {form} is not in the catalogue of this regime").format(form=row["form"]))]
    if not row.get("proposal_number") or not row.get("proposal_date"):
        out.append(Finding(DOCUMENT_PREFIX + "proposal", False, translate("core", "The unit's proposal has no document number or date")))
    if not row.get("summary"):
        out.append(Finding(DOCUMENT_PREFIX + "summary", False, translate("core", "The achievement summary is missing")))
    if not row.get("unit_id"):
        out.append(Finding(DOCUMENT_PREFIX + "unit", False, translate("core", "The proposing unit is not given")))
    for t in row["titles"]:
        if not t.get("decision_number"):
            out.append(Finding(DOCUMENT_PREFIX + "title_decision", False, translate("core", "{title} {year} has no decision number").format(
                title=ctx.name(t["title"]), year=t["year"])))
    for i in row["initiatives"]:
        if not i.get("recognition"):
            out.append(Finding(DOCUMENT_PREFIX + "initiative_recognition", False, translate("core", "Initiative “{name}” has no recognition document").format(name=i["name"])))
    if row["kind"] == "collective" and any(c.type == "member_share" for c in form.criteria) and not row.get("members_total"):
        out.append(Finding(DOCUMENT_PREFIX + "members", False, translate("core", "The collective's member counts are missing")))
    if form.public_comment and row["state"] in ("at_council", "approved", "submitted_upward", "awarded") and not row.get("public_comment_to"):
        out.append(Finding(DOCUMENT_PREFIX + "public_comment", False, translate("core", "{form} must be published for public comment before the vote; no public comment is recorded").format(form=form.short)))
    return out


def initiative_reuse(rows: list[dict], ctx: Context) -> dict[int, list[Finding]]:
    """Initiatives used for two titles: within a nomination, or by the same person across nominations."""
    out: dict[int, list[Finding]] = defaultdict(list)
    uses: dict[tuple, list[tuple[int, str]]] = defaultdict(list)
    for r in rows:
        if r["state"] not in LIVE_STATES:
            continue
        who = name_identity(r["nominee"]) if r["kind"] == "individual" else ("c", fold(r["nominee"]))
        for i in r["initiatives"]:
            target = i["used_for"] or r["form"]
            uses[(who, fold(i["name"]))].append((r["id"], f"{target}:{i['used_year'] or ''}"))
    for (_who, _name), items in uses.items():
        targets = {t for _, t in items}
        if len(targets) > 1:
            for nid, _t in items:
                row = next(r for r in rows if r["id"] == nid)
                name = next(i["name"] for i in row["initiatives"] if fold(i["name"]) == _name)
                labels = ", ".join(sorted(ctx.name(t.split(":")[0]) + (" " + t.split(":")[1] if t.split(":")[1] else "") for t in targets))
                out[nid].append(Finding("initiative_reuse", False, translate("core", "Initiative “{name}” is used for more than one title ({titles})").format(name=name, titles=labels)))
    return out


def duplicates(rows: list[dict]) -> dict[int, list[Finding]]:
    """The same nominee proposed more than once (by one unit or by several)."""
    out: dict[int, list[Finding]] = defaultdict(list)
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for r in rows:
        if r["state"] not in LIVE_STATES:
            continue
        if r["kind"] == "collective":
            key = ("c", r.get("nominee_unit_id") or fold(r["nominee"]))
        else:
            key = ("p", name_identity(r["nominee"]))
        groups[key].append(r)
    for items in groups.values():
        if len(items) < 2:
            continue
        for r in items:
            others = [o for o in items if o["id"] != r["id"]
                      and (r["kind"] == "collective" or not r.get("birth_year") or not o.get("birth_year")
                           or r["birth_year"] == o["birth_year"])]
            if not others:
                continue
            units = sorted({o.get("unit") or "?" for o in others})
            cross = any(o["unit_id"] != r["unit_id"] for o in others)
            msg = (translate("core", "Also proposed by {units} (nomination {ids}) — check it is not the same nominee twice")
                   if cross else translate("core", "Proposed more than once by the same unit (nomination {ids})"))
            out[r["id"]].append(Finding("duplicate", False, msg.format(units=", ".join(units), ids=", ".join(f"#{o['id']}" for o in others))))
    return out


def evaluate_row(row: dict, ctx: Context) -> list[Finding]:
    form = ctx.catalogue.get(row["form"])
    findings = document_findings(row, form, ctx)
    if form is None:
        return findings
    for crit in form.criteria:
        if not crit.applies(row["kind"]):
            continue
        fn = CHECKS.get(crit.type)
        if fn is None:
            findings.append(Finding(crit.id, False, translate("core", "Unknown kind of criterion {type} in the catalogue").format(type=crit.type)))
            continue
        found = fn(row, crit, ctx)
        found.source = found.source or crit.source
        findings.append(found)
    findings.extend(decision_findings(row, form, ctx))
    return findings


def decision_findings(row: dict, form: Form, ctx: Context) -> list[Finding]:
    """The decision recorded on a nomination must be an act of the form's deciding authority."""
    from .decisions import issuer_mismatch, kind_of

    out = []
    if not form.city_form:
        out.append(Finding("route.evidence", False, translate("core", "{form} is a grassroots title decided by the {authority}: it is evidence in a city nomination, not a city nomination").format(
            form=form.short, authority=authority_label(form.decided_by(row.get("unit_kind")))), ctx.catalogue.source("evidence")))
        return out
    problem = issuer_mismatch(row.get("decision_number"), form.authority, form_name=form.short)
    if problem:
        out.append(Finding("decision.issuer", False, problem, ctx.catalogue.source("decision")))
    submission = row.get("submission_number")
    if submission and kind_of(submission) != "submission":
        out.append(Finding("decision.submission", False, translate("core", "{number} is not a proposal (Tờ trình …/TTr-UBND)").format(number=submission),
                           ctx.catalogue.source("decision")))
    return out


def evaluate_all(db: Database, rows: list[dict] | None = None, catalogue: Catalogue | None = None) -> dict[int, list[Finding]]:
    """Findings of every nomination, by id (one pass over the event file)."""
    rows = list_nominations(db) if rows is None else rows
    ctx = Context(catalogue or load_catalogue(db), rows, unit_ldtt(db), emulation_leaders(db))
    out = {r["id"]: evaluate_row(r, ctx) for r in rows}
    for found in out.values():
        for f in found:
            if f.criterion.startswith(DOCUMENT_PREFIX):
                f.source = f.source or ctx.catalogue.source("documents")
    for extra, what in ((initiative_reuse(rows, ctx), "initiative_reuse"), (duplicates(rows), "duplicate")):
        for nid, found in extra.items():
            for f in found:
                f.source = f.source or ctx.catalogue.source(what)
            out[nid].extend(found)
    return out


def evaluate(db: Database, nomination_id: int) -> list[Finding]:
    """Findings of one nomination; loads only the nominations it can be compared with."""
    from .nominations import _SELECT, _attach

    brief = db.execute("SELECT id, kind, nominee, unit_id, form, year, nominee_unit_id FROM nominations").fetchall()
    me = next((b for b in brief if b[0] == nomination_id), None)
    if me is None:
        return []
    _id, kind, nominee, unit_id, form, year, nominee_unit = me
    who = name_identity(nominee) if kind == "individual" else fold(nominee)
    near = [b[0] for b in brief if b[0] == nomination_id or (b[3], b[4], b[5]) == (unit_id, form, year)
            or (b[1] == kind == "individual" and name_identity(b[2]) == who)
            or (b[1] == kind == "collective" and (fold(b[2]) == who or (nominee_unit and b[6] == nominee_unit)))]
    rows = list(db.query(_SELECT + f" WHERE n.id IN ({', '.join('?' * len(near))}) ORDER BY n.id", near))
    return evaluate_all(db, _attach(db, rows)).get(nomination_id, [])


def criteria_ok(findings: list[Finding]) -> bool:
    """Every criterion met (one waiting for a person's judgement is not met yet)."""
    return all(f.ok is True for f in findings if not f.criterion.startswith(DOCUMENT_PREFIX) and f.criterion != "duplicate")


def eligible(findings: list[Finding]) -> bool | None:
    """The verdict of ``vet --json``: True when every criterion is met, False when one
    fails, None when none fails but something waits for a person's judgement.
    Documents and possible duplicates are reported apart and do not decide it."""
    judged = [f.ok for f in findings if not f.criterion.startswith(DOCUMENT_PREFIX) and f.criterion != "duplicate"]
    if any(ok is False for ok in judged):
        return False
    if any(ok is None for ok in judged):
        return None
    return True


def documents_ok(findings: list[Finding]) -> bool:
    return all(f.ok for f in findings if f.criterion.startswith(DOCUMENT_PREFIX))
