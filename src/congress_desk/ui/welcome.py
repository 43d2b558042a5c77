"""The page shown when no event file is open: start a congress, open one, or try the demo."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import APP_ID, ORG, __version__
from ..core.resources import resource_path
from . import tasks


def demo_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, ORG)) / "demo.congress"


class WelcomePage(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("welcome")
        self.window_ = window
        layout = QVBoxLayout(self)
        layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
        logo = QLabel()
        logo.setPixmap(QPixmap(str(resource_path("icons", "app.png"))).scaled(
            96, 96, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        layout.addWidget(logo, alignment=Qt.AlignmentFlag.AlignCenter)
        title = QLabel(self.tr("<h1>Congress Desk</h1>"))
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        intro = QLabel(self.tr("Prepare and run a Patriotic Emulation Congress: delegates, seating, "
                               "honorees, printing and the check-in desk."))
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        intro.setFixedWidth(560)
        intro.setMinimumHeight(intro.heightForWidth(560))  # wrapped lines are never cut off
        layout.addWidget(intro, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addSpacing(12)
        self.new_button = QPushButton(self.tr("New congress (Hải Phòng template)…"))
        self.new_button.setToolTip(self.tr("A new event file with the Hải Phòng 2020 settings, hall and "
                                           "award catalogue, to adapt to your congress"))
        self.open_button = QPushButton(self.tr("Open an event file…"))
        self.demo_button = QPushButton(self.tr("Open the demo congress"))
        self.demo_button.setToolTip(self.tr("550 made-up delegates with seats, nominations and check-ins, "
                                            "to practise on"))
        self.samples_button = QPushButton(self.tr("Sample unit spreadsheets…"))
        self.samples_button.setToolTip(self.tr("Lists as units really send them: open them in Excel, or "
                                               "import them with File ▸ Import delegate lists ▸ Samples…"))
        for button in (self.new_button, self.open_button, self.demo_button, self.samples_button):
            button.setMinimumHeight(36)
            button.setMinimumWidth(340)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(window.new_event_dialog)
        self.open_button.clicked.connect(window.open_event_dialog)
        self.demo_button.clicked.connect(self.open_demo)
        self.samples_button.clicked.connect(self.show_samples)
        layout.addSpacing(16)
        self.recent_label = QLabel(self.tr("Recent files"))
        layout.addWidget(self.recent_label, alignment=Qt.AlignmentFlag.AlignCenter)
        self.recent = QListWidget()
        self.recent.setMaximumWidth(640)
        self.recent.setMinimumWidth(480)
        self.recent.setMaximumHeight(180)
        self.recent.itemActivated.connect(lambda item: window.open_path(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.recent, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addSpacing(8)
        hint = QLabel(self.tr("Press F1 on any tab for help on it. Version {version}.").format(version=__version__))
        hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(hint, alignment=Qt.AlignmentFlag.AlignCenter)

    def show_samples(self) -> None:
        from .samples import show_samples_folder

        show_samples_folder()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.recent.clear()
        for path in self.window_.settings.recent_files():
            item = QListWidgetItem(f"{Path(path).name}   ({Path(path).parent})")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent.addItem(item)
        has = self.recent.count() > 0
        self.recent.setVisible(has)
        self.recent_label.setVisible(has)
        super().showEvent(event)

    def open_demo(self) -> None:
        path = demo_path()
        path.parent.mkdir(parents=True, exist_ok=True)

        def make(target, progress, cancel):
            from ..core.demo import build_demo

            build_demo(target, progress=progress).close()
            return target

        tasks.run_op(self, make, path).success(self.window_.open_path).with_progress(
            self.tr("Creating the demo congress…")).run()
