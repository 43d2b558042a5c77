"""Invitations (giấy mời), one per invitee, in the administrative format of Decree
30/2020: the organising committee's header with number and symbol ("Số: …/GM-BTC"),
place and date (the date set for invitations, by default a week before the
congress), title, the invitee addressed as "Đồng chí" or "Ông"/"Bà" (per invitee:
see :func:`.officials.address_form`), time, place and seat, the signature block
with the signer's title and name, and "Nơi nhận".

By default for guests and honorees (those who are not official delegates); any
selection by unit or codes works too.
"""

from __future__ import annotations

import datetime as dt

from ..event import load_settings
from . import officials
from .model import B, Built, Document, P, PageBreak, Title, clip
from .options import PrintOptions
from .printable import seat_words
from .records import EventDb, record_printed, require, select

KIND = "invitations"
DEFAULT_CATEGORIES = ("guest", "honoree")
WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")
ISSUED_DAYS_BEFORE = 7


def when_words(settings) -> str:
    """"07 giờ 30 phút, thứ Hai, ngày 09/11/2020"."""
    try:
        date = dt.date.fromisoformat(settings.date)
    except ValueError:
        return settings.date
    hour, _, minute = (settings.start_time or "").partition(":")
    time = f"{int(hour):02d} giờ {int(minute or 0):02d} phút, " if hour.isdigit() else ""
    return f"{time}{WEEKDAYS[date.weekday()]}, ngày {date.day:02d}/{date.month:02d}/{date.year}"


def invitation_blocks(r: dict, settings, off: officials.Official, conf: dict) -> list:
    title = officials.address_form(conf, r)
    blocks = [
        off.header,
        Title("Giấy mời"),
        P(f"Ban Tổ chức {settings.name} trân trọng kính mời:"),
        P(f"{title}: ", B(clip(r["full_name"])), style="left"),
    ]
    if r.get("position"):
        blocks.append(P(f"Chức vụ: {clip(r['position'])}", style="left"))
    where = r.get("workplace") or r.get("unit")
    if where:
        blocks.append(P(f"Đơn vị: {clip(where)}", style="left"))
    term = f" ({settings.term})" if settings.term else ""
    blocks += [
        P(f"Tới dự {settings.name}{term}."),
        P(B("Thời gian:"), f" {when_words(settings)}."),
        P(B("Địa điểm:"), f" {settings.venue}, {settings.address}."),
    ]
    if r.get("seat"):
        blocks.append(P(B("Chỗ ngồi:"), f" {seat_words(r['seat'])}."))
    blocks += [
        P(f"Khi đến dự, đề nghị {title} mang theo Giấy mời này và có mặt trước giờ khai mạc "
          "15 phút để ổn định chỗ ngồi."),
        P(f"Sự có mặt của {title} góp phần vào thành công của Đại hội./."),
        off.signature,
    ]
    return blocks


def build(event, options: PrintOptions) -> Built:
    with EventDb(event) as db:
        settings = load_settings(db)
        conf = officials.load(db, settings)
        off = officials.for_kind(db, KIND, settings=settings, numbered=True, options=options,
                                 date=officials.issue_date_before(settings, ISSUED_DAYS_BEFORE)
                                 if not conf["dates"].get(KIND) else None)
        sel = select(db, options, KIND, default_categories=DEFAULT_CATEGORIES)
    require(sel)
    doc = Document("Giấy mời", page_numbers=False)
    for i, r in enumerate(sel.records):
        if i:
            doc.add(PageBreak())
        doc.add(*invitation_blocks(r, settings, off, conf))

    def after():
        if options.record:
            with EventDb(event) as db:
                record_printed(db, KIND, sel.records, None)

    return Built(doc, sel.warnings + off.warnings, len(sel.records), sel.unknown_codes,
                 keep=officials.keep_phrases(settings), after=after)
