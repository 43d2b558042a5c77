"""What a card layout can print (the field registry): each field with a label, a sample and a getter.

The same registry drives the PDF renderers and the on-screen layout preview (which
shows ``sample`` values). A *record* is a delegate row (as from
``registry.list_delegates``) plus ``seat`` (label "A-5-12" or None) and
``settings`` (the :class:`~congress_desk.core.event.EventSettings`).

Printed words are Vietnamese whatever the UI language: the documents are
Vietnamese documents.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from ..event import EventSettings
from ..i18n import QT_TRANSLATE_NOOP

# Category: printed name on badges and the colour of its band (fill, text colour).
CATEGORY_STYLE: dict[str | None, tuple[str, str, str]] = {
    "official": ("ĐẠI BIỂU CHÍNH THỨC", "#B71C1C", "#FFFFFF"),
    "guest": ("KHÁCH MỜI", "#0D47A1", "#FFFFFF"),
    "honoree": ("ĐẠI BIỂU ĐIỂN HÌNH", "#F9A825", "#000000"),
    "press": ("PHÓNG VIÊN", "#1B5E20", "#FFFFFF"),
    "staff": ("BAN TỔ CHỨC", "#455A64", "#FFFFFF"),
    None: ("ĐẠI BIỂU", "#6D4C41", "#FFFFFF"),
}


def category_style(category: str | None) -> tuple[str, str, str]:
    return CATEGORY_STYLE.get(category, CATEGORY_STYLE[None])


def nfc(text) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text)).strip()


def seat_words(label: str | None) -> str:
    """"Khu A – Hàng 5 – Ghế 12" from "A-5-12"; the stage as "Đoàn Chủ tịch – Ghế 3"."""
    if not label:
        return ""
    parts = label.split("-", 2)
    while len(parts) < 3:
        parts.append("")
    section, row, number = parts
    if section == "ĐCT":
        return f"Đoàn Chủ tịch – Ghế {number}"
    if section == "TK":
        return f"Đoàn Thư ký – Ghế {number}"
    return f"Khu {section} – Hàng {row} – Ghế {number}"


def date_words(settings: EventSettings) -> str:
    try:
        date = dt.date.fromisoformat(settings.date)
    except ValueError:
        return settings.date
    return f"{date.day:02d}/{date.month:02d}/{date.year}"


NBSP = "\u00a0"
# A title breaks only before these words (folded): "ĐẠI HỘI THI ĐUA YÊU NƯỚC / THÀNH PHỐ HẢI
# PHÒNG / LẦN THỨ IX", never inside "THÀNH / PHỐ" or "HẢI / PHÒNG".
PHRASE_STARTS = (("thanh", "pho"), ("tinh",), ("lan", "thu"), ("nhiem", "ky"), ("giai", "doan"),
                 ("khoa",), ("quan",), ("huyen",), ("nam",), ("tai",))


def phrases(text: str) -> str:
    """``text`` with the spaces inside each phrase made non-breaking, so wrapping breaks
    only at phrase boundaries (Decree 30: names break only between phrases)."""
    from ..vietnamese import fold

    words = nfc(text).split()
    folded = [fold(w) for w in words]
    out = ""
    for i, word in enumerate(words):
        if i:
            starts = any(tuple(folded[i:i + len(p)]) == p for p in PHRASE_STARTS)
            out += " " if starts else NBSP
        out += word
    return out


@dataclass(frozen=True)
class Field:
    label: str                      # English source; translate("core", label) to show it
    sample: str                     # what the preview shows
    get: Callable[[dict], str]


def _settings(r: dict) -> EventSettings:
    return r.get("settings") or EventSettings()


FIELDS: dict[str, Field] = {
    "full_name": Field(QT_TRANSLATE_NOOP("core", "Full name"), "Nguyễn Thị Thanh Hoà",
                       lambda r: nfc(r.get("full_name"))),
    "position": Field(QT_TRANSLATE_NOOP("core", "Position"), "Phó Chủ tịch UBND quận Lê Chân",
                      lambda r: nfc(r.get("position"))),
    "unit": Field(QT_TRANSLATE_NOOP("core", "Unit"), "Quận Lê Chân", lambda r: nfc(r.get("unit"))),
    "workplace": Field(QT_TRANSLATE_NOOP("core", "Workplace"), "UBND quận Lê Chân",
                       lambda r: nfc(r.get("workplace"))),
    "category": Field(QT_TRANSLATE_NOOP("core", "Category"), "ĐẠI BIỂU CHÍNH THỨC",
                      lambda r: category_style(r.get("category"))[0]),
    "seat": Field(QT_TRANSLATE_NOOP("core", "Seat (section, row, seat)"), "Khu B – Hàng 5 – Ghế 12",
                  lambda r: seat_words(r.get("seat"))),
    "seat_label": Field(QT_TRANSLATE_NOOP("core", "Seat label"), "B-5-12", lambda r: nfc(r.get("seat"))),
    "code": Field(QT_TRANSLATE_NOOP("core", "Badge code"), "10000017", lambda r: nfc(r.get("code"))),
    "congress": Field(QT_TRANSLATE_NOOP("core", "Congress title"),
                      "ĐẠI HỘI THI ĐUA YÊU NƯỚC THÀNH PHỐ HẢI PHÒNG LẦN THỨ IX",
                      lambda r: phrases(_settings(r).name).upper()),
    "term": Field(QT_TRANSLATE_NOOP("core", "Term"), "(2020 – 2025)",
                  lambda r: f"({nfc(_settings(r).term)})" if _settings(r).term else ""),
    "organizer": Field(QT_TRANSLATE_NOOP("core", "Organizer"), "Ủy ban nhân dân thành phố Hải Phòng",
                       lambda r: nfc(_settings(r).organizer)),
    "date_venue": Field(QT_TRANSLATE_NOOP("core", "Date and venue"), "09/11/2020 · Trung tâm Hội nghị thành phố",
                        lambda r: f"{date_words(_settings(r))} · {nfc(_settings(r).venue)}"),
    "badge_note": Field(QT_TRANSLATE_NOOP("core", "Badge note"), "Xin đeo thẻ trong suốt thời gian Đại hội",
                        lambda r: "Xin đeo thẻ trong suốt thời gian Đại hội"),
    # certificates (records made by core.vetting.certificates.certificate_records)
    "cert_name": Field(QT_TRANSLATE_NOOP("core", "Certificate: recipient"), "Ông Nguyễn Văn Hùng",
                       lambda r: nfc(r.get("cert_name"))),
    "cert_detail": Field(QT_TRANSLATE_NOOP("core", "Certificate: position and unit"),
                         "Phó Chủ tịch UBND quận Lê Chân, thành phố Hải Phòng", lambda r: nfc(r.get("cert_detail"))),
    "cert_achievement": Field(QT_TRANSLATE_NOOP("core", "Certificate: achievement"),
                              "Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2015 – 2020",
                              lambda r: nfc(r.get("cert_achievement"))),
    "cert_decision": Field(QT_TRANSLATE_NOOP("core", "Certificate: decision line"),
                           "Quyết định số 2345/QĐ-UBND ngày 02/11/2020", lambda r: nfc(r.get("cert_decision"))),
    "cert_date": Field(QT_TRANSLATE_NOOP("core", "Certificate: place and date of the decision"),
                       "Hải Phòng, ngày 02 tháng 11 năm 2020", lambda r: nfc(r.get("cert_date"))),
    "cert_register": Field(QT_TRANSLATE_NOOP("core", "Certificate: award register number"),
                           "Số sổ vàng: 1245", lambda r: nfc(r.get("cert_register"))),
}


def sample_record(settings: EventSettings | None = None) -> dict:
    """A record whose fields print their samples (for previews of a layout)."""
    return {
        "full_name": FIELDS["full_name"].sample, "position": FIELDS["position"].sample,
        "unit": FIELDS["unit"].sample, "workplace": FIELDS["workplace"].sample,
        "category": "official", "seat": "B-5-12", "code": "10000017",
        "settings": settings or EventSettings(),
    }
