"""Vietnamese text: normalisation, folding, dictionary order, names."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from congress_desk.core.vietnamese import (
    clean_name,
    clean_text,
    date_in_words,
    fold,
    name_identity,
    name_sort_key,
    proper_case,
    sort_key,
    split_name,
)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def is_nfc(text: str) -> bool:
    return unicodedata.is_normalized("NFC", text)


# ---------------------------------------------------------------- clean_text

@pytest.mark.parametrize("name", [
    "Nguyễn Thị Hoà", "Đỗ Văn Đạt", "Trần Thị Thuỷ", "Phạm Quỳnh Hương", "Lê Khắc Ưng",
    "Vương Đình Huệ", "Hoàng Thị Ngọc Diễm", "Bùi Thị Xuân Khỏe",
])
def test_clean_text_makes_nfd_input_nfc(name):
    decomposed = nfd(name)
    assert decomposed != name
    cleaned = clean_text(decomposed)
    assert cleaned == name
    assert is_nfc(cleaned)


@pytest.mark.parametrize("raw, expected", [
    ("Nguyễn\u00a0Thị  Hoà", "Nguyễn Thị Hoà"),                 # NBSP, double space
    ("\tTrần\tVăn\tAn\n", "Trần Văn An"),                       # tabs and newline
    ("Lê\u200b Thị\u200d Hương\ufeff", "Lê Thị Hương"),         # zero-width, BOM
    ("Phạm\u202fMinh\u3000Chính", "Phạm Minh Chính"),           # narrow NBSP, ideographic space
    ("Vũ Thị\r\nHằng ", "Vũ Thị Hằng"),
    ("Đặng\u00adThái Sơn", "ĐặngThái Sơn"),                     # soft hyphen is invisible
    ("", ""),
    ("   ", ""),
    (None, ""),
    (1975, "1975"),
])
def test_clean_text_whitespace(raw, expected):
    assert clean_text(raw) == expected


# ---------------------------------------------------------------- fold

@pytest.mark.parametrize("text, folded", [
    ("Nguyễn Thị Hoà", "nguyen thi hoa"),
    ("Nguyễn Thị Hòa", "nguyen thi hoa"),
    ("ĐỖ VĂN ĐẠT", "do van dat"),
    ("Đặng Thùy Trâm", "dang thuy tram"),
    ("Trương Mỹ Hoa", "truong my hoa"),
    ("Phùng Quang Thanh", "phung quang thanh"),
    ("Ưng Hoàng Phúc", "ung hoang phuc"),
    ("Quận Lê Chân", "quan le chan"),
    ("Sở Lao động – Thương binh và Xã hội", "so lao dong – thuong binh va xa hoi"),
    ("  Hồ   Chí\u00a0Minh ", "ho chi minh"),
    ("Lê\u200bThị", "lethi"),
    ("\u00d0ặng Văn \u00f0ạt", "dang van dat"),         # Ð/ð: đ decoded with the wrong code page
])
def test_fold(text, folded):
    assert fold(text) == folded
    assert fold(nfd(text)) == folded


def test_fold_finds_names_by_plain_letters():
    names = ["Nguyễn Thị Hoà", "Nguyễn Thị Hoa", "Nguyễn Thị Hòa", "Đoàn Thị Hoài", "Trần Văn Hoan"]
    found = [n for n in names if "nguyen thi hoa" in fold(n)]
    assert found == ["Nguyễn Thị Hoà", "Nguyễn Thị Hoa", "Nguyễn Thị Hòa"]
    assert [n for n in names if "doan" in fold(n)] == ["Đoàn Thị Hoài"]


def test_fold_long_text_is_not_cached_but_same():
    text = "Nguyễn Thị Hoà " * 40
    assert len(text) > 200
    assert fold(text) == ("nguyen thi hoa " * 40).strip()


# ---------------------------------------------------------------- spelling variants

@pytest.mark.parametrize("a, b", [
    ("Nguyễn Thị Hòa", "Nguyễn Thị Hoà"),
    ("Trần Thị Thủy", "Trần Thị Thuỷ"),
    ("Lê Văn Khỏe", "Lê Văn Khoẻ"),
    ("Phạm Thị Thúy", "Phạm Thị Thuý"),
    ("Đỗ Thị Hòe", "Đỗ Thị Hoè"),
    ("Vũ Văn Thụy", "Vũ Văn Thuỵ"),
    ("Bùi Quốc Khánh", "BÙI QUỐC KHÁNH"),
    ("Nguyễn Thị Hoà", nfd("nguyễn thị hòa")),
    ("Ngô  Thị\u00a0Huệ.", "Ngô Thị Huệ"),
])
def test_variants_are_the_same_person(a, b):
    assert name_identity(a) == name_identity(b)
    assert name_sort_key(a) == name_sort_key(b)
    assert sort_key(a.lower()) == sort_key(clean_text(b).lower().strip("."))


@pytest.mark.parametrize("a, b", [
    ("Nguyễn Thị Hoà", "Nguyễn Thị Hoa"),       # another tone, another person
    ("Nguyễn Thị Hoà", "Nguyễn Thị Hoả"),
    ("Trần Văn Đạt", "Trần Văn Dạt"),           # đ is a letter of its own
    ("Lê Thị Thư", "Lê Thị Thu"),
    ("Phạm Văn Tâm", "Phạm Văn Tăm"),
    ("Nguyễn Thị Hà", "Nguyễn Thu Hà"),
])
def test_different_names_stay_different(a, b):
    assert name_identity(a) != name_identity(b)
    assert name_sort_key(a) != name_sort_key(b)


# ---------------------------------------------------------------- dictionary order

def _sorted(words):
    return sorted(words, key=sort_key)


def test_tones_order_none_grave_hook_tilde_acute_dot():
    expected = ["ma", "mà", "mả", "mã", "má", "mạ"]
    for _ in range(5):
        shuffled = expected[:]
        random.Random(len(shuffled)).shuffle(shuffled)
        assert _sorted(shuffled) == expected
    assert _sorted([nfd(w) for w in reversed(expected)]) == [nfd(w) for w in expected]


def test_letters_before_tones():
    # Every tone of "ma" comes before "mac"; tones only break ties between equal letters.
    assert _sorted(["mác", "mạ", "mac", "ma", "mạc"]) == ["ma", "mạ", "mac", "mác", "mạc"]
    assert _sorted(["hòa", "hoa", "hỏa", "hoan", "hóa"]) == ["hoa", "hòa", "hỏa", "hóa", "hoan"]


@pytest.mark.parametrize("ordered", [
    ["an", "ăn", "ân", "bàn"],                 # a < ă < â < b
    ["ca", "cha", "da", "dê", "đa", "đê", "e", "ê", "gà"],   # d < đ < e < ê < g
    ["to", "tô", "tơ", "tu", "tuy", "tư", "từ"],  # o < ô < ơ, u < ư (tuy: u before ư)
    ["ưa", "ửa", "vạ", "xa", "ya"],
    ["Dung", "Duy", "Dương", "Đào", "Đinh", "Đức", "Em"],
    ["Bá", "Bắc", "Bẩm", "Bích", "Bình"],
])
def test_alphabet_order(ordered):
    shuffled = ordered[::-1]
    assert _sorted(shuffled) == ordered


def test_capitals_and_nfd_sort_like_lower_case():
    words = ["Ánh", "ánh", nfd("ÁNH")]
    assert len({sort_key(w) for w in words}) == 1
    assert sort_key("Đào") > sort_key("dung") and sort_key("ĐÀO") > sort_key("DUNG")


def test_numbers_sort_by_value():
    units = ["Trường THCS số 10", "Trường THCS số 2", "Trường THCS số 1"]
    assert _sorted(units) == ["Trường THCS số 1", "Trường THCS số 2", "Trường THCS số 10"]


def test_unit_names_sort_by_vietnamese_letters():
    units = ["Sở Y tế", "Sở Xây dựng", "Sở Văn hóa và Thể thao", "Sở Tư pháp", "Sở Tài chính",
             "Sở Du lịch", "Sở Ngoại vụ", "Sở Nội vụ", "Sở Nông nghiệp và Phát triển nông thôn"]
    assert _sorted(units) == [
        "Sở Du lịch", "Sở Ngoại vụ", "Sở Nội vụ", "Sở Nông nghiệp và Phát triển nông thôn",
        "Sở Tài chính", "Sở Tư pháp", "Sở Văn hóa và Thể thao", "Sở Xây dựng", "Sở Y tế",
    ]


# Real names, in the order a Vietnamese list puts them: given name, then family name,
# then middle names, each by letters first and tones second. Checked by hand.
PEOPLE_IN_ORDER = [
    "Trần Văn An",
    "Đào Duy Anh",
    "Đinh Thị Ánh",
    "Bùi Thị Ân",
    "Nguyễn Thị Bình",
    "Ngô Bảo Châu",
    "Trường Chinh",
    "Phạm Minh Chính",
    "Nguyễn Du",
    "Lê Duẩn",
    "Nguyễn Tiến Dũng",
    "Đặng Thùy Dương",
    "Đỗ Thành Đạt",
    "Nguyễn Thị Định",
    "Võ Nguyên Giáp",
    "Lê Thị Hà",
    "Nguyễn Thị Hà",
    "Nguyễn Thị Thu Hà",
    "Nguyễn Thu Hà",
    "Lê Thị Hòa",
    "Nguyễn Thị Hoà",
    "Phan Văn Khải",
    "Lý Thường Kiệt",
    "Lê Quang Liêm",
    "Dương Văn Minh",
    "Hồ Chí Minh",
    "Đỗ Mười",
    "Đỗ Thị Oanh",
    "Nguyễn Văn Ơn",
    "Trần Lưu Quang",
    "Đặng Thái Sơn",
    "Trịnh Công Sơn",
    "Lê Văn Thành",
    "Nguyễn Đình Thi",
    "Nguyễn Phú Trọng",
    "Phạm Tuân",
    "Nguyễn Văn Tùng",
    "Trần Thị Út",
    "Lê Văn Ước",
    "Nguyễn Thị Ánh Viên",
    "Hoàng Xuân Vinh",
    "Lương Thế Vinh",
]


def test_people_sort_by_given_then_family_then_middle():
    assert len(PEOPLE_IN_ORDER) >= 40
    for seed in range(10):
        shuffled = PEOPLE_IN_ORDER[:]
        random.Random(seed).shuffle(shuffled)
        assert sorted(shuffled, key=name_sort_key) == PEOPLE_IN_ORDER


def test_people_sort_the_same_in_caps_nfd_and_messy_spacing():
    rng = random.Random(7)
    messy = []
    for name in PEOPLE_IN_ORDER:
        variant = rng.choice([name.upper(), nfd(name), name.replace(" ", "  "),
                              name.replace(" ", "\u00a0"), name + "."])
        messy.append(variant)
    order = sorted(range(len(messy)), key=lambda i: name_sort_key(messy[i]))
    # Lê Thị Hòa / Nguyễn Thị Hoà differ by family name, so the order is fully determined.
    assert order == list(range(len(PEOPLE_IN_ORDER)))


def test_sort_key_on_full_names_is_family_first():
    # sort_key is plain dictionary order of the text (family first), unlike name_sort_key.
    assert _sorted(["Trần Văn An", "Lê Văn Thành"]) == ["Lê Văn Thành", "Trần Văn An"]
    assert sorted(["Trần Văn An", "Lê Văn Thành"], key=name_sort_key) == ["Trần Văn An", "Lê Văn Thành"]


# ---------------------------------------------------------------- names

@pytest.mark.parametrize("full, parts", [
    ("Nguyễn Thị Minh Khai", ("Nguyễn", "Thị Minh", "Khai")),
    ("Võ Nguyên Giáp", ("Võ", "Nguyên", "Giáp")),
    ("Trường Chinh", ("Trường", "", "Chinh")),
    ("Khai", ("", "", "Khai")),
    ("  Tôn  Nữ   Thị  Ninh ", ("Tôn", "Nữ Thị", "Ninh")),
    ("NGUYỄN THỊ HOÀ", ("Nguyễn", "Thị", "Hoà")),
    (nfd("Đỗ Văn Đạt."), ("Đỗ", "Văn", "Đạt")),
    ("", ("", "", "")),
    (None, ("", "", "")),
])
def test_split_name(full, parts):
    assert split_name(full) == parts


@pytest.mark.parametrize("raw, expected", [
    ("NGUYỄN THỊ HOÀ", "Nguyễn Thị Hoà"),
    ("ĐỖ VĂN ĐẠT", "Đỗ Văn Đạt"),
    ("H'HEN NIÊ", "H'Hen Niê"),
    ("Y MOAN ÊNUÔL", "Y Moan Ênuôl"),
    ("TRẦN THỊ THUỶ", "Trần Thị Thuỷ"),
    ("ƯNG HOÀNG PHÚC", "Ưng Hoàng Phúc"),
    ("LÊ THỊ ÁNH-TUYẾT", "Lê Thị Ánh-Tuyết"),
    (nfd("PHẠM   QUỲNH\u00a0ANH"), "Phạm Quỳnh Anh"),
    ("nguyễn văn an", "Nguyễn Văn An"),
    # Mixed case is kept as written.
    ("Nguyễn Thị Hoà", "Nguyễn Thị Hoà"),
    ("Nguyễn thị Hoà", "Nguyễn thị Hoà"),
    ("H'Hen Niê", "H'Hen Niê"),
    ("McDonald Trần", "McDonald Trần"),
])
def test_proper_case(raw, expected):
    assert proper_case(raw) == expected
    assert is_nfc(proper_case(raw))


def test_proper_case_keeps_the_spelling_of_tones():
    assert proper_case("NGUYỄN THỊ HÒA") == "Nguyễn Thị Hòa"
    assert proper_case("NGUYỄN THỊ HOÀ") == "Nguyễn Thị Hoà"


@pytest.mark.parametrize("raw, expected", [
    ("  NGUYỄN  THỊ   HOÀ. ", "Nguyễn Thị Hoà"),
    ("Trần Văn Bình,", "Trần Văn Bình"),
    ("Lê Thị Hòa", "Lê Thị Hòa"),        # the unit's spelling stays
    ("Lê Thị Hoà", "Lê Thị Hoà"),
    (nfd("Vũ Đức Đam"), "Vũ Đức Đam"),
])
def test_clean_name(raw, expected):
    assert clean_name(raw) == expected


# ---------------------------------------------------------------- properties

VIETNAMESE_LETTERS = (
    "aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ"
)
words = st.text(alphabet=VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper(), min_size=1, max_size=7)
names = st.lists(words, min_size=1, max_size=5).map(" ".join)
messy = st.tuples(names, st.sampled_from([" ", "  ", "\u00a0", "\t", " \u200b"])).map(
    lambda t: t[1].join(t[0].split(" ")))


@settings(max_examples=300, deadline=None)
@given(messy)
def test_clean_text_is_idempotent_and_nfc(text):
    once = clean_text(text)
    assert clean_text(once) == once
    assert is_nfc(once)
    assert "  " not in once and "\u00a0" not in once and "\u200b" not in once


@settings(max_examples=300, deadline=None)
@given(names)
def test_fold_is_plain_lower_ascii_for_vietnamese(text):
    folded = fold(text)
    assert folded.isascii()
    assert folded == folded.lower()
    assert fold(nfd(text)) == folded == fold(text.upper())


@settings(max_examples=300, deadline=None)
@given(names)
def test_spellings_of_one_name_agree(text):
    variants = [text, nfd(text), text.upper(), text.lower(), "  " + text.replace(" ", "\u00a0") + ". "]
    assert len({name_identity(v) for v in variants}) == 1
    assert len({name_sort_key(v) for v in variants}) == 1
    assert split_name(text) == split_name(nfd(text))


@settings(max_examples=200, deadline=None)
@given(st.lists(names, min_size=2, max_size=12))
def test_sorting_is_a_total_order_independent_of_input_order(items):
    once = sorted(items, key=name_sort_key)
    again = sorted(reversed(items), key=name_sort_key)
    assert [name_sort_key(x) for x in once] == [name_sort_key(x) for x in again]
    keys = [sort_key(x) for x in items]
    assert sorted(keys) == sorted(sort_key(nfd(x)) for x in items)


def test_dates_in_words_follow_decree_30_on_prints_and_workbooks():
    """Days below 10 and months 1–2 take a leading zero (Decree 30/2020, Appendix I); the
    Excel lists' place-date line says the same as the printed documents (it padded every
    month: "tháng 03")."""
    import datetime as dt

    from congress_desk.core.xlsx_writer import place_date_line

    assert date_in_words("2020-02-03") == "ngày 03 tháng 02 năm 2020"
    assert date_in_words(dt.date(2026, 3, 9)) == "ngày 09 tháng 3 năm 2026"
    assert date_in_words(dt.date(2026, 12, 25)) == "ngày 25 tháng 12 năm 2026"
    assert place_date_line("Hải Phòng", dt.date(2026, 3, 9)) == "Hải Phòng, ngày 09 tháng 3 năm 2026"
