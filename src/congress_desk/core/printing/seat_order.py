"""Ordering seat labels "A-5-12" naturally: section, row, seat as numbers."""

from __future__ import annotations


def _natural(text: str):
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


def seat_sort_key(label: str | None):
    if not label:
        return ((2, 0, ""),)
    parts = label.split("-", 2)
    return tuple(_natural(p) for p in parts)
