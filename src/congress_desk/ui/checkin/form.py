"""Small dialogs of the desk: a reason, a substitute, a walk-in guest, the desk's details.

The dialogs that act on a person name that person and their badge code at the top, so
nobody records an absence or an undo for the wrong one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ...core.fields import CATEGORIES, FieldError, category_label, parse_phone

ABSENCE_REASONS = ("Ốm", "Đi công tác", "Bận việc gia đình", "Đi học", "Nghỉ phép")
UNDO_REASONS = ("Quét nhầm thẻ", "Nhầm người", "Đại biểu ra về")


def person_line(delegate: dict) -> str:
    """"Nguyễn Văn A · 10000017 · Quận Lê Chân": who a dialog acts on."""
    parts = [delegate.get("full_name") or "", delegate.get("code") or "", delegate.get("unit") or ""]
    return " · ".join(p for p in parts if p)


class _Form(QDialog):
    def __init__(self, parent, title: str, intro: str, person: dict | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if person is not None:
            self.person = QLabel(person_line(person))
            self.person.setObjectName("dialog_person")
            self.person.setWordWrap(True)
            self.person.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.person.setStyleSheet("font-size: 15pt; font-weight: bold; background: #fff8e1; "
                                      "border: 1px solid #ffb300; border-radius: 4px; padding: 6px")
            layout.addWidget(self.person)
        label = QLabel(intro)
        label.setWordWrap(True)
        layout.addWidget(label)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)


class ReasonDialog(_Form):
    """A reason, chosen from common ones or typed, for one person."""

    def __init__(self, parent, title: str, intro: str, reasons, person: dict | None = None):
        super().__init__(parent, title, intro, person)
        self.reason = QComboBox()
        self.reason.setObjectName("reason")
        self.reason.setEditable(True)
        self.reason.addItems(list(reasons))
        self.reason.setCurrentIndex(-1)
        self.form.addRow(self.tr("Reason"), self.reason)

    def value(self) -> str:
        return self.reason.currentText().strip()


class SubstituteDialog(_Form):
    def __init__(self, parent, delegate: dict, replaces: str | None = None):
        intro = self.tr("Who attends instead of {name}? They take the seat and are checked in.").format(
            name=delegate.get("full_name") or "")
        if replaces is not None:
            intro += "\n" + self.tr("The badge was checked in at {time} as if the delegate came in person; that "
                                    "check-in is replaced by the substitute's.").format(time=replaces)
        super().__init__(parent, self.tr("Substitute"), intro, delegate)
        self.name = QLineEdit()
        self.name.setObjectName("substitute_name")
        self.position = QLineEdit()
        self.position.setObjectName("substitute_position")
        self.form.addRow(self.tr("Full name"), self.name)
        self.form.addRow(self.tr("Position"), self.position)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))


class WalkinDialog(_Form):
    def __init__(self, parent):
        super().__init__(parent, self.tr("Walk-in guest"),
                         self.tr("A guest who is not on any list. The desk gives them a new badge code."))
        self.name = QLineEdit()
        self.name.setObjectName("walkin_name")
        self.position = QLineEdit()
        self.unit = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setObjectName("walkin_phone")
        self.category = QComboBox()
        for c in CATEGORIES:
            self.category.addItem(category_label(c), c)
        self.category.setCurrentIndex(CATEGORIES.index("guest"))
        self.form.addRow(self.tr("Full name"), self.name)
        self.form.addRow(self.tr("Position"), self.position)
        self.form.addRow(self.tr("Unit or workplace"), self.unit)
        self.form.addRow(self.tr("Phone"), self.phone)
        self.form.addRow(self.tr("Category"), self.category)
        self.error = QLabel()
        self.error.setObjectName("walkin_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828")
        self.error.hide()
        self.form.addRow(self.error)
        self.phone_value: str | None = None

    def accept(self) -> None:
        """Refuse a phone number the event file would refuse when the journals are merged
        (the guest would then be left out of the registry)."""
        try:
            self.phone_value = parse_phone(self.phone.text())
        except FieldError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.phone.setFocus()
            return
        super().accept()


class DetailsDialog(QDialog):
    """Where this desk writes and reads: the paths a technician may need, and nobody else."""

    def __init__(self, parent, rows: list[tuple[str, str]]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Desk details"))
        self.setMinimumWidth(560)
        self.setMaximumWidth(1100)
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for label, value in rows:
            v = QLabel(value)
            v.setWordWrap(True)
            v.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[label] = v
            form.addRow(label, v)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
