"""Council votes: the law's 90%-of-all-members rule and the council's own rule, at their boundaries."""

from __future__ import annotations

from fractions import Fraction

import pytest
from vetting_helpers import bk_ct_ubnd_evidence, nominate

from congress_desk.core.errors import UserError
from congress_desk.core.vetting.catalogue import VoteRule, load_catalogue, set_vote_threshold
from congress_desk.core.vetting.council import add_meeting, decide, record_vote, votes_of
from congress_desk.core.vetting.workflow import transition

LAW = VoteRule("law", Fraction(90), "all_members", None)
COUNCIL = VoteRule("council", Fraction(70), "voting", Fraction(2, 3))


@pytest.mark.parametrize(("approve", "passed"), [(18, True), (17, False)])
def test_law_rule_exactly_90_percent_of_all_members(approve, passed):
    result = decide(LAW, members_total=20, members_present=15, written_votes=5, approve=approve)
    assert result.passed is passed
    assert f"{approve}/20" in result.detail


def test_law_rule_counts_absent_members_who_did_not_vote_against():
    # 20 of 20 present-and-voting approve, but the council has 25 members: 80% of all.
    result = decide(LAW, members_total=25, members_present=20, written_votes=0, approve=20)
    assert not result.passed
    assert result.share == 80


@pytest.mark.parametrize(("approve", "passed"), [(14, True), (13, False)])
def test_council_rule_exactly_70_percent_of_those_voting(approve, passed):
    # 30 members, 20 present = exactly the two-thirds quorum.
    result = decide(COUNCIL, members_total=30, members_present=20, written_votes=0, approve=approve)
    assert result.quorum_ok
    assert result.passed is passed


def test_council_rule_without_quorum_fails_even_when_unanimous():
    result = decide(COUNCIL, members_total=30, members_present=19, written_votes=0, approve=19)
    assert not result.quorum_ok and not result.passed
    assert "không đạt" in result.detail


def test_written_votes_count_among_those_voting():
    result = decide(COUNCIL, members_total=30, members_present=20, written_votes=10, approve=21)
    assert result.base == 30 and result.passed  # 21/30 = 70%


def test_impossible_figures_are_refused():
    with pytest.raises(UserError):
        decide(LAW, members_total=20, members_present=18, written_votes=5, approve=10)
    with pytest.raises(UserError):
        decide(LAW, members_total=20, members_present=10, written_votes=2, approve=13)


def test_forms_use_the_rule_of_the_catalogue(vdb):
    db, _u = vdb
    cat = load_catalogue(db)
    for code in ("CSTD_TP", "CSTDTQ", "AHLD"):
        assert cat.get(code).vote.base == "all_members" and cat.get(code).vote.threshold_percent == 90
    for code in ("BK_CT_UBND", "TTLDXS", "CO_TD_TP"):
        assert cat.get(code).vote.base == "voting" and cat.get(code).vote.threshold_percent == 70
        assert cat.get(code).vote.quorum_fraction == Fraction(2, 3)


def _at_council(db, unit, form="BK_CT_UBND", **kw):
    nid = nominate(db, unit, form, **{**bk_ct_ubnd_evidence(), **kw})
    for step in ("documents_checked", "criteria_checked", "at_council"):
        transition(db, nid, step, actor="tester")
    return nid


def test_record_vote_only_at_council_and_replaces_a_recount(vdb):
    db, u = vdb
    meeting = add_meeting(db, held_on="2020-10-08", members_total=25, members_present=21, written_votes=4)
    early = nominate(db, u["lc"], "BK_CT_UBND", nominee="Trần Văn Khánh", **bk_ct_ubnd_evidence())
    with pytest.raises(UserError):
        record_vote(db, meeting, early, 20)
    nid = _at_council(db, u["lc"])
    assert not record_vote(db, meeting, nid, 17).passed     # 17/25 = 68%
    result = record_vote(db, meeting, nid, 18)
    assert result.passed and result.changes                 # 18/25 = 72%
    votes = votes_of(db, nid)
    assert len(votes) == 1 and votes[0]["approve"] == 18 and votes[0]["against"] == 7


def test_the_events_council_threshold_is_editable_and_stored_in_the_event_file(vdb, tmp_path):
    db, u = vdb
    set_vote_threshold(db, None, 80, quorum_fraction="3/4")
    cat = load_catalogue(db)
    assert cat.get("BK_CT_UBND").vote.threshold_percent == 80
    assert cat.get("BK_CT_UBND").vote.quorum_fraction == Fraction(3, 4)
    assert cat.get("CSTD_TP").vote.threshold_percent == 90   # the law's rule is separate
    meeting = add_meeting(db, held_on="2020-10-08", members_total=20, members_present=20, written_votes=0)
    nid = _at_council(db, u["lc"])
    assert not record_vote(db, meeting, nid, 15).passed     # 75% < 80%
    assert record_vote(db, meeting, nid, 16).passed
    with pytest.raises(UserError):
        set_vote_threshold(db, None, 0)
    with pytest.raises(UserError):
        set_vote_threshold(db, "NOPE", 50)


def test_a_meeting_and_its_votes_are_recorded_in_one_operation(vdb):
    from congress_desk.core.changes import Changes
    from congress_desk.core.vetting.council import list_meetings, record_meeting_votes

    db, u = vdb
    a = _at_council(db, u["lc"])
    b = _at_council(db, u["yt"], nominee="Trần Văn Khánh")
    seen = []
    meeting = {"held_on": "2020-10-08", "members_total": 20, "members_present": 20, "written_votes": 0,
               "title": "Phiên 1", "note": ""}
    changes = record_meeting_votes(db, meeting, [(a, 16), (b, 10)], actor="tester",
                                   progress=lambda done, total, label: seen.append((done, total)))
    assert changes == Changes.of("nominations")
    assert seen == [(0, 2), (1, 2)]
    [held] = list_meetings(db)
    assert held["title"] == "Phiên 1"
    assert votes_of(db, a)[0]["passed"] and not votes_of(db, b)[0]["passed"]
    # At the same meeting again, by its id: the recount replaces the count.
    record_meeting_votes(db, held["id"], [(b, 18)], actor="tester")
    assert len(list_meetings(db)) == 1
    assert [v["approve"] for v in votes_of(db, b)] == [18]


def test_a_refused_vote_leaves_no_meeting_and_no_vote(vdb):
    from congress_desk.core.vetting.council import list_meetings, record_meeting_votes

    db, u = vdb
    a = _at_council(db, u["lc"])
    early = nominate(db, u["yt"], "BK_CT_UBND", nominee="Trần Văn Khánh", **bk_ct_ubnd_evidence())
    meeting = {"held_on": "2020-10-08", "members_total": 20, "members_present": 20, "written_votes": 0}
    with pytest.raises(UserError):
        record_meeting_votes(db, meeting, [(a, 16), (early, 16)], actor="tester")
    assert list_meetings(db) == [] and votes_of(db, a) == []
