"""The delegate's profile the credentials report counts (schema 9): Party membership,
education, political theory, social group — in the template, read back by import,
edited through the registry, exported only with the personal data, counted in the
report."""

from __future__ import annotations

import json

import openpyxl
import pytest

from congress_desk.cli import main
from congress_desk.core.fields import SOCIAL_GROUPS, FieldError, parse_profile
from congress_desk.core.intake.export import export_delegates
from congress_desk.core.printing.kinds import build_document
from congress_desk.core.printing.model import model_words
from congress_desk.core.printing.options import PrintOptions
from congress_desk.core.registry import (
    ValidationError,
    clean_delegate,
    get_delegate,
    list_delegates,
    update_delegate,
)


def test_words_units_write_become_codes():
    assert parse_profile("party_member", "x") == 1 and parse_profile("party_member", "Đảng viên") == 1
    assert parse_profile("party_member", "12/05/1998") == 1          # the date of admission
    assert parse_profile("party_member", "Không") == 0 and parse_profile("party_member", "") is None
    assert parse_profile("education", "ThS") == "master" and parse_profile("education", "Thạc sĩ kinh tế") == "master"
    assert parse_profile("political_theory", "Cao cấp LLCT") == "advanced"
    assert parse_profile("social_group", "Cán bộ - công chức - viên chức") == "civil_servant"
    assert parse_profile("social_group", "Quân đội") == "armed_forces"
    with pytest.raises(FieldError):
        parse_profile("education", "rất giỏi")
    with pytest.raises(ValidationError):
        clean_delegate({"full_name": "Nguyễn Văn An", "social_group": "người ngoài hành tinh"})


def test_template_import_edit_export_and_report(make_event, tmp_path, capsys):
    event = make_event(delegates=60)
    unit = next(d["unit"] for d in list_delegates(event.db) if d["unit"])
    event.close()
    path = event.path
    template = tmp_path / "mau.xlsx"
    assert main(["template", str(template), "--event", str(path), "--unit", unit]) == 0
    wb = openpyxl.load_workbook(template)
    ws = wb["Danh sách"]
    heads = [c.value for c in ws[7]]
    assert heads[-4:] == ["Đảng viên", "Trình độ chuyên môn", "Lý luận chính trị", "Thành phần xã hội"]
    row = ["1", "Hoàng Thị Thu Trang", "Nữ", "02/03/1980", "Tày", "Kỹ sư", "Công ty Điện lực", "Chính thức",
           "0912345678", "031180001234", "", "x", "Thạc sĩ", "Trung cấp", "Trí thức"]
    for col, value in enumerate(row, start=1):
        ws.cell(row=8, column=col, value=value)
    wb.save(template)
    capsys.readouterr()
    assert main(["import", str(path), str(template), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    [person] = data["files"][0]["delegates"]
    assert (person["party_member"], person["education"], person["political_theory"], person["social_group"]) == (
        1, "master", "intermediate", "intellectual")
    from congress_desk.core.db import open_event

    with open_event(path) as ev:
        d = next(x for x in list_delegates(ev.db) if x["full_name"] == "Hoàng Thị Thu Trang")
        assert (d["party_member"], d["education"], d["political_theory"], d["social_group"]) == (
            1, "master", "intermediate", "intellectual")
        update_delegate(ev.db, d["id"], {"education": "doctorate", "party_member": False}, actor="test")
        d = get_delegate(ev.db, d["id"])
        assert (d["education"], d["party_member"]) == ("doctorate", 0)
        # export: the profile leaves the file only with the personal data
        plain, full = tmp_path / "ds.xlsx", tmp_path / "ds-full.xlsx"
        export_delegates(ev.db, plain)
        export_delegates(ev.db, full, with_personal=True)
        for out, expected in ((plain, None), (full, "Tiến sĩ")):
            sheet = openpyxl.load_workbook(out).active
            line = next(r for r in sheet.iter_rows(values_only=True) if "Hoàng Thị Thu Trang" in r)
            assert line[12] == expected
        # the credentials report counts them (over the delegates present)
        text = " ".join(model_words(build_document(ev, "credentials-report", PrintOptions(record=False)).document))
        assert "Đảng viên Đảng Cộng sản Việt Nam" in text and "Trình độ chuyên môn" in text
        assert "Thành phần xã hội" in text and "Trình độ lý luận chính trị" in text
        assert any(f"- {label} " in text for label in SOCIAL_GROUPS.values())
