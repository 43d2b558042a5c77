"""Decisions as records: the acts that award (or propose) what the council approved.

A decision has a number with its symbol, a date, an issuer, a signer and the forms it
covers; nominations point to it. The issuer is one of the deciding authorities of the
catalogue (:mod:`.catalogue`):

============== ==================== ====================================================
issuer         symbol               act
============== ==================== ====================================================
province       …/QĐ-UBND            decision of the Chủ tịch UBND thành phố
prime_minister …/QĐ-TTg             decision of the Prime Minister (recorded when it comes)
president      …/QĐ-CTN             decision of the President (recorded when it comes)
province       …/TTr-UBND           the city's Tờ trình proposing central forms
                                    (``kind="submission"``)
============== ==================== ====================================================

API (all take a sqlite-utils ``Database``):

* :func:`issuer_of` ``(number) -> issuer | None`` and :func:`kind_of` read the symbol.
* :func:`record_decision` ``(db, number, date=None, *, issuer=None, kind=None, signer=None,
  signer_title=None, subject=None) -> id`` adds or updates a record (issuer and kind
  read from the symbol when not given); :func:`link` ``(db, decision_id, nomination_ids)``
  points nominations at it (``decision_id`` for a decision, ``submission_id`` for a
  Tờ trình) and keeps its ``forms`` list.
* :func:`get_decision`, :func:`find_decision` (by number), :func:`list_decisions`
  ``(db, *, issuer=None, kind=None)`` return dicts with ``id, number, date, issuer,
  kind, signer, signer_title, subject, forms`` (a list of form codes) and
  ``nominations`` (their ids); :func:`nominations_of` ``(db, decision_id)`` the
  nominations themselves.
* :func:`issuer_mismatch` ``(number, authority) -> message | None`` is the check that
  a decision number belongs to the authority that decides the form.
* :func:`decision_line` ``(decision) -> "Quyết định số … ngày … của …"`` for certificates.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING

from ..changes import Changes, Created
from ..errors import UserError
from ..fields import format_date
from ..i18n import translate
from ..vietnamese import clean_text, fold
from .catalogue import authority_label

if TYPE_CHECKING:
    from sqlite_utils import Database

ISSUERS = ("province", "prime_minister", "president")
KINDS = ("decision", "submission")
_SYMBOL = re.compile(r"/\s*(QĐ|QD|TTr|TTR)\s*-\s*([A-Za-zĐđ]+)", re.IGNORECASE)
# Folded symbol -> (issuer, kind)
_SYMBOLS = {
    ("qd", "ubnd"): ("province", "decision"),
    ("qd", "ct"): ("province", "decision"),     # some provinces number the Chủ tịch's own decisions QĐ-CT
    ("qd", "ttg"): ("prime_minister", "decision"),
    ("qd", "ctn"): ("president", "decision"),
    ("ttr", "ubnd"): ("province", "submission"),
}
# Who issues an act in the words of a decision line ("… của Chủ tịch Ủy ban nhân dân thành phố").
ISSUER_WORDS = {
    "province": "Chủ tịch Ủy ban nhân dân thành phố",
    "prime_minister": "Thủ tướng Chính phủ",
    "president": "Chủ tịch nước",
}


def _symbol(number: str | None) -> tuple[str, str] | None:
    m = _SYMBOL.search(clean_text(number or ""))
    if not m:
        return None
    return _SYMBOLS.get((fold(m.group(1)), fold(m.group(2))))


def issuer_of(number: str | None) -> str | None:
    """``province`` / ``prime_minister`` / ``president`` from the number's symbol, or None."""
    found = _symbol(number)
    return found[0] if found else None


def kind_of(number: str | None) -> str | None:
    """``decision`` (QĐ) or ``submission`` (TTr) from the number's symbol, or None."""
    found = _symbol(number)
    return found[1] if found else None


def issuer_mismatch(number: str | None, authority: str, *, form_name: str = "") -> str | None:
    """A message when ``number`` is not an act of ``authority`` (the form's deciding
    authority), e.g. an Anh hùng Lao động with 1439/QĐ-UBND; None when it matches."""
    if not number:
        return None
    found = _symbol(number)
    if found is None:
        return translate("core", "The decision number {number} has no recognised symbol (…/QĐ-UBND, …/QĐ-TTg, …/QĐ-CTN)").format(number=number)
    issuer, kind = found
    if kind == "submission":
        return translate("core", "{number} is a proposal (Tờ trình), not the decision awarding {form}").format(
            number=number, form=form_name)
    if issuer != authority:
        return translate("core", "{form} is decided by the {authority}, but {number} is an act of the {issuer}").format(
            form=form_name, authority=authority_label(authority), number=number, issuer=authority_label(issuer))
    return None


def _now() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


def _row(db: Database, row: dict | None) -> dict | None:
    if row is None:
        return None
    out = dict(row)
    out["forms"] = json.loads(out.get("forms") or "[]")
    col = "submission_id" if out["kind"] == "submission" else "decision_id"
    out["nominations"] = [r[0] for r in db.execute(
        f"SELECT id FROM nominations WHERE {col} = ? ORDER BY id", [out["id"]]).fetchall()]
    return out


def get_decision(db: Database, decision_id: int) -> dict | None:
    rows = list(db.query("SELECT * FROM decisions WHERE id = ?", [decision_id]))
    return _row(db, rows[0] if rows else None)


def find_decision(db: Database, number: str) -> dict | None:
    rows = list(db.query("SELECT * FROM decisions WHERE number = ?", [clean_text(number)]))
    return _row(db, rows[0] if rows else None)


def list_decisions(db: Database, *, issuer: str | None = None, kind: str | None = None) -> list[dict]:
    """Decisions by date then number; filter by issuer and kind."""
    sql, params = "SELECT * FROM decisions WHERE 1 = 1", []
    if issuer:
        sql += " AND issuer = ?"
        params.append(issuer)
    if kind:
        sql += " AND kind = ?"
        params.append(kind)
    return [_row(db, r) for r in db.query(sql + " ORDER BY COALESCE(date, ''), number", params)]


def record_decision(db: Database, number: str, date: str | None = None, *, issuer: str | None = None,
                    kind: str | None = None, signer: str | None = None, signer_title: str | None = None,
                    subject: str | None = None) -> Created:
    """Add the decision ``number`` (or update the fields given of an existing one); returns its
    id (``.changes``: the nominations' files, which show their decisions)."""
    number = clean_text(number)
    if not number:
        raise UserError(translate("core", "Give the number of the decision"), field="decision_number")
    issuer = issuer or issuer_of(number)
    kind = kind or kind_of(number) or "decision"
    if issuer not in ISSUERS:
        raise UserError(translate("core", "Say who issued {number} (…/QĐ-UBND, …/QĐ-TTg, …/QĐ-CTN or …/TTr-UBND)").format(
            number=number), field="decision_number")
    if kind not in KINDS:
        raise UserError(translate("core", "Unknown kind of act {kind}").format(kind=kind))
    found = find_decision(db, number)
    with db.atomic():
        if found is None:
            cur = db.execute(
                "INSERT INTO decisions(number, date, issuer, kind, signer, signer_title, subject, forms, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, '[]', ?)",
                [number, date, issuer, kind, signer, signer_title, subject, _now()])
            return Created(cur.lastrowid, Changes.of("nominations"))
        updates = {k: v for k, v in (("date", date), ("signer", signer), ("signer_title", signer_title),
                                     ("subject", subject)) if v}
        if updates:
            db.execute(f"UPDATE decisions SET {', '.join(f'{k} = ?' for k in updates)} WHERE id = ?",
                       [*updates.values(), found["id"]])
        return Created(found["id"], Changes.of("nominations") if updates else Changes())


def link(db: Database, decision_id: int, nomination_ids) -> Changes:
    """Point nominations at a decision (or, for a Tờ trình, at the submission) and keep
    the decision's list of forms and the nominations' decision number and date."""
    decision = get_decision(db, decision_id)
    if decision is None:
        raise UserError(translate("core", "This decision no longer exists"))
    ids = [int(i) for i in nomination_ids]
    with db.atomic():
        for nid in ids:
            if decision["kind"] == "submission":
                db.execute("UPDATE nominations SET submission_id = ? WHERE id = ?", [decision_id, nid])
            else:
                db.execute("UPDATE nominations SET decision_id = ?, decision_number = ?, decision_date = ? WHERE id = ?",
                           [decision_id, decision["number"], decision["date"], nid])
        col = "submission_id" if decision["kind"] == "submission" else "decision_id"
        forms = sorted({r[0] for r in db.execute(f"SELECT form FROM nominations WHERE {col} = ?", [decision_id])})
        db.execute("UPDATE decisions SET forms = ? WHERE id = ?", [json.dumps(forms), decision_id])
    return Changes.of("nominations")


def nominations_of(db: Database, decision_id: int) -> list[dict]:
    """The nominations a decision (or Tờ trình) covers, with evidence, in id order."""
    from .nominations import list_nominations

    decision = get_decision(db, decision_id)
    if decision is None:
        return []
    wanted = set(decision["nominations"])
    return [r for r in list_nominations(db) if r["id"] in wanted]


def decision_line(decision: dict) -> str:
    """"Quyết định số 1439/QĐ-UBND ngày 15/10/2020 của Chủ tịch Ủy ban nhân dân thành phố"."""
    what = "Tờ trình" if decision.get("kind") == "submission" else "Quyết định"
    return f"{what} số {decision['number']} ngày {format_date(decision.get('date')) or '…'} của {ISSUER_WORDS[decision['issuer']]}"
