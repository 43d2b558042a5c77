"""Excel outputs of vetting: the decision annex, the ceremony order, invitations.

``export_honorees(db, out_path)`` is what ``congress-desk export --what honorees``
writes. The workbook is written to a temporary file and renamed, so a failure never
leaves half a file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from ..errors import UserError
from ..event import load_settings
from ..fields import format_date
from ..i18n import translate
from ..registry import units_by_id
from ..vietnamese import name_sort_key, sort_key
from .catalogue import load_catalogue
from .ceremony import invitations, national_candidates, running_order
from .nominations import list_nominations
from .workflow import state_label

if TYPE_CHECKING:
    from sqlite_utils import Database

ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
DECIDED = ("approved", "submitted_upward", "awarded")


def annex_groups(db: Database, *, states=DECIDED, forms=None, routes=("decide",),
                 decision_id: int | None = None) -> list[tuple[dict, list[dict]]]:
    """[(form info, [nominations])] from the highest form to the lowest; collectives first,
    then by unit and Vietnamese name order. Only forms on ``routes`` (by default those the
    Chủ tịch UBND decides: never grassroots titles, never forms decided above the city);
    with ``decision_id``, only the nominations of that decision whose form its issuer
    decides. Form info: code, name, short, upward, authority, route."""
    cat = load_catalogue(db)
    units = units_by_id(db)
    issuer = None
    if decision_id is not None:
        from .decisions import get_decision

        decision = get_decision(db, decision_id)
        issuer = decision["issuer"] if decision else None
        routes = ("decide", "propose")
    rows = [r for r in list_nominations(db) if r["state"] in states and (not forms or r["form"] in forms)
            and (decision_id is None or r.get("decision_id") == decision_id)]
    out = []
    for form in cat.ordered():
        if form.route not in routes or (issuer is not None and form.authority != issuer):
            continue
        mine = [r for r in rows if r["form"] == form.code]
        if not mine:
            continue

        def key(r):
            unit = units.get(r["unit_id"]) or {"position": 9999, "name": ""}
            person = name_sort_key(r["nominee"]) if r["kind"] == "individual" else sort_key(r["nominee"])
            return (0 if r["kind"] == "collective" else 1, unit["position"], sort_key(unit["name"]), person)

        mine.sort(key=key)
        out.append(({"code": form.code, "name": form.name, "short": form.short, "upward": form.upward,
                     "authority": form.authority, "route": form.route}, mine))
    return out


_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="DDDDDD")
_GROUP_FILL = PatternFill("solid", fgColor="EFEFEF")


def _table(ws, start_row: int, header: list[str], widths: list[int]) -> int:
    for col, (text, width) in enumerate(zip(header, widths, strict=True), start=1):
        cell = ws.cell(row=start_row, column=col, value=text)
        cell.font = Font(name="Times New Roman", bold=True, size=12)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = _HEAD_FILL
        cell.border = _BOX
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.freeze_panes = ws.cell(row=start_row + 1, column=1)
    return start_row + 1


def _row(ws, row: int, values: list, *, bold: bool = False, fill=None, merge: bool = False) -> None:
    for col, value in enumerate(values, start=1):
        cell = ws.cell(row=row, column=col, value=value)
        cell.font = Font(name="Times New Roman", size=12, bold=bold)
        cell.alignment = Alignment(vertical="center", wrap_text=True,
                                   horizontal="center" if col == 1 and not merge else None)
        cell.border = _BOX
        if fill is not None:
            cell.fill = fill
    if merge:
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(values))


def _title(ws, lines: list[str], ncols: int) -> int:
    for i, text in enumerate(lines, start=1):
        cell = ws.cell(row=i, column=1, value=text)
        cell.font = Font(name="Times New Roman", size=13 if i > 1 else 14, bold=i == 1, italic=i > 2)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=ncols)
    return len(lines) + 2


def write_annex_sheet(ws, db: Database, *, states=DECIDED, forms=None) -> int:
    """The decision annex: one section per form (I, II …), collectives then individuals."""
    settings = load_settings(db)
    header = [translate("core", "No."), translate("core", "Name of the individual / collective"),
              translate("core", "Position, workplace"), translate("core", "Proposing unit"),
              translate("core", "Form"), translate("core", "Decision")]
    row = _title(ws, [translate("core", "LIST OF COMMENDATIONS"), settings.name,
                      translate("core", "(Annex to Decision No. …… dated ……)")], len(header))
    row = _table(ws, row, header, [7, 36, 40, 30, 26, 22])
    count = 0
    for g, (form, items) in enumerate(annex_groups(db, states=states, forms=forms)):
        _row(ws, row, [f"{ROMAN[g] if g < len(ROMAN) else g + 1}. {form['name'].upper()} ({len(items)})"] + [""] * 5,
             bold=True, fill=_GROUP_FILL, merge=True)
        row += 1
        for kind in ("collective", "individual"):
            part = [r for r in items if r["kind"] == kind]
            if not part:
                continue
            label = translate("core", "Collectives") if kind == "collective" else translate("core", "Individuals")
            _row(ws, row, [f"{label} ({len(part)})"] + [""] * 5, bold=True, merge=True)
            row += 1
            for i, r in enumerate(part, start=1):
                decision = " ".join(x for x in (r.get("decision_number"), format_date(r.get("decision_date"))) if x)
                name = r["nominee"] + (" " + translate("core", "(posthumous)") if r.get("posthumous") else "")
                _row(ws, row, [i, name, r.get("position") or "", r.get("unit") or "", form["short"], decision])
                row += 1
                count += 1
    return count


def write_ceremony_sheet(ws, db: Database) -> int:
    header = [translate("core", "Batch"), translate("core", "Order"), translate("core", "Name"),
              translate("core", "Position, workplace"), translate("core", "Unit"), translate("core", "Form"),
              translate("core", "Seat")]
    row = _title(ws, [translate("core", "CEREMONY RUNNING ORDER"), load_settings(db).name], len(header))
    row = _table(ws, row, header, [8, 8, 34, 40, 30, 34, 12])
    entries = running_order(db)
    last_batch = None
    for e in entries:
        if e.batch != last_batch:
            _row(ws, row, [translate("core", "Batch {n}").format(n=e.batch)] + [""] * 6, bold=True, fill=_GROUP_FILL, merge=True)
            row += 1
            last_batch = e.batch
        _row(ws, row, [e.batch, e.order, e.nominee, e.title, e.unit, e.form_name, e.seat or ""])
        row += 1
    return len(entries)


def write_invitation_sheet(ws, db: Database) -> int:
    header = [translate("core", "No."), translate("core", "Name"), translate("core", "Position, workplace"),
              translate("core", "Unit"), translate("core", "Form")]
    row = _title(ws, [translate("core", "HONOREES TO INVITE (NOT DELEGATES)"), load_settings(db).name], len(header))
    row = _table(ws, row, header, [7, 34, 40, 30, 34])
    entries = invitations(db)
    for i, e in enumerate(entries, start=1):
        _row(ws, row, [i, e.nominee, e.title, e.unit, e.form_name])
        row += 1
    return len(entries)


def write_national_sheet(ws, db: Database) -> int:
    header = [translate("core", "No."), translate("core", "Name"), translate("core", "Unit"), translate("core", "Form"),
              translate("core", "State")]
    row = _title(ws, [translate("core", "CHOSEN FOR THE NATIONAL CONGRESS")], len(header))
    row = _table(ws, row, header, [7, 34, 30, 34, 20])
    cat = load_catalogue(db)
    chosen = [r for r in national_candidates(db) if r["national_congress"]]
    for i, r in enumerate(chosen, start=1):
        form = cat.get(r["form"])
        _row(ws, row, [i, r["nominee"], r.get("unit") or "", form.name if form else r["form"], state_label(r["state"])])
        row += 1
    return len(chosen)


def _save(wb: Workbook, out_path) -> None:
    out_path = Path(out_path)
    if out_path.parent and not out_path.parent.exists():
        raise UserError(translate("core", "The folder {folder} does not exist").format(folder=out_path.parent))
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".xlsx", dir=out_path.parent)
    os.close(fd)
    try:
        from ..safety.xlsx import defuse

        defuse(wb)  # no typed text becomes a formula
        wb.save(tmp)
        os.replace(tmp, out_path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise UserError(translate("core", "Cannot write {path}: {error}").format(path=out_path.name, error=exc.strerror)) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_honorees(db: Database, out_path) -> dict:
    """The honorees workbook: decision annex, ceremony order, invitations, national selection.
    Returns the counts written per sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = translate("core", "Decision annex")[:31]
    counts = {"annex": write_annex_sheet(ws, db)}
    counts["ceremony"] = write_ceremony_sheet(wb.create_sheet(translate("core", "Ceremony order")[:31]), db)
    counts["invitations"] = write_invitation_sheet(wb.create_sheet(translate("core", "Invitations")[:31]), db)
    counts["national"] = write_national_sheet(wb.create_sheet(translate("core", "National congress")[:31]), db)
    _save(wb, out_path)
    return counts


def export_decision_annex(db: Database, out_path, *, forms=None) -> int:
    """Only the decision annex (optionally for some forms)."""
    wb = Workbook()
    ws = wb.active
    ws.title = translate("core", "Decision annex")[:31]
    n = write_annex_sheet(ws, db, forms=forms)
    _save(wb, out_path)
    return n
