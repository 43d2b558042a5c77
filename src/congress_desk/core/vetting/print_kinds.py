"""Text documents of vetting, built on the printing area's document model (PDF and
Word): ``honoree-list``, ``ceremony-script``, ``ballot`` and ``decision-annex``.

Each builder has the signature ``build(event, options) -> Built`` of
:mod:`congress_desk.core.printing.kinds`. The documents are Vietnamese
administrative documents whatever the UI language.
"""

from __future__ import annotations

import datetime as dt
from itertools import groupby

from ..errors import UserError
from ..event import get_value, load_settings
from ..i18n import translate
from ..printing import officials
from ..printing.model import B, Built, Document, H, I, P, PageBreak, Section, Title, table
from ..printing.options import PrintOptions
from ..vietnamese import date_in_words, fold
from .catalogue import DECISION_SYMBOL, load_catalogue
from .ceremony import batch_size, running_order
from .decisions import ISSUER_WORDS, find_decision, get_decision, list_decisions
from .export import ROMAN, annex_groups
from .nominations import list_nominations

BLANK_NUMBER = "\u00a0" * 6
CEREMONY_KEY = "ceremony_script"   # settings: {"start": "08:40", "minutes_per_batch": 4, "presenters": {…}}


# Section headings of the ballot and the honoree list, by deciding authority: what the
# Chủ tịch UBND decides after the council, and what the city proposes upward (the
# ballot) or was awarded above the city (the honoree list). DOMAIN.md "Who decides".
SECTION_LETTERS = "ABCDEFGH"
BALLOT_SECTIONS = {
    "province": "Thuộc thẩm quyền Chủ tịch UBND thành phố",
    "president": "Đề nghị Chủ tịch nước khen thưởng",
    "prime_minister": "Đề nghị Thủ tướng Chính phủ khen thưởng",
}
HONOREE_SECTIONS = {
    "president": "Khen thưởng của Chủ tịch nước",
    "prime_minister": "Khen thưởng của Thủ tướng Chính phủ",
    "province": "Khen thưởng của Chủ tịch UBND thành phố",
}


def _authority_of(cat, code: str) -> str:
    form = cat.get(code)
    return form.authority if form is not None else "province"


def _unit_ok(options: PrintOptions, unit: str | None) -> bool:
    return not options.unit or fold(options.unit) == fold(unit or "")


def roman(i: int) -> str:
    return ROMAN[i] if i < len(ROMAN) else str(i + 1)


def vn_date_words(iso: str | None) -> str:
    """"ngày 02 tháng 11 năm 2020" (:func:`~..vietnamese.date_in_words`), or a blank to fill."""
    if not iso:
        return "ngày\u00a0\u00a0\u00a0\u00a0 tháng\u00a0\u00a0\u00a0\u00a0 năm\u00a0\u00a0\u00a0\u00a0"
    return date_in_words(iso)


def _who(e) -> str:
    return who_line(e.kind, e.nominee, e.title, e.unit)


def who_line(kind: str, nominee: str, position: str | None, unit: str | None) -> str:
    """The "Chức vụ, đơn vị" cell: a person's position (else unit); a collective's unit
    only when its name does not already say it (no cell repeating the name)."""
    if kind == "individual":
        return position or unit or ""
    return unit if unit and fold(unit) not in fold(nominee) else ""


# ------------------------------------------------------------------ honoree list

def build_honoree_list(event, options: PrintOptions) -> Built:
    db = event.db
    settings = load_settings(db)
    off = officials.for_kind(db, "honoree-list", settings=settings, options=options)
    entries = [e for e in running_order(db) if _unit_ok(options, e.unit)]
    warnings = list(off.warnings)
    if not entries:
        warnings.append(translate("core", "Nobody to list: no nomination is approved for the ceremony yet"))
    # by deciding authority (A, B, …, in the order they come on stage), then by form (I, II, …
    # again in each section), in the running order within
    cat = load_catalogue(db)
    authorities = list(dict.fromkeys(_authority_of(cat, e.form) for e in entries))
    body: list = []
    for a, authority in enumerate(authorities):
        mine = [e for e in entries if _authority_of(cat, e.form) == authority]
        body.append(Section(f"{SECTION_LETTERS[a]}. {HONOREE_SECTIONS.get(authority, authority).upper()} "
                            f"({len(mine)})"))
        for g, (_, items) in enumerate(groupby(mine, key=lambda e: e.form)):
            items = list(items)
            body.append((f"{roman(g)}. {items[0].form_name.upper()} ({len(items)})",
                         [[str(i), e.nominee + (" (truy tặng)" if e.posthumous else ""), _who(e), e.seat or ""]
                          for i, e in enumerate(items, start=1)]))
    doc = Document("Danh sách tập thể, cá nhân được khen thưởng", landscape=True)
    doc.add(off.header,
            Title("Danh sách tập thể, cá nhân được khen thưởng tại Đại hội", lines=[settings.name],
                  plain=["(theo thứ tự trao tặng)"]),
            table([("STT", 12, "center"), ("Họ và tên / Tên tập thể", 70), ("Chức vụ, đơn vị", 110),
                   ("Ghế", 20, "center")], body or [(None, [["", "", "", ""]])], font_size=11),
            off.signature)
    return Built(doc, warnings, len(entries), keep=officials.keep_phrases(settings))


# ------------------------------------------------------------------ ceremony script

def stage_batches(entries, size: int) -> list[list]:
    """One form per batch (flags are a form of their own), at most ``size`` each,
    in the running order."""
    out = []
    for _, items in groupby(entries, key=lambda e: e.form):
        items = list(items)
        out += [items[i:i + size] for i in range(0, len(items), size)]
    return out


def _decision_of(db, batch, cat) -> tuple[str, str, str]:
    """(number, date words, issuer words) of the decision a batch is awarded under: the
    decision record its nominations point to, else a blank number with the symbol of
    the form's deciding authority (a decision still to be signed)."""
    form = cat.get(batch[0].form)
    authority = form.authority if form is not None else "province"
    ids = [e.nomination_id for e in batch]
    row = db.execute(
        f"SELECT decision_id FROM nominations WHERE id IN ({','.join('?' * len(ids))}) "
        "AND decision_id IS NOT NULL ORDER BY id LIMIT 1", ids).fetchone()
    decision = get_decision(db, row[0]) if row else None
    if decision:
        return (decision["number"], vn_date_words(decision.get("date")),
                ISSUER_WORDS.get(decision["issuer"], ISSUER_WORDS["province"]))
    return (f"{BLANK_NUMBER}/{DECISION_SYMBOL.get(authority, 'QĐ-UBND')}", vn_date_words(None),
            ISSUER_WORDS.get(authority, ISSUER_WORDS["province"]))


def _receivers(db) -> dict[int, str]:
    """nomination id -> the family member who receives a posthumous award."""
    cols = {r[1] for r in db.execute("PRAGMA table_info(nominations)").fetchall()}
    if "received_by" not in cols:
        return {}
    return {r[0]: r[1] for r in db.execute(
        "SELECT id, received_by FROM nominations WHERE received_by IS NOT NULL").fetchall()}


def _posthumous(e, receivers: dict[int, str]) -> str:
    if not e.posthumous:
        return ""
    who = receivers.get(e.nomination_id)
    return f" (truy tặng) – {who} nhận thay" if who else " (truy tặng) – thân nhân nhận thay"


def _clock(start: str, minutes: int) -> str:
    h, _, m = (start or "08:30").partition(":")
    t = dt.datetime(2000, 1, 1, int(h or 8), int(m or 0)) + dt.timedelta(minutes=minutes)
    return f"{t:%H} giờ {t:%M}"


def build_ceremony_script(event, options: PrintOptions) -> Built:
    db = event.db
    settings = load_settings(db)
    cat = load_catalogue(db)
    off = officials.for_kind(db, "ceremony-script", settings=settings, numbered=True, options=options)
    conf = get_value(db, CEREMONY_KEY, {}) or {}
    presenters = conf.get("presenters") or {}
    start = conf.get("start") or settings.start_time or "07:30"
    offset = int(conf.get("offset_minutes", 75))
    per_batch = int(conf.get("minutes_per_batch", 4))
    entries = [e for e in running_order(db) if _unit_ok(options, e.unit)]
    warnings = list(off.warnings)
    if not entries:
        warnings.append(translate("core", "Nobody to list: no nomination is approved for the ceremony yet"))
    batches = stage_batches(entries, max(1, batch_size(db)))
    receivers = _receivers(db)
    mc = B("Người dẫn chương trình: ")
    doc = Document("Kịch bản trao tặng khen thưởng")
    doc.add(off.header,
            Title("Kịch bản", lines=["Phần trao tặng các hình thức khen thưởng", settings.name]),
            P(B("Thời gian: "), f"từ {_clock(start, offset)}, {vn_date_words(settings.date)}. ",
              B("Địa điểm: "), f"{settings.venue}."),
            H("I. CHUẨN BỊ"),
            P(I("Lễ tân đón và hướng dẫn các đại biểu được khen thưởng ngồi đúng ghế đã xếp (ghi ở từng đợt "
                "dưới đây); bằng khen, giấy chứng nhận, cờ thi đua và hoa xếp trên khay theo thứ tự đợt trao, "
                "kiểm đủ số lượng trước giờ khai mạc."), style="cue"),
            P(I(f"Mỗi đợt trao một hình thức khen thưởng, không quá {batch_size(db)} người; cờ thi đua trao "
                "riêng. Khi mời đợt nào, lễ tân dẫn các đại biểu của đợt đó lên sân khấu theo thứ tự trong "
                "danh sách, đứng từ trái sang phải (nhìn từ phía hội trường)."), style="cue"),
            H("II. TRÌNH TỰ TRAO TẶNG"))
    missing_presenter = False
    for n, batch in enumerate(batches, start=1):
        form = cat.get(batch[0].form)
        name = form.name if form else batch[0].form_name
        is_flag = fold(name).startswith("co thi dua")
        collectives = all(e.kind == "collective" for e in batch)
        who = "tập thể" if collectives else ("cá nhân" if all(e.kind == "individual" for e in batch)
                                             else "tập thể, cá nhân")
        number, date_words, issuer = _decision_of(db, batch, cat)
        presenter = presenters.get(batch[0].form) or presenters.get("*")
        if not presenter:
            presenter = "…………………………"
            missing_presenter = True
        heading = H(f"Đợt {n} ({_clock(start, offset + (n - 1) * per_batch)}): {name} – {len(batch)} {who}")
        doc.add(heading,
                P(mc, f"Xin trân trọng công bố Quyết định số {number} {date_words} của {issuer} "
                      f"về việc tặng {name} cho các {who} có thành tích xuất sắc."),
                P(mc, f"Trân trọng kính mời các {who} có tên sau lên sân khấu nhận "
                      + ("Cờ thi đua:" if is_flag else f"{name}:")),
                P(I("(Nhạc hành khúc. Lễ tân dẫn đại biểu từ ghế lên sân khấu theo thứ tự.)"), style="cue"),
                table([("TT", 9, "center"), ("Họ và tên / Tên tập thể", 55), ("Chức vụ, đơn vị", 68),
                       ("Ghế", 18, "center")],
                      [(None, [[str(i), e.nominee + _posthumous(e, receivers), _who(e), e.seat or ""]
                               for i, e in enumerate(batch, start=1)])], font_size=11,
                      caption=heading.text),   # a batch going on overleaf: "Đợt n … (tiếp)"
                P(mc, f"Trân trọng kính mời đồng chí {presenter} lên trao "
                      + ("Cờ thi đua" if is_flag else name) + f" cho các {who}."),
                P(I("(Nhạc nền. Trao xong, chụp ảnh lưu niệm; lễ tân mời đại biểu trở về chỗ ngồi.)"),
                  style="cue"))
    if missing_presenter:
        warnings.append(translate("core", "No presenting leader set for some batches of the ceremony script"))
    doc.add(H("III. KẾT THÚC PHẦN KHEN THƯỞNG"),
            P(mc, "Xin chúc mừng các tập thể, cá nhân vừa được khen thưởng. Kính chúc các đồng chí tiếp tục "
                  "phát huy thành tích, là những điển hình tiên tiến trong phong trào thi đua yêu nước."),
            P(I("(Nhạc chúc mừng. Chuyển sang phần tiếp theo của chương trình Đại hội.)"), style="cue"),
            off.signature)
    return Built(doc, warnings, len(entries), keep=officials.keep_phrases(settings))


# ------------------------------------------------------------------ ballot

def build_ballot(event, options: PrintOptions) -> Built:
    """The secret ballot of the council meeting: nominations at the council, by deciding
    authority (A. what the Chủ tịch UBND decides, then B, C … what the city proposes
    upward), then by form, with boxes to tick; the vote rule of each form is printed
    with it. No number, no signature (a ballot is anonymous), on one page where it fits."""
    db = event.db
    settings = load_settings(db)
    cat = load_catalogue(db)
    off = officials.for_kind(db, "ballot", settings=settings, dated=False)
    rows_all = [r for r in list_nominations(db) if r["state"] == "at_council" and _unit_ok(options, r.get("unit"))]
    warnings = [] if rows_all else [translate("core", "No nomination is at the council")]
    doc = Document("Phiếu bầu", page_numbers=True, fit_one_page=True,
                   margins={"top": 15.0, "bottom": 15.0})
    doc.add(off.header,
            Title("Phiếu bầu", lines=["Xét đề nghị khen thưởng", f"tại {settings.name}"],
                  italic=["(Mỗi dòng chỉ đánh dấu X vào một ô; dòng đánh cả hai ô",
                          "hoặc không đánh ô nào thì không tính)"]))
    # the council votes only on forms the city decides or proposes upward, never on grassroots titles
    forms = [f for f in cat.city_forms() if any(r["form"] == f.code for r in rows_all)]
    body: list = []
    count = 0
    sections = [a for a in BALLOT_SECTIONS if any(f.authority == a for f in forms)]
    for s, authority in enumerate(sections):
        body.append(Section(f"{SECTION_LETTERS[s]}. {BALLOT_SECTIONS[authority]}"))
        for g, form in enumerate(f for f in forms if f.authority == authority):
            mine = [r for r in rows_all if r["form"] == form.code]
            rule = form.vote
            base = "tổng số thành viên Hội đồng" if rule.base == "all_members" else "số thành viên biểu quyết"
            pct = f"{float(rule.threshold_percent):g}".replace(".", ",")
            body.append((f"{roman(g)}. {form.name} (đạt khi từ {pct}% {base} đồng ý trở lên)",
                         [[str(i), r["nominee"], r.get("unit") or "", "", ""] for i, r in enumerate(mine, start=1)]))
            count += len(mine)
    doc.add(table([("TT", 9, "center"), ("Họ và tên / Tên tập thể", 62), ("Đơn vị đề nghị", 56),
                   ("Đồng ý", 17, "center"), ("Không đồng ý", 17, "center")],
                  body or [(None, [["", "", "", "", ""]])], font_size=10.5, tick_columns=(3, 4)))
    return Built(doc, warnings, count, keep=officials.keep_phrases(settings))


# ------------------------------------------------------------------ decision annex

def _annexes(db, wanted: str | None) -> list[tuple[dict | None, list]]:
    """[(decision or None for one still to be signed, annex groups)]: by default every
    decision of the Chủ tịch UBND (the city's own acts) and the approved nominations no
    decision covers yet; with ``wanted``, that one decision (a central one too)."""
    if wanted:
        decision = find_decision(db, wanted)
        if decision is None or decision.get("kind") == "submission":
            raise UserError(translate("core", "There is no decision numbered “{number}”").format(number=wanted),
                            field="decision")
        return [(decision, annex_groups(db, decision_id=decision["id"]))]
    out: list[tuple[dict | None, list]] = []
    for decision in list_decisions(db, issuer="province", kind="decision"):
        groups = annex_groups(db, decision_id=decision["id"])
        if groups:
            out.append((decision, groups))
    pending = [(form, [r for r in items if not r.get("decision_id")]) for form, items in annex_groups(db)]
    pending = [(form, items) for form, items in pending if items]
    if pending:
        out.append((None, pending))
    return out


def build_decision_annex(event, options: PrintOptions) -> Built:
    """One annex per decision: "Phụ lục" (Roman-numbered when there are several), the
    title, "(Kèm theo Quyết định số … ngày … của …)" with the decision's own number,
    date and issuer; only the forms that issuer decides, collectives then individuals,
    columns "Họ và tên / Tên tập thể"; no number or place-date line of its own.
    ``options.decision``: only the annex of that decision number."""
    db = event.db
    settings = load_settings(db)
    cat = load_catalogue(db)
    annexes = _annexes(db, options.decision)
    annexes = [(d, [(f, [r for r in items if _unit_ok(options, r.get("unit"))]) for f, items in groups])
               for d, groups in annexes]
    annexes = [(d, [(f, items) for f, items in groups if items]) for d, groups in annexes]
    annexes = [(d, groups) for d, groups in annexes if groups]
    doc = Document("Phụ lục quyết định khen thưởng")
    count = 0
    for a, (decision, groups) in enumerate(annexes):
        if decision:
            number, date, issuer = decision["number"], decision.get("date"), decision["issuer"]
        else:
            number, date, issuer = f"{BLANK_NUMBER}/{DECISION_SYMBOL['province']}", None, "province"
        if a:
            doc.add(PageBreak())
        doc.add(Title(
            "Danh sách tập thể, cá nhân được khen thưởng",
            annex=f"Phụ lục {roman(a)}" if len(annexes) > 1 else "Phụ lục",
            italic=[f"(Kèm theo Quyết định số {number} {vn_date_words(date)}",
                    f"của {ISSUER_WORDS.get(issuer, ISSUER_WORDS['province'])})"]))
        for g, (form, part) in enumerate(groups):
            body = []
            for kind, label in (("collective", "Tập thể"), ("individual", "Cá nhân")):
                mine = [r for r in part if r["kind"] == kind]
                if mine:
                    body.append((f"{label} ({len(mine)})",
                                 [[str(i), r["nominee"], who_line(kind, r["nominee"], r.get("position"), r.get("unit"))]
                                  for i, r in enumerate(mine, start=1)]))
            name = (cat.get(form["code"]).name if cat.get(form["code"]) else form["name"])
            doc.add(H(f"{roman(g)}. {name.upper()} ({len(part)})"),
                    table([("STT", 10, "center"), ("Họ và tên / Tên tập thể", 60), ("Chức vụ, đơn vị", 95)],
                          body, font_size=11))
            count += len(part)
    warnings = [] if count else [translate("core", "No approved nomination to list")]
    if not count:
        doc.add(Title("Danh sách tập thể, cá nhân được khen thưởng"),
                P(translate("core", "No approved nomination to list")))
    return Built(doc, warnings, count, keep=officials.keep_phrases(settings))
