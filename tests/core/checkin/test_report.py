"""Dashboard, credentials figures and the attendance workbook, counted independently here."""

from __future__ import annotations

import openpyxl
import pytest

from congress_desk.core.checkin.desk import Desk
from congress_desk.core.checkin.export import export_attendance
from congress_desk.core.checkin.report import credentials_report, dashboard, load_attendance
from congress_desk.core.checkin.store import merge_journals
from congress_desk.core.db import open_event
from congress_desk.core.event import load_settings
from congress_desk.core.vietnamese import fold


@pytest.fixture
def morning(demo_path, tmp_path):
    """The demo morning plus a few actions at a desk, merged into the event file."""
    shared = tmp_path / "share"
    with Desk(demo_path, desk="Bàn 5", journal_dir=shared, local_dir=tmp_path / "local") as desk:
        waiting = [d for d in desk.directory.by_code.values()
                   if d["status"] == "active" and not desk.attendance.get(d["code"])]
        women = [d for d in waiting if d["gender"] == "female"][:3]
        for d in women:
            desk.scan(d["code"])
        official = [d for d in waiting if d["category"] == "official"]
        desk.absence(official[-1]["code"], "Công tác nước ngoài")
        desk.substitute(waiting[-2]["code"], "Lê Thị Thay", "Phó phòng")
    event = open_event(demo_path)
    merge_journals(event.db, [shared])
    yield event
    event.close()


def test_dashboard_counts(morning):
    delegates, att = load_attendance(morning.db)
    board = dashboard(delegates, att)
    active = [d for d in delegates if d["status"] == "active"]
    summoned = [d for d in active if not d["code"].startswith("9")]
    present = [d for d in summoned if att.is_present(d["code"])]
    assert board.arrived == len(present)             # walk-ins apart, never among the summoned
    assert board.walkins == sum(1 for d in active if d["code"].startswith("9") and att.is_present(d["code"])) >= 1
    assert board.expected == len(summoned)
    absent = [d for d in summoned if not att.is_present(d["code"]) and att.get(d["code"])
              and att.get(d["code"]).absence]
    assert board.absent == len(absent) >= 1
    assert board.not_arrived == len(summoned) - len(present) - len(absent)
    assert sum(c.expected for c in board.by_unit) == board.expected
    assert sum(c.arrived for c in board.by_unit) == board.arrived
    assert sum(c.arrived for c in board.by_category) == board.arrived
    pres = [d for d in active if d["presidium"]]
    assert board.presidium.expected == len(pres)
    assert board.presidium.arrived == sum(1 for d in pres if att.is_present(d["code"]))
    hon = [d for d in active if d["category"] == "honoree"]
    assert (board.honorees.expected, board.honorees.arrived) == (
        len(hon), sum(1 for d in hon if att.is_present(d["code"])))
    assert [r["code"] for r in board.doubles] == [p.code for p in att.doubles()]
    assert len(board.doubles) == 1                       # the demo has one double entry
    unit = next(c for c in board.by_unit if c.missing)
    assert all(not att.is_present(r["code"]) for r in unit.missing)
    assert board.absent == sum(len(c.absent) for c in board.by_unit) >= 1


def test_credentials_report_figures(morning):
    delegates, att = load_attendance(morning.db)
    settings = load_settings(morning.db)
    rep = credentials_report(delegates, att, date=settings.date, db=morning.db)
    summoned = [d for d in delegates if d["status"] == "active" and d["category"] in ("official", None)
                and not d["code"].startswith("9")]
    present = [d for d in summoned if att.is_present(d["code"])]
    assert rep.summoned == len(summoned) and rep.present == len(present)
    absent = [d for d in summoned if not att.is_present(d["code"]) and att.get(d["code"])
              and att.get(d["code"]).absence]
    assert rep.absent == len(absent) >= 1             # marked absent with a reason, nobody else
    assert rep.not_arrived == len(summoned) - len(present) - len(absent)
    assert rep.women.count == sum(1 for d in present if d["gender"] == "female")
    assert rep.minorities.count == sum(1 for d in present if d["ethnicity"] and fold(d["ethnicity"]) != "kinh")
    assert sum(a.count for a in rep.ages) == len(present)
    assert sum(s.count for s in rep.sectors) == len(present)
    assert rep.substitutes == sum(1 for d in present if att.get(d["code"]).substitute) >= 1
    reasons = {r.label: r.count for r in rep.absent_reasons}
    assert reasons["Công tác nước ngoài"] == 1
    assert sum(reasons.values()) == rep.absent
    assert rep.present_percent == round(100 * len(present) / len(summoned), 2)
    assert rep.as_json()["women"]["count"] == rep.women.count


def test_attendance_workbook_read_back(morning, tmp_path):
    out = export_attendance(morning.db, tmp_path / "diem-danh.xlsx")
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    rows = [r for r in ws.iter_rows(min_row=4, values_only=True) if r[0] is not None]
    delegates, att = load_attendance(morning.db)
    assert len(rows) == len(delegates)
    by_code = {r[1]: r for r in rows}
    for p in att.presence.values():
        if p.present and p.code in by_code:
            row = by_code[p.code]
            assert row[8] is not None and row[8].strftime("%H:%M:%S") == p.at[11:19]
            assert row[9] == p.desk
    assert any(r[10] and r[10].startswith("Lê Thị Thay, Phó phòng") for r in rows)
    assert any(r[11] == "Công tác nước ngoài" for r in rows)
    totals = wb.worksheets[1]
    total_row = next(r for r in totals.iter_rows(values_only=True) if r[0] in ("Tổng cộng", "Total"))
    assert total_row[2] == dashboard(delegates, att).arrived


def test_heroes_and_emulation_fighters_from_what_the_event_knows(event):
    """The make-up's "Anh hùng" and "Chiến sĩ thi đua": from the note or position the unit
    declared, a title the event awarded to a delegate (a central one only once decided),
    or a title in the history of a nomination linked to a delegate; a mother of martyrs
    is not a Hero, a grassroots CSTĐ is not counted. The demo gives believable figures."""
    db = event.db
    settings = load_settings(db)
    delegates, att = load_attendance(db)
    rep = credentials_report(delegates, att, date=settings.date, db=db)
    assert 1 <= rep.heroes.count <= rep.present * 0.05
    assert rep.present * 0.03 <= rep.fighters.count <= rep.present * 0.3
    present = [d for d in delegates if d["status"] == "active" and d["category"] == "official"
               and att.is_present(d["code"]) and not d.get("note")
               and "anh hung" not in fold(d.get("position") or "")
               and "chien si thi dua" not in fold(d.get("position") or "")]
    a, b, c, d, e, f = (x["id"] for x in present[:6])
    unit = present[0]["unit_id"]

    def nominate(delegate_id, form, state):
        return db.execute("INSERT INTO nominations(kind, nominee, form, unit_id, year, state, delegate_id, summary, "
                          "created_at, updated_at) VALUES ('individual', 'x', ?, ?, 2019, ?, ?, '…', '2020', '2020')",
                          [form, unit, state, delegate_id]).lastrowid

    nominate(a, "AHLD", "awarded")                  # decided by the President: a Hero
    nominate(b, "AHLLVT", "submitted_upward")       # proposed, not decided: nothing yet
    nominate(c, "CSTD_TP", "approved")              # the city's own title, approved: a Fighter
    nominate(d, "CSTDTQ", "approved")               # approved by the council, not yet decided
    held = nominate(e, "BK_PT", "proposed")         # holds CSTĐ thành phố 2016 (title history)
    db.execute("INSERT INTO nomination_titles(nomination_id, year, title) VALUES (?, 2016, 'CSTD_TP')", [held])
    low = nominate(f, "BK_PT", "proposed")          # only a grassroots CSTĐ: not counted
    db.execute("INSERT INTO nomination_titles(nomination_id, year, title) VALUES (?, 2019, 'CSTDCS')", [low])
    after = credentials_report(delegates, att, date=settings.date, db=db)
    assert after.heroes.count == rep.heroes.count + 1
    assert after.fighters.count == rep.fighters.count + 2
    mother = dict(present[0], position="Bà mẹ Việt Nam Anh hùng", note=None)
    grass = dict(present[1], note="Chiến sĩ thi đua cơ sở năm 2019")
    city = dict(present[2], note="Chiến sĩ thi đua thành phố năm 2019")
    from congress_desk.core.checkin.report import _is_fighter, _is_hero
    assert not _is_hero(mother) and not _is_fighter(grass) and _is_fighter(city)


def test_a_walkin_of_the_real_morning_is_never_summoned_at_a_rehearsal_desk():
    """A real walk-in merged into the registry has no check-in in a rehearsal's events, so the
    rehearsal desk counted them as summoned and not arrived ("Có mặt 1 / 543 triệu tập" while
    the status bar said 542)."""
    from congress_desk.core.checkin.state import Attendance
    from congress_desk.core.registry.codes import DESK_RANGE_START, FIRST_NUMBER, make_code

    people = [{"code": make_code(FIRST_NUMBER + i), "full_name": f"Người {i}", "category": "official",
               "status": "active", "unit_id": 1, "unit": "Quận Lê Chân", "unit_position": 1} for i in range(3)]
    walkin = {"code": make_code(DESK_RANGE_START + 7), "full_name": "Lý Thị Khách", "category": "guest",
              "status": "active", "unit_id": None, "unit": None, "unit_position": None}
    board = dashboard([*people, walkin], Attendance())
    assert board.counts.total.summoned == 3 and board.counts.total.walkins == 0
    assert board.counts.total.not_arrived == 3
