"""Who issues and signs what: the bodies, signers, numbers and dates of documents.

Stored in the event's settings under ``documents`` (a JSON object), every part
optional; what is not set comes from :func:`defaults`, derived from the event
settings. Shape::

    {"bodies": {"organizing": {"superior": "Ủy ban nhân dân\\nthành phố Hải Phòng",
                               "name": "Ban Tổ chức Đại hội", "symbol": "BTC"}, …},
     "signers": {"invitations": {"body": "organizing", "roles": ["TM. Ban Tổ chức", "Trưởng ban"],
                                 "name": "Nguyễn Văn A"}, …},
     "numbers": {"invitations": "15/GM-BTC"},
     "dates": {"invitations": "2020-11-02"},
     "address_forms": {"official": "Đồng chí", "guest": "Đồng chí", "honoree": "Ông/Bà", …},
     "recipients": {"invitations": ["Như trên;", "Lưu: VT, BTC."]}}

A "\\n" in a body's name is a line break the committee chose.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..changes import Changes
from ..event import EventSettings, get_value, load_settings, set_value
from ..i18n import translate
from ..registry import set_profiles
from ..vietnamese import date_line
from .model import Header, Signature

if TYPE_CHECKING:
    from sqlite_utils import Database

KEY = "documents"

# Kinds and the body that issues them.
KIND_BODY = {
    "invitations": "organizing", "delegate-list": "organizing", "checkin-list": "organizing",
    "attendance": "organizing", "ceremony-script": "organizing", "credentials-report": "credentials",
    "honoree-list": "council", "ballot": "council", "decision-annex": "council",
}
# Document symbols (ký hiệu) of the official kinds: "Số: …/GM-BTC".
KIND_SYMBOL = {"invitations": "GM", "credentials-report": "BC", "ceremony-script": "KB"}


def defaults(settings: EventSettings) -> dict:
    organizer = settings.organizer
    congress = settings.name
    org_sign = {"body": "organizing", "roles": ["TM. Ban Tổ chức", "Trưởng ban"], "name": ""}
    return {
        "bodies": {
            "organizing": {"superior": organizer, "name": "Ban Tổ chức Đại hội", "symbol": "BTC"},
            "council": {"superior": organizer, "name": "Hội đồng Thi đua - Khen thưởng", "symbol": "HĐTĐKT"},
            "credentials": {"superior": congress, "name": "Ban Thẩm tra tư cách đại biểu", "symbol": "BTTTC"},
        },
        "signers": {
            "invitations": org_sign, "delegate-list": org_sign, "checkin-list": org_sign,
            "attendance": org_sign, "ceremony-script": org_sign,
            "credentials-report": {"body": "credentials", "roles": ["TM. Ban Thẩm tra", "Trưởng ban"], "name": ""},
            "honoree-list": {"body": "council", "roles": ["TM. Hội đồng", "Chủ tịch"], "name": ""},
            "ballot": {"body": "council", "roles": [], "name": ""},
            "decision-annex": {"body": "council", "roles": [], "name": ""},
        },
        "numbers": {},
        "dates": {},
        "address_forms": {"official": "Đồng chí", "guest": "Đồng chí", "honoree": "Ông/Bà",
                          "press": "Ông/Bà", "staff": "Đồng chí", None: "Đồng chí"},
        "recipients": {
            "invitations": ["Như trên;", "Lưu: VT, BTC."],
            "credentials-report": ["Đoàn Chủ tịch Đại hội;", "Lưu: BTC."],
            "ceremony-script": ["Đoàn Chủ tịch Đại hội;", "Người dẫn chương trình;",
                                "Các tiểu ban phục vụ Đại hội;", "Lưu: VT, BTC."],
        },
    }


def _merge(base: dict, over: dict) -> dict:
    out = copy.deepcopy(base)
    for k, v in (over or {}).items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = _merge(out[k], v)
        else:
            out[k] = v
    return out


def load(db: Database, settings: EventSettings | None = None) -> dict:
    settings = settings or load_settings(db)
    stored = get_value(db, KEY, {}) or {}
    merged = _merge(defaults(settings), stored if isinstance(stored, dict) else {})
    # JSON keys are strings: the null category comes back as "null"
    forms = merged["address_forms"]
    if "null" in forms:
        forms[None] = forms.pop("null")
    return merged


def save(db: Database, values: dict) -> Changes:
    """Store the parts of the settings that differ from nothing (whole sections)."""
    forms = values.get("address_forms")
    if forms and None in forms:
        values = {**values, "address_forms": {("null" if k is None else k): v for k, v in forms.items()}}
    with db.atomic():
        set_value(db, KEY, values)
    return Changes.of("event")


@dataclass
class Official:
    """Everything about who issues one kind of document."""

    header: Header
    signature: Signature
    symbol: str
    warnings: list[str]


def for_kind(db: Database, kind: str, *, settings: EventSettings | None = None, numbered: bool = False,
             dated: bool = True, date: str | None = None, options=None) -> Official:
    """The header and signature of ``kind``: its issuing body and supervising body,
    "Số: …/GM-BTC" when ``numbered`` (official documents), the place and date
    (``date`` or the date set for the kind, else the congress's date) when ``dated``,
    the signer's authority, title and name, and "Nơi nhận" for official documents."""
    settings = settings or load_settings(db)
    conf = load(db, settings)
    signer = conf["signers"].get(kind) or conf["signers"]["delegate-list"]
    body_key = signer.get("body") or KIND_BODY.get(kind, "organizing")
    body = conf["bodies"].get(body_key) or conf["bodies"]["organizing"]
    warnings = []
    number = None
    symbol = f"{KIND_SYMBOL.get(kind, '')}-{body.get('symbol', '')}".strip("-")
    if numbered:
        given = conf["numbers"].get(kind)
        number = f"Số: {given}" if given else f"Số: {chr(0xa0) * 6}/{symbol}"
    when = date or conf["dates"].get(kind) or settings.date
    place_date = None
    if dated:
        try:
            place_date = date_line(settings.province, when)
        except ValueError:
            place_date = None
    header = Header(superior=[body.get("superior") or ""] if body.get("superior") else [],
                    issuer=[body.get("name") or ""], number=number, place_date=place_date)
    name = (getattr(options, "signer", None) or signer.get("name") or "").strip()
    roles = list(signer.get("roles") or [])
    if getattr(options, "signer_title", None):
        roles = roles[:1] + [options.signer_title] if len(roles) > 1 else [options.signer_title]
    signer = {**signer, "roles": roles}
    if roles and not name:
        warnings.append(translate("core", "No signer's name for “{roles}”: set it in the document settings").format(
            roles=" – ".join(signer["roles"])))
    recipients = list(conf["recipients"].get(kind) or []) if numbered else []
    signature = Signature(roles=roles, name=name or None, recipients=recipients)
    return Official(header, signature, symbol, warnings)


def address_form(conf: dict, record: dict) -> str:
    """"Đồng chí", "Ông", "Bà" or "Ông/Bà" for one invitee: a Party member is always
    "Đồng chí"; otherwise the form set for the category, and "Ông/Bà" becomes "Ông"
    or "Bà" when the sex is known."""
    if record.get("party_member"):
        return "Đồng chí"
    forms = conf["address_forms"]
    form = forms.get(record.get("category"), forms.get(None, "Đồng chí"))
    if form == "Ông/Bà":
        return {"male": "Ông", "female": "Bà"}.get(record.get("gender") or "", "Ông/Bà")
    return form


def issue_date_before(settings: EventSettings, days: int) -> str | None:
    try:
        return (dt.date.fromisoformat(settings.date) - dt.timedelta(days=days)).isoformat()
    except ValueError:
        return None


def add_demo_officials(event, rng) -> None:
    """Demo extension: signers' names and an invitation number, so every official
    document of the demo is complete (the names are made up)."""
    db = event.db
    settings = load_settings(db)
    conf = defaults(settings)
    chair = {"body": "organizing", "roles": ["TM. Ban Tổ chức", "Trưởng ban"], "name": "Trần Quang Minh"}
    values = {
        "signers": {
            **{k: chair for k in ("invitations", "delegate-list", "checkin-list", "attendance", "ceremony-script")},
            "credentials-report": {**conf["signers"]["credentials-report"], "name": "Lê Thị Thu Hằng"},
            "honoree-list": {**conf["signers"]["honoree-list"], "name": "Phạm Văn Hùng"},
        },
        "numbers": {"invitations": "125/GM-BTC", "credentials-report": "01/BC-BTTTC",
                    "ceremony-script": "130/KB-BTC"},
    }
    save(db, values)
    set_value(db, "ceremony_script", {"start": "07:30", "offset_minutes": 75, "minutes_per_batch": 4, "presenters": {
        "AHLD": "Trần Quang Minh, Chủ tịch Ủy ban nhân dân thành phố",
        "HCLD1": "Trần Quang Minh, Chủ tịch Ủy ban nhân dân thành phố",
        "HCLD2": "Trần Quang Minh, Chủ tịch Ủy ban nhân dân thành phố",
        "HCLD3": "Vũ Đức Thắng, Phó Chủ tịch Thường trực Ủy ban nhân dân thành phố",
        "*": "Phạm Văn Hùng, Phó Chủ tịch Ủy ban nhân dân thành phố, Chủ tịch Hội đồng Thi đua - Khen thưởng",
    }})
    _demo_profiles(db, rng)


def _demo_profiles(db, rng) -> None:
    """Party membership, education, political theory and social group for the demo's
    delegates, plausible for their position and unit."""
    from ..vietnamese import fold

    rows = list(db.query("SELECT d.id, d.position, d.category, u.kind AS unit_kind FROM delegates d "
                         "LEFT JOIN units u ON u.id = d.unit_id"))
    updates = []
    for r in rows:
        pos = fold(r["position"] or "")
        leader = any(w in pos for w in ("chu tich", "bi thu", "giam doc so", "truong ban", "pho chu tich"))
        if r["unit_kind"] == "armed_forces" or any(w in pos for w in ("quan doi", "cong an", "bo doi")):
            group = "armed_forces"
        elif "cong nhan" in pos or "tho " in pos:
            group = "worker"
        elif "nong dan" in pos or "hop tac xa" in pos:
            group = "farmer"
        elif r["unit_kind"] == "enterprise" or "cong ty" in pos or "doanh nghiep" in pos:
            group = "business"
        elif any(w in pos for w in ("bac si", "giao vien", "hieu truong", "giang vien", "ky su", "nha khoa hoc")):
            group = "intellectual"
        else:
            group = "civil_servant"
        party = 1 if leader or group in ("armed_forces", "civil_servant") or rng.random() < 0.55 else 0
        if group in ("worker", "farmer"):
            edu = rng.choice(["secondary", "vocational", "college", "university"])
        else:
            edu = rng.choices(["doctorate", "master", "university", "college"], [1, 4, 8, 1])[0]
        theory = "advanced" if leader else (rng.choice(["intermediate", "elementary", None]) if party else None)
        updates.append((r["id"], {"party_member": party, "education": edu, "political_theory": theory,
                                  "social_group": group}))
    set_profiles(db, updates)


def keep_phrases(settings: EventSettings) -> tuple[str, ...]:
    """Phrases a header line never breaks inside: the province's name, with its
    "THÀNH PHỐ" / "TỈNH" (so "THÀNH PHỐ / HẢI PHÒNG" cannot happen)."""
    p = " ".join(settings.province.upper().split())
    return (f"THÀNH PHỐ {p}", f"TỈNH {p}", p) if p else ()
