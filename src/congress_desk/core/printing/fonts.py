"""Fonts shipped with the app (``resources/fonts``), registered once with ReportLab.

Tinos is metric-compatible with Times New Roman (the face Decree 30/2020/NĐ-CP asks
for in administrative documents); Noto Sans is the clear sans used on badges and
cards. Both cover the whole Vietnamese alphabet with every tone. ReportLab embeds a
subset of each TTF it uses in every PDF, so nothing falls back to a system font.

Use the names below with ``canvas.setFont`` or in paragraph styles; call
:func:`register_fonts` first (cheap after the first call).
"""

from __future__ import annotations

import threading
from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..resources import resource_path

SERIF = "CD-Serif"
SERIF_BOLD = "CD-Serif-Bold"
SERIF_ITALIC = "CD-Serif-Italic"
SERIF_BOLD_ITALIC = "CD-Serif-BoldItalic"
SANS = "CD-Sans"
SANS_BOLD = "CD-Sans-Bold"

FILES = {
    SERIF: "Tinos-Regular.ttf",
    SERIF_BOLD: "Tinos-Bold.ttf",
    SERIF_ITALIC: "Tinos-Italic.ttf",
    SERIF_BOLD_ITALIC: "Tinos-BoldItalic.ttf",
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
}

# Short names used in layouts (data) -> registered font names.
FONT_KEYS = {
    "serif": SERIF, "serif-bold": SERIF_BOLD, "serif-italic": SERIF_ITALIC,
    "serif-bold-italic": SERIF_BOLD_ITALIC, "sans": SANS, "sans-bold": SANS_BOLD,
}

_lock = threading.Lock()
_done = False


def register_fonts() -> None:
    """Register every shipped font with ReportLab (once per process, thread-safe)."""
    global _done
    if _done:
        return
    with _lock:
        if _done:
            return
        for name, file in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
        # So that <b> and <i> in paragraphs pick the right faces.
        for bold in (0, 1):
            for italic in (0, 1):
                serif = {(0, 0): SERIF, (1, 0): SERIF_BOLD, (0, 1): SERIF_ITALIC, (1, 1): SERIF_BOLD_ITALIC}
                addMapping(SERIF, bold, italic, serif[(bold, italic)])
                addMapping(SANS, bold, italic, SANS_BOLD if bold else SANS)
        _done = True


def font_name(key: str) -> str:
    """The registered font for a layout's font key (``"sans-bold"``) or a registered name."""
    register_fonts()
    if key in FONT_KEYS:
        return FONT_KEYS[key]
    if key in FILES:
        return key
    raise KeyError(key)


@lru_cache(maxsize=65536)
def _width_per_1000(text: str, font: str) -> float:
    return pdfmetrics.stringWidth(text, font, 1000.0)


def text_width(text: str, font: str, size: float) -> float:
    """Width in points of ``text`` in ``font`` at ``size`` (widths scale linearly with the
    size, so fitting text by trying sizes measures each string once)."""
    return _width_per_1000(text, font) * size / 1000.0
