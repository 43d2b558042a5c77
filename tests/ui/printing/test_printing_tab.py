"""The In ấn tab on the real demo: preview, save, not-yet-printed, calibration,
printing through QPrinter (to a PDF file), on the synchronous pool and the real thread."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from congress_desk.core.printing import certificates
from congress_desk.core.printing.options import PrintOptions
from congress_desk.core.printing.preview import render_preview
from congress_desk.core.progress import CancelToken
from congress_desk.ui.printing.tab import print_pdf


@pytest.fixture
def tab(demo_window):
    t = demo_window.tab_widgets["printing"]
    demo_window.tabs.setCurrentWidget(t)
    QApplication.processEvents()
    return t


def _choose(tab, kind):
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(kind))


def _preview_labels(tab):
    return [tab.pages_layout.itemAt(i).widget() for i in range(tab.pages_layout.count())]


def test_title_kinds_and_badge_preview(tab):
    assert tab.title() == "In ấn"
    kinds = [tab.kind_combo.itemData(i) for i in range(tab.kind_combo.count())]
    for kind in ("badges", "seat-cards", "tent-cards", "invitations", "seat-chart", "delegate-list",
                 "checkin-list", "certificates", "calibration"):
        assert kind in kinds
    _choose(tab, "badges")
    assert tab.layout_combo.count() == 3 and tab.double_sided.isVisibleTo(tab)
    tab.who_unit.setChecked(True)
    tab.unit_combo.setCurrentIndex(0)
    tab.preview()
    labels = _preview_labels(tab)
    assert labels and "trang" in tab.status.text()
    image = labels[0].pixmap().toImage()
    assert image.width() > 300
    dark = sum(1 for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)
               if image.pixelColor(x, y).lightness() < 100)
    assert dark > 50, "the preview shows printed badges, not a blank page"


def test_save_remember_and_not_yet_printed(tab, tmp_path, no_dialogs):
    _choose(tab, "badges")
    tab.who_unit.setChecked(True)
    tab.unit_combo.setCurrentIndex(1)
    out = tmp_path / "unit.pdf"
    tab.save_pdf(str(out))
    assert out.exists() and len(pypdf.PdfReader(out).pages) >= 1
    assert tab.history.count() == 1 and "Thẻ đại biểu" in tab.history.item(0).text()
    tab.not_yet.setChecked(True)
    tab.preview()
    assert no_dialogs and "Không có ai" in no_dialogs[-1][2]


def test_codes_need_a_code(tab, no_dialogs):
    tab.who_codes.setChecked(True)
    tab.codes_edit.setText("  ")
    tab.preview()
    assert no_dialogs and "mã thẻ" in no_dialogs[-1][2]


def test_calibration_offsets_are_saved(tab):
    _choose(tab, "calibration")
    tab.printer_edit.setText("Canon phòng 3")
    tab.dx.setValue(1.5)
    tab.dy.setValue(-2.0)
    tab.save_calibration()
    assert certificates.get_calibration(tab.window_.event_file.db, "Canon phòng 3") == (1.5, -2.0)
    tab.preview()
    assert len(_preview_labels(tab)) == 1


def test_print_pdf_paints_every_page(demo_window, tmp_path, qapp):
    preview = render_preview(demo_window.event_file, "tent-cards", PrintOptions(), max_pages=1)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(100)
    done = print_pdf(printer, preview.pdf, progress=lambda *a: None, cancel=CancelToken())
    assert done == preview.result.pages
    assert len(pypdf.PdfReader(tmp_path / "printed.pdf").pages) == preview.result.pages


def test_preview_on_the_real_thread(demo_path, qtbot, tmp_path, real_jobs, no_dialogs):
    from congress_desk.ui.main_window import MainWindow
    from congress_desk.ui.settings import Settings

    w = MainWindow(Settings(tmp_path / "s.json"))
    qtbot.addWidget(w)
    assert w.open_path(demo_path)
    t = w.tab_widgets["printing"]
    _choose(t, "delegate-list")
    t.preview()
    qtbot.waitUntil(lambda: t.pages_layout.count() > 0, timeout=60000)
    assert "trang" in t.status.text() or "page" in t.status.text()
    w.close_event_file()


def test_layout_sample_shows_the_field_samples(tab):
    import io

    from congress_desk.core.printing.printable import FIELDS

    _choose(tab, "badges")
    tab.layout_combo.setCurrentIndex(tab.layout_combo.findData("cr80"))
    tab.preview_sample()
    assert len(_preview_labels(tab)) == 1
    text = " ".join(pypdf.PdfReader(io.BytesIO(tab._pdf)).pages[0].extract_text().split())
    assert FIELDS["full_name"].sample in text and FIELDS["unit"].sample in text
    _choose(tab, "delegate-list")
    assert not tab.sample_button.isEnabled()


def test_logo_is_printed_on_badges(tab, tmp_path, no_dialogs):
    from PIL import Image

    from congress_desk.core.event import get_value

    logo = tmp_path / "logo.png"
    Image.new("RGB", (64, 64), (200, 20, 20)).save(logo)
    tab.set_logo(str(logo))
    assert get_value(tab.window_.event_file.db, "printing.logo") == str(logo)
    _choose(tab, "badges")
    tab.who_codes.setChecked(True)
    code = tab.window_.event_file.db.execute("SELECT code FROM delegates WHERE status='active'").fetchone()[0]
    tab.codes_edit.setText(code)
    tab.preview()
    import io

    page = pypdf.PdfReader(io.BytesIO(tab._pdf)).pages[0]
    assert len(page.images) == 1
    bad = tmp_path / "not-an-image.png"
    bad.write_text("hello")
    tab.set_logo(str(bad))
    assert no_dialogs and "ảnh" in no_dialogs[-1][2]


def test_certificate_frame_dialog_edits_and_validates(tab, no_dialogs):
    from congress_desk.ui.printing.frame_dialog import FrameDialog

    db = tab.window_.event_file.db
    dialog = FrameDialog(tab, certificates.load_frame(db))
    dialog.preset.setCurrentIndex(dialog.preset.findData("nd50-2006"))
    dialog._preset_chosen()
    assert dialog.paper_w.value() == 400 and dialog.paper_h.value() == 300
    dialog.table.item(0, 0).setText("80,5")  # a comma decimal, as typed in Vietnamese
    tab.save_frame(dialog.result_frame())
    frame = certificates.load_frame(db)
    assert frame["paper_w"] == 400 and frame["areas"]["name"]["x"] == 80.5
    dialog.table.item(0, 2).setText("900")  # wider than the paper
    tab.save_frame(dialog.result_frame())
    assert no_dialogs and "name" in no_dialogs[-1][2]
    assert certificates.load_frame(db)["areas"]["name"]["w"] != 900


def test_save_word_for_text_documents_only(tab, tmp_path, monkeypatch):
    from docx import Document

    from congress_desk.ui.printing import tab as tab_module

    _choose(tab, "badges")
    assert not tab.word_button.isVisibleTo(tab), "badges are PDF only"
    _choose(tab, "credentials-report")
    assert tab.word_button.isVisibleTo(tab) and tab.word_button.text() == "Lưu Word…"
    out = tmp_path / "bao-cao"
    monkeypatch.setattr(tab_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.save_docx_dialog()
    saved = tmp_path / "bao-cao.docx"
    text = "\n".join(p.text for p in Document(saved).paragraphs)
    assert "BÁO CÁO" in text and "Thẩm tra tư cách đại biểu" in text
    assert "bao-cao.docx" in tab.status.text()


def test_event_settings_say_who_signs_what(window, demo_path):
    from congress_desk.core.printing.kinds import build_document
    from congress_desk.ui.event_dialog import EventSettingsDialog
    from congress_desk.ui.printing.documents_page import SIGNED

    window.open_path(demo_path)
    dialog = EventSettingsDialog(window)
    page = dialog.documents
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Văn bản"
    assert page.bodies.item(0, 0).text() == "Ủy ban nhân dân thành phố Hải Phòng"
    page.bodies.item(0, 0).setText("Ủy ban nhân dân | thành phố Hải Phòng")
    row = SIGNED.index("invitations")
    assert page.signers.item(row, 2).text() == "Trần Quang Minh"
    page.signers.item(row, 0).setText("KT. Trưởng ban")
    page.signers.item(row, 1).setText("Phó Trưởng ban")
    page.signers.item(row, 2).setText("Đỗ Minh Châu")
    page.signers.item(row, 3).setText("7/GM-BTC")
    from congress_desk.core.fields import CATEGORIES

    page.forms.cellWidget(0, CATEGORIES.index("guest")).setCurrentText("Ông/Bà")
    dialog.accept()
    doc = build_document(window.event_file, "invitations").document
    header, sig = doc.blocks[0], next(b for b in doc.blocks if type(b).__name__ == "Signature")
    assert header.superior == ["Ủy ban nhân dân\nthành phố Hải Phòng"] and header.number == "Số: 7/GM-BTC"
    assert sig.roles == ["KT. Trưởng ban", "Phó Trưởng ban"] and sig.name == "Đỗ Minh Châu"
    from congress_desk.core.printing import officials

    conf = officials.load(window.event_file.db)
    assert conf["address_forms"]["guest"] == "Ông/Bà" and conf["address_forms"]["official"] == "Đồng chí"
    assert officials.address_form(conf, {"category": "guest", "gender": "female", "party_member": 0}) == "Bà"


def test_certificates_choose_the_blank(window, make_event):
    from congress_desk.core.printing import certificates

    path = make_event("demo", name="blank.congress", open=False)
    assert window.open_path(path)
    tab = window.tab_widgets["printing"]
    window.tabs.setCurrentWidget(tab)
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("certificates"))
    assert tab.options().blank is None           # each award on its own form's blank
    tab.blank_combo.setCurrentIndex(tab.blank_combo.findData("chung-nhan"))
    assert tab.options().blank == "chung-nhan"
    tab.kind_combo.setCurrentIndex(tab.kind_combo.findData("calibration"))
    tab.blank_combo.setCurrentIndex(0)
    assert tab.options().blank == "bang-khen"    # a calibration page is for one blank
    assert certificates.load_frame(window.event_file.db, "chung-nhan")["paper_w"] == 297


# ---------------------------------------------------------------- issue 14: the clerk's small things

def test_default_name_says_what_and_for_which_congress(tab):
    _choose(tab, "badges")
    assert tab.default_pdf_path().name == "the-dai-bieu_DH-TDYN-HP-IX.pdf"
    _choose(tab, "seat-chart")
    assert tab.default_pdf_path().name == "so-do-cho-ngoi_DH-TDYN-HP-IX.pdf"
    _choose(tab, "credentials-report")
    assert tab.default_pdf_path("docx").name == "bao-cao-tham-tra-tu-cach_DH-TDYN-HP-IX.docx"   # Save as Word


def test_after_saving_a_pdf_open_the_file_or_its_folder(tab, tmp_path, monkeypatch, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert not tab.saved_row.isVisibleTo(tab)
    _choose(tab, "badges")
    tab.who_unit.setChecked(True)
    tab.unit_combo.setCurrentIndex(1)
    out = tmp_path / "the.pdf"
    tab.save_pdf(str(out))
    assert tab.saved_row.isVisibleTo(tab)
    assert tab.open_file_button.text() == "Mở tệp" and tab.open_folder_button.text() == "Mở thư mục"
    qtbot.mouseClick(tab.open_file_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(tab.open_folder_button, Qt.MouseButton.LeftButton)
    assert opened == [str(out), str(tmp_path)]


def test_status_lines_are_cleared_when_another_event_is_opened(tab, tmp_path, make_event):
    _choose(tab, "badges")
    tab.who_unit.setChecked(True)
    tab.unit_combo.setCurrentIndex(1)
    tab.save_pdf(str(tmp_path / "the.pdf"))
    assert "the.pdf" in tab.status.text()
    window = tab.window_
    window.statusBar().showMessage("Đã lưu bản sao", 60000)
    other = make_event("empty", name="khac.congress", open=False)
    assert window.open_path(other)
    assert "the.pdf" not in tab.status.text() and not tab.saved_row.isVisibleTo(tab)
    assert _preview_labels(tab) == [] or all(w is None for w in _preview_labels(tab))
    assert window.statusBar().currentMessage() == ""


def test_print_history_dates_read_day_first(tab, tmp_path):
    import re

    _choose(tab, "badges")
    tab.who_unit.setChecked(True)
    tab.unit_combo.setCurrentIndex(1)
    tab.save_pdf(str(tmp_path / "the.pdf"))
    text = tab.history.item(0).text()
    assert re.match(r"\d\d/\d\d/\d{4} \d\d:\d\d", text), text
