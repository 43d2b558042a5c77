"""Column mappings the user corrected, remembered per unit for its next file."""

from __future__ import annotations

import datetime as dt
import json

from .table import Mapping, heading_key


def load_learned(db, unit_id: int) -> dict[str, str]:
    try:
        rows = list(db.query("SELECT headings FROM intake_mappings WHERE unit_id = ?", [unit_id]))
    except Exception:  # noqa: BLE001 - an event file from before migration 2 has no table
        return {}
    return json.loads(rows[0]["headings"]) if rows else {}


def learned_from(mapping: Mapping) -> dict[str, str]:
    """{folded heading: role} for every column of a mapping the user confirmed."""
    out: dict[str, str] = {}
    for col, text in mapping.headings.items():
        if not text:
            continue
        parts = [heading_key(p) for p in text.split(" / ")]
        key = " / ".join(parts)
        out[key] = mapping.columns.get(col, "")
        if len(parts) == 1:
            out[parts[0]] = mapping.columns.get(col, "")
    return out


def remember(db, unit_id: int, mapping: Mapping) -> None:
    """Merge a confirmed mapping into what the unit's next file will use."""
    learned = load_learned(db, unit_id)
    learned.update(learned_from(mapping))
    now = dt.datetime.now().astimezone().isoformat(timespec="seconds")
    db.execute(
        "INSERT INTO intake_mappings(unit_id, headings, updated_at) VALUES (?, ?, ?) "
        "ON CONFLICT(unit_id) DO UPDATE SET headings = excluded.headings, updated_at = excluded.updated_at",
        [unit_id, json.dumps(learned, ensure_ascii=False), now],
    )
