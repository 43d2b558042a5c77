"""Selection for the national congress and the ceremony running order.

Who goes on stage: nominations awarded at this congress — those the province awards
itself once approved, and the central forms once the central decision is recorded
(``awarded``). They go up from the highest form to the lowest (the catalogue's rank),
collectives before individuals within a form, then by unit and by Vietnamese name
order, in batches of a set size. Honorees who are delegates get their seat from the
seating plan; the others are listed for an invitation.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from ..changes import Changes
from ..errors import UserError
from ..event import get_value, set_value
from ..i18n import translate
from ..registry import units_by_id
from ..seats import seat_labels
from ..vietnamese import name_sort_key, sort_key
from .catalogue import load_catalogue
from .nominations import list_nominations

if TYPE_CHECKING:
    from sqlite_utils import Database

DEFAULT_BATCH_SIZE = 15
DEFAULT_NATIONAL_QUOTA = 10


@dataclass
class StageEntry:
    batch: int
    order: int
    nomination_id: int
    nominee: str
    kind: str
    title: str        # position or description
    unit: str
    form: str
    form_name: str
    delegate_id: int | None
    seat: str | None
    posthumous: bool

    def as_json(self) -> dict:
        return asdict(self)


def batch_size(db: Database) -> int:
    return int(get_value(db, "vetting.batch_size", DEFAULT_BATCH_SIZE))


def set_batch_size(db: Database, size: int) -> Changes:
    if int(size) < 1:
        raise UserError(translate("core", "A stage batch needs at least one person"))
    with db.atomic():
        set_value(db, "vetting.batch_size", int(size))
    return Changes.of("nominations")


def national_quota(db: Database) -> int:
    return int(get_value(db, "vetting.national_quota", DEFAULT_NATIONAL_QUOTA))


def set_national_quota(db: Database, quota: int) -> Changes:
    if int(quota) < 0:
        raise UserError(translate("core", "The quota cannot be negative"))
    with db.atomic():
        set_value(db, "vetting.national_quota", int(quota))
    return Changes.of("nominations")


def on_stage(db: Database, rows: list[dict] | None = None) -> list[dict]:
    """Nominations that receive their award at the congress: forms the Chủ tịch UBND
    decides, once approved, and forms decided above the city once the central decision is
    recorded (``awarded``). Grassroots titles are evidence, never on stage."""
    cat = load_catalogue(db)
    rows = list_nominations(db) if rows is None else rows
    out = []
    for r in rows:
        form = cat.get(r["form"])
        if form is None or not form.city_form:
            continue
        if r["state"] == "awarded" or (r["state"] == "approved" and form.route == "decide"):
            out.append(r)
    return out


def by_authority(db: Database, rows: list[dict]) -> list[tuple[str, list[dict]]]:
    """Rows grouped by the deciding authority of their form, highest first
    (president, prime_minister, province); grassroots titles left out."""
    cat = load_catalogue(db)
    out = []
    for authority in ("president", "prime_minister", "province"):
        mine = [r for r in rows if cat.get(r["form"]) is not None and cat.get(r["form"]).authority == authority]
        if mine:
            out.append((authority, mine))
    return out


def _seats(db: Database) -> dict[int, str]:
    return seat_labels(db)


def running_order(db: Database, *, size: int | None = None) -> list[StageEntry]:
    """The ceremony running order, in stage batches of ``size`` (the event's setting by default)."""
    size = size or batch_size(db)
    if size < 1:
        raise UserError(translate("core", "A stage batch needs at least one person"))
    cat = load_catalogue(db)
    units = units_by_id(db)
    rows = on_stage(db)

    def key(r):
        form = cat.get(r["form"])
        unit = units.get(r["unit_id"]) or {"position": 9999, "name": ""}
        person = name_sort_key(r["nominee"]) if r["kind"] == "individual" else sort_key(r["nominee"])
        return (form.rank, 0 if r["kind"] == "collective" else 1, unit["position"], sort_key(unit["name"]), person, r["id"])

    rows.sort(key=key)
    seats = _seats(db)
    out = []
    for i, r in enumerate(rows):
        form = cat.get(r["form"])
        out.append(StageEntry(
            batch=i // size + 1, order=i + 1, nomination_id=r["id"], nominee=r["nominee"], kind=r["kind"],
            title=r.get("position") or "", unit=r.get("unit") or "", form=r["form"], form_name=form.name,
            delegate_id=r.get("delegate_id"), seat=seats.get(r["delegate_id"]) if r.get("delegate_id") else None,
            posthumous=bool(r.get("posthumous")),
        ))
    return out


def invitations(db: Database) -> list[StageEntry]:
    """Honorees on stage who are not delegates: each needs an invitation."""
    return [e for e in running_order(db) if e.delegate_id is None]


def national_candidates(db: Database) -> list[dict]:
    """Approved or awarded nominations, highest form first: who could go to the national congress."""
    cat = load_catalogue(db)
    rows = [r for r in list_nominations(db) if r["state"] in ("approved", "submitted_upward", "awarded")
            and cat.get(r["form"]) is not None and cat.get(r["form"]).city_form]
    rows.sort(key=lambda r: (cat.get(r["form"]).rank if cat.get(r["form"]) else 999, -r["national_congress"],
                             name_sort_key(r["nominee"])))
    return rows


def select_for_national(db: Database, ids, *, actor: str | None = None) -> Changes:
    """Choose exactly these nominations for the national congress, within the quota."""
    from ..registry import record_history

    ids = sorted({int(i) for i in ids})
    quota = national_quota(db)
    if len(ids) > quota:
        raise UserError(translate("core", "{n} chosen but the quota for the national congress is {quota}").format(n=len(ids), quota=quota))
    ok = {r["id"] for r in national_candidates(db)}
    wrong = [i for i in ids if i not in ok]
    if wrong:
        raise UserError(translate("core", "Only approved nominations can be chosen for the national congress (not #{ids})").format(
            ids=", #".join(str(i) for i in wrong)))
    with db.atomic():
        db.execute("UPDATE nominations SET national_congress = 0 WHERE national_congress = 1")
        for i in ids:
            db.execute("UPDATE nominations SET national_congress = 1 WHERE id = ?", [i])
        record_history(db, "national_selection", None, "select", None, ids, actor)
    return Changes.of("nominations")


def suggest_national(db: Database) -> list[int]:
    """The first candidates by rank, up to the quota."""
    return [r["id"] for r in national_candidates(db)[: national_quota(db)]]


def set_national(db: Database, nomination_id: int, chosen: bool, *, actor: str | None = None) -> Changes:
    """Add one nomination to the national selection (within the quota) or take it out."""
    ids = {r["id"] for r in national_candidates(db) if r["national_congress"]}
    if chosen:
        ids.add(nomination_id)
    else:
        ids.discard(nomination_id)
    return select_for_national(db, ids, actor=actor)
