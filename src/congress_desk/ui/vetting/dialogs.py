"""Dialogs of the vetting tab: move a nomination on (with a reason), a council meeting and
its votes (pass or fail shown live with the figures), public comment."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.errors import UserError
from ...core.vetting.council import decide
from ...core.vetting.workflow import NEEDS_REASON, state_label


class TransitionDialog(QDialog):
    """Choose the next state, give the reason; a decision number where one is due."""

    def __init__(self, parent, nominee: str, targets: list[str], *, problems: list[str] | None = None,
                 target: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move the nomination on"))
        self.setMinimumWidth(480)
        self.target = QComboBox()
        self.target.setObjectName("transition_target")
        for t in targets:
            self.target.addItem(state_label(t), t)
        if target is not None and self.target.findData(target) >= 0:
            self.target.setCurrentIndex(self.target.findData(target))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("transition_reason")
        self.reason.setPlaceholderText(self.tr("Why (required to return or reject)"))
        self.reason.setFixedHeight(70)
        self.decision_number = QLineEdit()
        self.decision_number.setPlaceholderText(self.tr("e.g. 2650/QĐ-UBND"))
        self.decision_date = QDateEdit(QDate.currentDate())
        self.decision_date.setCalendarPopup(True)
        self.decision_date.setDisplayFormat("dd/MM/yyyy")
        self.force = QCheckBox(self.tr("Go on despite the failed checks (the reason is recorded)"))
        self.force.setObjectName("transition_force")
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        if problems:
            self.problems.setText(self.tr("Open findings:") + "\n" + "\n".join("• " + p for p in problems))
        self.problems.setVisible(bool(problems))
        self.force.setVisible(bool(problems))
        form = QFormLayout()
        form.addRow(self.tr("Nomination"), QLabel(nominee))
        form.addRow(self.tr("Move to"), self.target)
        form.addRow(self.tr("Reason"), self.reason)
        self.decision_row = QHBoxLayout()
        self.decision_row.addWidget(self.decision_number, 2)
        self.decision_row.addWidget(self.decision_date, 1)
        self.decision_label = QLabel(self.tr("Decision No., date"))
        form.addRow(self.decision_label, self.decision_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.force)
        layout.addWidget(buttons)
        self.target.currentIndexChanged.connect(self._update)
        self._update()

    def _needs_decision(self) -> bool:
        return self.target.currentData() in ("approved", "awarded", "submitted_upward")

    def _update(self, *_a) -> None:
        show = self._needs_decision()
        self.decision_label.setVisible(show)
        self.decision_number.setVisible(show)
        self.decision_date.setVisible(show)
        if self.target.currentData() == "submitted_upward":
            self.decision_label.setText(self.tr("Proposal (Tờ trình) No., date"))
            self.decision_number.setPlaceholderText(self.tr("e.g. 95/TTr-UBND"))
        else:
            self.decision_label.setText(self.tr("Decision No., date"))
            self.decision_number.setPlaceholderText(self.tr("e.g. 2650/QĐ-UBND"))

    def _accept(self) -> None:
        if self.target.currentData() in NEEDS_REASON and not self.reason.toPlainText().strip():
            self.problems.setText(self.tr("Give a reason for “{to}”").format(to=self.target.currentText()))
            self.problems.show()
            return
        self.accept()

    def values(self) -> dict:
        out = {"target": self.target.currentData(), "reason": self.reason.toPlainText().strip(),
               "force": self.force.isChecked()}
        if self._needs_decision() and self.decision_number.text().strip():
            which = "submission" if out["target"] == "submitted_upward" else "decision"
            out[f"{which}_number"] = self.decision_number.text().strip()
            out[f"{which}_date"] = self.decision_date.date().toString("yyyy-MM-dd")
        return out


class JudgeDialog(QDialog):
    """A person's verdict on what the law leaves to judgement ("outstanding in the movement"),
    with what it rests on."""

    def __init__(self, parent, nominee: str, questions: list[str], *, verdict=None, note: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Judge the achievements"))
        self.setMinimumWidth(480)
        self.verdict = QComboBox()
        self.verdict.setObjectName("judge_verdict")
        for text, value in ((self.tr("Not judged yet"), None), (self.tr("Met"), True), (self.tr("Not met"), False)):
            self.verdict.addItem(text, value)
        self.verdict.setCurrentIndex(self.verdict.findData(verdict) if verdict is not None else 0)
        self.note = QPlainTextEdit(note)
        self.note.setObjectName("judge_note")
        self.note.setPlaceholderText(self.tr("On what the judgement rests (the achievement summary, the unit's proposal …)"))
        self.note.setFixedHeight(70)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b00020")
        self.problems.hide()
        form = QFormLayout()
        form.addRow(self.tr("Nomination"), QLabel(nominee))
        asked = QLabel("\n".join("• " + q for q in questions))
        asked.setWordWrap(True)
        form.addRow(self.tr("To judge"), asked)
        form.addRow(self.tr("Verdict"), self.verdict)
        form.addRow(self.tr("Grounds"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        if self.verdict.currentData() is not None and not self.note.toPlainText().strip():
            self.problems.setText(self.tr("Say on what the judgement rests"))
            self.problems.show()
            return
        self.accept()

    def values(self) -> dict:
        return {"verdict": self.verdict.currentData(), "note": self.note.toPlainText().strip()}


class CouncilDialog(QDialog):
    """A council meeting: members in total, present, written votes; approvals per nomination.

    The result of each line is computed by the rule of its form as the figures are typed,
    with the figures beside it."""

    def __init__(self, parent, nominations: list[dict], forms, meetings: list[dict]):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Council meeting and vote"))
        self.resize(940, 560)
        self.forms = forms
        self.nominations = nominations
        self.meeting = QComboBox()
        self.meeting.setObjectName("council_meeting")
        self.meeting.addItem(self.tr("New meeting"), None)
        for m in meetings:
            self.meeting.addItem(f"{m['held_on']} — {m.get('title') or ''} ({m['members_present']}/{m['members_total']})", m["id"])
        self._meetings = {m["id"]: m for m in meetings}
        self.held_on = QDateEdit(QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("dd/MM/yyyy")
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. Meeting no. 2 of the city council"))
        self.total = QSpinBox()
        self.total.setObjectName("council_total")
        self.total.setRange(1, 500)
        self.total.setValue(25)
        self.present = QSpinBox()
        self.present.setObjectName("council_present")
        self.present.setRange(0, 500)
        self.present.setValue(21)
        self.written = QSpinBox()
        self.written.setObjectName("council_written")
        self.written.setRange(0, 500)
        self.written.setValue(4)
        form = QFormLayout()
        form.addRow(self.tr("Meeting"), self.meeting)
        form.addRow(self.tr("Date"), self.held_on)
        form.addRow(self.tr("Title"), self.title_edit)
        counts = QHBoxLayout()
        for label, box in ((self.tr("Members in total"), self.total), (self.tr("Present"), self.present),
                           (self.tr("Written votes from absent members"), self.written)):
            counts.addWidget(QLabel(label))
            counts.addWidget(box)
        counts.addStretch(1)
        form.addRow(counts)

        self.table = QTableWidget(len(nominations), 5)
        self.table.setObjectName("council_votes")
        self.table.setHorizontalHeaderLabels([self.tr("Nominee"), self.tr("Form"), self.tr("Rule"),
                                              self.tr("Approvals"), self.tr("Result")])
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.approvals: list[QSpinBox] = []
        for row, n in enumerate(nominations):
            form_ = forms.get(n["form"])
            rule = form_.vote
            rule_text = (self.tr("≥ {pct}% of all members") if rule.base == "all_members"
                         else self.tr("≥ {pct}% of those voting")).format(pct=float(rule.threshold_percent)).replace(".0%", "%")
            self.table.setItem(row, 0, _item(f"#{n['id']} {n['nominee']}"))
            self.table.setItem(row, 1, _item(form_.short))
            self.table.setItem(row, 2, _item(rule_text))
            spin = QSpinBox()
            spin.setRange(-1, 500)
            spin.setValue(-1)
            spin.setSpecialValueText(self.tr("not voted"))
            spin.valueChanged.connect(self._recompute)
            self.table.setCellWidget(row, 3, spin)
            self.approvals.append(spin)
            self.table.setItem(row, 4, _item(""))
        if self.approvals:   # "không bỏ phiếu" whole in the box, not "ông bỏ phiếu"
            self.table.setColumnWidth(3, max(self.table.columnWidth(3), self.approvals[0].sizeHint().width() + 4))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record the votes"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for box in (self.total, self.present, self.written):
            box.valueChanged.connect(self._recompute)
        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        self._recompute()

    def _meeting_changed(self, _index: int) -> None:
        meeting = self._meetings.get(self.meeting.currentData())
        editable = meeting is None
        for w in (self.held_on, self.title_edit, self.total, self.present, self.written):
            w.setEnabled(editable)
        if meeting is not None:
            self.total.setValue(meeting["members_total"])
            self.present.setValue(meeting["members_present"])
            self.written.setValue(meeting["written_votes"])
            self.title_edit.setText(meeting.get("title") or "")
            self.held_on.setDate(QDate.fromString(meeting["held_on"], "yyyy-MM-dd"))
        self._recompute()

    def set_approvals(self, row: int, value: int) -> None:
        self.approvals[row].setValue(value)

    def results(self) -> list:
        """Per line: a VoteResult, a UserError (impossible figures) or None (not voted here)."""
        out = []
        for row, n in enumerate(self.nominations):
            if self.approvals[row].value() < 0:
                out.append(None)
                continue
            try:
                out.append(decide(self.forms.get(n["form"]).vote, members_total=self.total.value(),
                                  members_present=self.present.value(), written_votes=self.written.value(),
                                  approve=self.approvals[row].value()))
            except UserError as exc:
                out.append(exc)
        return out

    def _recompute(self, *_a) -> None:
        voting = self.present.value() + self.written.value()
        for spin in self.approvals:
            spin.setMaximum(max(-1, voting))
        errors = []
        results = self.results()
        for row, result in enumerate(results):
            item = self.table.item(row, 4)
            if result is None:
                item.setText(self.tr("Not voted at this meeting"))
                item.setForeground(Qt.GlobalColor.gray)
                item.setToolTip("")
                continue
            if isinstance(result, UserError):
                item.setText(result.message)
                item.setForeground(Qt.GlobalColor.darkRed)
                errors.append(result.message)
                continue
            verdict = self.tr("PASSES") if result.passed else self.tr("FAILS")
            item.setText(f"{verdict} — {result.detail}")
            item.setToolTip(f"{verdict} — {result.detail}")
            item.setForeground(Qt.GlobalColor.darkGreen if result.passed else Qt.GlobalColor.darkRed)
        self.error.setText(errors[0] if errors else "")
        self.ok_button.setEnabled(not errors and any(r is not None for r in results))

    def _accept(self) -> None:
        if not self.ok_button.isEnabled():
            return
        self.accept()

    def values(self) -> dict:
        return {
            "meeting_id": self.meeting.currentData(),
            "meeting": {"held_on": self.held_on.date().toString("yyyy-MM-dd"), "title": self.title_edit.text().strip(),
                        "members_total": self.total.value(), "members_present": self.present.value(),
                        "written_votes": self.written.value()},
            "votes": [(n["id"], self.approvals[row].value()) for row, n in enumerate(self.nominations)
                      if self.approvals[row].value() >= 0],
        }


class PublicCommentDialog(QDialog):
    def __init__(self, parent, nominee: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Public comment"))
        self.start = QDateEdit(QDate.currentDate().addDays(-14))
        self.end = QDateEdit(QDate.currentDate())
        for d in (self.start, self.end):
            d.setCalendarPopup(True)
            d.setDisplayFormat("dd/MM/yyyy")
        self.result = QLineEdit()
        self.result.setPlaceholderText(self.tr("e.g. No comments received"))
        form = QFormLayout()
        form.addRow(self.tr("Nomination"), QLabel(nominee))
        form.addRow(self.tr("Published from"), self.start)
        form.addRow(self.tr("Until"), self.end)
        form.addRow(self.tr("Outcome"), self.result)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {"start": self.start.date().toString("yyyy-MM-dd"), "end": self.end.date().toString("yyyy-MM-dd"),
                "result": self.result.text().strip()}


class ClustersDialog(QDialog):
    """Which unit led which emulation cluster or block (cụm, khối thi đua) in a year: the
    test of the city's Cờ thi đua. One row per unit; the cluster's name where it led."""

    def __init__(self, parent, units: list[dict], leaders: dict[tuple[int, int], str], year: int):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Emulation clusters and blocks"))
        self.resize(620, 560)
        self.leaders = leaders
        self.units = units
        self.year = QSpinBox()
        self.year.setObjectName("clusters_year")
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.table = QTableWidget(len(units), 2)
        self.table.setObjectName("clusters_table")
        self.table.setHorizontalHeaderLabels([self.tr("Unit"), self.tr("Led the cluster or block")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        for row, u in enumerate(units):
            self.table.setItem(row, 0, _item(u["name"]))
        self._fill()
        self.year.valueChanged.connect(self._fill)
        form = QFormLayout()
        form.addRow(self.tr("Year"), self.year)
        hint = QLabel(self.tr("Write the name of the cluster or block the unit led that year (e.g. Cụm thi đua các quận); leave empty otherwise."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _fill(self, *_a) -> None:
        year = self.year.value()
        for row, u in enumerate(self.units):
            self.table.setItem(row, 1, QTableWidgetItem(self.leaders.get((u["id"], year), "")))

    def values(self) -> tuple[int, list[tuple[int, str]]]:
        """(year, [(unit id, cluster or "")]) for the rows that changed."""
        year = self.year.value()
        out = []
        for row, u in enumerate(self.units):
            item = self.table.item(row, 1)
            text = item.text().strip() if item else ""
            if text != self.leaders.get((u["id"], year), ""):
                out.append((u["id"], text))
        return year, out


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
    return item
