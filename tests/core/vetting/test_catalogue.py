"""The catalogue as data: both regimes complete, sources cited, edits stored in the event file."""

from __future__ import annotations

import pytest
from vetting_helpers import nominate, titles

from congress_desk.core.db import open_event
from congress_desk.core.errors import UserError
from congress_desk.core.vetting.catalogue import (
    load_catalogue,
    reset_catalogue,
    set_criterion_param,
    shipped,
)
from congress_desk.core.vetting.rules import CHECKS, evaluate

CODES = {"AHLD", "AHLLVT", "CSTDTQ", "CSTD_TP", "CSTDCS", "LDTT", "TTLDTT", "TTLDXS", "CO_TD_TP",
         "BK_CT_UBND", "BK_TTG", "HCLD1", "HCLD2", "HCLD3", "CO_TD_CP", "HC_BVTQ3", "HC_CC3", "BK_PT"}
AUTHORITY = {"LDTT": "grassroots", "CSTDCS": "grassroots", "TTLDTT": "grassroots",
             "CSTD_TP": "province", "TTLDXS": "province", "CO_TD_TP": "province", "BK_CT_UBND": "province", "BK_PT": "province",
             "BK_TTG": "prime_minister", "CSTDTQ": "prime_minister", "CO_TD_CP": "prime_minister",
             "HCLD1": "president", "HCLD2": "president", "HCLD3": "president", "HC_BVTQ3": "president", "HC_CC3": "president",
             "AHLD": "president", "AHLLVT": "president"}


def _walk(crit):
    yield crit
    for part in crit.get("params", {}).get("options", []) + crit.get("params", {}).get("all", []):
        yield from _walk(part)


@pytest.mark.parametrize("regime", ["2017", "2023"])
def test_each_regime_has_every_form_with_known_criteria_and_sources(regime):
    data = shipped(regime)
    assert {f["code"] for f in data["forms"]} == CODES
    for form in data["forms"]:
        assert form["subject"] in ("individual", "collective", "both")
        assert form["vote"]["rule"] in ("law", "council")
        assert form["authority"] == AUTHORITY[form["code"]], form["code"]
        assert form["certificate"] in ("bang_khen", "chung_nhan", "flag", "central")
        for top in form["criteria"]:
            for crit in _walk(top):
                assert crit["type"] in CHECKS, (form["code"], crit)
        for crit in form["criteria"]:
            assert crit["status"] in ("verified", "unverified")
            assert crit["source"], (form["code"], crit["id"])
            if crit["status"] == "verified":
                assert "Điều" in crit["source"], (form["code"], crit["id"])
    ranks = [f["rank"] for f in data["forms"]]
    assert len(set(ranks)) == len(ranks)


def test_the_2017_vote_rule_cites_decree_91_article_45():
    form = next(f for f in shipped("2017")["forms"] if f["code"] == "CSTD_TP")
    assert form["vote"] == {**form["vote"], "threshold_percent": 90, "base": "all_members", "status": "verified"}
    assert "Điều 45 khoản 8" in form["vote"]["source"]


def test_upward_and_public_comment_forms():
    cat = load_catalogue(regime="2017")
    assert {f.code for f in cat.forms.values() if f.upward} == {"AHLD", "AHLLVT", "CSTDTQ", "BK_TTG", "HCLD1", "HCLD2", "HCLD3",
                                                              "CO_TD_CP", "HC_BVTQ3", "HC_CC3"}
    assert {f.code for f in cat.forms.values() if f.route == "propose"} == {f.code for f in cat.forms.values() if f.upward}
    assert {f.code for f in cat.forms.values() if f.route == "evidence"} == {"LDTT", "CSTDCS", "TTLDTT"}
    # Decree 91/2017 Art. 45(10) and Circular 12/2019: orders, state honours and CSTĐTQ are published first.
    assert {f.code for f in cat.forms.values() if f.public_comment} == {"AHLD", "AHLLVT", "CSTDTQ", "HCLD1", "HCLD2", "HCLD3",
                                                                       "HC_BVTQ3", "HC_CC3"}
    assert all("Điều 45 khoản 10" in f.public_comment_source for f in cat.forms.values() if f.public_comment)
    order = [f.code for f in cat.ordered()]
    assert order.index("AHLD") < order.index("HCLD1") < order.index("CSTDTQ") < order.index("CSTD_TP") < order.index("BK_CT_UBND")


def test_editing_a_criterion_changes_the_check_and_survives_reopening(vdb, regime):
    db, u = vdb
    nid = nominate(db, u["lc"], "CSTD_TP", titles_=titles("CSTDCS", [2018, 2019]),
                   initiatives=[{"name": "SK", "level": "province", "recognition": "1/QĐ"}])
    assert any(f.criterion == "consecutive" and not f.ok for f in evaluate(db, nid))
    set_criterion_param(db, "CSTD_TP", "consecutive", "count", "2")
    assert all(f.ok for f in evaluate(db, nid) if f.criterion == "consecutive")
    crit = next(c for c in load_catalogue(db).get("CSTD_TP").criteria if c.id == "consecutive")
    assert crit.params["count"] == 2 and crit.status == "edited"
    path = db.execute("PRAGMA database_list").fetchone()[2]
    with pytest.raises(UserError):
        set_criterion_param(db, "CSTD_TP", "consecutive", "count", "-1")
    with pytest.raises(UserError):
        set_criterion_param(db, "CSTD_TP", "nope", "count", 1)
    db.conn.commit()
    other = open_event(path, read_only=True)
    try:
        assert next(c for c in load_catalogue(other.db).get("CSTD_TP").criteria if c.id == "consecutive").params["count"] == 2
    finally:
        other.close()
    reset_catalogue(db)
    assert next(c for c in load_catalogue(db).get("CSTD_TP").criteria if c.id == "consecutive").params["count"] == 3
