"""Delegate badges (thẻ đại biểu): A4 sheets with cut marks, or single CR80 cards.

Layouts are data (:data:`LAYOUTS`), validated on load. Each badge carries the
congress title, the category colour band, the name (shrunk to fit, two lines when
very long, never cut), position, unit, seat (once seating exists) and the badge
code three ways: QR (error correction M or higher), Code 128 and digits. The codes
carry the badge code only, never personal data.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm

from ..changes import Changes
from ..errors import UserError
from ..event import get_value, set_value
from ..i18n import translate
from ..progress import CancelToken, no_progress
from .layout import PAPER, Layout, layout_from_dict
from .options import PrintOptions, RenderResult
from .output import atomic_output, new_canvas
from .records import EventDb, record_printed, require, select
from .render import draw_cut_marks, draw_element, draw_frames

KIND = "badges"


def _card_elements(w: float, h: float) -> tuple[list[dict], list[dict]]:
    """Front and back elements of a landscape badge ``w`` × ``h`` mm (h ≥ 50)."""
    small = h < 60
    pad = 2.5 if small else 3.0
    inner = w - 2 * pad
    code_h = 14.0 if small else 17.0
    name_h = 9.3 if small else 13.8
    band_y = 9.5 if small else 13.0
    band_h = 5.0 if small else 6.5
    y = band_y + band_h + 1.2   # room for the marks above capitals (Ễ, Ỗ) under the band
    # The name as large as its box allows (read at 2 m); wrapped onto two lines before it
    # gets small.
    name = {"type": "text", "field": "full_name", "x": pad, "y": y, "w": inner, "h": name_h,
            "font": "sans-bold", "size": 28 if small else 36, "min_size": 11 if small else 14, "max_lines": 2}
    y += name_h
    pos_h = 5.5 if small else 7.5
    position = {"type": "text", "field": "position", "x": pad, "y": y, "w": inner, "h": pos_h,
                "font": "sans", "size": 8 if small else 9.5, "min_size": 6.5 if small else 7.5, "max_lines": 2}
    y += pos_h
    # the unit wraps onto two lines rather than shrink below a readable size
    unit_h = 7.0 if small else 8.5
    unit = {"type": "text", "field": "unit", "x": pad, "y": y, "w": inner, "h": unit_h,
            "font": "sans-bold", "size": 8.5 if small else 10.5, "min_size": 8 if small else 9.5, "max_lines": 2}
    bottom = h - pad - code_h
    qr = {"type": "qr", "x": pad - 1, "y": bottom, "w": code_h, "h": code_h}
    bar_x = pad + code_h + 0.5
    bar_w = 33.0
    barcode = {"type": "barcode", "x": bar_x, "y": bottom + 1, "w": bar_w, "h": code_h - 6.5}
    digits = {"type": "text", "field": "code", "x": bar_x, "y": bottom + code_h - 5, "w": bar_w, "h": 4.5,
              "font": "sans", "size": 8, "min_size": 6}
    seat_x = bar_x + bar_w + 1
    seat = {"type": "text", "field": "seat", "x": seat_x, "y": bottom, "w": w - pad - seat_x, "h": code_h,
            "font": "sans-bold", "size": 10, "min_size": 6, "max_lines": 3, "align": "right"}
    front = [
        {"type": "logo", "x": pad, "y": 1.0, "w": band_y - 2, "h": band_y - 2},
        {"type": "text", "field": "congress", "x": pad + 10, "y": 1.0, "w": inner - 20, "h": band_y - 1.5,
         "font": "sans-bold", "size": 9, "min_size": 5, "max_lines": 2, "color": "#B71C1C"},
        {"type": "band", "x": 0, "y": band_y, "w": w, "h": band_h, "font": "sans-bold", "size": 9,
         "min_size": 6},
        name, position, unit, qr, barcode, digits, seat,
    ]
    back = [
        {"type": "text", "field": "congress", "x": pad, "y": 4, "w": inner, "h": 12, "font": "sans-bold",
         "size": 10, "min_size": 6, "max_lines": 3, "color": "#B71C1C"},
        {"type": "text", "field": "term", "x": pad, "y": 16, "w": inner, "h": 5, "font": "sans", "size": 8.5,
         "min_size": 6},
        {"type": "text", "field": "date_venue", "x": pad, "y": 21, "w": inner, "h": 5, "font": "sans",
         "size": 8, "min_size": 5},
        {"type": "band", "x": 0, "y": 28, "w": w, "h": band_h, "font": "sans-bold", "size": 9, "min_size": 6},
        {"type": "text", "field": "full_name", "x": pad, "y": 28 + band_h + 1, "w": inner, "h": 8,
         "font": "sans-bold", "size": 11, "min_size": 6, "max_lines": 2},
        {"type": "text", "field": "seat", "x": pad, "y": 28 + band_h + 9, "w": inner, "h": 5, "font": "sans-bold",
         "size": 9, "min_size": 6},
        {"type": "text", "field": "badge_note", "x": pad, "y": h - 8, "w": inner, "h": 5,
         "font": "sans", "size": 7, "min_size": 5, "color": "#444444"},
    ]
    return front, back


def _layout_data() -> dict[str, dict]:
    a4w, a4h = PAPER["A4"]
    cr_w, cr_h = PAPER["CR80"]
    big_front, big_back = _card_elements(95.0, 68.0)
    cr_front, cr_back = _card_elements(cr_w, cr_h)
    return {
        "a4-2x4": {"name": "a4-2x4", "label": "A4, 2 × 4 thẻ 95 × 68 mm, dấu cắt",
                   "page_w": a4w, "page_h": a4h, "card_w": 95.0, "card_h": 68.0, "cols": 2, "rows": 4,
                   "cut_marks": True, "frame": True, "elements": big_front, "back": big_back},
        "a4-2x5-cr80": {"name": "a4-2x5-cr80", "label": "A4, 2 × 5 thẻ CR80 85,6 × 54 mm, dấu cắt",
                        "page_w": a4w, "page_h": a4h, "card_w": cr_w, "card_h": cr_h, "cols": 2, "rows": 5,
                        "cut_marks": True, "frame": True, "elements": cr_front, "back": cr_back},
        "cr80": {"name": "cr80", "label": "Thẻ CR80 rời (máy in thẻ)",
                 "page_w": cr_w, "page_h": cr_h, "card_w": cr_w, "card_h": cr_h,
                 "elements": cr_front, "back": cr_back},
    }


DEFAULT_LAYOUT = "a4-2x4"


def layouts() -> dict[str, Layout]:
    """Badge layouts by name, validated."""
    return {name: layout_from_dict(data) for name, data in _layout_data().items()}


def get_layout(name: str | None) -> Layout:
    name = name or DEFAULT_LAYOUT
    data = _layout_data()
    if name not in data:
        raise UserError(translate("core", "Unknown badge layout “{name}”; known layouts: {names}").format(
            name=name, names=", ".join(data)), field="layout")
    return layout_from_dict(data[name])


def set_logo(db, path: str | None) -> Changes:
    """Use the image at ``path`` (PNG or JPEG) in the badges' logo area; None removes it."""
    if path:
        from reportlab.lib.utils import ImageReader

        try:
            ImageReader(path).getSize()
        except (OSError, ValueError):
            raise UserError(translate("core", "This file is not an image that can be printed (PNG or JPEG)"),
                            file=str(path)) from None
    with db.atomic():
        set_value(db, "printing.logo", str(path) if path else None)
    return Changes.of("printing")


def _logo(db) -> str | None:
    path = get_value(db, "printing.logo")
    return path if path and Path(path).is_file() else None


def draw_badges(c, layout: Layout, records: list[dict], *, double_sided: bool = False,
                logo: str | None = None, progress=no_progress, cancel: CancelToken | None = None,
                warn=None) -> int:
    """Draw badges for ``records`` on canvas ``c`` (page size = layout's page).
    Returns the number of pages."""
    cancel = cancel or CancelToken()
    warnings: list[str] = []
    warn = warn or warnings.append
    pages = 0
    forms: dict = {}
    per = layout.per_page
    total = len(records)
    for start in range(0, total, per):
        cancel.check()
        chunk = records[start:start + per]
        if layout.cut_marks:
            draw_cut_marks(c, layout, layout.page_h)
        if layout.frame:
            draw_frames(c, [layout.slot(i) for i in range(len(chunk))], layout.card_w, layout.card_h,
                        layout.page_h)
        for i, rec in enumerate(chunk):
            x, y = layout.slot(i)
            for el in layout.elements:
                draw_element(c, el, rec, x, y, layout.page_h, warn, logo=logo, forms=forms)
        c.showPage()
        pages += 1
        if double_sided and layout.back:
            if layout.cut_marks:
                draw_cut_marks(c, layout, layout.page_h)
            for i, rec in enumerate(chunk):
                x, y = layout.slot(i, back=True)
                for el in layout.back:
                    draw_element(c, el, rec, x, y, layout.page_h, warn, logo=logo, forms=forms)
            c.showPage()
            pages += 1
        progress(min(start + per, total), total, translate("core", "Badges"))
    return pages


def render(event, out, options: PrintOptions, *, progress=no_progress,
           cancel: CancelToken | None = None) -> RenderResult:
    """Render badges for the selected delegates (everyone active by default)."""
    layout = get_layout(options.layout)
    with EventDb(event) as db:
        sel = select(db, options, KIND)
        logo = _logo(db)
        warnings = list(sel.warnings)
        require(sel)
        with atomic_output(out) as buf:
            c = new_canvas(buf, (layout.page_w * mm, layout.page_h * mm),
                           title=translate("core", "Delegate badges"))
            pages = draw_badges(c, layout, sel.records, double_sided=options.double_sided, logo=logo,
                                progress=progress, cancel=cancel, warn=warnings.append)
            c.save()
        if options.record:
            record_printed(db, KIND, sel.records, layout.name)
    return RenderResult(pages, warnings, len(sel.records), sel.unknown_codes)


def reprint_badge(event, code: str, out, *, layout: str | None = "cr80",
                  record: bool = True) -> RenderResult:
    """One badge (a lost badge, a late change) for the delegate with ``code``,
    on a single card by default. Raises :class:`UserError` for an unknown code."""
    options = PrintOptions(codes=[code], layout=layout, include_cancelled=False, record=record)
    with EventDb(event) as db:
        if not select(db, options, KIND).records:
            raise UserError(translate("core", "No active delegate has badge code {code}").format(code=code),
                            field="code")
    return render(event, out, options)


def render_sample(layout_name: str | None = None, settings=None) -> bytes:
    """One page of the layout filled with the registry's sample values (preview)."""
    from .fields import sample_record
    from .fonts import register_fonts

    register_fonts()
    layout = get_layout(layout_name)
    rec = sample_record(settings)
    buf = io.BytesIO()
    c = new_canvas(buf, (layout.page_w * mm, layout.page_h * mm), title="preview")
    draw_badges(c, layout, [rec] * layout.per_page)
    c.save()
    return buf.getvalue()
