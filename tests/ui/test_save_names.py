"""Every save dialog offers a name that says what the file is and for which congress, beside
the event file ("diem-danh_DH-TDYN-HP-IX.xlsx", not "credentials-report.pdf" in whatever folder
the dialog last showed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

CODE = "DH-TDYN-HP-IX"


@pytest.fixture
def offered(monkeypatch):
    seen: list[Path] = []

    def get_save_file_name(_parent, _title, start="", _filter="", *args, **kwargs):
        seen.append(Path(start))
        return "", ""   # the clerk cancels: nothing is written

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    return seen


def test_checkin_vetting_and_seating_saves_are_named_for_what_and_which_congress(demo_window, offered):
    folder = demo_window.event_file.path.parent
    checkin = demo_window.tab("checkin")
    checkin.credentials_page.print_kind("credentials-report")
    checkin.credentials_page.print_kind("attendance")
    checkin.credentials_page.export_excel()
    vetting = demo_window.tab("vetting")
    vetting.files.export_dialog()
    vetting.files.template_dialog()
    seating = demo_window.tab("seating")
    seating.halls.export_seating_dialog()
    seating.halls.export_hall_dialog()
    names = [p.name for p in offered]
    assert names[:6] == [f"bao-cao-tham-tra-tu-cach_{CODE}.pdf", f"diem-danh_{CODE}.pdf", f"diem-danh_{CODE}.xlsx",
                         f"khen-thuong_{CODE}.xlsx", f"mau-de-nghi-khen-thuong_{CODE}.xlsx",
                         f"xep-cho-ngoi_{CODE}.xlsx"]
    assert names[6].startswith("hoi-truong_") and names[6].endswith(".xlsx")
    assert all(p.parent == folder for p in offered)
