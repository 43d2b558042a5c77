"""The demo congress: Hải Phòng 2020, realistic and deterministic per seed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import unicodedata
from collections import Counter

import pytest

from congress_desk.core import demo, demo_data
from congress_desk.core.demo import build_demo
from congress_desk.core.event import get_value
from congress_desk.core.fields import id_mismatches, parse_birth, parse_phone, phone_kind
from congress_desk.core.registry.codes import DESK_RANGE_START, is_valid_code, number_of
from congress_desk.core.vietnamese import TONE_ORDER, clean_name

GUESTS_PER_OFFICIAL = 125 / 555


@pytest.fixture
def registry_only(monkeypatch):
    """The demo without the other capabilities' extensions (seats, nominations, check-ins)."""
    monkeypatch.setattr(demo, "EXTENSIONS", [])


def _rows(path, table: str, order: str = "id") -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY {order}").fetchall()
    finally:
        conn.close()


def _registry(db) -> list[dict]:
    """The delegates the committee registered (walk-ins made at desks carry desk codes)."""
    return [d for d in db.query("SELECT * FROM delegates ORDER BY id")
            if number_of(d["code"]) < DESK_RANGE_START]


# ---------------------------------------------------------------- the default demo

def test_default_demo_has_550_delegates_in_units_with_quotas(demo_path):
    conn = sqlite3.connect(demo_path)
    conn.row_factory = sqlite3.Row
    try:
        delegates = [d for d in conn.execute("SELECT * FROM delegates") if number_of(d["code"]) < DESK_RANGE_START]
        assert len(delegates) == 550
        units = list(conn.execute("SELECT * FROM units"))
        assert sum(u["quota"] for u in units) == 550
        per_unit = Counter(d["unit_id"] for d in delegates)
        assert all(per_unit[u["id"]] == u["quota"] for u in units)
        kinds = Counter(u["kind"] for u in units)
        assert kinds["district"] == 15
        assert {u["name"] for u in units if u["kind"] == "district"} == set(demo_data.DISTRICTS)
        assert "Huyện Thủy Nguyên" in {u["name"] for u in units}
        others = sum(kinds[k] for k in ("department", "organisation", "armed_forces", "enterprise", "school"))
        assert 40 <= others <= 60
        # Districts send more people than a department does.
        district = [u["quota"] for u in units if u["kind"] == "district"]
        department = [u["quota"] for u in units if u["kind"] == "department"]
        assert sum(district) / len(district) > 2 * sum(department) / len(department)
    finally:
        conn.close()


def test_default_demo_through_the_cli_is_deterministic(tmp_path, demo_path):
    # Same seed (2020 by default) -> the same delegates, extensions included.
    env = {**os.environ, "CONGRESS_DESK_LANG": "vi"}
    done = subprocess.run([sys.executable, "-m", "congress_desk", "demo", str(tmp_path / "again.congress")],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert _rows(tmp_path / "again.congress", "units") == _rows(demo_path, "units")
    assert _comparable(tmp_path / "again.congress") == _comparable(demo_path)


def _comparable(path) -> list[dict]:
    """Every delegate; walk-ins merged from desk journals keep the time of the merge as
    created_at / updated_at, so those two are left out for them."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        out = []
        for row in conn.execute("SELECT * FROM delegates ORDER BY id"):
            d = dict(row)
            if number_of(d["code"]) >= DESK_RANGE_START:
                d.pop("created_at")
                d.pop("updated_at")
            out.append(d)
        return out
    finally:
        conn.close()


# ---------------------------------------------------------------- determinism, sizes

def test_same_seed_same_congress_other_seed_other_congress(tmp_path, registry_only):
    for name, seed in (("a", 7), ("b", 7), ("c", 8)):
        build_demo(tmp_path / f"{name}.congress", delegates=300, seed=seed).close()
    a, b, c = (_rows(tmp_path / f"{n}.congress", "delegates") for n in "abc")
    assert a == b
    assert _rows(tmp_path / "a.congress", "units") == _rows(tmp_path / "b.congress", "units")
    assert a != c
    names_a = {r[2] for r in a}
    names_c = {r[2] for r in c}
    assert len(names_a & names_c) < len(names_a)


@pytest.mark.parametrize("n", [0, 1, 7, 100, 550, 680, 3333])
def test_quotas_sum_to_the_delegate_count(tmp_path, registry_only, n):
    with build_demo(tmp_path / "e.congress", delegates=n) as event:
        quotas = event.db.execute("SELECT SUM(quota) FROM units").fetchone()[0] or 0
        count = event.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0]
        assert quotas == count == n
        assert all(q >= 0 for (q,) in event.db.execute("SELECT quota FROM units"))


def test_ten_thousand_delegates_quickly(tmp_path, registry_only):
    start = time.perf_counter()
    with build_demo(tmp_path / "big.congress", delegates=10_000, seed=1) as event:
        elapsed = time.perf_counter() - start
        assert event.db.execute("SELECT COUNT(*) FROM delegates").fetchone()[0] == 10_000
        assert event.db.execute("SELECT COUNT(DISTINCT code) FROM delegates").fetchone()[0] == 10_000
        assert event.db.execute("SELECT SUM(quota) FROM units").fetchone()[0] == 10_000
    assert elapsed < 10, f"10,000 delegates took {elapsed:.1f} s"


@pytest.mark.slow
def test_ten_thousand_delegates_through_the_cli_with_every_extension(tmp_path):
    """The whole demo, seats, nominations and check-ins included, for N = 10,000."""
    path = tmp_path / "big.congress"
    env = {**os.environ, "CONGRESS_DESK_LANG": "vi"}
    start = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "congress_desk", "demo", str(path), "--delegates", "10000"],
            capture_output=True, text=True, env=env, timeout=90,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("congress-desk demo --delegates 10000 did not finish in 90 s")
    assert done.returncode == 0, done.stderr
    assert time.perf_counter() - start < 90
    with sqlite3.connect(path) as conn:
        codes = [c for (c,) in conn.execute("SELECT code FROM delegates")]
    assert len([c for c in codes if number_of(c) < DESK_RANGE_START]) == 10_000


@pytest.mark.parametrize("n", [-1, 10_001])
def test_delegate_count_out_of_range(tmp_path, n):
    with pytest.raises(ValueError):
        build_demo(tmp_path / "e.congress", delegates=n)
    assert not (tmp_path / "e.congress").exists()


# ---------------------------------------------------------------- realism

@pytest.fixture(scope="module")
def big_demo(tmp_path_factory):
    """2,000 delegates without extensions, read as dicts, for statistics."""
    saved = demo.EXTENSIONS
    demo.EXTENSIONS = []
    try:
        path = tmp_path_factory.mktemp("stats") / "stats.congress"
        with build_demo(path, delegates=2000, seed=11) as event:
            delegates = list(event.db.query("SELECT * FROM delegates"))
            units = list(event.db.query("SELECT * FROM units"))
            seed = get_value(event.db, "demo_seed")
    finally:
        demo.EXTENSIONS = saved
    return {"delegates": delegates, "units": units, "seed": seed}


def test_categories_in_realistic_proportions(big_demo):
    counts = Counter(d["category"] for d in big_demo["delegates"])
    assert set(counts) == {"official", "guest", "honoree", "press", "staff"}
    # About 125 guests for 555 official delegates (honorees are official delegates too).
    ratio = counts["guest"] / (counts["official"] + counts["honoree"])
    assert abs(ratio - GUESTS_PER_OFFICIAL) / GUESTS_PER_OFFICIAL < 0.10, ratio
    assert counts["official"] > counts["honoree"] > counts["press"] > 0
    assert counts["staff"] > 0


def test_guests_have_ranks_and_a_presidium(big_demo):
    guests = [d for d in big_demo["delegates"] if d["category"] == "guest"]
    ranks = sorted(d["rank"] for d in guests)
    assert ranks == list(range(1, len(guests) + 1))
    assert sum(d["presidium"] for d in big_demo["delegates"]) == 15
    assert all(d["category"] == "guest" for d in big_demo["delegates"] if d["presidium"])


def test_national_ids_agree_with_birth_year_and_sex(big_demo):
    with_id = [d for d in big_demo["delegates"] if d["national_id"]]
    assert len(with_id) > 0.9 * len(big_demo["delegates"])
    for d in with_id:
        assert len(d["national_id"]) == 12 and d["national_id"].isdigit()
        assert id_mismatches(d["national_id"], d["gender"], d["birth_year"]) == [], d
    provinces = Counter(d["national_id"][:3] for d in with_id)
    assert provinces["031"] / len(with_id) > 0.6          # mostly born in Hải Phòng
    assert len(provinces) >= 5                            # ... with some from elsewhere


def test_names_are_clean_and_use_every_tone(big_demo):
    tones = set()
    letters = set()
    for d in big_demo["delegates"]:
        name = d["full_name"]
        assert name == clean_name(name)
        assert unicodedata.is_normalized("NFC", name)
        assert 2 <= len(name.split(" ")) <= 5
        for ch in unicodedata.normalize("NFD", name.lower()):
            if ch in TONE_ORDER:
                tones.add(ch)
            letters.add(ch)
    assert tones == set(TONE_ORDER)                       # huyền, hỏi, ngã, sắc, nặng
    assert {"đ", "\u0306", "\u0302", "\u031b"} <= letters  # đ, breve, circumflex, horn
    names = [d["full_name"] for d in big_demo["delegates"]]
    assert any(n.endswith(" Hòa") for n in names) and any(n.endswith(" Hoà") for n in names)
    assert len(set(names)) > 0.7 * len(names)
    women = [d for d in big_demo["delegates"] if d["gender"] == "female"]
    assert 0.3 < len(women) / len(names) < 0.55


def test_phones_birth_dates_and_codes_are_valid(big_demo):
    kinds = Counter()
    for d in big_demo["delegates"]:
        if d["phone"]:
            assert parse_phone(d["phone"]) == d["phone"]
            kinds[phone_kind(d["phone"])] += 1
        if d["birth_date"]:
            shown = "/".join(reversed(d["birth_date"].split("-")))       # as a unit would write it
            assert parse_birth(shown) == (d["birth_date"], d["birth_year"])
        assert 1920 <= d["birth_year"] <= 1996
        assert is_valid_code(d["code"])
    assert kinds["mobile"] > 10 * kinds["landline"] > 0
    assert sum(1 for d in big_demo["delegates"] if d["birth_date"] is None) > 0   # year only
    assert big_demo["seed"] == 11


def test_positions_and_workplaces_fit_the_unit(big_demo):
    units = {u["id"]: u for u in big_demo["units"]}
    for d in big_demo["delegates"]:
        assert d["position"]
        unit = units[d["unit_id"]]
        if unit["kind"] == "district" and "{" not in d["position"]:
            place = unit["name"].split(" ", 1)[1]
            if "UBND" in d["position"] and "phường" not in d["position"] and "xã" not in d["position"]:
                assert place in d["position"], (unit["name"], d["position"])
        assert "{" not in d["position"] and "}" not in d["position"]


def test_demo_is_a_believable_hai_phong_congress(demo_path):
    """One Chủ tịch UBND; the presidium is the city's and the centre's leaders; each unit is led
    by its head; positions fit their units (a quận has tổ dân phố and phường, a huyện thôn and xã)."""
    conn = sqlite3.connect(demo_path)
    conn.row_factory = sqlite3.Row
    try:
        people = list(conn.execute("SELECT d.*, u.name AS unit, u.kind AS kind FROM delegates d "
                                   "JOIN units u ON u.id = d.unit_id"))
    finally:
        conn.close()
    positions = Counter(p["position"] for p in people)
    for one in ("Chủ tịch UBND thành phố", "Chủ tịch HĐND thành phố", "Ủy viên Trung ương Đảng, Bí thư Thành ủy"):
        assert positions[one] == 1, one
    assert positions["Phó Chủ tịch UBND thành phố"] <= 4
    presidium = {p["position"] for p in people if p["presidium"]}
    assert {"Chủ tịch UBND thành phố", "Chủ tịch HĐND thành phố", "Ủy viên Trung ương Đảng, Bí thư Thành ủy"} <= presidium
    assert not any(p.startswith(("Nguyên", "Bà mẹ", "Phóng viên")) for p in presidium)
    for p in people:
        if p["kind"] != "district":
            continue
        place = p["unit"].split(" ", 1)[1]
        words = p["position"].lower()
        if p["unit"].startswith("Quận"):
            assert "thôn" not in words and " xã" not in words and "huyện" not in words, p["position"]
        else:
            assert "tổ dân phố" not in words and "phường" not in words and "quận" not in words, p["position"]
        assert "ủy" not in words or place.lower() in words or "đảng ủy" in words, p["position"]
    heads = Counter(p["position"] for p in people if p["kind"] == "district" and p["position"].startswith("Chủ tịch UBND"))
    assert all(n == 1 for title, n in heads.items() if title.startswith(("Chủ tịch UBND quận", "Chủ tịch UBND huyện")))
