"""Seat cards and tent cards read back (issue 17): one name size per run, the frame inside
what a printer prints, the tent-card name high on each face."""

from __future__ import annotations

import io
import unicodedata

from reportlab.lib.units import mm

from congress_desk.core.printing.kinds import render_kind
from congress_desk.core.printing.options import PrintOptions
from congress_desk.core.printing.records import select
from congress_desk.core.registry import list_delegates, update_delegate

PRINTABLE_MARGIN = 5 * mm   # office laser printers leave ~4–5 mm unprinted at each edge


def _render(event, kind, **kw) -> bytes:
    buf = io.BytesIO()
    render_kind(event, kind, buf, PrintOptions(record=False, **kw))
    return buf.getvalue()


def test_seat_cards_one_name_size_per_run_and_the_frame_inside_the_printable_area(event, pdf):
    seated = [r for r in select(event.db, PrintOptions(), "seat-cards").records if r["seat"]][:8]
    update_delegate(event.db, seated[0]["id"], {"full_name": "Tôn Nữ Hoàng Thị Phương Khánh Ngọc"})
    data = _render(event, "seat-cards", codes=[r["code"] for r in seated])
    names = {d["full_name"] for d in list_delegates(event.db) if d["code"] in {r["code"] for r in seated}}
    sizes = set()
    with pdf.open(data) as doc:
        for page in doc.pages:
            text = unicodedata.normalize("NFC", page.extract_text())
            printed = [f" {n} " for n in names if n in " ".join(text.split())]
            assert printed
            # the lines of a name (it may wrap), not name words met in the position or unit
            # ("Công" of "Lê Công Hiếu" is also in the position "Công nhân")
            lines: dict[float, list] = {}
            for w in page.extract_words(extra_attrs=["size"]):
                lines.setdefault(round(w["top"]), []).append(w)
            for words in lines.values():
                line = " ".join(unicodedata.normalize("NFC", w["text"]) for w in words)
                if any(f" {line} " in n for n in printed):
                    sizes |= {round(w["size"], 2) for w in words}
            for r in page.rects:
                assert r["x0"] >= PRINTABLE_MARGIN and r["x1"] <= page.width - PRINTABLE_MARGIN
                assert r["top"] >= PRINTABLE_MARGIN and r["bottom"] <= page.height - PRINTABLE_MARGIN
            assert page.rects
    assert len(sizes) == 1, sizes
    assert sizes.pop() >= 30          # still readable from 2 m


def test_tent_card_names_sit_high_on_each_face(event, pdf):
    presidium = [d for d in list_delegates(event.db) if d["presidium"] and d["status"] == "active"]
    data = _render(event, "tent-cards", codes=[presidium[0]["code"]])
    with pdf.open(data) as doc:
        page = doc.pages[0]
        fold = page.height / 2
        names = [c for c in page.chars if c["size"] >= 36]
        lower = [c for c in names if c["top"] > fold]
        upper = [c for c in names if c["bottom"] < fold]
        assert lower and upper
        # the fold is the top of each standing face: the name starts within 12 mm of it
        assert min(c["top"] for c in lower) - fold < 12 * mm
        assert fold - max(c["bottom"] for c in upper) < 12 * mm
