"""Drawing a layout's elements on a ReportLab canvas: fitted text, QR, Code 128.

``draw_card(canvas, layout_elements, record, x, y, warn)`` draws one card whose
top-left corner is at (x, y) mm from the page's top-left. Text is NFC, shrunk to
fit, wrapped onto at most ``max_lines`` lines and never cut: when even
``min_size`` does not fit it shrinks further and ``warn`` is called with a message
saying which text overflowed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from reportlab.graphics.barcode.code128 import Code128
from reportlab.graphics.barcode.code128 import _patterns as _C128
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from ..i18n import translate
from . import qr
from .fonts import font_name, text_width
from .layout import Element
from .printable import FIELDS, category_style

LEADING = 1.15
_color = lru_cache(maxsize=256)(HexColor)  # "#B71C1C" parsed once, not per card
ABSOLUTE_MIN_SIZE = 3.0  # below this nothing is readable; still never cut
_SPACES = re.compile(r"[ \t\r\n]+")


@dataclass(frozen=True)
class Fit:
    size: float
    lines: tuple[str, ...]
    overflow: bool  # True when it had to go below the element's min_size


def _balanced_two(words: list[str], font: str, size: float) -> list[str]:
    """Two lines with the widest as narrow as possible (a long name on a badge)."""
    best, best_w = [" ".join(words)], float("inf")
    for i in range(1, len(words)):
        head, tail = " ".join(words[:i]), " ".join(words[i:])
        w = max(text_width(head, font, size), text_width(tail, font, size))
        if w < best_w:
            best, best_w = [head, tail], w
    return best


def _greedy(words: list[str], font: str, size: float, w: float) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in words:
        trial = f"{cur} {word}" if cur else word
        if cur and text_width(trial, font, size) > w:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    if cur:
        lines.append(cur)
    return lines


def _lines_at(words: list[str], font: str, size: float, w: float) -> list[str]:
    lines = _greedy(words, font, size, w)
    if len(lines) == 2:
        balanced = _balanced_two(words, font, size)
        if all(text_width(x, font, size) <= w + 0.01 for x in balanced):
            return balanced
    return lines


def _fits(lines: list[str], font: str, size: float, w: float, h: float) -> bool:
    if len(lines) * size * LEADING > h + 0.01 and not (len(lines) == 1 and size <= h + 0.01):
        return False
    return all(text_width(line, font, size) <= w + 0.01 for line in lines)


def _steps(start: float, stop: float):
    s = start
    while s >= stop - 1e-9:
        yield s
        s -= 0.25


@lru_cache(maxsize=4096)
def fit_text(text: str, font: str, size: float, min_size: float, w: float, h: float,
             max_lines: int = 1, autoshrink: bool = True) -> Fit:
    """Largest size (step 0.25 pt) from ``size`` down at which ``text`` fits a
    ``w`` × ``h`` pt box in at most ``max_lines`` lines. One line is preferred
    while it keeps at least 80% of the size more lines would allow. Below
    ``min_size`` the text still shrinks (and then wraps onto more lines if it
    must), reported as ``overflow``: never cut."""
    # single spaces, but a non-breaking space (inside a phrase) stays: lines break between phrases
    text = " ".join(_SPACES.split(unicodedata.normalize("NFC", text).strip(" \t\r\n")))
    if not text:
        return Fit(size, (), False)
    words = text.split(" ")
    floor = min_size if autoshrink else size
    one = None
    for s in _steps(size, floor):
        if _fits([text], font, s, w, h):
            one = s
            break
    multi = None
    if max_lines > 1 and len(words) > 1 and (one is None or one < size):
        for s in _steps(size, floor):
            lines = _lines_at(words, font, s, w)
            if len(lines) <= max_lines and _fits(lines, font, s, w, h):
                multi = (s, lines)
                break
    if one is not None and (multi is None or one >= 0.8 * multi[0]):
        return Fit(one, (text,), False)
    if multi is not None:
        return Fit(multi[0], tuple(multi[1]), False)
    # Even min_size does not fit: shrink further, never cut.
    for s in _steps(floor - 0.25, ABSOLUTE_MIN_SIZE):
        lines = _lines_at(words, font, s, w) if max_lines > 1 else [text]
        if len(lines) <= max_lines and _fits(lines, font, s, w, h):
            return Fit(s, tuple(lines), True)
    s = ABSOLUTE_MIN_SIZE
    return Fit(s, tuple(_lines_at(words, font, s, w) if max_lines > 1 else [text]), True)


def draw_fitted(c, text: str, font: str, fit: Fit, x: float, y_top: float, w: float, h: float,
                align: str = "center", color: str = "#000000") -> None:
    """Draw fitted lines in the box whose top-left is (x, y_top) in points (PDF
    coordinates: y_top is the box's top edge), centred vertically."""
    if not fit.lines:
        return
    c.setFillColor(_color(color))
    c.setFont(font, fit.size)
    line_h = fit.size * LEADING
    total = line_h * (len(fit.lines) - 1) + fit.size
    # cap height ~ 0.72 of the size for these faces; centre that block in the box
    baseline = y_top - (h - total) / 2 - fit.size * 0.82
    for line in fit.lines:
        if align == "left":
            c.drawString(x, baseline, line)
        elif align == "right":
            c.drawRightString(x + w, baseline, line)
        else:
            c.drawCentredString(x + w / 2, baseline, line)
        baseline -= line_h


def draw_qr(c, data: str, x: float, y: float, size: float, *, error: str = "m") -> None:
    """A QR code of ``data`` as filled vector rectangles in a ``size``-pt square whose
    bottom-left is (x, y), quiet zone of 2 modules included. Badge codes use our
    fast encoder (:mod:`.qr`, level H); each row's dark runs become one rectangle,
    written in module units under one transform and filled at once."""
    n, ops = qr.pdf_ops(data)
    border = 2
    module = size / (n + 2 * border)
    # One balanced q … Q block of raw operators: the canvas's own state is untouched.
    c.addLiteral(f"q 1 0 0 1 {x + border * module:.3f} {y + size - border * module:.3f} cm "
                 f"{module:.5f} 0 0 {-module:.5f} 0 0 cm 0 g {ops} Q")


def code128_pattern(data: str) -> str:
    """Bar/space widths of ``data`` in Code 128 (upper case = bar, lower = space,
    A = 1 module). Even-length digit strings (badge codes) are encoded here in code
    set C; anything else by ReportLab's encoder."""
    if data.isdigit() and data.isascii() and len(data) % 2 == 0 and data:
        values = [105] + [int(data[i:i + 2]) for i in range(0, len(data), 2)]
        check = (105 + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
        return "".join(_C128[v] for v in (*values, check, 106))
    code = Code128(data, barWidth=1, barHeight=1, humanReadable=0, quiet=0)
    code.validate()
    code.encode()
    return code.decompose()


def draw_code128(c, data: str, x: float, y: float, w: float, h: float, *, max_bar: float = 0.4 * mm) -> None:
    """A Code 128 barcode of ``data`` centred in the box (bottom-left x, y; points),
    quiet zones of 10 modules included in ``w``. ReportLab's Code128 encodes; the
    bars are written in module units under one transform and filled at once."""
    modules, bars = _code128_bars(data)
    bar = min(max_bar, w / (modules + 20))
    c.addLiteral(f"q 1 0 0 1 {x + (w - modules * bar) / 2:.3f} {y:.3f} cm {bar:.5f} 0 0 {h:.3f} 0 0 cm "
                 f"0 g {bars} f Q")


def _bars(pattern: str, start: int) -> tuple[int, list[str]]:
    """(end module, rectangles in module units) of a bar/space pattern from ``start``."""
    modules = start
    bars = []
    for ch in pattern:
        if ch.isupper():
            width = ord(ch) - 64
            bars.append(f"{modules} 0 {width} 1 re")
            modules += width
        else:
            modules += ord(ch) - 96
    return modules, bars


@lru_cache(maxsize=2048)
def _symbol_bars(value: int, index: int) -> str:
    """The rectangles of one Code 128 symbol (11 modules each) at position ``index``."""
    return " ".join(_bars(_C128[value], 11 * index)[1])


def _code128_bars(data: str) -> tuple[int, str]:
    """(width in modules, rectangles in module units) of the Code 128 symbol of ``data``;
    badge codes (even-length digits) are put together from cached symbols."""
    if data.isdigit() and data.isascii() and len(data) % 2 == 0 and data:
        values = [105] + [int(data[i:i + 2]) for i in range(0, len(data), 2)]
        check = (105 + sum(i * v for i, v in enumerate(values[1:], start=1))) % 103
        values += (check, 106)
        return 11 * len(values) + 2, " ".join(_symbol_bars(v, i) for i, v in enumerate(values))
    modules, bars = _bars(code128_pattern(data), 0)
    return modules, " ".join(bars)


# Fields whose value is the same on every card of an event: drawn once as a form.
SHARED_FIELDS = frozenset({"congress", "term", "organizer", "date_venue", "badge_note", "category"})


def _shared_key(el: Element, record: dict):
    """A key when the element looks the same on many cards (drawn once, reused)."""
    if el.rotate:
        return None
    if el.type == "band":
        return (el, record.get("category"))
    if el.type == "text" and (el.field is None or el.field in SHARED_FIELDS or el.field == "unit"):
        return (el, FIELDS[el.field].get(record) if el.field else el.text)
    return None


def draw_element(c, el: Element, record: dict, ox: float, oy: float, page_h: float,
                 warn: Callable[[str], None], *, logo: str | None = None, forms: dict | None = None) -> None:
    """Draw element ``el`` of a card whose top-left is (ox, oy) mm from the page's
    top-left on a page ``page_h`` mm high. With ``forms`` (a dict kept for one
    canvas), elements shared by many cards (congress title, category band, unit)
    are drawn once as a PDF form and placed again by reference."""
    if forms is not None:
        key = _shared_key(el, record)
        if key is not None:
            entry = forms.get(key)
            if entry is None:
                name = f"cdf{len(forms)}"
                local: list[str] = []
                c.beginForm(name, 0, 0, (el.x + el.w) * mm + 1, page_h * mm)
                draw_element(c, el, record, 0, 0, page_h, local.append, logo=logo)
                c.endForm()
                entry = forms[key] = (name, tuple(local))
            name, messages = entry
            for message in messages:
                warn(message)
            # a bare q … Q around the placement: the form changes no canvas state to save
            c.addLiteral(f"q 1 0 0 1 {ox * mm:.3f} {-oy * mm:.3f} cm")
            c.doForm(name)
            c.addLiteral("Q")
            return
    x = (ox + el.x) * mm
    w = el.w * mm
    h = el.h * mm
    y_top = (page_h - oy - el.y) * mm
    y = y_top - h
    if el.rotate == 180:
        c.saveState()
        c.translate(x + w / 2, y + h / 2)
        c.rotate(180)
        c.translate(-(x + w / 2), -(y + h / 2))
    try:
        if el.type == "text":
            text = FIELDS[el.field].get(record) if el.field else (el.text or "")
            if el.uppercase:
                text = text.upper()
            font = font_name(el.font)
            fit = fit_text(text, font, el.size, el.min_size, w, h, el.max_lines, el.autoshrink)
            if fit.overflow:
                warn(translate("core", "{who}: “{text}” does not fit its box even at {size} pt").format(
                    who=record.get("code") or record.get("full_name") or "", text=text, size=el.min_size))
            draw_fitted(c, text, font, fit, x, y_top, w, h, el.align, el.color)
        elif el.type == "band":
            label, fill, ink = category_style(record.get("category"))
            c.setFillColor(_color(fill))
            c.rect(x, y, w, h, stroke=0, fill=1)
            font = font_name(el.font)
            fit = fit_text(el.text or label, font, el.size, el.min_size, w - 2 * mm, h, el.max_lines)
            draw_fitted(c, el.text or label, font, fit, x + 1 * mm, y_top, w - 2 * mm, h, "center", ink)
        elif el.type == "qr":
            side = min(w, h)
            draw_qr(c, record["code"], x + (w - side) / 2, y + (h - side) / 2, side)
        elif el.type == "barcode":
            draw_code128(c, record["code"], x, y, w, h)
        elif el.type in ("box", "line"):
            c.saveState()
            c.setStrokeColor(_color(el.color))
            c.setLineWidth(0.5)
            if el.dash:
                c.setDash(el.dash * mm, el.dash * mm)
            if el.type == "box":
                c.rect(x, y, w, h, stroke=1, fill=0)
            else:
                c.line(x, y_top, x + w, y_top)
            c.restoreState()
        elif el.type == "logo" and logo:
            c.drawImage(logo, x, y, w, h, preserveAspectRatio=True, anchor="c", mask="auto")
    finally:
        if el.rotate == 180:
            c.restoreState()


def draw_cut_marks(c, layout, page_h: float, *, length: float = 5.0, offset: float = 1.5) -> None:
    """Cut marks in the page margins along every cutting line of the card grid."""
    c.saveState()
    c.setLineWidth(0.3)
    c.setStrokeColorRGB(0, 0, 0)
    xs = []
    for col in range(layout.cols):
        x0 = layout.margin_x + col * (layout.card_w + layout.gap)
        xs += [x0, x0 + layout.card_w]
    ys = []
    for row in range(layout.rows):
        y0 = layout.margin_y + row * (layout.card_h + layout.gap)
        ys += [y0, y0 + layout.card_h]
    top, bottom = layout.margin_y, layout.page_h - layout.margin_y
    left, right = layout.margin_x, layout.page_w - layout.margin_x
    room_y = min(length, layout.margin_y - offset)
    room_x = min(length, layout.margin_x - offset)
    for xv in sorted(set(round(v, 3) for v in xs)):
        if room_y > 0.5:
            c.line(xv * mm, (page_h - top + offset) * mm, xv * mm, (page_h - top + offset + room_y) * mm)
            c.line(xv * mm, (page_h - bottom - offset) * mm, xv * mm, (page_h - bottom - offset - room_y) * mm)
    for yv in sorted(set(round(v, 3) for v in ys)):
        if room_x > 0.5:
            c.line((left - offset) * mm, (page_h - yv) * mm, (left - offset - room_x) * mm, (page_h - yv) * mm)
            c.line((right + offset) * mm, (page_h - yv) * mm, (right + offset + room_x) * mm, (page_h - yv) * mm)
    c.restoreState()


def draw_frames(c, corners, w: float, h: float, page_h: float) -> None:
    """Very light frames around cards (top-left corners in mm) to help cutting."""
    c.saveState()
    c.setLineWidth(0.25)
    c.setStrokeColorRGB(0.75, 0.75, 0.75)
    path = c.beginPath()
    for x, y in corners:
        path.rect(x * mm, (page_h - y - h) * mm, w * mm, h * mm)
    c.drawPath(path, stroke=1, fill=0)
    c.restoreState()
