"""Legacy Vietnamese encodings: TCVN3 (ABC), VNI-Windows, UTF-8 read as Windows-1252."""

from __future__ import annotations

import unicodedata

import pytest
from fixtures import workbooks as W
from hypothesis import given
from hypothesis import strategies as st

from congress_desk.core.intake import legacy

ALL_LOWER = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
SENTENCES = [
    "Nguyễn Thị Hoà", "Phó Chủ tịch UBND quận Lê Chân", "Trường THCS Trần Phú, Ngô Quyền",
    "Đặng Quốc Trưởng", "Hội Liên hiệp Phụ nữ", "Lữ đoàn 170 Hải quân", "Bùi Thị Thuỷ", "Ỷ Lan, Ỵ",
]


def test_tcvn3_every_letter_round_trips():
    assert legacy.convert(W.tcvn3_text(ALL_LOWER), "tcvn3") == ALL_LOWER


def test_tcvn3_caps_font_draws_capitals():
    # .VnTimeH stores lower-case codes and draws them as capitals.
    assert legacy.convert(W.tcvn3_text("QUẬN LÊ CHÂN", caps=True), "tcvn3-caps") == "QUẬN LÊ CHÂN"


def test_tcvn3_u_horn_is_soft_hyphen_and_survives():
    text = W.tcvn3_text("Hương")
    assert "\u00ad" in text            # 0xAD: a soft hyphen in Windows-1252
    assert legacy.convert(text, "tcvn3") == "Hương"


@pytest.mark.parametrize("text", SENTENCES + [ALL_LOWER, ALL_LOWER.upper()])
def test_vni_round_trips(text):
    assert legacy.convert(W.vni_text(text), "vni") == unicodedata.normalize("NFC", text)


def test_vni_sample_from_the_field():
    assert legacy.convert("Nguyeãn Thò Höông", "vni") == "Nguyễn Thị Hương"
    assert legacy.convert("NGUYEÃN VAÊN ÑÖÙC", "vni") == "NGUYỄN VĂN ĐỨC"


def test_unicode_text_in_a_legacy_font_is_left_alone():
    assert legacy.convert("Nguyễn Thị Hương", "vni") == "Nguyễn Thị Hương"
    assert legacy.convert("Trần Văn Đức", "tcvn3") == "Trần Văn Đức"


@pytest.mark.parametrize("name,expected", [
    (".VnTime", "tcvn3"), (".VnTimeH", "tcvn3-caps"), (".VnArial", "tcvn3"), (".VnArialH", "tcvn3-caps"),
    ("VNI-Times", "vni"), ("VNI-Helve", "vni"), ("Times New Roman", None), (None, None), ("Calibri", None),
])
def test_font_names(name, expected):
    assert legacy.font_encoding(name) == expected


def _as_windows_shows(data: bytes) -> str:
    # Windows-1252, with the five undefined bytes passed through as C1 controls.
    return "".join(bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in data)


@pytest.mark.parametrize("text", SENTENCES)
def test_mojibake_undone(text):
    broken = _as_windows_shows(text.encode("utf-8"))
    assert broken != text
    assert legacy.fix_mojibake(broken) == text


def test_mojibake_with_nbsp_lost():
    assert legacy.fix_mojibake("Nguyá»…n Thá»‹ HoÃ ") == "Nguyễn Thị Hoà"
    assert legacy.fix_mojibake("José Martí") == "José Martí"


@pytest.mark.parametrize("text", SENTENCES)
def test_guess_without_font(text):
    assert legacy.guess(W.vni_text(text)) == text
    assert legacy.guess(text) == text
    assert legacy.guess_encoding([W.tcvn3_text(t) for t in SENTENCES]) == "tcvn3"
    assert legacy.guess_encoding([W.vni_text(t) for t in SENTENCES]) == "vni"
    assert legacy.guess_encoding(SENTENCES) is None


VIET_TEXT = st.text(alphabet=st.sampled_from(list(ALL_LOWER + ALL_LOWER.upper() + " ,.-()0123456789")), max_size=40)


@given(VIET_TEXT)
def test_vni_round_trip_property(text):
    assert legacy.convert(W.vni_text(text), "vni") == unicodedata.normalize("NFC", text)


@given(st.text(alphabet=st.sampled_from(list(ALL_LOWER + " ,.-0123456789")), max_size=40))
def test_tcvn3_round_trip_property(text):
    assert legacy.convert(W.tcvn3_text(text), "tcvn3") == text


@given(VIET_TEXT)
def test_mojibake_round_trip_property(text):
    assert legacy.fix_mojibake(_as_windows_shows(text.encode("utf-8"))) == text


@pytest.mark.parametrize("text", ["Ũ", "ũy ban", "Ĩnh", "Ơn", "Ưng", "Đức", "Thủy", "Nguyễn"])
def test_mojibake_of_every_utf8_lead_byte(text):
    """Found by the property test: "Ũ" (C5 A8) shows as "Å¨"; Å was not taken for a lead byte."""
    assert legacy.fix_mojibake(_as_windows_shows(text.encode("utf-8"))) == text
