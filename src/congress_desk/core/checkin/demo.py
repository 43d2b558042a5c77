"""Demo extension: the morning of the congress, half-way through check-in.

About 60% of the expected people have arrived at four desks between 06:50 and
07:25; a few absences with reasons, a substitute, a walk-in guest, an undone
check-in and one person checked in at two desks before they saw each other. All
written as journal events already merged into the event file.
"""

from __future__ import annotations

import datetime as dt
import random
import uuid

from ..db import EventFile
from ..event import load_settings, set_value
from ..registry.codes import desk_range as _desk_range
from ..registry.codes import make_code
from .desk import desk_index
from .journal import FORMAT_VERSION
from .store import merge_events

DESKS = ("Bàn 1", "Bàn 2", "Bàn 3", "Bàn 4")
ABSENCE_REASONS = ("Ốm", "Đi công tác", "Bận việc gia đình", "Đi học")
ARRIVED_SHARE = 0.6


def add_checkins(event: EventFile, rng: random.Random) -> None:
    db = event.db
    settings = load_settings(db)
    # Every demo file gets its own event id, even two made with the same seed: the real
    # check-in session derives from it, and two congresses must never share one.
    uid = uuid.uuid4().hex
    set_value(db, "event_uid", uid)
    day = dt.date.fromisoformat(settings.date)
    tz = dt.timezone(dt.timedelta(hours=7))
    start = dt.datetime.combine(day, dt.time(6, 50), tz)
    rows = list(db.query("SELECT code, category, presidium FROM delegates WHERE status = 'active' ORDER BY code"))
    if not rows:
        return
    events: list[dict] = []

    def add(type_, code, minute: float, desk=None, payload=None):
        at = (start + dt.timedelta(seconds=int(minute * 60))).isoformat()
        events.append({"v": FORMAT_VERSION, "id": uuid.UUID(int=rng.getrandbits(128)).hex, "event": uid,
                       "desk": desk or rng.choice(DESKS), "at": at, "type": type_, "code": code,
                       "payload": payload or {}})

    rng.shuffle(rows)
    arrived = rows[: int(len(rows) * ARRIVED_SHARE)]
    rest = rows[len(arrived):]
    for row in arrived:
        add("checkin", row["code"], rng.uniform(0, 35))
    if arrived:
        double = arrived[0]
        add("checkin", double["code"], rng.uniform(35, 36), desk="Bàn 3" if events[0]["desk"] != "Bàn 3" else "Bàn 1")
    if len(arrived) > 2:
        mistaken = arrived[1]["code"]
        add("undo", mistaken, 36, payload={"reason": "Quét nhầm thẻ"})
        add("checkin", mistaken, 37)
    for row in rest[: max(1, len(rest) // 40)]:
        add("absence", row["code"], rng.uniform(0, 20), payload={"reason": rng.choice(ABSENCE_REASONS)})
    if len(rest) > 30:
        add("substitute", rest[-1]["code"], rng.uniform(10, 30),
            payload={"name": "Nguyễn Văn Thành", "position": "Phó Chủ tịch"})
    walkin_code = make_code(_desk_range(desk_index("Bàn 2"))[0])  # as a format 1 journal had it
    add("walkin", walkin_code, 20, desk="Bàn 2",
        payload={"full_name": "Trần Thị Mai", "position": "Phóng viên Báo Lao động", "unit": None,
                 "category": "press", "phone": None})
    merge_events(db, events, source="demo")
