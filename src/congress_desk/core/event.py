"""Event settings: what makes one congress different from another, as data."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING

from .changes import Changes
from .i18n import translate

if TYPE_CHECKING:
    from sqlite_utils import Database

REGIMES = ("2017", "2023")


def regime_label(regime: str) -> str:
    return {
        "2017": translate(
            "core", "Law 2003 (amended 2013), Decree 91/2017/NĐ-CP, Circular 12/2019/TT-BNV"
        ),
        "2023": translate("core", "Law 06/2022/QH15, Decree 98/2023/NĐ-CP"),
    }.get(regime, regime)


@dataclass
class EventSettings:
    name: str = "Đại hội Thi đua yêu nước thành phố Hải Phòng lần thứ IX"
    number: str = "IX"
    term: str = "2020 – 2025"
    organizer: str = "Ủy ban nhân dân thành phố Hải Phòng"
    province: str = "Hải Phòng"
    date: str = "2020-11-09"          # ISO date of the session
    start_time: str = "07:30"
    venue: str = "Trung tâm Hội nghị thành phố"
    address: str = "Số 18 Hoàng Diệu, quận Hồng Bàng, thành phố Hải Phòng"
    regime: str = "2017"
    hall: str = "default"
    expected_delegates: int = 550

    def validate(self) -> list[str]:
        """Problems in the user's language; empty when all is well."""
        import datetime as dt

        problems = []
        if not self.name.strip():
            problems.append(translate("core", "The congress needs a name"))
        try:
            dt.date.fromisoformat(self.date)
        except ValueError:
            problems.append(translate("core", "The date of the congress is not a valid date"))
        if self.regime not in REGIMES:
            problems.append(translate("core", "Unknown legal regime {regime}").format(regime=self.regime))
        if self.expected_delegates < 0:
            problems.append(translate("core", "The expected number of delegates cannot be negative"))
        return problems


def event_code(settings: EventSettings) -> str:
    """A short code of the congress for file names: "DH-TDYN-HP-IX" for Hải Phòng's 9th
    Patriotic Emulation Congress (ASCII, no spaces, safe on every file system)."""
    import re

    from .vietnamese import fold

    def initials(text: str) -> str:
        return "".join(w[0] for w in re.findall(r"[a-z0-9]+", fold(text))).upper()

    name = fold(settings.name)
    if "thi dua yeu nuoc" in name:
        kind = "DH-TDYN"
    else:
        kind = initials(re.split(r"\b(?:thanh pho|tinh|lan thu)\b", name)[0])[:8]
    number = re.sub(r"[^A-Za-z0-9]", "", fold(settings.number).upper())
    parts = [kind, initials(settings.province), number]
    return "-".join(p for p in parts if p) or "dai-hoi"


def default_file_name(settings: EventSettings, what: str, suffix: str) -> str:
    """The name a saved file is offered under: what it is and for which congress,
    e.g. ``the-dai-bieu_DH-TDYN-HP-IX.pdf``."""
    return f"{what}_{event_code(settings)}.{suffix.lstrip('.')}"


def suggested_path(event, what: str, suffix: str):
    """Where a save dialog starts: beside the event file (an ``EventFile``), named for what
    and which congress (:func:`default_file_name`)."""
    return event.path.with_name(default_file_name(load_settings(event.reader), what, suffix))


def default_settings() -> EventSettings:
    return EventSettings()


def load_settings(db: Database) -> EventSettings:
    stored = {r["key"]: r["value"] for r in db.query("SELECT key, value FROM settings")}
    kwargs = {}
    defaults = EventSettings()
    for f in fields(EventSettings):
        if f.name in stored and stored[f.name] is not None:
            try:
                value = json.loads(stored[f.name])
            except ValueError:
                continue
            default = getattr(defaults, f.name)
            if isinstance(default, int) and (isinstance(value, bool) or not isinstance(value, int)):
                continue  # a value of the wrong kind (edited by hand?): keep the default
            if isinstance(default, str) and not isinstance(value, str):
                continue
            kwargs[f.name] = value
    return EventSettings(**kwargs)


def save_settings(db: Database, settings: EventSettings) -> Changes:
    rows = [{"key": k, "value": json.dumps(v, ensure_ascii=False)} for k, v in asdict(settings).items()]
    with db.atomic():
        db.table("settings").upsert_all(rows, pk="key")
    return Changes.of("event")


def get_value(db: Database, key: str, default=None):
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    if row is None or row[0] is None:
        return default
    return json.loads(row[0])


def set_value(db: Database, key: str, value) -> Changes:
    db.execute(
        "INSERT INTO settings(key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        [key, json.dumps(value, ensure_ascii=False)],
    )
    return Changes.of("event")
