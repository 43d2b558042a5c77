"""The seat chart (``seat-chart``): the hall on A3 (or two tiled A4 sheets) for the entrance
and the MC, readable from a metre away; optionally one page per section.

- Seats are coloured by category from a small palette (the colours of the badge bands,
  lightened), so a colour means one thing; every seat shows only its number.
- Each delegation (a unit's people in one section) is **outlined** with a heavy line, and
  labelled with its number in a marker **in the aisle or the margin beside it**, never over
  a seat; the legend lists the delegations by number. Aisles are widened on paper to hold
  the markers and are marked "LỐI ĐI" with the way in at the back.
- The stage is drawn on its own band: presidium and secretariat seats as boxes carrying the
  seat number and the person's name.
- Each page (the whole hall, or one section) is laid out on its own: title, stage band when
  the page has stage seats, the seats scaled to the room left, the legend at the right.

The hall comes from ``congress_desk.core.seating.hall.load_event_hall`` (seat positions in
seat pitches, the stage at negative y).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A3, A4, landscape, portrait
from reportlab.lib.units import mm

from ..errors import UserError
from ..event import load_settings
from ..i18n import translate
from ..printing.fonts import SANS, SANS_BOLD, text_width
from ..printing.options import PrintOptions, RenderResult
from ..printing.output import atomic_output, new_canvas
from ..printing.printable import phrases
from ..printing.records import EventDb
from ..printing.render import draw_fitted, fit_text
from ..progress import CancelToken, no_progress
from ..registry import units_by_id
from .hall import load_event_hall

STAGE_KINDS = ("presidium", "secretariat")
# One colour per category, the hues of the seat map on screen (ui/seating/scene.py) made
# light enough for black numbers; the same on every page.
CATEGORY_FILL = {
    "official": ("#BBDEFB", "Đại biểu chính thức"),
    "honoree": ("#FFAB91", "Đại biểu điển hình"),
    "guest": ("#FFE082", "Khách mời"),
    "press": ("#C8E6C9", "Phóng viên"),
    "staff": ("#D7CCC8", "Phục vụ"),
}
STAGE_FILL = "#FFCDD2"
EMPTY_FILL = "#FFFFFF"
BLOCKED_FILL = "#9E9E9E"
INK = HexColor("#000000")
GREY = HexColor("#616161")
RED = HexColor("#B71C1C")

AISLE = 5.6         # centre-to-centre distance across an aisle on paper, in seat pitches
MARGIN = 5.4        # room beside the outer seats for row numbers and two columns of markers
LEGEND_W = 100.0    # mm
LEGEND_SIZE = 8.0   # pt: read at arm's length
TITLE_H = 24.0      # mm


def category_fill(category: str | None) -> Color:
    return HexColor(CATEGORY_FILL.get(category, CATEGORY_FILL["official"])[0])


def _load(db):
    hall = load_event_hall(db)
    people = {r[0]: {"full_name": r[1], "unit_id": r[2], "category": r[3], "position": r[4]} for r in db.execute(
        "SELECT id, full_name, unit_id, category, position FROM delegates")}
    units = units_by_id(db)
    return hall, people, units


@dataclass
class _Frame:
    """Where a set of floor seats lands on the page: x remapped (aisles widened), scaled."""

    x_of: dict[str, float]      # seat label -> x on paper, in pitches
    aisles: list[tuple[float, float]]   # (seat x left of it, seat x right of it) on paper
    x0: float
    y0: float
    pitch: float                # mm per pitch
    left: float                 # mm: page x of paper-x x0
    top: float                  # mm from the page top of paper-y y0
    page_h: float

    def pt(self, x: float, y: float) -> tuple[float, float]:
        """Paper coordinates (pitches) -> PDF points."""
        return (self.left + (x - self.x0) * self.pitch) * mm, (self.page_h - self.top - (y - self.y0) * self.pitch) * mm


def _largest_two_lines(text: str, font: str, size: float, floor: float, w: float, h: float) -> float:
    """The largest size (step 0.25 pt, not below ``floor``) at which ``text`` fits a
    ``w`` × ``h`` pt box on one or two lines."""
    s = size
    while s > floor:
        if not fit_text(text, font, s, s, w, h, 2, False).overflow:
            return s
        s -= 0.25
    return floor


def _widen_aisles(seats) -> tuple[dict[str, float], list[tuple[float, float]]]:
    """x on paper for each seat, with every aisle (a gap of more than 1.5 pitches) widened
    to :data:`AISLE`; and the aisles as (left seat x, right seat x) on paper."""
    xs = sorted({round(s.x, 2) for s in seats})
    shift: dict[float, float] = {}
    offset = 0.0
    aisles = []
    for prev, cur in zip([None, *xs], xs, strict=False):
        if prev is not None and cur - prev > 1.5:
            offset += max(0.0, AISLE - (cur - prev))
            aisles.append((prev + shift[prev], cur + offset))
        shift[cur] = offset
    return {s.label: s.x + shift[round(s.x, 2)] for s in seats}, aisles


class _Chart:
    def __init__(self, hall, people, units, settings):
        self.hall, self.people, self.units, self.settings = hall, people, units, settings
        used = sorted({people[s.delegate_id]["unit_id"] for s in hall.seats
                       if s.delegate_id in people and people[s.delegate_id]["unit_id"] is not None
                       and s.kind not in STAGE_KINDS},
                      key=lambda u: (units[u]["position"], units[u]["name"]))
        self.unit_number = {u: i + 1 for i, u in enumerate(used)}

    # ------------------------------------------------------------ colours
    def person(self, seat):
        return self.people.get(seat.delegate_id)

    def fill(self, seat) -> Color:
        if seat.kind == "blocked":
            return HexColor(BLOCKED_FILL)
        person = self.person(seat)
        if person is None:
            return HexColor(EMPTY_FILL)
        if seat.kind in STAGE_KINDS:
            return HexColor(STAGE_FILL)
        return category_fill(person["category"])

    # ------------------------------------------------------------ the stage band
    def stage_height(self, stage, k: float = 1.0) -> float:
        rows = len({round(s.y, 2) for s in stage})
        return 10 + rows * 13.0 * k if stage else 0.0

    def draw_stage(self, c, stage, box, page_h, k: float = 1.0) -> None:
        """Presidium and secretariat as named boxes inside a "SÂN KHẤU" band; ``k`` scales
        the boxes (a page with the stage alone draws them larger)."""
        bx, by, bw, bh = box
        c.setFillColor(HexColor("#FFFDF5"))
        c.setStrokeColor(RED)
        c.setLineWidth(1.0)
        c.roundRect(bx * mm, (page_h - by - bh) * mm, bw * mm, bh * mm, 8, stroke=1, fill=1)
        c.setFillColor(RED)
        c.setFont(SANS_BOLD, 11)
        c.drawString((bx + 4) * mm, (page_h - by - 6) * mm, "SÂN KHẤU")
        groups = [[s for s in stage if s.kind == "presidium"], [s for s in stage if s.kind == "secretariat"]]
        titles = ["ĐOÀN CHỦ TỊCH", "ĐOÀN THƯ KÝ"]
        widths = [max((sum(1 for s in g if round(s.y, 2) == y) for y in {round(s.y, 2) for s in g}), default=0)
                  for g in groups]
        slots = sum(widths) + (1 if all(widths) else 0)
        if not slots:
            return
        box_w = min(26.0 * k, (bw - 12) / slots)
        # one name size for the whole stage: the largest at which every name fits its box
        names = [self.person(s)["full_name"] for s in stage if self.person(s)]
        self._stage_size = min((_largest_two_lines(n, SANS_BOLD, 9.0 * k, 6.0, (box_w - 2.8) * mm,
                                                   (11.5 * k - 4 * k) * mm) for n in names), default=9.0 * k)
        x = bx + (bw - slots * box_w) / 2
        for group, title, n in zip(groups, titles, widths, strict=True):
            if not n:
                continue
            ys = sorted({round(s.y, 2) for s in group})
            c.setFillColor(RED)
            c.setFont(SANS_BOLD, 9)
            c.drawCentredString((x + n * box_w / 2) * mm, (page_h - by - 6) * mm, title)
            for r, y in enumerate(ys):
                row = sorted((s for s in group if round(s.y, 2) == y), key=lambda s: s.x)
                rx = x + (n - len(row)) * box_w / 2
                for i, s in enumerate(row):
                    self._stage_box(c, s, rx + i * box_w + 0.6, by + 8.5 + r * 13.0 * k, box_w - 1.2, 11.5 * k,
                                    page_h, k)
            x += (n + 1) * box_w

    def _stage_box(self, c, seat, x, y, w, h, page_h, k: float = 1.0) -> None:
        c.setFillColor(self.fill(seat))
        c.setStrokeColor(GREY)
        c.setLineWidth(0.6)
        c.rect(x * mm, (page_h - y - h) * mm, w * mm, h * mm, stroke=1, fill=1)
        c.setFillColor(INK)
        c.setFont(SANS_BOLD, 7 * k)
        c.drawString((x + 1) * mm, (page_h - y - 3 * k) * mm, f"Ghế {seat.number}")
        person = self.person(seat)
        if person is not None:
            fit = fit_text(person["full_name"], SANS_BOLD, self._stage_size, self._stage_size, (w - 1.6) * mm,
                           (h - 4 * k) * mm, 2, False)
            draw_fitted(c, person["full_name"], SANS_BOLD, fit, (x + 0.8) * mm, (page_h - y - 3.6 * k) * mm,
                        (w - 1.6) * mm, (h - 4 * k) * mm)

    # ------------------------------------------------------------ the floor
    def frame(self, seats, box, page_h) -> _Frame:
        bx, by, bw, bh = box
        x_of, aisles = _widen_aisles(seats)
        xs = [x_of[s.label] for s in seats]
        ys = [s.y for s in seats]
        x0, x1 = min(xs) - 0.5 - MARGIN, max(xs) + 0.5 + MARGIN
        y0, y1 = min(ys) - 1.9, max(ys) + 2.6
        pitch = min(bw / (x1 - x0), bh / (y1 - y0), 12.0)
        left = bx + (bw - (x1 - x0) * pitch) / 2
        return _Frame(x_of, aisles, x0, y0, pitch, left, by, page_h)

    def draw_floor(self, c, seats, box, page_h, warn) -> None:
        f = self.frame(seats, box, page_h)
        p = f.pitch * mm
        cell_w, cell_h = 0.86 * p, 0.78 * p
        size = max(5.0, min(9.0, f.pitch * 1.05))
        c.setLineWidth(0.35)
        for s in seats:
            cx, cy = f.pt(f.x_of[s.label], s.y)
            c.setFillColor(self.fill(s))
            c.setStrokeColor(GREY)
            c.rect(cx - cell_w / 2, cy - cell_h / 2, cell_w, cell_h, stroke=1, fill=1)
            if s.kind == "blocked":
                c.line(cx - cell_w / 2, cy - cell_h / 2, cx + cell_w / 2, cy + cell_h / 2)
                continue
            c.setFillColor(INK)
            c.setFont(SANS, size)
            c.drawCentredString(cx, cy - size * 0.36, s.number)
        self._row_numbers(c, f, seats, size)
        self._section_titles(c, f, seats)
        self._aisles(c, f, seats)
        self._delegations(c, f, seats, size)

    def _row_numbers(self, c, f, seats, size) -> None:
        """Row numbers in both outer margins, once per line of seats."""
        lines: dict[float, list] = defaultdict(list)
        for s in seats:
            lines[round(s.y, 2)].append(s)
        c.setFillColor(HexColor("#424242"))
        c.setFont(SANS, size)
        for line in lines.values():
            first = min(line, key=lambda s: f.x_of[s.label])
            last = max(line, key=lambda s: f.x_of[s.label])
            x, y = f.pt(f.x_of[first.label] - 0.75, first.y)
            c.drawRightString(x, y - size * 0.36, first.row)
            x, y = f.pt(f.x_of[last.label] + 0.75, last.y)
            c.drawString(x, y - size * 0.36, last.row)

    def _section_titles(self, c, f, seats) -> None:
        by_section: dict[str, list] = defaultdict(list)
        for s in seats:
            by_section[s.section].append(s)
        c.setFillColor(INK)
        for name, ss in by_section.items():
            sec = self.hall.section(name)
            title = sec.title if sec and sec.title else f"Khu {name}"
            left = min(f.x_of[s.label] for s in ss)
            right = max(f.x_of[s.label] for s in ss)
            x, y = f.pt((left + right) / 2, min(s.y for s in ss) - 1.05)
            c.setFont(SANS_BOLD, max(8.0, min(13.0, f.pitch * 1.6)))
            c.drawCentredString(x, y - 2, title)

    def _aisles(self, c, f, seats) -> None:
        """Each aisle (and each side of the hall) marked "LỐI ĐI" with the way in at the back."""
        aisles = f.aisles
        xs = [f.x_of[s.label] for s in seats]
        back = max(s.y for s in seats)
        ways = [min(xs) - 0.5 - 2.9, *((a + b) / 2 for a, b in aisles), max(xs) + 0.5 + 2.9]
        size = max(7.0, min(10.0, f.pitch * 1.2))
        for x in ways:
            cx, cy = f.pt(x, back + 1.5)
            c.setFillColor(RED)
            c.setFont(SANS_BOLD, size)
            c.drawCentredString(cx, cy - size * 0.35, "LỐI ĐI")
            # an arrow above the words, pointing into the hall from the back
            tip = cy + size * 2.0
            c.setStrokeColor(RED)
            c.setLineWidth(1.2)
            c.line(cx, cy + size * 0.9, cx, tip - 3)
            path = c.beginPath()
            path.moveTo(cx, tip)
            path.lineTo(cx - 3, tip - 4)
            path.lineTo(cx + 3, tip - 4)
            path.close()
            c.drawPath(path, stroke=0, fill=1)

    def _delegations(self, c, f, seats, size) -> None:
        """Outline each delegation's block; put its number in the aisle or margin beside it."""
        blocks: dict[tuple, list] = defaultdict(list)
        for s in seats:
            person = self.person(s)
            if person and s.kind not in STAGE_KINDS and person["unit_id"] in self.unit_number:
                blocks[(person["unit_id"], s.section)].append(s)
        section_edges: dict[tuple[str, float], tuple[float, float]] = {}
        for s in seats:
            key = (s.section, round(s.y, 2))
            lo, hi = section_edges.get(key, (float("inf"), float("-inf")))
            section_edges[key] = (min(lo, f.x_of[s.label]), max(hi, f.x_of[s.label]))
        markers: list[tuple[list, float, str]] = []   # (sides it may go on, block top y, number)
        c.setStrokeColor(INK)
        c.setLineWidth(1.6)
        for (unit_id, section), ss in blocks.items():
            cells = {(round(f.x_of[s.label], 2), round(s.y, 2)) for s in ss}
            for x, y in cells:
                for dx, dy, edge in ((-1, 0, "l"), (1, 0, "r"), (0, -1, "t"), (0, 1, "b")):
                    if (round(x + dx, 2), round(y + dy, 2)) in cells:
                        continue
                    (ax, ay), (bx_, by_) = {
                        "l": ((x - 0.5, y - 0.5), (x - 0.5, y + 0.5)), "r": ((x + 0.5, y - 0.5), (x + 0.5, y + 0.5)),
                        "t": ((x - 0.5, y - 0.5), (x + 0.5, y - 0.5)), "b": ((x - 0.5, y + 0.5), (x + 0.5, y + 0.5)),
                    }[edge]
                    c.line(*f.pt(ax, ay), *f.pt(bx_, by_))
            left_rows = sorted(y for x, y in cells if x <= section_edges[(section, y)][0] + 0.01)
            right_rows = sorted(y for x, y in cells if x >= section_edges[(section, y)][1] - 0.01)
            top_y = min(y for _x, y in cells)
            sides = []
            if left_rows:
                y = left_rows[len(left_rows) // 2]
                sides.append(("l", y, section_edges[(section, y)][0] - 0.5, True))
            if right_rows:
                y = right_rows[len(right_rows) // 2]
                sides.append(("r", y, section_edges[(section, y)][1] + 0.5, True))
            if not sides:   # touches neither edge of its section: a leader along the gap above its top row
                top_row = [x for x, yy in cells if yy == top_y]
                sides.append(("l", top_y, min(top_row) - 0.5, False))
                sides.append(("r", top_y, max(top_row) + 0.5, False))
            markers.append((sides, top_y, str(self.unit_number[unit_id])))
        self._place_markers(c, f, seats, markers, size)

    def _place_markers(self, c, f, seats, markers, size) -> None:
        """Each marker in the aisle or margin column beside its block where it needs to move
        least from its block's row; never on a seat."""
        aisles = f.aisles
        xs = sorted({f.x_of[s.label] for s in seats})
        outer_l, outer_r = min(xs) - 0.5 - 1.9, max(xs) + 0.5 + 1.9
        outer = (outer_l - 2.0, outer_l, outer_r, outer_r + 2.0)
        # two columns of markers in each aisle and in each margin (beyond the row numbers)
        columns = [outer[0], outer_l, *(x for a, b in aisles for x in ((a + b) / 2 - 1.0, (a + b) / 2 + 1.0)),
                   outer_r, outer[3]]
        step = 0.9           # pitches between two markers in one column
        taken: dict[float, list[float]] = defaultdict(list)

        def free_at(column: float, y: float) -> float:
            at = y
            while any(abs(at - t) < step - 1e-6 for t in taken[column]):
                at += step
            return at

        placed = []
        for sides, top_y, text in sorted(markers, key=lambda m: (m[1], len(m[0]))):
            best = None
            for side, y, edge_x, touches in sides:
                beside = sorted((x for x in columns if x < edge_x), reverse=True)[:2] if side == "l" else \
                    sorted(x for x in columns if x > edge_x)[:2]
                for near, column in enumerate(beside):
                    if near and abs(column - beside[0]) > 2.5:
                        continue     # the far column is the next aisle's: only the near one
                    at = free_at(column, y)
                    # least displacement; on a tie the outer margin, the near column, the emptier one
                    cost = ((at - y) + (0 if column in outer else 0.01) + 0.005 * near
                            + 0.001 * len(taken[column]))
                    if best is None or cost < best[0]:
                        best = (cost, column, at, y, edge_x, touches)
            _cost, column, at, y, edge_x, touches = best
            taken[column].append(at)
            if column in outer:   # stop short of the row numbers in the margin
                edge_x = edge_x - 1.2 if column < outer_r else edge_x + 1.2
            placed.append((column, at, y, edge_x, touches, top_y, text))
        msize = max(7.0, min(10.0, size * 1.15))
        r = min(max(msize * 0.9, 0.3 * f.pitch * mm), 0.45 * step * f.pitch * mm)
        for column, at, y, edge_x, touches, top_y, _text in placed:
            cx, cy = f.pt(column, at)
            c.setStrokeColor(INK)
            c.setLineWidth(0.6)
            if touches:
                c.line(cx, cy, *f.pt(edge_x, y))
            else:
                gap_y = top_y - 0.5
                c.line(cx, cy, *f.pt(column, gap_y))
                c.line(*f.pt(column, gap_y), *f.pt(edge_x, gap_y))
        for column, at, _y, _edge_x, _touches, _top_y, text in placed:
            cx, cy = f.pt(column, at)
            c.setFillColor(HexColor("#FFFFFF"))
            c.setStrokeColor(INK)
            c.setLineWidth(1.0)
            half = max(r * 1.1, text_width(text, SANS_BOLD, msize) / 2 + 2)
            c.roundRect(cx - half, cy - r, 2 * half, 2 * r, r * 0.7, stroke=1, fill=1)
            c.setFillColor(INK)
            c.setFont(SANS_BOLD, msize)
            c.drawCentredString(cx, cy - msize * 0.36, text)

    # ------------------------------------------------------------ legend and title
    def draw_legend(self, c, seats, box, page_h, warn) -> None:
        x, y_top, w, h = box
        cats = {(self.person(s) or {}).get("category") for s in seats
                if self.person(s) and s.kind not in STAGE_KINDS}
        cats = {k if k in CATEGORY_FILL else "official" for k in cats}
        lines: list[tuple[str, object, str]] = [("head", None, "CHÚ THÍCH")]
        lines += [("swatch", HexColor(fill), label) for k, (fill, label) in CATEGORY_FILL.items() if k in cats]
        if any(s.kind in STAGE_KINDS for s in seats):
            lines.append(("swatch", HexColor(STAGE_FILL), "Đoàn Chủ tịch, Đoàn Thư ký (tên ghi trong ô)"))
        lines.append(("swatch", HexColor(EMPTY_FILL), "Ghế trống"))
        if any(s.kind == "blocked" for s in seats):
            lines.append(("swatch", HexColor(BLOCKED_FILL), "Ghế không sử dụng"))
        units = sorted({self.unit_number[(self.person(s) or {}).get("unit_id")] for s in seats
                        if self.person(s) and s.kind not in STAGE_KINDS
                        and self.person(s)["unit_id"] in self.unit_number})
        if units:
            lines.append(("outline", None, "Khung đậm: một đoàn đại biểu; số trong ô ở lối đi là số của đoàn"))
        lines.append(("text", None, "Số trong mỗi ô là số ghế; số hàng ghi ở hai bên"))
        counts: dict[int, int] = defaultdict(int)
        for s in self.hall.seats:
            person = self.person(s)
            if person and s.kind not in STAGE_KINDS and person["unit_id"] in self.unit_number:
                counts[self.unit_number[person["unit_id"]]] += 1
        by_number = {n: u for u, n in self.unit_number.items()}
        entries = [(n, f"{self.units[by_number[n]]['name']} ({counts[n]})") for n in units]
        size = LEGEND_SIZE
        lead = size * 1.25 / mm * 1.0   # mm per line
        yy = y_top
        for kind, colour, text in lines:
            bottom = self._legend_line(c, kind, colour, text, x, yy, w, size, page_h)
            yy = bottom + 0.8
        if not entries:
            return
        yy += 2
        c.setFillColor(INK)
        c.setFont(SANS_BOLD, size + 1)
        c.drawString(x * mm, (page_h - yy - size * 1.1 / mm * 0.35 - 3) * mm, "ĐOÀN ĐẠI BIỂU (số người)")
        yy += 6
        # the delegations in as many columns as the room below needs, each entry on ≤ 2 lines
        room = y_top + h - yy
        for size in (LEGEND_SIZE, 7.5, 7.0):
            lead = size * 1.22 / 72 * 25.4
            for cols in (1, 2, 3):
                col_w = w / cols
                heights = [len(fit_text(text, SANS, size, size, (col_w - 8) * mm, 3 * lead * mm, 3).lines)
                           for _n, text in entries]
                per_col, used, col = [], 0.0, []
                for hgt in heights:
                    need = hgt * lead + 0.6
                    if used + need > room and col:
                        per_col.append(col)
                        col, used = [], 0.0
                    col.append(hgt)
                    used += need
                per_col.append(col)
                if len(per_col) <= cols:
                    break
            else:
                continue
            break
        else:
            warn(translate("core", "The legend is long; some delegations are listed in small print"))
        i = 0
        for ci, col in enumerate(per_col):
            cy = yy
            for hgt in col:
                n, text = entries[i]
                i += 1
                cx = x + ci * col_w
                c.setFillColor(INK)
                c.setFont(SANS_BOLD, size)
                c.drawRightString((cx + 6) * mm, (page_h - cy) * mm - size, str(n))
                fit = fit_text(text, SANS, size, size, (col_w - 8) * mm, (hgt * lead + 0.2) * mm, 3)
                c.setFont(SANS, fit.size)
                for k, line in enumerate(fit.lines):
                    c.drawString((cx + 7.5) * mm, (page_h - cy - k * lead) * mm - size, line)
                cy += hgt * lead + 0.6

    def _legend_line(self, c, kind, colour, text, x, y, w, size, page_h) -> float:
        """Draw one legend line whose top is ``y`` mm; returns its bottom in mm."""
        lead = size * 1.22 / 72 * 25.4
        if kind == "head":
            c.setFillColor(INK)
            c.setFont(SANS_BOLD, size + 2)
            c.drawString(x * mm, (page_h - y) * mm - (size + 2), text)
            return y + lead + 1.5
        indent = 0.0 if kind == "text" else 9.0
        fit = fit_text(text, SANS, size, size * 0.85, (w - indent) * mm, 3 * lead * mm, 2)
        if kind == "swatch":
            c.setFillColor(colour)
            c.setStrokeColor(GREY)
            c.setLineWidth(0.5)
            c.rect(x * mm, (page_h - y - 4) * mm, 7 * mm, 4 * mm, stroke=1, fill=1)
        elif kind == "outline":
            c.setFillColor(HexColor(EMPTY_FILL))
            c.setStrokeColor(INK)
            c.setLineWidth(1.6)
            c.rect(x * mm, (page_h - y - 4) * mm, 7 * mm, 4 * mm, stroke=1, fill=0)
        c.setFillColor(INK)
        c.setFont(SANS, fit.size)
        for k, line in enumerate(fit.lines):
            c.drawString((x + indent) * mm, (page_h - y - k * lead) * mm - fit.size, line)
        return y + max(4.0, len(fit.lines) * lead)

    def title(self, c, page_w, page_h, subtitle: str):
        text = f"SƠ ĐỒ CHỖ NGỒI — {phrases(self.settings.name).upper()}"
        fit = fit_text(text, SANS_BOLD, 18, 10, (page_w - 24) * mm, 10 * mm, 1)
        draw_fitted(c, text, SANS_BOLD, fit, 12 * mm, (page_h - 6) * mm, (page_w - 24) * mm, 10 * mm)
        fit = fit_text(subtitle, SANS, 11, 7, (page_w - 24) * mm, 6 * mm, 1)
        draw_fitted(c, subtitle, SANS, fit, 12 * mm, (page_h - 16.5) * mm, (page_w - 24) * mm, 6 * mm)

    def draw_page(self, c, seats, sheet_w, sheet_h, subtitle, warn) -> None:
        """One page laid out on its own: title, stage band (if any), floor, legend."""
        self.title(c, sheet_w, sheet_h, subtitle)
        stage = [s for s in seats if s.kind in STAGE_KINDS]
        floor = [s for s in seats if s.kind not in STAGE_KINDS]
        area_x, area_w = 12.0, sheet_w - 24 - LEGEND_W - 8
        top = TITLE_H + 2
        bottom = sheet_h - 10
        if stage:   # the stage band spans the page; floor and legend share what is below it
            k = 1.0 if floor else 2.2          # the stage alone on its page: larger boxes
            sh = self.stage_height(stage, k)
            self.draw_stage(c, stage, (12.0, top, sheet_w - 24, sh), sheet_h, k)
            top += sh + 4
        if floor:
            self.draw_floor(c, floor, (area_x, top, area_w, bottom - top), sheet_h, warn)
        self.draw_legend(c, seats, (sheet_w - 12 - LEGEND_W, top, LEGEND_W, bottom - top), sheet_h, warn)


# Two A4 sheets carry the A3 chart with a strip both print (TILE_OVERLAP mm of the chart, about
# 15 mm on paper): what lies at the join is never lost in a printer's unprintable margin, and
# the sheets are glued with their dashed middle lines on top of each other.
TILE_OVERLAP = 16.0


def _tile_scale(sheet_w: float) -> float:
    return (sheet_w / 2) / ((sheet_w + TILE_OVERLAP) / 2)


def _tile_transform(c, part: int, sheet_w: float, sheet_h: float) -> None:
    """Place the A3 chart (``sheet_w`` × ``sheet_h`` mm) on A4 sheet ``part`` (0 left, 1 right):
    scaled so each sheet shows half the chart plus the shared strip, centred vertically."""
    k = _tile_scale(sheet_w)
    shown = (sheet_w + TILE_OVERLAP) / 2                  # chart mm on one sheet
    c.translate(0, (sheet_h - sheet_h * k) / 2 * mm)
    c.scale(k, k)
    c.translate(-part * (sheet_w - shown) * mm, 0)


def _glue_line(c, sheet_w: float, sheet_h: float) -> None:
    """The chart's vertical middle, dashed, on both sheets: cut one there and lay it on the other."""
    c.saveState()
    c.setStrokeColor(GREY)
    c.setLineWidth(0.6)
    c.setDash(3, 2)
    c.line(sheet_w / 2 * mm, 0, sheet_w / 2 * mm, sheet_h * mm)
    c.restoreState()


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
    from ..printing.printable import date_words

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
                    _tile_transform(c, part, sheet_w, sheet_h)
                chart.draw_page(c, seats, sheet_w, sheet_h, subtitle + (f" · {label}" if label else ""),
                                warnings.append)
                if part is not None:
                    _glue_line(c, sheet_w, sheet_h)
                c.restoreState()
                if part is not None:
                    c.setFont(SANS, 7)
                    c.setFillColor(INK)
                    c.drawString(8 * mm, 7 * mm, f"Ghép trang: tờ {part + 1}/2 (nửa {'trái' if part == 0 else 'phải'}). "
                                 "Cắt tờ 1 theo đường chấm, đặt chồng lên tờ 2 cho hai đường chấm trùng nhau.")
                c.showPage()
                count += 1
            progress(i + 1, len(pages_drawn), "Sơ đồ")
        c.save()
    seated = sum(1 for s in hall.seats if s.delegate_id)
    if not seated:
        warnings.append(translate("core", "No seat is assigned yet: the chart shows empty seats"))
    return RenderResult(count, sorted(set(warnings)), seated)
