"""Every Vietnamese letter with every tone survives the PDF text layer, in every face."""

from __future__ import annotations

import io
import unicodedata

import pdfplumber
import pypdf
import pytest
from reportlab.lib.pagesizes import A4

from congress_desk.core.printing import fonts
from congress_desk.core.printing.output import new_canvas

BASES = tuple("a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".replace(" ", ""))
VOWELS = set("a ă â e ê i o ô ơ u ư y".replace(" ", ""))
TONES = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]


def alphabet_words() -> list[str]:
    """One word per base letter: the letter with each tone, lower then upper case."""
    words = []
    for base in BASES:
        tones = TONES if base in VOWELS else [""]
        lower = "".join(unicodedata.normalize("NFC", base + t) for t in tones)
        words.append(lower)
        words.append(lower.upper())
    return words


def test_alphabet_is_complete():
    words = alphabet_words()
    letters = {ch for w in words for ch in w}
    # 29 letters; the 12 vowels take 6 forms each -> 12*6 + 17 consonants, doubled for case
    assert len(letters) == 2 * (12 * 6 + 17)
    assert all(unicodedata.is_normalized("NFC", w) for w in words)


@pytest.mark.parametrize("face", list(fonts.FILES))
def test_every_letter_and_tone_round_trips(face):
    fonts.register_fonts()
    words = alphabet_words()
    buf = io.BytesIO()
    c = new_canvas(buf, A4, title="alphabet")
    y = A4[1] - 40
    for i in range(0, len(words), 2):
        c.setFont(face, 14)
        c.drawString(40, y, words[i] + " " + words[i + 1])
        y -= 18
    c.save()
    data = buf.getvalue()
    # the font is embedded (subset), never a standard font fallback
    reader = pypdf.PdfReader(io.BytesIO(data))
    page = reader.pages[0]
    family = fonts.FILES[face].split("-")[0]
    embedded = [f.get_object() for f in page["/Resources"]["/Font"].values()]
    embedded = [f for f in embedded if "+" in str(f["/BaseFont"])]
    assert embedded, "no embedded subset font"
    for f in embedded:
        assert family in str(f["/BaseFont"])
        assert "/FontFile2" in f["/FontDescriptor"].get_object(), f"{face}: font not embedded"
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        text = pdf.pages[0].extract_text()
        used = {ch["fontname"] for ch in pdf.pages[0].chars}
    assert used and all(family in name for name in used), used
    lines = [unicodedata.normalize("NFC", line) for line in text.splitlines()]
    expected = [words[i] + " " + words[i + 1] for i in range(0, len(words), 2)]
    assert lines == expected
    for line in lines:
        assert unicodedata.is_normalized("NFC", line)


def test_register_is_idempotent():
    fonts.register_fonts()
    fonts.register_fonts()
    assert fonts.font_name("sans-bold") == fonts.SANS_BOLD
    with pytest.raises(KeyError):
        fonts.font_name("comic")


def test_alphabet_through_badges_and_lists(event):
    """Names made of every letter and tone survive the real renderers (fitted card
    text and administrative tables), NFC-equal."""
    from congress_desk.core.printing.kinds import render_kind
    from congress_desk.core.printing.options import PrintOptions
    from congress_desk.core.registry import list_delegates, update_delegate

    people = [d for d in list_delegates(event.db) if d["status"] == "active"][:len(BASES)]
    words = alphabet_words()
    names = {}
    for i, person in enumerate(people):
        name = f"{words[2 * i].capitalize()} {words[2 * i + 1]}"
        update_delegate(event.db, person["id"], {"full_name": name})
        names[person["code"]] = unicodedata.normalize("NFC", " ".join(name.split()))
    codes = list(names)
    for kind, layout in (("badges", "cr80"), ("delegate-list", None), ("seat-cards", "a4-1")):
        buf = io.BytesIO()
        render_kind(event, kind, buf, PrintOptions(codes=codes, layout=layout, record=False))
        text = " ".join(unicodedata.normalize("NFC", p.extract_text() or "")
                        for p in pypdf.PdfReader(io.BytesIO(buf.getvalue())).pages)
        text = " ".join(text.split())
        stored = {d["code"]: d["full_name"] for d in list_delegates(event.db)}
        for code, name in names.items():
            assert unicodedata.is_normalized("NFC", stored[code])
            assert set(stored[code].replace(" ", "").lower()) == set(name.replace(" ", "").lower())
            assert stored[code] in text, (kind, stored[code])
