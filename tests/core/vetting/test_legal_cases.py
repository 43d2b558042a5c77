"""Legal cases: one nomination each, with the verdict the law gives and the article that decides it.

Written from the texts (see docs/AWARD_LAW.md for what was checked and what is "chưa đối
chiếu"), not from the code. Each case runs under both regimes: the 2017 regime (Law on
Emulation and Commendation 2003 amended 2005/2013, Decree 91/2017/NĐ-CP, Circular
12/2019/TT-BNV) and the 2023 regime (Law 06/2022/QH15, Decree 98/2023/NĐ-CP). Where the
regimes differ the expectation is given per regime.

A case: (id, nomination, expected) where expected is (verdict, criterion, article) or
{"2017": …, "2023": …}. The verdict is ``vet --json``'s ``eligible``: True (every criterion
met), False (one fails), None (left to a person's judgement). ``criterion`` is the finding
that decides it, and its ``source`` must cite ``article``.

Nomination shorthand: ``titles`` {code: [years]}, ``init`` [(level, count)] or
[(level, count, used_for)], ``disc`` [(level, year)], ``members`` (total, completed, ldtt,
cstdcs), ``judged`` True/False, ``leader`` the year the nominee unit led its cluster,
``decision`` a decision number recorded on it. The achievement year is 2019 unless ``year``.
"""

from __future__ import annotations

import pytest
from vetting_helpers import nominate

from congress_desk.core.vetting.nominations import judge, set_emulation_leader
from congress_desk.core.vetting.rules import eligible, evaluate

# The article each regime cites for a form's main criteria.
A = {
    "cstd_tp": {"2017": "Điều 22", "2023": "Điều 22"},
    "cstdtq": {"2017": "Điều 21", "2023": "Điều 21"},
    "ttldxs": {"2017": "Điều 27", "2023": "Điều 27"},
    "co_tp": {"2017": "Thông tư 08/2017/TT-BNV, Điều 8", "2023": "Điều 26"},
    "co_tp_more": {"2017": "Điều 26", "2023": "Điều 26"},
    "co_cp": {"2017": "Điều 11", "2023": "Điều 25"},
    "bk": {"2017": "Điều 39", "2023": "Điều 74"},
    "bk_ttg": {"2017": "Điều 38", "2023": "Điều 73"},
    "hcld3": {"2017": "Điều 24", "2023": "Điều 44"},
    "evidence": {"2017": "Điều 43", "2023": "Điều 80"},
    "hcld": {"2017": "Huân chương Lao động", "2023": "Huân chương Lao động"},
    "ahld": {"2017": "Anh hùng Lao động", "2023": "Anh hùng Lao động"},
    "decision": {"2017": "thẩm quyền", "2023": "thẩm quyền"},
}
LEADS = "lc"   # Quận Lê Chân: the unit that leads its cluster in the cases below

CASES = [
    # ---- Chiến sĩ thi đua thành phố: CSTĐCS three times in a row ending at the achievement year + a city-wide initiative
    ("cstd_tp_three_in_a_row", dict(form="CSTD_TP", titles={"CSTDCS": [2017, 2018, 2019]}, init=[("province", 1)]),
     (True, "consecutive", "cstd_tp")),
    ("cstd_tp_only_two", dict(form="CSTD_TP", titles={"CSTDCS": [2018, 2019]}, init=[("province", 1)]),
     (False, "consecutive", "cstd_tp")),
    ("cstd_tp_run_ends_before_the_year", dict(form="CSTD_TP", titles={"CSTDCS": [2016, 2017, 2018]}, init=[("province", 1)]),
     (False, "consecutive", "cstd_tp")),
    ("cstd_tp_old_run_2009_2011", dict(form="CSTD_TP", titles={"CSTDCS": [2009, 2010, 2011]}, init=[("province", 1)]),
     (False, "consecutive", "cstd_tp")),
    ("cstd_tp_broken_run", dict(form="CSTD_TP", titles={"CSTDCS": [2015, 2016, 2018, 2019]}, init=[("province", 1)]),
     (False, "consecutive", "cstd_tp")),
    ("cstd_tp_grassroots_initiative_only", dict(form="CSTD_TP", titles={"CSTDCS": [2017, 2018, 2019]}, init=[("grassroots", 1)]),
     (False, "initiative", "cstd_tp")),
    ("cstd_tp_no_initiative", dict(form="CSTD_TP", titles={"CSTDCS": [2017, 2018, 2019]}),
     (False, "initiative", "cstd_tp")),
    ("cstd_tp_initiative_already_used", dict(form="CSTD_TP", titles={"CSTDCS": [2017, 2018, 2019]},
                                              init=[("province", 1, "CSTDCS")]),
     (False, "initiative", "cstd_tp")),
    ("cstd_tp_national_initiative_suffices", dict(form="CSTD_TP", titles={"CSTDCS": [2017, 2018, 2019]}, init=[("national", 1)]),
     (True, "initiative", "cstd_tp")),
    ("cstd_tp_four_in_a_row", dict(form="CSTD_TP", titles={"CSTDCS": [2016, 2017, 2018, 2019]}, init=[("province", 1)]),
     (True, "consecutive", "cstd_tp")),
    ("cstd_tp_achievement_year_2020", dict(form="CSTD_TP", year=2020, titles={"CSTDCS": [2018, 2019, 2020]},
                                           init=[("province", 1)]),
     (True, "consecutive", "cstd_tp")),
    # ---- CSTĐ toàn quốc: two terms in a row of the three-year city title (2016 and 2019), ending at the year
    ("cstdtq_2016_and_2019", dict(form="CSTDTQ", titles={"CSTD_TP": [2016, 2019]}, init=[("national", 1)]),
     (True, "consecutive", "cstdtq")),
    ("cstdtq_2018_and_2019_are_one_term_apart", dict(form="CSTDTQ", titles={"CSTD_TP": [2018, 2019]}, init=[("national", 1)]),
     (False, "consecutive", "cstdtq")),
    ("cstdtq_run_ends_in_2016", dict(form="CSTDTQ", titles={"CSTD_TP": [2013, 2016]}, init=[("national", 1)]),
     (False, "consecutive", "cstdtq")),
    ("cstdtq_city_initiative_is_not_enough", dict(form="CSTDTQ", titles={"CSTD_TP": [2016, 2019]}, init=[("province", 1)]),
     (False, "initiative", "cstdtq")),
    ("cstdtq_one_term", dict(form="CSTDTQ", titles={"CSTD_TP": [2019]}, init=[("national", 1)]),
     (False, "consecutive", "cstdtq")),
    ("cstdtq_four_terms", dict(form="CSTDTQ", titles={"CSTD_TP": [2010, 2013, 2016, 2019]}, init=[("national", 1)]),
     (True, "consecutive", "cstdtq")),
    ("cstdtq_2017_and_2020", dict(form="CSTDTQ", year=2020, titles={"CSTD_TP": [2017, 2020]}, init=[("national", 1)]),
     (True, "consecutive", "cstdtq")),
    ("cstdtq_last_term_2018_for_2019", dict(form="CSTDTQ", titles={"CSTD_TP": [2015, 2018]}, init=[("national", 1)]),
     (False, "consecutive", "cstdtq")),
    # ---- Tập thể lao động xuất sắc: 100% complete, ≥ 70% LĐTT, at least one CSTĐCS (2017: no discipline ≥ cảnh cáo)
    ("ttldxs_all_met", dict(form="TTLDXS", kind="collective", members=(40, 40, 30, 3)), (True, "ldtt", "ttldxs")),
    ("ttldxs_one_did_not_complete", dict(form="TTLDXS", kind="collective", members=(40, 39, 30, 3)),
     (False, "completed", "ttldxs")),
    ("ttldxs_exactly_70_percent", dict(form="TTLDXS", kind="collective", members=(40, 40, 28, 3)), (True, "ldtt", "ttldxs")),
    ("ttldxs_67_5_percent", dict(form="TTLDXS", kind="collective", members=(40, 40, 27, 3)), (False, "ldtt", "ttldxs")),
    ("ttldxs_no_cstdcs", dict(form="TTLDXS", kind="collective", members=(40, 40, 30, 0)), (False, "cstdcs", "ttldxs")),
    ("ttldxs_member_warned", dict(form="TTLDXS", kind="collective", members=(40, 40, 30, 3), disc=[("warning", 2019)]),
     {"2017": (False, "discipline", "ttldxs"), "2023": (True, "ldtt", "ttldxs")}),
    ("ttldxs_member_reprimanded", dict(form="TTLDXS", kind="collective", members=(40, 40, 30, 3), disc=[("reprimand", 2019)]),
     (True, "ldtt", "ttldxs")),
    ("ttldxs_counts_missing", dict(form="TTLDXS", kind="collective"), (False, "completed", "ttldxs")),
    # ---- Cờ thi đua của UBND: a collective leading its cluster or block, TTLĐXS that year
    ("co_tp_cluster_leader", dict(form="CO_TD_TP", kind="collective", unit_nominee=True, leader=2019,
                                  titles={"TTLDXS": [2019]}), (True, "leader", "co_tp")),
    ("co_tp_department_not_leader", dict(form="CO_TD_TP", kind="collective", unit_nominee=True, titles={"TTLDXS": [2019]}),
     (False, "leader", "co_tp")),
    ("co_tp_sub_unit", dict(form="CO_TD_TP", kind="collective", titles={"TTLDXS": [2019]}), (False, "leader", "co_tp")),
    ("co_tp_led_the_year_before", dict(form="CO_TD_TP", kind="collective", unit_nominee=True, leader=2018,
                                       titles={"TTLDXS": [2019]}), (False, "leader", "co_tp")),
    ("co_tp_leader_without_ttldxs", dict(form="CO_TD_TP", kind="collective", unit_nominee=True, leader=2019,
                                         titles={"TTLDTT": [2019]}), (False, "excellent", "co_tp_more")),
    ("co_tp_leader_with_a_warning", dict(form="CO_TD_TP", kind="collective", unit_nominee=True, leader=2019,
                                         titles={"TTLDXS": [2019]}, disc=[("warning", 2019)]),
     (False, "discipline", "co_tp_more")),
    # ---- Cờ thi đua của Chính phủ: among the collectives with the city's flag, or the most outstanding of a 5-year movement
    ("co_cp_with_city_flag", dict(form="CO_TD_CP", kind="collective", titles={"CO_TD_TP": [2019]}), (True, "basis", "co_cp")),
    ("co_cp_no_flag_not_judged", dict(form="CO_TD_CP", kind="collective"), (None, "basis", "co_cp")),
    ("co_cp_no_flag_judged_outstanding", dict(form="CO_TD_CP", kind="collective", judged=True), (True, "basis", "co_cp")),
    ("co_cp_no_flag_judged_not", dict(form="CO_TD_CP", kind="collective", judged=False), (False, "basis", "co_cp")),
    ("co_cp_flag_two_years_ago", dict(form="CO_TD_CP", kind="collective", titles={"CO_TD_TP": [2017]}),
     (None, "basis", "co_cp")),
    # ---- Bằng khen của Chủ tịch UBND: exemplary, and one of (a) movement (b) influence (c) 2 years HTXSNV + 2 initiatives
    ("bk_two_years_excellent_two_initiatives", dict(form="BK_CT_UBND", titles={"HTXSNV": [2018, 2019]},
                                                     init=[("grassroots", 2)]), (True, "basis", "bk")),
    ("bk_one_year_not_judged", dict(form="BK_CT_UBND", titles={"HTXSNV": [2019]}, init=[("grassroots", 2)]),
     (None, "basis", "bk")),
    ("bk_one_initiative_judged_outstanding", dict(form="BK_CT_UBND", titles={"HTXSNV": [2018, 2019]},
                                                   init=[("grassroots", 1)], judged=True), (True, "basis", "bk")),
    ("bk_one_initiative_judged_not", dict(form="BK_CT_UBND", titles={"HTXSNV": [2018, 2019]},
                                          init=[("grassroots", 1)], judged=False), (False, "basis", "bk")),
    ("bk_excellent_years_long_ago", dict(form="BK_CT_UBND", titles={"HTXSNV": [2016, 2017]}, init=[("grassroots", 2)]),
     (None, "basis", "bk")),
    ("bk_reprimanded", dict(form="BK_CT_UBND", titles={"HTXSNV": [2018, 2019]}, init=[("grassroots", 2)],
                            disc=[("reprimand", 2019)]), (False, "conduct", "bk")),
    ("bk_initiative_used_elsewhere", dict(form="BK_CT_UBND", titles={"HTXSNV": [2018, 2019]},
                                          init=[("grassroots", 1), ("grassroots", 1, "CSTDCS")]), (None, "basis", "bk")),
    ("bk_collective_two_years_ttldxs", dict(form="BK_CT_UBND", kind="collective", titles={"TTLDXS": [2018, 2019]}),
     (True, "basis_collective", "bk")),
    ("bk_collective_one_year_judged", dict(form="BK_CT_UBND", kind="collective", titles={"TTLDXS": [2019]}, judged=True),
     (True, "basis_collective", "bk")),
    ("bk_collective_one_year_judged_not", dict(form="BK_CT_UBND", kind="collective", titles={"TTLDXS": [2019]},
                                               judged=False), (False, "basis_collective", "bk")),
    # ---- Bằng khen Thủ tướng: city Bằng khen, then 5 years HTXSNV with 5 grassroots initiatives (or other branches)
    ("bk_ttg_five_years_after", dict(form="BK_TTG", titles={"BK_CT_UBND": [2014], "HTXSNV": [2015, 2016, 2017, 2018, 2019]},
                                     init=[("grassroots", 5)]), (True, "basis", "bk_ttg")),
    ("bk_ttg_city_bk_only_three_years_ago", dict(form="BK_TTG", titles={"BK_CT_UBND": [2016],
                                                                         "HTXSNV": [2015, 2016, 2017, 2018, 2019]},
                                                 init=[("grassroots", 5)]), (None, "basis", "bk_ttg")),
    ("bk_ttg_four_initiatives_judged_not", dict(form="BK_TTG", titles={"BK_CT_UBND": [2014],
                                                                        "HTXSNV": [2015, 2016, 2017, 2018, 2019]},
                                                init=[("grassroots", 4)], judged=False), (False, "basis", "bk_ttg")),
    ("bk_ttg_judged_outstanding", dict(form="BK_TTG", judged=True), (True, "basis", "bk_ttg")),
    ("bk_ttg_gap_in_the_five_years", dict(form="BK_TTG", titles={"BK_CT_UBND": [2014], "HTXSNV": [2015, 2016, 2018, 2019]},
                                          init=[("grassroots", 5)]), (None, "basis", "bk_ttg")),
    ("bk_ttg_collective", dict(form="BK_TTG", kind="collective",
                               titles={"BK_CT_UBND": [2014], "TTLDXS": [2015, 2016, 2017, 2018, 2019]}),
     (True, "basis_collective", "bk_ttg")),
    ("bk_ttg_collective_two_years_judged_not", dict(form="BK_TTG", kind="collective",
                                                    titles={"BK_CT_UBND": [2014], "TTLDXS": [2018, 2019]}, judged=False),
     (False, "basis_collective", "bk_ttg")),
    # ---- Huân chương Lao động hạng Ba: BK TTg + 5 years with 2 city-level initiatives, or outstanding (judged)
    ("hcld3_bk_ttg_and_two_city_initiatives", dict(form="HCLD3", titles={"BK_TTG": [2014]}, init=[("province", 2)]),
     (True, "basis", "hcld3")),
    ("hcld3_bk_ttg_too_recent", dict(form="HCLD3", titles={"BK_TTG": [2016]}, init=[("province", 2)]),
     (None, "basis", "hcld3")),
    ("hcld3_grassroots_initiatives_judged_not", dict(form="HCLD3", titles={"BK_TTG": [2014]}, init=[("grassroots", 2)],
                                                     judged=False), (False, "basis", "hcld3")),
    ("hcld3_warned", dict(form="HCLD3", titles={"BK_TTG": [2014]}, init=[("province", 2)], disc=[("warning", 2018)]),
     (False, "discipline", "hcld")),
    ("hcld3_collective_bk_ttg", dict(form="HCLD3", kind="collective", titles={"BK_TTG": [2014]}),
     (True, "basis_collective", "hcld3")),
    ("hcld3_collective_two_city_flags", dict(form="HCLD3", kind="collective", titles={"CO_TD_TP": [2018, 2019]}),
     (True, "basis_collective", "hcld3")),
    # ---- Huân chương Lao động hạng Nhì, Anh hùng Lao động
    ("hcld2_third_class_five_years_ago", dict(form="HCLD2", titles={"HCLD3": [2014]}), (True, "basis", "hcld")),
    ("hcld2_third_class_too_recent", dict(form="HCLD2", titles={"HCLD3": [2016]}), (None, "basis", "hcld")),
    ("ahld_ten_years", dict(form="AHLD", years_of_service=10, init=[("national", 1)]), (True, "service", "ahld")),
    ("ahld_nine_years", dict(form="AHLD", years_of_service=9, init=[("national", 1)]), (False, "service", "ahld")),
    # ---- The congress's own honours: the Chủ tịch UBND's Bằng khen for the five-year movement
    ("movement_not_judged_yet", dict(form="BK_PT"), (None, "outstanding", "bk")),
    ("movement_judged_outstanding", dict(form="BK_PT", judged=True), (True, "outstanding", "bk")),
    ("movement_judged_not", dict(form="BK_PT", judged=False), (False, "outstanding", "bk")),
    ("movement_summary_too_short", dict(form="BK_PT", judged=True, summary="Hoàn thành tốt nhiệm vụ."),
     (False, "summary", "bk")),
    ("movement_reprimanded", dict(form="BK_PT", judged=True, disc=[("reprimand", 2018)]), (False, "discipline", "bk")),
    ("movement_collective", dict(form="BK_PT", kind="collective", judged=True), (True, "outstanding", "bk")),
    # ---- Grassroots titles are evidence, never city nominations
    ("cstdcs_is_not_a_city_nomination", dict(form="CSTDCS", titles={"LDTT": [2019]}, init=[("grassroots", 1)]),
     (False, "route.evidence", "evidence")),
    ("ldtt_is_not_a_city_nomination", dict(form="LDTT"), (False, "route.evidence", "evidence")),
    ("ttldtt_is_not_a_city_nomination", dict(form="TTLDTT", kind="collective", members=(20, 20, 15, 1)),
     (False, "route.evidence", "evidence")),
    # ---- The decision must come from the form's deciding authority
    ("ahld_with_a_city_decision", dict(form="AHLD", years_of_service=20, init=[("national", 1)], decision="1439/QĐ-UBND"),
     (False, "decision.issuer", "decision")),
    ("hcld3_with_a_prime_minister_decision", dict(form="HCLD3", titles={"BK_TTG": [2014]}, init=[("province", 2)],
                                                  decision="12/QĐ-TTg"), (False, "decision.issuer", "decision")),
    ("bk_ttg_with_the_citys_proposal_as_decision", dict(form="BK_TTG", judged=True, decision="95/TTr-UBND"),
     (False, "decision.issuer", "decision")),
    ("cstd_tp_with_a_city_decision", dict(form="CSTD_TP", titles={"CSTDCS": [2017, 2018, 2019]}, init=[("province", 1)],
                                          decision="1440/QĐ-UBND"), (True, "consecutive", "cstd_tp")),
]


def _make(db, units, spec: dict) -> int:
    spec = dict(spec)
    kind = spec.pop("kind", "individual")
    titles = [{"year": y, "title": code, "decision_number": f"{100 + y}/QĐ-UBND", "decision_date": f"{y}-12-20"}
              for code, years in spec.pop("titles", {}).items() for y in years]
    initiatives = []
    for item in spec.pop("init", []):
        level, count, *used = item
        for i in range(count):
            initiatives.append({"name": f"Sáng kiến {level} {len(initiatives) + 1}", "level": level, "year": 2019 - i % 2,
                                "recognition": f"{20 + len(initiatives)}/QĐ-HĐSK",
                                "used_for": used[0] if used else None, "used_year": 2018 if used else None})
    discipline = [{"level": level, "year": year, "person": "01 cá nhân" if kind == "collective" else None}
                  for level, year in spec.pop("disc", [])]
    data = {}
    members = spec.pop("members", None)
    if members:
        data.update(members_total=members[0], members_completed=members[1], members_ldtt=members[2],
                    members_cstdcs=members[3])
    unit_nominee = spec.pop("unit_nominee", False)
    leader = spec.pop("leader", None)
    judged = spec.pop("judged", None)
    decision = spec.pop("decision", None)
    unit = units[LEADS if unit_nominee and leader else ("yt" if unit_nominee else LEADS)]
    if unit_nominee:
        data["nominee_unit_id"] = unit
    if leader:
        set_emulation_leader(db, unit, leader, "Cụm thi đua các quận")
    if "summary" in spec:
        data["summary"] = spec.pop("summary")
    data.update(spec)
    nominee = ("Phòng Giáo dục và Đào tạo quận Lê Chân" if not unit_nominee else
               ("Quận Lê Chân" if unit == units[LEADS] else "Sở Y tế")) if kind == "collective" else "Nguyễn Thị Hoà"
    nid = nominate(db, unit, data.pop("form"), kind=kind, nominee=nominee, titles_=titles, initiatives=initiatives,
                   discipline=discipline, **data)
    if judged is not None:
        judge(db, nid, judged, note="Hội đồng đánh giá theo báo cáo thành tích và tờ trình của đơn vị")
    if decision:
        db.execute("UPDATE nominations SET decision_number = ? WHERE id = ?", [decision, nid])
    return nid


@pytest.mark.parametrize("case_id, spec, expected", CASES, ids=[c[0] for c in CASES])
def test_legal_case(vdb, regime, case_id, spec, expected):
    db, units = vdb
    verdict, criterion, article = expected[regime] if isinstance(expected, dict) else expected
    findings = evaluate(db, _make(db, units, spec))
    decisive = [f for f in findings if f.criterion == criterion]
    assert decisive, (case_id, [(f.criterion, f.ok, f.message) for f in findings])
    f = decisive[0]
    assert f.ok is verdict, (case_id, f.message, [(x.criterion, x.ok, x.message) for x in findings if x.ok is not True])
    assert eligible(findings) is verdict, (case_id, [(x.criterion, x.ok, x.message) for x in findings if x.ok is not True])
    assert A[article][regime] in f.source, (case_id, f.source)
    # every finding cites where it comes from
    assert all(x.source for x in findings), [(x.criterion, x.message) for x in findings if not x.source]


def test_the_table_has_at_least_sixty_cases_per_regime():
    assert len(CASES) >= 60
