"""Invitations (giấy mời), one per invitee, in the administrative format of Decree
30/2020: organ and national motto header, number, place and date, title, the
invitee, time, place and seat, the signature block.

By default for guests and honorees (those who are not official delegates); any
selection by unit or codes works too.
"""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer

from ..event import load_settings
from ..progress import CancelToken, no_progress
from . import document as doc
from .fields import seat_words
from .options import PrintOptions, RenderResult
from .records import EventDb, record_printed, require, select

KIND = "invitations"
BLANK = "\u00a0" * 10  # room to write by hand (spaces would collapse)
DEFAULT_CATEGORIES = ("guest", "honoree")
WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật")


def honorific(gender: str | None) -> str:
    return {"male": "Ông", "female": "Bà"}.get(gender or "", "Ông/Bà")


def when_words(settings) -> str:
    """"07 giờ 30 phút, thứ Hai, ngày 09/11/2020"."""
    try:
        date = dt.date.fromisoformat(settings.date)
    except ValueError:
        return settings.date
    hour, _, minute = (settings.start_time or "").partition(":")
    time = f"{int(hour):02d} giờ {int(minute or 0):02d} phút, " if hour.isdigit() else ""
    return f"{time}{WEEKDAYS[date.weekday()]}, ngày {date.day:02d}/{date.month:02d}/{date.year}"


def _blank_date(settings) -> str:
    year = settings.date[:4] if settings.date[:4].isdigit() else "20    "
    return f"{doc.nfc(settings.province)}, ngày{BLANK}tháng{BLANK}năm {year}"


def invitation_story(r: dict, settings, options: PrintOptions) -> list:
    st = doc.styles()
    title = honorific(r.get("gender"))
    body = st["body_left"]
    lines = [
        doc.national_header([settings.organizer, "Ban Tổ chức Đại hội"], number="Số:" + BLANK + "/GM-BTC",
                            place_date=_blank_date(settings)),
        *doc.title_block("Giấy mời"),
        Paragraph(f"Ban Tổ chức {doc.esc(settings.name)} trân trọng kính mời:", st["body"]),
        Spacer(1, 2 * mm),
        Paragraph(f"{title}: <b>{doc.esc(r['full_name'])}</b>", body),
    ]
    if r.get("position"):
        lines.append(Paragraph(f"Chức vụ: {doc.esc(r['position'])}", body))
    where = r.get("workplace") or r.get("unit")
    if where:
        lines.append(Paragraph(f"Đơn vị: {doc.esc(where)}", body))
    term = f" ({doc.esc(settings.term)})" if settings.term else ""
    lines += [
        Spacer(1, 2 * mm),
        Paragraph(f"Tới dự {doc.esc(settings.name)}{term}.", st["body"]),
        Paragraph(f"<b>Thời gian:</b> {doc.esc(when_words(settings))}.", st["body"]),
        Paragraph(f"<b>Địa điểm:</b> {doc.esc(settings.venue)}, {doc.esc(settings.address)}.", st["body"]),
    ]
    if r.get("seat"):
        lines.append(Paragraph(f"<b>Chỗ ngồi:</b> {doc.esc(seat_words(r['seat']))}.", st["body"]))
    lines += [
        Paragraph(f"Khi đến dự, đề nghị {title} mang theo Giấy mời này và có mặt trước giờ khai mạc "
                  "15 phút để ổn định chỗ ngồi.", st["body"]),
        Paragraph(f"Sự có mặt của {title} góp phần vào thành công của Đại hội./.", st["body"]),
        doc.signature_block(["TM. Ban Tổ chức", options.signer_title or "Trưởng ban"], options.signer,
                            recipients=["Như trên;", "Lưu: VT, BTC."]),
    ]
    return [KeepTogether(lines)]


def render(event, out, options: PrintOptions, *, progress=no_progress,
           cancel: CancelToken | None = None) -> RenderResult:
    with EventDb(event) as db:
        settings = load_settings(db)
        sel = select(db, options, KIND, default_categories=DEFAULT_CATEGORIES)
        require(sel)
        story: list = []
        for i, r in enumerate(sel.records):
            if i:
                story.append(PageBreak())
            story += invitation_story(r, settings, options)
        pages = doc.build_pdf(out, story, title="Giấy mời", progress=progress, cancel=cancel,
                              estimated_pages=len(sel.records), page_numbers=False)
        if options.record:
            record_printed(db, KIND, sel.records, None)
    warnings = list(sel.warnings)
    if pages != len(sel.records):
        warnings.append("Một số giấy mời dài hơn một trang")
    return RenderResult(pages, warnings, len(sel.records), sel.unknown_codes)
