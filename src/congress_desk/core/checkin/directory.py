"""Who can arrive: every delegate by badge code in memory, and name search as you type.

A desk loads the registry once from its read-only copy of the event file; a scan
is then a dictionary lookup. Name search ignores diacritics and case, and also
undoes what a Vietnamese input method may have done to the letters typed (Telex:
"aa" → â, "dd" → đ, "w" → ư/ơ/ă, tone keys s f r x j; VNI: digits after
letters): both the query and the names are reduced to the same plain form, so
"Nguyeenx Thij Hoaf", "Nguye6n4 Thi5 Hoa2", "nguyen thi hoa" and "Nguyễn Thị
Hoà" all find the same person.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..registry.codes import DESK_RANGE_START, number_of
from ..seats import seat_labels
from ..vietnamese import fold, name_sort_key

if TYPE_CHECKING:
    from sqlite_utils import Database

_VOWELS = frozenset("aeiouy")
_TONE_KEYS = frozenset("sfrxjz")
_DOUBLES = re.compile(r"(aa|ee|oo|dd)")
_NOT_WORD = re.compile(r"[^0-9a-z ]+")


def _plain_word(word: str) -> str:
    if word.isdigit():
        return word
    word = "".join(ch for ch in word if not ch.isdigit())   # VNI tone/shape digits
    word = _DOUBLES.sub(lambda m: m.group(0)[0], word)         # Telex aa ee oo dd
    out: list[str] = []
    seen_vowel = False
    for ch in word:
        if ch == "w":                                           # Telex uw ow aw, or w alone = ư
            if not seen_vowel:
                out.append("u")
                seen_vowel = True
            continue
        if seen_vowel and ch in _TONE_KEYS:                     # a tone key after the vowel
            continue
        if ch in _VOWELS:
            seen_vowel = True
        out.append(ch)
    return "".join(out)


def loose(text: str) -> str:
    """The plain form names and queries are compared in: "Nguyễn Thị Hoà" -> "nguyen thi hoa"."""
    folded = _NOT_WORD.sub(" ", fold(text or ""))
    return " ".join(_plain_word(w) for w in folded.split())


def is_walkin_code(code: str) -> bool:
    return number_of(code) >= DESK_RANGE_START


class Directory:
    """Delegates by badge code, with a search index over their names."""

    def __init__(self, delegates: list[dict]):
        self.by_code: dict[str, dict] = {d["code"]: d for d in delegates}
        order = sorted(delegates, key=lambda d: (name_sort_key(d["full_name"]), d["code"]))
        self._index: list[tuple[str, str, str]] = [
            (" " + loose(d["full_name"]) + " ", d["code"], " " + (loose(d["full_name"]).rsplit(" ", 1)[-1]) + " ")
            for d in order
        ]

    def __len__(self) -> int:
        return len(self.by_code)

    def get(self, code: str) -> dict | None:
        return self.by_code.get(code)

    def add(self, delegate: dict) -> None:
        """Add one person (a walk-in) to the lookup and the search."""
        self.by_code[delegate["code"]] = delegate
        name = loose(delegate["full_name"])
        self._index.append((" " + name + " ", delegate["code"], " " + name.rsplit(" ", 1)[-1] + " "))

    def search(self, query: str, limit: int = 20) -> list[dict]:
        """People whose name has every word of ``query`` as the start of a word,
        best first: whole name, then given name, then whole words, then prefixes.
        Digits search badge codes by their start."""
        text = (query or "").strip()
        if not text:
            return []
        if text.isdigit():
            return [self.by_code[c] for c in sorted(self.by_code) if c.startswith(text)][:limit]
        q = loose(text)
        if not q:
            return []
        tokens = [" " + t for t in q.split()]
        whole = [t + " " for t in tokens]
        full = " " + q + " "
        last = whole[-1]
        buckets: list[list[str]] = [[], [], [], []]
        for key, code, given in self._index:
            for t in tokens:
                if t not in key:
                    break
            else:
                if key == full:
                    buckets[0].append(code)
                elif given == last:
                    buckets[1].append(code)
                elif all(w in key for w in whole):
                    buckets[2].append(code)
                else:
                    buckets[3].append(code)
        out: list[dict] = []
        for bucket in buckets:
            for code in bucket:
                out.append(self.by_code[code])
                if len(out) >= limit:
                    return out
        return out


DELEGATE_COLUMNS = (
    "d.id, d.code, d.full_name, d.gender, d.birth_date, d.birth_year, d.ethnicity, d.position, "
    "d.workplace, d.unit_id, d.category, d.phone, d.status, d.rank, d.presidium, d.note, "
    "u.name AS unit, u.kind AS unit_kind, u.position AS unit_position"
)


def load_delegates(db: Database) -> list[dict]:
    """Every delegate (cancelled too: a scan must say "not expected") with unit and seat."""
    rows = list(db.query(
        f"SELECT {DELEGATE_COLUMNS} FROM delegates d LEFT JOIN units u ON u.id = d.unit_id"))
    seats = seat_labels(db)
    for r in rows:
        r["seat"] = seats.get(r["id"])
    return rows


def load_directory(db: Database) -> Directory:
    return Directory(load_delegates(db))
