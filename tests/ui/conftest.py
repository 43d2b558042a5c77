"""UI fixtures: the real main window on a real event file, jobs run synchronously
(Picard's FakeThreadPool idea) unless a test asks for the real thread."""

from __future__ import annotations

import pytest

from congress_desk.ui import tasks


@pytest.fixture(autouse=True)
def laptop_screen():
    """Every UI test runs on an office laptop's screen: 1366×768 less a 40 px taskbar
    (offscreen Qt has an 800×600 screen and no taskbar; the window sizes itself from
    ``ui.screen.available_geometry``)."""
    from PySide6.QtCore import QRect

    from congress_desk.ui import screen

    screen.set_available_geometry(QRect(0, 0, 1366, 728))
    yield
    screen.set_available_geometry(None)


@pytest.fixture
def sync_jobs():
    tasks.set_pool(tasks.SynchronousPool())
    yield
    tasks.set_pool(None)


@pytest.fixture
def real_jobs():
    tasks.set_pool(None)
    yield tasks.pool()
    tasks.pool().waitForDone(10000)
    tasks.set_pool(None)


@pytest.fixture
def no_dialogs(monkeypatch):
    """Message boxes answer at once and are recorded instead of blocking the test."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str, str]] = []

    def record(kind, answer):
        def box(parent, title, text, *args, **kwargs):
            shown.append((kind, title, text))
            return answer
        return box

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "critical", record("critical", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown


@pytest.fixture
def window(qtbot, tmp_path, sync_jobs, no_dialogs):
    """The main window, in Vietnamese, with settings in tmp_path and no event open."""
    from PySide6.QtWidgets import QApplication

    from congress_desk.ui.i18n import install_translators
    from congress_desk.ui.main_window import MainWindow
    from congress_desk.ui.settings import Settings

    install_translators(QApplication.instance(), "vi")
    w = MainWindow(Settings(tmp_path / "settings.json"))
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_event_file()


@pytest.fixture
def demo_window(window, demo_path):
    """The main window with the 550-delegate demo open."""
    assert window.open_path(demo_path)
    return window
