"""Demo nominations for ``congress-desk demo``: realistic, passing and failing, in every state.

Honoree delegates are nominated by their own unit; many more honorees are not
delegates (people and collectives from the units' workplaces). Evidence is made to
meet the criteria of the event's regime, and a share of the files is spoiled the way
real files are (a year missing from a run, a decision number left out, an initiative
used twice, too few advanced workers, a discipline). The nominations are then taken
through the real workflow, council votes included.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random

from ..db import EventFile
from ..demo import make_person
from ..errors import UserError
from .catalogue import load_catalogue
from .ceremony import select_for_national, set_batch_size, suggest_national
from .council import add_meeting, record_vote
from .nominations import add_nomination, set_unit_ldtt
from .workflow import record_public_comment, transition

YEAR = 2020          # the congress year; achievements are counted up to 2019/2020
ACTOR = "Ban Thi đua – Khen thưởng (demo)"

INDIVIDUAL_FORMS = [("BK_CT_UBND", 46), ("CSTD_TP", 24), ("BK_TTG", 10), ("HCLD3", 6), ("CSTDCS", 8),
                    ("HCLD2", 2), ("CSTDTQ", 3), ("AHLD", 1)]
COLLECTIVE_FORMS = [("BK_CT_UBND", 35), ("TTLDXS", 25), ("CO_TD_TP", 20), ("BK_TTG", 10), ("HCLD3", 7), ("AHLD", 1)]
SUBUNITS = {
    "district": ["Phòng Giáo dục và Đào tạo {u}", "Trường THCS {p}", "UBND phường {p}", "Trạm Y tế {p}",
                 "Hội Phụ nữ {u}", "Hợp tác xã nông nghiệp {p}"],
    "department": ["Văn phòng {u}", "Phòng Tổ chức – Hành chính, {u}", "Phòng Kế hoạch – Tài chính, {u}"],
    "organisation": ["Ban Tuyên giáo, {u}", "Văn phòng {u}"],
    "armed_forces": ["Phòng Tham mưu, {u}", "Đồn Biên phòng Cát Bà", "Phòng Cảnh sát PCCC, {u}"],
    "enterprise": ["Phân xưởng Cơ khí, {u}", "Xí nghiệp Xếp dỡ Tân Cảng, {u}", "Phòng Kỹ thuật, {u}"],
    "school": ["Khoa Kinh tế, {u}", "Phòng Đào tạo, {u}"],
}
PLACES = ["Minh Khai", "Hoàng Văn Thụ", "Quang Trung", "Phan Bội Châu", "Lạch Tray", "Đằng Giang", "Cát Bi",
          "Đông Hải", "Tràng Cát", "Lãm Hà", "Ngọc Sơn", "Hợp Đức", "Bàng La", "Hòa Nghĩa"]
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


def _pick(rng, pairs):
    items, weights = zip(*pairs, strict=True)
    return rng.choices(items, weights=weights)[0]


def _dec(rng, year, org="QĐ-UBND") -> tuple[str, str]:
    return f"{rng.randint(100, 3999)}/{org}", f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def _titles(rng, code, years, *, drop_decision=False):
    out = []
    for y in years:
        number, date = _dec(rng, y + 1 if code in ("LDTT", "CSTDCS", "TTLDTT", "TTLDXS") else y)
        out.append({"year": y, "title": code, "decision_number": None if drop_decision else number, "decision_date": date})
    return out


def _evidence(rng, form: str, kind: str, spoil: str | None):
    """(data, titles, initiatives, discipline) that meet ``form``'s usual criteria, spoiled as asked."""
    data: dict = {}
    titles: list[dict] = []
    initiatives: list[dict] = []
    discipline: list[dict] = []
    last = YEAR - 1
    ldtt_years = list(range(last - 5, last + 1))
    if kind == "individual":
        titles += _titles(rng, "LDTT", ldtt_years)
        if form in ("CSTD_TP", "CSTDTQ", "HCLD3", "HCLD2", "AHLD", "BK_TTG"):
            run = [last - 2, last - 1, last] if form == "CSTD_TP" else [2014, 2015, 2016, 2017, 2018, 2019]
            if spoil == "gap":
                run = [y for y in run if y != run[-2]]
            titles += _titles(rng, "CSTDCS", run)
        if form in ("CSTDTQ", "HCLD3", "HCLD2", "AHLD"):
            titles += _titles(rng, "CSTD_TP", [2017, 2019] if spoil == "gap" else [2018, 2019])
        if form in ("BK_TTG", "HCLD3", "HCLD2", "AHLD", "CSTDTQ"):
            titles += _titles(rng, "BK_CT_UBND", [2013])
        if form in ("HCLD3", "HCLD2", "AHLD"):
            titles += _titles(rng, "BK_TTG", [2014])
        if form in ("HCLD2", "AHLD"):
            titles += _titles(rng, "HCLD3", [2013])
        level = {"CSTD_TP": "province", "CSTDTQ": "national", "AHLD": "national"}.get(form, "grassroots")
        if spoil == "low_level" and level != "grassroots":
            level = "grassroots"
        name = rng.choice(INITIATIVES)
        initiatives.append({"name": name, "level": level, "year": last, "recognition": _dec(rng, last, "QĐ-HĐKH")[0]})
        if spoil == "reused":
            initiatives[0]["used_for"], initiatives[0]["used_year"] = "CSTDCS", last - 1
        if form == "AHLD":
            data["years_of_service"] = rng.randint(15, 30)
        if form == "CSTDCS":
            data["excellent_completion"] = 1
        if spoil == "discipline":
            discipline.append({"year": last - 1, "level": "warning", "note": "Vi phạm quy định về quản lý tài chính"})
    else:
        total = rng.randint(12, 90)
        ldtt_share = rng.uniform(0.72, 0.95)
        if spoil == "low_share":
            ldtt_share = rng.uniform(0.45, 0.66)
        data.update(members_total=total, members_ldtt=round(total * ldtt_share),
                    members_completed=total if spoil != "incomplete" else total - 1,
                    members_cstdcs=max(1, round(total * 0.08)))
        titles += _titles(rng, "TTLDTT", ldtt_years[:-1])
        titles += _titles(rng, "TTLDXS", [last - 1, last])
        if form in ("BK_TTG", "HCLD3"):
            titles += _titles(rng, "BK_CT_UBND", [2012])
            titles += _titles(rng, "CO_TD_TP", [2017, 2018])
        if form == "HCLD3":
            titles += _titles(rng, "BK_TTG", [2014])
        if spoil == "discipline":
            discipline.append({"year": last, "level": "warning", "person": "01 viên chức"})
        if form == "AHLD":
            initiatives.append({"name": rng.choice(INITIATIVES), "level": "national", "year": last,
                                "recognition": _dec(rng, last, "QĐ-BKHCN")[0]})
    if spoil == "no_decision" and titles:
        titles[-1]["decision_number"] = None
    return data, titles, initiatives, discipline


def _advance(db, nid, target_path, meeting_id, rng, upward, form):
    """Walk the nomination along ``target_path`` through the real workflow."""
    for step in target_path:
        if step == "at_council" and form.public_comment:
            record_public_comment(db, nid, start="2020-09-10", end="2020-09-24", result="Không có ý kiến phản ánh", actor=ACTOR)
        if step == "vote":
            meeting = db.execute("SELECT members_total, members_present, written_votes FROM council_meetings WHERE id = ?", [meeting_id]).fetchone()
            voting = meeting[1] + meeting[2]
            approve = voting if rng.random() < 0.9 else max(0, voting - rng.randint(3, 6))
            record_vote(db, meeting_id, nid, approve, actor=ACTOR)
            continue
        kw = {}
        if step in ("returned", "rejected"):
            kw["reason"] = rng.choice(REASONS_RETURN if step == "returned" else REASONS_REJECT)
        if step == "approved":
            kw["decision_number"], kw["decision_date"] = _dec(rng, YEAR)
            kw["decision_date"] = "2020-10-15"
        if step == "awarded" and upward:
            kw["decision_number"], kw["decision_date"] = f"{rng.randint(1000, 1999)}/QĐ-TTg", "2020-10-30"
        transition(db, nid, step, actor=ACTOR, **kw)


def add_demo_nominations(event: EventFile, rng: random.Random) -> None:
    db = event.db
    cat = load_catalogue(db)
    units = list(db.query("SELECT * FROM units WHERE kind != 'other' ORDER BY position"))
    if not units:
        return
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
                     rng.choice(spoils_ind) if rng.random() < 0.2 else None))
    for _ in range(scale * 6):
        unit = rng.choice(units)
        person = make_person(rng, dt.date(YEAR, 11, 9))
        plan.append(("individual", _pick(rng, INDIVIDUAL_FORMS), unit,
                     {"full_name": person["full_name"], "gender": person["gender"], "birth_year": person["birth_year"],
                      "position": rng.choice(["Chuyên viên", "Giáo viên", "Bác sĩ", "Công nhân", "Kỹ sư", "Trưởng phòng",
                                              "Phó Trưởng phòng", "Cán bộ", "Nông dân", "Giám đốc"]) + ", " + unit["name"],
                      "delegate_id": None},
                     rng.choice(spoils_ind) if rng.random() < 0.22 else None))
    for _ in range(scale * 2):
        unit = rng.choice(units)
        pattern = rng.choice(SUBUNITS[unit["kind"]])
        name = pattern.format(u=unit["name"], p=rng.choice(PLACES))
        plan.append(("collective", _pick(rng, COLLECTIVE_FORMS), unit, {"full_name": name},
                     rng.choice(spoils_col) if rng.random() < 0.22 else None))
    # A nominee proposed by two units (the duplicates check must catch it).
    if len(plan) > 3:
        kind, form, unit, person, _ = plan[3]
        other = next(u for u in units if u["id"] != unit["id"])
        plan.append((kind, form, other, dict(person, delegate_id=None), None))

    with db.atomic():
        meeting = add_meeting(db, held_on="2020-10-08", title="Phiên họp Hội đồng TĐKT thành phố (lần 1)",
                              members_total=25, members_present=21, written_votes=4,
                              note="Các thành viên vắng mặt gửi phiếu bằng văn bản")
        for unit in units:
            set_unit_ldtt(db, unit["id"], YEAR - 1, rng.randint(40, 400))
        for i, (kind, form_code, unit, person, spoil) in enumerate(plan):
            form = cat.get(form_code)
            if form is None or not form.allows(kind):
                continue
            data, titles, initiatives, discipline = _evidence(rng, form_code, kind, spoil)
            number, date = _dec(rng, YEAR, "TTr-" + ("UBND" if unit["kind"] == "district" else "ĐV"))
            data.update(kind=kind, nominee=person["full_name"], form=form_code, unit_id=unit["id"], year=YEAR - 1,
                        proposal_number=None if spoil == "no_decision" and i % 2 else number,
                        proposal_date=date.replace(str(YEAR), str(YEAR)) if date else None,
                        summary=_summary(rng, kind, form.name, unit["name"]),
                        gender=person.get("gender"), birth_year=person.get("birth_year"),
                        position=person.get("position"), delegate_id=person.get("delegate_id"))
            if kind == "collective" and rng.random() < 0.2:
                data["nominee_unit_id"] = None
            nid = add_nomination(db, data, titles=titles, initiatives=initiatives, discipline=discipline, actor=unit["name"])
            r = rng.random()
            if spoil:
                path = (["documents_checked"] if r < 0.4 else
                        ["returned"] if r < 0.65 else ["documents_checked", "rejected"] if r < 0.8 else [])
            elif r < 0.08:
                path = []
            elif r < 0.15:
                path = ["documents_checked"]
            elif r < 0.22:
                path = ["documents_checked", "criteria_checked"]
            elif r < 0.30:
                path = ["documents_checked", "criteria_checked", "at_council"]
            elif form.upward:
                path = ["documents_checked", "criteria_checked", "at_council", "vote", "approved", "submitted_upward"]
                if r < 0.6:
                    path.append("awarded")
            else:
                path = ["documents_checked", "criteria_checked", "at_council", "vote", "approved"]
                if r < 0.45:
                    path.append("awarded")
            # A spoiled file stops where the checks stop it, as it would for a person.
            with contextlib.suppress(UserError):
                _advance(db, nid, path, meeting, rng, form.upward, form)
        set_batch_size(db, 15)
        with contextlib.suppress(UserError):
            select_for_national(db, suggest_national(db), actor=ACTOR)


def _summary(rng, kind, form_name, unit) -> str:
    if kind == "collective":
        text = (f"Tập thể hoàn thành xuất sắc nhiệm vụ giai đoạn 2015–2020, dẫn đầu phong trào thi đua "
                f"của {unit}; đề nghị tặng {form_name}.")
    else:
        text = (f"Hoàn thành xuất sắc nhiệm vụ được giao giai đoạn 2015–2020, có sáng kiến được áp dụng hiệu quả "
                f"tại {unit}; đề nghị tặng {form_name}.")
    if rng.random() < 0.5:
        text += " Gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tích cực tham gia các phong trào thi đua yêu nước, được đồng nghiệp và nhân dân tín nhiệm."
    return text
