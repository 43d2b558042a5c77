"""Badge codes now live below the registry, in :mod:`congress_desk.core.codes` (the registry
gives them out, check-in reads them). This name stays for the check-in modules and branches
that still import it."""

from __future__ import annotations

from ..codes import (  # noqa: F401
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
