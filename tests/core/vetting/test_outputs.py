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
from congress_desk.core.seats import seat_labels
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
    annex_text = " | ".join(map(str, annex_names))
    assert all(r["nominee"] in annex_text for r in decided)   # posthumous ones with "(truy tặng)"
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


def test_vet_import_refuses_grassroots_titles_and_exits_1(demo_path, tmp_path, capsys):
    from congress_desk.core.vetting.importer import write_template

    book = tmp_path / "le-chan.xlsx"
    write_template(book, unit="Quận Lê Chân")
    wb = load_workbook(book)
    ws = wb["Danh sách đề nghị"]
    rows = [
        ["Tổ dân phố số 5, phường Dư Hàng Kênh", "Tập thể", None, None, None, "BK UBND TP (phong trào)", 2019,
         "Tập thể tiêu biểu trong phong trào thi đua yêu nước giai đoạn 2015–2020, nhân rộng mô hình tự quản an ninh trật tự.", None],
        ["Vũ Thị Lan", "Cá nhân", 1979, "Nữ", "Tổ trưởng tổ dân phố", "LĐTT", 2019, "Hoàn thành tốt nhiệm vụ.", None],
    ]
    for r, values in enumerate(rows, start=6):
        for c, v in enumerate(values, start=1):
            ws.cell(row=r, column=c, value=v)
    wb.save(book)
    status = cli.main(["vet", str(demo_path), "--import", str(book), "--unit", "Quận Lê Chân", "--json"])
    out = capsys.readouterr()
    assert status == 1
    data = json.loads(out.out)
    assert [(p["row"], p["field"]) for p in data["problems"]] == [(7, "form")]
    assert "Danh hiệu đã đạt" in data["problems"][0]["message"] and data["problems"][0]["file"] == "le-chan.xlsx"
    added = [n for n in data["nominations"] if n["nominee"] in ("Tổ dân phố số 5, phường Dư Hàng Kênh", "Nguyễn Thị Hoà")]
    assert {n["form"] for n in added} == {"BK_PT", "CSTD_TP"}
    movement = next(n for n in added if n["form"] == "BK_PT")
    assert movement["eligible"] is None and movement["route"] == "decide" and movement["decided_by"] == "province"
    assert not any(n["form"] == "LDTT" for n in data["nominations"])
    # the same file without the refused row: exit 0
    ws.delete_rows(7)
    wb.save(book)
    assert cli.main(["vet", str(demo_path), "--import", str(book), "--unit", "Quận Lê Chân"]) == 0
    capsys.readouterr()
    assert cli.main(["vet", str(demo_path), "--import", str(book)]) == 2


def test_a_grassroots_title_in_an_old_file_never_reaches_the_city_outputs(event):
    """Old files may still hold a grassroots title as a nomination: it is route "evidence" and
    stays out of the ballot, the honoree list, the annex and the certificates."""
    from congress_desk.core.printing.options import PrintOptions
    from congress_desk.core.vetting.certificates import certificate_records
    from congress_desk.core.vetting.export import annex_groups
    from congress_desk.core.vetting.nominations import add_nomination

    db = event.db
    unit = db.execute("SELECT id FROM units WHERE name = 'Quận Lê Chân'").fetchone()[0]
    nid = add_nomination(db, {"kind": "individual", "nominee": "Lương Văn Tú", "form": "CSTDCS", "unit_id": unit,
                              "year": 2019, "summary": "…"})
    db.execute("UPDATE nominations SET state = 'approved', decision_number = '77/QĐ-UBND' WHERE id = ?", [nid])
    assert nid not in {r["id"] for r in on_stage(db)}
    assert nid not in {r["id"] for _f, rows in annex_groups(db) for r in rows}
    assert nid not in {r["nomination_id"] for r in certificate_records(db, PrintOptions())}
    db.execute("UPDATE nominations SET state = 'at_council' WHERE id = ?", [nid])
    import io
    buf = io.BytesIO()
    render_kind(event, "ballot", buf)
    with pdfplumber.open(buf) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Lương Văn Tú" not in text


@pytest.mark.parametrize("kind", ["ballot", "honoree-list"])
def test_ballot_and_honoree_list_group_by_deciding_authority_then_form(event, kind):
    """Issue 16: the ballot and the honoree list hold only what the city decides or
    proposes, grouped by deciding authority (A, B, …), then by form — in the PDF and
    in Word; the ballot stays on one page."""
    import io

    from congress_desk.core.printing.docx_render import docx_text, render_docx
    from congress_desk.core.printing.kinds import build_document
    from congress_desk.core.printing.options import PrintOptions
    from congress_desk.core.printing.pdf_render import render_pdf

    cat = load_catalogue(event.db)
    by_name = {f.name.upper(): f for f in cat.ordered()} | {f.name: f for f in cat.ordered()}
    built = build_document(event, kind, PrintOptions(record=False))
    table = next(b for b in built.document.blocks if hasattr(b, "groups"))
    sections, authority_of_section = [], {}
    for g in table.groups:
        if g.section:
            sections.append(g.heading)
            continue
        assert sections, f"{g.heading!r} comes before any authority"
        name = g.heading.split(". ", 1)[1].split(" (")[0]
        form = by_name[name]
        assert form.city_form
        authority_of_section.setdefault(sections[-1], set()).add(form.authority)
    # one authority per section, each once; lettered A, B, …
    assert all(len(a) == 1 for a in authority_of_section.values())
    assert len({next(iter(a)) for a in authority_of_section.values()}) == len(sections) >= 2
    assert [s[:3] for s in sections] == [f"{c}. " for c in "ABCDEFGH"[:len(sections)]]
    words = {next(iter(authority_of_section[s])): s for s in sections}
    if kind == "ballot":
        assert sections[0] == "A. Thuộc thẩm quyền Chủ tịch UBND thành phố"
        assert words["prime_minister"].endswith("Đề nghị Thủ tướng Chính phủ khen thưởng")
    else:
        # in the order they come on stage: the highest authority first, counts included
        order = [cat.get(e.form).authority for e in running_order(event.db)]
        assert [next(iter(authority_of_section[s])) for s in sections] == list(dict.fromkeys(order))
        assert words["province"].startswith(("A. KHEN THƯỞNG CỦA CHỦ TỊCH UBND THÀNH PHỐ",
                                              "B. KHEN THƯỞNG CỦA CHỦ TỊCH UBND THÀNH PHỐ",
                                              "C. KHEN THƯỞNG CỦA CHỦ TỊCH UBND THÀNH PHỐ"))
        counts = Counter(cat.get(e.form).authority for e in running_order(event.db))
        assert words["province"].endswith(f"({counts['province']})")
        romans = [g.heading.split(".")[0] for g in table.groups if not g.section]
        assert romans.count("I") == len(sections)   # forms numbered again in each section
    buf = io.BytesIO()
    result = render_pdf(built.document, buf, keep=built.keep)
    with pdfplumber.open(buf) as pdf:
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    out = io.BytesIO()
    render_docx(built.document, out, keep=built.keep)
    word = docx_text(io.BytesIO(out.getvalue()))
    for s in sections:
        assert s in text.replace("\n", " ") or s in text
        assert s in word.splitlines()
    if kind == "ballot":
        assert result.pages == 1
