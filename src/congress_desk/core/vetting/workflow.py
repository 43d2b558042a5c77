"""The workflow of a nomination, with an append-only history of every change.

    proposed → documents_checked → criteria_checked → at_council → approved / rejected / returned
    approved → submitted_upward (forms the province only proposes) → awarded
    approved → awarded (forms the province awards itself)
    returned → proposed (the unit sends it again)

Any step before a decision can send a nomination back (``returned``) or refuse it
(``rejected``); both need a reason. Moving on checks what the step means: documents
complete, criteria met, a council vote passed (with public comment first for the forms
that need it), a decision number for the award.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..changes import Changes
from ..errors import UserError
from ..i18n import translate
from .catalogue import load_catalogue
from .nominations import get_nomination, now
from .rules import criteria_ok, documents_ok, evaluate
from .schema import STATES

if TYPE_CHECKING:
    from sqlite_utils import Database

TRANSITIONS: dict[str, tuple[str, ...]] = {
    "proposed": ("documents_checked", "returned", "rejected"),
    "documents_checked": ("criteria_checked", "returned", "rejected"),
    "criteria_checked": ("at_council", "returned", "rejected"),
    "at_council": ("approved", "rejected", "returned"),
    "approved": ("submitted_upward", "awarded", "returned"),
    "submitted_upward": ("awarded", "rejected"),
    "returned": ("proposed", "rejected"),
    "rejected": (),
    "awarded": (),
}
NEEDS_REASON = ("returned", "rejected")


def state_label(state: str) -> str:
    return {
        "proposed": translate("core", "Proposed"),
        "documents_checked": translate("core", "Documents checked"),
        "criteria_checked": translate("core", "Criteria checked"),
        "at_council": translate("core", "At the council"),
        "approved": translate("core", "Approved"),
        "rejected": translate("core", "Rejected"),
        "returned": translate("core", "Returned"),
        "submitted_upward": translate("core", "Submitted upward"),
        "awarded": translate("core", "Awarded"),
    }.get(state, state)


def allowed_transitions(db: Database, nomination: dict) -> list[str]:
    """States the nomination may move to next (before the checks of each step)."""
    form = load_catalogue(db).get(nomination["form"])
    out = []
    for target in TRANSITIONS.get(nomination["state"], ()):
        if nomination["state"] == "approved" and form is not None:
            if target == "awarded" and form.upward:
                continue
            if target == "submitted_upward" and not form.upward:
                continue
        out.append(target)
    return out


def latest_vote(db: Database, nomination_id: int) -> dict | None:
    rows = list(db.query(
        "SELECT v.*, m.held_on, m.title AS meeting FROM council_votes v JOIN council_meetings m ON m.id = v.meeting_id "
        "WHERE v.nomination_id = ? ORDER BY m.held_on DESC, v.id DESC LIMIT 1", [nomination_id]))
    return rows[0] if rows else None


@dataclass
class Move:
    """One nomination on its way to ``target``: what the steps read, and what they add to the
    row (``updates``) and to the history line (``detail``)."""

    db: Database
    nomination_id: int
    nom: dict
    form: object  # the catalogue's Form, or None for an unknown form
    target: str
    reason: str
    decision_number: str | None = None
    decision_date: str | None = None
    submission_number: str | None = None
    submission_date: str | None = None
    detail: dict = field(default_factory=dict)
    updates: dict = field(default_factory=dict)

    @property
    def source(self) -> str:
        return self.nom["state"]

    @property
    def label(self) -> str:
        return f"#{self.nomination_id} {self.nom['nominee']}"



def _vote_detail(vote: dict) -> dict:
    return {"meeting_id": vote["meeting_id"], "approve": vote["approve"], "detail": vote["detail"]}


# What moving to a state means, one small function each, keyed by the target state.
# CHECKS: the automated checks a person may override (``force`` with a reason); each returns
# the problems found (or raises for what nobody may override). STEPS: what the step needs
# and records; each raises a UserError when the step cannot be taken.
CHECKS: dict[str, Callable[[Move], list[str]]] = {}
STEPS: dict[str, Callable[[Move], None]] = {}


def _check(*targets: str):
    def register(fn):
        for t in targets:
            CHECKS[t] = fn
        return fn
    return register


def _step(*targets: str):
    def register(fn):
        for t in targets:
            STEPS[t] = fn
        return fn
    return register


@_check("documents_checked")
def _documents_complete(m: Move) -> list[str]:
    findings = evaluate(m.db, m.nomination_id)
    if documents_ok(findings):
        return []
    return [f.message for f in findings if not f.ok and f.criterion.startswith("documents.")]


@_check("criteria_checked")
def _criteria_met(m: Move) -> list[str]:
    findings = evaluate(m.db, m.nomination_id)
    if criteria_ok(findings):
        return []
    return [f.message for f in findings if not f.ok and not f.criterion.startswith("documents.") and f.criterion != "duplicate"]


@_check("at_council")
def _council_may_vote(m: Move) -> list[str]:
    if m.form is not None and not m.form.city_form:
        raise UserError(translate("core", "{who}: the council votes only on what the city decides or proposes upward; {form} is a grassroots title").format(
            who=m.label, form=m.form.short))
    if m.form is not None and m.form.public_comment and not m.nom.get("public_comment_to"):
        return [translate("core", "{form} must be published for public comment before the council votes").format(form=m.form.short)]
    return []


@_step("approved")
def _council_passed(m: Move) -> None:
    vote = latest_vote(m.db, m.nomination_id)
    if vote is None or not vote["passed"]:
        raise UserError(translate("core", "{who}: the council has not approved it (record a passing vote first)").format(who=m.label))
    m.detail["vote"] = _vote_detail(vote)


@_step("rejected")
def _rejected(m: Move) -> None:
    if m.source == "at_council":
        vote = latest_vote(m.db, m.nomination_id)
        if vote is not None:
            m.detail["vote"] = _vote_detail(vote)


@_step("awarded")
def _award_decision_given(m: Move) -> None:
    if not ((m.decision_number or "").strip() or m.nom.get("decision_number")):
        raise UserError(translate("core", "{who}: give the number of the award decision").format(who=m.label))


@_step("submitted_upward")
def _proposal_given(m: Move) -> None:
    if not (m.submission_number or m.nom.get("submission_number")):
        raise UserError(translate("core", "{who}: give the number of the city's proposal (Tờ trình …/TTr-UBND)").format(who=m.label))


@_step("returned", "proposed")
def _not_for_the_national_congress(m: Move) -> None:
    m.updates["national_congress"] = 0


def transition(db: Database, nomination_id: int, target: str, *, reason: str = "", actor: str | None = None,
               decision_number: str | None = None, decision_date: str | None = None,
               submission_number: str | None = None, submission_date: str | None = None,
               force: bool = False) -> Changes:
    """Move a nomination to ``target``, recording who, when and why.

    ``decision_number``/``decision_date`` record the act that awards it (a record in
    :mod:`.decisions`, linked); ``submission_number``/``submission_date`` the city's Tờ
    trình (…/TTr-UBND) proposing a central form, given with ``submitted_upward``.

    Raises :class:`UserError` (in the user's language, saying what is wrong) when the
    step is not allowed. ``force`` lets a person move on despite failed automated
    checks; the reason is then required and says so in the history. What each target
    state checks and records is in ``CHECKS`` and ``STEPS``."""
    if target not in STATES:
        raise UserError(translate("core", "Unknown state {state}").format(state=target))
    reason = (reason or "").strip()
    with db.atomic():
        nom = get_nomination(db, nomination_id)
        if nom is None:
            raise UserError(translate("core", "This nomination no longer exists"))
        move = Move(db, nomination_id, nom, None, target, reason, decision_number, decision_date,
                    submission_number, submission_date)
        label = move.label
        if target not in allowed_transitions(db, nom):
            raise UserError(translate("core", "{who}: cannot go from “{from_}” to “{to}”").format(
                who=label, from_=state_label(move.source), to=state_label(target)))
        if target in NEEDS_REASON and not reason:
            raise UserError(translate("core", "{who}: give a reason for “{to}”").format(who=label, to=state_label(target)))
        move.form = load_catalogue(db).get(nom["form"])
        problems = CHECKS[target](move) if target in CHECKS else []
        if problems:
            if not force:
                raise UserError(translate("core", "{who}: {problems}").format(who=label, problems="; ".join(problems)))
            if not reason:
                raise UserError(translate("core", "{who}: a reason is needed to go on despite: {problems}").format(who=label, problems="; ".join(problems)))
        move.updates.update(state=target, updated_at=now())
        if target in STEPS:
            STEPS[target](move)
        _write(move, problems, actor)
    return Changes.of("nominations")


def _write(m: Move, problems: list[str], actor: str | None) -> None:
    """The row, the decision and proposal records, and the history line of a move."""
    db, nomination_id, detail, updates = m.db, m.nomination_id, m.detail, m.updates
    if m.decision_number is not None or m.decision_date is not None:
        updates["decision_number"] = (m.decision_number or "").strip() or None
        updates["decision_date"] = m.decision_date or None
        detail["decision"] = {"number": updates["decision_number"], "date": updates["decision_date"]}
    if problems:
        detail["overridden"] = problems
    db.execute(f"UPDATE nominations SET {', '.join(f'{k} = ?' for k in updates)} WHERE id = ?",
               [*updates.values(), nomination_id])
    if updates.get("decision_number"):
        _record(db, nomination_id, updates["decision_number"], updates.get("decision_date"), m.form, "decision")
    if m.submission_number:
        _record(db, nomination_id, m.submission_number, m.submission_date, m.form, "submission")
        detail["submission"] = {"number": m.submission_number, "date": m.submission_date}
    db.execute(
        "INSERT INTO nomination_history(nomination_id, at, actor, from_state, to_state, reason, detail) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [nomination_id, now(), actor, m.source, m.target, m.reason or None,
         json.dumps(detail, ensure_ascii=False) if detail else None],
    )


def _record(db: Database, nomination_id: int, number: str, date: str | None, form, kind: str) -> None:
    """Keep the act as a decisions record and point the nomination at it. The issuer is read
    from the symbol; a number without a known symbol is taken as the form's own authority's
    (or, for a Tờ trình, the city's) and the mismatch check reports the rest."""
    from .decisions import issuer_of, link, record_decision

    issuer = issuer_of(number) or ("province" if kind == "submission" or form is None
                                   or form.authority == "grassroots" else form.authority)
    did = record_decision(db, number, date, issuer=issuer, kind=kind)
    link(db, did, [nomination_id])


def transition_many(db: Database, ids, target: str, **kw) -> tuple[Changes, list[str]]:
    """Move several nominations; each is its own step. Returns the errors of those refused."""
    errors = []
    changes = Changes()
    for nid in ids:
        try:
            changes |= transition(db, nid, target, **kw)
        except UserError as exc:
            errors.append(exc.message)
    return changes, errors


def record_public_comment(db: Database, nomination_id: int, *, start: str, end: str, result: str = "",
                          actor: str | None = None) -> Changes:
    """Record the public-comment period (and its outcome) of a nomination."""
    if not start or not end or end < start:
        raise UserError(translate("core", "The public comment period needs a start and an end date, the end not before the start"))
    with db.atomic():
        nom = get_nomination(db, nomination_id)
        if nom is None:
            raise UserError(translate("core", "This nomination no longer exists"))
        db.execute("UPDATE nominations SET public_comment_from = ?, public_comment_to = ?, public_comment_result = ?, "
                   "updated_at = ? WHERE id = ?", [start, end, result.strip() or None, now(), nomination_id])
        db.execute(
            "INSERT INTO nomination_history(nomination_id, at, actor, from_state, to_state, reason, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [nomination_id, now(), actor, nom["state"], nom["state"], translate("core", "Public comment recorded"),
             json.dumps({"public_comment": {"from": start, "to": end, "result": result}}, ensure_ascii=False)],
        )
    return Changes.of("nominations")
