"""The PDF renderer of the document model (ReportLab, Tinos embedded).

Decree 30 layout: A4, margins 20/20/30/15 mm, the measured header block of
:mod:`.header`, page numbers centred at the top from page 2. Tables repeat their
header row on every page; a group heading never ends a page, and a group that
goes on overleaf repeats its heading with "(tiếp)". Whatever is drawn only to fit
pages (repeated header rows, "(tiếp)" headings, page numbers) is collected in
:attr:`PdfResult.furniture`, so tests can compare the page text with the model's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import PageBreak as RLPageBreak
from reportlab.platypus import Table as RLTable

from ... import APP_NAME
from ..progress import CancelToken, no_progress
from . import header as hd
from .fonts import SERIF, SERIF_BOLD, SERIF_BOLD_ITALIC, SERIF_ITALIC, register_fonts
from .model import CONTINUED, Document, Header, PageBreak, Para, Signature, Table, Title
from .output import atomic_output

MARGINS = {"top": 20.0, "bottom": 20.0, "left": 30.0, "right": 15.0}
BODY = 13


def esc(text) -> str:
    return str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _style(name, font=SERIF, size=BODY, align=TA_LEFT, leading=None, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, alignment=align,
                          leading=leading or size * 1.25, **kw)


def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    return {
        "body": _style("body", align=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=4, leading=BODY * 1.35),
        "left": _style("left", spaceAfter=3, leading=BODY * 1.35),
        "center": _style("center", align=TA_CENTER, spaceAfter=3),
        "heading": _style("heading", font=SERIF_BOLD, spaceBefore=4, spaceAfter=3, leading=BODY * 1.35),
        "note": _style("note", font=SERIF_ITALIC, size=11, spaceAfter=2),
        "cue": _style("cue", font=SERIF_ITALIC, leftIndent=10 * mm, spaceAfter=3, leading=BODY * 1.3),
        "annex": _style("annex", font=SERIF_BOLD, size=14, align=TA_CENTER),
        "title": _style("title", font=SERIF_BOLD, size=14, align=TA_CENTER, spaceBefore=4),
        "title_line": _style("title_line", font=SERIF_BOLD, align=TA_CENTER),
        "title_plain": _style("title_plain", align=TA_CENTER),
        "title_italic": _style("title_italic", font=SERIF_ITALIC, align=TA_CENTER),
        "sign_role": _style("sign_role", font=SERIF_BOLD, size=13.5, align=TA_CENTER, leading=16),
        "sign_hint": _style("sign_hint", font=SERIF_ITALIC, size=12, align=TA_CENTER),
        "sign_name": _style("sign_name", font=SERIF_BOLD, size=13.5, align=TA_CENTER),
        "recipients_head": _style("recipients_head", font=SERIF_BOLD_ITALIC, size=12),
        "recipients": _style("recipients", size=11, leading=13),
    }


def runs_markup(para: Para) -> str:
    out = []
    for r in para.runs:
        t = esc(r.text)
        if r.bold:
            t = f"<b>{t}</b>"
        if r.italic:
            t = f"<i>{t}</i>"
        out.append(t)
    return "".join(out)


@dataclass
class PdfResult:
    pages: int
    furniture: list[str] = field(default_factory=list)


# ------------------------------------------------------------------ header block

class HeaderBlock(Flowable):
    """The two-column header, drawn line by line at measured positions."""

    def __init__(self, header: Header, keep: tuple[str, ...] = ()):
        super().__init__()
        self.header = header
        self.keep = keep
        self.layout: hd.HeaderLayout | None = None
        self.boxes: list[tuple[str, float, float, float]] = []   # (column, x0, x1, y) for checks

    def _lines(self):
        """[(column, text, font, size, rule_after_pt)] top to bottom, per column."""
        lay = self.layout
        s = lay.organ_size
        left = [("L", t, hd.SERIF, s, 0.0) for t in lay.superior]
        for i, t in enumerate(lay.issuer):
            left.append(("L", t, hd.SERIF_BOLD, s, lay.issuer_rule_pt if i == len(lay.issuer) - 1 else 0.0))
        if self.header.number:
            left.append(("L", self.header.number, hd.SERIF, hd.NUMBER_SIZE, 0.0))
        right = [("R", hd.MOTTO_1, hd.SERIF_BOLD, hd.ORGAN_SIZE, 0.0),
                 ("R", hd.MOTTO_2, hd.SERIF_BOLD, hd.MOTTO_SIZE, lay.motto_rule_pt)]
        if self.header.place_date:
            right.append(("R", self.header.place_date, hd.SERIF_ITALIC, hd.DATE_SIZE, 0.0))
        return left, right

    @staticmethod
    def _height(lines) -> float:
        h = 0.0
        for _, _, _, size, rule in lines:
            h += size * 1.22 + (size * 0.62 if rule else 0.0)
        return h

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        self.layout = hd.layout_header(self.header.superior, self.header.issuer, self.header.number,
                                       self.header.place_date, avail_width / mm, keep=self.keep)
        left, right = self._lines()
        self.height = max(self._height(left), self._height(right)) + 4 * mm
        return self.width, self.height

    def draw(self):
        c = self.canv
        lay = self.layout
        left, right = self._lines()
        columns = {"L": (0.0, lay.left_mm * mm),
                   "R": (self.width - lay.right_mm * mm, self.width)}
        for lines in (left, right):
            y = self.height
            for col, text, font, size, rule in lines:
                x0, x1 = columns[col]
                cx = (x0 + x1) / 2
                y -= size * 1.22
                baseline = y + size * 0.25
                c.setFont(font, size)
                c.drawCentredString(cx, baseline, text)
                if rule:
                    # clear of the dots and hooks under capitals (Ộ, Ự): a third of the size below
                    ry = baseline - size * 0.45
                    c.setLineWidth(0.6)
                    c.line(cx - rule / 2, ry, cx + rule / 2, ry)
                    y -= size * 0.62


# ------------------------------------------------------------------ grouped table

HEADS = ("section", "head")


class GroupedTable(Flowable):
    """A ruled table of groups. It splits between rows only where no group (or
    section) heading is left at the foot of a page, repeats the header row on each
    page, and starts a page that continues a group with the group's heading and
    "(tiếp)" — under its section's heading and "(tiếp)" when the groups are in
    sections, so a page never starts inside a section without saying which; a table
    without group headings repeats its caption (the heading above it) so."""

    def __init__(self, model: Table, items=None, *, continued: bool = False, furniture=None,
                 col_widths=None, cache=None):
        super().__init__()
        self.model = model
        self.furniture = furniture if furniture is not None else []
        self.continued = continued
        if items is None:
            items = []
            for g in model.groups:
                if g.heading:
                    items.append(("section" if g.section else "head", g.heading, False))
                items += [("row", row, False) for row in g.rows]
            items += [("total", row, False) for row in model.totals]
        self.items = items
        self.col_widths = col_widths
        self.cache = cache if cache is not None else {}
        st = _styles()
        size = model.font_size
        base = ParagraphStyle("cell", parent=st["left"], fontSize=size, leading=size * 1.2, spaceAfter=0)
        self.cell_styles = {
            "left": base,
            "center": ParagraphStyle("cc", parent=base, alignment=TA_CENTER),
            "right": ParagraphStyle("cr", parent=base, alignment=TA_RIGHT),
        }
        self.head_style = ParagraphStyle("hx", parent=base, fontName=SERIF_BOLD, alignment=TA_CENTER)
        self.group_style = ParagraphStyle("gx", parent=base, fontName=SERIF_BOLD)
        self.section_style = ParagraphStyle("sx", parent=base, fontName=SERIF_BOLD, fontSize=size + 0.5,
                                            leading=(size + 0.5) * 1.2)
        self.total_styles = {k: ParagraphStyle("t" + k, parent=v, fontName=SERIF_BOLD)
                             for k, v in self.cell_styles.items()}

    # cells and heights -------------------------------------------------------
    def _header_cells(self):
        return [Paragraph(esc(c.label), self.head_style) for c in self.model.columns]

    def _cells(self, item):
        kind, value, _ = item
        if kind in HEADS:
            style = self.section_style if kind == "section" else self.group_style
            return [Paragraph(esc(value), style)] + [""] * (len(self.model.columns) - 1)
        styles = self.total_styles if kind == "total" else self.cell_styles
        out = []
        for j, v in enumerate(value):
            if j in self.model.tick_columns and kind == "row":
                out.append(TickBox())
            else:
                out.append(Paragraph(esc(v), styles[self.model.columns[j].align]))
        return out

    def _height_of(self, item) -> float:
        key = (item[0], item[1] if isinstance(item[1], str) else tuple(item[1]))
        if key in self.cache:
            return self.cache[key]
        cells = self._cells(item)
        h = self._row_height(cells, span=item[0] in HEADS)
        if item[0] == "row" and self.model.row_height_mm:
            h = max(h, self.model.row_height_mm * mm)
        self.cache[key] = h
        return h

    def _row_height(self, cells, span=False) -> float:
        widths = [sum(self.col_widths)] if span else self.col_widths
        h = 0.0
        for cell, w in zip(cells, widths, strict=False):
            if isinstance(cell, Flowable):
                h = max(h, cell.wrap(w - 6, 10_000)[1])
        return h + 5

    def _header_height(self) -> float:
        key = ("__header__",)
        if key not in self.cache:
            self.cache[key] = self._row_height(self._header_cells())
        return self.cache[key]

    # flowable ------------------------------------------------------------------
    def wrap(self, avail_width, avail_height):
        if self.col_widths is None:
            total = sum(c.width for c in self.model.columns)
            self.col_widths = [avail_width * c.width / total for c in self.model.columns]
        self.heights = [self._height_of(it) for it in self.items]
        self.width = sum(self.col_widths)
        self.height = self._header_height() + sum(self.heights)
        return self.width, self.height

    def split(self, avail_width, avail_height):
        self.wrap(avail_width, avail_height)
        room = avail_height - self._header_height()
        k, used = 0, 0.0
        while k < len(self.items) and used + self.heights[k] <= room + 0.01:
            used += self.heights[k]
            k += 1
        while k > 0 and self.items[k - 1][0] in HEADS:
            k -= 1   # a heading never ends a page
        if k == 0 or k >= len(self.items):
            return []
        rest = list(self.items[k:])

        def again(item):
            base = item[1][:-len(CONTINUED) - 1] if item[2] else item[1]
            return (item[0], f"{base} {CONTINUED}", True)

        if rest[0][0] != "section":
            done = self.items[:k]
            section = next((it for it in reversed(done) if it[0] == "section"), None)
            heading = None
            if rest[0][0] != "head":
                # the group going on: its heading, if it is inside the current section
                for it in reversed(done):
                    if it[0] in HEADS:
                        heading = it if it[0] == "head" else None
                        break
            rest[:0] = [again(it) for it in (section, heading) if it is not None]
            if section is None and heading is None and rest[0][0] != "head" and self.model.caption:
                rest.insert(0, ("head", f"{self.model.caption} {CONTINUED}", True))
        kw = {"furniture": self.furniture, "col_widths": self.col_widths, "cache": self.cache}
        return [GroupedTable(self.model, self.items[:k], continued=self.continued, **kw),
                GroupedTable(self.model, rest, continued=True, **kw)]

    def draw(self):
        data = [self._header_cells()] + [self._cells(it) for it in self.items]
        heights = [self._header_height()] + self.heights
        cmds = [
            ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]
        for i, it in enumerate(self.items, start=1):
            if it[0] in HEADS:
                shade = 0.84 if it[0] == "section" else 0.92
                cmds += [("SPAN", (0, i), (-1, i)), ("BACKGROUND", (0, i), (-1, i), colors.Color(shade, shade, shade))]
        if self.continued:
            self.furniture.append(" ".join(c.label for c in self.model.columns))
        self.furniture += [it[1] for it in self.items if it[2]]
        table = RLTable(data, colWidths=self.col_widths, rowHeights=heights)
        table.setStyle(TableStyle(cmds))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)


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


# ------------------------------------------------------------------ blocks

def _title(t: Title, st) -> list[Flowable]:
    out: list[Flowable] = [Spacer(1, 3 * mm)]
    if t.annex:
        out.append(Paragraph(esc(t.annex), st["annex"]))
    out.append(Paragraph(esc(t.text.upper()), st["title"]))
    out += [Paragraph(esc(x), st["title_line"]) for x in t.lines]
    out += [Paragraph(esc(x), st["title_plain"]) for x in t.plain]
    out += [Paragraph(esc(x), st["title_italic"]) for x in t.italic]
    out.append(Spacer(1, 5 * mm))
    return out


def _signature(s: Signature, width: float, st) -> Flowable:
    right: list[Flowable] = [Paragraph(esc(r.upper()), st["sign_role"]) for r in s.roles]
    if s.hint:
        right.append(Paragraph(esc(s.hint), st["sign_hint"]))
    if s.roles or s.name:
        right.append(Spacer(1, 24 * mm))
    if s.name:
        right.append(Paragraph(esc(s.name), st["sign_name"]))
    left: list[Flowable] = []
    if s.recipients:
        left.append(Paragraph("Nơi nhận:", st["recipients_head"]))
        left += [Paragraph("- " + esc(r), st["recipients"]) for r in s.recipients]
    table = RLTable([[left or "", right or ""]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 5 * mm), table])


def flowables(document: Document, width: float, furniture: list[str], keep=()) -> list[Flowable]:
    st = _styles()
    out: list[Flowable] = []
    headings: dict[str, int] = {}   # heading text -> index of its CondPageBreak in ``out``
    for b in document.blocks:
        if isinstance(b, Header):
            out.append(HeaderBlock(b, keep))
        elif isinstance(b, Title):
            out += _title(b, st)
        elif isinstance(b, Para):
            if b.style == "heading":
                headings[b.text] = len(out)
                out.append(CondPageBreak(32 * mm))   # with the lines that follow it
            out.append(Paragraph(runs_markup(b), st.get(b.style, st["body"])))
        elif isinstance(b, Table):
            grouped = GroupedTable(b, furniture=furniture)
            if b.caption in headings:
                # the caption, the lines under it and the table's first rows go on one page
                i = headings[b.caption]
                need = sum(f.wrap(width, 10_000)[1] + f.getSpaceBefore() + f.getSpaceAfter() for f in out[i + 1:])
                probe = GroupedTable(b, furniture=[])   # measured apart: wrapping fixes the widths
                probe.wrap(width - 12, 10_000)           # the frame's padding, 6 pt a side
                need += probe._header_height() + sum(probe.heights[:2]) + 2 * mm
                out[i] = CondPageBreak(max(32 * mm, need))
            out.append(grouped)
            out.append(Spacer(1, 3 * mm))
        elif isinstance(b, Signature):
            # never a page holding only the signature: the closing paragraphs go with it
            tail: list[Flowable] = []
            while out and isinstance(out[-1], Paragraph) and len(tail) < 2:
                tail.insert(0, out.pop())
            sig = _signature(b, width, st)
            out.append(KeepTogether([*tail, *sig._content]) if tail else sig)
        elif isinstance(b, PageBreak):
            out.append(RLPageBreak())
    return out


def render_pdf(document: Document, out, *, progress=no_progress, cancel: CancelToken | None = None,
               estimated_pages: int = 0, keep: tuple[str, ...] = ()) -> PdfResult:
    """Lay ``document`` out and write the PDF to ``out`` (path or binary file), whole
    or not at all. ``keep``: more phrases the header never breaks (the province)."""
    register_fonts()
    margins = {**MARGINS, **(document.margins or {})}
    size = landscape(A4) if document.landscape else A4
    cancel = cancel or CancelToken()
    result = PdfResult(0)

    def on_page(canvas, doc):
        cancel.check()
        result.pages = doc.page
        progress(doc.page, max(estimated_pages, doc.page), document.title)
        if document.page_numbers and doc.page > 1:
            canvas.saveState()
            canvas.setFont(SERIF, 13)
            canvas.drawCentredString(size[0] / 2, size[1] - margins["top"] * mm * 0.55, str(doc.page))
            canvas.restoreState()
            result.furniture.append(str(doc.page))

    width = size[0] - (margins["left"] + margins["right"]) * mm

    def build(buf):
        result.pages, result.furniture[:] = 0, []
        doc = SimpleDocTemplate(
            buf, pagesize=size, title=document.title, author=APP_NAME, creator=APP_NAME,
            leftMargin=margins["left"] * mm, rightMargin=margins["right"] * mm,
            topMargin=margins["top"] * mm, bottomMargin=margins["bottom"] * mm,
        )
        doc.build(flowables(document, width, result.furniture, keep), onFirstPage=on_page, onLaterPages=on_page)

    with atomic_output(out) as buf:
        build(buf)
        tables = [b for b in document.blocks if isinstance(b, Table)]
        while document.fit_one_page and result.pages > 1 and tables and min(t.font_size for t in tables) > 9:
            for t in tables:
                t.font_size = max(9.0, t.font_size - 0.5)
            buf.seek(0)
            buf.truncate()
            build(buf)
    return result
