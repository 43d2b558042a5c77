"""Council meetings and votes: pass or fail by the rule of each form, figures shown beside.

The law's rule (CSTĐ of the city, CSTĐTQ, Hero titles under Decree 91/2017 Art. 45(8)):
approvals must reach the threshold (90%) of **all** members of the council; members
absent from the meeting vote in writing. The council's own rule (the other forms): a
quorum of members present (two thirds by default), and approvals at or above the
threshold (70% by default) of those who voted (present plus written votes).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from fractions import Fraction
from typing import TYPE_CHECKING

from ..changes import Changes, Created
from ..errors import UserError
from ..i18n import translate
from .catalogue import VoteRule, load_catalogue
from .nominations import get_nomination, now
from .rules import _pct

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass
class VoteResult:
    passed: bool
    rule: str
    detail: str
    approve: int
    base: int
    share: Fraction
    threshold: Fraction
    quorum_ok: bool

    @property
    def changes(self) -> Changes:
        """A recorded vote changes the nomination's file (``record_vote``)."""
        return Changes.of("nominations")

    def as_json(self) -> dict:
        return {"passed": self.passed, "rule": self.rule, "detail": self.detail, "approve": self.approve,
                "base": self.base, "percent": float(self.share), "threshold_percent": float(self.threshold),
                "quorum_ok": self.quorum_ok}


def check_meeting(members_total: int, members_present: int, written_votes: int) -> None:
    if members_total <= 0:
        raise UserError(translate("core", "The council must have at least one member"))
    if members_present < 0 or written_votes < 0:
        raise UserError(translate("core", "Members present and written votes cannot be negative"))
    if members_present + written_votes > members_total:
        raise UserError(translate("core", "{present} present plus {written} written votes is more than the {total} members of the council").format(
            present=members_present, written=written_votes, total=members_total))


def decide(rule: VoteRule, *, members_total: int, members_present: int, written_votes: int, approve: int) -> VoteResult:
    """Pass or fail of one vote, with the figures in words."""
    check_meeting(members_total, members_present, written_votes)
    voting = members_present + written_votes
    if approve < 0 or approve > voting:
        raise UserError(translate("core", "{approve} approvals is more than the {voting} members who voted").format(approve=approve, voting=voting))
    threshold = Fraction(rule.threshold_percent)
    if rule.base == "all_members":
        base = members_total
        quorum_ok = True
        share = Fraction(approve * 100, base)
        passed = share >= threshold
        detail = translate("core", "{approve}/{base} of all council members = {share}% (needs ≥ {need}% of all members)").format(
            approve=approve, base=base, share=_pct(share), need=_pct(threshold))
    else:
        base = voting
        quorum = rule.quorum_fraction or Fraction(2, 3)
        quorum_ok = members_present >= quorum * members_total
        share = Fraction(approve * 100, base) if base else Fraction(0)
        passed = quorum_ok and base > 0 and share >= threshold
        detail = translate("core", "{approve}/{base} of those voting = {share}% (needs ≥ {need}%); {present}/{total} present, quorum {quorum}: {quorum_state}").format(
            approve=approve, base=base, share=_pct(share), need=_pct(threshold), present=members_present,
            total=members_total, quorum=str(quorum),
            quorum_state=translate("core", "met") if quorum_ok else translate("core", "not met"))
    return VoteResult(passed, rule.rule, detail, approve, base, share, threshold, quorum_ok)


def add_meeting(db: Database, *, held_on: str, members_total: int, members_present: int, written_votes: int = 0,
                title: str = "", note: str = "") -> Created:
    """Add a council meeting; returns its id (``.changes``: the nominations' files)."""
    check_meeting(members_total, members_present, written_votes)
    if not held_on:
        raise UserError(translate("core", "The meeting needs a date"))
    with db.atomic():
        cur = db.execute(
            "INSERT INTO council_meetings(held_on, title, members_total, members_present, written_votes, note, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [held_on, title.strip() or None, members_total, members_present, written_votes, note.strip() or None, now()],
        )
    return Created(cur.lastrowid, Changes.of("nominations"))


def get_meeting(db: Database, meeting_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM council_meetings WHERE id = ?", [meeting_id]))
    return rows[0] if rows else None


def list_meetings(db: Database) -> list[dict]:
    return list(db.query("SELECT * FROM council_meetings ORDER BY held_on, id"))


def record_vote(db: Database, meeting_id: int, nomination_id: int, approve: int, *, against: int | None = None,
                actor: str | None = None) -> VoteResult:
    """Record the result of the secret ballot on one nomination at one meeting.

    The nomination must be ``at_council``. Recording again at the same meeting replaces
    the earlier count. The history keeps each count with its figures."""
    with db.atomic():
        meeting = get_meeting(db, meeting_id)
        if meeting is None:
            raise UserError(translate("core", "This council meeting no longer exists"))
        nom = get_nomination(db, nomination_id)
        if nom is None:
            raise UserError(translate("core", "This nomination no longer exists"))
        if nom["state"] != "at_council":
            raise UserError(translate("core", "#{id} {who} is not at the council (state: {state})").format(
                id=nomination_id, who=nom["nominee"], state=nom["state"]))
        form = load_catalogue(db).get(nom["form"])
        if form is None:
            raise UserError(translate("core", "Unknown form of commendation {form}").format(form=nom["form"]))
        result = decide(form.vote, members_total=meeting["members_total"], members_present=meeting["members_present"],
                        written_votes=meeting["written_votes"], approve=int(approve))
        voting = meeting["members_present"] + meeting["written_votes"]
        against = voting - int(approve) if against is None else int(against)
        db.execute(
            "INSERT INTO council_votes(meeting_id, nomination_id, approve, against, passed, rule, detail, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(meeting_id, nomination_id) DO UPDATE SET "
            "approve = excluded.approve, against = excluded.against, passed = excluded.passed, rule = excluded.rule, "
            "detail = excluded.detail, recorded_at = excluded.recorded_at",
            [meeting_id, nomination_id, int(approve), against, int(result.passed), result.rule, result.detail, now()],
        )
        db.execute(
            "INSERT INTO nomination_history(nomination_id, at, actor, from_state, to_state, reason, detail) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            [nomination_id, now(), actor, "at_council", "at_council",
             (translate("core", "Council vote: passed") if result.passed else translate("core", "Council vote: not passed")),
             json.dumps({"meeting_id": meeting_id, **result.as_json()}, ensure_ascii=False)],
        )
    return result


def record_meeting_votes(db: Database, meeting: int | dict, votes, *, actor: str | None = None,
                         progress=None, cancel=None) -> Changes:
    """Record a council meeting's ballots in one transaction: ``meeting`` is the id of a
    meeting already held or the values of a new one (:func:`add_meeting`'s arguments);
    ``votes`` is ``(nomination_id, approve)`` pairs. A refused vote leaves nothing written,
    the new meeting included."""
    votes = list(votes)
    with db.atomic():
        meeting_id = meeting if isinstance(meeting, int) else add_meeting(db, **meeting)
        for i, (nid, approve) in enumerate(votes):
            if progress is not None:
                progress(i, len(votes), "")
            record_vote(db, meeting_id, nid, approve, actor=actor)
    return Changes.of("nominations")


def votes_of(db: Database, nomination_id: int) -> list[dict]:
    return list(db.query(
        "SELECT v.*, m.held_on, m.title AS meeting, m.members_total, m.members_present, m.written_votes "
        "FROM council_votes v JOIN council_meetings m ON m.id = v.meeting_id WHERE v.nomination_id = ? ORDER BY m.held_on, v.id",
        [nomination_id]))


def votes_at(db: Database, meeting_id: int) -> list[dict]:
    return list(db.query(
        "SELECT v.*, n.nominee, n.form FROM council_votes v JOIN nominations n ON n.id = v.nomination_id "
        "WHERE v.meeting_id = ? ORDER BY v.id", [meeting_id]))


def delete_meeting(db: Database, meeting_id: int) -> Changes:
    with db.atomic():
        db.execute("DELETE FROM council_meetings WHERE id = ?", [meeting_id])
    return Changes.of("nominations")
