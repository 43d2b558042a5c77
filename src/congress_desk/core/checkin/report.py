"""What attendance adds up to: the live dashboard and the credentials report.

Both work on plain data — the delegates (from :func:`directory.load_delegates`)
and an :class:`~.state.Attendance` — so the desk, the committee PC, the CLI and the
printed reports count exactly the same way.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..counts import (
    COUNT_CATEGORIES,
    Counts,
    Mark,
    Tally,
    count_category,
    credentials_categories,
    mark_of,
    person_state,
    tally,
)
from ..event import load_settings
from ..fields import category_label
from ..i18n import translate
from ..registry import UNIT_KINDS, unit_kind_label
from ..vietnamese import fold, name_sort_key, sort_key
from .directory import is_walkin_code, load_delegates
from .journal import journal_files, read_journal
from .session import real_session_id, session_of
from .state import Attendance
from .store import event_uid, load_events, load_recodes

if TYPE_CHECKING:
    from sqlite_utils import Database

AGE_GROUPS = ((None, 35), (35, 50), (51, 60), (61, None))


def load_attendance(db: Database, journal_paths=()) -> tuple[list[dict], Attendance]:
    """Delegates and attendance from the event file, plus journals not merged yet."""
    delegates = load_delegates(db)
    attendance = Attendance(load_events(db))
    if journal_paths:
        uid = event_uid(db)
        real = real_session_id(uid) if uid else None
        recodes = load_recodes(db)
        for path in journal_files(journal_paths):
            # only the real session's lines, with walk-in codes a merge changed
            attendance.add(
                dict(ev, code=recodes.get((ev.get("journal") or f"file:{path.name}", ev["code"]), ev["code"]))
                for ev in read_journal(path, uid).events if session_of(ev, uid) == real)
    known = {d["code"] for d in delegates}
    for p in attendance.walkins():
        if p.code not in known:
            w = p.walkin or {}
            delegates.append({"id": None, "code": p.code, "full_name": w.get("full_name") or p.code,
                              "position": w.get("position"), "unit": w.get("unit"), "unit_id": None,
                              "unit_kind": None, "unit_position": None, "category": w.get("category") or "guest",
                              "status": "active", "phone": w.get("phone"), "presidium": 0, "seat": None,
                              "gender": None, "birth_year": None, "birth_date": None, "ethnicity": None,
                              "rank": None, "note": None, "workplace": None})
    return delegates, attendance


def marks_of(attendance: Attendance) -> dict[str, Mark]:
    """What the check-ins say per badge code, in the terms :mod:`..counts` counts by."""
    return {c: mark_of(p) for c, p in attendance.presence.items()}


def state_of(d: dict, attendance: Attendance) -> str:
    """"present", "absent" (reason given), "missing" (not yet come), "cancelled"."""
    p = attendance.get(d["code"])
    return person_state(d, None if p is None else mark_of(p))


def state_label(state: str) -> str:
    return {
        "present": translate("core", "Present"),
        "absent": translate("core", "Absent"),
        "missing": translate("core", "Not arrived"),
        "cancelled": translate("core", "Cancelled"),
    }.get(state, state)


def attendance_rows(delegates: list[dict], attendance: Attendance) -> list[dict]:
    """One row per person, by unit then Vietnamese name order, with their state."""
    out = []
    for d in delegates:
        p = attendance.get(d["code"])
        state = state_of(d, attendance)
        out.append({
            **d,
            "state": state,
            "at": p.at if p and p.present else None,
            "desk": p.desk if p and p.present else None,
            "substitute": p.substitute if p and p.present else None,
            "absence_reason": (p.absence or {}).get("reason") if p and state == "absent" else None,
            "double": bool(p and p.present and p.double),
            "duplicates": list(p.duplicates) if p and p.present else [],
            "walkin": is_walkin_code(d["code"]),
        })
    out.sort(key=lambda r: (r.get("unit_position") if r.get("unit_position") is not None else 10**6,
                            sort_key(r.get("unit") or "~"), name_sort_key(r["full_name"])))
    return out


@dataclass
class Count:
    """One line of the dashboard: the counts (:class:`..counts.Tally`) and who is behind them."""

    label: str
    tally: Tally = field(default_factory=Tally)
    missing: list[dict] = field(default_factory=list)   # not arrived, no absence recorded
    absent: list[dict] = field(default_factory=list)    # marked absent with a reason

    @property
    def expected(self) -> int:
        """Summoned."""
        return self.tally.summoned

    @property
    def arrived(self) -> int:
        """Summoned and present (walk-ins apart)."""
        return self.tally.present

    def as_json(self) -> dict:
        return {"label": self.label, **self.tally.as_json()}


@dataclass
class Dashboard:
    counts: Counts
    doubles: list[dict]
    by_unit: list[Count]
    by_category: list[Count]
    presidium: Count
    honorees: Count

    @property
    def expected(self) -> int:
        return self.counts.total.summoned

    @property
    def arrived(self) -> int:
        return self.counts.total.present

    @property
    def walkins(self) -> int:
        return self.counts.total.walkins

    @property
    def absent(self) -> int:
        return self.counts.total.absent

    @property
    def not_arrived(self) -> int:
        return self.counts.total.not_arrived

    def as_json(self) -> dict:
        return {
            **self.counts.total.as_json(),
            "doubles": [{"code": r["code"], "full_name": r["full_name"], "at": r["at"], "desk": r["desk"],
                         "also": r["duplicates"]} for r in self.doubles],
            "by_unit": [c.as_json() for c in self.by_unit],
            "by_category": [c.as_json() for c in self.by_category],
            "presidium": self.presidium.as_json(), "honorees": self.honorees.as_json(),
        }


def _people_lines(label: str, people: list[dict], marks: dict[str, Mark], rows_by_code: dict[str, dict]) -> Count:
    t = tally(people, marks).total
    line = Count(label, t)
    for d in people:
        r = rows_by_code[d["code"]]
        if r["walkin"] and r["state"] != "present":
            continue
        if r["state"] == "absent":
            line.absent.append(r)
        elif r["state"] == "missing" and not marks.get(d["code"], Mark()).walkin:
            line.missing.append(r)
    return line


def dashboard(delegates: list[dict], attendance: Attendance) -> Dashboard:
    """The desk's live figures, counted by :func:`..counts.tally` (the one definition)."""
    marks = marks_of(attendance)
    rows = attendance_rows(delegates, attendance)
    by_code = {r["code"]: r for r in rows}
    active = [r for r in rows if r["state"] != "cancelled"]
    counts = tally(rows, marks)   # the rows carry "walkin" (a walk-in's own row is never summoned)
    units: dict[str, list[dict]] = {}
    for r in active:
        units.setdefault(r.get("unit") or "", []).append(r)
    by_category = []
    for c in COUNT_CATEGORIES:
        people = [r for r in active if count_category(r.get("category")) == c]
        if people:
            by_category.append(_people_lines(category_label(c), people, marks, by_code))
    return Dashboard(
        counts=counts,
        doubles=[r for r in active if r["double"]],
        by_unit=[_people_lines(u or translate("core", "No unit"), people, marks, by_code)
                 for u, people in units.items()],
        by_category=by_category,
        presidium=_people_lines(translate("core", "Presidium"),
                                [r for r in active if r.get("presidium")], marks, by_code),
        honorees=_people_lines(translate("core", "Honorees"),
                               [r for r in active if r.get("category") == "honoree"], marks, by_code),
    )


# ---------------------------------------------------------------- credentials report

def _pct(n: int, total: int) -> float:
    return round(100.0 * n / total, 2) if total else 0.0


# Who counts as a Hero or an Emulation Fighter in the make-up of the credentials report.
# "Anh hùng": Anh hùng Lao động, Anh hùng Lực lượng vũ trang nhân dân (the President's
# titles). "Chiến sĩ thi đua": the title at city (provincial) or national level — CSTĐ
# thành phố, CSTĐ toàn quốc; CSTĐ cơ sở is a unit's own title (DOMAIN.md "Who decides")
# and is not counted. What the event knows, any of these makes a delegate count:
#
# 1. the registry: the delegate's position or note says so ("Anh hùng Lao động", "Chiến sĩ
#    thi đua thành phố năm 2019" — units write titles in the note of their delegate lists);
# 2. vetting: a nomination linked to the delegate that gave the title — a city title once
#    approved or awarded (the Chủ tịch UBND decides), a central one only once the central
#    decision is recorded (``awarded``); a proposal still awaited gives nothing;
# 3. vetting evidence: the title history (nomination_titles) of any nomination linked to the
#    delegate — a title held already, with the year and decision the unit declared.
HERO_FORMS = ("AHLD", "AHLLVT")
FIGHTER_FORMS = ("CSTD_TP", "CSTDTQ")
CITY_DECIDED = ("CSTD_TP",)    # approved is enough; the others need the central decision


def _is_hero(d: dict) -> bool:
    text = fold(" ".join(filter(None, [d.get("position"), d.get("note")])))
    text = text.replace("ba me viet nam anh hung", "")   # a mother of martyrs: not a Hero title
    return "anh hung" in text


def _is_fighter(d: dict) -> bool:
    text = fold(" ".join(filter(None, [d.get("position"), d.get("note")])))
    text = text.replace("chien si thi dua co so", "").replace("cstdcs", "")
    return "chien si thi dua" in text or "cstd" in text.replace(" ", "")


def _title_kind(code) -> str | None:
    code = str(code or "").strip().upper()
    if code in HERO_FORMS:
        return "hero"
    if code in FIGHTER_FORMS:
        return "fighter"
    return None


def _vetting_titles(db: Database | None) -> dict[int, set[str]]:
    """delegate id -> {"hero", "fighter"} from the nominations linked to delegates and
    their title histories (see above), when the file has vetting data."""
    if db is None:
        return {}
    try:
        cols = {r[1] for r in db.execute("PRAGMA table_info(nominations)").fetchall()}
        title_cols = {r[1] for r in db.execute("PRAGMA table_info(nomination_titles)").fetchall()}
    except Exception:  # noqa: BLE001 - no vetting in this file
        return {}
    if not {"delegate_id", "form"} <= cols:
        return {}
    out: dict[int, set[str]] = defaultdict(set)
    state = "state" if "state" in cols else "NULL"
    for delegate_id, form, st in db.execute(
            f"SELECT delegate_id, form, {state} FROM nominations WHERE delegate_id IS NOT NULL").fetchall():
        kind = _title_kind(form)
        if kind and (st is None or st == "awarded" or (st == "approved" and form in CITY_DECIDED)):
            out[delegate_id].add(kind)
    if {"nomination_id", "title"} <= title_cols:
        for delegate_id, title in db.execute(
                "SELECT n.delegate_id, t.title FROM nomination_titles t JOIN nominations n ON n.id = t.nomination_id "
                "WHERE n.delegate_id IS NOT NULL").fetchall():
            kind = _title_kind(title)
            if kind:
                out[delegate_id].add(kind)
    return out


@dataclass
class Line:
    label: str
    count: int
    percent: float
    key: str = ""      # what is counted: "women", "age:35-50", "sector:district"…

    def as_json(self) -> dict:
        return {"key": self.key, "label": self.label, "count": self.count, "percent": self.percent}


@dataclass
class CredentialsReport:
    summoned: int
    present: int
    absent: int            # marked absent with a reason
    not_arrived: int       # summoned − present − absent
    present_percent: float
    substitutes: int
    absent_reasons: list[Line]
    absent_people: list[dict]
    women: Line
    minorities: Line
    ages: list[Line]
    heroes: Line
    fighters: Line
    sectors: list[Line]
    guests_present: int
    date: str
    categories: tuple[str, ...] = ("official",)

    def as_json(self) -> dict:
        return {
            "categories": list(self.categories),
            "summoned": self.summoned, "present": self.present, "absent": self.absent,
            "not_arrived": self.not_arrived,
            "present_percent": self.present_percent, "substitutes": self.substitutes,
            "absent_reasons": [x.as_json() for x in self.absent_reasons],
            "absent_people": [{"code": d["code"], "full_name": d["full_name"], "unit": d.get("unit"),
                               "reason": d.get("absence_reason")} for d in self.absent_people],
            "women": self.women.as_json(), "minorities": self.minorities.as_json(),
            "ages": [x.as_json() for x in self.ages], "heroes": self.heroes.as_json(),
            "fighters": self.fighters.as_json(), "sectors": [x.as_json() for x in self.sectors],
            "guests_present": self.guests_present,
        }


def age_label(lo: int | None, hi: int | None) -> str:
    if lo is None:
        return translate("core", "Under {n}").format(n=hi)
    if hi is None:
        return translate("core", "{n} and over").format(n=lo)
    return translate("core", "{lo} to {hi}").format(lo=lo, hi=hi)


def credentials_report(delegates: list[dict], attendance: Attendance, *, date: str,
                       db: Database | None = None, categories: tuple[str, ...] | None = None) -> CredentialsReport:
    """The figures of the báo cáo thẩm tra tư cách đại biểu, from the registry and check-ins.

    It counts ``categories`` (by default :func:`..counts.credentials_categories`: official
    delegates, plus honorees when the event says so), as :mod:`..counts` defines the numbers.
    """
    if categories is None:
        categories = credentials_categories(db) if db is not None else ("official",)
    marks = marks_of(attendance)
    everyone = attendance_rows(delegates, attendance)
    counts = tally(everyone, marks)   # the rows carry "walkin" (a walk-in's own row is never summoned)
    t = counts.of(*categories)
    rows = [r for r in everyone
            if r["state"] != "cancelled" and not marks.get(r["code"], Mark()).walkin
            and count_category(r.get("category")) in categories]
    present = [r for r in rows if r["state"] == "present"]
    absent = [r for r in rows if r["state"] == "absent"]
    n = t.present
    year = int(date[:4]) if date else dt.date.today().year
    reasons = Counter((r.get("absence_reason") or translate("core", "No reason given yet")) for r in absent)
    titles = _vetting_titles(db)

    def line(label, count, key=""):
        return Line(label, count, _pct(count, n), key)

    ages = []
    for lo, hi in AGE_GROUPS:
        count = 0
        for r in present:
            by = r.get("birth_year")
            if by is None:
                continue
            age = year - by
            if (lo is None or age >= lo) and (hi is None or age <= hi) and not (lo is None and age >= hi):
                count += 1
        ages.append(line(age_label(lo, hi), count, f"age:{lo or ''}-{hi or ''}"))
    unknown_age = sum(1 for r in present if r.get("birth_year") is None)
    if unknown_age:
        ages.append(line(translate("core", "Age not known"), unknown_age, "age:unknown"))
    kinds = Counter(r.get("unit_kind") or "other" for r in present)
    sectors = [line(unit_kind_label(k), kinds[k], "sector:" + k) for k in UNIT_KINDS if kinds.get(k)]
    heroes = sum(1 for r in present if _is_hero(r) or "hero" in titles.get(r.get("id"), ()))
    fighters = sum(1 for r in present if _is_fighter(r) or "fighter" in titles.get(r.get("id"), ()))
    return CredentialsReport(
        summoned=t.summoned, present=n, absent=t.absent, not_arrived=t.not_arrived,
        present_percent=_pct(n, t.summoned), substitutes=t.substitutes,
        absent_reasons=[Line(k, v, _pct(v, len(absent))) for k, v in reasons.most_common()],
        absent_people=absent,
        women=line(translate("core", "Women"), sum(1 for r in present if r.get("gender") == "female"), "women"),
        minorities=line(translate("core", "Ethnic minorities"),
                        sum(1 for r in present if r.get("ethnicity") and fold(r["ethnicity"]) != "kinh"),
                        "minorities"),
        ages=ages,
        heroes=line(translate("core", "Heroes"), heroes, "heroes"),
        fighters=line(translate("core", "Emulation Fighters"), fighters, "fighters"),
        sectors=sectors,
        guests_present=counts.by_category["guest"].present,
        date=date,
        categories=tuple(categories),
    )


def credentials_for_event(db: Database, journal_paths=()) -> CredentialsReport:
    delegates, attendance = load_attendance(db, journal_paths)
    return credentials_report(delegates, attendance, date=load_settings(db).date, db=db)
