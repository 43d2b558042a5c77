"""Badge codes: 8 digits, Damm check digit, disjoint ranges for desks."""

from __future__ import annotations

import itertools
import random

import pytest

from congress_desk.core.registry.codes import (
    CODE_LENGTH,
    DESK_RANGE_SIZE,
    DESK_RANGE_START,
    FIRST_NUMBER,
    NUMBER_DIGITS,
    check_digit,
    desk_range,
    is_valid_code,
    make_code,
    number_of,
)


def _sample(n: int = 400, seed: int = 3) -> list[str]:
    rng = random.Random(seed)
    numbers = {FIRST_NUMBER, FIRST_NUMBER + 1, 10**NUMBER_DIGITS - 1, 1}
    while len(numbers) < n:
        numbers.add(rng.randrange(1, 10**NUMBER_DIGITS))
    return [make_code(n) for n in sorted(numbers)]


def test_known_damm_values():
    # The worked example of the Damm algorithm: 572 -> check digit 4.
    assert check_digit("572") == "4"
    assert make_code(1_000_001)[:7] == "1000001"
    assert check_digit("") == "0"


def test_codes_are_eight_ascii_digits_and_valid():
    for code in _sample():
        assert len(code) == CODE_LENGTH == 8
        assert code.isascii() and code.isdigit()
        assert is_valid_code(code)
        assert make_code(number_of(code)) == code


def test_every_single_digit_error_is_caught():
    for code in _sample():
        for pos in range(CODE_LENGTH):
            for digit in "0123456789":
                if digit == code[pos]:
                    continue
                wrong = code[:pos] + digit + code[pos + 1:]
                assert not is_valid_code(wrong), (code, wrong)


def test_every_adjacent_swap_is_caught():
    swaps = 0
    for code in _sample():
        for pos in range(CODE_LENGTH - 1):
            a, b = code[pos], code[pos + 1]
            if a == b:
                continue
            wrong = code[:pos] + b + a + code[pos + 2:]
            assert not is_valid_code(wrong), (code, wrong)
            swaps += 1
    assert swaps > 2000


def test_all_adjacent_pairs_in_every_position():
    # Exhaustive over the digit pairs: "09" <-> "90" is the swap Luhn misses.
    base = "1234567"
    for pos in range(NUMBER_DIGITS - 1):
        for a in "0123456789":
            for b in "0123456789":
                if a == b:
                    continue
                number = base[:pos] + a + b + base[pos + 2:]
                code = number + check_digit(number)
                swapped = code[:pos] + b + a + code[pos + 2:]
                assert is_valid_code(code) and not is_valid_code(swapped)


def test_swapping_the_check_digit_is_caught():
    for code in _sample(200, seed=9):
        if code[-2] != code[-1]:
            assert not is_valid_code(code[:-2] + code[-1] + code[-2])


@pytest.mark.parametrize("bad", [
    "", "1234567", "123456789", "1000001a", "10000O17", " 10000017", "10000017 ", "1000-0017",
    "١٠٠٠٠٠١٧",              # Arabic-Indic digits are digits to Python, not to us
    "１０００００１７",          # full-width digits from an input method
    "+1000001",
])
def test_is_valid_code_rejects_non_digits_and_wrong_length(bad):
    assert not is_valid_code(bad)


def test_is_valid_code_rejects_none_and_numbers():
    assert not is_valid_code(None)
    assert not is_valid_code(10000017)


@pytest.mark.parametrize("number", [0, -1, 10**NUMBER_DIGITS, 10**NUMBER_DIGITS + 5])
def test_make_code_refuses_numbers_out_of_range(number):
    with pytest.raises(ValueError):
        make_code(number)


def test_desk_ranges_are_disjoint_and_above_registry_codes():
    ranges = []
    index = 0
    while True:
        try:
            ranges.append(desk_range(index))
        except ValueError:
            break
        index += 1
    assert len(ranges) >= 50            # plenty of desks
    assert all(len(r) == DESK_RANGE_SIZE for r in ranges)
    for a, b in itertools.pairwise(ranges):
        assert a.stop <= b.start          # ordered and disjoint
    assert ranges[0].start == DESK_RANGE_START
    assert ranges[-1].stop <= 10**NUMBER_DIGITS
    # Each number of every range makes a valid 8-digit code.
    for r in ranges:
        for number in (r.start, r.stop - 1):
            assert is_valid_code(make_code(number))
    with pytest.raises(ValueError):
        desk_range(-1)


@pytest.mark.parametrize("event", ["empty"], indirect=True)
def test_registry_codes_never_meet_desk_codes(event):
    from congress_desk.core.registry import add_delegate, next_code

    ids = [add_delegate(event.db, {"full_name": f"Nguyễn Văn {i}"}) for i in range(50)]
    codes = [r[0] for r in event.db.execute("SELECT code FROM delegates ORDER BY id")]
    assert len(ids) == len(set(codes)) == 50
    numbers = [number_of(c) for c in codes]
    assert numbers == list(range(FIRST_NUMBER, FIRST_NUMBER + 50))
    with event.db.atomic():
        fresh = next_code(event.db)
    assert fresh not in codes and is_valid_code(fresh)
    desks = [desk_range(i) for i in range(100)]
    assert not any(number_of(fresh) in r or n in r for r in desks for n in numbers)
    # The registry has room for far more delegates than a congress has before reaching desk codes.
    assert DESK_RANGE_START - FIRST_NUMBER > 1_000_000
