"""Add or edit a nomination by hand. Evidence is typed the way the units' template has it
("LĐTT 2018 (QĐ 12/QĐ-UBND); CSTĐCS 2019"), so one syntax serves both."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from ...core.vetting.importer import format_discipline, format_initiatives, format_titles


def _spin(low: int, high: int, special: str | None = None) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    if special is not None:
        box.setSpecialValueText(special)
        box.setValue(low)
    return box


class NominationForm(QDialog):
    def __init__(self, parent, *, catalogue, units: list[dict], delegates: list[dict], nomination: dict | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit nomination") if nomination else self.tr("New nomination"))
        self.resize(720, 640)
        self.catalogue = catalogue
        self._delegates = {d["id"]: d for d in delegates}
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Individual"), "individual")
        self.kind.addItem(self.tr("Collective"), "collective")
        self.nominee = QLineEdit()
        self.nominee.setObjectName("form_nominee")
        self.delegate = QComboBox()
        self.delegate.setObjectName("form_delegate")
        self.delegate.addItem(self.tr("Not a delegate"), None)
        for d in delegates:
            self.delegate.addItem(f"{d['full_name']} — {d.get('unit') or ''} ({d['code']})", d["id"])
        self.delegate.setEditable(True)
        self.delegate.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.delegate.currentIndexChanged.connect(self._delegate_chosen)
        self.unit = QComboBox()
        self.unit.setObjectName("form_unit")
        for u in units:
            self.unit.addItem(u["name"], u["id"])
        self.form = QComboBox()
        self.form.setObjectName("form_form")
        # Only what the city decides or proposes upward: grassroots titles are evidence.
        for f in catalogue.city_forms():
            self.form.addItem(f"{f.short} — {f.name}", f.code)
        self.position = QLineEdit()
        self.birth_year = _spin(1899, 2100, "—")
        self.year = _spin(1944, 2100, "—")
        self.proposal_number = QLineEdit()
        self.proposal_number.setPlaceholderText(self.tr("e.g. 12/TTr-UBND"))
        self.proposal_date = QLineEdit()
        self.proposal_date.setPlaceholderText(self.tr("day/month/year"))
        self.summary = QPlainTextEdit()
        self.summary.setFixedHeight(70)
        self.years_of_service = _spin(-1, 80, "—")
        self.excellent = QCheckBox(self.tr("Completed tasks excellently"))
        self.posthumous = QCheckBox(self.tr("Posthumous"))
        self.received_by = QLineEdit()
        self.received_by.setObjectName("form_received_by")
        self.received_by.setPlaceholderText(self.tr("Family member who receives it, e.g. Bà Nguyễn Thị Hoa (vợ)"))
        self.counts = {key: _spin(-1, 100000, "—") for key in
                       ("members_total", "members_ldtt", "members_completed", "members_cstdcs")}
        self.titles = QPlainTextEdit()
        self.titles.setObjectName("form_titles")
        self.titles.setPlaceholderText("LĐTT 2017, 2018 (QĐ 12/QĐ-UBND); CSTĐCS 2019 (QĐ 45/QĐ-UBND)")
        self.initiatives = QPlainTextEdit()
        self.initiatives.setObjectName("form_initiatives")
        self.initiatives.setPlaceholderText("Tên sáng kiến (cơ sở | thành phố | toàn quốc, 15/QĐ-HĐKH, đã dùng CSTĐCS 2018)")
        self.discipline = QPlainTextEdit()
        self.discipline.setPlaceholderText("khiển trách 2018")
        for box in (self.titles, self.initiatives, self.discipline):
            box.setFixedHeight(54)

        main = QFormLayout()
        main.addRow(self.tr("Kind"), self.kind)
        main.addRow(self.tr("Delegate"), self.delegate)
        main.addRow(self.tr("Name of the nominee"), self.nominee)
        main.addRow(self.tr("Position, workplace"), self.position)
        main.addRow(self.tr("Born"), self.birth_year)
        main.addRow(self.tr("Proposing unit"), self.unit)
        main.addRow(self.tr("Form proposed"), self.form)
        main.addRow(self.tr("Year of the achievements"), self.year)
        main.addRow(self.tr("Proposal No."), self.proposal_number)
        main.addRow(self.tr("Proposal date"), self.proposal_date)
        main.addRow(self.tr("Achievements"), self.summary)
        main.addRow(self.tr("Years of contribution"), self.years_of_service)
        main.addRow("", self.excellent)
        main.addRow("", self.posthumous)
        main.addRow(self.tr("Received by"), self.received_by)
        group = QGroupBox(self.tr("Collective: members"))
        grid = QGridLayout(group)
        for i, (key, label) in enumerate((("members_total", self.tr("in total")), ("members_ldtt", self.tr("LĐTT")),
                                          ("members_completed", self.tr("completed tasks")), ("members_cstdcs", self.tr("CSTĐCS")))):
            grid.addWidget(QLabel(label), 0, i)
            grid.addWidget(self.counts[key], 1, i)
        self.members_group = group
        evidence = QFormLayout()
        evidence.addRow(self.tr("Titles held"), self.titles)
        evidence.addRow(self.tr("Initiatives"), self.initiatives)
        evidence.addRow(self.tr("Discipline"), self.discipline)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        layout = QVBoxLayout(self)
        layout.addLayout(main)
        layout.addWidget(group)
        layout.addLayout(evidence)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if nomination:
            self._fill(nomination)
        self._kind_changed()

    def _fill(self, n: dict) -> None:
        self.kind.setCurrentIndex(self.kind.findData(n["kind"]))
        if n.get("delegate_id"):
            self.delegate.setCurrentIndex(max(0, self.delegate.findData(n["delegate_id"])))
        self.nominee.setText(n["nominee"])
        self.position.setText(n.get("position") or "")
        self.birth_year.setValue(n.get("birth_year") or self.birth_year.minimum())
        self.unit.setCurrentIndex(max(0, self.unit.findData(n.get("unit_id"))))
        if self.form.findData(n["form"]) < 0:   # an old file's grassroots title: shown as it is, not changed
            self.form.addItem(n["form"], n["form"])
        self.form.setCurrentIndex(max(0, self.form.findData(n["form"])))
        self.year.setValue(n.get("year") or self.year.minimum())
        self.proposal_number.setText(n.get("proposal_number") or "")
        if n.get("proposal_date"):
            y, m, d = n["proposal_date"].split("-")
            self.proposal_date.setText(f"{d}/{m}/{y}")
        self.summary.setPlainText(n.get("summary") or "")
        self.years_of_service.setValue(n["years_of_service"] if n.get("years_of_service") is not None else -1)
        self.excellent.setChecked(bool(n.get("excellent_completion")))
        self.posthumous.setChecked(bool(n.get("posthumous")))
        self.received_by.setText(n.get("received_by") or "")
        for key, box in self.counts.items():
            box.setValue(n[key] if n.get(key) is not None else -1)
        self.titles.setPlainText(format_titles(n["titles"], self.catalogue))
        self.initiatives.setPlainText(format_initiatives(n["initiatives"], self.catalogue))
        self.discipline.setPlainText(format_discipline(n["discipline"]))

    def _kind_changed(self, *_a) -> None:
        collective = self.kind.currentData() == "collective"
        self.members_group.setEnabled(collective)
        self.delegate.setEnabled(not collective)
        self.birth_year.setEnabled(not collective)

    def _delegate_chosen(self, _index: int) -> None:
        d = self._delegates.get(self.delegate.currentData())
        if d is None:
            return
        self.nominee.setText(d["full_name"])
        if d.get("birth_year"):
            self.birth_year.setValue(d["birth_year"])
        if d.get("position"):
            self.position.setText(d["position"])
        index = self.unit.findData(d.get("unit_id"))
        if index >= 0:
            self.unit.setCurrentIndex(index)

    def _accept(self) -> None:
        if not self.nominee.text().strip():
            self.error.setText(self.tr("Write the nominee's name"))
            return
        self.accept()

    def values(self) -> dict:
        def num(box):
            return None if box.value() == box.minimum() else box.value()

        data = {
            "kind": self.kind.currentData(), "nominee": self.nominee.text(),
            "delegate_id": self.delegate.currentData() if self.kind.currentData() == "individual" else None,
            "position": self.position.text(), "birth_year": num(self.birth_year), "unit_id": self.unit.currentData(),
            "form": self.form.currentData(), "year": num(self.year), "proposal_number": self.proposal_number.text(),
            "proposal_date": self.proposal_date.text(), "summary": self.summary.toPlainText(),
            "years_of_service": num(self.years_of_service), "excellent_completion": self.excellent.isChecked(),
            "posthumous": self.posthumous.isChecked(),
            "received_by": self.received_by.text().strip() if self.posthumous.isChecked() else "",
        }
        for key, box in self.counts.items():
            data[key] = num(box) if self.kind.currentData() == "collective" else None
        return {"data": data, "titles": self.titles.toPlainText(), "initiatives": self.initiatives.toPlainText(),
                "discipline": self.discipline.toPlainText()}
