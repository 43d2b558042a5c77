"""The Word (.docx) renderer of the document model (python-docx).

The same content as the PDF, in the Decree 30 layout, editable: A4, margins
20/20/30/15 mm, Times New Roman 13 pt; the header block as a borderless
two-column table with the measured widths of :mod:`.header` and the short lines
as paragraph borders of the right length; real Word tables whose header row
repeats on every page, rows that never split, boxes to tick where the PDF draws
them, group (and section) headings kept with the next row (Word moves them instead of printing "(tiếp)"); page numbers
centred in the page header from page 2.
"""

from __future__ import annotations

from docx import Document as new_docx
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_ROW_HEIGHT_RULE, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from ... import APP_NAME
from . import header as hd
from .model import Document, Header, PageBreak, Para, Signature, Table, Title
from .output import atomic_output
from .pdf_render import MARGINS

FONT = "Times New Roman"
BODY = 13
ALIGN = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
         "right": WD_ALIGN_PARAGRAPH.RIGHT}


def _set_font(style_or_run, size: float | None = None) -> None:
    font = style_or_run.font
    font.name = FONT
    if size:
        font.size = Pt(size)
    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def _run(p, text: str, *, bold=False, italic=False, size: float | None = None):
    r = p.add_run(text)
    r.bold = bold or None
    r.italic = italic or None
    if size:
        r.font.size = Pt(size)
    return r


def _para(container, text: str = "", *, align="left", bold=False, italic=False, size: float | None = None,
          before: float = 0, after: float = 0, keep_next: bool = False):
    p = container.add_paragraph()
    p.alignment = ALIGN.get(align, align)
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if keep_next:
        fmt.keep_with_next = True
    if text:
        _run(p, text, bold=bold, italic=italic, size=size)
    return p


def _first_para(cell):
    """A cell's first (empty) paragraph, then new ones."""
    p = cell.paragraphs[0]
    if not p.text and not getattr(cell, "_used", False):
        cell._used = True
        return p
    return cell.add_paragraph()


def _cell_para(cell, text="", **kw):
    p = _first_para(cell)
    p.alignment = ALIGN.get(kw.pop("align", "left"))
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(0), Pt(kw.pop("after", 0))
    if kw.pop("keep_next", False):
        fmt.keep_with_next = True
    if text:
        _run(p, text, **kw)
    return p


def _rule(cell, length_pt: float, column_pt: float) -> None:
    """A centred line ``length_pt`` long: an empty paragraph with a bottom border,
    indented so the border has that length."""
    p = _first_para(cell)
    side = max(0.0, (column_pt - length_pt) / 2)
    fmt = p.paragraph_format
    fmt.left_indent = fmt.right_indent = Pt(side)
    fmt.space_before, fmt.space_after = Pt(0), Pt(2)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(2)
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "0"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    borders.append(bottom)
    ppr.append(borders)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        borders.append(e)
    tbl_pr.append(borders)


def _fixed(table, widths_mm) -> None:
    table.autofit = False
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    table._tbl.tblPr.append(layout)
    for row in table.rows:
        for cell, w in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(w)
    for col, w in zip(table.columns, widths_mm, strict=False):
        col.width = Mm(w)


def _zero_margins(table, twips: int = 0) -> None:
    """Cell margins left and right (``twips``: 60 = 3 pt, as the PDF's tables)."""
    mar = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:w"), str(twips))
        e.set(qn("w:type"), "dxa")
        mar.append(e)
    table._tbl.tblPr.append(mar)


def _header(doc, h: Header, width_mm: float, keep) -> None:
    lay = hd.layout_header(h.superior, h.issuer, h.number, h.place_date, width_mm, keep=keep)
    table = doc.add_table(rows=1, cols=3)
    _no_borders(table)
    _zero_margins(table)
    _fixed(table, [lay.left_mm, lay.gap_mm, lay.right_mm])
    left, _, right = table.rows[0].cells
    s = lay.organ_size
    for t in lay.superior:
        _cell_para(left, t, align="center", size=s)
    for t in lay.issuer:
        _cell_para(left, t, align="center", bold=True, size=s)
    _rule(left, lay.issuer_rule_pt, lay.left_mm * hd.PT)
    if h.number:
        _cell_para(left, h.number, align="center", size=hd.NUMBER_SIZE)
    _cell_para(right, hd.MOTTO_1, align="center", bold=True, size=hd.ORGAN_SIZE)
    _cell_para(right, hd.MOTTO_2, align="center", bold=True, size=hd.MOTTO_SIZE)
    _rule(right, lay.motto_rule_pt, lay.right_mm * hd.PT)
    if h.place_date:
        _cell_para(right, h.place_date, align="center", italic=True, size=hd.DATE_SIZE)


def _title(doc, t: Title) -> None:
    _para(doc, "", after=0)
    if t.annex:
        _para(doc, t.annex, align="center", bold=True, size=14, keep_next=True)
    _para(doc, t.text.upper(), align="center", bold=True, size=14, keep_next=True)
    for x in t.lines:
        _para(doc, x, align="center", bold=True, keep_next=True)
    for x in t.plain:
        _para(doc, x, align="center", keep_next=True)
    for x in t.italic:
        _para(doc, x, align="center", italic=True, keep_next=True)
    _para(doc, "", after=4)


def _paragraph(doc, b: Para) -> None:
    style = b.style
    p = _para(doc, align={"center": "center", "body": WD_ALIGN_PARAGRAPH.JUSTIFY}.get(style, "left"),
              after=3, before=4 if style == "heading" else 0, keep_next=style == "heading")
    fmt = p.paragraph_format
    if style == "body":
        fmt.first_line_indent = Mm(10)
    if style == "cue":
        fmt.left_indent = Mm(10)
    size = 11 if style == "note" else None
    for r in b.runs:
        _run(p, r.text, bold=r.bold or style == "heading",
             italic=r.italic or style in ("note", "cue"), size=size)


def _row_props(row, *, header=False) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    cant = OxmlElement("w:cantSplit")
    tr_pr.append(cant)
    if header:
        th = OxmlElement("w:tblHeader")
        tr_pr.append(th)


def _shade(cell, fill="EBEBEB") -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


TICK_BOX_MM = 4.5   # as the PDF's TickBox


def _tick_box(cell, column_mm: float) -> None:
    """An empty square to tick by hand, centred in the cell, as the PDF draws it: an
    empty paragraph boxed by its borders, indented to the box's width (no text, so the
    document's words stay the model's; a clerk typing "X" in Word types it in the box)."""
    p = _first_para(cell)
    side_pt = TICK_BOX_MM * hd.PT
    text_pt = column_mm * hd.PT - 2 * 3   # the cell margins, 3 pt a side
    fmt = p.paragraph_format
    fmt.left_indent = fmt.right_indent = Pt(max(0.0, (text_pt - side_pt) / 2))
    fmt.space_before, fmt.space_after = Pt(1.5), Pt(1.5)   # clear of the cell's rules
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(side_pt - 2)
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    ppr = p._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for edge in ("top", "left", "bottom", "right"):
        e = OxmlElement(f"w:{edge}")
        for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1" if edge in ("top", "bottom") else "0"),
                     ("w:color", "000000")):
            e.set(qn(k), v)
        borders.append(e)
    ppr.append(borders)
    tc_pr = cell._tc.get_or_add_tcPr()
    valign = OxmlElement("w:vAlign")
    valign.set(qn("w:val"), "center")
    tc_pr.append(valign)


def _table(doc, t: Table, width_mm: float) -> None:
    total = sum(c.width for c in t.columns)
    widths = [width_mm * c.width / total for c in t.columns]
    size = t.font_size
    table = doc.add_table(rows=0, cols=len(t.columns))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    _zero_margins(table, 60)
    row = table.add_row()
    _row_props(row, header=True)
    for cell, col in zip(row.cells, t.columns, strict=True):
        _cell_para(cell, col.label, align="center", bold=True, size=size)
    for g in t.groups:
        if g.heading:
            row = table.add_row()
            _row_props(row)
            cell = row.cells[0].merge(row.cells[-1])
            _cell_para(cell, g.heading, bold=True, size=size + 0.5 if g.section else size, keep_next=True)
            _shade(cell, "D6D6D6" if g.section else "EBEBEB")
        for values in g.rows:
            row = table.add_row()
            _row_props(row)
            if t.row_height_mm:
                row.height = Mm(t.row_height_mm)
                row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
            for j, (cell, v, col) in enumerate(zip(row.cells, values, t.columns, strict=False)):
                if j in t.tick_columns and not v:
                    _tick_box(cell, widths[j])
                else:
                    _cell_para(cell, v, align=col.align, size=size)
    for values in t.totals:
        row = table.add_row()
        _row_props(row)
        for cell, v, col in zip(row.cells, values, t.columns, strict=False):
            _cell_para(cell, v, align=col.align, bold=True, size=size)
    _fixed(table, widths)
    _para(doc, "", after=2)


def _signature(doc, s: Signature, width_mm: float) -> None:
    table = doc.add_table(rows=1, cols=2)
    _no_borders(table)
    _zero_margins(table)
    _fixed(table, [width_mm * 0.45, width_mm * 0.55])
    left, right = table.rows[0].cells
    _row_props(table.rows[0])
    if s.recipients:
        _cell_para(left, "Nơi nhận:", bold=True, italic=True, size=12)
        for r in s.recipients:
            _cell_para(left, "- " + r, size=11)
    for r in s.roles:
        _cell_para(right, r.upper(), align="center", bold=True, size=13.5)
    if s.hint:
        _cell_para(right, s.hint, align="center", italic=True, size=12)
    if s.roles or s.name:
        for _ in range(4):
            _cell_para(right, "", align="center")
    if s.name:
        _cell_para(right, s.name, align="center", bold=True, size=13.5)


def _page_number_header(section) -> None:
    section.different_first_page_header_footer = True
    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)
    run.font.size = Pt(13)


def build_docx(document: Document, keep: tuple[str, ...] = ()):
    """The python-docx ``Document`` of ``document``."""
    doc = new_docx()
    doc.core_properties.title = document.title
    doc.core_properties.author = APP_NAME
    normal = doc.styles["Normal"]
    _set_font(normal, BODY)
    normal.paragraph_format.space_after = Pt(0)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    section = doc.sections[0]
    w, h = Mm(210), Mm(297)
    if document.landscape:
        section.orientation = WD_ORIENT.LANDSCAPE
        w, h = h, w
    section.page_width, section.page_height = w, h
    m = {**MARGINS, **(document.margins or {})}
    section.top_margin, section.bottom_margin = Mm(m["top"]), Mm(m["bottom"])
    section.left_margin, section.right_margin = Mm(m["left"]), Mm(m["right"])
    section.header_distance = Mm(m["top"] * 0.4)
    if document.page_numbers:
        _page_number_header(section)
    width_mm = (297 if document.landscape else 210) - m["left"] - m["right"]
    # python-docx's template starts with one empty paragraph: reuse nothing, remove it
    body = doc.element.body
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    for b in document.blocks:
        if isinstance(b, Header):
            _header(doc, b, width_mm, keep)
        elif isinstance(b, Title):
            _title(doc, b)
        elif isinstance(b, Para):
            _paragraph(doc, b)
        elif isinstance(b, Table):
            _table(doc, b, width_mm)
        elif isinstance(b, Signature):
            if doc.paragraphs:   # the closing paragraph stays on the signature's page
                doc.paragraphs[-1].paragraph_format.keep_with_next = True
            _signature(doc, b, width_mm)
        elif isinstance(b, PageBreak):
            p = _para(doc)
            p.paragraph_format.page_break_before = True
    return doc


def render_docx(document: Document, out, keep: tuple[str, ...] = ()) -> None:
    """Write ``document`` as .docx to ``out`` (path or binary file), whole or not at all."""
    doc = build_docx(document, keep)
    with atomic_output(out) as buf:
        doc.save(buf)


def docx_text(source) -> str:
    """The text of a .docx body in reading order (paragraphs, then table cells row by
    row, merged cells once), one line per paragraph — for tests and the smoke check."""
    from docx import Document as open_docx

    d = open_docx(source)
    lines: list[str] = []

    def walk(element):
        for child in element.iterchildren():
            if child.tag == qn("w:p"):
                lines.append("".join(t.text or "" for t in child.iter(qn("w:t"))))
            elif child.tag == qn("w:tbl"):
                for tr in child.iterchildren(qn("w:tr")):
                    for tc in tr.iterchildren(qn("w:tc")):
                        walk(tc)
            elif child.tag == qn("w:sdt"):
                walk(child)
    walk(d.element.body)
    return "\n".join(lines)
