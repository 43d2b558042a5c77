"""Text documents: one model, two outputs (PDF and Word), in the Decree 30 layout.

Every text kind is built from a demo congress and written both ways; the PDF's
words (page furniture aside) and the .docx's words are the model's words; no
heading ends a page; the header block's lines stay inside their columns, clear of
each other and of the short lines; the .docx has the Word structure a committee
edits (A4, margins, Times New Roman, repeating header row, rows kept whole,
headings kept with the next row, page numbers from page 2).
"""

from __future__ import annotations

import io
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from docx import Document as open_docx
from docx.oxml.ns import qn
from docx.shared import Mm

from congress_desk.core.printing import header as hd
from congress_desk.core.printing import officials
from congress_desk.core.printing.docx_render import docx_text, render_docx
from congress_desk.core.printing.kinds import DOCUMENT_KINDS, build_document, render_kind
from congress_desk.core.printing.model import CONTINUED, clip, model_words, words
from congress_desk.core.printing.options import PrintOptions
from congress_desk.core.printing.pdf_render import render_pdf
from congress_desk.core.registry import list_delegates

KINDS = sorted(DOCUMENT_KINDS)
OFFICIAL = ("invitations", "credentials-report", "ceremony-script")
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """A 120-delegate demo, shared by the tests of this module that only read it."""
    from congress_desk.core.db import open_event
    from congress_desk.core.demo import build_demo

    path = tmp_path_factory.mktemp("docs") / "small.congress"
    build_demo(path, delegates=120, seed=2020).close()
    event = open_event(path)
    yield event
    event.close()


def pdf_of(built):
    buf = io.BytesIO()
    result = render_pdf(built.document, buf, keep=built.keep)
    return buf.getvalue(), result


def docx_of(built) -> bytes:
    buf = io.BytesIO()
    render_docx(built.document, buf, keep=built.keep)
    return buf.getvalue()


def page_texts(data: bytes) -> list[str]:
    import pypdf

    return [unicodedata.normalize("NFC", p.extract_text() or "") for p in pypdf.PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("kind", KINDS)
def test_pdf_and_word_hold_exactly_the_models_text(small, kind):
    built = build_document(small, kind, PrintOptions(record=False))
    model = model_words(built.document)
    assert len(model) > 40
    data, result = pdf_of(built)
    got = Counter(words("\n".join(page_texts(data))))
    furniture = Counter(w for f in result.furniture for w in words(f))
    assert furniture <= got, "what the renderer calls furniture is on the pages"
    assert got - furniture == Counter(model)
    # Word: the same words in the same order (no furniture in the body at all)
    assert words(docx_text(io.BytesIO(docx_of(built)))) == model


@pytest.mark.parametrize("kind", ["delegate-list", "checkin-list", "attendance", "honoree-list",
                                  "ceremony-script", "credentials-report"])
def test_no_heading_ends_a_page_and_continued_groups_say_so(small, pdf, kind):
    built = build_document(small, kind, PrintOptions(record=False))
    headings = set(built.document.headings())
    assert headings
    data, result = pdf_of(built)
    with pdf.open(data) as doc:
        lines_per_page = [[ln for ln in (p.extract_text() or "").splitlines() if ln.strip()] for p in doc.pages]
    for n, lines in enumerate(lines_per_page, start=1):
        last = unicodedata.normalize("NFC", lines[-1]).strip()
        stripped = last.removesuffix(" " + CONTINUED)
        assert stripped not in headings, f"{kind} page {n} ends with the heading {last!r}"
    for text in (f for f in result.furniture if f.endswith(CONTINUED)):
        assert text.removesuffix(" " + CONTINUED) in headings


@pytest.mark.parametrize("kind", ["delegate-list", "checkin-list"])
def test_a_group_continued_overleaf_repeats_its_heading(event, kind):
    built = build_document(event, kind, PrintOptions(record=False))
    headings = set(built.document.headings())
    data, result = pdf_of(built)
    continued = [f for f in result.furniture if f.endswith(CONTINUED)]
    assert continued, "the demo's units run over pages"
    pages = page_texts(data)
    starts = 0
    for text in pages[1:]:
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        found = [ln for ln in lines[:12] if ln.endswith(CONTINUED)]
        if found:
            starts += 1
            assert found[0].removesuffix(" " + CONTINUED) in headings
    assert starts == len(continued)


def test_headings_move_rather_than_end_a_page(small):
    """A table whose heading would fall on the last line of a page is split before it."""
    from congress_desk.core.printing.model import Document, table

    rows = [[str(i), f"Người {i}"] for i in range(1, 8)]
    for filler in range(20, 34):   # move the page break across every position of the heading
        doc = Document("t").add(table([("STT", 10), ("Họ và tên", 60)],
                                      [("Nhóm A", [[str(i), "x"] for i in range(filler)]), ("Nhóm B", rows)]))
        data, _ = pdf_of(type("B", (), {"document": doc, "keep": ()})())
        for text in page_texts(data):
            lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
            assert lines[-1] not in ("Nhóm A", "Nhóm B", "Nhóm A (tiếp)", "Nhóm B (tiếp)")


def test_a_page_inside_a_section_repeats_the_section_heading(small):
    """Groups in sections (by authority, then by form): a page that starts inside a
    section says which one with "(tiếp)", and inside a group, that group too; no
    section heading ends a page; Word has the same words and the section row kept
    with the next."""
    from congress_desk.core.printing.model import Document, Section, table

    groups = [Section("A. Phần một"),
              ("I. Nhóm một", [[str(i), f"Người {i}"] for i in range(1, 40)]),
              ("II. Nhóm hai", [[str(i), f"Người {i}"] for i in range(1, 6)]),
              Section("B. Phần hai"),
              ("I. Nhóm ba", [[str(i), f"Người {i}"] for i in range(1, 70)])]
    doc = Document("t").add(table([("STT", 10), ("Họ và tên", 60)], groups, font_size=13))
    assert [g.heading for g in doc.blocks[0].groups if g.section] == ["A. Phần một", "B. Phần hai"]
    built = type("B", (), {"document": doc, "keep": ()})()
    data, result = pdf_of(built)
    pages = [[ln.strip() for ln in t.splitlines() if ln.strip()] for t in page_texts(data)]
    assert len(pages) >= 3
    sections = {"A. Phần một": "A", "B. Phần hai": "B"}
    current = None
    for n, lines in enumerate(pages):
        assert lines[-1].removesuffix(" " + CONTINUED) not in (*sections, "I. Nhóm một", "II. Nhóm hai", "I. Nhóm ba")
        if n:
            body = lines[lines.index("Họ và tên") + 1:]
            if body[0] not in sections:   # the page starts inside the section of the page before
                assert body[0] == f"{current} {CONTINUED}", (n, body[:3])
                assert body[1].startswith(("I. ", "II. ")), (n, body[:3])   # the group going on, or a new one
        for ln in lines:
            if ln.removesuffix(" " + CONTINUED) in sections:
                current = ln.removesuffix(" " + CONTINUED)
    assert f"A. Phần một {CONTINUED}" in result.furniture and f"I. Nhóm một {CONTINUED}" in result.furniture
    assert f"B. Phần hai {CONTINUED}" in result.furniture and f"I. Nhóm ba {CONTINUED}" in result.furniture
    got = Counter(words("\n".join("\n".join(p) for p in pages)))
    assert got - Counter(w for f in result.furniture for w in words(f)) == Counter(model_words(doc))
    assert words(docx_text(io.BytesIO(docx_of(built)))) == model_words(doc)


@pytest.mark.parametrize("kind", ["invitations", "credentials-report", "delegate-list", "ballot"])
def test_header_lines_stay_in_their_columns_clear_of_each_other(small, pdf, kind):
    built = build_document(small, kind, PrintOptions(record=False))
    data, _ = pdf_of(built)
    h = built.document.blocks[0]
    with pdf.open(data) as doc:
        page = doc.pages[0]
        left_mm = 30.0
        width_mm = page.width / hd.PT - 30.0 - 15.0
        lay = hd.layout_header(h.superior, h.issuer, h.number, h.place_date, width_mm, keep=built.keep)
        left_edge = (left_mm + lay.left_mm) * hd.PT
        right_start = (left_mm + width_mm - lay.right_mm) * hd.PT
        title = next(b for b in built.document.blocks if type(b).__name__ == "Title").text.upper()
        end = min(ln["top"] for ln in page.extract_text_lines()
                  if unicodedata.normalize("NFC", ln["text"]).startswith(title[:12]))
        top_lines = [ln for ln in page.extract_text_lines() if ln["top"] < end]
        left_chars = [c for c in page.chars if c["top"] < end and c["x0"] < left_edge]
        right_chars = [c for c in page.chars if c["top"] < end and c["x0"] >= left_edge]
        assert left_chars and right_chars
        assert max(c["x1"] for c in left_chars) <= left_edge + 0.5
        assert min(c["x0"] for c in right_chars) >= right_start - 0.5
        assert max(c["x1"] for c in left_chars) < min(c["x0"] for c in right_chars) - 10, "a clear gap"
        # every printed header line is one of the layout's (names broken only where it chose)
        texts = {unicodedata.normalize("NFC", ln["text"]) for ln in top_lines}
        for line in lay.superior + lay.issuer:
            assert any(line in t for t in texts), line
        # lines in a column do not overlap; the short lines touch no letter
        for chars in (left_chars, right_chars):
            boxes = sorted({(round(c["top"], 2), round(c["bottom"], 2)) for c in chars})
            for (_, bottom), (top, _) in zip(boxes, boxes[1:], strict=False):
                assert top >= bottom - 0.5, "two header lines overlap"
        rules = [ln for ln in page.lines if ln["top"] < end]
        assert len(rules) == 2
        for rule in rules:
            y = rule["top"]
            near = [c for c in page.chars if c["x1"] > rule["x0"] and c["x0"] < rule["x1"] and abs(c["bottom"] - y) < 30]
            assert near
            for c in near:
                assert y >= c["bottom"] + 1.0 or y <= c["top"] - 1.0, f"the line touches “{c['text']}”"
        issuer_rule = min(rules, key=lambda r: r["x0"])
        issuer_width = max(hd.text_width(x, hd.SERIF_BOLD, lay.organ_size) for x in lay.issuer)
        assert issuer_width / 3 - 0.5 <= issuer_rule["x1"] - issuer_rule["x0"] <= issuer_width / 2 + 0.5


def test_names_break_at_phrase_boundaries():
    room = 59 * hd.PT
    keep = ("THÀNH PHỐ HẢI PHÒNG", "HẢI PHÒNG")
    assert hd.break_lines("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", hd.SERIF, 12.5, room, keep) == [
        "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"]
    assert hd.break_lines("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", hd.SERIF_BOLD, 12.5, room, keep) == [
        "HỘI ĐỒNG", "THI ĐUA - KHEN THƯỞNG"]
    three = hd.break_lines("ĐẠI HỘI THI ĐUA YÊU NƯỚC THÀNH PHỐ HẢI PHÒNG LẦN THỨ IX", hd.SERIF, 12.5, room, keep)
    assert three == ["ĐẠI HỘI THI ĐUA YÊU NƯỚC", "THÀNH PHỐ HẢI PHÒNG", "LẦN THỨ IX"]
    # a break the committee wrote in the settings is kept
    assert hd.break_lines("UBND THÀNH PHỐ\nHẢI PHÒNG", hd.SERIF, 12.5, room) == ["UBND THÀNH PHỐ", "HẢI PHÒNG"]
    from congress_desk.core.vietnamese import date_line

    assert date_line("Hải Phòng", "2020-02-03") == "Hải Phòng, ngày 03 tháng 02 năm 2020"
    assert date_line("Hải Phòng", "2020-11-09") == "Hải Phòng, ngày 09 tháng 11 năm 2020"


def test_official_documents_have_number_date_signer_and_recipients_lists_have_no_number(small):
    for kind in KINDS:
        doc = build_document(small, kind, PrintOptions(record=False)).document
        text = "\n".join(model_words(doc))
        header = doc.blocks[0]
        if kind in OFFICIAL:
            assert header.number and header.number.startswith("Số: ") and "/" in header.number, kind
            assert header.place_date and ", ngày " in header.place_date, kind
            sig = next(b for b in doc.blocks if type(b).__name__ == "Signature")
            assert sig.name and len(sig.roles) == 2 and sig.recipients, kind
            assert "Nơi" in text and sig.name.split()[0] in text
        elif kind != "decision-annex":
            assert header.number is None, kind
        if kind in ("delegate-list", "checkin-list", "attendance", "honoree-list"):
            sig = next(b for b in doc.blocks if type(b).__name__ == "Signature")
            assert sig.name and not sig.recipients, kind
        assert "Congress Desk" not in text and "In lúc" not in text, "no software footer"


def test_invitations_address_each_invitee_and_carry_the_date(make_event):
    event = make_event(delegates=120)
    invitees = [d for d in list_delegates(event.db) if d["status"] == "active" and d["category"] in ("guest", "honoree")]
    honoree = next(d for d in invitees if d["category"] == "honoree" and d["gender"])
    guest = next(d for d in invitees if d["category"] == "guest")
    event.db.execute("UPDATE delegates SET party_member = 0 WHERE id IN (?, ?)", [honoree["id"], guest["id"]])
    event.db.conn.commit()
    built = build_document(event, "invitations", PrintOptions(record=False))
    header = built.document.blocks[0]
    assert header.number == "Số: 125/GM-BTC"
    assert header.place_date == "Hải Phòng, ngày 02 tháng 11 năm 2020"
    paras = [b.text for b in built.document.blocks if type(b).__name__ == "Para"]
    # an honoree who is not a Party member is Ông / Bà; a guest (a leader) Đồng chí, by category
    title = {"male": "Ông", "female": "Bà"}[honoree["gender"]]
    assert f"{title}: {honoree['full_name']}" in paras
    assert f"Khi đến dự, đề nghị {title} mang theo Giấy mời này và có mặt trước giờ khai mạc 15 phút " \
           "để ổn định chỗ ngồi." in paras
    assert f"Đồng chí: {guest['full_name']}" in paras
    conf = officials.load(event.db)
    assert officials.address_form(conf, {**honoree, "party_member": 1}) == "Đồng chí"
    assert officials.address_form(conf, {**honoree, "party_member": 0, "gender": None}) == "Ông/Bà"
    sig = built.document.blocks[next(i for i, b in enumerate(built.document.blocks)
                                     if type(b).__name__ == "Signature")]
    assert sig.name == "Trần Quang Minh" and sig.roles == ["TM. Ban Tổ chức", "Trưởng ban"]


def test_lists_total_by_category_and_group_the_unitless_by_category(small):
    from congress_desk.core.db import connect

    db = connect(small.path)
    press = next(d for d in list_delegates(db) if d["category"] == "press")
    db.execute("UPDATE delegates SET unit_id = NULL WHERE id = ?", [press["id"]])
    db.conn.commit()
    db.close()
    doc = build_document(small, "delegate-list", PrintOptions(record=False)).document
    text = " ".join(model_words(doc))
    assert "Chưa có đơn vị" not in text
    assert "Phóng viên báo chí (" in text
    from congress_desk.core.counts import attendance_counts

    counts = attendance_counts(small.db)
    total = counts.total.summoned
    assert f"Tổng số triệu tập: {total} người (đại biểu chính thức {counts.by_category['official'].summoned}," in text
    assert f"khách mời {counts.by_category['guest'].summoned}" in text
    assert f"phóng viên {counts.by_category['press'].summoned}" in text
    assert sum(t.summoned for t in counts.by_category.values()) == total
    labels = [c.label for c in next(b for b in doc.blocks if type(b).__name__ == "Table").columns]
    assert len(labels) == len(set(labels)) and "Đơn vị" not in labels


def test_any_stored_text_fits_attendance_and_delegate_list(make_event, tmp_path):
    event = make_event(delegates=60)
    person = next(d for d in list_delegates(event.db) if d["status"] == "active")
    long_position = ("Phó Giám đốc phụ trách công tác thi đua khen thưởng và " * 40).strip()
    assert len(long_position) > 2000
    event.db.execute("UPDATE delegates SET position = ?, full_name = ? WHERE id = ?",
                     [long_position, "Nguyễn " + "Văn " * 80 + "An", person["id"]])
    event.db.conn.commit()
    for kind in ("attendance", "delegate-list", "checkin-list", "invitations"):
        for ext in ("pdf", "docx"):
            out = tmp_path / f"{kind}.{ext}"
            render_kind(event, kind, out, PrintOptions(record=False, codes=[person["code"]] if kind == "invitations" else []))
            assert out.stat().st_size > 1000
        built = build_document(event, kind, PrintOptions(record=False, codes=[person["code"]]))
        text = " ".join(model_words(built.document))
        assert "…" in text and long_position not in text
    assert clip("a " * 400).endswith("…") and len(clip("a " * 400)) <= 300


def test_word_structure_a_committee_can_edit(small):
    built = build_document(small, "delegate-list", PrintOptions(record=False))
    d = open_docx(io.BytesIO(docx_of(built)))
    s = d.sections[0]
    assert (round(s.page_width.mm), round(s.page_height.mm)) == (210, 297)
    assert [round(x.mm) for x in (s.top_margin, s.bottom_margin, s.left_margin, s.right_margin)] == [20, 20, 30, 15]
    normal = d.styles["Normal"]
    assert normal.font.name == "Times New Roman" and 13 <= normal.font.size.pt <= 14
    # page numbers in the page header from page 2: a different first page and a PAGE field
    assert s.different_first_page_header_footer
    assert "PAGE" in "".join(t.text or "" for t in s.header._element.iter(qn("w:instrText")))
    assert not "".join(p.text for p in s.first_page_header.paragraphs).strip()
    data = d.tables[1]   # [0] is the header block
    first = data.rows[0]._tr
    assert first.trPr.find(qn("w:tblHeader")) is not None, "the header row repeats on every page"
    assert data.rows[0].cells[1].text == "Họ và tên"
    heads = [r for r in data.rows if len({id(c._tc) for c in r.cells}) == 1]
    assert heads, "group headings are merged rows"
    for r in heads:
        assert r.cells[0].paragraphs[0].paragraph_format.keep_with_next, "a heading stays with its first row"
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in data.rows)
    assert data._tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
    widths = [c.width for c in data.rows[0].cells]
    assert abs(sum(w.mm for w in widths) - 165) < 1
    # the header block: the short line under the issuing body is a border ⅓–½ of its width
    cell = d.tables[0].rows[0].cells[0]
    bordered = [p for p in cell.paragraphs if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None]
    assert len(bordered) == 1
    assert Mm(0) < bordered[0].paragraph_format.left_indent


def test_print_command_writes_word_by_extension(demo_path, tmp_path):
    out = tmp_path / "bao-cao.docx"
    done = subprocess.run([sys.executable, "-m", "congress_desk", "print", str(demo_path), "credentials-report",
                           "--out", str(out)], capture_output=True, text=True,
                          env={**__import__("os").environ, "PYTHONPATH": str(ROOT / "src")})
    assert done.returncode == 0, done.stderr
    text = docx_text(out)
    assert "BÁO CÁO" in text and "Thẩm tra tư cách đại biểu" in text and "Số: 01/BC-BTTTC" in text
    assert "Đảng viên" in text and "Trình độ lý luận chính trị" in text and "Thành phần xã hội" in text
    bad = subprocess.run([sys.executable, "-m", "congress_desk", "print", str(demo_path), "badges",
                          "--out", str(tmp_path / "the.docx")], capture_output=True, text=True,
                         env={**__import__("os").environ, "PYTHONPATH": str(ROOT / "src")})
    assert bad.returncode == 2 and "PDF" in bad.stderr
    assert not (tmp_path / "the.docx").exists()


def test_ceremony_script_is_a_script(make_event):
    """Per batch: its time, one form, the decision announced, the MC's call, the
    presenting leader, music and usher cues, the seats; posthumous awards name who
    receives them."""
    from congress_desk.core.vetting.catalogue import load_catalogue
    from congress_desk.core.vetting.ceremony import running_order

    event = make_event(delegates=120)
    doc = build_document(event, "ceremony-script", PrintOptions(record=False)).document
    paras = [b.text for b in doc.blocks if type(b).__name__ == "Para"]
    batches = [b.text for b in doc.blocks if type(b).__name__ == "Para" and b.text.startswith("Đợt ")]
    tables = [b for b in doc.blocks if type(b).__name__ == "Table"]
    assert batches and len(batches) == len(tables)
    cat = load_catalogue(event.db)
    entries = running_order(event.db)
    names = {cat.get(e.form).name for e in entries}
    for heading, t in zip(batches, tables, strict=True):
        assert " giờ " in heading and any(f"): {n} – " in heading for n in names), heading
        assert len(t.groups[0].rows) <= 15
    assert sum(len(t.groups[0].rows) for t in tables) == len(entries)
    assert sum(p.startswith("Người dẫn chương trình: Xin trân trọng công bố Quyết định số ") for p in paras) == len(tables)
    assert sum(p.startswith("Người dẫn chương trình: Trân trọng kính mời đồng chí ") for p in paras) == len(tables)
    assert sum("Nhạc" in p for p in paras) >= 2 * len(tables)
    seats = [row[3] for t in tables for row in t.groups[0].rows if row[3]]
    assert seats, "the seats of those called"
    names_col = [row[1] for t in tables for row in t.groups[0].rows]
    posthumous = [n for n in names_col if "(truy tặng)" in n]
    assert posthumous and all(" nhận thay" in n for n in posthumous)
    flags = [h for h in batches if "Cờ thi đua" in h]
    for h in flags:   # a flag batch holds nothing but that flag
        assert h.count("Cờ thi đua") == 1


def test_a_batch_going_on_overleaf_repeats_its_heading(make_event):
    """Ceremony script: a batch table that runs onto the next page starts that page with
    its batch heading and "(tiếp)", as the lists do (PDF; Word keeps headings with rows)."""
    from congress_desk.core.vetting.ceremony import set_batch_size

    event = make_event()
    set_batch_size(event.db, 40)   # long batches: some must run over a page
    built = build_document(event, "ceremony-script", PrintOptions(record=False))
    batches = [b.text for b in built.document.blocks if type(b).__name__ == "Para" and b.text.startswith("Đợt ")]
    data, result = pdf_of(built)
    continued = [f for f in result.furniture if f.endswith(CONTINUED)]
    assert continued, "a batch of 40 runs over a page"
    assert all(f.removesuffix(" " + CONTINUED) in batches for f in continued)
    starts = 0
    for text in page_texts(data)[1:]:
        lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
        if "TT" in lines[:4]:   # the page starts with a table's header row: a batch going on
            after = lines[lines.index("Ghế") + 1:] if "Ghế" in lines[:8] else lines
            assert after[0].startswith("Đợt ") and any(ln.endswith(CONTINUED) for ln in after[:4]), after[:4]
            starts += 1
    assert starts == len(continued)
    got = Counter(words("\n".join(page_texts(data))))
    assert got - Counter(w for f in result.furniture for w in words(f)) == Counter(model_words(built.document))


@pytest.mark.parametrize("kind", ["checkin-list", "ballot"])
def test_word_draws_the_tick_boxes_the_pdf_draws(small, kind):
    """Every cell of a tick column holds a box in Word as in the PDF — an empty boxed
    paragraph, no text — so the words of both stay the model's."""
    built = build_document(small, kind, PrintOptions(record=False))
    t = next(b for b in built.document.blocks if type(b).__name__ == "Table")
    assert t.tick_columns
    wanted = sum(len(g.rows) for g in t.groups) * len(t.tick_columns)
    d = open_docx(io.BytesIO(docx_of(built)))
    boxes = 0
    for tc in d.element.body.iter(qn("w:tc")):
        for p in tc.iterchildren(qn("w:p")):
            bdr = p.find(qn("w:pPr") + "/" + qn("w:pBdr"))
            if bdr is not None and {e.tag for e in bdr} == {qn(f"w:{x}") for x in ("top", "left", "bottom", "right")}:
                assert not "".join(x.text or "" for x in p.iter(qn("w:t")))
                boxes += 1
    assert boxes == wanted
    assert words(docx_text(io.BytesIO(docx_of(built)))) == model_words(built.document)
