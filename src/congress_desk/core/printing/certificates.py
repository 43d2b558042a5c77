"""Certificates printed onto pre-printed official paper (blanks), and the calibration page.

The state prints the certificate itself; the committee prints only the recipient, the
position and unit, the achievement, the decision line, the place and date of the
decision and the number in the award register (số sổ vàng) into the blank areas of the
pre-printed frame. Each form prints on its own blank (:data:`BLANKS`): the Chủ tịch
UBND's Bằng khen on the Bằng khen blank, titles (Chiến sĩ thi đua thành phố, Tập thể
lao động xuất sắc) on the blank of the title's certificate (Giấy chứng nhận); flags are
not printed, and central forms arrive printed from the centre. Which form goes on which
blank is catalogue data of the vetting area, which builds the records
(:mod:`congress_desk.core.vetting.certificates`) and calls :func:`render_pages`.

Each blank's paper size and text areas are *data* (a "frame": paper size plus one area
per field, in mm from the paper's top-left corner), kept in the event file (settings
key ``printing.certificate_frame`` for the Bằng khen, ``…frame.chung-nhan`` for the
title certificate) and editable, because committees measure their own stock. Each
printer shifts paper a little: per-printer offsets (x, y in mm) live in the
``print_calibration`` table and are added to every area. Text wraps and shrinks to stay
inside its area; if it still cannot fit, it shrinks further and a warning names the
certificate (never cut, never silent).

Paper sizes shipped as presets:

* ``nd50-2006``: 400 × 300 mm, ornament 320 × 230 mm — Decree 50/2006/NĐ-CP Art. 28
  (text quoted on banthiduakhenthuongtw.gov.vn, "Mẫu bằng khen Chiến sĩ thi đua cấp
  Bộ, Ngành, Tỉnh …").
* ``nd85-2014`` (default Bằng khen): 420 × 297 mm. Decree 85/2014/NĐ-CP replaced Decree
  50/2006; its text could not be retrieved with the project's search tool, so this size
  is **unverified** — measure the stock and edit the frame (``save_frame``).
* ``giay-chung-nhan`` (default title certificate): 297 × 210 mm, **unverified**: measure the
  stock. That titles get their own certificate (Decree 98/2023 Art. 54: CSTĐ cấp tỉnh and
  TTLĐXS "được tặng Bằng chứng nhận, khung", flags "được tặng cờ") was checked; the size was not.

``calibration`` prints a ruler grid on the same paper with the areas outlined and
labelled in Vietnamese, so the committee prints it on plain paper, lays it on a
pre-printed sheet against the light and reads off the offsets.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import TYPE_CHECKING

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm

from ..changes import Changes
from ..errors import UserError
from ..event import get_value, set_value
from ..i18n import translate
from ..progress import CancelToken, no_progress
from .fonts import SANS, SANS_BOLD, text_width
from .layout import Layout, layout_from_dict
from .options import PrintOptions, RenderResult
from .output import atomic_output, new_canvas
from .records import EventDb
from .render import draw_element

if TYPE_CHECKING:
    from sqlite_utils import Database

FRAME_KEY = "printing.certificate_frame"
AREA_FIELDS = {"name": "cert_name", "detail": "cert_detail", "achievement": "cert_achievement",
               "decision": "cert_decision", "date": "cert_date", "register": "cert_register"}
# The areas' names on the calibration page (Vietnamese: it is read by the committee).
AREA_LABELS = {"name": "Họ và tên / Tên tập thể", "detail": "Chức vụ, đơn vị", "achievement": "Thành tích",
               "decision": "Số, ngày quyết định", "date": "Địa danh, ngày tháng năm", "register": "Số sổ vàng"}
# The blanks: name -> (label, default preset). "bang-khen" keeps the original settings key.
BLANKS = {"bang-khen": "Bằng khen", "chung-nhan": "Giấy chứng nhận danh hiệu"}
DEFAULT_BLANK = "bang-khen"


def _areas(w: float, h: float) -> dict[str, dict]:
    """Text areas proportional to the paper (calibrated on a 420 × 297 sheet)."""
    sx, sy = w / 420.0, h / 297.0

    def a(x, y, aw, ah, **kw):
        return {"x": round(x * sx, 1), "y": round(y * sy, 1), "w": round(aw * sx, 1), "h": round(ah * sy, 1), **kw}

    return {
        "name": a(75, 122, 270, 17, font="serif-bold", size=28, min_size=14, max_lines=1),
        "detail": a(75, 140, 270, 15, font="serif-italic", size=17, min_size=10, max_lines=2),
        "achievement": a(75, 157, 270, 42, font="serif", size=19, min_size=10, max_lines=4),
        "decision": a(62, 229, 125, 15, font="serif", size=13, min_size=9, max_lines=2, align="left"),
        "date": a(235, 206, 150, 9, font="serif-italic", size=14, min_size=9, max_lines=1),
        "register": a(62, 246, 125, 8, font="serif", size=12, min_size=8, max_lines=1, align="left"),
    }


PRESETS: dict[str, dict] = {
    "nd85-2014": {"preset": "nd85-2014", "paper_w": 420.0, "paper_h": 297.0, "areas": _areas(420.0, 297.0)},
    "nd50-2006": {"preset": "nd50-2006", "paper_w": 400.0, "paper_h": 300.0, "areas": _areas(400.0, 300.0)},
    "giay-chung-nhan": {"preset": "giay-chung-nhan", "paper_w": 297.0, "paper_h": 210.0, "areas": _areas(297.0, 210.0)},
}
DEFAULT_PRESET = "nd85-2014"
BLANK_PRESET = {"bang-khen": "nd85-2014", "chung-nhan": "giay-chung-nhan"}


def _frame_key(blank: str) -> str:
    return FRAME_KEY if blank == DEFAULT_BLANK else f"{FRAME_KEY}.{blank}"


def check_blank(blank: str | None) -> str:
    blank = blank or DEFAULT_BLANK
    if blank not in BLANKS:
        raise UserError(translate("core", "Unknown certificate blank “{name}”; known: {names}").format(
            name=blank, names=", ".join(BLANKS)), field="layout")
    return blank


def frame_layout(frame: dict) -> Layout:
    """The frame as a validated one-card layout (page = paper); offsets are applied
    when drawing (the card is placed at (dx, dy))."""
    elements = []
    for area, spec in frame["areas"].items():
        if area not in AREA_FIELDS:
            raise UserError(translate("core", "Unknown certificate area “{name}”").format(name=area))
        elements.append({"type": "text", "field": AREA_FIELDS[area], **spec})
    data = {"name": "certificate", "label": frame.get("preset", "custom"), "page_w": frame["paper_w"],
            "page_h": frame["paper_h"], "card_w": frame["paper_w"], "card_h": frame["paper_h"],
            "elements": elements}
    return layout_from_dict(data)


def load_frame(db: Database, blank: str = DEFAULT_BLANK) -> dict:
    """The frame of ``blank`` kept in the event file, or its preset. A frame saved before
    the register and date areas existed gets them from its preset, scaled to its paper."""
    blank = check_blank(blank)
    frame = get_value(db, _frame_key(blank))
    if not frame:
        return PRESETS[BLANK_PRESET[blank]]
    missing = {k: v for k, v in _areas(frame["paper_w"], frame["paper_h"]).items() if k not in frame["areas"]}
    if missing:
        frame = {**frame, "areas": {**frame["areas"], **missing}}
    return frame


def save_frame(db: Database, frame: dict, blank: str = DEFAULT_BLANK) -> Changes:
    """Validate and keep the frame (paper size and areas) of ``blank`` in the event file."""
    blank = check_blank(blank)
    frame_layout(frame)  # raises LayoutError / UserError when wrong
    with db.atomic():
        set_value(db, _frame_key(blank), frame)
    return Changes.of("printing")


def get_calibration(db: Database, printer: str | None) -> tuple[float, float]:
    if not printer:
        return 0.0, 0.0
    try:
        row = db.execute("SELECT dx_mm, dy_mm FROM print_calibration WHERE printer = ?", [printer]).fetchone()
    except sqlite3.OperationalError:
        return 0.0, 0.0
    return (float(row[0]), float(row[1])) if row else (0.0, 0.0)


def set_calibration(db: Database, printer: str, dx_mm: float, dy_mm: float) -> Changes:
    """Save a printer's offsets: positive dx moves the text right, positive dy down."""
    printer = (printer or "").strip()
    if not printer:
        raise UserError(translate("core", "Give the printer a name"), field="printer")
    if abs(dx_mm) > 50 or abs(dy_mm) > 50:
        raise UserError(translate("core", "An offset of more than 50 mm is surely a mistake"), field="offset")
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    with db.atomic():
        db.execute(
            "INSERT INTO print_calibration(printer, dx_mm, dy_mm, updated_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(printer) DO UPDATE SET dx_mm = excluded.dx_mm, dy_mm = excluded.dy_mm, "
            "updated_at = excluded.updated_at", [printer, float(dx_mm), float(dy_mm), now])
    return Changes.of("printing")


def render_pages(event, out, records: list[dict], options: PrintOptions, *, progress=no_progress,
                 cancel: CancelToken | None = None) -> RenderResult:
    """One page per record, each on the frame of its ``record["blank"]`` (page size and
    areas of that blank), shifted by the printer's offsets. Fields: ``cert_name``,
    ``cert_detail``, ``cert_achievement``, ``cert_decision``, ``cert_date``,
    ``cert_register`` (and ``full_name`` for warnings)."""
    cancel = cancel or CancelToken()
    if not records:
        raise UserError(translate("core", "No approved award with a decision number to print a certificate for"),
                        field="selection")
    with EventDb(event) as db:
        frames = {b: load_frame(db, b) for b in {r.get("blank") or DEFAULT_BLANK for r in records}}
        dx, dy = get_calibration(db, options.printer)
    layouts = {b: frame_layout(f) for b, f in frames.items()}
    warnings: list[str] = []
    with atomic_output(out) as buf:
        first = layouts[records[0].get("blank") or DEFAULT_BLANK]
        c = new_canvas(buf, (first.page_w * mm, first.page_h * mm), title="Bằng khen, Giấy chứng nhận")
        for i, rec in enumerate(records):
            cancel.check()
            layout = layouts[rec.get("blank") or DEFAULT_BLANK]
            c.setPageSize((layout.page_w * mm, layout.page_h * mm))
            for el in layout.elements:
                draw_element(c, el, rec, dx, dy, layout.page_h,
                             lambda m, r=rec: warnings.append(f"{r['full_name']}: {m}"))
            c.showPage()
            progress(i + 1, len(records), "Bằng khen")
        c.save()
    return RenderResult(len(records), warnings, len(records))


def render_calibration(event, out, options: PrintOptions, *, progress=no_progress,
                       cancel: CancelToken | None = None) -> RenderResult:
    """A ruler grid the size of the certificate paper, with the areas outlined
    (shifted by the printer's offsets when ``options.printer`` is given)."""
    blank = check_blank(options.blank)
    with EventDb(event) as db:
        frame = load_frame(db, blank)
        dx, dy = get_calibration(db, options.printer)
    w, h = frame["paper_w"], frame["paper_h"]
    with atomic_output(out) as buf:
        c = new_canvas(buf, (w * mm, h * mm), title=f"Trang hiệu chỉnh — {BLANKS[blank]}")
        draw_ruler_grid(c, w, h)
        c.setDash(3, 2)
        c.setLineWidth(0.8)
        c.setStrokeColor(HexColor("#C62828"))
        c.setFillColor(HexColor("#C62828"))
        for area, spec in frame["areas"].items():
            x, y = (spec["x"] + dx) * mm, (h - spec["y"] - dy - spec["h"]) * mm
            c.rect(x, y, spec["w"] * mm, spec["h"] * mm, stroke=1, fill=0)
            c.setFont(SANS_BOLD, 9)
            c.drawString(x + 1 * mm, y + spec["h"] * mm - 4 * mm, AREA_LABELS.get(area, area))
        c.setDash()
        # The instructions sit on a white band clear of the rulers (ticks and labels stay
        # within 10 mm of each edge) and of the text areas.
        info = (f"{BLANKS[blank]} · khổ giấy {w:g} × {h:g} mm ({frame.get('preset', 'tùy chỉnh')}) · máy in: "
                f"{options.printer or '(chưa chọn)'} · lệch x = {dx:+.1f} mm, y = {dy:+.1f} mm")
        guide = (f"Đặt trang này lên phôi {BLANKS[blank]}, soi đèn, đọc độ lệch theo thước "
                 "(x: sang phải, y: xuống dưới) rồi lưu cho máy in này.")
        size = 10
        while max(text_width(info, SANS, size), text_width(guide, SANS, size)) > (w - 40) * mm and size > 6:
            size -= 0.5
        band_w = max(text_width(info, SANS, size), text_width(guide, SANS, size)) + 4 * mm
        c.setFillColorRGB(1, 1, 1)
        c.rect(18 * mm, 13 * mm, band_w, 2.6 * size + 3 * mm, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont(SANS, size)
        c.drawString(20 * mm, 15 * mm + 1.3 * size, info)
        c.drawString(20 * mm, 15 * mm, guide)
        c.showPage()
        c.save()
    progress(1, 1, "calibration")
    return RenderResult(1, [], 1)


def draw_ruler_grid(c, w: float, h: float) -> None:
    """Millimetre rulers on all four edges and a 10 mm grid, labelled every 10 mm."""
    c.saveState()
    c.setStrokeColorRGB(0.8, 0.8, 0.8)
    c.setLineWidth(0.2)
    for x in range(10, int(w), 10):
        c.line(x * mm, 0, x * mm, h * mm)
    for y in range(10, int(h), 10):
        c.line(0, (h - y) * mm, w * mm, (h - y) * mm)
    c.setStrokeColorRGB(0, 0, 0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(SANS, 6)
    for x in range(0, int(w) + 1):
        tick = 6 if x % 10 == 0 else 4 if x % 5 == 0 else 2
        for y0, sgn in ((h, -1), (0, 1)):
            c.line(x * mm, y0 * mm, x * mm, (y0 + sgn * tick) * mm)
        if x % 10 == 0 and 0 < x < w:
            c.drawCentredString(x * mm, (h - 9) * mm, str(x))
            c.drawCentredString(x * mm, 7 * mm, str(x))
    for y in range(0, int(h) + 1):
        tick = 6 if y % 10 == 0 else 4 if y % 5 == 0 else 2
        c.line(0, (h - y) * mm, tick * mm, (h - y) * mm)
        c.line(w * mm, (h - y) * mm, (w - tick) * mm, (h - y) * mm)
        if y % 10 == 0 and 0 < y < h:
            c.drawString(7 * mm, (h - y) * mm - 2, str(y))
            c.drawRightString((w - 7) * mm, (h - y) * mm - 2, str(y))
    c.restoreState()
