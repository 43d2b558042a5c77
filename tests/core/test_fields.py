"""A delegate's fields as units write them: dates day first, phones, ID numbers."""

from __future__ import annotations

import datetime as dt

import pytest

from congress_desk.core import i18n
from congress_desk.core.fields import (
    OLD_MOBILE_PREFIXES,
    Cleaned,
    FieldError,
    clean_national_id,
    clean_phone,
    format_birth,
    id_mismatches,
    mask,
    normalize_national_id,
    normalize_phone,
    parse_birth,
    parse_category,
    parse_gender,
    parse_national_id,
    parse_phone,
    phone_kind,
    phone_numbers,
)

TODAY = dt.date(2020, 11, 9)


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("raw, expected", [
    ("02/03/1975", ("1975-03-02", 1975)),        # day first: 2 March
    ("2/3/1975", ("1975-03-02", 1975)),
    ("2.3.1975", ("1975-03-02", 1975)),
    ("02.03.1975", ("1975-03-02", 1975)),
    ("02-03-75", ("1975-03-02", 1975)),
    ("02-03-1975", ("1975-03-02", 1975)),
    ("2 / 3 / 1975", ("1975-03-02", 1975)),
    ("13/12/1968", ("1968-12-13", 1968)),
    ("31/12/99", ("1999-12-31", 1999)),
    ("01/01/05", ("2005-01-01", 2005)),          # two digits, not in the future: 2005
    ("01/01/45", ("1945-01-01", 1945)),          # 2045 would be in the future: 1945
    ("29/02/1976", ("1976-02-29", 1976)),        # a leap year
    ("1975-03-02", ("1975-03-02", 1975)),        # ISO
    ("1975-03-02 00:00:00", ("1975-03-02", 1975)),
    ("1975-03-02T00:00:00", ("1975-03-02", 1975)),
    ("02/03/1975 00:00:00", ("1975-03-02", 1975)),
    ("02/03/1975 12:00 AM", ("1975-03-02", 1975)),
    ("ngày 2 tháng 3 năm 1975", ("1975-03-02", 1975)),
    ("Ngày 02 tháng 03 năm 1975.", ("1975-03-02", 1975)),
    ("1975", (None, 1975)),                      # a year alone gives the year only
    (" 1975 ", (None, 1975)),
    ("năm 1975", (None, 1975)),
    ("3/1975", (None, 1975)),
    (1975, (None, 1975)),
    (1975.0, (None, 1975)),
    (dt.date(1975, 3, 2), ("1975-03-02", 1975)),
    (dt.datetime(1975, 3, 2, 0, 0), ("1975-03-02", 1975)),
    (27455, ("1975-03-02", 1975)),               # an Excel date serial
    (27455.0, ("1975-03-02", 1975)),
    ("", (None, None)),
    (None, (None, None)),
    ("   ", (None, None)),
])
def test_parse_birth(raw, expected):
    assert parse_birth(raw, today=TODAY) == expected


def test_parse_birth_nfd_and_nbsp():
    assert parse_birth("02/03/1975\u00a0", today=TODAY) == ("1975-03-02", 1975)
    import unicodedata

    assert parse_birth(unicodedata.normalize("NFD", "ngày 2 tháng 3 năm 1975"), today=TODAY) == (
        "1975-03-02", 1975)


@pytest.mark.parametrize("raw", ["31/02/1980", "30/02/1980", "29/02/1979", "32/01/1975", "15/13/1975",
                                 "00/05/1970", "1980-02-31"])
def test_impossible_dates_are_refused_in_vietnamese(raw):
    with pytest.raises(FieldError) as info:
        parse_birth(raw, today=TODAY)
    assert info.value.field == "birth_date"
    assert info.value.message == f"Ngày sinh {raw} không tồn tại"


def test_impossible_date_message_in_english():
    i18n.set_language("en")
    with pytest.raises(FieldError) as info:
        parse_birth("31/02/1980", today=TODAY)
    assert info.value.message == "Birth date 31/02/1980 does not exist"


@pytest.mark.parametrize("raw", ["10/11/2020", "01/01/2021", "2021", "2030-05-01", dt.date(2021, 1, 1),
                                 "10/11/21"])
def test_future_dates_are_refused(raw):
    if raw == "10/11/21":
        # Two digits never make a future year: "21" is 1921 on 9/11/2020.
        assert parse_birth(raw, today=TODAY) == ("1921-11-10", 1921)
        return
    with pytest.raises(FieldError) as info:
        parse_birth(raw, today=TODAY)
    assert "tương lai" in info.value.message
    assert str(raw if not isinstance(raw, dt.date) else "01/01/2021") in info.value.message


def test_today_is_not_the_future():
    assert parse_birth("09/11/2020", today=TODAY) == ("2020-11-09", 2020)


@pytest.mark.parametrize("raw", ["hai tháng ba", "02/03", "1/2/3/4", "abc", "19755", "02/03/197", "1899",
                                 True, -5, 12.5])
def test_not_dates(raw):
    with pytest.raises(FieldError) as info:
        parse_birth(raw, today=TODAY)
    assert info.value.field == "birth_date"
    assert info.value.message  # a sentence, in Vietnamese
    if isinstance(raw, str) and raw not in ("1899",):
        assert "Ngày sinh" in info.value.message


def test_default_today_is_the_real_today():
    next_year = dt.date.today().year + 1
    with pytest.raises(FieldError):
        parse_birth(str(next_year))
    assert parse_birth("02/03/1975") == ("1975-03-02", 1975)


@pytest.mark.parametrize("date, year, shown", [
    ("1975-03-02", 1975, "02/03/1975"), (None, 1975, "1975"), (None, None, ""),
])
def test_format_birth(date, year, shown):
    assert format_birth(date, year) == shown


# ---------------------------------------------------------------- phones

@pytest.mark.parametrize("raw, expected", [
    ("0912345678", "0912345678"),
    ("0912 345 678", "0912345678"),
    ("0912.345.678", "0912345678"),
    ("091-234-5678", "0912345678"),
    ("+84 912 345 678", "0912345678"),
    ("+84912345678", "0912345678"),
    ("84912345678", "0912345678"),
    ("(+84) 0912 345 678", "0912345678"),
    ("0084 912 345 678", "0912345678"),
    (912345678, "0912345678"),                    # Excel dropped the zero
    (912345678.0, "0912345678"),
    ("912345678", "0912345678"),
    ("0225 3842 123", "02253842123"),             # Hải Phòng landline: 0225 + 7 digits
    ("(0225) 3.842.123", "02253842123"),
    (2253842123, "02253842123"),
    ("+84 225 3842 123", "02253842123"),
    ("024 3825 1234", "02438251234"),             # Hà Nội: 024 + 8 digits
    ("01686123456", "0386123456"),                # old 11-digit mobile
    ("+84 168 612 3456", "0386123456"),
    (1686123456, "0386123456"),
    ("", ""),
    (None, ""),
])
def test_normalize_phone(raw, expected):
    assert normalize_phone(raw) == expected


# Every renumbering of 2018, as DOMAIN.md lists it.
OLD_TO_NEW = {
    "0162": "032", "0163": "033", "0164": "034", "0165": "035", "0166": "036", "0167": "037",
    "0168": "038", "0169": "039",
    "0120": "070", "0121": "079", "0122": "077", "0126": "076", "0128": "078",
    "0123": "083", "0124": "084", "0125": "085", "0127": "081", "0129": "082",
    "0186": "056", "0188": "058",
    "0199": "059",
}


def test_old_prefix_table_is_complete():
    assert {"0" + k: "0" + v for k, v in OLD_MOBILE_PREFIXES.items()} == OLD_TO_NEW


@pytest.mark.parametrize("old, new", sorted(OLD_TO_NEW.items()))
def test_old_mobile_prefixes_are_renumbered(old, new):
    for rest in ("1234567", "0000000", "9876543"):
        number = old + rest
        assert len(number) == 11
        assert normalize_phone(number) == new + rest
        assert parse_phone(number) == new + rest
        assert phone_kind(new + rest) == "mobile"
        # With the country code, and with the zero Excel dropped.
        assert parse_phone("+84 " + old[1:] + " " + rest) == new + rest
        assert parse_phone(int(number)) == new + rest


@pytest.mark.parametrize("phone, kind", [
    ("0912345678", "mobile"), ("0386123456", "mobile"), ("0701234567", "mobile"),
    ("0561234567", "mobile"), ("0812345678", "mobile"),
    ("02253842123", "landline"), ("02438251234", "landline"),
    ("0112345678", None), ("0212345678", None), ("0313842123", None),   # 031: old Hải Phòng landline
    ("091234567", None), ("09123456789", None), ("", None),
])
def test_phone_kind(phone, kind):
    assert phone_kind(phone) == kind


@pytest.mark.parametrize("raw", ["12345", "0912 345 67", "09123456789", "091234567890",
                                 "0225 384 212", "0313 842 123", "+1 202 555 0143", "0123456789012"])
def test_bad_phone_lengths_are_refused(raw):
    with pytest.raises(FieldError) as info:
        parse_phone(raw)
    assert info.value.field == "phone"
    assert info.value.message.startswith("Số điện thoại ")
    assert raw in info.value.message


def test_phone_in_scientific_notation_says_digits_were_lost():
    with pytest.raises(FieldError) as info:
        parse_phone("9.12346E+08")
    assert "9.12346E+08" in info.value.message
    assert info.value.message != ""


def test_empty_phone_is_none():
    assert parse_phone("") is None
    assert parse_phone(None) is None
    assert parse_phone("  ") is None


# ---------------------------------------------------------------- ID numbers

@pytest.mark.parametrize("raw, expected", [
    ("031175001234", "031175001234"),
    ("031 175 001 234", "031175001234"),
    ("031.175.001.234", "031175001234"),
    (31175001234, "031175001234"),          # Excel number: the zero is back
    (31175001234.0, "031175001234"),
    ("31175001234", "031175001234"),
    ("001088012345", "001088012345"),
    ("031456789", "031456789"),             # CMND: 9 digits
    (31456789, "031456789"),
    ("123456789", "123456789"),
])
def test_parse_national_id(raw, expected):
    assert normalize_national_id(raw) == expected
    assert parse_national_id(raw) == expected


@pytest.mark.parametrize("raw", ["12345", "1234567", "1234567890", "0311750012345", "03117500123456"])
def test_bad_id_lengths_are_refused(raw):
    with pytest.raises(FieldError) as info:
        parse_national_id(raw)
    assert info.value.field == "national_id"
    assert info.value.message.startswith("Số định danh ")
    assert "12" in info.value.message and "9" in info.value.message


def test_id_in_scientific_notation_says_digits_were_lost():
    with pytest.raises(FieldError) as info:
        parse_national_id("3.11750E+10")
    assert "3.11750E+10" in info.value.message


def test_empty_id_is_none():
    assert parse_national_id("") is None
    assert parse_national_id(None) is None


# ---------------------------------------------------------------- ID vs row

@pytest.mark.parametrize("nid, gender, year", [
    ("031075001234", "male", 1975),
    ("031175001234", "female", 1975),
    ("031200001234", "male", 2000),
    ("031305001234", "female", 2005),
    ("001168012345", "female", 1968),
    ("079099012345", "male", 1999),
    ("031175001234", None, None),
    ("031175001234", "female", None),
    ("031175001234", None, 1975),
    ("031456789", "male", 1980),            # a 9-digit CMND says nothing about sex or year
    ("", "male", 1980),
])
def test_id_consistent(nid, gender, year):
    assert id_mismatches(nid, gender, year) == []


def test_id_sex_mismatch():
    problems = id_mismatches("031175001234", "male", 1975)
    assert len(problems) == 1
    assert "031175001234" in problems[0]
    problems = id_mismatches("031075001234", "female", 1975)
    assert len(problems) == 1 and "nam" in problems[0]


def test_id_century_mismatch():
    problems = id_mismatches("031275001234", "male", 1975)   # 2 = male born in the 2000s
    assert len(problems) == 1 and "2000" in problems[0]
    problems = id_mismatches("031005001234", "male", 2005)   # 0 = male born in the 1900s
    assert len(problems) == 1 and "1900" in problems[0]
    problems = id_mismatches("031675001234", "female", 1975)  # 6/7: the 2200s, never a delegate
    assert len(problems) >= 1 and "2200" in problems[-1]


def test_id_year_mismatch():
    problems = id_mismatches("031176001234", "female", 1975)
    assert len(problems) == 1 and "76" in problems[0] and "1975" in problems[0]


def test_id_sex_and_year_both_wrong():
    assert len(id_mismatches("031176001234", "male", 1975)) == 2


@pytest.mark.parametrize("province", ["001", "022", "030", "031", "034", "079", "096", "999"])
def test_province_digits_are_never_judged(province):
    assert id_mismatches(province + "175001234", "female", 1975) == []


# ---------------------------------------------------------------- gender, category, mask

@pytest.mark.parametrize("raw, expected", [
    ("Nam", "male"), ("nam", "male"), ("NAM", "male"), ("Nữ", "female"), ("nữ", "female"),
    ("NỮ", "female"), ("Nu", "female"), ("nữ.", "female"), ("male", "male"), ("F", "female"),
    ("", None), (None, None),
])
def test_parse_gender(raw, expected):
    assert parse_gender(raw) == expected


def test_parse_gender_refuses_other_words():
    with pytest.raises(FieldError) as info:
        parse_gender("Không rõ")
    assert info.value.field == "gender" and "Không rõ" in info.value.message


@pytest.mark.parametrize("raw, expected", [
    ("Chính thức", "official"), ("Đại biểu chính thức", "official"), ("ĐBCT", "official"),
    ("Khách mời", "guest"), ("Đại biểu điển hình", "honoree"), ("Điển hình tiên tiến", "honoree"),
    ("Phóng viên", "press"), ("Báo chí", "press"), ("Phục vụ", "staff"), ("", None),
])
def test_parse_category(raw, expected):
    assert parse_category(raw) == expected


def test_parse_category_refuses_other_words():
    with pytest.raises(FieldError) as info:
        parse_category("Dự khuyết")
    assert info.value.field == "category" and "Dự khuyết" in info.value.message


def test_mask():
    assert mask("0912345678") == "•••••••678"
    assert mask("031175001234", keep=4) == "••••••••1234"
    assert mask(None) == "" and mask("") == ""


@pytest.mark.parametrize("raw, expected", [
    ("0912 345 678 / 0225 3842 123", "0912345678"),
    ("0912345678; 0987654321", "0912345678"),
    ("ĐT: 0912.345.678 - NR: 0225.3842.123", "0912345678"),
    ("0912345678 hoặc 0987654321", "0912345678"),
    # The mobile first, as an import keeps it (one cleaner for the form and the import).
    ("CQ: 0225 3842 123, DĐ: 0912 345 678", "0912345678"),
])
def test_two_phones_in_one_cell_keep_the_first_mobile(raw, expected):
    assert parse_phone(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("031175001234, cấp ngày 10/05/2021", "031175001234"),
    ("CCCD 031 175 001 234 do Cục Cảnh sát cấp năm 2021", "031175001234"),
    ("CMND 031456789 (2010)", "031456789"),
])
def test_id_number_with_words_around_it(raw, expected):
    assert parse_national_id(raw) == expected


# ---------------------------------------------------------------- one cleaner per field (issue 19)

def _imported(phone=None, national_id=None):
    """The import's reading of one row (a sheet with name, phone and ID columns)."""
    import datetime as dt

    from congress_desk.core.intake.cleaner import RowCleaner
    from congress_desk.core.intake.table import Mapping

    mapping = Mapping([1], {0: "full_name", 1: "phone", 2: "national_id"}, data_start=2)
    today = dt.date(2026, 1, 1)
    person, problems = RowCleaner(None, mapping, today, today).clean(2, ["Lê Văn Tám", phone, national_id], None)
    return person.data, [(p.field, p.severity) for p in problems]


@pytest.mark.parametrize("raw, expected", [
    ("0912 345 678", "0912345678"), ("0912.345.678", "0912345678"), ("0912-345-678", "0912345678"),
    ("+84 912 345 678", "0912345678"), ("(+84) 912.345.678", "0912345678"), ("0084912345678", "0912345678"),
    (912345678, "0912345678"), (912345678.0, "0912345678"), ("01686123456", "0386123456"),
    ("0225 3842 123", "02253842123"), ("+84 225 3842 123", "02253842123"),
    ("0912 345 678 / 0225 3842 123", "0912345678"), ("0225 3842 123 - 0912 345 678", "0912345678"),
    ("CQ: 0225 3842 123; DĐ: 0912 345 678", "0912345678"), ("CQ: 0225 3842 123, DĐ: 0912 345 678", "0912345678"),
    ("ĐT: 0912.345.678 - NR: 0225.3842.123", "0912345678"), ("0912345678 hoặc 0987654321", "0912345678"),
])
def test_the_form_and_the_import_clean_a_phone_alike(raw, expected):
    assert parse_phone(raw) == expected
    data, problems = _imported(phone=raw)
    assert data["phone"] == expected
    assert all(severity == "warning" for _, severity in problems)      # never refuses the row
    several = len(phone_numbers(str(raw))) > 1
    assert ("Other phone" in (data["note"] or "") or "ĐT khác" in (data["note"] or "")) == several


@pytest.mark.parametrize("raw", ["12345", "0912 345 67", "+1 202 555 0143", "không có", "0313 842 123"])
def test_a_phone_the_form_refuses_the_import_keeps_with_a_warning(raw):
    cleaned = clean_phone(raw)
    assert cleaned.problems and all(severity == "warning" for severity, _ in cleaned.problems)
    with pytest.raises(FieldError) as info:
        parse_phone(raw)
    assert info.value.message == cleaned.problems[0][1]      # the same words on both paths
    data, problems = _imported(phone=raw)
    assert data["phone"] == cleaned.value and problems == [("phone", "warning")]


@pytest.mark.parametrize("raw, expected", [
    ("031175001234", "031175001234"), ("031 175 001 234", "031175001234"), ("031.175.001.234", "031175001234"),
    (31175001234, "031175001234"), (31175001234.0, "031175001234"), ("31175001234", "031175001234"),
    ("031456789", "031456789"), (31456789, "031456789"), ("CCCD: 031175001234", "031175001234"),
    ("031175001234, cấp ngày 10/05/2021", "031175001234"), ("CMND 031456789 (2010)", "031456789"),
])
def test_the_form_and_the_import_clean_an_id_alike(raw, expected):
    assert parse_national_id(raw) == expected
    data, problems = _imported(national_id=raw)
    assert data["national_id"] == expected and problems == []
    words = "cấp ngày" in str(raw) or "2010" in str(raw)
    assert bool(data["note"]) == words                          # "CCCD:" alone is no note


@pytest.mark.parametrize("raw", ["12345", "1234567890", "0311750012345", "3.11750E+10", 3.1175e11, 123.5, "không"])
def test_an_id_both_paths_refuse(raw):
    cleaned = clean_national_id(raw)
    assert cleaned.value is None and [s for s, _ in cleaned.problems] == ["error"]
    with pytest.raises(FieldError) as info:
        parse_national_id(raw)
    assert info.value.message == cleaned.problems[0][1]
    data, problems = _imported(national_id=raw)
    assert data["national_id"] is None and problems == [("national_id", "error")]


def test_blank_is_no_value_and_no_problem():
    for raw in (None, "", "   "):
        assert clean_phone(raw) == Cleaned() and clean_national_id(raw) == Cleaned()
