"""The document model: a text document built once, rendered to PDF and to Word.

A kind that prints a text document (lists, invitations, reports, annexes, the
script) builds a :class:`Document` from the event — header block, number, place
and date, title, paragraphs, grouped tables, signature block, recipients — and
:mod:`.pdf_render` (ReportLab) and :mod:`.docx_render` (python-docx) lay it out in
the format of Decree 30/2020/NĐ-CP. Both renderers print exactly the model's text;
what each adds to fit pages (repeated header rows, "(tiếp)" headings, page
numbers) is *page furniture*, which :func:`model_words` leaves out.

Text is NFC-normalised when the model is built, and any single value is clipped
to :data:`MAX_CELL` characters (ending in "…") so that no stored text, however
long, can break a page.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

MAX_CELL = 300      # characters of one table cell or one line of a header
MAX_PARA = 3000     # characters of one paragraph
CONTINUED = "(tiếp)"


def nfc(text) -> str:
    return unicodedata.normalize("NFC", "" if text is None else str(text))


def clip(text, limit: int = MAX_CELL) -> str:
    """NFC, single spaces, at most ``limit`` characters (cut at a word, ending "…")."""
    text = " ".join(nfc(text).split())
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if " " in cut[limit // 2:]:
        cut = cut[:cut.rindex(" ")]
    return cut.rstrip(" ,;.-–") + "…"


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False
    italic: bool = False


@dataclass
class Header:
    """The two-column header block. ``superior`` and ``issuer`` are lists of lines
    (already broken at phrase boundaries, see :mod:`.header`); ``number`` is the
    whole "Số: …/GM-BTC" line, or None (lists carry no number)."""

    superior: list[str]
    issuer: list[str]
    number: str | None = None
    place_date: str | None = None


@dataclass
class Title:
    text: str                                         # caps bold, centred
    annex: str | None = None                          # "Phụ lục" / "Phụ lục II" above the title
    lines: list[str] = field(default_factory=list)    # bold centred lines under it
    plain: list[str] = field(default_factory=list)    # plain centred lines
    italic: list[str] = field(default_factory=list)   # "(Kèm theo Quyết định số …)"


@dataclass
class Para:
    """A paragraph of runs. ``style``: body (justified, first-line indent), left,
    center, heading (bold, kept with what follows), note (small italic), cue (italic,
    indented: stage directions of a script)."""

    runs: list[Run]
    style: str = "body"

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


@dataclass
class Column:
    label: str
    width: float              # relative width (scaled to the text width)
    align: str = "left"       # left, center, right


@dataclass
class Group:
    """Rows under a heading. A *section* (``section=True``, no rows of its own) is a
    heading over the groups that follow it, up to the next section: "A. Thuộc thẩm
    quyền Chủ tịch UBND thành phố" over "I. Bằng khen …", "II. …"."""

    heading: str | None
    rows: list[list[str]]
    section: bool = False


@dataclass(frozen=True)
class Section:
    """``table(…, groups=[Section("A. …"), ("I. …", rows), …])``: a section heading."""

    heading: str


@dataclass
class Table:
    columns: list[Column]
    groups: list[Group]
    font_size: float = 11
    tick_columns: tuple[int, ...] = ()   # columns holding a box to tick by hand
    row_height_mm: float | None = None   # minimum row height (room to sign)
    totals: list[list[str]] = field(default_factory=list)   # rows after the last group, bold
    # The heading the table stands under when it is a heading paragraph just above it (a
    # batch of the ceremony script): a table going on overleaf repeats it with "(tiếp)"
    # where no group heading of its own says what goes on. Page furniture.
    caption: str | None = None

    @property
    def headings(self) -> list[str]:
        return [g.heading for g in self.groups if g.heading]


@dataclass
class Signature:
    """Signer at the right (authority lines, title, room to sign, name in bold) and
    "Nơi nhận:" with its recipients at the left (only on official documents)."""

    roles: list[str]
    name: str | None
    recipients: list[str] = field(default_factory=list)
    hint: str | None = None


@dataclass
class PageBreak:
    pass


Block = Header | Title | Para | Table | Signature | PageBreak


@dataclass
class Document:
    title: str                 # metadata title (file properties)
    blocks: list[Block] = field(default_factory=list)
    landscape: bool = False
    margins: dict[str, float] | None = None   # mm; default Decree 30 margins
    page_numbers: bool = True                 # from page 2, in the header
    fit_one_page: bool = False                # shrink table text (to 9 pt) to keep one page

    def add(self, *blocks: Block) -> Document:
        self.blocks.extend(blocks)
        return self

    def headings(self) -> list[str]:
        """Text that must never end a page: group headings and heading paragraphs."""
        out = []
        for b in self.blocks:
            if isinstance(b, Table):
                out += b.headings
            elif isinstance(b, Para) and b.style == "heading":
                out.append(b.text)
        return out


# -------------------------------------------------------------- small builders

def P(*parts, style: str = "body") -> Para:
    """``P("text")``, ``P(B("Thời gian:"), " 07 giờ 30")`` — strings are plain runs."""
    runs = [p if isinstance(p, Run) else Run(nfc(p)) for p in parts]
    total = sum(len(r.text) for r in runs)
    if total > MAX_PARA:
        runs = [Run(clip(r.text, MAX_PARA), r.bold, r.italic) for r in runs]
    return Para([r for r in runs if r.text], style)


def B(text) -> Run:
    return Run(nfc(text), bold=True)


def I(text) -> Run:  # noqa: E743 - a name as short as B
    return Run(nfc(text), italic=True)


def H(text) -> Para:
    """A heading paragraph, kept with what follows it."""
    return Para([Run(clip(text), bold=True)], "heading")


def table(columns: Sequence[tuple[str, float, str] | tuple[str, float]],
          groups: Iterable[tuple[str | None, Iterable[Sequence]] | Section], **kw) -> Table:
    """A table from ``[(label, width, align)]`` and ``[(heading or None, rows)]``, with
    :class:`Section` headings between groups where they are grouped twice; every cell
    is clipped to :data:`MAX_CELL` characters."""
    cols = [Column(nfc(c[0]), float(c[1]), c[2] if len(c) > 2 else "left") for c in columns]
    out = []
    for item in groups:
        if isinstance(item, Section):
            out.append(Group(clip(item.heading), [], section=True))
            continue
        heading, rows = item
        out.append(Group(clip(heading) if heading else None,
                         [[clip(v) for v in row] for row in rows]))
    return Table(cols, out, **kw)


# -------------------------------------------------------------- the model's text

def block_lines(block: Block) -> list[str]:
    """The text of one block, line by line, in reading order."""
    if isinstance(block, Header):
        lines = [x.upper() for x in (*block.superior, *block.issuer)]   # printed in capitals
        if block.number:
            lines.append(block.number)
        from .header import MOTTO_1, MOTTO_2

        lines += [MOTTO_1, MOTTO_2]
        if block.place_date:
            lines.append(block.place_date)
        return lines
    if isinstance(block, Title):
        return ([block.annex] if block.annex else []) + [block.text.upper(), *block.lines,
                                                         *block.plain, *block.italic]
    if isinstance(block, Para):
        return [block.text]
    if isinstance(block, Table):
        out = [" ".join(c.label for c in block.columns)]
        for g in block.groups:
            if g.heading:
                out.append(g.heading)
            out += [" ".join(v for v in row if v) for row in g.rows]
        out += [" ".join(v for v in row if v) for row in block.totals]
        return out
    if isinstance(block, Signature):
        out = []   # reading order: "Nơi nhận" at the left, then the signer at the right
        if block.recipients:
            out.append("Nơi nhận:")
            out += ["- " + r for r in block.recipients]
        out += [r.upper() for r in block.roles]
        if block.hint:
            out.append(block.hint)
        if block.name:
            out.append(block.name)
        return out
    return []


def model_text(document: Document) -> str:
    return "\n".join(line for b in document.blocks for line in block_lines(b))


def words(text: str) -> list[str]:
    """Words for comparing renderings: NFC, split on white space; dashes and the
    ellipsis stand alone, so a line broken differently compares the same."""
    text = nfc(text).replace("\u00a0", " ")
    for ch in ("…",):
        text = text.replace(ch, f" {ch} ")
    return text.split()


def model_words(document: Document) -> list[str]:
    return words(model_text(document))


@dataclass
class Built:
    """What a document kind's builder returns: the document, its warnings and count,
    and ``after``, called once the file is written (to record what was printed)."""

    document: Document
    warnings: list[str] = field(default_factory=list)
    items: int = 0
    unknown_codes: list[str] = field(default_factory=list)
    keep: tuple[str, ...] = ()          # phrases the header never breaks (the province)
    after: object = None                # callable() or None
