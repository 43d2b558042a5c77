"""Write the sample unit spreadsheets shipped in resources/samples/ (to try import with).

    python tools/make_samples.py

They are made with the intake tests' own builders (tests/fixtures/workbooks.py), so they
look like what units really send: a title block, merged two-row headers, section rows,
totals and a signature, a legacy .xls, a TCVN3 (.VnTime) workbook and a CSV, with a few
of the usual mistakes for the import dialog to point at. Deterministic: the same files
every time. The files are committed; run this again only to change them.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "samples"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from tests.fixtures.workbooks import people, tcvn3_text, unit_csv, unit_xls, unit_xlsx

    OUT.mkdir(parents=True, exist_ok=True)
    made = [
        # A district: title block, "Năm sinh" over "Nam" | "Nữ", sections, totals, signature,
        # two names in capitals, one impossible birth date and one row without a name.
        unit_xlsx(OUT / "quan-le-chan.xlsx", people(12, seed=901), unit="QUẬN LÊ CHÂN", caps_names=2,
                  extra_rows=[(13, "Phạm Thị Ngát", "31/02/1980", None, "Kinh", "Giáo viên",
                               "Trường THCS Trần Phú", "0912345678", "031180001234"),
                              (14, None, 1975, None, "Kinh", "Công nhân", None, None, None)]),
        # A district on an old PC: a real BIFF .xls, family and given names in two columns,
        # phone numbers typed as numbers (the leading zero lost).
        unit_xls(OUT / "huyen-thuy-nguyen.xls", people(10, seed=902), unit="HUYỆN THỦY NGUYÊN"),
        # An enterprise still using the TCVN3 font .VnTime, one-row header, ids as numbers.
        unit_xlsx(OUT / "cang-hai-phong-vntime.xlsx", people(8, seed=903), unit="CÔNG TY CP CẢNG HẢI PHÒNG",
                  two_row=False, sections=False, instructions=False, font=".VnTime", encode=tcvn3_text,
                  numeric_ids=True),
        # A department that exported a CSV (UTF-8 with BOM, as Excel writes it).
        unit_csv(OUT / "so-giao-duc.csv", people(9, seed=904), bom=True),
    ]
    for path in made:
        print(path.relative_to(ROOT), path.stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
