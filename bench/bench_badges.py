"""Badge rendering speed: 550 badges with QR codes (issue 7).

    python bench/bench_badges.py [--delegates 550] [--runs 3]

* ours: ``badges.draw_badges`` on the A4 2×4 layout — QR drawn as merged vector
  rectangles straight into the canvas, Code 128, digits, fitted name, band, cut marks.
* bare: a plain ReportLab script drawing the same 550 names and codes (same font,
  same grid), no QR, no barcode, no fitting. Target: ours ≤ 8× bare.
* QrCodeWidget: our same badges with the QR drawn the usual ReportLab way
  (``reportlab.graphics.barcode.qr.QrCodeWidget`` in a ``Drawing`` rendered with
  ``renderPDF.draw``). Target: ours ≥ 5× faster than that.

Each figure is the best of ``--runs`` runs, rendering into memory (no disk).
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path


def best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delegates", type=int, default=550)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)

    from reportlab.graphics import renderPDF
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.shapes import Drawing
    from reportlab.lib.units import mm

    from congress_desk.core.demo import build_demo
    from congress_desk.core.printing import badges, fonts, render
    from congress_desk.core.printing.fonts import SANS, SANS_BOLD, register_fonts
    from congress_desk.core.printing.options import PrintOptions
    from congress_desk.core.printing.output import new_canvas
    from congress_desk.core.printing.records import select

    register_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        event = build_demo(Path(tmp) / "bench.congress", delegates=args.delegates)
        records = select(event.db, PrintOptions(include_cancelled=True), "badges").records
        event.close()
    layout = badges.get_layout("a4-2x4")
    size = (layout.page_w * mm, layout.page_h * mm)

    def ours():
        render.fit_text.cache_clear()  # no help from an earlier run
        fonts._width_per_1000.cache_clear()
        buf = io.BytesIO()
        c = new_canvas(buf, size, title="bench")
        badges.draw_badges(c, layout, records)
        c.save()
        return buf.getvalue()

    def bare():
        buf = io.BytesIO()
        c = new_canvas(buf, size, title="bench")
        for i, r in enumerate(records):
            x, y = layout.slot(i)
            top = layout.page_h - y
            c.setFont(SANS_BOLD, 16)
            c.drawCentredString((x + layout.card_w / 2) * mm, (top - 28) * mm, r["full_name"])
            c.setFont(SANS, 8)
            c.drawCentredString((x + layout.card_w / 2) * mm, (top - 60) * mm, r["code"])
            if i % layout.per_page == layout.per_page - 1:
                c.showPage()
        c.showPage()
        c.save()
        return buf.getvalue()

    def widget_qr(c, data, x, y, size_pt, *, error="m"):
        widget = QrCodeWidget(data, barLevel=error.upper())
        x0, y0, x1, y1 = widget.getBounds()
        d = Drawing(size_pt, size_pt, transform=[size_pt / (x1 - x0), 0, 0, size_pt / (y1 - y0), 0, 0])
        d.add(widget)
        renderPDF.draw(d, c, x, y)

    def with_widget():
        original = render.draw_qr
        render.draw_qr = widget_qr
        try:
            return ours()
        finally:
            render.draw_qr = original

    ours()  # warm up (font subsetting caches, imports)
    t_ours = best(ours, args.runs)
    t_bare = best(bare, args.runs)
    t_widget = best(with_widget, max(1, args.runs - 1))
    n = len(records)
    print(f"badges: {n} on {-(-n // layout.per_page)} A4 sheets (layout {layout.name})")
    print(f"ours (vector QR + Code 128 + fitted text): {t_ours:.3f} s  ({t_ours / n * 1000:.2f} ms/badge)")
    print(f"bare ReportLab, names and codes, no QR:    {t_bare:.3f} s")
    print(f"ReportLab QrCodeWidget on the same badges: {t_widget:.3f} s")
    ratio = t_ours / t_bare
    speedup = t_widget / t_ours
    print(f"ratio ours / bare = {ratio:.2f}x (target <= 8x) {'OK' if ratio <= 8 else 'MISSED'}")
    print(f"ratio QrCodeWidget / ours = {speedup:.2f}x (target >= 5x) {'OK' if speedup >= 5 else 'MISSED'}")
    return 0 if ratio <= 8 and speedup >= 5 else 1


if __name__ == "__main__":
    sys.exit(main())
