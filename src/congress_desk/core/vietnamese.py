"""Vietnamese text: normalisation, folding for search, collation, names.

Everything here works on ``str`` and has no dependency beyond the standard
library, so the registry, intake, seating, printing and check-in all agree on
what a name is and how it sorts.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

# Combining marks for the five tones.
GRAVE, HOOK, TILDE, ACUTE, DOT = "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"
# Tone order in dictionaries: none, huyền, hỏi, ngã, sắc, nặng.
TONE_ORDER = {GRAVE: 1, HOOK: 2, TILDE: 3, ACUTE: 4, DOT: 5}
# Marks that make a different letter (ă â ê ô ơ ư).
BREVE, CIRCUMFLEX, HORN = "\u0306", "\u0302", "\u031b"

# The Vietnamese alphabet, with the Latin letters it lacks (f j w z) in their
# Latin places so foreign names sort sensibly.
ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l",
    "m", "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]
_LETTER_INDEX = {letter: 100 + i for i, letter in enumerate(ALPHABET)}
# Numbers map below every letter index (they are negative), in the order of their value.
_NUMBER_BASE = 10**30

_SPACES = re.compile(r"\s+")
# Zero-width characters and BOMs that spreadsheets carry along invisibly.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def clean_text(value) -> str:
    """NFC, every kind of whitespace (NBSP, tabs, newlines) made one space, trimmed."""
    if value is None:
        return ""
    text = nfc(str(value)).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


def fold(text: str) -> str:
    """Lower case without diacritics, for search: "Nguyễn Thị Hoà" -> "nguyen thi hoa"."""
    return _fold_cached(text) if len(text) < 200 else _fold(text)


def _build_fold_table() -> dict[int, str | None]:
    """Accented Latin letters -> their base letter; combining marks and invisibles -> nothing."""
    table: dict[int, str | None] = dict(_INVISIBLE)
    for start, end in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for cp in range(start, end):
            base = "".join(c for c in unicodedata.normalize("NFD", chr(cp)) if not unicodedata.combining(c))
            if base != chr(cp) and len(base) == 1:
                table[cp] = base
    for cp in range(0x0300, 0x0370):
        table[cp] = None
    table[ord("đ")], table[ord("Đ")] = "d", "D"
    # Ð/ð look like Đ/đ and arrive in text decoded with the wrong code page.
    table[ord("ð")], table[ord("Ð")] = "d", "D"
    return table


_FOLD_TABLE = _build_fold_table()


def _fold(text: str) -> str:
    return _SPACES.sub(" ", text.translate(_FOLD_TABLE).casefold()).strip()


_fold_cached = lru_cache(maxsize=65536)(_fold)


@lru_cache(maxsize=4096)  # a few hundred distinct characters: decomposed once each
def _split_letter(ch: str) -> tuple[str, int]:
    """One character -> (letter with its vowel marks, tone number)."""
    decomposed = unicodedata.normalize("NFD", ch.lower())
    tone = 0
    base = []
    for part in decomposed:
        if part in TONE_ORDER:
            tone = TONE_ORDER[part]
        else:
            base.append(part)
    return unicodedata.normalize("NFC", "".join(base)), tone


@lru_cache(maxsize=65536)
def word_key(word: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Dictionary key of one word: letters first, then tones.

    Letters follow the Vietnamese alphabet (ă after a, đ after d, ơ after ô …);
    tones break ties in the order none, grave, hook, tilde, acute, dot. Where the
    tone mark sits (Hòa / Hoà) makes no difference.
    """
    letters: list[int] = []
    tones: list[int] = []
    run = ""  # a run of ASCII digits sorts as one number, before any letter: 2 < 10 < a
    for ch in nfc(word) + " ":
        if ch.isascii() and ch.isdigit():
            run += ch
            continue
        if run:
            letters.append(int(run) - _NUMBER_BASE)
            run = ""
        letter, tone = _split_letter(ch)
        if letter in _LETTER_INDEX:
            letters.append(_LETTER_INDEX[letter])
        elif letter.isdigit():
            letters.append(50)
        elif letter.isalpha():
            letters.append(1000 + ord(letter))
        else:
            continue  # punctuation does not sort
        if tone:
            tones.append(tone)
    return tuple(letters), tuple(tones) or (0,)


def sort_key(text: str) -> tuple:
    """Vietnamese dictionary order for any text (unit names, positions…)."""
    return tuple(word_key(w) for w in clean_text(text).split(" ") if w)


def split_name(full_name: str) -> tuple[str, str, str]:
    """Split a full name into (family, middle, given).

    Vietnamese names put the family name first and the given name last:
    "Nguyễn Thị Minh Khai" -> ("Nguyễn", "Thị Minh", "Khai"). A single word is a
    given name.
    """
    words = clean_name(full_name).split(" ")
    words = [w for w in words if w]
    if not words:
        return "", "", ""
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


@lru_cache(maxsize=65536)
def name_sort_key(full_name: str) -> tuple:
    """Sort people the Vietnamese way: given name, then family name, then middle names."""
    # Stored names are already clean: split on spaces instead of cleaning again.
    words = nfc(full_name).split()
    if len(words) > 1 and not words[0].isupper():
        family, middle, given = words[0], " ".join(words[1:-1]), words[-1]
    else:
        family, middle, given = split_name(full_name)
    return (
        word_key(given),
        word_key(family),
        tuple(word_key(w) for w in middle.split(" ") if w),
    )


@lru_cache(maxsize=65536)
def name_identity(full_name: str) -> tuple:
    """Equal for two spellings of the same name (case, tone placement, NFD, spaces)."""
    return tuple(word_key(w) for w in clean_name(full_name).split(" ") if w)


def _is_all_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_all_lower(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.islower() for c in letters)


def _capitalize_word(word: str) -> str:
    # Capitalise after hyphens and apostrophes too: "H'Hen", "Ka-Lô".
    parts = re.split(r"([-'’])", word.lower())
    return "".join(p[:1].upper() + p[1:] if p not in "-'’" else p for p in parts)


def proper_case(name: str) -> str:
    """"NGUYỄN THỊ HOÀ" -> "Nguyễn Thị Hoà"; a name in mixed case is left as written."""
    text = clean_text(name)
    if _is_all_caps(text) or _is_all_lower(text):
        return " ".join(_capitalize_word(w) for w in text.split(" "))
    return text


def clean_name(name) -> str:
    """A person's name as it should be stored: NFC, single spaces, no trailing dots,
    ALL CAPS turned into normal capitalisation, spelling otherwise kept."""
    text = clean_text(name).strip(" .,;")
    return proper_case(text)


def date_in_words(date) -> str:
    """"ngày 09 tháng 11 năm 2020" (a date or an ISO string): days below 10 and months
    1–2 with a leading zero (Decree 30/2020, Appendix I)."""
    if isinstance(date, str):
        date = dt.date.fromisoformat(date[:10])
    day = f"{date.day:02d}"
    month = f"{date.month:02d}" if date.month < 3 else str(date.month)
    return f"ngày {day} tháng {month} năm {date.year}"


def date_line(place: str, date) -> str:
    """"Hải Phòng, ngày 09 tháng 11 năm 2020" (:func:`date_in_words` after the place)."""
    return f"{place}, {date_in_words(date)}"
