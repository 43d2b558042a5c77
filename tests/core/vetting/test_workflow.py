"""The workflow: every state of DESIGN.md, its checks, and the append-only history."""

from __future__ import annotations

import sqlite3

import pytest
from vetting_helpers import bk_ct_ubnd_evidence, grassroots_initiatives, nominate, titles

from congress_desk.core.errors import UserError
from congress_desk.core.vetting.council import add_meeting, record_vote
from congress_desk.core.vetting.nominations import get_nomination, history
from congress_desk.core.vetting.schema import STATES
from congress_desk.core.vetting.workflow import (
    allowed_transitions,
    record_public_comment,
    transition,
)


def good(db, unit, **kw):
    return nominate(db, unit, "BK_CT_UBND", **{**bk_ct_ubnd_evidence(), **kw})


def test_states_are_those_of_the_design():
    assert STATES == ("proposed", "documents_checked", "criteria_checked", "at_council", "approved",
                      "rejected", "returned", "submitted_upward", "awarded")


def test_full_path_to_awarded_with_history(vdb):
    db, u = vdb
    nid = good(db, u["lc"])
    meeting = add_meeting(db, held_on="2020-10-08", members_total=25, members_present=21, written_votes=4)
    transition(db, nid, "documents_checked", actor="Chuyên viên A", reason="Đủ hồ sơ")
    transition(db, nid, "criteria_checked", actor="Chuyên viên A")
    transition(db, nid, "at_council", actor="Trưởng ban")
    with pytest.raises(UserError, match="Hội đồng chưa thông qua"):
        transition(db, nid, "approved", actor="Trưởng ban")
    record_vote(db, meeting, nid, 24, actor="Thư ký Hội đồng")
    transition(db, nid, "approved", actor="Trưởng ban", decision_number="2650/QĐ-UBND", decision_date="2020-10-15")
    assert allowed_transitions(db, get_nomination(db, nid)) == ["awarded", "returned"]
    transition(db, nid, "awarded", actor="Trưởng ban")
    nom = get_nomination(db, nid)
    assert nom["state"] == "awarded" and nom["decision_number"] == "2650/QĐ-UBND"
    steps = [(h["from_state"], h["to_state"]) for h in history(db, nid)]
    assert steps == [(None, "proposed"), ("proposed", "documents_checked"), ("documents_checked", "criteria_checked"),
                     ("criteria_checked", "at_council"), ("at_council", "at_council"), ("at_council", "approved"),
                     ("approved", "awarded")]
    rows = history(db, nid)
    assert rows[1]["actor"] == "Chuyên viên A" and rows[1]["reason"] == "Đủ hồ sơ" and rows[1]["at"]
    assert "24/25" in rows[5]["detail"]


def test_history_is_append_only(vdb):
    db, u = vdb
    nid = good(db, u["lc"])
    with pytest.raises(sqlite3.DatabaseError):
        db.execute("UPDATE nomination_history SET reason = 'x' WHERE nomination_id = ?", [nid])
    with pytest.raises(sqlite3.DatabaseError):
        db.execute("DELETE FROM nomination_history WHERE nomination_id = ?", [nid])
    assert len(history(db, nid)) == 1


def test_illegal_steps_are_refused_with_the_states_named(vdb):
    db, u = vdb
    nid = good(db, u["lc"])
    with pytest.raises(UserError, match="Đơn vị đề nghị.*Được duyệt"):
        transition(db, nid, "approved")
    with pytest.raises(UserError):
        transition(db, nid, "nonsense")


def test_return_and_reject_need_a_reason_and_a_returned_file_comes_back(vdb):
    db, u = vdb
    nid = good(db, u["lc"])
    with pytest.raises(UserError, match="lý do"):
        transition(db, nid, "returned")
    transition(db, nid, "returned", reason="Thiếu bản sao quyết định", actor="A")
    transition(db, nid, "proposed", actor="Quận Lê Chân")
    transition(db, nid, "rejected", reason="Trùng hồ sơ", actor="A")
    assert get_nomination(db, nid)["state"] == "rejected"
    assert allowed_transitions(db, get_nomination(db, nid)) == []
    assert [h["reason"] for h in history(db, nid)][-3] == "Thiếu bản sao quyết định"


def test_documents_and_criteria_checks_block_and_can_be_overridden_with_a_reason(vdb):
    db, u = vdb
    nid = nominate(db, u["lc"], "BK_CT_UBND", proposal_number=None, titles_=titles("LDTT", [2019]))
    with pytest.raises(UserError, match="Tờ trình"):
        transition(db, nid, "documents_checked")
    with pytest.raises(UserError, match="lý do"):
        transition(db, nid, "documents_checked", force=True)
    transition(db, nid, "documents_checked", force=True, reason="Đơn vị bổ sung tờ trình bản giấy")
    with pytest.raises(UserError, match="Hoàn thành xuất sắc nhiệm vụ"):
        transition(db, nid, "criteria_checked")
    transition(db, nid, "criteria_checked", force=True, reason="Hội đồng xem xét trường hợp đặc biệt")
    assert "overridden" in history(db, nid)[-1]["detail"]


def test_upward_forms_go_through_submitted_upward(vdb):
    db, u = vdb
    nid = nominate(db, u["lc"], "BK_TTG", titles_=titles("HTXSNV", range(2015, 2020)) + titles("BK_CT_UBND", [2014]),
                   initiatives=grassroots_initiatives(5))
    meeting = add_meeting(db, held_on="2020-10-08", members_total=20, members_present=20, written_votes=0)
    for step in ("documents_checked", "criteria_checked", "at_council"):
        transition(db, nid, step)
    record_vote(db, meeting, nid, 15)
    transition(db, nid, "approved")
    assert allowed_transitions(db, get_nomination(db, nid)) == ["submitted_upward", "returned"]
    with pytest.raises(UserError):
        transition(db, nid, "awarded", decision_number="1/QĐ-TTg")
    transition(db, nid, "submitted_upward", submission_number="95/TTr-UBND", submission_date="2020-10-12")
    assert get_nomination(db, nid)["submission_number"] == "95/TTr-UBND"
    with pytest.raises(UserError, match="số quyết định"):
        transition(db, nid, "awarded")
    transition(db, nid, "awarded", decision_number="1845/QĐ-TTg", decision_date="2020-10-30")
    assert get_nomination(db, nid)["state"] == "awarded"


def test_public_comment_is_required_before_the_council_for_heroes_and_cstdtq(vdb):
    db, u = vdb
    nid = nominate(db, u["lc"], "CSTDTQ", titles_=titles("CSTD_TP", [2016, 2019]),
                   initiatives=[{"name": "Sáng kiến X", "level": "national", "recognition": "1/QĐ-BKHCN"}])
    transition(db, nid, "documents_checked")
    transition(db, nid, "criteria_checked")
    with pytest.raises(UserError, match="lấy ý kiến nhân dân"):
        transition(db, nid, "at_council")
    with pytest.raises(UserError):
        record_public_comment(db, nid, start="2020-09-24", end="2020-09-10")
    record_public_comment(db, nid, start="2020-09-10", end="2020-09-24", result="Không có ý kiến")
    transition(db, nid, "at_council")
    assert get_nomination(db, nid)["state"] == "at_council"


def test_a_failed_vote_cannot_be_approved_but_can_be_rejected_with_the_figures(vdb):
    db, u = vdb
    nid = good(db, u["lc"])
    meeting = add_meeting(db, held_on="2020-10-08", members_total=20, members_present=15, written_votes=0)
    for step in ("documents_checked", "criteria_checked", "at_council"):
        transition(db, nid, step)
    assert not record_vote(db, meeting, nid, 10).passed
    with pytest.raises(UserError):
        transition(db, nid, "approved")
    transition(db, nid, "rejected", reason="Không đủ số phiếu")
    assert "10/15" in history(db, nid)[-1]["detail"]


def test_the_council_never_votes_on_a_grassroots_title(vdb):
    db, u = vdb
    nid = nominate(db, u["lc"], "LDTT")
    transition(db, nid, "documents_checked")
    transition(db, nid, "criteria_checked", force=True, reason="Hồ sơ cũ")
    with pytest.raises(UserError, match="danh hiệu cơ sở"):
        transition(db, nid, "at_council", force=True, reason="thử")


def test_migration_8_turns_typed_decision_numbers_into_records(old_event_file):
    """A file from before decisions were records keeps its decision numbers, now linked."""
    import sqlite3

    from congress_desk.core import migrations
    from congress_desk.core.db import open_event
    from congress_desk.core.vetting.rules import evaluate

    path = old_event_file(7)
    conn = sqlite3.connect(path)
    try:
        assert "decisions" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        conn.execute("INSERT INTO nominations(kind, nominee, form, state, decision_number, decision_date, created_at, updated_at) "
                     "VALUES ('individual', 'Trần Văn An', 'AHLD', 'awarded', '1439/QĐ-UBND', '2020-10-15', 'x', 'x')")
        conn.execute("INSERT INTO nominations(kind, nominee, form, state, decision_number, created_at, updated_at) "
                     "VALUES ('individual', 'Lê Thị Bình', 'BK_TTG', 'awarded', '1845/QĐ-TTg', 'x', 'x')")
        conn.commit()
    finally:
        conn.close()
    with open_event(path) as event:
        db = event.db
        assert db.execute("PRAGMA user_version").fetchone()[0] == migrations.LATEST_VERSION
        rows = {r["nominee"]: r for r in db.query(
            "SELECT n.nominee, d.number, d.issuer FROM nominations n JOIN decisions d ON d.id = n.decision_id")}
        assert rows["Trần Văn An"]["issuer"] == "province" and rows["Lê Thị Bình"]["issuer"] == "prime_minister"
        # the Anh hùng Lao động with a city decision is now an error finding
        nid = db.execute("SELECT id FROM nominations WHERE nominee = 'Trần Văn An'").fetchone()[0]
        assert any(f.criterion == "decision.issuer" and f.ok is False for f in evaluate(db, nid))


def test_each_step_is_a_small_function_keyed_by_its_target_state():
    from congress_desk.core.vetting.schema import STATES
    from congress_desk.core.vetting.workflow import CHECKS, STEPS, TRANSITIONS

    targets = {t for ts in TRANSITIONS.values() for t in ts}
    assert set(CHECKS) == {"documents_checked", "criteria_checked", "at_council"}
    assert set(STEPS) == {"approved", "rejected", "awarded", "submitted_upward", "returned", "proposed"}
    assert set(CHECKS) | set(STEPS) <= targets <= set(STATES)
