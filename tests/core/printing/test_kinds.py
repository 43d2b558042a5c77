"""Every kind of this area rendered from the demo and read back."""

from __future__ import annotations

import io
import unicodedata

import pytest
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm

from congress_desk.core.errors import Cancelled
from congress_desk.core.printing import certificates
from congress_desk.core.printing.kinds import render_kind
from congress_desk.core.printing.options import PrintOptions
from congress_desk.core.printing.records import select
from congress_desk.core.progress import CancelToken
from congress_desk.core.registry import list_delegates
from congress_desk.core.vetting import certificates as awards

MINE = ["badges", "seat-cards", "tent-cards", "invitations", "seat-chart", "delegate-list",
        "checkin-list", "certificates", "calibration"]


def render(event, kind, **kw):
    buf = io.BytesIO()
    result = render_kind(event, kind, buf, PrintOptions(**kw))
    return buf.getvalue(), result


def flat(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


@pytest.mark.parametrize("kind", MINE)
def test_each_kind_renders_inside_its_pages(event, pdf, kind):
    data, result = render(event, kind, record=False)
    assert result.pages == pdf.page_count(data) > 0
    with pdf.open(data) as doc:
        for page in doc.pages[:3]:
            assert page.chars, f"{kind}: empty page"
            for ch in page.chars:
                assert ch["x0"] >= -0.5 and ch["x1"] <= page.width + 0.5, (kind, ch["text"])
                assert ch["top"] >= -0.5 and ch["bottom"] <= page.height + 0.5, (kind, ch["text"])


def test_delegate_list_by_unit_without_personal_numbers(event, pdf):
    data, result = render(event, "delegate-list")
    people = [d for d in list_delegates(event.db) if d["status"] == "active"]
    text = flat(" ".join(pdf.texts(data)))
    assert result.items == len(people)
    missing = [p["full_name"] for p in people if p["full_name"] not in text]
    assert missing == []
    ids = [p["national_id"] for p in people if p["national_id"]]
    phones = [p["phone"] for p in people if p["phone"]]
    assert not any(i in text for i in ids) and not any(p in text for p in phones)
    pages = pdf.texts(data)
    assert all("Họ và tên" in t for t in pages), "the header row repeats on every page"
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[0]
    assert pages[1].split("\n")[0].strip() == "2"  # page numbers from page 2, at the top
    # units in the committee's order, names in Vietnamese order inside each unit
    order = select(event.db, PrintOptions(), "delegate-list").records
    first_unit = order[0]["unit"]
    positions = [text.index(r["full_name"]) for r in order if r["unit"] == first_unit]
    assert positions == sorted(positions)
    data, _ = render(event, "delegate-list", personal_numbers=True, unit=first_unit)
    text = flat(" ".join(pdf.texts(data)))
    assert any(r["national_id"] in text for r in order if r["unit"] == first_unit and r["national_id"])


def test_checkin_list_has_codes_ticks_and_signatures(event, pdf):
    unit = next(d["unit"] for d in list_delegates(event.db) if d["unit"])
    data, result = render(event, "checkin-list", unit=unit)
    text = flat(" ".join(pdf.texts(data)))
    people = [d for d in list_delegates(event.db) if d["unit"] == unit and d["status"] == "active"]
    assert result.items == len(people)
    for p in people:
        assert p["full_name"] in text and p["code"] in text
    assert "Ký tên" in text and "Có mặt" in text
    with pdf.open(data) as doc:
        page = doc.pages[0]
        assert page.width > page.height  # landscape
        boxes = [r for r in page.rects if abs(r["width"] - 4.5 * mm) < 0.5 and abs(r["height"] - 4.5 * mm) < 0.5]
        assert len(boxes) >= min(len(people), 10)


def test_invitations_one_page_each_for_guests_and_honorees(event, pdf):
    data, result = render(event, "invitations")
    invitees = [d for d in list_delegates(event.db)
                if d["status"] == "active" and d["category"] in ("guest", "honoree")]
    assert result.items == len(invitees) == result.pages
    pages = pdf.texts(data)
    by_name = {}
    for p in invitees:
        by_name.setdefault(p["full_name"], []).append(p)
    for text in pages[:20]:
        t = flat(text)
        assert "GIẤY MỜI" in t and "Độc lập - Tự do - Hạnh phúc" in t and "Thời gian:" in t
        assert "Địa điểm:" in t
    seated = [p for p in select(event.db, PrintOptions(), "invitations", default_categories=("guest", "honoree")).records
              if p["seat"]]
    assert seated, "the demo seats its guests"
    assert any("Chỗ ngồi:" in flat(t) for t in pages)


def test_seat_cards_follow_seats(event, pdf):
    data, result = render(event, "seat-cards", record=False)
    recs = [r for r in select(event.db, PrintOptions(), "seat-cards").records if r["seat"]]
    assert result.items == len(recs)
    first_page = flat(pdf.texts(data)[0])
    from congress_desk.core.printing.seat_order import seat_sort_key

    first = sorted(recs, key=lambda r: seat_sort_key(r["seat"]))[:2]
    for r in first:
        assert r["full_name"] in first_page and r["seat"] in first_page
    with pdf.open(data) as doc:
        sizes = [c["size"] for c in doc.pages[0].chars]
        assert max(sizes) >= 36  # names readable from 2 m


def test_tent_cards_both_faces(event, pdf):
    data, result = render(event, "tent-cards", record=False)
    presidium = [d for d in list_delegates(event.db) if d["presidium"] and d["status"] == "active"]
    assert result.items == result.pages == len(presidium)
    with pdf.open(data) as doc:
        page = doc.pages[0]
        half = page.height / 2
        lower = [c for c in page.chars if c["top"] > half]
        upper = [c for c in page.chars if c["bottom"] < half]
        assert len(lower) == len(upper) > 5
        assert all(c["upright"] for c in lower)
        # the upper face is turned 180°: its glyph matrices have negative a and d
        assert all(c["matrix"][0] < 0 and c["matrix"][3] < 0 for c in upper)
        lower_text = flat(page.within_bbox((0, half, page.width, page.height)).extract_text())
    names = {p["full_name"] for p in presidium}
    assert any(n in lower_text for n in names)


def test_seat_chart_pages_and_names(event, pdf):
    data, result = render(event, "seat-chart")
    with pdf.open(data) as doc:
        assert (doc.pages[0].width, doc.pages[0].height) == pytest.approx(landscape(A3), abs=1)
    text = flat(pdf.texts(data)[0])
    assert "SÂN KHẤU" in text and "ĐOÀN CHỦ TỊCH" in text
    presidium = [d["full_name"] for d in list_delegates(event.db) if d["presidium"]]
    assert all(n in text for n in presidium)
    data, result = render(event, "seat-chart", paper="A4")
    assert result.pages == 2
    with pdf.open(data) as doc:
        assert (doc.pages[0].width, doc.pages[0].height) == pytest.approx(A4, abs=1)
    data, result = render(event, "seat-chart", per_section=True)
    from congress_desk.core.seating.hall import load_event_hall

    hall = load_event_hall(event.db)
    assert result.pages == len({s.section for s in hall.seats})


def _cert_chars_inside(doc, frame, dx=0.0, dy=0.0):
    areas = [(a["x"] + dx, a["y"] + dy, a["x"] + dx + a["w"], a["y"] + dy + a["h"]) for a in frame["areas"].values()]
    for page in doc.pages:
        assert page.chars
        for ch in page.chars:
            x0, top, x1, bottom = (ch["x0"] / mm, ch["top"] / mm, ch["x1"] / mm, ch["bottom"] / mm)
            assert any(a[0] - 0.3 <= x0 and x1 <= a[2] + 0.3 and a[1] - 0.3 <= top and bottom <= a[3] + 0.3
                       for a in areas), (ch["text"], x0, top)


def test_certificates_stay_in_their_areas_longest_texts(event, pdf):
    records = awards.certificate_records(event.db, PrintOptions(blank="bang-khen"))
    assert records
    longest = sorted(records, key=lambda r: -(len(r["cert_achievement"]) + len(r["cert_name"]) + len(r["cert_detail"])))[:5]
    codes = [r["code"] for r in longest if r["code"]]
    frame = certificates.load_frame(event.db)
    data, result = render(event, "certificates", codes=codes, blank="bang-khen")
    assert result.warnings == []
    with pdf.open(data) as doc:
        assert (doc.pages[0].width / mm, doc.pages[0].height / mm) == pytest.approx(
            (frame["paper_w"], frame["paper_h"]), abs=0.5)
        _cert_chars_inside(doc, frame)
    texts = [flat(t) for t in pdf.texts(data)]
    for r in [x for x in records if x["code"] in codes]:
        assert any(flat(r["cert_achievement"]) in t and r["cert_name"] in t for t in texts)
    # a printer's offsets move everything by the same amount
    certificates.set_calibration(event.db, "HP LaserJet phòng 2", 2.5, -1.5)
    data, _ = render(event, "certificates", codes=codes, printer="HP LaserJet phòng 2", blank="bang-khen")
    with pdf.open(data) as doc:
        _cert_chars_inside(doc, frame, 2.5, -1.5)


def test_certificate_overflow_is_reported_not_cut(event, pdf):
    frame = certificates.load_frame(event.db)
    tiny = {**frame, "areas": {**frame["areas"], "achievement": {**frame["areas"]["achievement"], "h": 8, "w": 60}}}
    certificates.save_frame(event.db, tiny)
    data, result = render(event, "certificates", blank="bang-khen")
    assert result.warnings and all("pt" in w for w in result.warnings)
    record = awards.certificate_records(event.db, PrintOptions(blank="bang-khen"))[0]
    assert flat(record["cert_achievement"]) in flat(pdf.texts(data)[0])


def test_calibration_page_matches_the_frame(event, pdf):
    certificates.set_calibration(event.db, "Canon", 1.0, 2.0)
    data, result = render(event, "calibration", printer="Canon")
    frame = certificates.load_frame(event.db)
    with pdf.open(data) as doc:
        page = doc.pages[0]
        assert (page.width / mm, page.height / mm) == pytest.approx((frame["paper_w"], frame["paper_h"]), abs=0.5)
        text = flat(page.extract_text())
    assert "Canon" in text and "+1.0" in text and "+2.0" in text
    # the areas are named in Vietnamese, and the instructions stay clear of the rulers
    assert "Họ và tên / Tên tập thể" in text and "Số sổ vàng" in text and "Thành tích" in text
    assert not any(w in text.split() for w in ("name", "detail", "achievement", "decision", "register"))
    with pdf.open(data) as doc:
        page = doc.pages[0]
        guide = [w for w in page.extract_words() if w["text"] in ("Đặt", "Bằng")]
        assert guide and all(w["bottom"] < page.height - 10 * mm and w["x0"] > 10 * mm for w in guide)
    for label in ("10", "100", "200", "400"):
        assert label in text.split()


def test_cancel_leaves_no_file(event, tmp_path):
    token = CancelToken()
    token.cancel()
    out = tmp_path / "never.pdf"
    for kind in ("badges", "delegate-list", "certificates"):
        with pytest.raises(Cancelled):
            render_kind(event, kind, out, PrintOptions(record=False), cancel=token)
        assert not out.exists() and not (tmp_path / "never.pdf.part").exists()


def test_tent_cards_without_presidium_say_why(event):
    from congress_desk.core.errors import UserError

    event.db.execute("UPDATE delegates SET presidium = 0")
    event.db.conn.commit()
    with pytest.raises(UserError, match="Đoàn Chủ tịch"):
        render(event, "tent-cards", record=False)
    # a selection by codes prints whoever is chosen
    code = event.db.execute("SELECT code FROM delegates WHERE status = 'active'").fetchone()[0]
    _, result = render(event, "tent-cards", codes=[code], record=False)
    assert result.items == 1 and result.pages == 1
