"""Each rule of the catalogue, under both legal regimes, with pass and fail cases."""

from __future__ import annotations

import pytest
from vetting_helpers import nominate, titles

from congress_desk.core.registry import ValidationError
from congress_desk.core.vetting.nominations import set_unit_ldtt
from congress_desk.core.vetting.rules import criteria_ok, documents_ok, evaluate, evaluate_all


def failing(findings):
    """Criteria not met (failed or waiting for judgement); a grassroots title's own
    "route.evidence" finding is checked apart (test_legal_cases)."""
    return {f.criterion: f.message for f in findings if not f.ok and f.criterion != "route.evidence"}


def by_id(findings):
    return {f.criterion: f for f in findings}


def init(level, name="Phần mềm quản lý hồ sơ một cửa", **kw):
    return {"name": name, "level": level, "year": 2019, "recognition": "15/QĐ-HĐKH", **kw}


# ---------------------------------------------------------------- CSTĐ thành phố

def test_cstd_tp_passes_with_three_consecutive_cstdcs_and_city_initiative(vdb):
    db, u = vdb
    nid = nominate(db, u["lc"], "CSTD_TP", titles_=titles("CSTDCS", [2017, 2018, 2019]), initiatives=[init("province")])
    findings = evaluate(db, nid)
    assert failing(findings) == {}
    assert criteria_ok(findings) and documents_ok(findings)
    assert "2017, 2018, 2019" in by_id(findings)["consecutive"].message


def test_cstd_tp_gap_in_the_run_is_explained_in_vietnamese(vdb):
    db, u = vdb
    nid = nominate(db, u["lc"], "CSTD_TP", titles_=titles("CSTDCS", [2017, 2018]), initiatives=[init("province")])
    bad = failing(evaluate(db, nid))
    assert bad["consecutive"] == "CSTĐCS 2017, 2018 nhưng thiếu 2019 — không đủ 3 lần liên tục"


def test_cstd_tp_run_broken_in_the_middle_fails(vdb):
    db, u = vdb
    nid = nominate(db, u["lc"], "CSTD_TP", titles_=titles("CSTDCS", [2015, 2016, 2018, 2019]), initiatives=[init("province")])
    assert "consecutive" in failing(evaluate(db, nid))


def test_cstd_tp_needs_a_city_level_initiative(vdb):
    db, u = vdb
    nid = nominate(db, u["lc"], "CSTD_TP", titles_=titles("CSTDCS", [2017, 2018, 2019]), initiatives=[init("grassroots")])
    bad = failing(evaluate(db, nid))
    assert set(bad) == {"initiative"}
    assert "cơ sở" in bad["initiative"]


def test_an_initiative_counts_for_one_title_only(vdb):
    db, u = vdb
    nid = nominate(db, u["lc"], "CSTD_TP", titles_=titles("CSTDCS", [2017, 2018, 2019]),
                   initiatives=[init("province", used_for="CSTDCS", used_year=2018)])
    bad = failing(evaluate(db, nid))
    assert "initiative" in bad and "CSTĐCS" in bad["initiative"]


def test_the_same_initiative_in_two_nominations_of_one_person_is_flagged(vdb):
    db, u = vdb
    a = nominate(db, u["lc"], "CSTD_TP", titles_=titles("CSTDCS", [2017, 2018, 2019]), initiatives=[init("province")])
    b = nominate(db, u["lc"], "BK_CT_UBND", titles_=titles("LDTT", [2018, 2019]), initiatives=[init("province")])
    found = evaluate_all(db)
    assert "initiative_reuse" in failing(found[a]) and "initiative_reuse" in failing(found[b])


# ---------------------------------------------------------------- CSTĐCS

def test_cstdcs_needs_ldtt_in_the_year(vdb):
    db, u = vdb
    set_unit_ldtt(db, u["lc"], 2019, 100)
    ok = nominate(db, u["lc"], "CSTDCS", titles_=titles("LDTT", [2019]), initiatives=[init("grassroots")])
    bad = nominate(db, u["lc"], "CSTDCS", nominee="Trần Văn Bình", titles_=titles("LDTT", [2017]), initiatives=[init("grassroots", name="Khác")])
    assert failing(evaluate(db, ok)) == {}
    assert set(failing(evaluate(db, bad))) == {"ldtt"}


def test_cstdcs_excellent_completion_replaces_the_initiative_only_under_the_2022_law(vdb, regime):
    db, u = vdb
    set_unit_ldtt(db, u["lc"], 2019, 100)
    nid = nominate(db, u["lc"], "CSTDCS", titles_=titles("LDTT", [2019]), excellent_completion=True)
    bad = failing(evaluate(db, nid))
    if regime == "2017":
        assert set(bad) == {"initiative"}
    else:
        assert bad == {}
    plain = nominate(db, u["lc"], "CSTDCS", nominee="Lê Văn Cường", titles_=titles("LDTT", [2019]))
    assert "initiative" in failing(evaluate(db, plain))


def test_cstdcs_quota_is_15_percent_of_the_units_ldtt(vdb):
    db, u = vdb
    set_unit_ldtt(db, u["lc"], 2019, 20)   # 15% of 20 = 3 people exactly
    names = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Văn Cường", "Phạm Thị Dung"]
    ids = [nominate(db, u["lc"], "CSTDCS", nominee=n, titles_=titles("LDTT", [2019]),
                    initiatives=[init("grassroots", name=f"Sáng kiến {i}")]) for i, n in enumerate(names)]
    found = evaluate_all(db)
    assert [("quota" in failing(found[i])) for i in ids] == [False, False, False, True]
    assert "= 3" in failing(found[ids[3]])["quota"]


def test_cstdcs_quota_without_the_units_ldtt_count_is_a_finding(vdb):
    db, u = vdb
    nid = nominate(db, u["yt"], "CSTDCS", titles_=titles("LDTT", [2019]), initiatives=[init("grassroots")])
    assert "Sở Y tế" in failing(evaluate(db, nid))["quota"]


# ---------------------------------------------------------------- CSTĐ toàn quốc, orders, heroes

def test_cstdtq_two_consecutive_city_titles_and_national_initiative(vdb):
    db, u = vdb
    # CSTĐ thành phố is a three-year title: 2016 and 2019 are two terms in a row; 2018 and 2019 are not.
    ok = nominate(db, u["lc"], "CSTDTQ", titles_=titles("CSTD_TP", [2016, 2019]), initiatives=[init("national")])
    gap = nominate(db, u["lc"], "CSTDTQ", nominee="Vũ Văn Dũng", titles_=titles("CSTD_TP", [2018, 2019]),
                   initiatives=[init("national", name="Khác")])
    assert failing(evaluate(db, ok)) == {}
    assert "consecutive" in failing(evaluate(db, gap))


def test_hcld3_any_of_prime_minister_certificate_five_years_before_or_judged(vdb):
    db, u = vdb
    two = [init("province", name="Sáng kiến A"), init("province", name="Sáng kiến B")]
    a = nominate(db, u["lc"], "HCLD3", titles_=titles("BK_TTG", [2014]), initiatives=two)
    b = nominate(db, u["lc"], "HCLD3", nominee="Đỗ Thị Em", titles_=titles("BK_TTG", [2016]),
                 initiatives=[init("province", name="Sáng kiến C"), init("province", name="Sáng kiến D")])
    found = evaluate_all(db)
    assert by_id(found[a])["basis"].ok is True
    # Not five years since the Prime Minister's certificate: the other branch waits for a person.
    assert by_id(found[b])["basis"].ok is None


def test_ahld_years_of_service_boundary(vdb):
    db, u = vdb
    ten = nominate(db, u["lc"], "AHLD", years_of_service=10, initiatives=[init("national")])
    nine = nominate(db, u["lc"], "AHLD", nominee="Ngô Văn Hải", years_of_service=9, initiatives=[init("national", name="Khác")])
    assert "service" not in failing(evaluate(db, ten))
    assert "service" in failing(evaluate(db, nine))


# ---------------------------------------------------------------- collectives

@pytest.mark.parametrize(("ldtt", "ok"), [(7, True), (6, False)])
def test_ttldxs_exactly_70_percent_ldtt_passes(vdb, ldtt, ok):
    db, u = vdb
    nid = nominate(db, u["lc"], "TTLDXS", kind="collective", nominee="Phòng Giáo dục và Đào tạo quận Lê Chân",
                   members_total=10, members_ldtt=ldtt, members_completed=10, members_cstdcs=1)
    assert ("ldtt" in failing(evaluate(db, nid))) is (not ok)


def test_ttldxs_needs_everyone_to_complete_tasks_and_a_cstdcs(vdb):
    db, u = vdb
    nid = nominate(db, u["lc"], "TTLDXS", kind="collective", nominee="Trạm Y tế phường Cát Dài",
                   members_total=10, members_ldtt=9, members_completed=9, members_cstdcs=0)
    assert {"completed", "cstdcs"} <= set(failing(evaluate(db, nid)))


def test_ttldxs_discipline_rule_depends_on_the_regime(vdb, regime):
    db, u = vdb
    nid = nominate(db, u["lc"], "TTLDXS", kind="collective", nominee="Phòng Kỹ thuật",
                   members_total=10, members_ldtt=8, members_completed=10, members_cstdcs=1,
                   discipline=[{"year": 2019, "level": "warning", "person": "01 viên chức"}])
    bad = failing(evaluate(db, nid))
    # Law 2013 Art. 27 excludes a collective with a member warned; Law 06/2022 Art. 27(1) has no such point.
    assert ("discipline" in bad) is (regime == "2017")


@pytest.mark.parametrize(("ldtt", "ok"), [(5, False), (6, True)])
def test_ttldtt_needs_more_than_half(vdb, ldtt, ok):
    db, u = vdb
    nid = nominate(db, u["lc"], "TTLDTT", kind="collective", nominee="Tổ dân phố số 3", members_total=10, members_ldtt=ldtt)
    assert ("ldtt" in failing(evaluate(db, nid))) is (not ok)


def test_ttldtt_reprimand_is_allowed_warning_is_not(vdb):
    db, u = vdb
    a = nominate(db, u["lc"], "TTLDTT", kind="collective", nominee="Tổ A", members_total=10, members_ldtt=8,
                 discipline=[{"year": 2019, "level": "reprimand"}])
    b = nominate(db, u["lc"], "TTLDTT", kind="collective", nominee="Tổ B", members_total=10, members_ldtt=8,
                 discipline=[{"year": 2019, "level": "warning"}])
    found = evaluate_all(db)
    assert "discipline" not in failing(found[a])
    assert "discipline" in failing(found[b])


def test_collective_form_refuses_an_individual(vdb):
    db, u = vdb
    with pytest.raises(ValidationError):
        nominate(db, u["lc"], "TTLDXS", kind="individual")
    with pytest.raises(ValidationError):
        nominate(db, u["lc"], "CSTD_TP", kind="collective", nominee="Phòng Nội vụ")


def test_member_counts_cannot_exceed_the_total(vdb):
    db, u = vdb
    with pytest.raises(ValidationError):
        nominate(db, u["lc"], "TTLDTT", kind="collective", nominee="Tổ C", members_total=10, members_ldtt=11)


# ---------------------------------------------------------------- documents, duplicates

def test_missing_documents_are_listed(vdb):
    db, u = vdb
    nid = nominate(db, u["lc"], "BK_CT_UBND", proposal_number=None, summary=None,
                   titles_=titles("LDTT", [2018]) + titles("LDTT", [2019], decision=False))
    bad = failing(evaluate(db, nid))
    assert {"documents.proposal", "documents.summary", "documents.title_decision"} <= set(bad)
    assert "2019" in bad["documents.title_decision"]
    assert not documents_ok(evaluate(db, nid))


def test_same_person_from_two_units_is_a_duplicate(vdb):
    db, u = vdb
    a = nominate(db, u["lc"], "BK_CT_UBND", nominee="NGUYỄN THỊ HOÀ", titles_=titles("LDTT", [2018, 2019]))
    b = nominate(db, u["yt"], "BK_CT_UBND", nominee="Nguyễn Thị Hòa", titles_=titles("LDTT", [2018, 2019]))
    c = nominate(db, u["yt"], "BK_CT_UBND", nominee="Nguyễn Thị Hoà", birth_year=1990, titles_=titles("LDTT", [2018, 2019]))
    found = evaluate_all(db)
    assert "Sở Y tế" in failing(found[a])["duplicate"]
    assert "Quận Lê Chân" in failing(found[b])["duplicate"]
    # Same name, another birth year: another person.
    dup_c = failing(found[c]).get("duplicate", "")
    assert f"#{a}" not in dup_c
