"""Printed check-in documents: ``attendance`` and ``credentials-report`` (Decree 30/2020 format).

Both count the check-ins merged into the event file plus the journals beside it
that are not merged yet, so a report printed at 07:55 is as live as the dashboard.
The documents themselves are Vietnamese administrative documents, whatever the UI
language (as the other printed documents are).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..counts import tally
from ..db import default_journal_dir
from ..errors import UserError
from ..event import load_settings
from ..fields import category_label
from ..i18n import translate
from ..printing import document as doc
from ..printing.options import PrintOptions, RenderResult
from ..printing.totals import attendance_line
from ..progress import no_progress
from ..vietnamese import fold
from .report import attendance_rows, credentials_report, load_attendance, marks_of

ORGAN = "Ban Tổ chức Đại hội"
STATE_VI = {"present": "Có mặt", "absent": "Vắng", "missing": "Chưa đến", "cancelled": "Đã hủy"}
SECTORS_VI = {"district": "Khối quận, huyện", "department": "Khối sở, ban, ngành",
              "organisation": "Khối Mặt trận và đoàn thể", "armed_forces": "Khối lực lượng vũ trang",
              "enterprise": "Khối doanh nghiệp", "school": "Khối trường học", "other": "Khác"}
CATEGORY_VI = {"official": "Chính thức", "guest": "Khách mời", "honoree": "Điển hình",
               "press": "Phóng viên", "staff": "Phục vụ"}


def journal_paths_for(event_path: Path | str | None) -> list[Path]:
    """The journal folder beside the event file, when it exists."""
    if not event_path:
        return []
    folder = default_journal_dir(Path(event_path))
    return [folder] if folder.is_dir() else []


def _load(event):
    return load_attendance(event.db, journal_paths_for(getattr(event, "path", None)))


def _time(at: str | None) -> str:
    return dt.datetime.fromisoformat(at).strftime("%H:%M") if at else ""


def _pct(x: float) -> str:
    return f"{x:.2f}".replace(".", ",")


def _scale(widths: list[float], total: float) -> list[float]:
    k = total / sum(widths)
    return [w * k for w in widths]


def _vi(line) -> str:
    """The Vietnamese label of a report line."""
    key = line.key
    fixed = {"women": "Đại biểu nữ", "minorities": "Đại biểu dân tộc thiểu số", "heroes": "Anh hùng",
             "fighters": "Chiến sĩ thi đua", "age:unknown": "Không rõ tuổi"}
    if key in fixed:
        return fixed[key]
    if key.startswith("sector:"):
        return SECTORS_VI.get(key[7:], key[7:])
    if key.startswith("age:"):
        lo, hi = key[4:].split("-")
        if not lo:
            return f"Dưới {hi} tuổi"
        if not hi:
            return f"Từ {lo} tuổi trở lên"
        return f"Từ {lo} đến {hi} tuổi"
    return line.label


def render_attendance(event, out, options: PrintOptions, *, progress=no_progress, cancel=None) -> RenderResult:
    """Attendance by unit and category, with arrival times, desks, substitutes and reasons."""
    settings = load_settings(event.db)
    delegates, att = _load(event)
    rows = [r for r in attendance_rows(delegates, att) if r["state"] != "cancelled" or options.include_cancelled]
    if options.unit:
        rows = [r for r in rows if fold(r.get("unit") or "") == fold(options.unit)]
    if options.categories:
        rows = [r for r in rows if r.get("category") in options.categories]
    if options.codes:
        wanted = set(options.codes)
        rows = [r for r in rows if r["code"] in wanted]
    if not rows:
        raise UserError(translate("core", "Nobody to print: the selection is empty"))
    table_rows: list[list[str]] = []
    groups: dict[int, str] = {}
    unit: object = object()
    n = 0
    for r in rows:
        if r.get("unit") != unit:
            unit = r.get("unit")
            groups[len(table_rows)] = unit or "Khách đến trực tiếp, không thuộc đơn vị"
            n = 0
        n += 1
        note = []
        if r.get("substitute"):
            s = r["substitute"]
            note.append("Người dự thay: " + s["name"] + (f", {s['position']}" if s.get("position") else ""))
        if r.get("absence_reason"):
            note.append("Lý do: " + r["absence_reason"])
        if r.get("double"):
            note.append("Điểm danh trùng: " + ", ".join(f"{x['desk']} {_time(x['at'])}" for x in r["duplicates"]))
        if r.get("walkin"):
            note.append("Khách đến trực tiếp")
        table_rows.append([str(n), r["full_name"], r.get("position") or "",
                           CATEGORY_VI.get(r.get("category"), category_label(r.get("category"))),
                           STATE_VI.get(r["state"], r["state"]), _time(r["at"]), r.get("desk") or "",
                           "; ".join(note)])
    totals = tally(rows, marks_of(att)).total
    width = doc.text_width_mm(landscape_mode=True)
    story = [
        doc.national_header([settings.organizer, ORGAN],
                            place_date=doc.date_line(settings.province, settings.date),
                            width=width * 72 / 25.4),
        *doc.title_block("Danh sách điểm danh đại biểu", settings.name,
                         extra=[attendance_line(totals)]),
        doc.data_table(["STT", "Họ và tên", "Chức vụ", "Thành phần", "Trạng thái", "Giờ đến", "Bàn", "Ghi chú"],
                       table_rows, _scale([10, 45, 60, 24, 20, 15, 16, 57], width),
                       align=["center", "left", "left", "left", "left", "center", "left", "left"],
                       group_rows=groups, font_size=10),
    ]
    pages = doc.build_pdf(out, story, title="Danh sách điểm danh", landscape_mode=True,
                          progress=progress, cancel=cancel, estimated_pages=len(rows) // 25 + 1)
    return RenderResult(pages=pages, items=len(rows))


def render_credentials_report(event, out, options: PrintOptions, *, progress=no_progress,
                              cancel=None) -> RenderResult:
    """Báo cáo thẩm tra tư cách đại biểu: summoned, present, absent with reasons, make-up."""
    settings = load_settings(event.db)
    delegates, att = _load(event)
    rep = credentials_report(delegates, att, date=settings.date, db=event.db)
    if rep.summoned == 0:
        raise UserError(translate("core", "There are no delegates to report on yet"))
    para = doc.para
    reasons = "; ".join(f"{r.label[:1].lower() + r.label[1:]}: {r.count}" for r in rep.absent_reasons
                        if r.label != translate("core", "No reason given yet"))
    unexplained = sum(r.count for r in rep.absent_reasons if r.label == translate("core", "No reason given yet"))
    if unexplained:
        reasons = "; ".join(filter(None, [reasons, f"chưa báo lý do: {unexplained}"]))
    story = [
        doc.national_header([settings.organizer, ORGAN],
                            place_date=doc.date_line(settings.province, settings.date)),
        *doc.title_block("Báo cáo", "Thẩm tra tư cách đại biểu dự " + settings.name),
        para("Căn cứ danh sách đại biểu được triệu tập và kết quả đón tiếp, điểm danh đại biểu, "
             "Ban Thẩm tra tư cách đại biểu báo cáo Đại hội như sau:"),
        para(f"1. Tổng số đại biểu được triệu tập: {rep.summoned} đại biểu."),
        para(f"2. Số đại biểu có mặt: {rep.present} đại biểu, đạt {_pct(rep.present_percent)}% "
             "số đại biểu được triệu tập"
             + (f" (trong đó {rep.substitutes} đại biểu dự thay)." if rep.substitutes else ".")),
        para(f"3. Số đại biểu vắng mặt có lý do: {rep.absent} đại biểu" + (f" ({reasons})." if reasons else ".")
             + (f" Số đại biểu chưa đến: {rep.not_arrived} đại biểu." if rep.not_arrived else "")),
        para("4. Cơ cấu đại biểu có mặt:"),
    ]
    rows = [[_vi(x), str(x.count), _pct(x.percent)] for x in (rep.women, rep.minorities)]
    rows.append(["Theo độ tuổi:", "", ""])
    rows += [["- " + _vi(x), str(x.count), _pct(x.percent)] for x in rep.ages]
    rows += [[_vi(x), str(x.count), _pct(x.percent)] for x in (rep.heroes, rep.fighters)]
    rows.append(["Theo khối:", "", ""])
    rows += [["- " + _vi(x), str(x.count), _pct(x.percent)] for x in rep.sectors]
    story.append(doc.data_table(["Thành phần", "Số lượng", "Tỷ lệ (%)"], rows,
                                _scale([110, 25, 30], doc.text_width_mm()), align=["left", "right", "right"]))
    if rep.guests_present:
        story.append(para(f"Ngoài ra, có {rep.guests_present} đại biểu khách mời dự Đại hội."))
    if rep.absent_people:
        story.append(para("5. Danh sách đại biểu vắng mặt có lý do:"))
        story.append(doc.data_table(
            ["STT", "Họ và tên", "Đơn vị", "Lý do"],
            [[str(i), d["full_name"], d.get("unit") or "", d.get("absence_reason") or "Chưa báo lý do"]
             for i, d in enumerate(rep.absent_people, start=1)],
            _scale([12, 55, 65, 33], doc.text_width_mm()), align=["center", "left", "left", "left"]))
    story.append(para(f"Ban Thẩm tra tư cách đại biểu xác nhận {rep.present} đại biểu có mặt đủ tư cách "
                      f"đại biểu dự {settings.name}."))
    story.append(doc.signature_block(["TM. Ban Thẩm tra tư cách đại biểu", options.signer_title or "Trưởng ban"],
                                     options.signer))
    pages = doc.build_pdf(out, story, title="Báo cáo thẩm tra tư cách đại biểu", progress=progress,
                          cancel=cancel, estimated_pages=2 + len(rep.absent_people) // 30)
    return RenderResult(pages=pages, items=rep.present)
