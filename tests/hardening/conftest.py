"""Fixtures of the hardening tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def kill_tally():
    """Kills delivered per kind, printed at the end (run with -s to see them)."""
    tally: dict[str, list[int]] = {}
    yield tally
    if tally:
        print("\nkills survived:", {k: f"{v[0]} killed of {v[1]} runs" for k, v in tally.items()})
