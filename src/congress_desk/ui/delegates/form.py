"""The form to add or edit one delegate; it explains each wrong field beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core import registry
from ...core.fields import (
    CATEGORIES,
    EDUCATION_LEVELS,
    SOCIAL_GROUPS,
    STATUSES,
    THEORY_LEVELS,
    category_label,
    format_birth,
    status_label,
)
from ...core.registry import ValidationError, clean_delegate


class DelegateForm(QDialog):
    """``values()`` gives what was typed; ``accept`` checks it with the core first."""

    def __init__(self, parent, units: list[dict], delegate: dict | None = None, read_only=False):
        super().__init__(parent)
        self.delegate = delegate
        self.setWindowTitle(self.tr("Edit delegate") if delegate else self.tr("New delegate"))
        self.setMinimumWidth(520)
        d = delegate or {}
        self.full_name = QLineEdit(d.get("full_name") or "")
        self.gender = QComboBox()
        self.gender.addItem("", None)
        self.gender.addItem(self.tr("Male"), "male")
        self.gender.addItem(self.tr("Female"), "female")
        self.gender.setCurrentIndex(max(0, self.gender.findData(d.get("gender"))))
        self.birth = QLineEdit(format_birth(d.get("birth_date"), d.get("birth_year")))
        self.birth.setPlaceholderText(self.tr("dd/mm/yyyy or year"))
        self.ethnicity = QLineEdit(d.get("ethnicity") or ("Kinh" if delegate is None else ""))
        self.position = QLineEdit(d.get("position") or "")
        self.workplace = QLineEdit(d.get("workplace") or "")
        self.unit = QComboBox()
        self.unit.addItem("", None)
        for u in units:
            self.unit.addItem(u["name"], u["id"])
        self.unit.setCurrentIndex(max(0, self.unit.findData(d.get("unit_id"))))
        self.category = QComboBox()
        self.category.addItem("", None)
        for c in CATEGORIES:
            self.category.addItem(category_label(c), c)
        self.category.setCurrentIndex(max(0, self.category.findData(d.get("category"))))
        self.phone = QLineEdit(d.get("phone") or "")
        self.phone.setPlaceholderText(self.tr("10-digit mobile or 11-digit landline"))
        self.national_id = QLineEdit(d.get("national_id") or "")
        self.national_id.setPlaceholderText(self.tr("12-digit CCCD or 9-digit CMND"))
        self.status = QComboBox()
        for s in STATUSES:
            self.status.addItem(status_label(s), s)
        self.status.setCurrentIndex(max(0, self.status.findData(d.get("status") or "active")))
        self.presidium = QCheckBox(self.tr("Sits in the presidium"))
        self.presidium.setChecked(bool(d.get("presidium")))
        self.rank = QSpinBox()
        self.rank.setRange(0, 9999)
        self.rank.setSpecialValueText(self.tr("none"))
        self.rank.setValue(d.get("rank") or 0)
        self.note = QPlainTextEdit(d.get("note") or "")
        self.note.setFixedHeight(60)
        # The profile the credentials report counts (personal data, like the ID number).
        self.party_member = self._combo([(self.tr("Yes"), 1), (self.tr("No"), 0)], d.get("party_member"))
        self.education = self._combo(self._labels(EDUCATION_LEVELS, {
            "doctorate": self.tr("Doctorate"), "master": self.tr("Master's degree"),
            "university": self.tr("University"), "college": self.tr("College"),
            "vocational": self.tr("Vocational (trung cấp)"), "secondary": self.tr("Secondary school")}),
            d.get("education"))
        self.political_theory = self._combo(self._labels(THEORY_LEVELS, {
            "advanced": self.tr("Advanced (cao cấp)"), "intermediate": self.tr("Intermediate (trung cấp)"),
            "elementary": self.tr("Elementary (sơ cấp)")}), d.get("political_theory"))
        self.social_group = self._combo(self._labels(SOCIAL_GROUPS, {
            "worker": self.tr("Worker"), "farmer": self.tr("Farmer"), "intellectual": self.tr("Intellectual"),
            "business": self.tr("Business person"), "armed_forces": self.tr("Armed forces"),
            "civil_servant": self.tr("Cadre, civil servant, public employee"), "other": self.tr("Other")}),
            d.get("social_group"))

        self.fields = {
            "full_name": (self.tr("Full name:"), self.full_name),
            "gender": (self.tr("Gender:"), self.gender),
            "birth_date": (self.tr("Date of birth:"), self.birth),
            "ethnicity": (self.tr("Ethnicity:"), self.ethnicity),
            "position": (self.tr("Position:"), self.position),
            "workplace": (self.tr("Workplace:"), self.workplace),
            "unit_id": (self.tr("Unit:"), self.unit),
            "category": (self.tr("Category:"), self.category),
            "phone": (self.tr("Phone:"), self.phone),
            "national_id": (self.tr("ID number:"), self.national_id),
            "status": (self.tr("Status:"), self.status),
            "presidium": ("", self.presidium),
            "rank": (self.tr("Protocol rank:"), self.rank),
            "note": (self.tr("Note:"), self.note),
            "party_member": (self.tr("Party member:"), self.party_member),
            "education": (self.tr("Education:"), self.education),
            "political_theory": (self.tr("Political theory:"), self.political_theory),
            "social_group": (self.tr("Social group:"), self.social_group),
        }
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, (label, widget) in self.fields.items():
            box = QWidget()
            v = QVBoxLayout(box)
            v.setContentsMargins(0, 0, 0, 0)
            v.setSpacing(1)
            v.addWidget(widget)
            error = QLabel()
            error.setObjectName(f"error_{key}")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            v.addWidget(error)
            self.errors[key] = error
            form.addRow(label, box)
        if d.get("code"):
            code = QLabel(d["code"])
            code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.insertRow(0, self.tr("Badge code:"), code)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if read_only:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def values(self) -> dict:
        return {
            "full_name": self.full_name.text(),
            "gender": self.gender.currentData(),
            "birth_date": self.birth.text(),
            "ethnicity": self.ethnicity.text(),
            "position": self.position.text(),
            "workplace": self.workplace.text(),
            "unit_id": self.unit.currentData(),
            "category": self.category.currentData(),
            "phone": self.phone.text(),
            "national_id": self.national_id.text(),
            "status": self.status.currentData(),
            "presidium": self.presidium.isChecked(),
            "rank": self.rank.value() or None,
            "note": self.note.toPlainText(),
            "party_member": self.party_member.currentData(),
            "education": self.education.currentData(),
            "political_theory": self.political_theory.currentData(),
            "social_group": self.social_group.currentData(),
        }

    @staticmethod
    def _labels(codes: dict, words: dict) -> list[tuple[str, str]]:
        return [(words.get(code, code), code) for code in codes]

    @staticmethod
    def _combo(items, current) -> QComboBox:
        box = QComboBox()
        box.addItem("", None)
        for label, value in items:
            box.addItem(label, value)
        box.setCurrentIndex(max(0, box.findData(current)) if current is not None else 0)
        return box

    def show_problems(self, exc: ValidationError) -> None:
        for label in self.errors.values():
            label.hide()
        first = None
        for problem in exc.problems:
            key = problem.field if problem.field in self.errors else "full_name"
            self.errors[key].setText(problem.message)
            self.errors[key].show()
            first = first or self.fields[key][1]
        if first is not None:
            first.setFocus()

    def accept(self) -> None:
        try:
            clean_delegate(self.values())
        except ValidationError as exc:
            self.show_problems(exc)
            return
        super().accept()


def unit_choices(db) -> list[dict]:
    return registry.list_units(db)
