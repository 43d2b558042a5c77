"""Print layouts as data: elements placed in mm on a card, cards on a sheet.

A layout is plain data (a dict, JSON-able) turned into frozen dataclasses by
:func:`layout_from_dict`, which validates everything on load: element types,
fields, fonts, alignment, and that every element lies inside its card and every
card inside the page. Coordinates are millimetres from the card's top-left
corner, y growing downwards (as a person measures on paper).

Element types:

``text``     a field of the registry (``field``) or fixed ``text``; shrinks from
             ``size`` down to ``min_size`` to fit, wraps onto up to ``max_lines``
             lines; never cut (below ``min_size`` it still shrinks, with a warning)
``band``     a filled rectangle in the colour of the delegate's category, with the
             category's name on it
``qr``       the badge code as a QR code (vector, error correction M or higher)
``barcode``  the badge code as a Code 128 barcode with its quiet zones
``box``      a thin frame; ``line`` a thin line along the top of the element
``logo``     the logo area: the image set for the event (settings key
             ``printing.logo``), or nothing
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, fields
from pathlib import Path

from reportlab.lib.pagesizes import A3, A4, A5, A6
from reportlab.lib.units import mm

from ..errors import UserError
from ..i18n import translate
from ..resources import resource_path
from .fonts import FONT_KEYS

log = logging.getLogger(__name__)

ELEMENT_TYPES = ("text", "band", "qr", "barcode", "box", "line", "logo")
ALIGNS = ("left", "center", "right")
PAPER = {"A4": (A4[0] / mm, A4[1] / mm), "A3": (A3[0] / mm, A3[1] / mm), "A5": (A5[0] / mm, A5[1] / mm),
         "A6": (A6[0] / mm, A6[1] / mm), "CR80": (85.6, 53.98)}


class LayoutError(UserError):
    """A layout (data) is not valid; ``problems`` lists every fault."""

    def __init__(self, name: str, problems: list[str]):
        super().__init__(translate("core", "Layout {name} is not valid: {problems}").format(
            name=name, problems="; ".join(problems)))
        self.problems = problems


@dataclass(frozen=True)
class Element:
    type: str
    x: float
    y: float
    w: float
    h: float
    field: str | None = None
    text: str | None = None
    font: str = "sans"
    size: float = 10.0
    min_size: float = 6.0
    align: str = "center"
    max_lines: int = 1
    autoshrink: bool = True
    color: str = "#000000"
    uppercase: bool = False
    rotate: int = 0           # 0 or 180: the element is drawn upside down (tent cards)
    dash: float = 0.0         # line/box: dash length in mm (0 = solid)


@dataclass(frozen=True)
class Layout:
    """Cards of ``card_w`` × ``card_h`` mm, ``cols`` × ``rows`` per page, centred
    on a page of ``page_w`` × ``page_h`` mm with ``gap`` mm between cards."""

    name: str
    label: str
    page_w: float
    page_h: float
    card_w: float
    card_h: float
    cols: int = 1
    rows: int = 1
    gap: float = 0.0
    cut_marks: bool = False
    frame: bool = False
    elements: tuple[Element, ...] = ()
    back: tuple[Element, ...] = ()     # the back face (double-sided printing)

    @property
    def per_page(self) -> int:
        return self.cols * self.rows

    @property
    def margin_x(self) -> float:
        return (self.page_w - self.cols * self.card_w - (self.cols - 1) * self.gap) / 2

    @property
    def margin_y(self) -> float:
        return (self.page_h - self.rows * self.card_h - (self.rows - 1) * self.gap) / 2

    def slot(self, index: int, *, back: bool = False) -> tuple[float, float]:
        """Top-left corner (mm from the page's top-left) of card ``index`` on a page.
        On the back of a sheet the columns are mirrored (long-edge duplex)."""
        row, col = divmod(index % self.per_page, self.cols)
        if back:
            col = self.cols - 1 - col
        return (self.margin_x + col * (self.card_w + self.gap),
                self.margin_y + row * (self.card_h + self.gap))

    def slots(self, count: int):
        """Yield (page index, slot index, x, y) for ``count`` cards."""
        for i in range(count):
            x, y = self.slot(i)
            yield i // self.per_page, i % self.per_page, x, y


def _element(data: dict) -> Element:
    known = {f.name for f in fields(Element)}
    unknown = set(data) - known
    if unknown:
        raise ValueError(", ".join(sorted(unknown)))
    return Element(**_floats(Element, data))


def _floats(cls, data: dict) -> dict:
    """Whole numbers (``12`` in a JSON file) as floats where ``cls`` holds floats."""
    real = {f.name for f in fields(cls) if f.type == "float"}
    return {k: float(v) if k in real and type(v) is int else v for k, v in data.items()}


def validate(layout: Layout, field_names) -> list[str]:
    """Every problem of a layout, in the user's language (empty when valid)."""
    problems = []
    eps = 0.01
    if layout.cols < 1 or layout.rows < 1:
        problems.append(translate("core", "at least one card per page is needed"))
    if layout.margin_x < -eps or layout.margin_y < -eps:
        problems.append(translate("core", "the cards do not fit on the page"))
    for face, elements in (("front", layout.elements), ("back", layout.back)):
        for i, el in enumerate(elements, start=1):
            where = f"{face} #{i} ({el.type}{':' + el.field if el.field else ''})"
            if el.type not in ELEMENT_TYPES:
                problems.append(translate("core", "{where}: unknown element type").format(where=where))
            if el.type == "text" and not el.field and el.text is None:
                problems.append(translate("core", "{where}: a text needs a field or a fixed text").format(where=where))
            if el.field and el.field not in field_names:
                problems.append(translate("core", "{where}: unknown field").format(where=where))
            if el.font not in FONT_KEYS:
                problems.append(translate("core", "{where}: unknown font {font}").format(where=where, font=el.font))
            if el.align not in ALIGNS:
                problems.append(translate("core", "{where}: unknown alignment").format(where=where))
            if el.size <= 0 or el.min_size <= 0 or el.min_size > el.size:
                problems.append(translate("core", "{where}: font sizes must be positive, the minimum not above the size").format(where=where))
            if el.max_lines < 1:
                problems.append(translate("core", "{where}: at least one line").format(where=where))
            if el.rotate not in (0, 180):
                problems.append(translate("core", "{where}: rotation must be 0 or 180").format(where=where))
            if el.w <= 0 or el.h <= 0 or el.x < -eps or el.y < -eps \
                    or el.x + el.w > layout.card_w + eps or el.y + el.h > layout.card_h + eps:
                problems.append(translate("core", "{where}: not inside the card").format(where=where))
    return problems


def layout_from_dict(data: dict) -> Layout:
    """A validated :class:`Layout` from plain data. Raises :class:`LayoutError`.

    Besides the :class:`Layout` fields, the data may name its page as ``"paper": "A4"``
    (``"A4 landscape"``, ``"A3"``, ``"CR80"``…) instead of ``page_w``/``page_h``, and give
    its ``label`` per language (``{"vi": "…", "en": "…"}``)."""
    from .printable import FIELDS

    name = str(data.get("name", "?"))
    try:
        data = _expand(data)
        elements = tuple(_element(e) for e in data.get("elements", ()))
        back = tuple(_element(e) for e in data.get("back", ()))
        rest = {k: v for k, v in data.items() if k not in ("elements", "back", "kind")}
        layout = Layout(**_floats(Layout, rest), elements=elements, back=back)
    except (TypeError, ValueError) as exc:
        raise LayoutError(name, [translate("core", "unknown or missing keys: {keys}").format(keys=exc)]) from None
    problems = validate(layout, FIELDS)
    if problems:
        raise LayoutError(name, problems)
    return layout


def _expand(data: dict) -> dict:
    """``paper`` as page sizes, ``label`` in the current language."""
    data = dict(data)
    paper = data.pop("paper", None)
    if paper is not None:
        size, _, turn = str(paper).partition(" ")
        if size not in PAPER or turn not in ("", "portrait", "landscape"):
            raise ValueError(f"paper: {paper}")
        w, h = PAPER[size]
        data["page_w"], data["page_h"] = (max(w, h), min(w, h)) if turn == "landscape" else (w, h)
    if isinstance(data.get("label"), dict):
        data["label"] = local_text(data["label"])
    return data


def local_text(texts: dict) -> str:
    """The text for the current language from ``{"vi": …, "en": …}`` (else Vietnamese,
    else English, else any)."""
    from ..i18n import DEFAULT_LANGUAGE, language

    for lang in (language(), DEFAULT_LANGUAGE, "en"):
        if texts.get(lang):
            return str(texts[lang])
    return str(next(iter(texts.values()), ""))


# ---------------------------------------------------------------- layouts shipped as JSON files

def layout_folder() -> Path:
    """Where the layouts live: ``resources/layouts/*.json``, one layout per file, with
    its ``kind`` (``badges``, ``seat-cards``, ``tent-cards``) and ``name`` (else the
    file's name). A committee adds a badge size by adding a file there."""
    return resource_path("layouts")


def layout_data(kind: str) -> dict[str, dict | LayoutError]:
    """The raw data of every layout of ``kind`` by name, in file-name order; a file that
    is not valid JSON stands as its :class:`LayoutError`."""
    out: dict[str, dict | LayoutError] = {}
    folder = layout_folder()
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError(type(data).__name__)
        except (OSError, ValueError) as exc:
            out.setdefault(path.stem, LayoutError(path.stem, [str(exc)]))
            continue
        if data.get("kind") == kind:
            out.setdefault(str(data.get("name") or path.stem), {**data, "name": str(data.get("name") or path.stem)})
    return out


def load_layouts(kind: str, default: str) -> dict[str, Layout]:
    """Every valid layout of ``kind`` by name, ``default`` first. A file that is not
    valid is left out (and logged); :func:`load_layout` names its faults."""
    out: dict[str, Layout] = {}
    data = layout_data(kind)
    for name in sorted(data, key=lambda n: n != default):
        try:
            out[name] = _valid(data[name])
        except LayoutError as exc:
            log.warning("layout file left out: %s", exc)
    return out


def load_layout(kind: str, name: str, *, unknown: str) -> Layout:
    """The layout ``name`` of ``kind``; :class:`UserError` with ``unknown`` (a message
    with ``{name}`` and ``{names}``) when there is none, :class:`LayoutError` when its
    file is not valid."""
    data = layout_data(kind)
    if name not in data:
        raise UserError(unknown.format(name=name, names=", ".join(data)), field="layout")
    return _valid(data[name])


def _valid(data: dict | LayoutError) -> Layout:
    if isinstance(data, LayoutError):
        raise data
    return layout_from_dict(data)


def layout_to_dict(layout: Layout) -> dict:
    from dataclasses import asdict

    return asdict(layout)
