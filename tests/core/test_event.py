"""Event settings: what makes one congress different from another, kept as data."""

from __future__ import annotations

import dataclasses

import pytest

from congress_desk.core.changes import Changes
from congress_desk.core.db import open_event
from congress_desk.core.event import (
    REGIMES,
    EventSettings,
    default_settings,
    get_value,
    load_settings,
    regime_label,
    save_settings,
    set_value,
)

pytestmark = pytest.mark.parametrize("event", ["empty"], indirect=True)


def test_defaults_are_hai_phong_2020(event):
    settings = load_settings(event.db)
    assert settings == default_settings()
    assert settings.date == "2020-11-09" and settings.regime == "2017"
    assert "Hải Phòng" in settings.name and settings.number == "IX"
    assert "18 Hoàng Diệu" in settings.address
    assert settings.validate() == []


def test_settings_round_trip_through_the_file(event):
    settings = dataclasses.replace(
        default_settings(),
        name="Đại hội Thi đua yêu nước tỉnh Quảng Ninh lần thứ V", number="V", term="2025 – 2030",
        province="Quảng Ninh", date="2025-09-26", venue="Cung Văn hóa Thiếu nhi", regime="2023",
        expected_delegates=420,
    )
    assert save_settings(event.db, settings) == Changes.of("event")
    path = event.path
    event.close()
    with open_event(path) as again:
        assert load_settings(again.db) == settings


@pytest.mark.parametrize("change, words", [
    ({"name": "  "}, "tên"),
    ({"date": "09/11/2020"}, "ngày"),
    ({"date": "2020-02-30"}, "ngày"),
    ({"regime": "1998"}, "1998"),
    ({"expected_delegates": -5}, "âm"),
])
def test_validation_in_vietnamese(event, change, words):
    problems = dataclasses.replace(default_settings(), **change).validate()
    assert len(problems) == 1
    assert words in problems[0].lower()


def test_unknown_or_broken_stored_values_fall_back_to_defaults(event):
    event.db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('venue', 'not json')")
    event.db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('from_a_newer_app', '1')")
    event.db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('expected_delegates', '\"năm trăm\"')")
    event.db.execute("INSERT OR REPLACE INTO settings(key, value) VALUES ('name', '42')")
    settings = load_settings(event.db)
    assert settings.venue == EventSettings().venue
    assert settings.expected_delegates == EventSettings().expected_delegates
    assert settings.name == EventSettings().name
    assert settings.validate() == []


def test_small_values(event):
    assert get_value(event.db, "missing", 42) == 42
    set_value(event.db, "desks", ["Bàn 1", "Bàn 2"])
    assert get_value(event.db, "desks") == ["Bàn 1", "Bàn 2"]
    set_value(event.db, "desks", {"n": 3})
    assert get_value(event.db, "desks") == {"n": 3}


def test_regime_labels(event):
    for regime in REGIMES:
        assert regime_label(regime) and regime_label(regime) != regime
    assert "98/2023" in regime_label("2023")
    assert regime_label("1998") == "1998"
