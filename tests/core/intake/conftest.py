"""Fixtures for intake tests: realistic unit files built in tmp_path."""

from __future__ import annotations

import pytest
from fixtures import workbooks as W


@pytest.fixture
def persons():
    return W.people(12, seed=7)


@pytest.fixture
def district_xlsx(tmp_path, persons):
    return W.unit_xlsx(tmp_path / "quan-le-chan.xlsx", persons, caps_names=3)
