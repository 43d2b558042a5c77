"""Helpers for administrative documents in the format of Decree 30/2020/NĐ-CP.

A document is a list of ReportLab *flowables* ("story") built with these helpers
and written with :func:`build_pdf`. A typical list::

    from congress_desk.core.printing import document as doc

    story = [
        doc.national_header(["UBND THÀNH PHỐ HẢI PHÒNG", "BAN THI ĐUA - KHEN THƯỞNG"],
                            number="Số: 12/GM-TĐKT",
                            place_date=doc.date_line("Hải Phòng", "2020-11-02")),
        *doc.title_block("DANH SÁCH ĐẠI BIỂU", "Đại hội Thi đua yêu nước …"),
        doc.data_table(["STT", "Họ và tên", "Đơn vị"], rows, [12, 70, 78],
                       group_rows={0: "I. KHỐI QUẬN, HUYỆN"}),
        doc.signature_block(["TM. BAN TỔ CHỨC", "TRƯỞNG BAN"], "Nguyễn Văn A"),
    ]
    result_pages = doc.build_pdf(out, story, title="Danh sách đại biểu",
                                 progress=progress, cancel=cancel)

What the decree asks and these helpers do: Times-like serif (Tinos) 13 pt body;
margins top/bottom 20 mm, left 30 mm, right 15 mm; the national motto at the top
right ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" upright bold, "Độc lập - Tự do - Hạnh
phúc" bold with a rule under it), the issuing organ at the top left (superior organ
regular, the organ itself bold, a short rule under it, then the document number),
the place and date line in italics under the motto, the title bold and centred,
page numbers centred in the top margin from page 2 on, a signature block at the
right (role in capitals, bold; name bold). Tables repeat their header rows on every
page. All text is NFC-normalised here, so callers can pass anything.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Sequence

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ... import APP_NAME
from ..progress import CancelToken, no_progress
from .fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts, text_width
from .output import atomic_output

MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"

# Decree 30/2020/NĐ-CP, Appendix I: page margins in mm.
MARGINS = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}
BODY_SIZE = 13


def nfc(text) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def esc(text) -> str:
    """NFC text escaped for a ReportLab :class:`Paragraph`."""
    return nfc(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_STYLES: dict[str, ParagraphStyle] | None = None


def styles() -> dict[str, ParagraphStyle]:
    """Paragraph styles: body, cell, cell_center, cell_right, head, title, subtitle,
    organ, organ_bold, motto_1, motto_2, place_date, note, sign_role, sign_name, small."""
    global _STYLES
    if _STYLES is None:
        register_fonts()

        def s(name, font=SERIF, size=BODY_SIZE, align=TA_LEFT, leading=None, **kw):
            return ParagraphStyle(name, fontName=font, fontSize=size, alignment=align,
                                  leading=leading or size * 1.2, **kw)

        _STYLES = {
            "body": s("body", align=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=4, leading=BODY_SIZE * 1.35),
            "body_left": s("body_left", leading=BODY_SIZE * 1.35),
            "cell": s("cell", size=11),
            "cell_center": s("cell_center", size=11, align=TA_CENTER),
            "cell_right": s("cell_right", size=11, align=TA_RIGHT),
            "head": s("head", font=SERIF_BOLD, size=11, align=TA_CENTER),
            "group": s("group", font=SERIF_BOLD, size=11),
            "title": s("title", font=SERIF_BOLD, size=14, align=TA_CENTER, spaceBefore=6),
            "subtitle": s("subtitle", font=SERIF_BOLD, size=13, align=TA_CENTER),
            "subtitle_plain": s("subtitle_plain", size=13, align=TA_CENTER),
            "organ": s("organ", size=12.5, align=TA_CENTER),
            "organ_bold": s("organ_bold", font=SERIF_BOLD, size=12.5, align=TA_CENTER),
            "motto_1": s("motto_1", font=SERIF_BOLD, size=12.5, align=TA_CENTER),
            "motto_2": s("motto_2", font=SERIF_BOLD, size=13.5, align=TA_CENTER),
            "number": s("number", size=13, align=TA_CENTER),
            "place_date": s("place_date", font=SERIF_ITALIC, size=13.5, align=TA_CENTER),
            "note": s("note", font=SERIF_ITALIC, size=11),
            "sign_role": s("sign_role", font=SERIF_BOLD, size=13.5, align=TA_CENTER),
            "sign_hint": s("sign_hint", font=SERIF_ITALIC, size=12, align=TA_CENTER),
            "sign_name": s("sign_name", font=SERIF_BOLD, size=13.5, align=TA_CENTER),
            "recipients_head": s("recipients_head", font="CD-Serif-BoldItalic", size=12),
            "recipients": s("recipients", size=11),
            "small": s("small", size=10),
        }
    return _STYLES


def para(text, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped, NFC) in one of :func:`styles`."""
    return Paragraph(esc(text), styles()[style])


def date_line(place: str, date: dt.date | str | None) -> str:
    """"Hải Phòng, ngày 09 tháng 11 năm 2020" — days below 10 and months 1–2 get a
    leading zero, as Decree 30/2020 (Appendix I) requires. ``None`` gives a blank
    line to fill by hand."""
    if date is None:
        blank = "\u00a0" * 10
        return f"{nfc(place)}, ngày{blank}tháng{blank}năm 20{blank}"
    if isinstance(date, str):
        date = dt.date.fromisoformat(date[:10])
    day = f"{date.day:02d}"
    month = f"{date.month:02d}" if date.month < 3 else str(date.month)
    return f"{nfc(place)}, ngày {day} tháng {month} năm {date.year}"


class CenteredRule(Flowable):
    """A thin horizontal rule of a fixed length, centred in the space it is given
    (ReportLab's ``HRFlowable`` ignores centring inside table cells)."""

    def __init__(self, length: float, thickness: float = 0.6, space_after: float = 3):
        super().__init__()
        self.length, self.thickness, self.space_after = length, thickness, space_after
        self._avail = length

    def wrap(self, avail_width, avail_height):
        self._avail = avail_width
        return avail_width, self.thickness + self.space_after + 1

    def draw(self):
        x0 = (self._avail - self.length) / 2
        y = self.space_after + 0.5
        self.canv.setLineWidth(self.thickness)
        self.canv.line(x0, y, x0 + self.length, y)


def _rule(text: str, font: str, size: float, factor: float = 1.0) -> CenteredRule:
    return CenteredRule(text_width(nfc(text), font, size) * factor)


def national_header(organ_lines: Sequence[str], *, number: str | None = None,
                    place_date: str | None = None, width: float | None = None) -> Table:
    """The two-column header: issuing organ (left) and national motto (right).

    ``organ_lines``: the superior organ first (printed regular), the issuing organ
    last (printed bold, with a short rule under it); pass one line when there is no
    superior organ. ``number``: "Số: 12/GM-BTC" under the organ. ``place_date``:
    from :func:`date_line`, printed in italics under the motto. ``width`` defaults
    to the A4 text width.
    """
    st = styles()
    width = width or (A4[0] - (MARGINS["left"] + MARGINS["right"]) * mm)
    left: list[Flowable] = []
    lines = [nfc(x).upper() for x in organ_lines if x]
    for i, line in enumerate(lines):
        last = i == len(lines) - 1
        left.append(Paragraph(esc(line), st["organ_bold" if last else "organ"]))
    if lines:
        left.append(_rule(lines[-1], SERIF_BOLD, 12.5, 0.4))
    if number:
        left.append(Paragraph(esc(number), st["number"]))
    right: list[Flowable] = [
        Paragraph(MOTTO_1, st["motto_1"]),
        Paragraph(esc(MOTTO_2), st["motto_2"]),
        _rule(MOTTO_2, SERIF_BOLD, 13.5),
    ]
    if place_date:
        right.append(Paragraph(esc(place_date), st["place_date"]))
    table = Table([[left, right]], colWidths=[width * 0.42, width * 0.58])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]))
    return table


def title_block(title: str, subtitle: str | None = None, *, extra: Iterable[str] = ()) -> list[Flowable]:
    """The document title (bold, capitals, centred), an optional bold subtitle and
    plain centred lines under it."""
    out: list[Flowable] = [Spacer(1, 4 * mm), Paragraph(esc(nfc(title).upper()), styles()["title"])]
    if subtitle:
        out.append(Paragraph(esc(subtitle), styles()["subtitle"]))
    for line in extra:
        out.append(Paragraph(esc(line), styles()["subtitle_plain"]))
    out.append(Spacer(1, 5 * mm))
    return out


def data_table(header: Sequence[str] | Sequence[Sequence[str]], rows: Sequence[Sequence],
               col_widths_mm: Sequence[float], *, align: Sequence[str] | None = None,
               group_rows: dict[int, str] | None = None, font_size: float = 11,
               row_height_mm: float | None = None) -> Table:
    """A ruled table whose header rows repeat on every page.

    ``header``: one row of labels, or several rows. ``rows``: cell values (str,
    numbers or flowables). ``align``: per column "left" / "center" / "right".
    ``group_rows``: {index in rows: heading} inserts a full-width bold heading row
    (a unit's name, "I. KHỐI QUẬN, HUYỆN") before that row. ``row_height_mm``: a
    minimum row height (room for a signature).
    """
    st = styles()
    cell = ParagraphStyle("cell_x", parent=st["cell"], fontSize=font_size, leading=font_size * 1.2)
    styles_by_align = {
        "left": cell,
        "center": ParagraphStyle("cc", parent=cell, alignment=TA_CENTER),
        "right": ParagraphStyle("cr", parent=cell, alignment=TA_RIGHT),
    }
    head = ParagraphStyle("hx", parent=st["head"], fontSize=font_size, leading=font_size * 1.2)
    group = ParagraphStyle("gx", parent=st["group"], fontSize=font_size, leading=font_size * 1.2)
    header_rows = [list(header)] if header and isinstance(header[0], str) else [list(h) for h in header]
    ncols = len(col_widths_mm)
    align = list(align or ["left"] * ncols)
    data: list[list] = [[Paragraph(esc(h), head) if isinstance(h, str) else h for h in row] for row in header_rows]
    style_cmds = [
        ("FONTNAME", (0, 0), (-1, -1), SERIF),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    heights: list[float | None] = [None] * len(header_rows)
    groups = group_rows or {}
    for i, row in enumerate(rows):
        if i in groups:
            r = len(data)
            data.append([Paragraph(esc(groups[i]), group)] + [""] * (ncols - 1))
            style_cmds.append(("SPAN", (0, r), (-1, r)))
            style_cmds.append(("BACKGROUND", (0, r), (-1, r), colors.Color(0.92, 0.92, 0.92)))
            heights.append(None)
        out_row = []
        for j, value in enumerate(row):
            if isinstance(value, Flowable):
                out_row.append(value)
            else:
                out_row.append(Paragraph(esc("" if value is None else value), styles_by_align[align[j]]))
        data.append(out_row)
        heights.append(row_height_mm * mm if row_height_mm else None)
    cls = LongTable if len(data) > 60 else Table
    table = cls(data, colWidths=[w * mm for w in col_widths_mm], repeatRows=len(header_rows),
                rowHeights=heights)
    table.setStyle(TableStyle(style_cmds))
    return table


def signature_block(role_lines: Sequence[str], name: str | None = None, *,
                    hint: str | None = None, recipients: Sequence[str] | None = None,
                    space_mm: float = 25, width: float | None = None) -> KeepTogether:
    """The signer at the right (role lines in capitals, bold; room to sign; name
    bold) and, at the left, "Nơi nhận:" with its recipients when given."""
    st = styles()
    width = width or (A4[0] - (MARGINS["left"] + MARGINS["right"]) * mm)
    right: list[Flowable] = [Paragraph(esc(nfc(r).upper()), st["sign_role"]) for r in role_lines]
    if hint:
        right.append(Paragraph(esc(hint), st["sign_hint"]))
    right.append(Spacer(1, space_mm * mm))
    if name:
        right.append(Paragraph(esc(name), st["sign_name"]))
    left: list[Flowable] = []
    if recipients:
        left.append(Paragraph("Nơi nhận:", st["recipients_head"]))
        for r in recipients:
            left.append(Paragraph("- " + esc(r), st["recipients"]))
    table = Table([[left, right]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    return KeepTogether([Spacer(1, 6 * mm), table])


def build_pdf(out, story: list[Flowable], *, title: str, pagesize=A4, landscape_mode: bool = False,
              margins: dict[str, float] | None = None, page_numbers: bool = True,
              footer: str | None = None, progress=no_progress, cancel: CancelToken | None = None,
              estimated_pages: int = 0) -> int:
    """Lay out ``story`` and write the PDF to ``out`` (path or binary file object),
    whole or not at all. Returns the number of pages.

    Page numbers are centred in the top margin from page 2 on (Decree 30/2020).
    ``footer`` is a small line printed at the bottom of every page. ``cancel`` is
    checked on each page; ``progress(page, estimated_pages)`` is called per page.
    """
    register_fonts()
    margins = {**MARGINS, **(margins or {})}
    size = landscape(pagesize) if landscape_mode else pagesize
    cancel = cancel or CancelToken()
    pages = {"n": 0}

    def on_page(canvas, doc):
        cancel.check()
        pages["n"] = doc.page
        progress(doc.page, max(estimated_pages, doc.page), title)
        canvas.saveState()
        if page_numbers and doc.page > 1:
            canvas.setFont(SERIF, 13)
            canvas.drawCentredString(size[0] / 2, size[1] - margins["top"] * mm * 0.55, str(doc.page))
        if footer:
            canvas.setFont(SERIF_ITALIC, 9)
            canvas.drawString(margins["left"] * mm, margins["bottom"] * mm * 0.45, nfc(footer))
        canvas.restoreState()

    with atomic_output(out) as buf:
        doc = SimpleDocTemplate(
            buf, pagesize=size, title=nfc(title), author=APP_NAME, creator=APP_NAME,
            leftMargin=margins["left"] * mm, rightMargin=margins["right"] * mm,
            topMargin=margins["top"] * mm, bottomMargin=margins["bottom"] * mm,
        )
        doc.build(list(story), onFirstPage=on_page, onLaterPages=on_page)
    return pages["n"]


def text_width_mm(pagesize=A4, margins: dict[str, float] | None = None, landscape_mode: bool = False) -> float:
    """The width available for text between the margins, in mm."""
    margins = {**MARGINS, **(margins or {})}
    size = landscape(pagesize) if landscape_mode else pagesize
    return size[0] / mm - margins["left"] - margins["right"]


__all__ = [
    "MARGINS", "MOTTO_1", "MOTTO_2", "build_pdf", "data_table", "date_line", "esc", "national_header",
    "nfc", "para", "signature_block", "styles", "text_width_mm", "title_block", "TA_CENTER", "TA_RIGHT",
]
