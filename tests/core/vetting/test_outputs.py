"""Demo data, ceremony order, national selection, Excel and PDF outputs, and the vet command."""

from __future__ import annotations

import json
from collections import Counter

import pdfplumber
import pytest
from openpyxl import load_workbook

from congress_desk import cli
from congress_desk.core.errors import UserError
from congress_desk.core.printing.kinds import render_kind
from congress_desk.core.seating.lookup import seat_labels
from congress_desk.core.vetting.catalogue import load_catalogue
from congress_desk.core.vetting.ceremony import (
    invitations,
    national_candidates,
    national_quota,
    on_stage,
    running_order,
    select_for_national,
)
from congress_desk.core.vetting.export import export_honorees
from congress_desk.core.vetting.nominations import list_nominations
from congress_desk.core.vetting.rules import evaluate_all
from congress_desk.core.vetting.schema import STATES


def test_demo_has_passing_and_failing_nominations_in_many_states(event):
    rows = list_nominations(event.db)
    assert len(rows) >= 150
    states = Counter(r["state"] for r in rows)
    assert {"proposed", "documents_checked", "criteria_checked", "at_council", "approved", "awarded",
            "returned", "rejected", "submitted_upward"} <= set(states)
    found = evaluate_all(event.db, rows)
    failing = [r for r in rows if any(f.ok is False for f in found[r["id"]])]
    assert 0.05 * len(rows) < len(failing) < 0.5 * len(rows)
    # A real congress: most honours are the Chủ tịch UBND's Bằng khen for the five-year movement,
    # no grassroots title is a city nomination, every approved city award points to its decision.
    cat = load_catalogue(event.db)
    forms = Counter(r["form"] for r in rows)
    assert forms["BK_PT"] > len(rows) / 2
    assert all(cat.get(r["form"]).city_form for r in rows)
    decided = [r for r in rows if r["state"] in ("approved", "awarded") and cat.get(r["form"]).route == "decide"]
    assert decided and all(r["decision_id"] and r["decision_number"].endswith("/QĐ-UBND") for r in decided)
    central = [r for r in rows if r["state"] == "awarded" and cat.get(r["form"]).route == "propose"]
    assert central and all(r["submission_number"].endswith("/TTr-UBND") for r in central)
    assert all(r["decision_number"].endswith({"prime_minister": "/QĐ-TTg", "president": "/QĐ-CTN"}[cat.get(r["form"]).authority])
               for r in central)
    assert not any(f.criterion == "decision.issuer" for r in rows for f in found[r["id"]])
    linked = [r for r in rows if r["delegate_id"]]
    assert linked and len(rows) - len(linked) > len(linked)
    assert Counter(r["kind"] for r in rows)["collective"] > 10


def test_running_order_goes_from_the_highest_form_down_in_batches(event):
    cat = load_catalogue(event.db)
    entries = running_order(event.db, size=12)
    assert len(entries) == len(on_stage(event.db)) > 30
    ranks = [cat.get(e.form).rank for e in entries]
    assert ranks == sorted(ranks)
    assert [e.order for e in entries] == list(range(1, len(entries) + 1))
    batches = Counter(e.batch for e in entries)
    assert all(n == 12 for b, n in batches.items() if b < max(batches))
    seats = seat_labels(event.db)
    linked = [e for e in entries if e.delegate_id]
    assert linked and all(e.seat == seats.get(e.delegate_id) for e in linked)
    assert any(e.seat for e in linked)
    invited = invitations(event.db)
    assert invited and all(e.delegate_id is None for e in invited)
    assert len(invited) == len(entries) - len(linked)


def test_national_selection_keeps_to_the_quota(event):
    candidates = national_candidates(event.db)
    quota = national_quota(event.db)
    with pytest.raises(UserError, match="chỉ tiêu"):
        select_for_national(event.db, [r["id"] for r in candidates[: quota + 1]])
    proposed = next(r for r in list_nominations(event.db) if r["state"] == "proposed")
    with pytest.raises(UserError):
        select_for_national(event.db, [proposed["id"]])
    select_for_national(event.db, [candidates[0]["id"]])
    assert [r["id"] for r in list_nominations(event.db) if r["national_congress"]] == [candidates[0]["id"]]


def test_export_honorees_workbook_reads_back(event, tmp_path):
    out = tmp_path / "honorees.xlsx"
    counts = export_honorees(event.db, out)
    wb = load_workbook(out)
    assert wb.sheetnames == ["Phụ lục quyết định", "Thứ tự trao thưởng", "Giấy mời", "Đại hội toàn quốc"]
    cat = load_catalogue(event.db)
    rows = list_nominations(event.db)
    # The annex lists only what the Chủ tịch UBND decides; forms decided above the city are not in it.
    decided = [r for r in rows if r["state"] in ("approved", "submitted_upward", "awarded") and cat.get(r["form"]).route == "decide"]
    central = [r for r in rows if r["state"] in ("approved", "submitted_upward", "awarded") and cat.get(r["form"]).route == "propose"]
    assert counts["annex"] == len(decided) and central
    annex_names = {c.value for row in wb["Phụ lục quyết định"].iter_rows() for c in row if c.value}
    assert all(r["nominee"] in annex_names for r in decided)
    assert not any(cat.get(r["form"]).name.upper() in " ".join(map(str, annex_names)) for r in central)
    assert "DANH SÁCH KHEN THƯỞNG" in annex_names
    order = [row for row in wb["Thứ tự trao thưởng"].iter_rows(values_only=True) if isinstance(row[1], int)]
    entries = running_order(event.db)
    assert [(r[0], r[1], r[2]) for r in order] == [(e.batch, e.order, e.nominee) for e in entries]


@pytest.mark.parametrize("kind", ["honoree-list", "ceremony-script", "ballot", "decision-annex"])
def test_pdf_kinds_render_and_read_back(event, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    result = render_kind(event, kind, out)
    assert result.pages >= 1 and result.items > 0 and not result.warnings
    with pdfplumber.open(out) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    rows = list_nominations(event.db)
    if kind == "ballot":
        first = next(r for r in rows if r["state"] == "at_council")
        assert "PHIẾU BẦU" in text and "Đồng ý" in text
    elif kind == "decision-annex":
        cat = load_catalogue(event.db)
        first = next(r for r in rows if r["state"] == "awarded" and cat.get(r["form"]).route == "decide")
        assert "Phụ lục" in text and "(Kèm theo Quyết định số" in text
        # only what the Chủ tịch UBND decides: no central form, no grassroots title
        assert not any(f.name.upper() in text for f in cat.ordered() if f.route != "decide")
    else:
        first_entry = running_order(event.db)[0]
        first = {"nominee": first_entry.nominee}
        if kind == "ceremony-script":
            assert "Đợt 1" in text
    assert first["nominee"].split()[-1] in text


def test_vet_command_json(demo_path, capsys):
    status = cli.main(["vet", str(demo_path), "--json"])
    out = capsys.readouterr()
    assert status == 0
    data = json.loads(out.out)
    assert data["regime"] == "2017"
    assert data["nominations"]
    for n in data["nominations"]:
        assert set(n) == {"id", "nominee", "kind", "unit", "form", "state", "findings", "eligible", "decided_by", "route"}
        assert n["state"] in STATES and n["kind"] in ("individual", "collective")
        assert n["eligible"] in (True, False, None)
        assert n["decided_by"] in ("unit", "district", "province", "prime_minister", "president")
        assert n["route"] == {"province": "decide", "unit": "evidence", "district": "evidence"}.get(n["decided_by"], "propose")
        for f in n["findings"]:
            assert set(f) == {"criterion", "ok", "message", "source"}
            assert f["source"], f
        if n["eligible"] is False:
            assert any(f["ok"] is False for f in n["findings"])
    assert data["problems"] == []
    assert {n["route"] for n in data["nominations"]} == {"decide", "propose"}
    assert any(not f["ok"] for n in data["nominations"] for f in n["findings"])
    assert "đề nghị" in out.err


def test_vet_command_usage_errors(tmp_path, capsys):
    assert cli.main(["vet", str(tmp_path / "missing.congress"), "--json"]) == 2
    assert capsys.readouterr().out == ""
    bad = tmp_path / "bad.congress"
    bad.write_text("not a database")
    assert cli.main(["vet", str(bad)]) == 2
