"""The sample unit spreadsheets shipped in resources/samples/: lists as units really send
them, to try the import with (from the welcome page and the import dialog)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from ..core.resources import resource_path

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".csv")


def samples_dir() -> Path:
    return resource_path("samples")


def sample_files() -> list[Path]:
    folder = samples_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)


def choose_samples(parent: QWidget | None) -> list[str]:
    """Let the user pick sample spreadsheets (the file dialog opens in the samples folder)."""
    paths, _ = QFileDialog.getOpenFileNames(
        parent, QCoreApplication.translate("samples", "Sample unit spreadsheets"), str(samples_dir()),
        QCoreApplication.translate("samples", "Spreadsheets (*.xlsx *.xls *.csv)"))
    return paths


def show_samples_folder() -> bool:
    """Open the samples folder in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(samples_dir())))


def sample_button(parent: QWidget, on_chosen) -> QPushButton:
    """A "Samples…" button: ``on_chosen(paths)`` gets the sample files the user picked."""
    button = QPushButton(QCoreApplication.translate("samples", "Samples…"), parent)
    button.setObjectName("samples_button")
    button.setToolTip(QCoreApplication.translate("samples", "Try the import with lists as units really send them"))

    def choose() -> None:
        paths = choose_samples(parent)
        if paths:
            on_chosen(paths)

    button.clicked.connect(choose)
    return button
