"""Helpers shared by the vetting tests (imported as ``vetting_helpers``)."""

from __future__ import annotations

from congress_desk.core.event import load_settings, save_settings
from congress_desk.core.vetting.nominations import add_nomination


def set_regime(db, regime: str) -> None:
    settings = load_settings(db)
    settings.regime = regime
    save_settings(db, settings)


def titles(code, years, decision=True):
    return [{"year": y, "title": code, "decision_number": f"{100 + i}/QĐ-UBND" if decision else None,
             "decision_date": f"{y + 1}-01-15"} for i, y in enumerate(years)]


def nominate(db, unit_id, form, *, kind="individual", nominee="Nguyễn Thị Hoà", titles_=(), initiatives=(),
             discipline=(), **data):
    base = {"kind": kind, "nominee": nominee, "form": form, "unit_id": unit_id, "year": 2019,
            "proposal_number": "12/TTr-UBND", "proposal_date": "2020-08-01",
            "summary": "Hoàn thành xuất sắc nhiệm vụ giai đoạn 2015–2020, có sáng kiến được áp dụng hiệu quả." * 4,
            "birth_year": 1975 if kind == "individual" else None}
    base.update(data)
    return add_nomination(db, base, titles=list(titles_), initiatives=list(initiatives), discipline=list(discipline),
                          actor="test")


def grassroots_initiatives(n, year=2019):
    return [{"name": f"Sáng kiến cải tiến số {i + 1}", "level": "grassroots", "year": year - i % 2,
             "recognition": f"{10 + i}/QĐ-HĐSK"} for i in range(n)]


def bk_ct_ubnd_evidence(years=(2018, 2019)):
    """Evidence meeting branch (c) of the Chủ tịch UBND's Bằng khen: two years in a row
    completing tasks excellently with two grassroots initiatives."""
    return {"titles_": titles("HTXSNV", list(years)), "initiatives": grassroots_initiatives(2)}
