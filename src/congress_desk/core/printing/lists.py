"""Lists: delegates by unit (``delegate-list``) and the paper check-in list
(``checkin-list``: tick boxes and a signature column, the desk's fallback).

Both are built as a :class:`~.model.Document` (PDF and Word). Delegates are grouped
by unit in the committee's order, names in Vietnamese order (given name, then
family and middle names); people without a unit are grouped by category ("Phóng
viên báo chí"), never under a "no unit" heading. The totals by category open the
list (the shared count definitions of :mod:`congress_desk.core.counts`). Lists carry
the header block and the signature, but no number. Personal
numbers (citizen ID, phone) are printed only with ``options.personal_numbers``.
"""

from __future__ import annotations

from itertools import groupby

from ..counts import load_marks, tally
from ..event import load_settings
from ..fields import category_label
from . import officials
from .model import Built, Document, P, Title, table
from .options import PrintOptions
from .records import EventDb, require, select
from .totals import summoned_lines

# Groups for people who belong to no unit, by category.
NO_UNIT_GROUP = {"official": "Đại biểu chính thức khác", None: "Đại biểu chính thức khác",
                 "guest": "Đại biểu khách mời", "honoree": "Đại biểu điển hình tiên tiến",
                 "press": "Phóng viên báo chí", "staff": "Cán bộ phục vụ Đại hội"}
# The order of the groups of people with no unit.
TOTAL_ORDER = (("official", "đại biểu chính thức"), ("honoree", "đại biểu điển hình"),
               ("guest", "khách mời"), ("press", "phóng viên"), ("staff", "cán bộ phục vụ"))


def groups(records) -> list[tuple[str, list[dict]]]:
    """[(heading, records)] keeping the selection's order; people with no unit come
    last, grouped by category."""
    with_unit = [r for r in records if r.get("unit")]
    out = [(unit, list(items)) for unit, items in groupby(with_unit, key=lambda r: r.get("unit"))]
    order = {k: i for i, (k, _) in enumerate(TOTAL_ORDER)}
    loose = sorted((r for r in records if not r.get("unit")),
                   key=lambda r: order.get(r.get("category") or "official", 0))
    by_heading: dict[str, list[dict]] = {}
    for r in loose:
        by_heading.setdefault(NO_UNIT_GROUP.get(r.get("category"), NO_UNIT_GROUP[None]), []).append(r)
    out += list(by_heading.items())
    return out


def _official(db, kind, settings, options):
    return officials.for_kind(db, kind, settings=settings, options=options)


def build_delegate_list(event, options: PrintOptions) -> Built:
    with EventDb(event) as db:
        settings = load_settings(db)
        sel = select(db, options, "delegate-list")
        counts = tally(sel.records, load_marks(db))
        off = _official(db, "delegate-list", settings, options)
    require(sel)
    personal = options.personal_numbers
    cols = [("STT", 11, "center"), ("Họ và tên", 45), ("Chức vụ, nơi công tác", 66),
            ("Thành phần", 24), ("Ghế", 23, "center")]
    if personal:
        cols = [("STT", 10, "center"), ("Họ và tên", 36), ("Chức vụ, nơi công tác", 40),
                ("Thành phần", 19), ("Ghế", 20, "center"), ("Số CCCD", 30, "center"), ("Điện thoại", 25, "center")]
    body = []
    for unit, items in groups(sel.records):
        rows = []
        for n, r in enumerate(items, start=1):
            row = [str(n), r["full_name"], r.get("position") or "", category_label(r.get("category")),
                   r.get("seat") or ""]
            if personal:
                row += [r.get("national_id") or "", r.get("phone") or ""]
            rows.append(row)
        body.append((f"{unit} ({len(items)} người)", rows))
    doc = Document("Danh sách đại biểu")
    doc.add(off.header,
            Title("Danh sách đại biểu", lines=[settings.name]),
            *(P(line, style="center") for line in summoned_lines(counts)),
            table(cols, body, font_size=10.5),
            off.signature)
    return Built(doc, sel.warnings + off.warnings, len(sel.records), sel.unknown_codes, keep=officials.keep_phrases(settings))


def build_checkin_list(event, options: PrintOptions) -> Built:
    with EventDb(event) as db:
        settings = load_settings(db)
        sel = select(db, options, "checkin-list")
        counts = tally(sel.records, load_marks(db))
        off = _official(db, "checkin-list", settings, options)
    require(sel)
    personal = options.personal_numbers
    cols = [("STT", 12, "center"), ("Họ và tên", 58), ("Chức vụ, nơi công tác", 78), ("Mã thẻ", 22, "center")]
    if personal:
        cols.append(("Số CCCD", 28, "center"))
    cols += [("Ghế", 22, "center"), ("Có mặt", 16, "center"), ("Ký tên", 44)]
    tick = len(cols) - 2
    body = []
    for unit, items in groups(sel.records):
        rows = []
        for n, r in enumerate(items, start=1):
            row = [str(n), r["full_name"], r.get("position") or "", r["code"]]
            if personal:
                row.append(r.get("national_id") or "")
            row += [r.get("seat") or "", "", ""]
            rows.append(row)
        body.append((f"{unit} ({len(items)} người)", rows))
    doc = Document("Danh sách điểm danh", landscape=True,
                   margins={"left": 20.0, "right": 15.0, "top": 18.0, "bottom": 18.0})
    doc.add(off.header,
            Title("Danh sách đại biểu đến dự Đại hội", lines=[settings.name],
                  plain=[f"{settings.venue}, ngày {settings.date[8:10]}/{settings.date[5:7]}/{settings.date[:4]}"]),
            *(P(line, style="center") for line in summoned_lines(counts)),
            table(cols, body, font_size=10.5, tick_columns=(tick,), row_height_mm=9),
            off.signature)
    return Built(doc, sel.warnings + off.warnings, len(sel.records), sel.unknown_codes, keep=officials.keep_phrases(settings))
