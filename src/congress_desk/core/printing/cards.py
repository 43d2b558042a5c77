"""Seat name cards (``seat-cards``, bảng tên: readable from 2 m) and presidium tent
cards (``tent-cards``: an A4 sheet folded along its middle, the upper face printed
upside down so both faces are upright once folded). Layouts are data, drawn by the
same card machinery as badges.
"""

from __future__ import annotations

from reportlab.lib.units import mm

from ..errors import UserError
from ..i18n import translate
from ..progress import CancelToken, no_progress
from .badges import draw_badges
from .layout import Layout, load_layout, load_layouts
from .options import PrintOptions, RenderResult
from .output import atomic_output, new_canvas
from .records import EventDb, record_printed, require, select

# The frame stays this far inside the card: with two cards on an A4 sheet it is then at
# least 6 mm from every paper edge, inside what office printers print (≈ 4–5 mm).
FRAME_INSET = 6.0


def one_name_size(layout: Layout, records: list[dict], field: str = "full_name") -> Layout:
    """The layout with every ``field`` element at one size for the whole run: the largest
    at which every record's text fits (never below the element's ``min_size``; a text that
    does not fit even then still shrinks alone and is reported)."""
    from dataclasses import replace

    from .fonts import font_name
    from .printable import FIELDS
    from .render import fit_text

    def fixed(el):
        if el.type != "text" or el.field != field or not records:
            return el
        font = font_name(el.font)
        size = min(fit_text(FIELDS[field].get(r), font, el.size, el.min_size, el.w * mm, el.h * mm,
                            el.max_lines, el.autoshrink).size for r in records)
        size = max(size, el.min_size)
        return replace(el, size=size, min_size=size, autoshrink=False)

    return replace(layout, elements=tuple(fixed(el) for el in layout.elements))


DEFAULTS = {"seat-cards": "a4-2", "tent-cards": "a4-tent"}


def layouts(kind: str) -> dict[str, Layout]:
    """The layouts of ``kind`` (``seat-cards`` or ``tent-cards``) by name, the default
    first: the files of ``resources/layouts/`` of that kind."""
    return load_layouts(kind, DEFAULTS[kind])


def get_layout(kind: str, name: str | None) -> Layout:
    return load_layout(kind, name or DEFAULTS[kind], unknown=translate(
        "core", "Unknown layout “{name}”; known layouts: {names}"))


def _render_cards(kind: str, event, out, options: PrintOptions, records_filter, title: str,
                  progress, cancel) -> RenderResult:
    layout = get_layout(kind, options.layout)
    with EventDb(event) as db:
        sel = select(db, options, kind)
        records, warnings = records_filter(sel.records, options)
        if not records and warnings and not sel.unknown_codes:
            raise UserError(warnings[0], field="selection")
        sel.records = records
        require(sel)
        layout = one_name_size(layout, records)
        with atomic_output(out) as buf:
            c = new_canvas(buf, (layout.page_w * mm, layout.page_h * mm), title=title)
            warn = warnings.append
            pages = draw_badges(c, layout, records, progress=progress, cancel=cancel, warn=warn)
            c.save()
        if options.record:
            record_printed(db, kind, records, layout.name)
    return RenderResult(pages, sel.warnings + warnings, len(records), sel.unknown_codes)


def _seated_first(records, options):
    """Seat cards go on seats: the seated, in seat order; everyone when nobody is seated."""
    seated = [r for r in records if r.get("seat")]
    if not seated:
        return records, [translate("core", "No seats are assigned yet: the cards carry no seat label")]
    from .seat_order import seat_sort_key

    warnings = []
    if len(seated) < len(records) and not options.codes:
        warnings.append(translate("core", "{n} selected delegates have no seat and get no seat card").format(
            n=len(records) - len(seated)))
    return sorted(seated, key=lambda r: seat_sort_key(r["seat"])), warnings


def _presidium(records, options):
    if options.codes or options.unit:
        return records, []
    chosen = [r for r in records if r.get("presidium")]
    chosen.sort(key=lambda r: (r.get("rank") if r.get("rank") is not None else 1 << 30))
    if not chosen:
        return [], [translate("core", "Nobody is marked as a member of the presidium")]
    return chosen, []


def render_seat_cards(event, out, options: PrintOptions, *, progress=no_progress,
                      cancel: CancelToken | None = None) -> RenderResult:
    return _render_cards("seat-cards", event, out, options, _seated_first, "Bảng tên chỗ ngồi", progress, cancel)


def render_tent_cards(event, out, options: PrintOptions, *, progress=no_progress,
                      cancel: CancelToken | None = None) -> RenderResult:
    return _render_cards("tent-cards", event, out, options, _presidium, "Biển tên Đoàn Chủ tịch", progress, cancel)
