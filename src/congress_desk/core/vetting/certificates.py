"""Which awards get a printed certificate, on which blank, with which text.

Only forms the Chủ tịch UBND thành phố decides are printed by the committee, once approved
or awarded with a decision: the form's ``certificate`` (catalogue data) names the blank —
``bang_khen`` on the Bằng khen blank, ``chung_nhan`` on the title's Giấy chứng nhận blank;
``flag`` (Cờ thi đua) is not printed and ``central`` forms arrive printed from the
centre. The award states the achievement, never the proposal's wording: the form's
``achievement`` line ("Đã có thành tích xuất sắc trong phong trào thi đua yêu nước giai
đoạn 2015–2020"), with ``{period}`` the movement's five years (event setting
``vetting.movement_period``, by default the five years up to the congress) and
``{year}`` the achievement year. The decision line, the place and date come from the
decision record (:mod:`.decisions`); the register number (số sổ vàng) from the
nomination. The unit is printed once: not again after a position that already names it.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from ..event import get_value, load_settings
from ..fields import format_date
from ..printing import certificates as paper
from ..printing.options import PrintOptions, RenderResult
from ..progress import CancelToken, no_progress
from ..vietnamese import clean_text, date_line, fold
from .catalogue import load_catalogue
from .decisions import ISSUER_WORDS, get_decision
from .nominations import list_nominations

if TYPE_CHECKING:
    from sqlite_utils import Database

# catalogue "certificate" -> the printing area's blank
BLANK_OF = {"bang_khen": "bang-khen", "chung_nhan": "chung-nhan"}


def movement_period(db: Database) -> str:
    """"2015–2020": the five-year movement the congress reviews."""
    period = get_value(db, "vetting.movement_period")
    if period:
        return str(period)
    date = load_settings(db).date
    year = int(date[:4]) if date else dt.date.today().year
    return f"{year - 5}–{year}"


def _contains(text: str, part: str) -> bool:
    return bool(part) and fold(part) in fold(text)


def _detail(n: dict) -> str:
    """Position and unit, the unit printed once."""
    unit = clean_text(n.get("unit") or "")
    if n.get("kind") == "collective":
        return "" if not unit or _contains(n["nominee"], unit) else unit
    position = clean_text(n.get("position") or "")
    if not unit or _contains(position, unit):
        return position
    return ", ".join(x for x in (position, unit) if x)


def _date_line(place: str, iso: str | None) -> str:
    if not iso:
        return ""
    return date_line(place, iso)  # Decree 30's leading zeros, as every document


def certificate_records(db: Database, options: PrintOptions) -> list[dict]:
    """One record per certificate the committee prints (see the module's docstring),
    highest form first; ``blank`` says which blank it goes on."""
    cat = load_catalogue(db)
    settings = load_settings(db)
    period = movement_period(db)
    wanted_blank = paper.check_blank(options.blank) if options.blank else None
    decisions: dict[int, dict | None] = {}
    out = []
    rows = [n for n in list_nominations(db) if n["state"] in ("approved", "awarded") and n.get("decision_number")]
    rows.sort(key=lambda n: (cat.get(n["form"]).rank if cat.get(n["form"]) else 999, n["id"]))
    for n in rows:
        form = cat.get(n["form"])
        if form is None or form.route != "decide" or form.certificate not in BLANK_OF:
            continue
        blank = BLANK_OF[form.certificate]
        if wanted_blank and blank != wanted_blank:
            continue
        if options.unit and fold(n.get("unit") or "") != fold(options.unit):
            continue
        if options.codes and n.get("delegate_code") not in set(options.codes):
            continue
        did = n.get("decision_id")
        if did and did not in decisions:
            decisions[did] = get_decision(db, did)
        decision = decisions.get(did) if did else None
        number = decision["number"] if decision else n["decision_number"]
        date = (decision or {}).get("date") or n.get("decision_date")
        issuer = (decision or {}).get("issuer") or "province"
        if n.get("kind") == "collective":
            name = n["nominee"]
        else:
            honor = {"male": "Ông", "female": "Bà"}.get(n.get("gender") or "", "Ông/Bà")
            name = f"{honor} {n['nominee']}"
            if n.get("posthumous"):
                name = f"Truy tặng {name}"
        achievement = (form.achievement or "Đã có thành tích xuất sắc").format(period=period, year=n.get("year") or "")
        out.append({
            "id": n.get("delegate_id"), "code": n.get("delegate_code"), "nomination_id": n["id"],
            "full_name": n["nominee"], "form": form.code, "blank": blank,
            "cert_name": name, "cert_detail": _detail(n), "cert_achievement": achievement,
            "cert_decision": f"Quyết định số {number}" + (f" ngày {format_date(date)}" if date else "")
                             + f" của {ISSUER_WORDS[issuer]}",
            "cert_date": _date_line(settings.province or "Hải Phòng", date),
            "cert_register": f"Số sổ vàng: {n['register_number']}" if n.get("register_number") else "",
        })
    return out


def render(event, out, options: PrintOptions, *, progress=no_progress,
           cancel: CancelToken | None = None) -> RenderResult:
    """``print certificates [--blank NAME]``: each award on its own form's blank."""
    from ..printing.records import EventDb

    with EventDb(event) as db:
        records = certificate_records(db, options)
    return paper.render_pages(event, out, records, options, progress=progress, cancel=cancel)
