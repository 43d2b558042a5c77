"""The make-up of the delegates present that a credentials report gives beyond sex,
ethnicity and age: Party members, education, political theory level and social
make-up (the delegate's profile fields, schema 9), and the oldest and youngest.

Counted over the same people as :func:`.report.credentials_report`: the delegates
present in the categories the report counts (:func:`..counts.credentials_categories`),
no walk-ins.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..counts import Mark, count_category, credentials_categories
from ..fields import EDUCATION_LEVELS, SOCIAL_GROUPS, THEORY_LEVELS
from .report import attendance_rows, marks_of

if TYPE_CHECKING:
    from sqlite_utils import Database

PROFILE = ("party_member", "education", "political_theory", "social_group")


@dataclass
class Makeup:
    groups: list[tuple[str, list[tuple[str, int, float]]]] = field(default_factory=list)
    oldest: str = ""
    youngest: str = ""


def _profiles(db: Database) -> dict[int, dict]:
    cols = {r[1] for r in db.execute("PRAGMA table_info(delegates)").fetchall()}
    if not set(PROFILE) <= cols:
        return {}
    return {r[0]: dict(zip(PROFILE, r[1:], strict=True))
            for r in db.execute(f"SELECT id, {', '.join(PROFILE)} FROM delegates").fetchall()}


def _pct(n: int, total: int) -> float:
    return round(100.0 * n / total, 2) if total else 0.0


def makeup(db: Database, delegates: list[dict], attendance, date: str) -> Makeup:
    categories = credentials_categories(db)
    marks = marks_of(attendance)
    rows = [r for r in attendance_rows(delegates, attendance)
            if r["state"] == "present" and not marks.get(r["code"], Mark()).walkin
            and count_category(r.get("category")) in categories]
    n = len(rows)
    profiles = _profiles(db)
    out = Makeup()
    if profiles:
        prof = [profiles.get(r.get("id")) or {} for r in rows]
        party = sum(1 for p in prof if p.get("party_member"))
        out.groups.append(("Đảng viên", [("Đảng viên Đảng Cộng sản Việt Nam", party, _pct(party, n))]))
        for title, key, labels in (("Trình độ chuyên môn", "education", EDUCATION_LEVELS),
                                   ("Trình độ lý luận chính trị", "political_theory", THEORY_LEVELS),
                                   ("Thành phần xã hội", "social_group", SOCIAL_GROUPS)):
            lines = []
            for code, label in labels.items():
                count = sum(1 for p in prof if p.get(key) == code)
                if count:
                    lines.append((label, count, _pct(count, n)))
            unknown = sum(1 for p in prof if not p.get(key))
            if unknown and lines:
                lines.append(("Chưa khai", unknown, _pct(unknown, n)))
            out.groups.append((title, lines))
    year = int(date[:4]) if date and date[:4].isdigit() else dt.date.today().year
    born = [r for r in rows if r.get("birth_year")]
    if born:
        old = min(born, key=lambda r: (r["birth_year"], r.get("birth_date") or ""))
        young = max(born, key=lambda r: (r["birth_year"], r.get("birth_date") or ""))
        out.oldest = f"{old['full_name']} ({year - old['birth_year']} tuổi)"
        out.youngest = f"{young['full_name']} ({year - young['birth_year']} tuổi)"
    return out
