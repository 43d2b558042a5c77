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

from ..event import load_settings
from ..fields import CATEGORIES, category_label
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

# Who a credentials report counts as a delegate (guests, press and staff are not).
DELEGATE_CATEGORIES = ("official", "honoree", None)
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


def state_of(d: dict, attendance: Attendance) -> str:
    """"present", "absent" (reason given), "missing" (not yet come), "cancelled"."""
    if d.get("status") == "cancelled":
        return "cancelled"
    p = attendance.get(d["code"])
    if p is not None and p.present:
        return "present"
    if p is not None and p.absence:
        return "absent"
    return "missing"


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
    label: str
    expected: int = 0
    arrived: int = 0
    missing: list[dict] = field(default_factory=list)   # not arrived, no absence recorded
    absent: list[dict] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"label": self.label, "expected": self.expected, "arrived": self.arrived,
                "missing": len(self.missing), "absent": len(self.absent)}


@dataclass
class Dashboard:
    expected: int
    arrived: int
    walkins: int
    absent: int
    doubles: list[dict]
    by_unit: list[Count]
    by_category: list[Count]
    presidium: Count
    honorees: Count

    def as_json(self) -> dict:
        return {
            "expected": self.expected, "arrived": self.arrived, "walkins": self.walkins,
            "absent": self.absent,
            "doubles": [{"code": r["code"], "full_name": r["full_name"], "at": r["at"], "desk": r["desk"],
                         "also": r["duplicates"]} for r in self.doubles],
            "by_unit": [c.as_json() for c in self.by_unit],
            "by_category": [c.as_json() for c in self.by_category],
            "presidium": self.presidium.as_json(), "honorees": self.honorees.as_json(),
        }


def dashboard(delegates: list[dict], attendance: Attendance) -> Dashboard:
    rows = [r for r in attendance_rows(delegates, attendance) if r["state"] != "cancelled"]
    expected_rows = [r for r in rows if not r["walkin"]]
    units: dict[str, Count] = {}
    cats = {c: Count(category_label(c)) for c in CATEGORIES}
    cats[None] = Count(translate("core", "Category not given"))
    presidium = Count(translate("core", "Presidium"))
    honorees = Count(translate("core", "Honorees"))
    for r in rows:
        unit = units.setdefault(r.get("unit") or "", Count(r.get("unit") or translate("core", "No unit")))
        groups = [unit, cats.get(r.get("category"), cats[None])]
        if r.get("presidium"):
            groups.append(presidium)
        if r.get("category") == "honoree":
            groups.append(honorees)
        for g in groups:
            if not r["walkin"]:
                g.expected += 1
            if r["state"] == "present":
                g.arrived += 1
            elif r["state"] == "absent":
                g.absent.append(r)
            else:
                g.missing.append(r)
    return Dashboard(
        expected=len(expected_rows),
        arrived=sum(1 for r in rows if r["state"] == "present"),
        walkins=sum(1 for r in rows if r["walkin"] and r["state"] == "present"),
        absent=sum(1 for r in rows if r["state"] == "absent"),
        doubles=[r for r in rows if r["double"]],
        by_unit=list(units.values()),
        by_category=[c for c in cats.values() if c.expected or c.arrived],
        presidium=presidium,
        honorees=honorees,
    )


# ---------------------------------------------------------------- credentials report

def _pct(n: int, total: int) -> float:
    return round(100.0 * n / total, 2) if total else 0.0


def _is_hero(d: dict) -> bool:
    text = fold(" ".join(filter(None, [d.get("position"), d.get("note")])))
    return "anh hung" in text


def _is_fighter(d: dict) -> bool:
    text = fold(" ".join(filter(None, [d.get("position"), d.get("note")])))
    return "chien si thi dua" in text or "cstd" in text.replace(" ", "")


def _vetting_titles(db: Database | None) -> dict[int, set[str]]:
    """delegate id -> {"hero", "fighter"} from awarded/approved nominations, when vetting data exists."""
    if db is None:
        return {}
    try:
        cols = {r[1] for r in db.execute("PRAGMA table_info(nominations)").fetchall()}
    except Exception:  # noqa: BLE001 - no vetting in this file
        return {}
    if not {"delegate_id", "form"} <= cols:
        return {}
    out: dict[int, set[str]] = defaultdict(set)
    state = "state" if "state" in cols else None
    sql = "SELECT delegate_id, form FROM nominations WHERE delegate_id IS NOT NULL"
    if state:
        sql += " AND state IN ('approved', 'awarded')"
    for delegate_id, form in db.execute(sql).fetchall():
        f = fold(str(form or "")).replace(" ", "").replace("_", "")
        if f.startswith("ahl") or "anhhung" in f:
            out[delegate_id].add("hero")
        if f.startswith("cstd") or "chiensithidua" in f:
            out[delegate_id].add("fighter")
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
    absent: int
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

    def as_json(self) -> dict:
        return {
            "summoned": self.summoned, "present": self.present, "absent": self.absent,
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
                       db: Database | None = None) -> CredentialsReport:
    """The figures of the báo cáo thẩm tra tư cách đại biểu, from the registry and check-ins."""
    rows = [r for r in attendance_rows(delegates, attendance)
            if r["state"] != "cancelled" and not r["walkin"] and r.get("category") in DELEGATE_CATEGORIES]
    present = [r for r in rows if r["state"] == "present"]
    absent = [r for r in rows if r["state"] != "present"]
    n = len(present)
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
    all_rows = attendance_rows(delegates, attendance)
    return CredentialsReport(
        summoned=len(rows), present=n, absent=len(absent), present_percent=_pct(n, len(rows)),
        substitutes=sum(1 for r in present if r.get("substitute")),
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
        guests_present=sum(1 for r in all_rows if r["state"] == "present" and r.get("category") == "guest"),
        date=date,
    )


def credentials_for_event(db: Database, journal_paths=()) -> CredentialsReport:
    delegates, attendance = load_attendance(db, journal_paths)
    return credentials_report(delegates, attendance, date=load_settings(db).date, db=db)
