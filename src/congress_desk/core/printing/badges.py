"""Delegate badges (thẻ đại biểu): A4 sheets with cut marks, or single CR80 cards.

Layouts are data (``resources/layouts/badge-*.json``), validated on load. Each badge carries the
congress title, the category colour band, the name (shrunk to fit, two lines when
very long, never cut), position, unit, seat (once seating exists) and the badge
code three ways: QR (error correction M or higher), Code 128 and digits. The codes
carry the badge code only, never personal data.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm

from ..changes import Changes
from ..errors import UserError
from ..event import get_value, set_value
from ..i18n import translate
from ..progress import CancelToken, no_progress
from .layout import Layout, load_layout, load_layouts
from .options import PrintOptions, RenderResult
from .output import atomic_output, new_canvas
from .records import EventDb, record_printed, require, select
from .render import draw_cut_marks, draw_element, draw_frames

KIND = "badges"


DEFAULT_LAYOUT = "a4-2x4"


def layouts() -> dict[str, Layout]:
    """Badge layouts by name (the default first), validated; they are the files of
    ``resources/layouts/`` whose ``kind`` is ``badges``."""
    return load_layouts(KIND, DEFAULT_LAYOUT)


def get_layout(name: str | None) -> Layout:
    return load_layout(KIND, name or DEFAULT_LAYOUT, unknown=translate(
        "core", "Unknown badge layout “{name}”; known layouts: {names}"))


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

