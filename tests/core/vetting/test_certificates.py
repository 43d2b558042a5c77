"""Certificates: only what the Chủ tịch UBND decides, each form on its own blank, stating
the achievement (never the proposal's wording), the unit printed once, the decision line,
date and register number from the decision record."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab.lib.units import mm

from congress_desk.core.printing import certificates as paper
from congress_desk.core.printing.kinds import render_kind
from congress_desk.core.printing.options import PrintOptions
from congress_desk.core.vetting.catalogue import load_catalogue
from congress_desk.core.vetting.certificates import certificate_records
from congress_desk.core.vetting.nominations import list_nominations


def test_each_form_goes_on_its_own_blank_and_flags_and_central_forms_are_not_printed(event):
    cat = load_catalogue(event.db)
    records = certificate_records(event.db, PrintOptions())
    forms = {r["form"] for r in records}
    # The demo awards Bằng khen (movement and annual) and titles (CSTĐ TP, TTLĐXS).
    assert {"BK_PT", "CSTD_TP"} <= forms
    for r in records:
        form = cat.get(r["form"])
        assert form.route == "decide", r["form"]
        assert r["blank"] == {"bang_khen": "bang-khen", "chung_nhan": "chung-nhan"}[form.certificate]
    assert {"CO_TD_TP", "CO_TD_CP", "BK_TTG", "HCLD3", "CSTDTQ", "LDTT", "CSTDCS", "TTLDTT"}.isdisjoint(forms)
    assert {r["form"] for r in records if r["blank"] == "bang-khen"} <= {"BK_PT", "BK_CT_UBND"}
    assert {r["form"] for r in records if r["blank"] == "chung-nhan"} <= {"CSTD_TP", "TTLDXS"}
    # --blank picks one blank
    only = certificate_records(event.db, PrintOptions(blank="chung-nhan"))
    assert only and {r["blank"] for r in only} == {"chung-nhan"}


def test_the_award_states_the_achievement_decision_date_and_register(event):
    rows = {r["id"]: r for r in list_nominations(event.db)}
    records = certificate_records(event.db, PrintOptions())
    movement = [r for r in records if r["form"] == "BK_PT"]
    assert movement
    for r in movement:
        assert r["cert_achievement"] == "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2015–2020"
    for r in records:
        n = rows[r["nomination_id"]]
        assert "đề nghị" not in r["cert_achievement"] and r["cert_achievement"] != n["summary"]
        assert r["cert_decision"].startswith(f"Quyết định số {n['decision_number']} ngày ")
        assert r["cert_decision"].endswith("của Chủ tịch Ủy ban nhân dân thành phố")
        assert r["cert_date"].startswith("Hải Phòng, ngày ")
        assert r["cert_register"] == f"Số sổ vàng: {n['register_number']}"
        # the unit is printed once
        unit = n.get("unit") or ""
        assert r["cert_detail"].count(unit) <= 1 and (unit not in r["cert_name"] or unit not in r["cert_detail"])


def test_mixed_print_uses_each_blanks_paper(event):
    buf = io.BytesIO()
    result = render_kind(event, "certificates", buf, PrintOptions(record=False))
    records = certificate_records(event.db, PrintOptions())
    assert result.pages == len(records)
    sizes = {b: (paper.load_frame(event.db, b)["paper_w"], paper.load_frame(event.db, b)["paper_h"]) for b in paper.BLANKS}
    assert sizes["bang-khen"] != sizes["chung-nhan"]
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as doc:
        for page, rec in zip(doc.pages[:60], records[:60], strict=True):
            assert (page.width / mm, page.height / mm) == pytest.approx(sizes[rec["blank"]], abs=0.5)


def test_calibration_of_the_title_blank(event):
    buf = io.BytesIO()
    render_kind(event, "calibration", buf, PrintOptions(blank="chung-nhan"))
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as doc:
        page = doc.pages[0]
        assert (page.width / mm, page.height / mm) == pytest.approx((297, 210), abs=0.5)
        assert "Giấy chứng nhận" in page.extract_text()


def test_posthumous_award_says_truy_tang(event):
    rec = certificate_records(event.db, PrintOptions())[0]
    event.db.execute("UPDATE nominations SET posthumous = 1 WHERE id = ?", [rec["nomination_id"]])
    again = next(r for r in certificate_records(event.db, PrintOptions()) if r["nomination_id"] == rec["nomination_id"])
    assert again["cert_name"].startswith("Truy tặng ")


def test_annex_per_decision_lists_only_what_its_issuer_decides(event):
    from congress_desk.core.vetting.decisions import list_decisions
    from congress_desk.core.vetting.export import annex_groups

    cat = load_catalogue(event.db)
    decisions = list_decisions(event.db, kind="decision")
    assert {d["issuer"] for d in decisions} == {"province", "prime_minister", "president"}
    for d in decisions:
        groups = annex_groups(event.db, decision_id=d["id"])
        listed = {r["id"] for _form, rows in groups for r in rows}
        assert listed == set(d["nominations"])
        assert all(cat.get(form["code"]).authority == d["issuer"] for form, _rows in groups)
        assert {form["code"] for form, _rows in groups} == set(d["forms"])


def test_the_certificate_date_has_decree_30s_leading_zeros():
    """Days below 10 and months 1–2 with a leading zero, as every other document's date line
    ("tháng 03" on the certificates while the letters said "tháng 3")."""
    from congress_desk.core.vetting.certificates import _date_line

    assert _date_line("Hải Phòng", "2020-03-05") == "Hải Phòng, ngày 05 tháng 3 năm 2020"
    assert _date_line("Hải Phòng", "2020-02-15") == "Hải Phòng, ngày 15 tháng 02 năm 2020"
    assert _date_line("Hải Phòng", "2020-10-15") == "Hải Phòng, ngày 15 tháng 10 năm 2020"
    assert _date_line("Hải Phòng", None) == ""
