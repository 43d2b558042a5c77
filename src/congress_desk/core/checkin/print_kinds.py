"""Printed check-in documents: ``attendance`` and ``credentials-report``, built on the
printing area's document model (PDF and Word, Decree 30/2020 format).

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
from ..printing import officials
from ..printing.model import Built, Document, P, Title, table
from ..printing.options import PrintOptions
from ..printing.totals import attendance_line
from ..vietnamese import fold
from .makeup import makeup
from .report import attendance_rows, credentials_report, load_attendance, marks_of

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


def build_attendance(event, options: PrintOptions) -> Built:
    """Attendance by unit and category, with arrival times, desks, substitutes and reasons."""
    settings = load_settings(event.db)
    off = officials.for_kind(event.db, "attendance", settings=settings, options=options)
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
    body: list[tuple[str, list[list[str]]]] = []
    unit: object = object()
    for r in rows:
        if r.get("unit") != unit:
            unit = r.get("unit")
            body.append((unit or "Khách đến trực tiếp, không thuộc đơn vị", []))
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
        items = body[-1][1]
        items.append([str(len(items) + 1), r["full_name"], r.get("position") or "",
                      CATEGORY_VI.get(r.get("category"), category_label(r.get("category"))),
                      STATE_VI.get(r["state"], r["state"]), _time(r["at"]), r.get("desk") or "",
                      "; ".join(note)])
    totals = tally(rows, marks_of(att)).total
    now = dt.datetime.now()
    doc = Document("Danh sách điểm danh", landscape=True)
    doc.add(off.header,
            Title("Danh sách điểm danh đại biểu", lines=[settings.name],
                  plain=[attendance_line(totals), f"(số liệu lúc {now:%H:%M} ngày {now:%d/%m/%Y})"]),
            table([("STT", 10, "center"), ("Họ và tên", 45), ("Chức vụ", 60), ("Thành phần", 24),
                   ("Trạng thái", 20), ("Giờ đến", 15, "center"), ("Bàn", 16), ("Ghi chú", 57)],
                  [(f"{h} ({len(items)})", items) for h, items in body], font_size=10),
            off.signature)
    return Built(doc, list(off.warnings), len(rows), keep=officials.keep_phrases(settings))


def _line_rows(lines, indent: bool = False) -> list[list[str]]:
    return [[("- " if indent else "") + _vi(x), str(x.count), _pct(x.percent)] for x in lines]


def build_credentials_report(event, options: PrintOptions) -> Built:
    """Báo cáo thẩm tra tư cách đại biểu, issued and signed by the congress's Ban Thẩm tra
    tư cách đại biểu: summoned, present, absent with reasons, the make-up of those
    present (sex, ethnicity, age, Party members, education, political theory, social
    make-up, titles, sectors) and the conclusion."""
    db = event.db
    settings = load_settings(db)
    off = officials.for_kind(db, "credentials-report", settings=settings, numbered=True, options=options)
    delegates, att = _load(event)
    rep = credentials_report(delegates, att, date=settings.date, db=db)
    if rep.summoned == 0:
        raise UserError(translate("core", "There are no delegates to report on yet"))
    mk = makeup(db, delegates, att, settings.date)
    no_reason = translate("core", "No reason given yet")
    reasons = "; ".join(f"{r.label[:1].lower() + r.label[1:]}: {r.count}" for r in rep.absent_reasons
                        if r.label != no_reason)
    unexplained = sum(r.count for r in rep.absent_reasons if r.label == no_reason)
    if unexplained:
        reasons = "; ".join(filter(None, [reasons, f"chưa báo lý do: {unexplained}"]))
    doc = Document("Báo cáo thẩm tra tư cách đại biểu")
    doc.add(off.header,
            Title("Báo cáo", lines=["Thẩm tra tư cách đại biểu", "dự " + settings.name]),
            P("Căn cứ danh sách đại biểu được triệu tập và kết quả đón tiếp, điểm danh đại biểu, "
              "Ban Thẩm tra tư cách đại biểu báo cáo Đại hội như sau:"),
            P(f"1. Tổng số đại biểu được triệu tập: {rep.summoned} đại biểu."),
            P(f"2. Số đại biểu có mặt: {rep.present} đại biểu, đạt {_pct(rep.present_percent)}% "
              "số đại biểu được triệu tập"
              + (f" (trong đó {rep.substitutes} đại biểu dự thay)." if rep.substitutes else ".")),
            P(f"3. Số đại biểu vắng mặt có lý do: {rep.absent} đại biểu" + (f" ({reasons})." if reasons else ".")))
    n = 4
    if rep.not_arrived:
        doc.add(P(f"{n}. Số đại biểu chưa đến: {rep.not_arrived} đại biểu."))
        n += 1
    doc.add(P(f"{n}. Cơ cấu đại biểu có mặt:"))
    groups = [
        ("Giới tính, dân tộc", _line_rows([rep.women, rep.minorities])),
        ("Độ tuổi", _line_rows(rep.ages, indent=True)),
    ]
    for title, lines in mk.groups:
        groups.append((title, [[("- " if title != "Đảng viên" else "") + label, str(n), _pct(p)]
                               for label, n, p in lines]))
    groups.append(("Danh hiệu", _line_rows([rep.heroes, rep.fighters])))
    groups.append(("Theo khối", _line_rows(rep.sectors, indent=True)))
    doc.add(table([("Thành phần", 110), ("Số lượng", 25, "right"), ("Tỷ lệ (%)", 30, "right")],
                  [(h, rows) for h, rows in groups if rows]))
    if mk.oldest:
        doc.add(P(f"Đại biểu cao tuổi nhất: {mk.oldest}; đại biểu trẻ tuổi nhất: {mk.youngest}."))
    if rep.guests_present:
        doc.add(P(f"Ngoài ra, có {rep.guests_present} đại biểu khách mời dự Đại hội."))
    if rep.absent_people:
        doc.add(P(f"{n + 1}. Danh sách đại biểu vắng mặt có lý do:"),
                table([("STT", 12, "center"), ("Họ và tên", 55), ("Đơn vị", 65), ("Lý do", 33)],
                      [(None, [[str(i), d["full_name"], d.get("unit") or "",
                                d.get("absence_reason") or "Chưa báo lý do"]
                               for i, d in enumerate(rep.absent_people, start=1)])]))
    doc.add(P(f"Ban Thẩm tra tư cách đại biểu xác nhận {rep.present} đại biểu có mặt đủ tư cách "
              f"đại biểu dự {settings.name}."),
            P("Trên đây là báo cáo thẩm tra tư cách đại biểu, kính trình Đại hội./."),
            off.signature)
    return Built(doc, list(off.warnings), rep.present, keep=officials.keep_phrases(settings))
