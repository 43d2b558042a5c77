"""Legacy Vietnamese encodings found in unit spreadsheets, converted to Unicode.

Older offices still type with the TCVN3 (ABC) fonts (``.VnTime``, the all-caps
``.VnTimeH``) or the VNI fonts (``VNI-Times``). Excel keeps such text as the
Windows-1252 characters of the bytes the font draws as Vietnamese letters, so
"Nguyễn" arrives as "NguyÔn" (TCVN3) or "Nguyeãn" (VNI). The cell's font name
says which; :func:`convert` turns it back. :func:`fix_mojibake` undoes UTF-8
read as Windows-1252 ("Nguyá»…n"). :func:`guess` picks a conversion when there
is no font to go by (CSV files).

Tables written from the published charts (TCVN 5712:1993 VN3; VNI-Windows) and
checked against an independent public converter table.
"""

from __future__ import annotations

import re
import unicodedata

# ---------------------------------------------------------------- TCVN3 (ABC)

# byte -> Unicode letter. TCVN3 has lower-case letters with tones only; the
# ".VnTimeH" family draws the same bytes as capitals.
_TCVN3_BYTES = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}

# ---------------------------------------------------------------- VNI-Windows

# Letters VNI stores in one byte.
_VNI_SINGLE = {
    0xF1: "đ", 0xD1: "Đ", 0xF4: "ơ", 0xD4: "Ơ", 0xF6: "ư", 0xD6: "Ư",
    0xEC: "ì", 0xED: "í", 0xE6: "ỉ", 0xF3: "ĩ", 0xF2: "ị",
    0xCC: "Ì", 0xCD: "Í", 0xC6: "Ỉ", 0xD3: "Ĩ", 0xD2: "Ị",
    0xEE: "ỵ", 0xCE: "Ỵ",
}
# Marks that follow a base letter: byte -> combining marks (lower-case and
# upper-case forms of each mark byte).
_G, _A, _H, _T, _D = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE = "\u0302", "\u0306"
_VNI_MARKS = {
    0xF8: _G, 0xF9: _A, 0xFB: _H, 0xF5: _T, 0xEF: _D,
    0xE2: _CIRC, 0xE0: _CIRC + _G, 0xE1: _CIRC + _A, 0xE5: _CIRC + _H, 0xE3: _CIRC + _T, 0xE4: _CIRC + _D,
    0xEA: _BREVE, 0xE8: _BREVE + _G, 0xE9: _BREVE + _A, 0xFA: _BREVE + _H, 0xFC: _BREVE + _T, 0xEB: _BREVE + _D,
    0xD8: _G, 0xD9: _A, 0xDB: _H, 0xD5: _T, 0xCF: _D,
    0xC2: _CIRC, 0xC0: _CIRC + _G, 0xC1: _CIRC + _A, 0xC5: _CIRC + _H, 0xC3: _CIRC + _T, 0xC4: _CIRC + _D,
    0xCA: _BREVE, 0xC8: _BREVE + _G, 0xC9: _BREVE + _A, 0xDA: _BREVE + _H, 0xDC: _BREVE + _T, 0xCB: _BREVE + _D,
}
_VNI_BASES = set("aeiouyAEIOUYơưƠƯ")

# Characters of Windows-1252 <-> bytes (the five undefined bytes pass through).
def _to_byte(ch: str) -> int | None:
    try:
        return ch.encode("cp1252")[0]
    except UnicodeEncodeError:
        o = ord(ch)
        return o if o < 0x100 else None


_CP1252_CHARS = {}
for _b in range(0x80, 0x100):
    try:
        _CP1252_CHARS[_b] = bytes([_b]).decode("cp1252")
    except UnicodeDecodeError:
        _CP1252_CHARS[_b] = chr(_b)

# char (as Excel shows it) -> Unicode letter
TCVN3_MAP = {_CP1252_CHARS[b]: u for b, u in _TCVN3_BYTES.items()}
_VNI_SINGLE_CH = {_CP1252_CHARS[b]: u for b, u in _VNI_SINGLE.items()}
_VNI_MARKS_CH = {_CP1252_CHARS[b]: m for b, m in _VNI_MARKS.items()}

# Letters a Vietnamese text in Unicode may hold.
_VIET_LETTERS = set(
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵfjwz"
)
_VIET_LETTERS |= {c.upper() for c in _VIET_LETTERS}
_NONASCII_VIET = {c for c in _VIET_LETTERS if ord(c) > 127}


def font_encoding(font_name: str | None) -> str | None:
    """"tcvn3", "tcvn3-caps", "vni" or None from a cell's font name."""
    if not font_name:
        return None
    name = font_name.strip().lower()
    if name.startswith(".vn"):
        base = name.split(" ")[0]
        return "tcvn3-caps" if base.endswith("h") else "tcvn3"
    if name.startswith("vni-") or name.startswith("vni "):
        return "vni"
    return None


def _is_legacy_candidate(text: str) -> bool:
    """Worth converting: non-ASCII, and every character fits in one Windows byte."""
    if text.isascii():
        return False
    return all(ord(c) < 0x100 or _to_byte(c) is not None for c in text)


def tcvn3_to_unicode(text: str, caps: bool = False) -> str:
    out = "".join(TCVN3_MAP.get(c, c) for c in text)
    return out.upper() if caps else out


def vni_to_unicode(text: str) -> str:
    out: list[str] = []
    for c in text:
        if c in _VNI_MARKS_CH and out and out[-1] and out[-1][-1] in _VNI_BASES:
            out[-1] = out[-1] + _VNI_MARKS_CH[c]
        elif c in _VNI_SINGLE_CH:
            out.append(_VNI_SINGLE_CH[c])
        else:
            out.append(c)
    return unicodedata.normalize("NFC", "".join(out))


def convert(text: str, encoding: str | None) -> str:
    """Text of a cell drawn with a legacy font, in Unicode. Unicode text (which
    cannot come from such a font) is returned unchanged."""
    if not encoding or not isinstance(text, str) or not _is_legacy_candidate(text):
        return text
    if encoding == "vni":
        return vni_to_unicode(text)
    if encoding in ("tcvn3", "tcvn3-caps"):
        return tcvn3_to_unicode(text, caps=encoding == "tcvn3-caps")
    return text


# ---------------------------------------------------------------- mojibake

# Lead bytes of Vietnamese letters in UTF-8 as cp1252 shows them: C3 Ã, C4 Ä, C5 Å, C6 Æ (ă đ ĩ ũ ơ ư…),
# CC Ì / CD Í (combining marks of decomposed text) and E1 á (ạ ả ấ …).
_MOJIBAKE = re.compile("[ÃÄÅÆÌÍá][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def fix_mojibake(text: str) -> str:
    """UTF-8 bytes shown as Windows-1252 ("Nguyá»…n") back to what was meant."""
    if text.isascii() or not _MOJIBAKE.search(text):
        return text
    for attempt in (text, text.replace("Ã ", "Ã\u00a0")):  # "à" is C3 A0: the NBSP often became a space
        raw = bytearray()
        for c in attempt:
            b = _to_byte(c)
            if b is None:
                return text
            raw.append(b)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return text


# ---------------------------------------------------------------- guessing

_TONES = set("\u0300\u0301\u0303\u0309\u0323")
_WORD = re.compile(r"\w+")


def score(text: str) -> int:
    """How much ``text`` looks like Vietnamese in Unicode: well-formed words with
    marks count for; characters no Vietnamese text has, and words with two tones
    or a "đ" inside, count against."""
    good = bad = 0
    for c in text:
        if ord(c) < 128:
            continue
        if c in _NONASCII_VIET:
            good += 1
        elif c in "–—‘’“”…":
            continue
        elif unicodedata.combining(c) or c in "\u00ad" or unicodedata.category(c)[0] in "CS":
            bad += 3
        else:
            bad += 2
    for word in _WORD.findall(text):
        if word.isascii():
            continue
        decomposed = unicodedata.normalize("NFD", word.lower())
        tones = sum(1 for m in decomposed if m in _TONES)
        if tones > 1:
            bad += 4
        if "đ" in word[1:].lower():
            bad += 4
        if any(ch.isdigit() for ch in word):
            bad += 2
    return good - bad


def guess(text: str) -> str:
    """Best reading of text with no font to go by: as is, mojibake fixed, TCVN3 or VNI."""
    if text.isascii():
        return text
    fixed = fix_mojibake(text)
    if fixed != text:
        return fixed
    if not _is_legacy_candidate(text):
        return text
    candidates = [text, vni_to_unicode(text), tcvn3_to_unicode(text)]
    best = max(candidates, key=score)
    return best if score(best) > score(text) else text


def guess_encoding(samples) -> str | None:
    """For a whole file: "vni", "tcvn3" or None, judged on all its non-ASCII text."""
    totals = {None: 0, "vni": 0, "tcvn3": 0}
    seen = False
    for text in samples:
        if not isinstance(text, str) or not _is_legacy_candidate(text):
            continue
        seen = True
        totals[None] += score(text)
        totals["vni"] += score(vni_to_unicode(text))
        totals["tcvn3"] += score(tcvn3_to_unicode(text))
    if not seen:
        return None
    best = max(totals, key=lambda k: totals[k])
    return best if totals[best] > totals[None] else None
