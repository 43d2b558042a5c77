"""The exported workbooks open cleanly in a real office suite (LibreOffice, when installed:
`apt-get install libreoffice-calc-nogui`): Vietnamese text intact, personal numbers with their
leading zeros, and text that looks like a formula stays text. Skipped where LibreOffice is absent."""

from __future__ import annotations

import csv
import shutil
import subprocess

import pytest

from congress_desk.core import registry

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")


def _to_csv(xlsx, out_dir) -> list[list[str]]:
    subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{out_dir}/profile", "--convert-to",
         'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1',
         "--outdir", str(out_dir), str(xlsx)],
        check=True, capture_output=True, timeout=180)
    # One CSV per sheet, named "STEM-SHEET.csv"; the first sheet holds the list.
    first = sorted(out_dir.glob(f"{xlsx.stem}*.csv"))[0]
    with open(first, encoding="utf-8") as f:
        return list(csv.reader(f))


def test_delegate_export_opens_in_libreoffice(event, tmp_path):
    from congress_desk.core.intake.export import export_delegates

    unit = registry.find_unit(event.db, "Quận Lê Chân")["id"]
    registry.add_delegate(event.db, {
        "full_name": '=HYPERLINK("http://x","bấm")', "unit_id": unit, "position": "+cmd|' /C calc'!A0",
        "national_id": "001175001234", "phone": "0912345678"})
    out = tmp_path / "danh-sach.xlsx"
    export_delegates(event.db, out, with_personal=True)
    rows = _to_csv(out, tmp_path)
    text = "\n".join(",".join(r) for r in rows)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text and "Độc lập - Tự do - Hạnh phúc" in text
    row = next(r for r in rows if any("HYPERLINK" in c for c in r))
    assert '=HYPERLINK("http://x","bấm")' in row, "a formula-looking name stays text"
    assert "+cmd|' /C calc'!A0" in row
    assert "001175001234" in row and "0912345678" in row, "leading zeros kept"
