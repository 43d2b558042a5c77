"""Read the change history: the registry's ``history`` table and the nominations' own
workflow history, as one list newest first, filtered by kind, text and date.

Both tables are append-only: nothing in the app updates or deletes their lines (the
personal-data removal only blanks ID numbers, phones and birth dates inside them).
"""

from __future__ import annotations

import json

from ..fields import mask
from ..vietnamese import fold

PERSONAL = ("national_id", "phone", "birth_date",   # masked in summaries, like every list
            "party_member", "education", "political_theory", "social_group")

# entity names used by the areas -> the kind a person filters by
KINDS = {
    "delegate": "delegates", "seats": "seats", "hall": "seats", "checkins": "checkins",
    "nomination": "nominations", "national_selection": "nominations", "checkin": "checkins",
}


def _summary(before: str | None, after: str | None) -> str:
    parts = []
    for _label, text in (("", after), ("", before)):
        if not text:
            continue
        try:
            value = json.loads(text)
        except ValueError:
            value = text
        if isinstance(value, dict):
            name = value.get("full_name") or value.get("nominee")
            if name:
                parts.append(str(name))
                break
            parts.append(", ".join(f"{k}={mask(str(v)) if k in PERSONAL and v else v}"
                                   for k, v in list(value.items())[:4]))
            break
        parts.append(str(value)[:120])
        break
    return "; ".join(parts)


def list_history(db, *, kind: str | None = None, text: str = "", since: str | None = None,
                 limit: int = 5000) -> list[dict]:
    """History lines, newest first: ``at``, ``actor``, ``kind``, ``entity``, ``entity_id``,
    ``action``, ``summary``, ``before``, ``after``."""
    rows: list[dict] = []
    for r in db.execute("SELECT at, actor, entity, entity_id, action, before, after FROM history "
                        "ORDER BY id DESC LIMIT ?", [limit]).fetchall():
        rows.append({"at": r[0], "actor": r[1] or "", "entity": r[2], "entity_id": r[3], "action": r[4],
                     "kind": KINDS.get(r[2], r[2]), "before": r[5], "after": r[6],
                     "summary": _summary(r[5], r[6])})
    try:
        nom = db.execute(
            "SELECT h.at, h.actor, h.nomination_id, h.from_state, h.to_state, h.reason, h.detail, n.nominee "
            "FROM nomination_history h LEFT JOIN nominations n ON n.id = h.nomination_id "
            "ORDER BY h.id DESC LIMIT ?", [limit]).fetchall()
    except Exception:  # noqa: BLE001 - a file without the vetting tables
        nom = []
    for r in nom:
        rows.append({"at": r[0], "actor": r[1] or "", "entity": "nomination", "entity_id": r[2],
                     "action": f"{r[3] or ''} → {r[4]}", "kind": "nominations", "states": (r[3], r[4]),
                     "before": json.dumps({"state": r[3]}), "after": r[6],
                     "summary": "; ".join(x for x in (r[7], r[5]) if x)})
    try:
        scans = db.execute(
            "SELECT c.at, c.desk, c.type, c.code, d.id, d.full_name FROM checkin_events c "
            "LEFT JOIN delegates d ON d.code = c.code ORDER BY c.at DESC LIMIT ?", [limit]).fetchall()
    except Exception:  # noqa: BLE001 - a file without the check-in tables
        scans = []
    for r in scans:  # each desk event is itself an append-only record: who, where, when
        rows.append({"at": r[0], "actor": r[1] or "", "entity": "checkin", "entity_id": r[4], "action": r[2],
                     "kind": "checkins", "before": None, "after": None,
                     "summary": " ".join(x for x in (r[3], r[5]) if x)})
    if kind:
        rows = [r for r in rows if r["kind"] == kind]
    if since:
        rows = [r for r in rows if (r["at"] or "") >= since]
    if text:
        wanted = fold(text)
        rows = [r for r in rows if wanted in fold(" ".join(str(r[k] or "") for k in
                                                         ("actor", "entity", "action", "summary")))]
    rows.sort(key=lambda r: r["at"] or "", reverse=True)
    return rows[:limit]
