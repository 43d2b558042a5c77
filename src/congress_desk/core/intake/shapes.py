"""The shapes values take in unit spreadsheets, read back into plain fields.

Small functions without state, used by :mod:`.cleaner` and :mod:`.parse` row by row:
dates written in other ways ("29-Mar-1969", "1969/11/11"), a cell whose heading names two fields
("Vũ Huy Khánh 1962"), several phone numbers in one cell, footnote markers stuck to a
name, and the rows that are not people (column numbers, a template's example).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import partial

from ..fields import FieldError
from ..i18n import translate
from ..vietnamese import clean_name, clean_text, fold
from .reader import SheetData, excel_serial_to_date

_is_nfc = partial(unicodedata.is_normalized, "NFC")


def tidy(value) -> str:
    """:func:`clean_text`, with a fast way out for the usual text that is clean already
    (NFC, printable, single spaces, trimmed)."""
    if (isinstance(value, str) and value.isprintable() and value[:1] != " " and value[-1:] != " "
            and "  " not in value and (value.isascii() or _is_nfc(value))):
        return value
    return clean_text(value)


def tidy_name(text: str) -> str:
    """:func:`clean_name` for the usual name: already clean and neither ALL CAPS nor all lower."""
    if text and text.istitle() and tidy(text) is text and text[-1:] not in ".,;":
        return text
    return clean_name(text)


_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "oct": 10, "nov": 11, "dec": 12}
_DAY_MONTH_NAME = re.compile(r"^(\d{1,2})[\s\-/.,]*([a-z]{3,9})\.?[\s\-/.,]*(\d{2}|\d{4})$", re.IGNORECASE)
_MONTH_NAME_DAY = re.compile(r"^([a-z]{3,9})\.?[\s\-/.]*(\d{1,2})(?:st|nd|rd|th)?[\s,]+(\d{4})$", re.IGNORECASE)
_YEAR_FIRST = re.compile(r"^(\d{4})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{1,2})$")
_MONTH_YEAR_WORDS = re.compile(r"^(?:tháng|thang|t)\s*(\d{1,2})\s*(?:[/.\-]|năm|nam)\s*(\d{4})$", re.IGNORECASE)


_BIRTH_WORD = re.compile(r"^(ngày|sinh ngày|sn)\s*", re.IGNORECASE)
_BIRTH_WORDS = re.compile(r"^(\d{1,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})$", re.IGNORECASE)


def _month_number(word: str) -> int | None:
    return _MONTHS.get(word[:3].lower()) if word[:3].isascii() else None


def birth_value(v, today: dt.date):
    """Normalise what a birth cell holds before :func:`parse_birth`: "29-Mar-1969",
    "Mar 29, 1969", "1969/11/11", "tháng 3/1969" and Excel serials included."""
    if isinstance(v, bool):
        raise FieldError("birth_date", translate("core", "Birth date \"{value}\" is not a date").format(value=v))
    if isinstance(v, (int, float)):
        if float(v).is_integer() and 1900 <= v <= today.year:
            return int(v)
        if 1 < v < 80000:
            date = excel_serial_to_date(float(v))
            if date:
                return date
    if isinstance(v, str):
        t = tidy(v).rstrip(".")
        if not t[:1].isdigit():
            t = _BIRTH_WORD.sub("", t)
            m = _BIRTH_WORDS.match(t)
            if m:
                return f"{m.group(1)}/{m.group(2)}/{m.group(3)}"
        if t[:1].isdigit() and t[-1:].isdigit() and t.isascii():
            m = _YEAR_FIRST.match(t)
            if m:
                return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
            m = _DAY_MONTH_NAME.match(t)
            if m and _month_number(m.group(2)):
                return f"{m.group(1)}/{_month_number(m.group(2))}/{m.group(3)}"
        elif t[:1].isalpha():
            m = _MONTH_NAME_DAY.match(t)
            if m and _month_number(m.group(1)):
                return f"{m.group(2)}/{_month_number(m.group(1))}/{m.group(3)}"
            m = _MONTH_YEAR_WORDS.match(t)
            if m:
                return f"{m.group(1)}/{m.group(2)}"
        return t
    return v


# Footnote markers stuck to a name: "Nguyễn Văn An (*)", "Trần Thị Bình**", "Lê Văn Cường¹".
FOOTNOTE_MARK = re.compile(r"\s*(\(\s*\*+\s*\)|\*+|\(\s*\d{1,2}\s*\)|\[\s*\d{1,2}\s*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*$")
_FOOTNOTE_DEF = re.compile(r"^\s*(?:ghi chú|ghi chu|chú thích|lưu ý|note)?\s*:?\s*(\(\s*\*+\s*\)|\*+|\(\s*\d{1,2}\s*\)|"
                           r"\[\s*\d{1,2}\s*\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*[:.\-–]?\s*(\S.*)$", re.IGNORECASE)
_SUPERSCRIPT = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")


def footnote_key(marker: str) -> str:
    """"(*)" and "*" are the same marker; so are "(1)", "[1]" and "¹"."""
    inner = marker.translate(_SUPERSCRIPT).strip("()[] ")
    return inner


def footnotes_of(sheet: SheetData, after_row: int) -> dict[str, str]:
    """Footnotes written below a list: {"*": "Đại biểu dự thay …", "1": "…"}."""
    out: dict[str, str] = {}
    for number, values in sheet.rows:
        if number < after_row:
            continue
        texts = [v for v in values if isinstance(v, str) and v.strip()]
        if len(texts) != 1 or len(texts[0]) < 4:
            continue
        m = _FOOTNOTE_DEF.match(clean_text(texts[0]))
        if m and any(ch.isalpha() for ch in m.group(2)):
            out.setdefault(footnote_key(m.group(1)), clean_text(m.group(2)))
    return out


# Where the value of a cell under a heading of two fields splits.
_TRAILING_BIRTH = re.compile(
    r"^(?P<head>.*?[^\W\d_].*?)[\s,;:\-–(]*(?:\(?\s*(?:sinh năm|sinh ngày|năm sinh|sinh|sn|ns|b\.|born)\s*:?\s*)?"
    r"(?P<birth>(?:\d{1,2}\s*[/.\-]\s*){0,2}(?:19|20)\d{2})\s*\)?\s*$", re.IGNORECASE)
# The first words of a workplace (accents kept: "Trường" is a school, "Trưởng" a head).
_UNIT_WORDS = re.compile(r"^(ubnd|hđnd|ủy ban|uỷ ban|phòng|ban|sở|trường|công ty|tổng công ty|hội|quận|huyện|"
                         r"phường|xã|thị trấn|bệnh viện|trung tâm|cục|chi cục|ngân hàng|viện|đoàn|liên đoàn|"
                         r"bộ chỉ huy|công an|đảng ủy|đảng uỷ|thành ủy|thành uỷ|quận ủy|quận uỷ|huyện ủy|huyện uỷ|"
                         r"tập đoàn|chi nhánh|khoa|văn phòng|company|school|hospital|department)\b")


def split_combined(text: str, main: str, others: tuple[str, ...]) -> dict[str, str]:
    """The value of a cell whose heading names several fields, split where it splits
    cleanly ({main: …, other: …}); else the whole text in the main field."""
    out: dict[str, str] = {}
    rest = text.strip()
    if "birth" in others:
        m = _TRAILING_BIRTH.match(rest)
        if m:
            out["birth"] = m.group("birth")
            rest = m.group("head").strip(" ,;:-–(\n")
    if "phone" in others:
        m = re.match(r"^(?P<head>.*?[^\W\d_].*?)[\s,;:\-–(]*(?P<phone>\+?[\d][\d .]{7,}\d)\s*\)?\s*$", rest)
        if m:
            out["phone"] = m.group("phone")
            rest = m.group("head").strip(" ,;:-–(\n")
    texts = [r for r in others if r not in ("birth", "phone")]
    if texts:
        pieces = [p.strip() for p in rest.split("\n") if p.strip()]
        if len(pieces) < 2:
            for sep in (" - ", " – ", "; ", ", "):
                if sep in rest:
                    head, _, tail = rest.partition(sep)
                    pieces = [head.strip(), tail.strip()]
                    break
        if len(pieces) >= 2 and pieces[0] and pieces[1]:
            second = texts[0]
            if main == "position" and second == "workplace" and not _UNIT_WORDS.match(pieces[1].lower()):
                pieces = [rest]     # "Phó Chủ tịch, Trưởng ban": two positions, not a workplace
            if len(pieces) >= 2:
                out[second] = " ".join(pieces[1:])
                rest = pieces[0]
    out[main] = rest
    return out


_NUMBER_CELL = re.compile(r"^[(\[]?\s*(\d{1,2}|[A-Za-z])\s*[)\]]?\.?$")


def is_numbering_row(values) -> bool:
    """A row of column numbers under the header: "1 2 3 …", "(1) (2) (3) …", "A B 1 2 …"."""
    count = numbers = 0
    for v in values:
        if v is None:
            continue
        if isinstance(v, bool):
            return False
        if isinstance(v, (int, float)):
            if not float(v).is_integer() or not 0 <= v <= 60:
                return False
            numbers += 1
        elif isinstance(v, str):
            m = _NUMBER_CELL.match(v.strip())
            if not m:
                return False
            numbers += m.group(1).isdigit()
        else:
            return False
        count += 1
    return count >= 3 and numbers * 2 >= count


_EXAMPLE_START = ("vi du", "vd:", "vd ", "vd.", "example", "e.g", "mau:", "dong mau", "hang mau")
# Placeholder names of a template's example row: "Nguyễn Văn A", "Trần Thị B".
_PLACEHOLDER = re.compile(r"^[a-z]+ (van|thi) [a-z]$|^(x{2,}|a{3,}|n/a)$")


def is_example_row(values, name: str) -> bool:
    """A template's example row: "Ví dụ" before the name, or a placeholder name."""
    for v in values:
        if v is None:
            continue
        if isinstance(v, str) and v[:1] in "VvEeMmDdHh" and fold(clean_text(v)).startswith(_EXAMPLE_START):
            return True
        break
    return len(name) < 16 and name[-2:-1] == " " and bool(_PLACEHOLDER.match(fold(name)))
