"""Small dialogs of the desk: a reason, a substitute, a walk-in guest."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ...core.fields import CATEGORIES, category_label

ABSENCE_REASONS = ("Ốm", "Đi công tác", "Bận việc gia đình", "Đi học", "Nghỉ phép")
UNDO_REASONS = ("Quét nhầm thẻ", "Nhầm người", "Đại biểu ra về")


class _Form(QDialog):
    def __init__(self, parent, title: str, intro: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


class ReasonDialog(_Form):
    """A reason, chosen from common ones or typed."""

    def __init__(self, parent, title: str, intro: str, reasons):
        super().__init__(parent, title, intro)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems(list(reasons))
        self.reason.setCurrentIndex(-1)
        self.form.addRow(self.tr("Reason"), self.reason)

    def value(self) -> str:
        return self.reason.currentText().strip()


class SubstituteDialog(_Form):
    def __init__(self, parent, delegate_name: str):
        super().__init__(parent, self.tr("Substitute"),
                         self.tr("Who attends instead of {name}? They take the seat and are checked in.").format(
                             name=delegate_name))
        self.name = QLineEdit()
        self.name.setObjectName("substitute_name")
        self.position = QLineEdit()
        self.position.setObjectName("substitute_position")
        self.form.addRow(self.tr("Full name"), self.name)
        self.form.addRow(self.tr("Position"), self.position)


class WalkinDialog(_Form):
    def __init__(self, parent):
        super().__init__(parent, self.tr("Walk-in guest"),
                         self.tr("A guest who is not on any list. The desk gives them a new badge code."))
        self.name = QLineEdit()
        self.name.setObjectName("walkin_name")
        self.position = QLineEdit()
        self.unit = QLineEdit()
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(category_label(c), c)
        self.category.setCurrentIndex(CATEGORIES.index("guest"))
        self.form.addRow(self.tr("Full name"), self.name)
        self.form.addRow(self.tr("Position"), self.position)
        self.form.addRow(self.tr("Unit or workplace"), self.unit)
        self.form.addRow(self.tr("Category"), self.category)
