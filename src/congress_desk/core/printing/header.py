"""The header block of Decree 30/2020/NĐ-CP, laid out by measuring.

Left: the supervising body (caps, regular) over the issuing body (CAPS, bold) with
a short centred line under it (0.4 of its widest line: between ⅓ and ½), then the
number. Right: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (caps, bold) over the motto
(bold) with a line as long as the motto, then the place and date (italic).

The right column is as wide as its widest line needs; the left column gets the
rest minus a gap, at most 75 mm (so a landscape list has the letter's header). Names longer than their column break at phrase boundaries —
never inside "ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG", "THI ĐUA - KHEN THƯỞNG" …;
a line break written in the event settings ("\\n") is kept as it is. Both
renderers (PDF and Word) use this one layout.
"""

from __future__ import annotations

from dataclasses import dataclass

from .fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts, text_width

MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_2 = "Độc lập - Tự do - Hạnh phúc"
PT = 72 / 25.4          # points per mm

ORGAN_SIZE = 12.5       # supervising and issuing body, national title
MOTTO_SIZE = 13.5
NUMBER_SIZE = 13
DATE_SIZE = 13.5
GAP_MM = 6.0            # between the two columns
PAD_MM = 2.0            # spare room inside each column
RULE_FACTOR = 0.4       # the issuing body's line: 0.4 of its width (⅓–½)
MAX_LEFT_MM = 75.0      # the left column is as wide on a landscape list as on a portrait letter

# Word groups a line never breaks inside (upper case; compared after upper-casing).
PHRASES = (
    "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "THÀNH PHỐ", "THI ĐUA - KHEN THƯỞNG",
    "THI ĐUA – KHEN THƯỞNG", "THI ĐUA", "KHEN THƯỞNG", "HỘI ĐỒNG", "BAN TỔ CHỨC", "TỔ CHỨC",
    "ĐẠI HỘI", "ĐẠI BIỂU", "THẨM TRA", "TƯ CÁCH", "YÊU NƯỚC", "LẦN THỨ", "THƯỜNG TRỰC",
    "VĂN PHÒNG", "NỘI VỤ", "MẶT TRẬN", "TỔ QUỐC", "VIỆT NAM", "LIÊN ĐOÀN", "LAO ĐỘNG",
)
# A line break is best before these words (the start of a new phrase).
BREAK_BEFORE = ("THÀNH PHỐ", "TỈNH", "QUẬN", "HUYỆN", "THỊ XÃ", "BAN", "HỘI ĐỒNG", "SỞ",
                "THI ĐUA", "LẦN THỨ", "ĐẠI HỘI")


def _tokens(line: str, extra: tuple[str, ...]) -> list[str]:
    """Words of ``line`` with the known phrases (and ``extra``) glued into one token."""
    words = line.split()
    phrases = sorted((*PHRASES, *extra), key=lambda p: -len(p.split()))
    out: list[str] = []
    i = 0
    upper = [w.upper() for w in words]
    while i < len(words):
        for p in phrases:
            n = len(p.split())
            if n > 1 and upper[i:i + n] == p.upper().split():
                out.append(" ".join(words[i:i + n]))
                i += n
                break
        else:
            out.append(words[i])
            i += 1
    return out


def break_lines(text: str, font: str, size: float, width_pt: float,
                keep: tuple[str, ...] = ()) -> list[str]:
    """``text`` in as few lines as fit ``width_pt``, broken only between phrases
    (``keep``: more phrases, e.g. the province's name). A "\\n" in ``text`` is a
    break the user chose. Among equal line counts, a break before a phrase that
    starts a name ("THÀNH PHỐ …") wins, then the most even lines."""
    register_fonts()
    out: list[str] = []
    for part in text.split("\n"):
        part = " ".join(part.split())
        if not part:
            continue
        out += _break_one(part, font, size, width_pt, keep)
    return out


def _break_one(text: str, font: str, size: float, width_pt: float, keep) -> list[str]:
    if text_width(text, font, size) <= width_pt:
        return [text]
    tokens = _tokens(text, keep)
    best: tuple | None = None
    n = len(tokens)
    # Try every way of cutting the tokens into 2 or 3 lines (names are short).
    cuts_list = [(i,) for i in range(1, n)] + [(i, j) for i in range(1, n) for j in range(i + 1, n)]
    for cuts in cuts_list:
        bounds = (0, *cuts, n)
        lines = [" ".join(tokens[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
        widths = [text_width(x, font, size) for x in lines]
        over = sum(max(0.0, w - width_pt) for w in widths)
        good_breaks = sum(1 for c in cuts if any(tokens[c].upper().startswith(b) for b in BREAK_BEFORE))
        score = (over > 0.01, over, len(lines), -good_breaks, max(widths) - min(widths))
        if best is None or score < best[0]:
            best = (score, lines)
    return best[1] if best else [text]


@dataclass
class HeaderLayout:
    """Measured header: column widths (mm), broken lines and rule lengths (pt)."""

    left_mm: float
    right_mm: float
    gap_mm: float
    superior: list[str]
    issuer: list[str]
    issuer_rule_pt: float
    motto_rule_pt: float
    organ_size: float


def layout_header(superior: list[str], issuer: list[str], number: str | None, place_date: str | None,
                  text_width_mm: float, *, keep: tuple[str, ...] = ()) -> HeaderLayout:
    """Lay the two columns out in ``text_width_mm``: the right column as wide as the
    national title, the motto and the date need, the left the rest."""
    register_fonts()
    right_pt = max(text_width(MOTTO_1, SERIF_BOLD, ORGAN_SIZE), text_width(MOTTO_2, SERIF_BOLD, MOTTO_SIZE),
                   text_width(place_date or "", SERIF_ITALIC, DATE_SIZE))
    right_mm = right_pt / PT + 2 * PAD_MM
    left_mm = min(MAX_LEFT_MM, text_width_mm - right_mm - GAP_MM)
    gap_mm = text_width_mm - right_mm - left_mm
    room = (left_mm - 2 * PAD_MM) * PT
    size = ORGAN_SIZE
    for size in (ORGAN_SIZE, 12.0):   # Decree 30: 12–13 pt; try 12 before a third line
        sup = [x.upper() for s in superior for x in break_lines(s.upper(), SERIF, size, room, keep)]
        iss = [x.upper() for s in issuer for x in break_lines(s.upper(), SERIF_BOLD, size, room, keep)]
        if all(text_width(x, SERIF, size) <= room for x in sup) and \
                all(text_width(x, SERIF_BOLD, size) <= room for x in iss) and len(iss) <= 2:
            break
    widest = max([text_width(x, SERIF_BOLD, size) for x in iss] or [0.0])
    return HeaderLayout(
        left_mm=left_mm, right_mm=right_mm, gap_mm=gap_mm, superior=sup, issuer=iss,
        issuer_rule_pt=widest * RULE_FACTOR, motto_rule_pt=text_width(MOTTO_2, SERIF_BOLD, MOTTO_SIZE),
        organ_size=size,
    )


