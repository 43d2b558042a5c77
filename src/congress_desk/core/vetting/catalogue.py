"""The award catalogue: forms of commendation and their criteria, as data per legal regime.

Who decides (data on each form, ``authority``):

* ``"grassroots"`` — the head of the unit or the chairman of the district decides
  (LĐTT, CSTĐ cơ sở, Tập thể LĐ tiên tiến). Not a city form: such titles are
  *evidence* in a city nomination; :func:`decided_by` says ``"unit"`` or
  ``"district"`` from the proposing unit's kind, :func:`route` says ``"evidence"``.
* ``"province"`` — the Chủ tịch UBND thành phố decides after the council
  (route ``"decide"``; decision …/QĐ-UBND).
* ``"prime_minister"`` / ``"president"`` — the city proposes upward with a Tờ trình
  …/TTr-UBND (route ``"propose"``); the central decision …/QĐ-TTg or …/QĐ-CTN is
  recorded when it comes.

Other form data: ``certificate`` (what the committee prints: ``"bang_khen"`` on the
Bằng khen blank, ``"chung_nhan"`` on the blank of a title's certificate, ``"flag"``
not printed, ``"central"`` arrives printed from the centre), ``term_years`` (how many
years one award of a title spans: 3 for CSTĐ thành phố, so "2 lần liên tục" counts
terms such as 2016 and 2019), ``movement`` (a commendation for the five-year
movement, judged from the achievement summary) and ``achievement`` (the line printed
on the award).

The shipped catalogue lives in ``resources/catalogue/<regime>.json`` (each entry cites the
article it was checked against, or says ``"status": "unverified"``). An event may change
criteria parameters, vote thresholds and the council's own rule; those edits are stored
in the event file (``settings`` key ``vetting.catalogue.<regime>``) and laid over the
shipped data when the catalogue is loaded.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass, field
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING

from ..changes import Changes
from ..errors import UserError
from ..event import get_value, load_settings, set_value
from ..i18n import translate
from ..resources import resource_path

if TYPE_CHECKING:
    from sqlite_utils import Database

LEVELS = ("grassroots", "province", "national")
DISCIPLINE_LEVELS = ("reprimand", "warning", "demotion", "dismissal")
SUBJECTS = ("individual", "collective", "both")
# Titles that appear in evidence but are not forms the province votes on.
EXTRA_TITLES = {"HTXSNV": "Hoàn thành xuất sắc nhiệm vụ", "HTTNV": "Hoàn thành tốt nhiệm vụ"}
AUTHORITIES = ("grassroots", "province", "prime_minister", "president")
DECIDED_BY = ("unit", "district", "province", "prime_minister", "president")
ROUTES = ("decide", "propose", "evidence")
CERTIFICATES = ("bang_khen", "chung_nhan", "flag", "central")
# The symbol of a decision of each authority (Decree 30/2020 Appendix III abbreviations):
# …/QĐ-UBND by the Chủ tịch UBND, …/QĐ-TTg by the Prime Minister, …/QĐ-CTN by the President.
DECISION_SYMBOL = {"province": "QĐ-UBND", "prime_minister": "QĐ-TTg", "president": "QĐ-CTN"}
SUBMISSION_SYMBOL = "TTr-UBND"


def authority_label(authority: str) -> str:
    """Who decides, in words ("Chủ tịch UBND thành phố", "Thủ tướng Chính phủ" …)."""
    return {
        "grassroots": translate("core", "head of the unit or chairman of the district"),
        "unit": translate("core", "head of the unit"),
        "district": translate("core", "chairman of the district People's Committee"),
        "province": translate("core", "Chairman of the city People's Committee"),
        "prime_minister": translate("core", "Prime Minister"),
        "president": translate("core", "President of the State"),
    }.get(authority, authority)


def route_label(route: str) -> str:
    return {
        "decide": translate("core", "decided by the city"),
        "propose": translate("core", "proposed upward"),
        "evidence": translate("core", "grassroots title (evidence)"),
    }.get(route, route)


def subject_label(subject: str) -> str:
    return {"individual": translate("core", "individuals"), "collective": translate("core", "collectives"),
            "both": translate("core", "individuals and collectives")}.get(subject, subject)


def level_label(level: str) -> str:
    return {
        "grassroots": translate("core", "grassroots"),
        "province": translate("core", "city"),
        "national": translate("core", "national"),
        "state": translate("core", "state"),
    }.get(level, level)


def discipline_label(level: str) -> str:
    return {
        "reprimand": translate("core", "reprimand"),
        "warning": translate("core", "warning"),
        "demotion": translate("core", "demotion"),
        "dismissal": translate("core", "dismissal"),
    }.get(level, level)


@dataclass
class VoteRule:
    """How the council decides on a form.

    ``base`` is ``"all_members"`` (the law's rule: approvals over every member of the
    council, absent members voting in writing) or ``"voting"`` (approvals over those who
    voted, present plus written, after a quorum of present members)."""

    rule: str                      # "law" or "council"
    threshold_percent: Fraction
    base: str
    quorum_fraction: Fraction | None
    source: str = ""
    status: str = ""

    def as_json(self) -> dict:
        return {
            "rule": self.rule, "threshold_percent": _num(self.threshold_percent), "base": self.base,
            "quorum_fraction": None if self.quorum_fraction is None else str(self.quorum_fraction),
            "source": self.source, "status": self.status,
        }


@dataclass
class Criterion:
    id: str
    type: str
    label: str
    params: dict
    source: str = ""
    status: str = ""
    applies_to: str | None = None

    def applies(self, kind: str) -> bool:
        return self.applies_to in (None, kind)

    def title(self) -> str:
        try:
            return self.label.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.label


@dataclass
class Form:
    code: str
    name: str
    short: str
    level: str
    subject: str
    rank: int
    upward: bool
    public_comment: bool
    vote: VoteRule
    criteria: list[Criterion] = field(default_factory=list)
    note: str = ""
    public_comment_source: str = ""
    public_comment_status: str = ""
    authority: str = "province"
    certificate: str = "bang_khen"
    term_years: int = 1
    movement: bool = False
    achievement: str = ""

    @property
    def route(self) -> str:
        """``decide`` (the Chủ tịch UBND decides), ``propose`` (upward) or ``evidence``."""
        return {"grassroots": "evidence", "province": "decide"}.get(self.authority, "propose")

    @property
    def city_form(self) -> bool:
        """The council votes on it: the city decides it or proposes it upward."""
        return self.authority != "grassroots"

    def decided_by(self, unit_kind: str | None = None) -> str:
        """``unit``/``district`` for a grassroots title (by the proposing unit's kind), else the authority."""
        if self.authority == "grassroots":
            return "district" if unit_kind == "district" else "unit"
        return self.authority

    def decision_symbol(self) -> str | None:
        return DECISION_SYMBOL.get(self.authority)

    def allows(self, kind: str) -> bool:
        return self.subject in ("both", kind)

    def unverified(self) -> bool:
        return (self.vote.status == "unverified" or self.public_comment_status == "unverified"
                or any(c.status == "unverified" for c in self.criteria))


@dataclass
class Catalogue:
    regime: str
    title: str
    forms: dict[str, Form]
    council: VoteRule
    sources: dict[str, str] = field(default_factory=dict)

    def source(self, what: str) -> str:
        """The article behind a check that is not a form's criterion (documents, decisions …)."""
        return self.sources.get(what, "")

    def get(self, code: str) -> Form | None:
        return self.forms.get(code)

    def ordered(self) -> list[Form]:
        return sorted(self.forms.values(), key=lambda f: (f.rank, f.code))

    def term_years(self, code: str) -> int:
        form = self.forms.get(code)
        return form.term_years if form is not None else 1

    def city_forms(self) -> list[Form]:
        """Forms the council votes on (decided by the city or proposed upward), highest first."""
        return [f for f in self.ordered() if f.city_form]

    def title_name(self, code: str) -> str:
        form = self.forms.get(code)
        if form is not None:
            return form.short
        return EXTRA_TITLES.get(code, code)


def _num(value: Fraction):
    value = Fraction(value)
    return int(value) if value.denominator == 1 else float(value)


def _fraction(value, what: str) -> Fraction:
    try:
        out = Fraction(str(value))
    except (ValueError, ZeroDivisionError):
        raise UserError(translate("core", "{what} must be a number, not {value}").format(what=what, value=value)) from None
    return out


@lru_cache(maxsize=4)
def shipped(regime: str) -> dict:
    """The shipped catalogue of ``regime`` as plain data (do not modify the result)."""
    path = resource_path("catalogue", f"{regime}.json")
    if not path.is_file():
        raise UserError(translate("core", "No award catalogue for the legal regime {regime}").format(regime=regime))
    return json.loads(path.read_text(encoding="utf-8"))


def _override_key(regime: str) -> str:
    return f"vetting.catalogue.{regime}"


def overrides(db: Database, regime: str) -> dict:
    return get_value(db, _override_key(regime), {}) or {}


def _apply(data: dict, edits: dict) -> dict:
    data = copy.deepcopy(data)
    council = edits.get("_council")
    if council:
        data["council"].update(council)
    for form in data["forms"]:
        mine = edits.get(form["code"])
        if not mine:
            continue
        if "vote" in mine:
            form["vote"].update(mine["vote"])
            form["vote"]["status"] = "edited"
        for crit in form["criteria"]:
            params = mine.get("criteria", {}).get(crit["id"])
            if params:
                for path, value in params.items():
                    _put(crit["params"], path, value)
                crit["status"] = "edited"
    return data


def _branch(params: dict, branch_id: str) -> dict | None:
    for part in params.get("options", []) + params.get("all", []):
        if str(part.get("id")) == branch_id:
            return part
    return None


def param_value(params: dict, path: str):
    """The value at ``path`` in a criterion's parameters: ``count``, or through the ids of
    any-of / all-of branches, ``c.prior.min_years_since``. KeyError when there is none."""
    *branches, name = path.split(".")
    for b in branches:
        part = _branch(params, b)
        if part is None:
            raise KeyError(path)
        params = part.get("params", {})
    if name not in params:
        raise KeyError(path)
    return params[name]


def _put(params: dict, path: str, value) -> None:
    *branches, name = path.split(".")
    for b in branches:
        part = _branch(params, b)
        if part is None:
            return
        params = part.setdefault("params", {})
    params[name] = value


def _vote(raw: dict, council: dict) -> VoteRule:
    if raw.get("rule", "council") == "council":
        merged = {**council, **{k: v for k, v in raw.items() if k != "rule"}}
        return VoteRule("council", Fraction(str(merged["threshold_percent"])), merged.get("base", "voting"),
                        Fraction(merged.get("quorum_fraction") or "2/3"), merged.get("source", ""),
                        merged.get("status", ""))
    return VoteRule("law", Fraction(str(raw["threshold_percent"])), raw.get("base", "all_members"),
                    Fraction(raw["quorum_fraction"]) if raw.get("quorum_fraction") else None,
                    raw.get("source", ""), raw.get("status", ""))


def build(data: dict) -> Catalogue:
    council = data["council"]
    forms = {}
    for raw in data["forms"]:
        forms[raw["code"]] = Form(
            code=raw["code"], name=raw["name"], short=raw.get("short", raw["code"]), level=raw["level"],
            subject=raw["subject"], rank=int(raw["rank"]), upward=bool(raw["upward"]),
            public_comment=bool(raw["public_comment"]), vote=_vote(raw["vote"], council),
            criteria=[Criterion(c["id"], c["type"], c.get("label", c["id"]), dict(c.get("params", {})),
                                c.get("source", ""), c.get("status", ""), c.get("applies_to"))
                      for c in raw.get("criteria", [])],
            note=raw.get("note", ""),
            public_comment_source=raw.get("public_comment_source", ""),
            public_comment_status=raw.get("public_comment_status", ""),
            authority=raw.get("authority") or ("president" if raw["level"] == "state" else "prime_minister"
                                               if raw["level"] == "national" else raw["level"]),
            certificate=raw.get("certificate", "bang_khen"),
            term_years=int(raw.get("term_years", 1)),
            movement=bool(raw.get("movement", False)),
            achievement=raw.get("achievement", ""),
        )
        if forms[raw["code"]].authority not in AUTHORITIES:
            raise UserError(translate("core", "Unknown deciding authority {authority} of {form}").format(
                authority=forms[raw["code"]].authority, form=raw["code"]))
    return Catalogue(data["regime"], data.get("title", ""), forms, _vote({"rule": "council"}, council),
                     dict(data.get("sources", {})))


def regime_of(db: Database) -> str:
    return load_settings(db).regime


def load_catalogue(db: Database | None = None, regime: str | None = None) -> Catalogue:
    """The catalogue in force for the event: shipped data of its regime plus its edits."""
    if regime is None:
        regime = regime_of(db) if db is not None else "2017"
    edits = overrides(db, regime) if db is not None else {}
    return _built(regime, json.dumps(edits, sort_keys=True, ensure_ascii=False))


@lru_cache(maxsize=32)
def _built(regime: str, edits_json: str) -> Catalogue:
    # Catalogues are read-only once built, so one per (regime, edits) is shared.
    return build(_apply(shipped(regime), json.loads(edits_json)))


# ---------------------------------------------------------------- editing

def set_criterion_param(db: Database, form_code: str, criterion_id: str, param: str, value,
                        *, regime: str | None = None) -> Changes:
    """Change one parameter of a criterion (e.g. ``count`` of consecutive years)."""
    regime = regime or regime_of(db)
    cat = load_catalogue(db, regime)
    form = cat.get(form_code)
    crit = next((c for c in form.criteria if c.id == criterion_id), None) if form else None
    if crit is None:
        raise UserError(translate("core", "Unknown criterion {criterion} of {form}").format(criterion=criterion_id, form=form_code))
    try:
        old = param_value(crit.params, param)
    except KeyError:
        raise UserError(translate("core", "The criterion {criterion} has no parameter {param}").format(criterion=criterion_id, param=param)) from None
    if isinstance(old, bool):
        value = value if isinstance(value, bool) else str(value).strip().lower() in ("1", "true", "yes", "có")
    elif isinstance(old, (int, float)):
        number = _fraction(value, param)
        if number < 0:
            raise UserError(translate("core", "{what} cannot be negative").format(what=param))
        value = _num(number)
    elif isinstance(old, str):
        value = str(value).strip()
    else:
        raise UserError(translate("core", "This parameter cannot be edited here"))
    edits = overrides(db, regime)
    edits.setdefault(form_code, {}).setdefault("criteria", {}).setdefault(criterion_id, {})[param] = value
    with db.atomic():
        set_value(db, _override_key(regime), edits)
    return Changes.of("nominations")


def set_vote_threshold(db: Database, form_code: str | None, threshold_percent, *,
                       quorum_fraction=None, regime: str | None = None) -> Changes:
    """Set the approval threshold (percent) of a form's vote, or with ``form_code=None``
    the council's own default rule (threshold and quorum) used by forms the law leaves to it."""
    regime = regime or regime_of(db)
    threshold = _fraction(threshold_percent, translate("core", "The threshold"))
    if not 0 < threshold <= 100:
        raise UserError(translate("core", "The threshold must be above 0% and at most 100%"))
    entry = {"threshold_percent": _num(threshold)}
    if quorum_fraction is not None:
        quorum = _fraction(quorum_fraction, translate("core", "The quorum"))
        if not 0 < quorum <= 1:
            raise UserError(translate("core", "The quorum must be a fraction above 0 and at most 1 (e.g. 2/3)"))
        entry["quorum_fraction"] = str(quorum)
    edits = overrides(db, regime)
    if form_code is None:
        edits.setdefault("_council", {}).update(entry)
    else:
        if load_catalogue(db, regime).get(form_code) is None:
            raise UserError(translate("core", "Unknown form of commendation {form}").format(form=form_code))
        edits.setdefault(form_code, {}).setdefault("vote", {}).update(entry)
    with db.atomic():
        set_value(db, _override_key(regime), edits)
    return Changes.of("nominations")


def reset_catalogue(db: Database, *, regime: str | None = None) -> Changes:
    regime = regime or regime_of(db)
    with db.atomic():
        set_value(db, _override_key(regime), {})
    return Changes.of("nominations")
