"""Issue 14: everything fits an office laptop — 1366×768 with a taskbar. Every tab and
every dialog is opened against an explicit 1366×728 available area (offscreen Qt has no
taskbar) and the test fails if any window is larger than that area or sticks out of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from congress_desk.core import registry
from congress_desk.core.resources import resource_path
from congress_desk.ui import screen
from congress_desk.ui.tabs import TABS

LAPTOP = QRect(0, 0, 1366, 728)   # 1366×768 less a 40 px taskbar


@pytest.fixture(autouse=True)
def laptop_screen():   # explicit here, whatever tests/ui/conftest.py says
    screen.set_available_geometry(LAPTOP)
    yield
    screen.set_available_geometry(None)


def assert_fits(widget: QWidget, what: str) -> None:
    QApplication.processEvents()
    frame = widget.frameGeometry()
    assert widget.width() <= LAPTOP.width() and widget.height() <= LAPTOP.height(), \
        f"{what} is {widget.width()}×{widget.height()}, larger than {LAPTOP.width()}×{LAPTOP.height()}"
    assert LAPTOP.contains(frame), f"{what} at {frame.getRect()} sticks out of {LAPTOP.getRect()}"
    hint = widget.minimumSizeHint()
    assert hint.width() <= LAPTOP.width() and hint.height() <= LAPTOP.height(), \
        f"{what} needs at least {hint.width()}×{hint.height()}"


@pytest.fixture
def laptop_window(qtbot, tmp_path, sync_jobs, no_dialogs, demo_path):
    from congress_desk.ui.i18n import install_translators
    from congress_desk.ui.main_window import MainWindow
    from congress_desk.ui.settings import Settings

    install_translators(QApplication.instance(), "vi")
    w = MainWindow(Settings(tmp_path / "settings.json"))
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: w._front_tab_built, timeout=5000)
    assert w.open_path(demo_path)
    yield w
    w.close_event_file()


def test_the_main_window_and_every_tab_fit(laptop_window):
    w = laptop_window
    assert_fits(w, "the main window")
    assert w.statusBar().geometry().bottom() <= LAPTOP.height(), "the status bar is on screen"
    for i, (key, _target, _title) in enumerate(TABS):
        w.tabs.setCurrentIndex(i)
        w.tab(key)
        assert_fits(w, f"the main window on the {key} tab")


def test_a_size_saved_on_a_bigger_screen_is_clipped(qtbot, tmp_path, sync_jobs, no_dialogs):
    from congress_desk.ui.main_window import MainWindow
    from congress_desk.ui.settings import Settings

    settings = Settings(tmp_path / "settings.json")
    big = MainWindow(settings)
    qtbot.addWidget(big)
    big.resize(1900, 1000)
    big.close()
    w = MainWindow(settings)
    qtbot.addWidget(w)
    w.show()
    assert_fits(w, "the main window reopened")


def _dialogs(w):
    """Every dialog of the application, as the window's own code builds it."""
    from congress_desk.core.printing import certificates
    from congress_desk.ui.checkin.form import (
        UNDO_REASONS,
        ReasonDialog,
        SubstituteDialog,
        WalkinDialog,
    )
    from congress_desk.ui.delegates.form import DelegateForm
    from congress_desk.ui.event_dialog import EventSettingsDialog
    from congress_desk.ui.help import HelpDialog
    from congress_desk.ui.intake.dialog import ImportDialog
    from congress_desk.ui.printing.frame_dialog import FrameDialog
    from congress_desk.ui.safety.history import HistoryDialog
    from congress_desk.ui.safety.restore import RestoreDialog
    from congress_desk.ui.settings_dialog import PreferencesDialog
    from congress_desk.ui.vetting.dialogs import (
        CouncilDialog,
        PublicCommentDialog,
        TransitionDialog,
    )

    db = w.event_file.db
    units = registry.list_units(db)
    someone = registry.list_delegates(db)[0]
    vetting, checkin, printing = w.tab("vetting"), w.tab("checkin"), w.tab("printing")
    samples = sorted(resource_path("samples").glob("*.xlsx"))
    yield "event settings", lambda: EventSettingsDialog(w)
    yield "preferences", lambda: PreferencesDialog(w)
    yield "delegate form", lambda: DelegateForm(w.tab("delegates"), units, someone)
    yield "import dialog", lambda: ImportDialog(w, samples)
    yield "help", lambda: HelpDialog(w, "delegates")
    yield "history", lambda: HistoryDialog(w)
    yield "restore", lambda: RestoreDialog(w)
    yield "nomination form", lambda: vetting._form(None)
    rows = vetting.model.all_rows()
    yield "transition", lambda: TransitionDialog(vetting, f"#1 {rows[0]['nominee']}", ["documents_checked"])
    yield "council vote", lambda: CouncilDialog(vetting, rows[:12], vetting.catalogue, [])
    yield "public comment", lambda: PublicCommentDialog(vetting, "#1")
    yield "check-in reason", lambda: ReasonDialog(checkin, "Hoàn tác", "Vì sao?", UNDO_REASONS, person=someone)
    yield "substitute", lambda: SubstituteDialog(checkin, someone)
    yield "walk-in", lambda: WalkinDialog(checkin)
    yield "certificate frame", lambda: FrameDialog(printing, certificates.load_frame(db))


def test_every_dialog_fits(laptop_window, qtbot):
    for what, make in _dialogs(laptop_window):
        dialog: QDialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        assert_fits(dialog, f"the {what} dialog")
        dialog.reject()


def test_a_dialog_remembers_its_size(laptop_window, qtbot):
    from congress_desk.ui.event_dialog import EventSettingsDialog

    first = EventSettingsDialog(laptop_window)
    qtbot.addWidget(first)
    first.show()
    wanted = first.minimumSizeHint() + QSize(40, 30)
    first.resize(wanted)
    first.reject()
    again = EventSettingsDialog(laptop_window)
    qtbot.addWidget(again)
    again.show()
    QApplication.processEvents()
    assert again.size() == wanted
    again.reject()
