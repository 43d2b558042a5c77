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
from .layout import PAPER, Layout, layout_from_dict
from .options import PrintOptions, RenderResult
from .output import atomic_output, new_canvas
from .records import EventDb, record_printed, require, select

# The frame stays this far inside the card: with two cards on an A4 sheet it is then at
# least 6 mm from every paper edge, inside what office printers print (≈ 4–5 mm).
FRAME_INSET = 6.0


def _seat_card(w: float, h: float) -> list[dict]:
    k = h / 148.5
    top = FRAME_INSET + 4
    return [
        {"type": "text", "field": "seat_label", "x": w - 62, "y": top, "w": 62 - FRAME_INSET - 4, "h": 10 * k,
         "font": "sans", "size": 14, "min_size": 9, "align": "right", "color": "#555555"},
        {"type": "text", "field": "congress", "x": FRAME_INSET + 5, "y": top, "w": w - 76, "h": 12 * k,
         "font": "sans-bold", "size": 12, "min_size": 9, "max_lines": 2, "align": "left", "color": "#B71C1C"},
        {"type": "text", "field": "full_name", "x": FRAME_INSET + 3, "y": 30 * k, "w": w - 2 * FRAME_INSET - 6,
         "h": 52 * k, "font": "sans-bold", "size": 72 * k, "min_size": 30 * k, "max_lines": 2},
        {"type": "text", "field": "position", "x": FRAME_INSET + 5, "y": 86 * k, "w": w - 2 * FRAME_INSET - 10,
         "h": 18 * k, "font": "sans", "size": 22 * k, "min_size": 11 * k, "max_lines": 2},
        {"type": "text", "field": "unit", "x": FRAME_INSET + 5, "y": 106 * k, "w": w - 2 * FRAME_INSET - 10,
         "h": 24 * k, "font": "sans-bold", "size": 30 * k, "min_size": 14 * k, "max_lines": 2},
        {"type": "box", "x": FRAME_INSET, "y": FRAME_INSET, "w": w - 2 * FRAME_INSET, "h": h - 2 * FRAME_INSET,
         "color": "#B71C1C"},
    ]


def _tent_card(w: float, h: float) -> list[dict]:
    """Each face is measured from the fold, which is the top of the face once the card
    stands: the name sits high, above the microphones and bottles on the table."""
    half = h / 2
    face = [
        {"type": "text", "field": "full_name", "x": 12, "y": 6, "w": w - 24, "h": 31, "font": "serif-bold",
         "size": 80, "min_size": 36, "max_lines": 2},
        {"type": "text", "field": "position", "x": 12, "y": 39, "w": w - 24, "h": 21, "font": "serif",
         "size": 28, "min_size": 14, "max_lines": 2},
    ]
    out = [{"type": "line", "x": 0, "y": half, "w": w, "h": 1, "color": "#999999", "dash": 2.0}]
    for el in face:  # lower face: upright on the table side
        out.append({**el, "y": half + el["y"]})
    for el in face:  # upper face: turned 180° about its own centre, mirrored in the fold
        out.append({**el, "y": half - el["y"] - el["h"], "rotate": 180})
    return out


def one_name_size(layout: Layout, records: list[dict], field: str = "full_name") -> Layout:
    """The layout with every ``field`` element at one size for the whole run: the largest
    at which every record's text fits (never below the element's ``min_size``; a text that
    does not fit even then still shrinks alone and is reported)."""
    from dataclasses import replace

    from .fields import FIELDS
    from .fonts import font_name
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


def _data() -> dict[str, dict[str, dict]]:
    a4w, a4h = PAPER["A4"]
    return {
        "seat-cards": {
            "a4-2": {"name": "a4-2", "label": "A4, 2 bảng tên 210 × 148 mm", "page_w": a4w, "page_h": a4h,
                     "card_w": a4w, "card_h": a4h / 2, "cols": 1, "rows": 2, "cut_marks": False,
                     "frame": False, "elements": _seat_card(a4w, a4h / 2)},
            "a4-1": {"name": "a4-1", "label": "A4 ngang, 1 bảng tên", "page_w": a4h, "page_h": a4w,
                     "card_w": a4h, "card_h": a4w, "elements": _seat_card(a4h, a4w)},
        },
        "tent-cards": {
            "a4-tent": {"name": "a4-tent", "label": "A4 ngang gấp đôi (hai mặt)", "page_w": a4h, "page_h": a4w,
                        "card_w": a4h, "card_h": a4w, "elements": _tent_card(a4h, a4w)},
        },
    }


DEFAULTS = {"seat-cards": "a4-2", "tent-cards": "a4-tent"}


def layouts(kind: str) -> dict[str, Layout]:
    return {name: layout_from_dict(d) for name, d in _data()[kind].items()}


def get_layout(kind: str, name: str | None) -> Layout:
    data = _data()[kind]
    name = name or DEFAULTS[kind]
    if name not in data:
        raise UserError(translate("core", "Unknown layout “{name}”; known layouts: {names}").format(
            name=name, names=", ".join(data)), field="layout")
    return layout_from_dict(data[name])


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
