"""Ranking a registry search the way a clerk reads it (accents and case ignored).

"nguyen thi huong" must bring Nguyễn Thị Hương first, not the fifteen people whose
position or workplace happens to hold those words. :func:`match` gives each row a rank:

0. the full name is the text typed;
1. the full name starts with it;
2. every word starts a word of the full name (any order: "huong nguyen", "ng th h");
3. every word is somewhere in the row — then ``fields`` says where, to show why the row
   matched when it is not the name ("huong" inside "Phương" is such a weak match too).

Rows that miss a word do not match (None). Callers keep their own order within a rank.
"""

from __future__ import annotations

from dataclasses import dataclass

from .vietnamese import fold

NAME = "full_name"
EXACT, PREFIX, NAME_WORDS, OTHER = range(4)


@dataclass(frozen=True)
class Match:
    rank: int
    fields: tuple[str, ...] = ()   # the other fields holding a word the name lacks


def query_words(text: str) -> list[str]:
    return fold(text or "").split()


def match(words: list[str], folded: dict[str, str]) -> Match | None:
    """How a row (``folded``: field -> folded text, with ``full_name``) matches ``words``."""
    if not words:
        return Match(EXACT)
    name = folded.get(NAME) or ""
    phrase = " ".join(words)
    if name == phrase:
        return Match(EXACT)
    if name.startswith(phrase):
        return Match(PREFIX)
    tokens = name.split()
    missing = [w for w in words if not any(t.startswith(w) for t in tokens)]
    if not missing:
        return Match(NAME_WORDS)
    where: list[str] = []
    for w in missing:
        hits = [k for k, text in folded.items() if k != NAME and text and w in text]
        if not hits:
            if w in name:
                continue        # inside a word of the name only
            return None
        for k in hits:
            if k not in where:
                where.append(k)
    return Match(OTHER, tuple(where))


def rank_rows(words: list[str], rows: list[dict[str, str]], order: list[int]) -> tuple[list[int], dict[int, Match]]:
    """``order`` (row indexes, in the list's sort order) filtered to the matching rows and
    sorted by rank, keeping ``order`` within a rank; with each row's :class:`Match`."""
    found: dict[int, Match] = {}
    for i in order:
        m = match(words, rows[i])
        if m is not None:
            found[i] = m
    ranked = sorted(found, key=lambda i: found[i].rank)   # stable: the list's order within a rank
    return ranked, found


__all__ = ["Match", "match", "query_words", "rank_rows", "EXACT", "PREFIX", "NAME_WORDS", "OTHER"]
