"""The seat chart read back (issue 17): nothing printed over a seat number, a small palette,
a legible legend, names in the presidium boxes, pages laid out on their own."""

from __future__ import annotations

import io
import unicodedata
from collections import Counter

import pytest
from reportlab.lib.units import mm

from congress_desk.core.printing.kinds import render_kind
from congress_desk.core.printing.options import PrintOptions
from congress_desk.core.registry import list_delegates
from congress_desk.core.seating.hall import load_event_hall


def _render(event, **kw) -> bytes:
    buf = io.BytesIO()
    render_kind(event, "seat-chart", buf, PrintOptions(record=False, **kw))
    return buf.getvalue()


def _cells(page):
    """The seat rectangles: the most common rectangle size on the page."""
    sizes = Counter((round(r["width"], 1), round(r["height"], 1)) for r in page.rects)
    (w, h), _n = sizes.most_common(1)[0]
    return [r for r in page.rects if (round(r["width"], 1), round(r["height"], 1)) == (w, h)]


def _inside(ch, r) -> bool:
    cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
    return r["x0"] <= cx <= r["x1"] and r["top"] <= cy <= r["bottom"]


def _overlaps(chars) -> list[tuple[str, str]]:
    """Pairs of characters from different words whose boxes overlap by more than a third."""
    out = []
    grid: dict[tuple[int, int], list] = {}
    for i, ch in enumerate(chars):
        for gx in range(int(ch["x0"] // 20), int(ch["x1"] // 20) + 1):
            for gy in range(int(ch["top"] // 20), int(ch["bottom"] // 20) + 1):
                grid.setdefault((gx, gy), []).append(i)
    seen = set()
    for ids in grid.values():
        for a in ids:
            for b in ids:
                if a >= b or (a, b) in seen:
                    continue
                seen.add((a, b))
                p, q = chars[a], chars[b]
                w = min(p["x1"], q["x1"]) - max(p["x0"], q["x0"])
                h = min(p["bottom"], q["bottom"]) - max(p["top"], q["top"])
                small = min((p["x1"] - p["x0"]) * (p["bottom"] - p["top"]), (q["x1"] - q["x0"]) * (q["bottom"] - q["top"]))
                if w > 0 and h > 0 and w * h > small / 3:
                    out.append((p["text"], q["text"]))
    return out


def test_nothing_is_printed_over_a_seat_number_and_the_palette_is_small(event, pdf):
    data = _render(event)
    hall = load_event_hall(event.db)
    floor = [s for s in hall.seats if s.kind not in ("presidium", "secretariat")]
    with pdf.open(data) as doc:
        page = doc.pages[0]
        cells = _cells(page)
        assert len(cells) == len(floor)
        texts = []
        for r in cells:
            text = "".join(ch["text"] for ch in page.chars if _inside(ch, r))
            assert text.isdigit(), text           # the seat number, and nothing else
            texts.append(text)
        assert Counter(texts) == Counter(s.number for s in floor)
        assert len({tuple(r["non_stroking_color"] or ()) for r in cells}) <= 8
        assert not _overlaps(page.chars)
        assert min(ch["size"] for ch in page.chars) >= 6
        legend = [ch for ch in page.chars if ch["x0"] > page.width * 0.7 and ch["top"] > page.height * 0.25]
        assert legend and min(ch["size"] for ch in legend) >= 7.49


def test_presidium_names_are_in_their_boxes(event, pdf):
    data = _render(event)
    hall = load_event_hall(event.db)
    names = {d["id"]: d["full_name"] for d in list_delegates(event.db)}
    stage = [s for s in hall.seats if s.kind == "presidium" and s.delegate_id]
    with pdf.open(data) as doc:
        page = doc.pages[0]
        contents = {unicodedata.normalize("NFC", "".join(ch["text"] for ch in page.chars
                                                         if _inside(ch, r) and ch["text"].strip()))
                    for r in page.rects}
    for s in stage:
        assert f"Ghế{s.number}{names[s.delegate_id].replace(' ', '')}" in contents


@pytest.mark.parametrize("paper", ["A3", "A4"])
def test_each_section_page_is_laid_out_on_its_own(event, pdf, paper):
    data = _render(event, per_section=True, paper=paper)
    with pdf.open(data) as doc:
        for page in doc.pages:
            assert page.chars
            assert not _overlaps(page.chars), page.page_number
            if paper == "A4":
                continue    # two tiles of the A3 page: text may cross the cut
            # nothing but the title and subtitle in the top 24 mm; no box reaches into it
            top = [ch for ch in page.chars if ch["top"] < 24 * mm]
            assert "".join(ch["text"] for ch in top).startswith("SƠ ĐỒ CHỖ NGỒI")
            assert all(r["top"] >= 24 * mm for r in page.rects)
            # the legend is outside the stage band
            band = max(page.rects, key=lambda r: r["width"] * r["height"])
            legend = [ch for ch in page.chars if ch["text"] in "CHÚ THÍCH"
                      and ch["x0"] > page.width - 115 * mm and ch["size"] >= 9.5]
            assert legend and not any(_inside(ch, band) for ch in legend) or band["width"] < page.width / 2
            for ch in page.chars:
                assert ch["x0"] >= -0.5 and ch["x1"] <= page.width + 0.5
                assert ch["top"] >= -0.5 and ch["bottom"] <= page.height + 0.5


def test_two_a4_sheets_share_a_strip_so_nothing_at_the_join_is_lost(event, pdf):
    """Cut exactly in half, what lay at the middle of the chart fell in both printers'
    unprintable margins. The sheets now share a strip, with the chart's middle dashed on each
    well inside the paper, and say how to glue them."""
    data = _render(event, paper="A4")
    with pdf.open(data) as doc:
        left, right = doc.pages[:2]
        for page in (left, right):
            assert abs(page.width - 210 * mm) < 1 and abs(page.height - 297 * mm) < 1
            assert "đường chấm" in page.extract_text()
        def middle(page):
            dashed = [ln for ln in page.lines if abs(ln["x0"] - ln["x1"]) < 0.1 and ln["height"] > page.height * 0.9]
            assert len(dashed) == 1
            return dashed[0]["x0"]
        assert 5 * mm <= left.width - middle(left) <= 12 * mm      # inside the printable area
        assert 5 * mm <= middle(right) <= 12 * mm
