"""Screenshots of the real window: for the user guide, and for looking at changes.

    xvfb-run -a python tools/screenshot.py --guide [docs/huong-dan/img]
    xvfb-run -a python tools/screenshot.py --checkin [docs/huong-dan/img]
    xvfb-run -a python tools/screenshot.py EVENT OUT_DIR [TAB ...]

``--guide`` builds the demo congress in a temporary folder, drives the window in Vietnamese
through the tasks of the user guide (welcome page, event settings, delegates, importing the
sample spreadsheets, seating, vetting, a badge preview, the check-in desk and its dashboard,
F1 help, then every other dialog) and writes small PNGs (256 colours) named as
docs/huong-dan/README.md uses them. Everything is shot as an office laptop shows it: a
1366×768 screen less a 40 px taskbar (``ui.screen.set_available_geometry``), the window
and dialogs at the size they open at there.
``--checkin`` takes only the check-in pictures (the desk page and its dialogs, at 1366×768,
each dialog drawn over the window where it opens). The last form opens the window on EVENT
and saves OUT_DIR/TAB.png for each tab.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUIDE_DIR = ROOT / "docs" / "huong-dan" / "img"
LAPTOP = (0, 0, 1366, 728)   # 1366×768 less the taskbar


def _settle(app, ms: int = 150) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def _save(widget, path: Path) -> None:
    """Grab a widget and write it as a small 256-colour PNG."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size // 1024} KB")


def _top_level(cls):
    from PySide6.QtWidgets import QApplication

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
    if not found:
        raise SystemExit(f"screenshot: no {cls.__name__} was shown")
    return found[-1]


def guide(out: Path) -> int:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QApplication

    from congress_desk.core.demo import build_demo
    from congress_desk.ui import screen, tasks
    from congress_desk.ui.i18n import install_translators
    from congress_desk.ui.main_window import MainWindow
    from congress_desk.ui.samples import sample_files
    from congress_desk.ui.settings import Settings

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["congress-desk"])
    screen.set_available_geometry(QRect(*LAPTOP))
    tasks.set_pool(tasks.SynchronousPool())  # every job finishes before the next picture
    with tempfile.TemporaryDirectory(prefix="congress-guide-") as tmp:
        tmp = Path(tmp)
        os.environ["CONGRESS_DESK_LOCAL_JOURNALS"] = str(tmp / "desk-journals")  # not the user's own
        settings = Settings(tmp / "settings.json")
        install_translators(app, "vi")
        event_path = tmp / "dai-hoi-thi-dua-hai-phong-2020.congress"
        build_demo(event_path).close()

        window = MainWindow(settings)      # sized for the laptop by ui.screen
        window.show()
        _settle(app, 300)
        window._build_front_tab()           # installs the dialog sizer, as after the first paint
        _save(window, out / "01-man-hinh-chao.png")

        window.open_path(event_path)
        _settle(app)
        window.event_settings_dialog()
        _settle(app)
        from congress_desk.ui.event_dialog import EventSettingsDialog

        dialog = _top_level(EventSettingsDialog)
        _save(dialog, out / "02-thong-tin-dai-hoi.png")
        dialog.reject()

        window.tabs.setCurrentWidget(window.tab("delegates"))
        _settle(app)
        _save(window, out / "03-dai-bieu.png")

        window.findChild(QAction, "action_import").trigger()
        _settle(app)
        from congress_desk.ui.intake.dialog import ImportDialog

        importer = _top_level(ImportDialog)
        importer.add_paths([str(p) for p in sample_files()])
        names = [e.path.name for e in importer.entries]
        importer.files.setCurrentRow(names.index("quan-le-chan.xlsx"))
        _settle(app, 300)
        _save(importer, out / "04-nhap-danh-sach.png")
        importer.reject()

        window.tabs.setCurrentWidget(window.tab("seating"))
        _settle(app, 400)
        _save(window, out / "05-so-do-cho-ngoi.png")

        vetting = window.tab("vetting")
        window.tabs.setCurrentWidget(vetting)
        _settle(app)
        table = vetting.findChild(object, "nomination_table")
        if table is not None and table.model() is not None and table.model().rowCount():
            table.selectRow(0)
            _settle(app)
        _save(window, out / "06-xet-khen-thuong.png")

        printing = window.tab("printing")
        window.tabs.setCurrentWidget(printing)
        printing.kind_combo.setCurrentIndex(printing.kind_combo.findData("badges"))
        printing.preview_button.click()
        _settle(app, 600)
        _save(window, out / "07-in-the-dai-bieu.png")
        printing.who_unit.setChecked(True)
        printing.unit_combo.setCurrentIndex(0)
        printing.save_pdf(str(printing.default_pdf_path().with_name("the-dai-bieu_DH-TDYN-HP-IX.pdf")))
        _settle(app, 300)
        _save(window, out / "24-da-luu-pdf.png")

        checkin_shots(app, window, out)
        window.resize(1280, 760)

        window.tabs.setCurrentWidget(window.tab("delegates"))
        _settle(app)
        window.activateWindow()
        from congress_desk.ui.help import show_help

        help_dialog = show_help(window)
        _settle(app)
        _save(help_dialog, out / "10-tro-giup-f1.png")
        help_dialog.close()
        _more_dialogs(app, window, out, tmp)

        window.close_event_file()
        window.close()
        _settle(app)
        tasks.set_pool(None)
    return 0


def _shoot_dialog(app, dialog, path: Path, before=None) -> None:
    dialog.show()
    _settle(app, 200)
    if before is not None:
        before(dialog)
        _settle(app, 200)
    _save(dialog, path)
    dialog.reject()
    _settle(app, 50)


def _more_dialogs(app, window, out: Path, tmp: Path) -> None:
    """The other dialogs, and the issue-14 screens: units for a new congress, over quota,
    search ranking."""
    from congress_desk.core import registry
    from congress_desk.core.printing import certificates
    from congress_desk.ui.checkin.form import WalkinDialog
    from congress_desk.ui.delegates.form import DelegateForm
    from congress_desk.ui.event_dialog import EventSettingsDialog
    from congress_desk.ui.intake.dialog import ImportDialog
    from congress_desk.ui.printing.frame_dialog import FrameDialog
    from congress_desk.ui.safety.history import HistoryDialog
    from congress_desk.ui.safety.restore import RestoreDialog
    from congress_desk.ui.samples import sample_files
    from congress_desk.ui.settings_dialog import PreferencesDialog
    from congress_desk.ui.vetting.dialogs import CouncilDialog

    db = window.event_file.db
    delegates = window.tab("delegates")
    window.tabs.setCurrentWidget(delegates)
    delegates.search.setText("nguyen thi huong")
    _settle(app, 300)
    _save(window, out / "11-tim-kiem.png")
    delegates.search.clear()
    someone = registry.list_delegates(db)[3]
    _shoot_dialog(app, DelegateForm(delegates, registry.list_units(db), someone), out / "12-sua-dai-bieu.png")

    vetting = window.tab("vetting")
    rows = [r for r in vetting.model.all_rows() if r["state"] == "at_council"] or vetting.model.all_rows()
    _shoot_dialog(app, vetting._form(rows[0]), out / "13-ho-so-khen-thuong.png")
    _shoot_dialog(app, CouncilDialog(vetting, rows[:12], vetting.catalogue, []), out / "14-bieu-quyet.png")
    window.backup_if_due()
    _shoot_dialog(app, HistoryDialog(window), out / "15-lich-su-thay-doi.png")
    _shoot_dialog(app, RestoreDialog(window), out / "16-khoi-phuc-ban-sao.png")
    _shoot_dialog(app, FrameDialog(window.tab("printing"), certificates.load_frame(db)), out / "17-khung-bang-khen.png")
    _shoot_dialog(app, WalkinDialog(window.tab("checkin")), out / "18-khach-moi-den-them.png")
    _shoot_dialog(app, PreferencesDialog(window), out / "19-tuy-chon.png")

    # A unit list over its quota: the preview says so, Import asks.
    quan = registry.find_unit(db, "Quận Lê Chân")
    registered = db.execute("SELECT COUNT(*) FROM delegates WHERE unit_id = ? AND status = 'active' AND "
                            "(category = 'official' OR category IS NULL)", [quan["id"]]).fetchone()[0]
    registry.update_unit(db, quan["id"], quota=registered + 4)
    window.notify_changed(registry.Changes.of("units"))
    importer = ImportDialog(window, [p for p in sample_files() if p.name == "quan-le-chan.xlsx"])
    importer.show()
    _settle(app, 300)
    _save(importer, out / "20-vuot-chi-tieu.png")
    importer.do_import()
    _settle(app, 200)
    if importer.quota_box is not None:
        _save(importer.quota_box, out / "21-hoi-vuot-chi-tieu.png")
        importer.quota_box.reject()
    importer.reject()

    # A new congress: its units come from the Hải Phòng template (or a spreadsheet, or Excel).
    window.close_event_file()
    new = tmp / "dai-hoi-moi.congress"
    from congress_desk.core.db import create_event

    create_event(new).close()
    window.open_path(new)
    _settle(app)
    dialog = EventSettingsDialog(window)
    _shoot_dialog(app, dialog, out / "22-don-vi-dai-hoi-moi.png")
    dialog = EventSettingsDialog(window)
    _shoot_dialog(app, dialog, out / "23-don-vi-mau-hai-phong.png", before=lambda d: d.use_template())
SCREEN = (1366, 768)


def _quantized(image, path: Path) -> None:
    from PIL import Image

    image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        path, optimize=True)
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}  {path.stat().st_size // 1024} KB")


def _pil(widget):
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    widget.grab().save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGB")


def _over_window(app, window, path: Path, fill=None, accept: bool = False) -> None:
    """The modal dialog that is open, drawn over the (dimmed) window where it stands."""
    from PIL import ImageEnhance
    from PySide6.QtWidgets import QApplication

    _settle(app, 200)
    dialog = QApplication.activeModalWidget()
    if dialog is None:
        raise SystemExit(f"screenshot: no dialog for {path.name}")
    if fill is not None:
        fill(dialog)
        _settle(app, 100)
    from PIL import Image, ImageDraw, ImageFont

    back = ImageEnhance.Brightness(_pil(window)).enhance(0.8)
    body = _pil(dialog)
    bar = 30  # the title bar the window manager would draw
    front = Image.new("RGB", (body.width, body.height + bar), "#37474f")
    front.paste(body, (0, bar))
    font = ImageFont.truetype(str(ROOT / "resources" / "fonts" / "NotoSans-Bold.ttf"), 15)
    ImageDraw.Draw(front).text((10, 6), dialog.windowTitle(), fill="white", font=font)
    x = max(0, (back.width - front.width) // 2)
    y = max(0, (back.height - front.height) // 3)
    back.paste(front, (x, y))
    _quantized(back, path)
    if accept:
        dialog.accept()
    else:
        dialog.reject()


def checkin_shots(app, window, out: Path) -> None:
    """The check-in desk at 1366×768: naming the desk, a scan, the dialogs naming the person."""
    from PySide6.QtCore import QTimer

    window.resize(*SCREEN)
    checkin = window.tab("checkin")
    window.tabs.setCurrentWidget(checkin)
    checkin.pages.setCurrentIndex(0)
    _settle(app, 300)
    _save(window, out / "08a-chon-ten-ban.png")           # a laptop used for the first time
    checkin.desk_page.chooser.buttons[4].click()                   # "Bàn 5": the demo's desks are 1-4
    _settle(app)
    db = window.event_file.db
    codes = [row[0] for row in db.execute(
        "SELECT code FROM delegates WHERE status = 'active' AND category = 'official' AND code NOT IN "
        "(SELECT code FROM checkin_events) ORDER BY id DESC LIMIT 20").fetchall()]
    code = next(c for c in codes if checkin.desk.attendance.get(c) is None)
    checkin.routed_scan(code)                             # as the scanner would
    _settle(app, 450)                                     # the counter follows 250 ms later
    _save(window, out / "08-ban-don-tiep.png")

    def shoot(name, fill=None, accept=False):
        QTimer.singleShot(0, lambda: _over_window(app, window, out / name, fill, accept))

    shoot("08b-huy-diem-danh.png", lambda d: d.reason.setCurrentIndex(0))
    checkin.desk_page.undo_button.click()
    shoot("08c-nguoi-du-thay.png", lambda d: (d.name.setText("Trần Văn Thay"),
                                              d.position.setText("Phó Chánh Văn phòng")))
    checkin.desk_page.substitute_button.click()
    shoot("08d-khach-den-truc-tiep.png", lambda d: (d.name.setText("Lý Thị Khách"), d.position.setText("Phóng viên"),
                                                    d.unit.setText("Báo Hải Phòng")))
    checkin.desk_page.walkin_button.click()
    shoot("08e-chi-tiet-ban.png")
    checkin.desk_page.details_button.click()
    absent = next(d for d in checkin.desk.directory.by_code.values()
                  if d["status"] == "active" and checkin.desk.attendance.get(d["code"]) is None)
    checkin.desk_page.input.setText(absent["full_name"])            # found by name, not checked in
    checkin.desk_page.input.textEdited.emit(absent["full_name"])
    _settle(app)
    row = next(i for i in range(checkin.desk_page.suggestions.count())
               if absent["code"] in checkin.desk_page.suggestions.item(i).text())
    checkin.desk_page.suggestions.setCurrentRow(row)
    shoot("08f-vang-mat.png", lambda d: d.reason.setCurrentIndex(0))
    checkin.desk_page.absence_button.click()
    checkin.desk_page.input.clear()
    checkin.desk_page.suggestions.hide()
    checkin.focus_scan()
    _settle(app)

    shoot("08g-tap-duot.png", accept=True)               # the evening before: a rehearsal
    checkin.session_button.click()
    _settle(app)
    practice = next(c for c in codes[1:] if checkin.desk.attendance.get(c) is None)
    checkin.routed_scan(practice)
    _settle(app, 450)
    _save(window, out / "08h-dang-tap-duot.png")
    checkin.desk.flush()
    shoot("08i-bat-dau-buoi-chinh-thuc.png", accept=True)  # the morning: the real session
    checkin.session_button.click()
    _settle(app)
    checkin.pages.setCurrentIndex(1)
    _settle(app, 300)
    _save(window, out / "09-tong-hop-diem-danh.png")
    checkin.pages.setCurrentIndex(0)


def checkin_guide(out: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from congress_desk.core.demo import build_demo
    from congress_desk.ui import tasks
    from congress_desk.ui.i18n import install_translators
    from congress_desk.ui.main_window import MainWindow
    from congress_desk.ui.settings import Settings

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["congress-desk"])
    tasks.set_pool(tasks.SynchronousPool())
    with tempfile.TemporaryDirectory(prefix="congress-guide-") as tmp:
        tmp = Path(tmp)
        os.environ["CONGRESS_DESK_LOCAL_JOURNALS"] = str(tmp / "desk-journals")  # not the user's own
        install_translators(app, "vi")
        event_path = tmp / "dai-hoi-thi-dua-hai-phong-2020.congress"
        build_demo(event_path).close()
        window = MainWindow(Settings(tmp / "settings.json"))
        window.show()
        window.open_path(event_path)
        checkin_shots(app, window, out)
        window.close_event_file()
        window.close()
        _settle(app)
        tasks.set_pool(None)
    return 0


def tabs(argv: list[str]) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from congress_desk.ui.i18n import install_translators
    from congress_desk.ui.main_window import MainWindow
    from congress_desk.ui.settings import Settings

    event, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    settings = Settings(out / "settings.json")
    install_translators(app, settings.get("language"))
    from PySide6.QtCore import QRect

    from congress_desk.ui import screen

    screen.set_available_geometry(QRect(*LAPTOP))   # as on an office laptop with its taskbar
    window = MainWindow(settings)
    window.show()
    window.open_path(event)
    wanted = argv[2:] or list(window.tab_widgets)

    def shoot():
        for key in wanted:
            window.tabs.setCurrentWidget(window.tab_widgets[key])
            for _ in range(5):
                app.processEvents()
            window.grab().save(str(out / f"{key}.png"))
            print(out / f"{key}.png")
        window.close()
        app.quit()

    QTimer.singleShot(300, shoot)
    app.exec()
    return 0


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--guide":
        return guide(Path(argv[1]) if len(argv) > 1 else GUIDE_DIR)
    if argv and argv[0] == "--checkin":
        return checkin_guide(Path(argv[1]) if len(argv) > 1 else GUIDE_DIR)
    if len(argv) < 2:
        print(__doc__)
        return 2
    return tabs(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
