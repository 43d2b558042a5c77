"""The official list of delegates as a workbook, in the format of Decree 30/2020/NĐ-CP.

By unit (units in Vietnamese dictionary order), people in the usual order (given
name, family name, middle names), a heading row per unit with its count, totals
at the end; IDs, phones and badge codes written as text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

from .. import xlsx_writer as X
from ..changes import Changes
from ..fields import PROFILE_FIELDS, category_label, format_birth, gender_label, profile_label
from ..registry import list_delegates
from ..vietnamese import sort_key

COLUMNS = [
    ("STT", 6), ("Họ và tên", 28), ("Giới tính", 9), ("Ngày sinh", 12), ("Dân tộc", 9),
    ("Chức vụ", 32), ("Đơn vị công tác", 30), ("Thành phần", 15), ("Điện thoại", 14),
    ("Số CCCD", 16), ("Mã đại biểu", 12),
    # the profile the credentials report counts (schema 9): personal, filled only --with-personal
    ("Đảng viên", 10), ("Trình độ chuyên môn", 16), ("Lý luận chính trị", 14), ("Thành phần xã hội", 18),
]
NO_UNIT = "Không thuộc đơn vị"
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n: int) -> str:
    out = ""
    for value, letters in ROMAN:
        while n >= value:
            out += letters
            n -= value
    return out


def export_delegates(db, out_path: Path | str, *, progress=None, cancel=None, with_personal: bool = False) -> Changes:
    """Write the delegate list of the event in ``db`` to ``out_path`` (.xlsx).

    The phone and citizen-ID columns stay in the official layout but are filled only with
    ``with_personal`` (``export --with-personal``): personal numbers leave the file only by choice."""
    from ..event import load_settings

    out_path = Path(out_path)
    settings = load_settings(db)
    delegates = list_delegates(db, include_cancelled=False)
    by_unit: dict[str, list[dict]] = {}
    for d in delegates:
        by_unit.setdefault(d["unit"] or NO_UNIT, []).append(d)
    units = sorted((u for u in by_unit if u != NO_UNIT), key=sort_key)
    if NO_UNIT in by_unit:
        units.append(NO_UNIT)     # guests invited in their own name come last

    wb = Workbook()
    ws = wb.active
    ws.title = "Danh sách đại biểu"
    ncols = len(COLUMNS)
    try:
        date = dt.date.fromisoformat(settings.date)
    except ValueError:
        date = None
    row = X.admin_header(
        ws,
        organ=[settings.organizer, "BAN TỔ CHỨC ĐẠI HỘI"],
        title="DANH SÁCH ĐẠI BIỂU",
        subtitle=[f"Dự {settings.name}", settings.term] if settings.term else [f"Dự {settings.name}"],
        ncols=ncols,
        place_date=X.place_date_line(settings.province, date) if settings.province else None,
    )
    header = row
    X.header_row(ws, header, [c for c, _ in COLUMNS], [w for _, w in COLUMNS])
    row += 1
    number = 0
    men = women = 0
    total = len(delegates)
    for u_index, unit in enumerate(units, start=1):
        people = by_unit[unit]
        X.merge_put(ws, row, 1, ncols, f"{roman(u_index)}. {unit.upper()} ({len(people)} đại biểu)", bold=True,
                    border=True)
        for c in range(2, ncols + 1):
            ws.cell(row=row, column=c).border = X.BORDER
        row += 1
        for d in people:
            if cancel is not None:
                cancel.check()
            number += 1
            men += d["gender"] == "male"
            women += d["gender"] == "female"
            values = [
                number, d["full_name"], gender_label(d["gender"]), format_birth(d["birth_date"], d["birth_year"]),
                d["ethnicity"], d["position"], d["workplace"], category_label(d["category"]),
            ]
            for c, v in enumerate(values, start=1):
                X.put(ws, row, c, v, border=True, wrap=c in (2, 6, 7), align="center" if c in (1, 3, 4) else None,
                      text=c == 4)
            X.put(ws, row, 9, d["phone"] if with_personal else None, text=True, border=True)
            X.put(ws, row, 10, d["national_id"] if with_personal else None, text=True, border=True)
            X.put(ws, row, 11, d["code"], text=True, border=True, align="center")
            for c, key in enumerate(PROFILE_FIELDS, start=12):
                X.put(ws, row, c, profile_label(key, d.get(key)) or None if with_personal else None,
                      border=True, align="center" if key == "party_member" else None)
            row += 1
            if progress is not None and number % 100 == 0:
                progress(number, total, "")
    X.merge_put(ws, row, 1, ncols,
                f"Tổng cộng: {total} đại biểu ({men} nam, {women} nữ) của {len(units) - (NO_UNIT in by_unit)} đơn vị",
                bold=True, border=True)
    row += 2
    right = ncols // 2 + 1
    X.merge_put(ws, row, right, ncols, "TM. BAN TỔ CHỨC ĐẠI HỘI", bold=True, align="center")
    X.finish_sheet(ws, header_row_number=header)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(out_path.name + ".tmp")
    wb.save(tmp)
    tmp.replace(out_path)
    if progress is not None:
        progress(total, total, "")
    return Changes()
