"""The workbook the committee sends to units to fill in.

A fixed, frozen header the importer recognises, drop-down lists for gender and
category, text-formatted ID and phone columns (so Excel keeps the leading zero
and never shows 12 digits in scientific notation), an instructions sheet in
Vietnamese and — when made from an event file — a hidden sheet carrying the
unit's id, so the returned file is recognised whatever its name.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Protection
from openpyxl.worksheet.datavalidation import DataValidation

from .. import xlsx_writer as X
from ..fields import EDUCATION_LEVELS, SOCIAL_GROUPS, THEORY_LEVELS
from ..i18n import translate
from .results import META_SHEET

COLUMNS = [
    ("STT", 6), ("Họ và tên", 28), ("Giới tính", 10), ("Ngày sinh", 13), ("Dân tộc", 10), ("Chức vụ", 30),
    ("Đơn vị công tác", 30), ("Thành phần", 14), ("Số điện thoại", 15), ("Số CCCD", 17), ("Ghi chú", 18),
    # for the credentials report (the Ban Thẩm tra counts them); personal data like the ID number
    ("Đảng viên", 10), ("Trình độ chuyên môn", 16), ("Lý luận chính trị", 14), ("Thành phần xã hội", 18),
]
# Choices of the profile columns (L–O), in the words the importer reads back.
PROFILE_CHOICES = {"L": ["x"], "M": list(EDUCATION_LEVELS.values()), "N": list(THEORY_LEVELS.values()),
                   "O": [v.replace(", ", " - ") for v in SOCIAL_GROUPS.values()]}   # a comma separates choices
GENDERS = ["Nam", "Nữ"]
CATEGORIES = ["Chính thức", "Khách mời", "Điển hình", "Phóng viên", "Phục vụ"]
ROWS = 300

INSTRUCTIONS = [
    "HƯỚNG DẪN ĐIỀN DANH SÁCH ĐẠI BIỂU",
    "",
    "1. Điền danh sách ở trang \"Danh sách\", mỗi người một dòng, bắt đầu từ dòng ngay dưới tiêu đề cột.",
    "2. Không thêm, xoá hay đổi tên các cột; không chèn dòng tiêu đề hay dòng cộng vào giữa danh sách.",
    "3. Họ và tên: ghi đầy đủ, có dấu, chữ thường có viết hoa chữ cái đầu (ví dụ: Nguyễn Thị Hoà).",
    "4. Giới tính và Thành phần: chọn trong danh sách thả xuống.",
    "5. Ngày sinh: ghi ngày/tháng/năm (ví dụ 02/03/1975); nếu chỉ biết năm sinh, ghi năm (1975).",
    "6. Số điện thoại và số CCCD: ghi đủ các chữ số, kể cả số 0 ở đầu (CCCD có 12 chữ số).",
    "7. Dùng phông chữ Unicode (Times New Roman); không dùng phông .VnTime hay VNI-Times.",
    "8. Gửi lại đúng tệp này (định dạng .xlsx) cho Ban Tổ chức.",
]


def write_template(out: Path | str, *, db=None, unit: str | None = None) -> Path:
    """Write the template to ``out``. With ``db`` and ``unit``, the unit is looked up
    (created if missing is the importer's job, not this one's) and its id stored."""
    out = Path(out)
    unit_id = None
    unit_name = unit
    event_name = None
    if db is not None:
        from ..event import load_settings
        from ..registry import find_unit

        try:
            event_name = load_settings(db).name
        except Exception:  # noqa: BLE001 - a template without the congress name is still useful
            event_name = None
        if unit:
            found = find_unit(db, unit)
            if found is None:
                from ..errors import UserError

                raise UserError(translate("core", "No unit named {name} in this event file").format(name=unit))
            unit_id, unit_name = found["id"], found["name"]

    wb = Workbook()
    ins = wb.active
    ins.title = "Hướng dẫn"
    ins.column_dimensions["A"].width = 110
    for i, line in enumerate(INSTRUCTIONS, start=1):
        X.put(ins, i, 1, line, bold=(i == 1), wrap=True)

    ws = wb.create_sheet("Danh sách")
    wb.active = 1
    ncols = len(COLUMNS)
    X.merge_put(ws, 1, 1, 4, (unit_name or "Đơn vị: ..............................").upper(), bold=True, size=12,
                align="center")
    X.merge_put(ws, 1, 6, ncols, X.MOTTO, bold=True, size=12, align="center")
    X.merge_put(ws, 2, 6, ncols, X.MOTTO_2, bold=True, align="center")
    X.merge_put(ws, 4, 1, ncols, "DANH SÁCH ĐẠI BIỂU", bold=True, size=14, align="center")
    if event_name:
        X.merge_put(ws, 5, 1, ncols, f"Dự {event_name}", bold=True, align="center")
    header = 7
    X.header_row(ws, header, [c for c, _ in COLUMNS], [w for _, w in COLUMNS])
    ws.freeze_panes = ws.cell(row=header + 1, column=1)
    first, last = header + 1, header + ROWS

    gender = DataValidation(type="list", formula1='"' + ",".join(GENDERS) + '"', allow_blank=True,
                            showErrorMessage=True, errorTitle="Giới tính", error="Chọn Nam hoặc Nữ")
    category = DataValidation(type="list", formula1='"' + ",".join(CATEGORIES) + '"', allow_blank=True,
                              showErrorMessage=True, errorTitle="Thành phần",
                              error="Chọn một thành phần trong danh sách")
    ws.add_data_validation(gender)
    ws.add_data_validation(category)
    gender.add(f"C{first}:C{last}")
    category.add(f"H{first}:H{last}")
    for col, choices in PROFILE_CHOICES.items():
        dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"', allow_blank=True,
                            showErrorMessage=True, error="Chọn trong danh sách")
        ws.add_data_validation(dv)
        dv.add(f"{col}{first}:{col}{last}")
    unlocked = Protection(locked=False)
    for r in range(first, last + 1):
        for c in range(1, ncols + 1):
            ws.cell(row=r, column=c).protection = unlocked
        for c in (9, 10):   # phone, ID: text, so the leading zero stays
            ws.cell(row=r, column=c).number_format = "@"
        ws.cell(row=r, column=4).number_format = "@"
    # The header is fixed: the sheet is protected (no password) except the rows to fill;
    # rows can still be inserted, deleted, sorted and formatted.
    ws.protection.sheet = True
    ws.protection.insertRows = ws.protection.deleteRows = False
    ws.protection.formatCells = ws.protection.formatColumns = ws.protection.formatRows = False
    ws.protection.sort = ws.protection.autoFilter = False
    ws.cell(row=header, column=10).comment = Comment("Ghi đủ 12 chữ số của căn cước công dân, kể cả số 0 ở đầu.",
                                                     "Ban Tổ chức")
    X.finish_sheet(ws, header_row_number=header)

    meta = wb.create_sheet(META_SHEET)
    meta["A1"], meta["B1"] = "unit_id", unit_id
    meta["A2"], meta["B2"] = "unit", unit_name
    meta["A3"], meta["B3"] = "event", event_name
    meta["A4"], meta["B4"] = "format", 1
    meta.sheet_state = "hidden"
    out.parent.mkdir(parents=True, exist_ok=True)
    wb.save(out)
    return out
