"""Nominations from a unit's spreadsheet: the template round trip, evidence written the
units' way, refused rows with their row numbers, a CSV without accents in the headings."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from congress_desk.core.changes import Changes
from congress_desk.core.errors import UserError
from congress_desk.core.vetting.importer import import_nominations, write_template
from congress_desk.core.vetting.nominations import get_nomination
from congress_desk.core.vetting.rules import evaluate


def test_template_round_trip(vdb, tmp_path):
    db, u = vdb
    path = write_template(tmp_path / "mau.xlsx", unit="Quận Lê Chân")
    wb = load_workbook(path)
    ws = wb["Danh sách đề nghị"]
    assert ws.cell(row=4, column=1).value == "Họ và tên / Tên tập thể"
    ws.cell(row=6, column=1, value="I. TẬP THỂ")
    rows = [
        ["Phòng Giáo dục và Đào tạo quận Lê Chân", "Tập thể", None, None, None, "TTLĐXS", 2019,
         "Dẫn đầu phong trào thi đua của ngành giáo dục quận.", "TTLĐTT 2017, 2018 (QĐ 99/QĐ-UBND)", None,
         "Không", None, 40, 30, 40, 3],
        ["Trần Văn Bình", "Cá nhân", 1970, "Nam", "Chuyên viên", "Bằng khen UBND", 2019, "…", None, None, None],
        ["Lê Thị Cúc", "Cá nhân", 1985, "Nữ", "Giáo viên", "BK UBND TP", 2019, "Giáo viên dạy giỏi cấp thành phố.",
         "LĐTT 2018 (12/QĐ-PGD); LĐTT năm hai nghìn", None, None],
        ["Phạm Văn Dũng", "Cá nhân", 1980, "Nam", "Kỹ sư", "CSTĐ TP", 2019, "Sáng kiến ứng dụng toàn thành phố.",
         "CSTĐCS 2018, 2019 (QĐ 45/QĐ-UBND)", "Cải tiến quy trình cấp phép (thành phố, 7/QĐ-HĐKH)", "khiển trách 2018"],
    ]
    for r, values in enumerate(rows, start=7):
        for c, v in enumerate(values, start=1):
            ws.cell(row=r, column=c, value=v)
    wb.save(path)
    result = import_nominations(db, path, unit_id=u["lc"], proposal_number="88/TTr-UBND", proposal_date="2020-08-10",
                                actor="Quận Lê Chân")
    problems = {(p.row, p.field) for p in result.problems}
    assert problems == {(8, "form"), (9, "titles")}
    assert len(result.added) == 3   # the example row, the collective, Phạm Văn Dũng
    assert result.changes == Changes.of("nominations")
    collective = get_nomination(db, result.added[1])
    assert collective["kind"] == "collective" and collective["members_ldtt"] == 30
    assert [(t["title"], t["year"], t["decision_number"]) for t in collective["titles"]] == [
        ("TTLDTT", 2017, "99/QĐ-UBND"), ("TTLDTT", 2018, "99/QĐ-UBND")]
    dung = get_nomination(db, result.added[2])
    assert dung["initiatives"][0]["level"] == "province" and dung["initiatives"][0]["recognition"] == "7/QĐ-HĐKH"
    assert dung["discipline"][0]["level"] == "reprimand"
    assert dung["proposal_number"] == "88/TTr-UBND" and dung["state"] == "proposed"
    bad = {f.criterion: f.message for f in evaluate(db, dung["id"]) if not f.ok}
    # The run ends at the achievement year 2019 and counts back: 2017 is the one missing.
    assert bad["consecutive"] == "CSTĐCS 2018, 2019 nhưng thiếu 2017 — không đủ 3 lần liên tục"


def test_a_grassroots_title_is_refused_as_a_nomination_with_the_reason(vdb, tmp_path):
    db, u = vdb
    path = write_template(tmp_path / "mau.xlsx", unit="Quận Lê Chân")
    wb = load_workbook(path)
    ws = wb["Danh sách đề nghị"]
    for r, (name, form) in enumerate([("Ngô Thị Hạnh", "LĐTT"), ("Vũ Văn Khoa", "CSTĐCS"),
                                      ("Tổ dân phố số 3", "TTLĐTT")], start=6):
        for c, v in enumerate([name, "Tập thể" if form == "TTLĐTT" else "Cá nhân", 1980, None, "Tổ trưởng", form, 2019,
                               "Hoàn thành xuất sắc nhiệm vụ.", None], start=1):
            ws.cell(row=r, column=c, value=v)
    wb.save(path)
    result = import_nominations(db, path, unit_id=u["lc"], proposal_number="88/TTr-UBND", proposal_date="2020-08-10")
    refused = {p.row: p for p in result.problems}
    assert set(refused) == {6, 7, 8}
    assert all(p.field == "form" and "Danh hiệu đã đạt" in p.message for p in refused.values())
    assert "cơ sở" in refused[6].message or "đơn vị" in refused[6].message
    assert len(result.added) == 1   # the template's example row (CSTĐ TP) is a city form


def test_csv_without_accents_in_the_headings(vdb, tmp_path):
    db, u = vdb
    path = tmp_path / "de-nghi.csv"
    path.write_text(
        "DANH SACH DE NGHI KHEN THUONG\n\n"
        "STT,Ho va ten,Nam sinh,Hinh thuc de nghi,Danh hieu da dat,Tom tat thanh tich\n"
        "1,Nguyễn Văn An,1975,BK UBND TP,LĐTT 2018; LĐTT 2019,Hoàn thành xuất sắc nhiệm vụ\n",
        encoding="utf-8")
    result = import_nominations(db, path, unit_id=u["yt"])
    assert result.problems == [] and len(result.added) == 1
    nom = get_nomination(db, result.added[0])
    assert nom["nominee"] == "Nguyễn Văn An" and nom["birth_year"] == 1975 and len(nom["titles"]) == 2


def test_a_file_without_a_list_is_refused(vdb, tmp_path):
    db, u = vdb
    path = tmp_path / "khac.csv"
    path.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(UserError, match="Hình thức đề nghị"):
        import_nominations(db, path, unit_id=u["yt"])


def test_cluster_leaders_are_saved_together_and_units_of_a_known_kind_can_lead(vdb):
    from congress_desk.core.changes import Changes
    from congress_desk.core.registry import add_unit, unit_choices
    from congress_desk.core.vetting.nominations import emulation_leaders, set_emulation_leaders

    db, u = vdb
    add_unit(db, "Đơn vị khác", "other")
    assert [r["name"] for r in unit_choices(db)] == ["Quận Lê Chân", "Sở Y tế"]
    changes = set_emulation_leaders(db, 2019, [(u["lc"], "Cụm 1"), (u["yt"], "Khối 2")])
    assert changes == Changes.of("nominations")
    assert emulation_leaders(db) == {(u["lc"], 2019): "Cụm 1", (u["yt"], 2019): "Khối 2"}
    set_emulation_leaders(db, 2019, [(u["lc"], "")])
    assert emulation_leaders(db) == {(u["yt"], 2019): "Khối 2"}


def test_the_form_saves_a_nomination_with_its_evidence_as_text(vdb):
    from congress_desk.core.vetting.importer import SavedNomination, save_with_evidence_text

    db, u = vdb
    data = {"kind": "individual", "nominee": "Đặng Thị Thu Hương", "form": "BK_CT_UBND", "unit_id": u["yt"],
            "year": 2019, "proposal_number": "45/TTr-SYT", "proposal_date": "2020-08-20"}
    saved = save_with_evidence_text(db, None, data, titles="HTXSNV 2018, 2019 (QĐ 12/QĐ-BV)")
    assert isinstance(saved, SavedNomination) and saved.changes == Changes.of("nominations")
    assert len(get_nomination(db, saved.id)["titles"]) == 2
    again = save_with_evidence_text(db, saved.id, {**data, "nominee": "Đặng Thị Hương"}, titles="HTXSNV 2019 (QĐ 15/QĐ-BV)")
    assert again.id == saved.id
    nom = get_nomination(db, saved.id)
    assert nom["nominee"] == "Đặng Thị Hương" and [t["year"] for t in nom["titles"]] == [2019]
    with pytest.raises(UserError):
        save_with_evidence_text(db, saved.id, data, titles="HTXSNV hai nghìn")
    assert get_nomination(db, saved.id)["nominee"] == "Đặng Thị Hương", "nothing half-written"
