"""Search ranking (issue 14): full-name matches first — exact, then prefix, then the words
in the name — and rows matched only through other columns last, saying where."""

from __future__ import annotations

from congress_desk.core.search import (
    EXACT,
    NAME_WORDS,
    OTHER,
    PREFIX,
    match,
    query_words,
    rank_rows,
)
from congress_desk.core.vietnamese import fold


def row(name, position="", workplace="", unit="", code="10000017"):
    return {k: fold(v) for k, v in (("full_name", name), ("position", position), ("workplace", workplace),
                                    ("unit", unit), ("code", code))}


def test_the_ranks():
    words = query_words("nguyen thi huong")
    assert match(words, row("Nguyễn Thị Hương")).rank == EXACT
    assert match(words, row("Nguyễn Thị Hương Giang")).rank == PREFIX
    assert match(words, row("Hương Nguyễn Thị")).rank == NAME_WORDS
    other = match(words, row("Nguyễn Thị Lan", workplace="Trường THCS Thị trấn Hương Sơn"))
    assert other.rank == OTHER and other.fields == ("workplace",)
    assert match(words, row("Trần Văn Bình")) is None
    assert match(query_words("huong nguyen"), row("Nguyễn Thị Hương")).rank == NAME_WORDS
    inside = match(words, row("Nguyễn Thị Phương Uyên"))     # "huong" only inside "Phương"
    assert inside.rank == OTHER and inside.fields == ()


def test_rank_rows_puts_names_first_and_keeps_the_list_order_within_a_rank():
    rows = [
        row("Nguyễn Văn Thi", position="Hiệu trưởng", workplace="Trường Hương Thủy"),   # other columns
        row("Nguyễn Thị Hương Lan"),                                                     # prefix
        row("Lê Văn Nam", unit="Phường Nguyễn Thị Hương"),                             # other columns
        row("Nguyễn Thị Hương"),                                                         # exact
        row("Nguyễn Thị Hương"),                                                         # exact, later
    ]
    ranked, found = rank_rows(query_words("nguyen thi huong"), rows, [0, 1, 2, 3, 4])
    assert ranked == [3, 4, 1, 0, 2]
    assert found[2].fields == ("unit",)
