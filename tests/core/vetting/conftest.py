"""Fixtures for vetting tests: an empty event with two units under each legal regime."""

from __future__ import annotations

import pytest
from vetting_helpers import set_regime

from congress_desk.core.registry import add_unit


@pytest.fixture(params=["2017", "2023"])
def regime(request):
    return request.param


@pytest.fixture
def vdb(empty_event, regime):
    """(db, units) on an empty event file under the parametrized regime."""
    db = empty_event.db
    set_regime(db, regime)
    units = {"lc": add_unit(db, "Quận Lê Chân", "district"), "yt": add_unit(db, "Sở Y tế", "department")}
    return db, units
