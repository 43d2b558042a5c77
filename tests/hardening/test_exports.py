"""Every exporter writes text that looks like a formula as text: opened with openpyxl, no cell
is a formula, and the values come back exactly; personal numbers only by explicit choice."""

from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest
from openpyxl import load_workbook

from congress_desk.core.db import open_event

NASTY = ['=HYPERLINK("http://x.example","bấm")', "+84912345678", "-2+3", "@SUM(A1:A9)",
         "\t=1+1", "\r=cmd|' /C calc'!A0", "=1+1"]


def _inject(path):
    with open_event(path) as ev:
        db = ev.db
        seated = [r[0] for r in db.execute(
            "SELECT d.id FROM delegates d JOIN seat_assignments s ON s.delegate_id = d.id "
            "JOIN checkin_events c ON c.code = d.code ORDER BY d.id LIMIT ?", [len(NASTY)])]
        assert len(seated) == len(NASTY)
        with db.atomic():
            for did, text in zip(seated, NASTY, strict=True):
                db.execute("UPDATE delegates SET full_name = ?, position = ?, workplace = ? WHERE id = ?",
                           [text, text, text, did])
            unit = db.execute("SELECT unit_id FROM delegates WHERE id = ?", [seated[0]]).fetchone()[0]
            db.execute("UPDATE units SET name = ? WHERE id = ?", ["=A1&\"đơn vị\"", unit])
            noms = [r[0] for r in db.execute("SELECT id FROM nominations WHERE state IN ('approved', 'awarded') "
                                             "ORDER BY id LIMIT ?", [len(NASTY)])]
            for nid, text in zip(noms, NASTY, strict=True):
                db.execute("UPDATE nominations SET nominee = ?, position = ?, summary = ? WHERE id = ?",
                           [text, text, text, nid])


@pytest.mark.parametrize("what", ["delegates", "seating", "honorees", "attendance"])
def test_no_exported_cell_is_a_formula(make_event, tmp_path, what):
    path = make_event("demo", delegates=120, open=False)
    _inject(path)
    out = tmp_path / f"{what}.xlsx"
    done = subprocess.run([sys.executable, "-m", "congress_desk", "export", str(path), str(out), "--what", what],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name) and b"<f " not in z.read(name)
    wb = load_workbook(out)
    values = set()
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{ws.title}!{cell.coordinate} is a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    values.add(cell.value)
    text = "\n".join(values)
    found = [n for n in NASTY if n.strip() in text]
    assert found, f"none of the injected values reached the {what} export"


def test_personal_numbers_are_exported_only_when_asked(make_event, tmp_path):
    path = make_event("demo", delegates=60, open=False)
    with open_event(path, read_only=True) as ev:
        ids = {r[0] for r in ev.db.execute("SELECT national_id FROM delegates WHERE national_id IS NOT NULL")}
    for flag, expected in (([], False), (["--with-personal"], True)):
        out = tmp_path / f"ds{len(flag)}.xlsx"
        done = subprocess.run([sys.executable, "-m", "congress_desk", "export", str(path), str(out), *flag],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        cells = {c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row}
        assert bool(ids & cells) is expected
