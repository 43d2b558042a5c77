"""Badges rendered from the demo and read back: names, frames, codes that decode."""

from __future__ import annotations

import io
import math
import unicodedata

import pytest
from reportlab.lib.units import mm

from congress_desk.core.printing import badges
from congress_desk.core.printing.kinds import render_kind
from congress_desk.core.printing.layout import LayoutError, layout_from_dict
from congress_desk.core.printing.options import PrintOptions
from congress_desk.core.registry import list_delegates, update_delegate


def _render(event, **kw) -> tuple[bytes, object]:
    buf = io.BytesIO()
    result = render_kind(event, "badges", buf, PrintOptions(**kw))
    return buf.getvalue(), result


def _active(event):
    return [d for d in list_delegates(event.db) if d["status"] == "active"]


@pytest.mark.parametrize("layout_name", ["a4-2x4", "a4-2x5-cr80"])
def test_sheet_names_frames_and_pages(event, pdf, layout_name):
    data, result = _render(event, layout=layout_name, record=False)
    layout = badges.get_layout(layout_name)
    people = _active(event)
    assert result.items == len(people)
    assert result.warnings == []
    assert pdf.page_count(data) == result.pages == math.ceil(len(people) / layout.per_page)
    from congress_desk.core.printing.records import select

    order = select(event.db, PrintOptions(), "badges").records
    with pdf.open(data) as doc:
        for page_index in (0, 1, len(doc.pages) - 1):
            page = doc.pages[page_index]
            assert page.width == pytest.approx(layout.page_w * mm, abs=0.5)
            for slot in range(layout.per_page):
                i = page_index * layout.per_page + slot
                if i >= len(order):
                    break
                x, y = layout.slot(slot)
                box = (x * mm, y * mm, (x + layout.card_w) * mm, (y + layout.card_h) * mm)
                text = pdf.region_text(page, box)
                rec = order[i]
                assert unicodedata.normalize("NFC", rec["full_name"]) in text
                assert rec["code"] in text
                # every character of this card lies inside the card frame
                for ch in page.within_bbox(box).chars:
                    assert box[0] - 0.5 <= ch["x0"] and ch["x1"] <= box[2] + 0.5
                    assert box[1] - 0.5 <= ch["top"] and ch["bottom"] <= box[3] + 0.5
            # and nothing is printed outside the cards but cut marks (no chars there)
            inner = (layout.margin_x * mm - 0.5, layout.margin_y * mm - 0.5,
                     (layout.page_w - layout.margin_x) * mm + 0.5, (layout.page_h - layout.margin_y) * mm + 0.5)
            for ch in page.chars:
                assert inner[0] <= ch["x0"] and ch["x1"] <= inner[2] and inner[1] <= ch["top"] <= inner[3]
    # every active name of the registry is on the sheets, NFC-equal
    all_text = " ".join(" ".join(t.split()) for t in pdf.texts(data))
    missing = [p["full_name"] for p in people if p["full_name"] not in all_text and len(p["full_name"]) < 28]
    assert missing == []


def test_qr_and_code128_decode_at_150_dpi(event, pdf):
    data, result = _render(event, layout="a4-2x4", record=False)
    from congress_desk.core.printing.records import select

    order = select(event.db, PrintOptions(), "badges").records
    per = badges.get_layout("a4-2x4").per_page
    pages = [0, 1, result.pages - 1]
    for page_index, image in zip(pages, pdf.rasters(data, 150, pages), strict=True):
        expected = {r["code"] for r in order[page_index * per:(page_index + 1) * per]}
        found = pdf.decode(image)
        qr = {text for fmt, text in found if "QR" in fmt}
        bars = {text for fmt, text in found if "128" in fmt}
        assert qr == expected, (page_index, sorted(qr), sorted(expected))
        assert bars == expected, (page_index, sorted(bars), sorted(expected))


def test_single_card_reprint_and_double_sided(event, pdf, tmp_path):
    person = _active(event)[10]
    out = tmp_path / "lost.pdf"
    result = badges.reprint_badge(event, person["code"], out)
    data = out.read_bytes()
    assert result.pages == 1 and result.items == 1
    with pdf.open(data) as doc:
        page = doc.pages[0]
        assert (page.width, page.height) == pytest.approx((85.6 * mm, 53.98 * mm), abs=0.5)
        assert person["full_name"] in " ".join(page.extract_text().split())
    found = pdf.decode(pdf.rasters(data, 300)[0])
    assert ("QRCode", person["code"]) in found or any(t == person["code"] and "QR" in f for f, t in found)
    with pytest.raises(Exception, match="10000000"):
        badges.reprint_badge(event, "10000000", tmp_path / "none.pdf")
    data, result = _render(event, layout="a4-2x4", double_sided=True, codes=[person["code"]], record=False)
    assert result.pages == 2
    assert person["full_name"] in pdf.texts(data)[1]


def test_long_names_shrink_then_wrap_never_cut(event, pdf):
    person = _active(event)[0]
    long_name = "Tôn Nữ Hoàng Thị Phương Khánh Ngọc Bảo Trâm Nguyễn"
    update_delegate(event.db, person["id"], {"full_name": long_name})
    data, result = _render(event, layout="cr80", codes=[person["code"]], record=False)
    text = " ".join(pdf.texts(data)[0].split())
    assert long_name in text
    with pdf.open(data) as doc:
        name_chars = [c for c in doc.pages[0].chars if c["size"] > 7]
        tops = {round(c["top"]) for c in name_chars if c["text"] in "ÂĂ" or c["text"].isalpha()}
        assert all(c["x0"] >= 0 and c["x1"] <= doc.pages[0].width for c in doc.pages[0].chars)
    assert len(tops) >= 2  # wrapped onto two lines
    absurd = "Nguyễn " * 30 + "Văn A"
    update_delegate(event.db, person["id"], {"full_name": absurd})
    data, result = _render(event, layout="cr80", codes=[person["code"]], record=False)
    assert result.warnings, "an overflowing name must be reported"
    assert " ".join(absurd.split()) in " ".join(pdf.texts(data)[0].split())


def test_not_yet_printed_follows_late_changes(event):
    data, first = _render(event, layout="a4-2x5-cr80")
    assert first.items == len(_active(event))
    with pytest.raises(Exception, match="Không có ai|Nobody"):
        _render(event, not_yet_printed=True)
    people = _active(event)
    update_delegate(event.db, people[3]["id"], {"position": "Trưởng phòng Nội vụ"})
    data, again = _render(event, not_yet_printed=True)
    assert again.items == 1
    with pytest.raises(Exception, match="Không có ai|Nobody"):
        _render(event, not_yet_printed=True)


def test_unit_filter_and_unknown_codes(event):
    people = _active(event)
    unit = next(p["unit"] for p in people if p["unit"])
    _, result = _render(event, unit=unit.upper(), record=False)
    assert result.items == sum(1 for p in people if p["unit"] == unit)
    _, result = _render(event, codes=[people[0]["code"], "99999999"], record=False)
    assert result.items == 1 and result.unknown_codes == ["99999999"]


def test_layouts_are_validated():
    data = badges._layout_data()["cr80"]
    bad = {**data, "elements": [*data["elements"], {"type": "text", "field": "full_name", "x": 80, "y": 50,
                                                   "w": 20, "h": 10}]}
    with pytest.raises(LayoutError) as info:
        layout_from_dict(bad)
    assert len(info.value.problems) == 1
    with pytest.raises(LayoutError):
        layout_from_dict({**data, "elements": [{"type": "text", "field": "nickname", "x": 1, "y": 1, "w": 5, "h": 5}]})
    with pytest.raises(LayoutError):
        layout_from_dict({**data, "cols": 3})
    assert set(badges.layouts()) == {"a4-2x4", "a4-2x5-cr80", "cr80"}


def _lines_by_size(page, lo, hi=1000):
    """Text lines (NFC, NBSP as space) of chars whose size is in [lo, hi), top to bottom."""
    rows: dict[int, list] = {}
    for c in page.chars:
        if lo <= c["size"] < hi:
            rows.setdefault(round(c["top"]), []).append(c)
    return [unicodedata.normalize("NFC", "".join(c["text"] for c in sorted(r, key=lambda c: c["x0"])))
            .replace("\u00a0", " ") for _top, r in sorted(rows.items())]


@pytest.mark.parametrize("layout_name", ["a4-2x4", "a4-2x5-cr80"])
def test_title_breaks_between_phrases_and_the_name_is_large(event, pdf, layout_name):
    """Issue 17: "…THÀNH / PHỐ…" and an 18 pt (15 pt on CR80) name with room to spare."""
    person = next(d for d in _active(event) if len(d["full_name"]) <= 14)
    data, _result = _render(event, layout=layout_name, codes=[person["code"]], record=False)
    with pdf.open(data) as doc:
        page = doc.pages[0]
        red = [c for c in page.chars if c.get("non_stroking_color") and c["top"] < 14 * mm * 1.2]
        title_size = max(c["size"] for c in red)
        title = _lines_by_size(page, title_size - 0.01, title_size + 0.01)[:2]
        assert title == ["ĐẠI HỘI THI ĐUA YÊU NƯỚC", "THÀNH PHỐ HẢI PHÒNG LẦN THỨ IX"]
        name = [c for c in page.chars if c["text"].strip() and c["size"] > 12]
        size = max(c["size"] for c in name)
        assert size >= (22 if layout_name.endswith("cr80") else 28)
        assert "".join(c["text"] for c in name if c["size"] == size) == person["full_name"].replace(" ", "")


def test_a_long_unit_wraps_before_it_shrinks(event, pdf):
    from congress_desk.core import registry

    person = _active(event)[0]
    unit = registry.add_unit(event.db, "Sở Lao động - Thương binh và Xã hội thành phố Hải Phòng", "department")
    update_delegate(event.db, person["id"], {"unit_id": unit})
    data, result = _render(event, layout="a4-2x5-cr80", codes=[person["code"]], record=False)
    assert not result.warnings
    with pdf.open(data) as doc:
        words = doc.pages[0].extract_words(extra_attrs=["size"])
        first, last = (next(w for w in words if unicodedata.normalize("NFC", w["text"]) == t)
                       for t in ("Sở", "Phòng"))
        assert first["size"] >= 8 and last["size"] == first["size"]   # never the old 7 pt (or less)
        assert last["top"] > first["top"] + first["size"] * 0.8       # two lines instead
