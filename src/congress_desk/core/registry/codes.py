"""Badge codes: 7 digits of number plus a Damm check digit.

The Damm algorithm catches every single-digit error and every swap of two
adjacent digits (Luhn misses 09<->90). Codes are digits only, so a Vietnamese
input method on the desk laptop cannot turn them into accented letters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..event import get_value, set_value

if TYPE_CHECKING:
    from sqlite_utils import Database

# Damm's totally anti-symmetric quasigroup of order 10.
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)

NUMBER_DIGITS = 7
CODE_LENGTH = NUMBER_DIGITS + 1
# Registry codes count up from here; walk-in codes come from per-desk ranges above.
FIRST_NUMBER = 1_000_001
DESK_RANGE_START = 9_000_000
DESK_RANGE_SIZE = 10_000


def check_digit(number: str) -> str:
    interim = 0
    for ch in number:
        interim = _DAMM[interim][ord(ch) - 48]
    return str(interim)


def make_code(number: int) -> str:
    """The 8-digit badge code for a 7-digit number."""
    if not 0 < number < 10**NUMBER_DIGITS:
        raise ValueError(f"badge number out of range: {number}")
    digits = f"{number:0{NUMBER_DIGITS}d}"
    return digits + check_digit(digits)


def is_valid_code(code: str) -> bool:
    """True for 8 digits whose check digit is right."""
    if not isinstance(code, str) or len(code) != CODE_LENGTH or not code.isascii() or not code.isdigit():
        return False
    interim = 0
    for ch in code:
        interim = _DAMM[interim][ord(ch) - 48]
    return interim == 0


def number_of(code: str) -> int:
    return int(code[:NUMBER_DIGITS])


def desk_range(desk_index: int) -> range:
    """Numbers reserved for walk-in codes made offline at desk ``desk_index`` (0-based)."""
    if not 0 <= desk_index < (10**NUMBER_DIGITS - DESK_RANGE_START) // DESK_RANGE_SIZE:
        raise ValueError(f"desk index out of range: {desk_index}")
    start = DESK_RANGE_START + desk_index * DESK_RANGE_SIZE
    return range(start, start + DESK_RANGE_SIZE)


# ---------------------------------------------------------------- the registry's codes

def next_code(db: Database) -> str:
    """A new unique badge code (call inside the transaction that uses it)."""
    number = get_value(db, "next_code_number", FIRST_NUMBER)
    while True:
        code = make_code(number)
        number += 1
        if not db.execute("SELECT 1 FROM delegates WHERE code = ?", [code]).fetchone():
            break
    set_value(db, "next_code_number", number)
    return code


