"""Fixtures of the hardening tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def kill_tally():
    """Kills delivered per kind, printed at the end (run with -s to see them)."""
    tally: dict[str, list[int]] = {}
    yield tally
    if tally:
        print("\nhardening figures:")
        for kind, (a, b) in tally.items():
            print(f"  {kind}: " + (f"{a} killed of {b} runs, all consistent" if isinstance(a, int) and
                                     isinstance(b, int) else f"{a}; {b}"))
