"""The question Import asks when units would end over their quota: import all, import
only the first rows that fit, or cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from ...core.intake.importer import quota_message


class QuotaQuestion(QMessageBox):
    """Non-modal (``open``); ``answered(within_quota)`` is called with True, False, or None
    for Cancel."""

    def __init__(self, parent, over, answered):
        lines = [quota_message(check) for _e, check in over]
        room = sum(check.room for _e, check in over)
        super().__init__(QMessageBox.Icon.Warning, "", "", QMessageBox.StandardButton.NoButton, parent)
        self.setWindowTitle(self.tr("Over the quota"))
        self.setText(self.tr("Importing takes units over their quota:") + "\n\n• " + "\n• ".join(lines))
        self.setObjectName("import_quota_question")
        self.setInformativeText(self.tr("People already registered count first. The rows left out are "
                                        "marked as not imported."))
        everyone = self.addButton(self.tr("Import all"), QMessageBox.ButtonRole.AcceptRole)
        everyone.setObjectName("quota_all")
        if len(over) > 1:
            first_text = self.tr("Import up to each quota")
        elif room:
            first_text = self.tr("Import the first {n}").format(n=room)
        else:
            first_text = self.tr("Only update those already registered")
        first = self.addButton(first_text, QMessageBox.ButtonRole.AcceptRole)
        first.setObjectName("quota_first")
        cancel = self.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("quota_cancel")
        self.setDefaultButton(cancel)
        self.setEscapeButton(cancel)
        self.buttonClicked.connect(lambda button: answered(
            False if button is everyone else True if button is first else None))
        self.finished.connect(self.deleteLater)
