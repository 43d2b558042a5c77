"""The seat chart (``seat-chart``): the hall on A3 (or two tiled A4 sheets), each
seat labelled with its number and coloured by unit, every unit's number written
over its block, a legend, the presidium on the stage with its names; optionally
one page per section.

The hall comes from ``congress_desk.core.seating.hall.load_event_hall`` (seat
positions in seat pitches, the stage at negative y); the chart is scaled to fit.
"""

from __future__ import annotations

import colorsys
import importlib
from collections import defaultdict

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.units import mm

from ..errors import UserError
from ..event import load_settings
from ..i18n import translate
from ..progress import CancelToken, no_progress
from .fields import CATEGORY_STYLE
from .fonts import SANS, SANS_BOLD, text_width
from .options import PrintOptions, RenderResult
from .output import atomic_output, new_canvas
from .records import EventDb
from .render import draw_fitted, fit_text
from .seat_order import seat_sort_key

KIND_FILL = {"presidium": "#FFE082", "secretariat": "#FFF3C4", "press": "#C8E6C9", "staff": "#CFD8DC"}


def unit_colour(index: int) -> Color:
    """Distinct light colours (golden-ratio hues, three lightness bands)."""
    h = (index * 0.61803398875) % 1.0
    s = (0.55, 0.35, 0.7)[index % 3]
    v = (0.95, 0.88, 0.98)[(index // 3) % 3]
    r, g, b = colorsys.hsv_to_rgb(h, s, v)
    return Color(r, g, b)


def _load(db):
    try:
        hall_mod = importlib.import_module("congress_desk.core.seating.hall")
    except ModuleNotFoundError:
        raise UserError(translate("core", "Seating is not available in this version: no hall to draw")) from None
    hall = hall_mod.load_event_hall(db)
    people = {r[0]: {"full_name": r[1], "unit_id": r[2], "category": r[3], "position": r[4]} for r in db.execute(
        "SELECT id, full_name, unit_id, category, position FROM delegates")}
    units = {r[0]: {"name": r[1], "position": r[2]} for r in db.execute("SELECT id, name, position FROM units")}
    return hall, people, units


class _Chart:
    def __init__(self, hall, people, units, settings):
        self.hall, self.people, self.units, self.settings = hall, people, units, settings
        used = sorted({people[s.delegate_id]["unit_id"] for s in hall.seats
                       if s.delegate_id in people and people[s.delegate_id]["unit_id"] is not None
                       and s.kind == "delegate"},
                      key=lambda u: (units[u]["position"], units[u]["name"]))
        self.unit_number = {u: i + 1 for i, u in enumerate(used)}
        self.counts: dict[int, int] = defaultdict(int)
        for s in hall.seats:
            if s.delegate_id in people and s.kind == "delegate":
                self.counts[people[s.delegate_id]["unit_id"]] += 1

    def fill(self, seat):
        if seat.kind == "blocked":
            return HexColor("#9E9E9E")
        person = self.people.get(seat.delegate_id)
        if person is None:
            return HexColor("#FFFFFF")
        if seat.kind in KIND_FILL:
            return HexColor(KIND_FILL[seat.kind])
        if person["category"] in ("press", "staff"):
            return HexColor(CATEGORY_STYLE[person["category"]][1]).clone(alpha=0.35)
        number = self.unit_number.get(person["unit_id"])
        return unit_colour(number - 1) if number else HexColor("#EEEEEE")

    def draw_hall(self, c, seats, box, page_h):
        """Draw ``seats`` scaled into ``box`` = (x, y_top, w, h) mm."""
        bx, by, bw, bh = box
        xs = [s.x for s in seats]
        ys = [s.y for s in seats]
        x0, x1, y0, y1 = min(xs) - 0.6, max(xs) + 0.6, min(ys) - 0.6, max(ys) + 0.6
        pitch = min(bw / (x1 - x0), bh / (y1 - y0))
        off_x = bx + (bw - (x1 - x0) * pitch) / 2

        def pos(x, y):  # centre in points
            return (off_x + (x - x0) * pitch) * mm, (page_h - by - (y - y0) * pitch) * mm

        stage = [s for s in seats if s.kind in ("presidium", "secretariat")]
        if stage:
            sx0 = min(s.x for s in stage) - 0.8
            sx1 = max(s.x for s in stage) + 0.8
            sy0 = min(s.y for s in stage) - 0.55
            sy1 = max(s.y for s in stage) + 0.55
            (px0, py0), (px1, py1) = pos(sx0, sy0), pos(sx1, sy1)
            c.setFillColor(HexColor("#FFF8E1"))
            c.setStrokeColor(HexColor("#B71C1C"))
            c.setLineWidth(0.8)
            c.roundRect(px0, py1, px1 - px0, py0 - py1, 6, stroke=1, fill=1)
            c.setFillColor(HexColor("#B71C1C"))
            c.setFont(SANS_BOLD, max(6.0, min(12.0, pitch * 1.6)))
            c.drawCentredString((px0 + px1) / 2, py0 + 3, "SÂN KHẤU — ĐOÀN CHỦ TỊCH")
        w, h = pitch * 0.88 * mm, pitch * 0.72 * mm
        size = max(3.0, min(7.0, pitch * 0.9))
        c.setLineWidth(0.3)
        for s in seats:
            cx, cy = pos(s.x, s.y)
            c.setFillColor(self.fill(s))
            c.setStrokeColor(HexColor("#616161"))
            c.rect(cx - w / 2, cy - h / 2, w, h, stroke=1, fill=1)
            c.setFillColor(HexColor("#000000"))
            c.setFont(SANS, size)
            c.drawCentredString(cx, cy - size * 0.35, s.number)
        # row labels at the left of each row of each section; section titles above
        by_section: dict[str, list] = defaultdict(list)
        for s in seats:
            by_section[s.section].append(s)
        for name, ss in by_section.items():
            sec = self.hall.section(name)
            rows: dict[str, list] = defaultdict(list)
            for s in ss:
                rows[s.row].append(s)
            c.setFont(SANS, max(3.0, size * 0.85))
            c.setFillColor(HexColor("#424242"))
            if sec is None or sec.kind not in ("presidium", "secretariat"):
                for row, rs in rows.items():
                    first = min(rs, key=lambda s: s.x)
                    cx, cy = pos(first.x - 0.75, first.y)
                    c.drawRightString(cx + 1, cy - size * 0.35, row)
                top = min(ss, key=lambda s: s.y)
                left, right = min(s.x for s in ss), max(s.x for s in ss)
                cx, cy = pos((left + right) / 2, top.y - 0.9)
                c.setFont(SANS_BOLD, max(5.0, min(11.0, pitch * 1.3)))
                c.setFillColor(HexColor("#000000"))
                c.drawCentredString(cx, cy, (sec.title if sec and sec.title else f"Khu {name}"))
        # unit numbers over their blocks
        blocks: dict[int, list] = defaultdict(list)
        for s in seats:
            person = self.people.get(s.delegate_id)
            if person and s.kind == "delegate" and person["unit_id"] in self.unit_number:
                blocks[(person["unit_id"], s.section)].append(s)
        c.setFont(SANS_BOLD, max(5.0, min(12.0, pitch * 1.3)))
        for (unit_id, _section), ss in blocks.items():
            if len(ss) < 3:
                continue
            mx = sum(s.x for s in ss) / len(ss)
            my = sum(s.y for s in ss) / len(ss)
            anchor = min(ss, key=lambda s: (s.x - mx) ** 2 + (s.y - my) ** 2)
            cx, cy = pos(anchor.x, anchor.y)
            label = str(self.unit_number[unit_id])
            c.setFillColor(HexColor("#FFFFFF"))
            tw = text_width(label, SANS_BOLD, pitch * 1.3)
            c.roundRect(cx - tw / 2 - 2, cy - 4, tw + 4, pitch * 1.3 + 2, 2, stroke=0, fill=1)
            c.setFillColor(HexColor("#000000"))
            c.drawCentredString(cx, cy - 1, label)

    def draw_legend(self, c, box, page_h, warn):
        x, y_top, w, h = box
        line = 3.4
        entries = [(self.unit_colour_for(u), f"{n}. {self.units[u]['name']} ({self.counts[u]})")
                   for u, n in sorted(self.unit_number.items(), key=lambda kv: kv[1])]
        stage = sorted((s for s in self.hall.seats if s.kind == "presidium" and s.delegate_id in self.people),
                       key=lambda s: seat_sort_key(s.label))
        extra = [(None, "ĐOÀN CHỦ TỊCH")] if stage else []
        extra += [(HexColor(KIND_FILL["presidium"]), f"Ghế {s.number}: {self.people[s.delegate_id]['full_name']}")
                  for s in stage]
        extra += [(HexColor(KIND_FILL[k]), label) for k, label in
                  (("secretariat", "Đoàn Thư ký"), ("press", "Báo chí"), ("staff", "Phục vụ"))]
        extra += [(HexColor("#FFFFFF"), "Ghế trống")]
        items = [(None, "ĐƠN VỊ (số ghế)"), *entries, (None, ""), *extra]
        per_col = max(1, int(h // line))
        cols = -(-len(items) // per_col)
        col_w = w / max(1, cols)
        size = 6.5
        if cols > 3:
            warn(translate("core", "The legend is long; it was printed in {n} narrow columns").format(n=cols))
        for i, (colour, text) in enumerate(items):
            col, row = divmod(i, per_col)
            cx = (x + col * col_w) * mm
            cy = (page_h - y_top - (row + 1) * line) * mm
            if colour is not None:
                c.setFillColor(colour)
                c.setStrokeColor(HexColor("#616161"))
                c.rect(cx, cy - 0.3 * mm, 4 * mm, 2.6 * mm, stroke=1, fill=1)
            c.setFillColor(HexColor("#000000"))
            font = SANS_BOLD if colour is None else SANS
            fit = fit_text(text, font, size, 4.0, (col_w - 6) * mm, line * mm, 1)
            c.setFont(font, fit.size)
            c.drawString(cx + (5 * mm if colour is not None else 0), cy, fit.lines[0] if fit.lines else "")

    def unit_colour_for(self, unit_id):
        return unit_colour(self.unit_number[unit_id] - 1)

    def title(self, c, page_w, page_h, subtitle: str):
        text = f"SƠ ĐỒ CHỖ NGỒI — {self.settings.name.upper()}"
        fit = fit_text(text, SANS_BOLD, 16, 9, (page_w - 24) * mm, 9 * mm, 1)
        draw_fitted(c, text, SANS_BOLD, fit, 12 * mm, (page_h - 6) * mm, (page_w - 24) * mm, 9 * mm)
        c.setFont(SANS, 9)
        c.drawCentredString(page_w / 2 * mm, (page_h - 19) * mm, subtitle)


def render(event, out, options: PrintOptions, *, progress=no_progress,
           cancel: CancelToken | None = None) -> RenderResult:
    cancel = cancel or CancelToken()
    with EventDb(event) as db:
        hall, people, units = _load(db)
        settings = load_settings(db)
    if not hall.seats:
        raise UserError(translate("core", "The hall has no seats to draw"))
    chart = _Chart(hall, people, units, settings)
    warnings: list[str] = []
    paper = (options.paper or "A3").upper()
    if paper not in ("A3", "A4"):
        raise UserError(translate("core", "Paper must be A3 or A4"), field="layout")
    sheet_w, sheet_h = (v / mm for v in landscape(A3))
    from .fields import date_words

    place = hall.title or hall.name
    if settings.venue and settings.venue.lower() not in place.lower():
        place = f"{place} · {settings.venue}"
    subtitle = f"{place} · ngày {date_words(settings)}"
    pages_drawn: list[tuple[str, list]] = []
    if options.per_section:
        for sec in hall.sections:
            ss = [s for s in hall.seats if s.section == sec.name]
            if ss:
                pages_drawn.append((sec.title or sec.name, ss))
    else:
        pages_drawn.append(("", hall.seats))
    count = 0
    with atomic_output(out) as buf:
        tile = paper == "A4"
        size = portrait(A4) if tile else landscape(A3)
        c = new_canvas(buf, size, title="Sơ đồ chỗ ngồi")
        for i, (label, seats) in enumerate(pages_drawn):
            cancel.check()
            for part in ((0, 1) if tile else (None,)):
                c.saveState()
                if part is not None:
                    c.translate(-part * (sheet_w / 2) * mm, 0)
                chart.title(c, sheet_w, sheet_h, subtitle + (f" · {label}" if label else ""))
                legend_w = 118
                chart.draw_hall(c, seats, (12, 26, sheet_w - 24 - legend_w - 6, sheet_h - 36), sheet_h)
                chart.draw_legend(c, (sheet_w - 12 - legend_w, 26, legend_w, sheet_h - 36), sheet_h,
                                  warnings.append)
                c.restoreState()
                if part is not None:
                    c.setFont(SANS, 7)
                    c.drawString(8 * mm, 6 * mm, f"Ghép trang: tờ {part + 1}/2 (nửa {'trái' if part == 0 else 'phải'})")
                c.showPage()
                count += 1
            progress(i + 1, len(pages_drawn), "Sơ đồ")
        c.save()
    seated = sum(1 for s in hall.seats if s.delegate_id)
    if not seated:
        warnings.append(translate("core", "No seat is assigned yet: the chart shows empty seats"))
    return RenderResult(count, sorted(set(warnings)), seated)
