"""Lists: delegates by unit (``delegate-list``) and the paper check-in list
(``checkin-list``: tick boxes and a signature column, the desk's fallback).

Delegates are grouped by unit in the committee's order, names in Vietnamese order
(given name, then family and middle names). Personal numbers (citizen ID, phone)
are printed only with ``options.personal_numbers``.
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..counts import load_marks, tally
from ..event import load_settings
from ..fields import category_label
from ..progress import CancelToken, no_progress
from . import document as doc
from .options import PrintOptions, RenderResult
from .records import EventDb, require, select
from .totals import summoned_lines


class TickBox(Flowable):
    """An empty square to tick by hand, centred in its cell."""

    def __init__(self, side_mm: float = 4.5):
        super().__init__()
        self.side = side_mm * mm
        self._avail = self.side

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        return avail_width, self.side

    def draw(self):
        self.canv.setLineWidth(0.7)
        self.canv.rect((self._avail - self.side) / 2, 0, self.side, self.side, stroke=1, fill=0)


def _header(settings, place_date: bool = True):
    return doc.national_header(
        [settings.organizer, "Ban Tổ chức Đại hội"],
        place_date=doc.date_line(settings.province, settings.date) if place_date else None,
    )


def _printed_at() -> str:
    now = dt.datetime.now()
    return f"In lúc {now:%H:%M} ngày {now:%d/%m/%Y} — Congress Desk"


def _groups(records):
    """[(unit name, [records])] keeping the selection's order."""
    return [(unit or "(Chưa có đơn vị)", list(items))
            for unit, items in groupby(records, key=lambda r: r.get("unit"))]


def _seat(r) -> str:
    return r.get("seat") or ""


def render_delegate_list(event, out, options: PrintOptions, *, progress=no_progress,
                         cancel: CancelToken | None = None) -> RenderResult:
    with EventDb(event) as db:
        settings = load_settings(db)
        sel = select(db, options, "delegate-list")
        counts = tally(sel.records, load_marks(db))
    require(sel)
    personal = options.personal_numbers
    header = ["STT", "Họ và tên", "Chức vụ", "Đối tượng", "Ghế"]
    widths = [11, 45, 64, 25, 20] if not personal else [10, 38, 48, 20, 17, 16, 16]
    if personal:
        header += ["Số CCCD", "Điện thoại"]
        widths = [10, 35, 37, 18, 17, 26, 22]
    align = ["center", "left", "left", "left", "center", "center", "center"][:len(header)]
    rows, group_rows = [], {}
    for unit, items in _groups(sel.records):
        group_rows[len(rows)] = f"{unit} ({len(items)} đại biểu)"
        for n, r in enumerate(items, start=1):
            row = [n, r["full_name"], r.get("position") or "", category_label(r.get("category")), _seat(r)]
            if personal:
                row += [r.get("national_id") or "", r.get("phone") or ""]
            rows.append(row)
    story = [
        _header(settings),
        *doc.title_block("Danh sách đại biểu", settings.name,
                         extra=summoned_lines(counts)),
        doc.data_table(header, rows, widths, align=align, group_rows=group_rows, font_size=10.5),
    ]
    pages = doc.build_pdf(out, story, title="Danh sách đại biểu", footer=_printed_at(),
                          progress=progress, cancel=cancel, estimated_pages=max(1, len(rows) // 24))
    return RenderResult(pages, sel.warnings, len(sel.records), sel.unknown_codes)


def render_checkin_list(event, out, options: PrintOptions, *, progress=no_progress,
                        cancel: CancelToken | None = None) -> RenderResult:
    with EventDb(event) as db:
        settings = load_settings(db)
        sel = select(db, options, "checkin-list")
        counts = tally(sel.records, load_marks(db))
    require(sel)
    personal = options.personal_numbers
    header = ["STT", "Họ và tên", "Chức vụ", "Mã thẻ", "Ghế", "Có mặt", "Ký tên"]
    widths = [12, 58, 78, 22, 22, 16, 44]
    if personal:
        header.insert(4, "Số CCCD")
        widths = [11, 52, 64, 20, 28, 20, 15, 42]
    align = ["center", "left", "left", "center"] + (["center"] if personal else []) + ["center", "center", "left"]
    rows, group_rows = [], {}
    for unit, items in _groups(sel.records):
        group_rows[len(rows)] = f"{unit} ({len(items)})"
        for n, r in enumerate(items, start=1):
            row = [n, r["full_name"], r.get("position") or "", r["code"]]
            if personal:
                row.append(r.get("national_id") or "")
            row += [_seat(r), TickBox(), ""]
            rows.append(row)
    margins = {"left": 20.0, "right": 15.0, "top": 18.0, "bottom": 18.0}
    width = doc.text_width_mm(landscape_mode=True, margins=margins)
    scale = width / sum(widths)
    widths = [w * scale for w in widths]
    story = [
        *doc.title_block("Danh sách đại biểu đến dự Đại hội", settings.name,
                         extra=[f"{settings.venue}, ngày {settings.date[8:10]}/{settings.date[5:7]}/{settings.date[:4]}"
                                ] + summoned_lines(counts)),
        doc.data_table(header, rows, widths, align=align, group_rows=group_rows, font_size=10.5,
                       row_height_mm=9),
    ]
    pages = doc.build_pdf(out, story, title="Danh sách điểm danh", landscape_mode=True, margins=margins,
                          footer=_printed_at(), progress=progress, cancel=cancel,
                          estimated_pages=max(1, len(rows) // 16))
    return RenderResult(pages, sel.warnings, len(sel.records), sel.unknown_codes)
