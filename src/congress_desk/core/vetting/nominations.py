"""Nominations and their evidence: titles per year, initiatives, discipline, member counts."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections import defaultdict
from typing import TYPE_CHECKING

from ..changes import Changes, Created
from ..errors import UserError
from ..event import load_settings
from ..fields import FieldCollector, FieldError, parse_gender
from ..i18n import translate
from ..registry import ValidationError, get_delegate
from ..vietnamese import clean_name, clean_text, fold
from .catalogue import DISCIPLINE_LEVELS, LEVELS, load_catalogue

if TYPE_CHECKING:
    from sqlite_utils import Database

KINDS = ("individual", "collective")
COUNT_FIELDS = ("members_total", "members_ldtt", "members_completed", "members_cstdcs")
NOMINATION_FIELDS = (
    "kind", "nominee", "delegate_id", "nominee_unit_id", "gender", "birth_year", "position", "unit_id",
    "form", "year", "proposal_number", "proposal_date", "summary", "years_of_service",
    "excellent_completion", *COUNT_FIELDS, "posthumous", "exemplar", "register_number", "received_by",
)


def now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _int(value, key: str, *, low: int | None = 0, high: int | None = None) -> int | None:
    if value in (None, ""):
        return None
    try:
        number = int(str(value).strip())
    except ValueError:
        raise FieldError(key, translate("core", "{value} is not a whole number").format(value=value)) from None
    if low is not None and number < low or high is not None and number > high:
        raise FieldError(key, translate("core", "{value} is out of range").format(value=value))
    return number


def _date(value, key: str) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.strftime("%Y-%m-%d")
    text = clean_text(value)
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise FieldError(key, translate("core", "The date {value} is not valid (day/month/year)").format(value=value))


def clean_nomination(db: Database, data: dict, *, partial: bool = False) -> dict:
    """Check what a person typed; raises ValidationError listing each wrong field."""
    collected = FieldCollector(data, partial=partial)
    out, problems, take = collected.out, collected.problems, collected.take
    cat = load_catalogue(db)

    def kind(value):
        value = value or "individual"
        if value not in KINDS:
            raise FieldError("kind", translate("core", "Unknown kind of nominee {value}").format(value=value))
        return value

    def nominee(value):
        text = clean_name(value) if (data.get("kind") or "individual") == "individual" else clean_text(value)
        if not text:
            raise FieldError("nominee", translate("core", "The nominee's name is missing"))
        return text

    def form(value):
        code = clean_text(value).upper()
        if cat.get(code) is None:
            raise FieldError("form", translate("core", "Unknown form of commendation {form}").format(form=value))
        return code

    take("kind", kind)
    take("nominee", nominee)
    take("form", form)
    take("gender", lambda v: v if v in (None, "male", "female") else parse_gender(v))
    take("birth_year", lambda v: _int(v, "birth_year", low=1900, high=2100))
    take("position", lambda v: clean_text(v) or None)
    take("summary", lambda v: clean_text(v) or None)
    take("proposal_number", lambda v: clean_text(v) or None)
    take("proposal_date", lambda v: _date(v, "proposal_date"))
    take("year", lambda v: _int(v, "year", low=1945, high=2100))
    take("years_of_service", lambda v: _int(v, "years_of_service", high=80))
    for key in COUNT_FIELDS:
        take(key, lambda v, key=key: _int(v, key))
    take("register_number", lambda v: clean_text(v) or None)
    take("received_by", lambda v: clean_text(v) or None)
    for key in ("excellent_completion", "posthumous", "exemplar"):
        take(key, lambda v: 1 if v else 0)
    for key in ("delegate_id", "nominee_unit_id", "unit_id"):
        take(key, lambda v: int(v) if v not in (None, "") else None)
    if problems:
        raise ValidationError(problems)
    kind_now = out.get("kind", data.get("kind"))
    form_now = out.get("form", data.get("form"))
    if kind_now and form_now and cat.get(form_now) and not cat.get(form_now).allows(kind_now):
        raise ValidationError([FieldError("form", translate("core", "{form} is not awarded to {kind} nominees").format(
            form=cat.get(form_now).short, kind=kind_label(kind_now)))])
    if out.get("delegate_id"):
        delegate = get_delegate(db, out["delegate_id"])
        if delegate is None:
            raise ValidationError([FieldError("delegate_id", translate("core", "The linked delegate no longer exists"))])
    counts = {k: out.get(k, data.get(k)) for k in COUNT_FIELDS}
    total = counts["members_total"]
    for key in ("members_ldtt", "members_completed", "members_cstdcs"):
        if total is not None and counts[key] is not None and counts[key] > total:
            raise ValidationError([FieldError(key, translate("core", "{n} members cannot be more than the {total} in the collective").format(n=counts[key], total=total))])
    return out


def kind_label(kind: str) -> str:
    return {"individual": translate("core", "individual"), "collective": translate("core", "collective")}.get(kind, kind)


def add_nomination(db: Database, data: dict, *, titles=(), initiatives=(), discipline=(),
                   actor: str | None = None) -> Created:
    """Add a nomination in state ``proposed`` with its evidence. Returns its id
    (``.changes``: the nominations)."""
    clean = clean_nomination(db, data)
    if clean.get("year") is None:
        clean["year"] = int(load_settings(db).date[:4]) - 1 if load_settings(db).date else None
    stamp = now()
    with db.atomic():
        clean.update(created_at=stamp, updated_at=stamp, state="proposed")
        cols = list(clean)
        cur = db.execute(
            f"INSERT INTO nominations({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
            [clean[c] for c in cols],
        )
        nid = cur.lastrowid
        set_evidence(db, nid, titles=titles, initiatives=initiatives, discipline=discipline)
        db.execute(
            "INSERT INTO nomination_history(nomination_id, at, actor, from_state, to_state, reason) "
            "VALUES (?, ?, ?, NULL, 'proposed', ?)",
            [nid, stamp, actor, data.get("reason") or translate("core", "Proposed by the unit")],
        )
    return Created(nid, Changes.of("nominations"))


def update_nomination(db: Database, nomination_id: int, data: dict, *, actor: str | None = None) -> Changes:
    clean = clean_nomination(db, data, partial=True)
    before = get_nomination(db, nomination_id)
    if before is None:
        raise UserError(translate("core", "This nomination no longer exists"))
    changed = {k: v for k, v in clean.items() if before.get(k) != v}
    if not changed:
        return Changes()
    with db.atomic():
        changed["updated_at"] = now()
        db.execute(f"UPDATE nominations SET {', '.join(f'{k} = ?' for k in changed)} WHERE id = ?",
                   [*changed.values(), nomination_id])
        from ..registry import record_history
        record_history(db, "nomination", nomination_id, "update",
                       {k: before.get(k) for k in changed if k != "updated_at"},
                       {k: v for k, v in changed.items() if k != "updated_at"}, actor)
    return Changes.of("nominations")


def set_evidence(db: Database, nomination_id: int, *, titles=None, initiatives=None, discipline=None) -> Changes:
    """Replace the given kinds of evidence of a nomination (None leaves that kind alone)."""
    cat = load_catalogue(db)
    with db.atomic():
        if titles is not None:
            db.execute("DELETE FROM nomination_titles WHERE nomination_id = ?", [nomination_id])
            for t in titles:
                year = _int(t.get("year"), "year", low=1945, high=2100)
                code = clean_text(t.get("title")).upper()
                if year is None or not code:
                    raise UserError(translate("core", "Each title needs a year and a title"))
                if cat.get(code) is None and code not in ("HTXSNV", "HTTNV"):
                    raise UserError(translate("core", "Unknown title {title}").format(title=t.get("title")))
                db.execute(
                    "INSERT INTO nomination_titles(nomination_id, year, title, decision_number, decision_date) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [nomination_id, year, code, clean_text(t.get("decision_number")) or None,
                     _date(t.get("decision_date"), "decision_date")],
                )
        if initiatives is not None:
            db.execute("DELETE FROM nomination_initiatives WHERE nomination_id = ?", [nomination_id])
            for i in initiatives:
                name = clean_text(i.get("name"))
                level = i.get("level") or "grassroots"
                if not name:
                    raise UserError(translate("core", "Each initiative needs a name"))
                if level not in LEVELS:
                    raise UserError(translate("core", "Unknown initiative level {level}").format(level=level))
                db.execute(
                    "INSERT INTO nomination_initiatives(nomination_id, name, level, year, recognition, used_for, used_year) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [nomination_id, name, level, _int(i.get("year"), "year", low=1945, high=2100),
                     clean_text(i.get("recognition")) or None,
                     clean_text(i.get("used_for")).upper() or None, _int(i.get("used_year"), "used_year", low=1945, high=2100)],
                )
        if discipline is not None:
            db.execute("DELETE FROM nomination_discipline WHERE nomination_id = ?", [nomination_id])
            for d in discipline:
                level = d.get("level")
                if level not in DISCIPLINE_LEVELS:
                    raise UserError(translate("core", "Unknown discipline level {level}").format(level=level))
                db.execute(
                    "INSERT INTO nomination_discipline(nomination_id, year, level, person, note) VALUES (?, ?, ?, ?, ?)",
                    [nomination_id, _int(d.get("year"), "year", low=1945, high=2100), level,
                     clean_text(d.get("person")) or None, clean_text(d.get("note")) or None],
                )
    return Changes.of("nominations")


_SELECT = (
    "SELECT n.*, u.name AS unit, u.kind AS unit_kind, nu.name AS nominee_unit, d.code AS delegate_code, "
    "d.full_name AS delegate_name, sd.number AS submission_number, sd.date AS submission_date "
    "FROM nominations n "
    "LEFT JOIN units u ON u.id = n.unit_id LEFT JOIN units nu ON nu.id = n.nominee_unit_id "
    "LEFT JOIN delegates d ON d.id = n.delegate_id LEFT JOIN decisions sd ON sd.id = n.submission_id"
)


def _attach(db: Database, rows: list[dict]) -> list[dict]:
    if not rows:
        return rows
    by_id = {r["id"]: r for r in rows}
    for r in rows:
        r["titles"], r["initiatives"], r["discipline"] = [], [], []
    ids = list(by_id)
    for table, key, order in (("nomination_titles", "titles", "year, title"),
                              ("nomination_initiatives", "initiatives", "year, id"),
                              ("nomination_discipline", "discipline", "year, id")):
        for chunk in range(0, len(ids), 900):
            part = ids[chunk:chunk + 900]
            sql = (f"SELECT * FROM {table} WHERE nomination_id IN ({', '.join('?' * len(part))}) "
                   f"ORDER BY nomination_id, {order}")
            for ev in db.query(sql, part):
                by_id[ev["nomination_id"]][key].append(ev)
    return rows


def get_nomination(db: Database, nomination_id: int) -> dict | None:
    rows = list(db.query(_SELECT + " WHERE n.id = ?", [nomination_id]))
    return _attach(db, rows)[0] if rows else None


def list_nominations(db: Database, *, state: str | None = None) -> list[dict]:
    """All nominations with unit names and evidence attached, in id order."""
    sql, params = _SELECT, []
    if state:
        sql += " WHERE n.state = ?"
        params.append(state)
    rows = list(db.query(sql + " ORDER BY n.id", params))
    return _attach(db, rows)


def delete_nomination(db: Database, nomination_id: int, *, actor: str | None = None) -> Changes:
    from ..registry import record_history

    before = get_nomination(db, nomination_id)
    if before is None:
        return Changes()
    with db.atomic():
        db.execute("DELETE FROM nominations WHERE id = ?", [nomination_id])
        record_history(db, "nomination", nomination_id, "delete", {"nominee": before["nominee"], "form": before["form"]}, None, actor)
    return Changes.of("nominations")


def set_unit_ldtt(db: Database, unit_id: int, year: int, ldtt: int) -> Changes:
    """Record how many of a unit's people hold LĐTT in ``year`` (base of the CSTĐCS quota)."""
    if ldtt < 0:
        raise UserError(translate("core", "The number of advanced workers cannot be negative"))
    with db.atomic():
        db.execute(
            "INSERT INTO unit_title_stats(unit_id, year, ldtt) VALUES (?, ?, ?) "
            "ON CONFLICT(unit_id, year) DO UPDATE SET ldtt = excluded.ldtt",
            [unit_id, year, ldtt],
        )
    return Changes.of("nominations")


def judge(db: Database, nomination_id: int, verdict: bool | None, *, note: str = "",
          actor: str | None = None) -> Changes:
    """Record a person's verdict on the criteria the law leaves to judgement ("outstanding
    in the movement", "achievements with influence in the city"): True met, False not met,
    None not judged yet. A verdict needs a note saying on what it rests."""
    note = clean_text(note)
    if verdict is not None and not note:
        raise UserError(translate("core", "Say on what the judgement rests (the achievement summary, the unit's proposal …)"),
                        field="judgement_note")
    before = get_nomination(db, nomination_id)
    if before is None:
        raise UserError(translate("core", "This nomination no longer exists"))
    value = None if verdict is None else int(bool(verdict))
    with db.atomic():
        db.execute("UPDATE nominations SET judgement = ?, judgement_note = ?, updated_at = ? WHERE id = ?",
                   [value, note or None, now(), nomination_id])
        from ..registry import record_history
        record_history(db, "nomination", nomination_id, "judge",
                       {"judgement": before.get("judgement"), "note": before.get("judgement_note")},
                       {"judgement": value, "note": note or None}, actor)
    return Changes.of("nominations")


def set_emulation_leader(db: Database, unit_id: int, year: int, cluster: str | None) -> Changes:
    """Record that ``unit_id`` led the emulation cluster or block ``cluster`` (cụm, khối thi
    đua) in ``year``; ``cluster`` None removes it. The test of the city's Cờ thi đua."""
    cluster = clean_text(cluster or "")
    with db.atomic():
        if not cluster:
            db.execute("DELETE FROM emulation_leaders WHERE unit_id = ? AND year = ?", [unit_id, year])
        else:
            db.execute("INSERT INTO emulation_leaders(unit_id, year, cluster) VALUES (?, ?, ?) "
                       "ON CONFLICT(unit_id, year) DO UPDATE SET cluster = excluded.cluster", [unit_id, year, cluster])
    return Changes.of("nominations")


def set_emulation_leaders(db: Database, year: int, leaders, *, progress=None, cancel=None) -> Changes:
    """The Clusters dialog's changes in one transaction: ``leaders`` is ``(unit_id, cluster)``
    pairs for ``year`` (an empty cluster removes the unit's)."""
    changes = Changes()
    with db.atomic():
        for unit_id, cluster in leaders:
            changes |= set_emulation_leader(db, unit_id, year, cluster or None)
    return changes or Changes.of("nominations")


def emulation_leaders(db: Database) -> dict[tuple[int, int], str]:
    """(unit id, year) -> the cluster or block the unit led that year."""
    try:
        return {(r["unit_id"], r["year"]): r["cluster"] for r in db.query("SELECT * FROM emulation_leaders")}
    except sqlite3.OperationalError:  # a file before migration 8 has no such table
        return {}


def unit_ldtt(db: Database) -> dict[tuple[int, int], int]:
    return {(r["unit_id"], r["year"]): r["ldtt"] for r in db.query("SELECT * FROM unit_title_stats")}


def history(db: Database, nomination_id: int) -> list[dict]:
    return list(db.query("SELECT * FROM nomination_history WHERE nomination_id = ? ORDER BY id", [nomination_id]))


def person_key(row: dict):
    """Who a nomination is about, to find the same nominee proposed twice."""
    if row["kind"] == "collective":
        return ("collective", row.get("nominee_unit_id") or fold(row["nominee"]))
    if row.get("delegate_id"):
        return ("delegate", row["delegate_id"])
    from ..vietnamese import name_identity

    return ("person", name_identity(row["nominee"]), row.get("birth_year"))


def group_by(rows, key):
    out = defaultdict(list)
    for r in rows:
        out[key(r)].append(r)
    return out
