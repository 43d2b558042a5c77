"""Demo nominations for ``congress-desk demo``: a believable Hải Phòng congress.

Most honours at an emulation congress are for the five-year movement: the Chủ tịch
UBND's Bằng khen "tổng kết phong trào thi đua yêu nước 2015–2020" (BK_PT), judged from
the achievement summary and the unit's proposal; the "điển hình tiên tiến" honoured at
the congress are flagged among them. Then the city's titles (CSTĐ thành phố, TTLĐXS,
Cờ thi đua to the units that led their cluster or block) and the forms the city proposes
upward (Bằng khen Thủ tướng, CSTĐ toàn quốc, Huân chương, Cờ thi đua của Chính phủ; the
armed forces' orders). Grassroots titles appear only as evidence.

Honoree delegates are nominated by their own unit; many more honorees are not delegates.
Evidence is made to meet the criteria of the event's regime, and a share of the files is
spoiled the way real files are (a year missing from a run, a decision number left out, an
initiative used twice, too few advanced workers, a discipline). The nominations are then
taken through the real workflow: council votes, one decision of the Chủ tịch UBND per
kind of award (signed by the demo's Chủ tịch UBND), the city's Tờ trình for central
forms and the central decisions (…/QĐ-TTg, …/QĐ-CTN) recorded for some of them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random

from ..db import EventFile
from ..demo_data import make_person
from ..errors import UserError
from ..registry import units_by_id
from .catalogue import load_catalogue
from .ceremony import select_for_national, set_batch_size, suggest_national
from .council import add_meeting, record_vote
from .decisions import link, record_decision
from .nominations import add_nomination, judge, set_emulation_leader, set_unit_ldtt
from .workflow import record_public_comment, transition

YEAR = 2020          # the congress year; achievements are counted up to 2019
LAST = YEAR - 1
ACTOR = "Ban Thi đua – Khen thưởng (demo)"

# (form, weight): the movement's Bằng khen is most of a congress's honours.
INDIVIDUAL_FORMS = [("BK_PT", 62), ("CSTD_TP", 9), ("BK_CT_UBND", 5), ("BK_TTG", 9), ("HCLD3", 5),
                    ("CSTDTQ", 3), ("HCLD2", 1), ("AHLD", 1)]
COLLECTIVE_FORMS = [("BK_PT", 55), ("TTLDXS", 14), ("BK_TTG", 9), ("HCLD3", 5), ("CO_TD_CP", 2)]
ARMED_FORMS = [("HC_BVTQ3", 1), ("HC_CC3", 1)]
# Emulation clusters and blocks of the city and the unit that led each in 2019.
CLUSTERS = [
    ("Cụm thi đua các quận", "Quận Lê Chân"), ("Cụm thi đua các huyện", "Huyện Thủy Nguyên"),
    ("Khối các sở, ngành kinh tế", "Sở Kế hoạch và Đầu tư"), ("Khối các sở, ngành văn hóa – xã hội", "Sở Y tế"),
    ("Khối các đoàn thể thành phố", "Liên đoàn Lao động thành phố"), ("Khối nội chính", "Công an thành phố"),
    ("Khối doanh nghiệp", "Công ty TNHH MTV Cảng Hải Phòng"),
]
SUBUNITS = {
    "district": ["Phòng Giáo dục và Đào tạo {u}", "Trường THCS {p}", "UBND {ward} {p}", "Trạm Y tế {ward} {p}",
                 "Hội Liên hiệp Phụ nữ {u}", "{village}"],
    "department": ["Văn phòng {u}", "Phòng Tổ chức – Hành chính, {u}", "Phòng Kế hoạch – Tài chính, {u}"],
    "organisation": ["Ban Tuyên giáo, {u}", "Văn phòng {u}"],
    "armed_forces": ["Phòng Tham mưu, {u}", "Đồn Biên phòng Cát Bà", "Phòng Cảnh sát PCCC và CNCH, {u}"],
    "enterprise": ["Phân xưởng Cơ khí, {u}", "Xí nghiệp Xếp dỡ Tân Cảng, {u}", "Phòng Kỹ thuật, {u}"],
    "school": ["Khoa Kinh tế, {u}", "Phòng Đào tạo, {u}"],
}
PLACES = ["Minh Khai", "Hoàng Văn Thụ", "Quang Trung", "Phan Bội Châu", "Lạch Tray", "Đằng Giang", "Cát Bi",
          "Đông Hải", "Tràng Cát", "Lãm Hà", "Ngọc Sơn", "Hợp Đức", "Bàng La", "Hòa Nghĩa"]
VILLAGES = ["Thôn Đông, xã Lưu Kiếm", "Thôn Trung Hà, xã Thủy Triều", "Thôn Phù Lưu, xã Đông Phương",
            "Thôn Kim Sơn, xã Kiến Quốc", "Thôn Tiên Đôi Nội, xã Đoàn Lập"]
INITIATIVES = [
    "Ứng dụng phần mềm quản lý hồ sơ một cửa điện tử", "Cải tiến quy trình xếp dỡ container tại cầu tàu",
    "Giải pháp tiết kiệm điện năng trong chiếu sáng công cộng", "Đổi mới phương pháp dạy học theo dự án",
    "Mô hình chăm sóc người cao tuổi dựa vào cộng đồng", "Số hóa hồ sơ lưu trữ của cơ quan",
    "Quy trình thu thuế điện tử cho hộ kinh doanh", "Cải tiến khuôn ép ống nhựa PVC",
    "Giải pháp giảm thời gian chờ khám bệnh", "Mô hình dân vận khéo trong giải phóng mặt bằng",
    "Phần mềm theo dõi tiến độ dự án đầu tư công", "Giải pháp phòng chống cháy nổ tại khu dân cư",
]
REASONS_RETURN = ["Thiếu bản sao quyết định công nhận sáng kiến", "Báo cáo thành tích chưa có xác nhận của cấp trình",
                  "Đề nghị đơn vị bổ sung số liệu lao động tiên tiến"]
REASONS_REJECT = ["Không đủ 3 lần liên tục đạt CSTĐCS", "Tập thể có cá nhân bị kỷ luật cảnh cáo trong năm",
                  "Trùng với hồ sơ do đơn vị khác đề nghị"]
JUDGEMENT = "Hội đồng đánh giá thành tích tiêu biểu theo báo cáo thành tích và tờ trình của đơn vị"
# The acts of the demo: (key, number, date, issuer, subject).
ACTS = {
    "movement": ("1439/QĐ-UBND", "2020-10-15", "province",
                 "Về việc tặng Bằng khen của Chủ tịch UBND thành phố cho các tập thể, cá nhân có thành tích xuất sắc "
                 "trong phong trào thi đua yêu nước giai đoạn 2015–2020"),
    "titles": ("1440/QĐ-UBND", "2020-10-15", "province",
               "Về việc tặng danh hiệu Chiến sĩ thi đua thành phố, Tập thể lao động xuất sắc và Cờ thi đua của UBND thành phố"),
    "annual": ("1441/QĐ-UBND", "2020-10-15", "province", "Về việc tặng Bằng khen của Chủ tịch UBND thành phố"),
    "submission": ("95/TTr-UBND", "2020-10-16", "province",
                   "Đề nghị khen thưởng tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2015–2020"),
    "prime_minister": ("1845/QĐ-TTg", "2020-10-30", "prime_minister", "Về việc tặng Bằng khen, danh hiệu thi đua"),
    "president": ("1620/QĐ-CTN", "2020-11-02", "president", "Về việc tặng thưởng Huân chương"),
}
ACT_OF_FORM = {"BK_PT": "movement", "BK_CT_UBND": "annual", "CSTD_TP": "titles", "TTLDXS": "titles", "CO_TD_TP": "titles"}


def _pick(rng, pairs):
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights=weights)[0]


def _dec(rng, year, org="QĐ-UBND") -> tuple[str, str]:
    return f"{rng.randint(100, 3999)}/{org}", f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _titles(rng, code, years, *, drop_decision=False):
    org = {"BK_TTG": "QĐ-TTg", "CSTDTQ": "QĐ-TTg", "HCLD3": "QĐ-CTN", "HCLD2": "QĐ-CTN"}.get(code, "QĐ-UBND")
    out = []
    for y in years:
        number, date = _dec(rng, y + 1 if code in ("LDTT", "CSTDCS", "TTLDTT", "TTLDXS", "HTXSNV") else y, org)
        out.append({"year": y, "title": code, "decision_number": None if drop_decision else number, "decision_date": date})
    return out


def _initiatives(rng, n, level, *, year=LAST):
    names = rng.sample(INITIATIVES, min(n, len(INITIATIVES)))
    return [{"name": name, "level": level, "year": year - i % 3, "recognition": _dec(rng, year - i % 3, "QĐ-HĐSK")[0]}
            for i, name in enumerate(names)]


def _evidence(rng, form: str, kind: str, spoil: str | None):
    """(data, titles, initiatives, discipline) that meet ``form``'s criteria, spoiled as asked."""
    data: dict = {}
    titles: list[dict] = []
    initiatives: list[dict] = []
    discipline: list[dict] = []
    if kind == "individual":
        titles += _titles(rng, "LDTT", range(LAST - 4, LAST + 1))
        if form in ("BK_CT_UBND", "BK_TTG", "HCLD3", "HCLD2", "AHLD", "BK_PT"):
            years = list(range(LAST - 4, LAST + 1))
            if spoil == "gap":
                years.remove(LAST - 1)
            titles += _titles(rng, "HTXSNV", years)
        if form in ("CSTD_TP", "CSTDTQ"):
            run = [LAST - 2, LAST - 1, LAST]
            if spoil == "gap":
                run.remove(LAST - 1)
            titles += _titles(rng, "CSTDCS", run)
        if form == "CSTDTQ":
            titles += _titles(rng, "CSTD_TP", [LAST - 4, LAST] if spoil != "gap" else [LAST - 1, LAST])
        if form in ("BK_TTG", "HCLD3", "HCLD2", "AHLD"):
            titles += _titles(rng, "BK_CT_UBND", [2013])
        if form in ("HCLD3", "HCLD2", "AHLD"):
            titles += _titles(rng, "BK_TTG", [2014])
        if form in ("HCLD2", "AHLD"):
            titles += _titles(rng, "HCLD3", [2014])
        plan = {"CSTD_TP": (1, "province"), "CSTDTQ": (1, "national"), "AHLD": (1, "national"),
                "HCLD3": (2, "province"), "HCLD2": (2, "province"), "BK_TTG": (5, "grassroots"),
                "BK_CT_UBND": (2, "grassroots"), "BK_PT": (1, "grassroots")}
        count, level = plan.get(form, (1, "grassroots"))
        if spoil == "low_level" and level != "grassroots":
            level = "grassroots"
        initiatives += _initiatives(rng, count, level)
        if spoil == "reused":
            initiatives[0]["used_for"], initiatives[0]["used_year"] = "CSTDCS", LAST - 1
        if form == "AHLD":
            data["years_of_service"] = rng.randint(15, 30)
        if spoil == "discipline":
            discipline.append({"year": LAST - 1, "level": "warning", "note": "Vi phạm quy định về quản lý tài chính"})
    else:
        total = rng.randint(12, 90)
        ldtt_share = rng.uniform(0.72, 0.95)
        if spoil == "low_share":
            ldtt_share = rng.uniform(0.45, 0.66)
        data.update(members_total=total, members_ldtt=round(total * ldtt_share),
                    members_completed=total if spoil != "incomplete" else total - 1,
                    members_cstdcs=max(1, round(total * 0.08)))
        titles += _titles(rng, "TTLDTT", range(LAST - 4, LAST - 1))
        titles += _titles(rng, "TTLDXS", range(LAST - 4, LAST + 1) if form in ("BK_TTG", "HCLD3") else [LAST - 1, LAST])
        if form in ("BK_TTG", "HCLD3"):
            titles += _titles(rng, "BK_CT_UBND", [2013])
        if form == "HCLD3":
            titles += _titles(rng, "BK_TTG", [2014])
        if form in ("CO_TD_TP", "CO_TD_CP"):
            titles += _titles(rng, "CO_TD_TP", [LAST])
        if spoil == "discipline":
            discipline.append({"year": LAST, "level": "warning", "person": "01 viên chức"})
    if spoil == "no_decision" and titles:
        titles[-1]["decision_number"] = None
    return data, titles, initiatives, discipline


def _acts(db) -> dict[str, int]:
    """The demo's decisions and Tờ trình, signed by the demo's Chủ tịch UBND (or a Phó)."""
    chair = db.execute("SELECT full_name FROM delegates WHERE position = 'Chủ tịch UBND thành phố' LIMIT 1").fetchone()
    vice = db.execute("SELECT full_name FROM delegates WHERE position = 'Phó Chủ tịch UBND thành phố' LIMIT 1").fetchone()
    out = {}
    for key, (number, date, issuer, subject) in ACTS.items():
        signer, title = None, None
        if issuer == "province":
            if key == "annual" and vice:
                signer, title = vice[0], "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
            elif chair:
                signer, title = chair[0], "CHỦ TỊCH"
        out[key] = record_decision(db, number, date, issuer=issuer, signer=signer, signer_title=title, subject=subject)
    return out


def _advance(db, nid, target_path, meeting_id, rng, form, acts):
    """Walk the nomination along ``target_path`` through the real workflow."""
    for step in target_path:
        if step == "at_council" and form.public_comment:
            record_public_comment(db, nid, start="2020-09-10", end="2020-09-24", result="Không có ý kiến phản ánh", actor=ACTOR)
        if step == "judge":
            judge(db, nid, True, note=JUDGEMENT, actor=ACTOR)
            continue
        if step == "vote":
            meeting = db.execute("SELECT members_total, members_present, written_votes FROM council_meetings WHERE id = ?", [meeting_id]).fetchone()
            voting = meeting[1] + meeting[2]
            approve = voting if rng.random() < 0.9 else max(0, voting - rng.randint(3, 6))
            record_vote(db, meeting_id, nid, approve, actor=ACTOR)
            continue
        kw = {}
        if step in ("returned", "rejected"):
            kw["reason"] = rng.choice(REASONS_RETURN if step == "returned" else REASONS_REJECT)
        if step == "submitted_upward":
            kw["submission_number"], kw["submission_date"] = ACTS["submission"][:2]
        transition(db, nid, step, actor=ACTOR, **kw)
        if step == "approved" and form.route == "decide":
            link(db, acts[ACT_OF_FORM.get(form.code, "annual")], [nid])
    return db.execute("SELECT state FROM nominations WHERE id = ?", [nid]).fetchone()[0]


def add_demo_nominations(event: EventFile, rng: random.Random) -> None:
    db = event.db
    cat = load_catalogue(db)
    units = sorted((u for u in units_by_id(db).values() if u["kind"] != "other"), key=lambda u: u["position"])
    if not units:
        return
    by_name = {u["name"]: u for u in units}
    honorees = list(db.query("SELECT d.*, u.kind AS unit_kind FROM delegates d JOIN units u ON u.id = d.unit_id "
                             "WHERE d.category = 'honoree' AND d.status = 'active' ORDER BY d.id"))
    # A real congress vets a few hundred nominations whatever the hall's size: cap the plan so
    # a 10,000-delegate demo stays quick (checks compare nominations within a unit).
    honorees = honorees[:300]
    scale = min(max(1, len(honorees)), 40)
    plan = []   # (kind, form, unit, person or None, spoil)
    spoils_ind = ["gap", "no_decision", "reused", "low_level", "discipline"]
    spoils_col = ["low_share", "incomplete", "discipline", "no_decision"]
    for d in honorees:
        unit = next(u for u in units if u["id"] == d["unit_id"])
        plan.append(("individual", _pick(rng, INDIVIDUAL_FORMS), unit,
                     {"full_name": d["full_name"], "gender": d["gender"], "birth_year": d["birth_year"],
                      "position": d["position"], "delegate_id": d["id"]},
                     rng.choice(spoils_ind) if rng.random() < 0.15 else None))
    for _ in range(scale * 6):
        unit = rng.choice(units)
        person = make_person(rng, dt.date(YEAR, 11, 9))
        from ..demo_data import positions
        plan.append(("individual", _pick(rng, INDIVIDUAL_FORMS), unit,
                     {"full_name": person["full_name"], "gender": person["gender"], "birth_year": person["birth_year"],
                      "position": rng.choice(positions(unit["name"], unit["kind"])) + ", " + unit["name"],
                      "delegate_id": None},
                     rng.choice(spoils_ind) if rng.random() < 0.15 else None))
    for _ in range(scale * 2):
        unit = rng.choice(units)
        pattern = rng.choice(SUBUNITS[unit["kind"]])
        urban = unit["name"].startswith("Quận")
        name = pattern.format(u=unit["name"], p=rng.choice(PLACES), ward="phường" if urban else "xã",
                              village=rng.choice(VILLAGES) if not urban else f"Tổ dân phố số {rng.randint(1, 30)}, phường {rng.choice(PLACES)}")
        plan.append(("collective", _pick(rng, COLLECTIVE_FORMS), unit, {"full_name": name},
                     rng.choice(spoils_col) if rng.random() < 0.15 else None))
    # The city's Cờ thi đua goes to the units that led their cluster or block.
    leaders = [(cluster, by_name[name]) for cluster, name in CLUSTERS if name in by_name]
    for _cluster, unit in leaders:
        plan.append(("collective", "CO_TD_TP", unit, {"full_name": unit["name"], "nominee_unit_id": unit["id"]}, None))
    # A department that did not lead its block is proposed too: the check must catch it.
    other = next((u for u in units if u["kind"] == "department" and u["name"] not in dict(CLUSTERS).values()), None)
    if other is not None:
        plan.append(("collective", "CO_TD_TP", other, {"full_name": other["name"], "nominee_unit_id": other["id"]}, None))
    # Armed forces units' orders go up through their ministry; the city records them for the ceremony.
    flagged = {u["id"] for _c, u in leaders}
    for unit in (u for u in units if u["kind"] == "armed_forces" and u["id"] not in flagged):
        plan.append(("collective", _pick(rng, ARMED_FORMS), unit, {"full_name": unit["name"], "nominee_unit_id": unit["id"]}, None))
    # A nominee proposed by two units (the duplicates check must catch it).
    if len(plan) > 3:
        kind, form, unit, person, _ = plan[3]
        other = next(u for u in units if u["id"] != unit["id"])
        plan.append((kind, form, other, dict(person, delegate_id=None), None))

    register = 1245
    posthumous = 0
    with db.atomic():
        meeting = add_meeting(db, held_on="2020-10-08", title="Phiên họp Hội đồng Thi đua – Khen thưởng thành phố",
                              members_total=25, members_present=21, written_votes=4,
                              note="Các thành viên vắng mặt gửi phiếu bằng văn bản")
        acts = _acts(db)
        for cluster, unit in leaders:
            set_emulation_leader(db, unit["id"], LAST, cluster)
        for unit in units:
            set_unit_ldtt(db, unit["id"], LAST, rng.randint(40, 400))
        for i, (kind, form_code, unit, person, spoil) in enumerate(plan):
            form = cat.get(form_code)
            if form is None or not form.allows(kind):
                continue
            data, titles, initiatives, discipline = _evidence(rng, form_code, kind, spoil)
            number, date = _dec(rng, YEAR, "TTr-UBND" if unit["kind"] == "district" else "TTr-" + _short(unit["name"]))
            data.update(kind=kind, nominee=person["full_name"], form=form_code, unit_id=unit["id"], year=LAST,
                        proposal_number=None if spoil == "no_decision" and i % 2 else number,
                        proposal_date=f"{YEAR}-0{rng.randint(7, 9)}-{rng.randint(1, 28):02d}",
                        summary=_summary(rng, kind, form, unit["name"]),
                        gender=person.get("gender"), birth_year=person.get("birth_year"),
                        position=person.get("position"), delegate_id=person.get("delegate_id"),
                        nominee_unit_id=person.get("nominee_unit_id"))
            nid = add_nomination(db, data, titles=titles, initiatives=initiatives, discipline=discipline, actor=unit["name"])
            r = rng.random()
            judged = ["judge"] if any(c.type in ("judged", "any_of") for c in form.criteria) else []
            if spoil:
                path = (["documents_checked"] if r < 0.4 else
                        ["returned"] if r < 0.65 else ["documents_checked", "rejected"] if r < 0.8 else [])
            elif r < 0.05:
                path = []
            elif r < 0.09:
                path = ["documents_checked"]
            elif r < 0.13:
                path = ["documents_checked", *judged, "criteria_checked"]
            elif r < 0.17:
                path = ["documents_checked", *judged, "criteria_checked", "at_council"]
            elif form.route == "propose":
                path = ["documents_checked", *judged, "criteria_checked", "at_council", "vote", "approved", "submitted_upward"]
            else:
                path = ["documents_checked", *judged, "criteria_checked", "at_council", "vote", "approved"]
                if r < 0.6:
                    path.append("awarded")
            # A spoiled file stops where the checks stop it, as it would for a person.
            state = None
            with contextlib.suppress(UserError):
                state = _advance(db, nid, path, meeting, rng, form, acts)
            if state in ("approved", "awarded") and form.route == "decide" and form.certificate in ("bang_khen", "chung_nhan"):
                db.execute("UPDATE nominations SET register_number = ? WHERE id = ?", [str(register), nid])
                register += 1
            if state in ("approved", "awarded") and form.code == "BK_PT" and person.get("delegate_id") and rng.random() < 0.5:
                db.execute("UPDATE nominations SET exemplar = 1 WHERE id = ?", [nid])
            if (state in ("approved", "awarded") and form.code == "BK_PT" and kind == "individual"
                    and not person.get("delegate_id") and posthumous < 2):
                # Awarded posthumously: a family member receives it on stage.
                family = person["full_name"].split()[0]
                relation = "vợ" if person.get("gender") == "male" else "chồng"
                given = rng.choice(["Hoa", "Lan", "Hương"]) if relation == "vợ" else rng.choice(["Minh", "Hùng", "Sơn"])
                middle = "Thị" if relation == "vợ" else "Văn"
                db.execute("UPDATE nominations SET posthumous = 1, received_by = ? WHERE id = ?",
                           [f"{'Bà' if relation == 'vợ' else 'Ông'} {rng.choice(['Nguyễn', 'Trần', 'Lê', family])} {middle} {given} ({relation})", nid])
                posthumous += 1
        # The central decisions came for most of what was proposed; the rest is still awaited.
        upward = [r[0] for r in db.execute("SELECT n.id FROM nominations n WHERE n.state = 'submitted_upward' ORDER BY n.id")]
        for k, nid in enumerate(upward):
            if k % 3 == 2:
                continue
            code = db.execute("SELECT form FROM nominations WHERE id = ?", [nid]).fetchone()[0]
            act = ACTS[cat.get(code).authority]
            with contextlib.suppress(UserError):
                transition(db, nid, "awarded", actor=ACTOR, decision_number=act[0], decision_date=act[1])
        set_batch_size(db, 15)
        with contextlib.suppress(UserError):
            select_for_national(db, suggest_national(db), actor=ACTOR)


def _short(unit: str) -> str:
    """The symbol of a unit's own Tờ trình ("TTr-SYT" for Sở Y tế)."""
    words = [w for w in unit.replace("–", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words)[:5].upper() or "ĐV"


def _summary(rng, kind, form, unit) -> str:
    """The unit's achievement summary: what the nominee did, not the proposal's wording."""
    if form.code in ("HC_BVTQ3", "HC_CC3"):
        text = (f"{unit} hoàn thành xuất sắc nhiệm vụ huấn luyện, sẵn sàng chiến đấu, bảo vệ an ninh chính trị, "
                "trật tự an toàn xã hội trên địa bàn thành phố giai đoạn 2015–2020; chủ trì nhiều đợt cao điểm "
                "tấn công trấn áp tội phạm, tìm kiếm cứu nạn trên biển, phòng chống thiên tai; được Bộ trình khen thưởng.")
    elif form.movement:
        if kind == "collective":
            text = (f"Tập thể tiêu biểu trong phong trào thi đua yêu nước giai đoạn 2015–2020 của {unit}: "
                    "hoàn thành vượt mức các chỉ tiêu được giao, nội bộ đoàn kết, nhân rộng nhiều mô hình hay.")
        else:
            text = ("Gương điển hình tiên tiến trong phong trào thi đua yêu nước giai đoạn 2015–2020: "
                    "hoàn thành xuất sắc nhiệm vụ, có sáng kiến được áp dụng hiệu quả, tích cực tham gia các phong trào.")
    elif kind == "collective":
        text = f"Tập thể hoàn thành xuất sắc nhiệm vụ năm {LAST}, dẫn đầu phong trào thi đua của {unit}."
    else:
        text = f"Hoàn thành xuất sắc nhiệm vụ được giao năm {LAST}, có sáng kiến được áp dụng hiệu quả tại {unit}."
    if rng.random() < 0.5:
        text += " Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước."
    return text
