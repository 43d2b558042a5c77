"""Preferences: the language of the window (Vietnamese by default, English)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
)

from .i18n import install_translators


class PreferencesDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language = QComboBox()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        current = window.settings.get("language")
        self.language.setCurrentIndex(max(0, self.language.findData(current)))
        form.addRow(self.tr("Language:"), self.language)
        self.user_name = QLineEdit(window.settings.get("user_name"))
        self.user_name.setPlaceholderText(self.tr("Shown in the history of changes"))
        form.addRow(self.tr("Your name:"), self.user_name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        settings = self.window_.settings
        settings.set("user_name", self.user_name.text().strip())
        language = self.language.currentData()
        if language != settings.get("language"):
            settings.set("language", language)
            install_translators(QApplication.instance(), language)
            self.window_.retranslate_after_language_change()
        super().accept()
