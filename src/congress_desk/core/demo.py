"""``congress-desk demo``: a realistic Hải Phòng 2020 congress, deterministic per seed."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from . import demo_data as D
from .checkin.demo import add_checkins
from .db import EventFile, create_event
from .demo_data import make_person
from .event import set_value
from .printing.officials import add_demo_officials
from .progress import no_progress
from .registry import add_unit, insert_rows, units_by_id
from .registry.codes import FIRST_NUMBER, make_code
from .seating.demo import seat_demo
from .vetting.demo import add_demo_nominations

MAX_DELEGATES = 10_000

# The capabilities' parts of the demo, called as fn(event, rng) in this order (vetting first:
# seating follows the ceremony order). The names seed each part's random generator.
EXTENSIONS = [
    ("congress_desk.core.vetting.demo:add_demo_nominations", add_demo_nominations),
    ("congress_desk.core.seating.demo:seat_demo", seat_demo),
    ("congress_desk.core.checkin.demo:add_checkins", add_checkins),
    ("congress_desk.core.printing.officials:add_demo_officials", add_demo_officials),
]

# Guests per official delegate, as at the 2020 congress (125 guests, 555 official).
GUEST_SHARE = 125 / 680
PRESS_SHARE = STAFF_SHARE = 0.015
# Among the units' own delegates, the share of honorees (đại biểu điển hình).
HONOREE_SHARE = 0.08


def _units():
    kinds = [
        ("district", D.DISTRICTS), ("department", D.DEPARTMENTS), ("organisation", D.ORGANISATIONS),
        ("armed_forces", D.ARMED_FORCES), ("enterprise", D.ENTERPRISES), ("school", D.SCHOOLS),
    ]
    out = []
    for kind, names in kinds:
        for name in names:
            out.append((name, kind))
    return out


def _quotas(units, total: int, rng: random.Random) -> list[int]:
    """Quotas summing to ``total``: districts get most, departments fewer."""
    weight = {"district": 3.0, "department": 1.0, "organisation": 1.2, "armed_forces": 1.3,
              "enterprise": 0.9, "school": 0.8}
    raw = [weight[k] * rng.uniform(0.8, 1.2) for _, k in units]
    scale = total / sum(raw)
    quotas = [int(r * scale) for r in raw]
    i = 0
    while sum(quotas) < total:  # hand out the remainder round-robin
        quotas[i % len(quotas)] += 1
        i += 1
    return quotas


def _position(rng: random.Random, kind: str, unit: str, index: int) -> str:
    """The title of a unit's ``index``-th delegate: its head(s) first, then titles that fit
    the unit (a quận has tổ dân phố, a huyện has thôn)."""
    heads = D.heads(unit, kind)
    if index < len(heads):
        return heads[index]
    return rng.choice(D.positions(unit, kind))


def _guest_titles(rng: random.Random, positions: list[str], count: int) -> list[str]:
    """``count`` guest titles: the one-person posts first (one Chủ tịch UBND), then the others."""
    out: list[str] = []
    for title in positions:
        cap = 1 if title in D.ONE_EACH else D.AT_MOST.get(title, 0)
        out.extend([title] * cap)
    out = out[:count]
    repeatable = [t for t in positions if t not in D.ONE_EACH and t not in D.AT_MOST]
    while len(out) < count:
        out.append(rng.choice(repeatable) if repeatable else rng.choice(positions))
    return out


def _plan(total: int, rng: random.Random):
    """[(unit name, kind, quota, category or None, positions or None)] summing to ``total``."""
    guests = round(total * GUEST_SHARE)
    press = round(total * PRESS_SHARE)
    staff = round(total * STAFF_SHARE)
    regular = total - guests - press - staff
    plan = []
    units = _units()
    for (name, kind), quota in zip(units, _quotas(units, regular, rng), strict=True):
        plan.append((name, kind, quota, None, None))
    shares = [share for _, share, _ in D.GUEST_GROUPS]
    counts = [int(guests * s) for s in shares]
    counts[1] += guests - sum(counts)
    for (name, _share, positions), count in zip(D.GUEST_GROUPS, counts, strict=True):
        plan.append((name, "other", count, "guest", positions))
    plan.append((D.PRESS_UNIT, "other", press, "press", None))
    plan.append((D.STAFF_UNIT, "other", staff, "staff", None))
    return plan


# Protocol rank of guest positions (lower sits further forward).
_GUEST_RANK = {
    "Ủy viên Trung ương Đảng": 1, "Phó Trưởng ban Thường trực Ban Thi đua – Khen thưởng Trung ương": 2,
    "Phó Bí thư Thường trực Thành ủy": 3, "Chủ tịch HĐND thành phố": 4, "Chủ tịch UBND thành phố": 5,
    "Phó Chủ tịch HĐND thành phố": 6, "Phó Chủ tịch UBND thành phố": 7,
    "Vụ trưởng Vụ Thi đua – Khen thưởng": 8, "Ủy viên Ban Thường vụ Thành ủy": 9,
    "Trưởng Ban Tuyên giáo Thành ủy": 10, "Trưởng Ban Tổ chức Thành ủy": 10,
    "Đại biểu Quốc hội khóa XIV": 12, "Nguyên Bí thư Thành ủy": 13, "Nguyên Chủ tịch UBND thành phố": 14,
}


def _mother(rng: random.Random, person: dict) -> dict:
    family = person["full_name"].split(" ")[0]
    nid = person["national_id"]
    return {"full_name": f"{family} Thị {rng.choice(D.FEMALE_GIVEN)}", "gender": "female",
            "phone": None, "national_id": nid and nid[:3] + "1" + nid[4:]}


# Titles the units declare in the note of their delegates (ghi chú of the delegate list):
# at a city congress a few official delegates are Heroes and about one in ten an
# Emulation Fighter of the city or the nation. The credentials report counts them.
HERO_SHARE = 0.012
FIGHTER_SHARE = 0.10


def _declare_titles(rows: list[dict], unit_kinds: dict[int, str], rng: random.Random) -> None:
    """Notes "Anh hùng …" / "Chiến sĩ thi đua …" on some official delegates (their own rng,
    so the rest of the demo does not change)."""
    for r in rows:
        if r["category"] != "official":
            continue
        x = rng.random()
        if x < HERO_SHARE:
            armed = unit_kinds.get(r["unit_id"]) == "armed_forces"
            r["note"] = "Anh hùng Lực lượng vũ trang nhân dân" if armed else "Anh hùng Lao động"
        elif x < HERO_SHARE + FIGHTER_SHARE:
            if rng.random() < 0.2:
                r["note"] = f"Chiến sĩ thi đua toàn quốc năm {rng.choice([2015, 2017, 2019])}"
            else:
                r["note"] = f"Chiến sĩ thi đua thành phố năm {rng.choice([2016, 2017, 2018, 2019])}"


def build_demo(path: Path | str, *, delegates: int = 550, seed: int = 2020, overwrite: bool = True,
               progress=no_progress) -> EventFile:
    """Create the demo event file at ``path`` and return it open."""
    if not 0 <= delegates <= MAX_DELEGATES:
        raise ValueError(f"delegates must be between 0 and {MAX_DELEGATES}")
    rng = random.Random(seed)
    today = dt.date(2020, 11, 9)
    event = create_event(path, overwrite=overwrite)
    db = event.db
    now = dt.datetime(2020, 10, 20, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))).isoformat()
    rows = []
    number = FIRST_NUMBER
    with db.atomic():
        for position, (name, kind, quota, category, positions) in enumerate(_plan(delegates, rng)):
            unit_id = add_unit(db, name, kind, quota, position=position)
            guest_titles = _guest_titles(rng, positions, quota) if category == "guest" else []
            for index in range(quota):
                person = make_person(rng, today)
                cat = category or ("honoree" if index >= 2 and rng.random() < HONOREE_SHARE else "official")
                if cat == "guest":
                    title = guest_titles[index]
                    if title.startswith(("Nguyên", "Anh hùng", "Bà mẹ")):
                        year = rng.randint(1930, 1958)
                        person["birth_year"] = year
                        person["birth_date"] = None
                        if person["national_id"]:
                            nid = person["national_id"]
                            person["national_id"] = nid[:3] + str(int(nid[3]) % 2) + f"{year % 100:02d}" + nid[6:]
                    if title == "Bà mẹ Việt Nam Anh hùng":
                        person = {**person, **_mother(rng, person)}
                elif cat == "press":
                    title = "Phóng viên " + rng.choice(D.PRESS_OUTLETS)
                elif cat == "staff":
                    title = rng.choice(["Chuyên viên Ban Thi đua – Khen thưởng", "Nhân viên phục vụ", "Lễ tân"])
                else:
                    title = _position(rng, kind, name, index)
                rows.append({
                    **person,
                    "code": make_code(number),
                    "unit_id": unit_id,
                    "category": cat,
                    "position": title,
                    "workplace": name if category is None and rng.random() < 0.7 else None,
                    "note": None,
                    "status": "cancelled" if rng.random() < 0.01 else "active",
                    "rank": None,
                    "presidium": 0,
                    "created_at": now,
                    "updated_at": now,
                })
                number += 1
        _declare_titles(rows, {i: u["kind"] for i, u in units_by_id(db).items()},
                        random.Random(f"{seed}:titles"))
        guests = [r for r in rows if r["category"] == "guest"]
        guests.sort(key=lambda g: _GUEST_RANK.get(g["position"].split(",")[0], 50))
        for rank, guest in enumerate(guests, start=1):
            guest["rank"] = rank
        for guest in guests[: min(15, len(guests))]:
            guest["presidium"] = 1
        if rows:
            insert_rows(db, rows)
        set_value(db, "next_code_number", number)
        set_value(db, "demo_seed", seed)
    progress(1, 1 + len(EXTENSIONS), "registry")
    for i, (name, extend) in enumerate(EXTENSIONS, start=2):
        extend(event, random.Random(f"{seed}:{name}"))
        progress(i, 1 + len(EXTENSIONS), name)
    return event
