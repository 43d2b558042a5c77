"""Rendering for the screen: a kind to PDF bytes plus page rasters (no Qt here).

The Printing tab shows these rasters as its preview and uses :func:`rasterise`
to print through the system printer dialog at the printer's resolution.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ..progress import CancelToken, no_progress
from .kinds import render_kind
from .options import PrintOptions, RenderResult


@dataclass
class PageImage:
    width: int
    height: int
    rgb: bytes          # packed RGB888, ``width * 3`` bytes per line
    width_mm: float
    height_mm: float


@dataclass
class Preview:
    pdf: bytes
    result: RenderResult
    images: list[PageImage] = field(default_factory=list)


def rasterise(pdf: bytes, dpi: float, pages: range | list[int] | None = None,
              cancel: CancelToken | None = None) -> Iterator[PageImage]:
    """Yield each page of ``pdf`` as an RGB raster at ``dpi``."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        indexes = range(len(doc)) if pages is None else pages
        for i in indexes:
            if cancel is not None:
                cancel.check()
            page = doc[i]
            w_pt, h_pt = page.get_size()
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            image = bitmap.to_pil().convert("RGB")
            yield PageImage(image.width, image.height, image.tobytes(), w_pt / 72 * 25.4, h_pt / 72 * 25.4)
            page.close()
    finally:
        doc.close()


def page_count(pdf: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return len(doc)
    finally:
        doc.close()


def render_preview(event, kind: str, options: PrintOptions, *, dpi: float = 72, max_pages: int = 24,
                   progress=no_progress, cancel: CancelToken | None = None) -> Preview:
    """Render ``kind`` (never recorded in the print log) and rasterise its first pages."""
    cancel = cancel or CancelToken()
    buf = io.BytesIO()
    result = render_kind(event, kind, buf, replace(options, record=False), progress=progress, cancel=cancel)
    pdf = buf.getvalue()
    images = list(rasterise(pdf, dpi, range(min(max_pages, result.pages or page_count(pdf))), cancel))
    return Preview(pdf, result, images)


SAMPLE_KINDS = ("badges", "seat-cards", "tent-cards")


def render_layout_sample(event, kind: str, layout: str | None, *, dpi: float = 72,
                         progress=no_progress, cancel: CancelToken | None = None) -> Preview:
    """One page of a card layout filled with the field registry's *sample* values
    (what each field looks like, before anyone is chosen)."""
    from reportlab.lib.units import mm

    from ..event import load_settings
    from . import badges, cards
    from .fonts import register_fonts
    from .output import new_canvas
    from .printable import sample_record

    register_fonts()
    settings = None
    if event is not None:
        db = event.connect()
        try:
            settings = load_settings(db)
        finally:
            db.close()
    lay = badges.get_layout(layout) if kind == "badges" else cards.get_layout(kind, layout)
    record = sample_record(settings)
    warnings: list[str] = []
    buf = io.BytesIO()
    c = new_canvas(buf, (lay.page_w * mm, lay.page_h * mm), title="sample")
    pages = badges.draw_badges(c, lay, [record] * lay.per_page, warn=warnings.append)
    c.save()
    pdf = buf.getvalue()
    result = RenderResult(pages, warnings, lay.per_page)
    return Preview(pdf, result, list(rasterise(pdf, dpi, range(pages), cancel)))
