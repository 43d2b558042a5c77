"""The totals lines printed on lists, in the words of :mod:`..counts` (documents are Vietnamese).

One phrasing per number, so the delegate list, the check-in list and the attendance list
say "triệu tập", "có mặt", "vắng có lý do" and "chưa đến" with the meaning the counts give
them, and the totals by category add up to the total.
"""

from __future__ import annotations

from ..counts import COUNT_CATEGORIES, Counts, Tally

CATEGORY_VI = {"official": "đại biểu chính thức", "honoree": "đại biểu điển hình", "guest": "khách mời",
               "press": "phóng viên", "staff": "phục vụ"}


def by_category(counts: Counts, value=lambda t: t.summoned) -> str:
    """"đại biểu chính thức 405, khách mời 101, …" (categories with nobody left out)."""
    return ", ".join(f"{CATEGORY_VI[c]} {value(counts.by_category[c])}" for c in COUNT_CATEGORIES
                     if value(counts.by_category[c]))


def summoned_lines(counts: Counts) -> list[str]:
    """For a list of the registry: who is summoned, by category, and the rest apart."""
    t = counts.total
    lines = [f"Tổng số triệu tập: {t.summoned} người"
             + (f" ({by_category(counts)})" if t.summoned else "")]
    apart = []
    if t.walkins:
        apart.append(f"khách đến trực tiếp: {t.walkins}")
    if t.cancelled:
        apart.append(f"đã hủy, không tính: {t.cancelled}")
    if apart:
        lines.append("Ngoài ra " + "; ".join(apart))
    return lines


def attendance_line(t: Tally) -> str:
    """"Triệu tập 549 — có mặt 330 (1 người dự thay), vắng có lý do 5, chưa đến 214; …"."""
    present = f"có mặt {t.present}" + (f" ({t.substitutes} người dự thay)" if t.substitutes else "")
    line = f"Triệu tập {t.summoned} — {present}, vắng có lý do {t.absent}, chưa đến {t.not_arrived}"
    if t.walkins:
        line += f"; khách đến trực tiếp {t.walkins}"
    return line
