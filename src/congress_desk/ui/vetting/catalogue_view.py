"""The catalogue page of the vetting tab: the forms of the event's regime with their criteria,
sources and vote rules; parameters and thresholds are edited in place and stored in the event file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.event import regime_label
from ...core.vetting import catalogue as C

ROLE_EDIT = Qt.ItemDataRole.UserRole + 1


class CatalogueView(QWidget):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("catalogue_tree")
        self.tree.setHeaderLabels([self.tr("Form / criterion"), self.tr("Parameter"), self.tr("Value"),
                                   self.tr("Legal source"), self.tr("Status")])
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.setColumnWidth(0, 330)
        self.tree.setColumnWidth(1, 130)
        self.tree.setColumnWidth(2, 80)
        self.tree.setColumnWidth(3, 420)
        self.tree.itemChanged.connect(self._edited)
        self.reset_button = QPushButton(self.tr("Restore the shipped catalogue"))
        self.reset_button.clicked.connect(self._reset)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Double-click a value to change it. Entries marked “unverified” were not checked against the text of the law.")), 1)
        bar.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(bar)
        layout.addWidget(self.tree)
        self._loading = False

    def status_text(self, status: str) -> str:
        return {"verified": self.tr("verified"), "unverified": self.tr("unverified"),
                "edited": self.tr("edited for this event"), "event": self.tr("council regulation")}.get(status, status)

    def param_text(self, param: str) -> str:
        name = param.rsplit(".", 1)[-1]
        return {"title": self.tr("title"), "titles": self.tr("titles"), "count": self.tr("times in a row"),
                "within_years": self.tr("within years"), "min_level": self.tr("lowest level"),
                "min_percent": self.tr("minimum %"), "max_percent": self.tr("maximum %"), "min": self.tr("minimum"),
                "min_years_since": self.tr("years since"), "field": self.tr("field"), "term_years": self.tr("years per term"),
                "min_length": self.tr("minimum length"), "base": self.tr("base"), "strict": self.tr("strictly above"),
                "or_excellent": self.tr("or excellent completion")}.get(name, name)

    def value_text(self, cat, crit_type: str, param: str, value) -> str:
        """A parameter's value in words: a title's name, a level, a field — never a code."""
        name = param.rsplit(".", 1)[-1]
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if name == "title":
            return cat.title_name(value)
        if name == "titles":
            return ", ".join(cat.title_name(v) for v in value)
        if name == "min_level":
            return C.discipline_label(value) if crit_type == "no_discipline" else C.level_label(value)
        if name == "field":
            return {"years_of_service": self.tr("years of contribution"), "members_ldtt": self.tr("advanced workers"),
                    "members_completed": self.tr("members who completed their tasks"),
                    "members_cstdcs": self.tr("grassroots emulation fighters")}.get(value, value)
        if name == "base":
            return {"unit_ldtt": self.tr("the unit's advanced workers")}.get(value, value)
        return str(value)

    def subject_text(self, applies_to: str | None) -> str:
        return {"individual": self.tr("individuals"), "collective": self.tr("collectives")}.get(applies_to or "", "")

    def certificate_text(self, certificate: str) -> str:
        return {"bang_khen": self.tr("printed on the Bằng khen blank"),
                "chung_nhan": self.tr("printed on the title's certificate blank"),
                "flag": self.tr("a flag: not printed"),
                "central": self.tr("not printed by the committee")}.get(certificate, certificate)

    def _row(self, parent, texts, edit=None, status=""):
        item = QTreeWidgetItem(parent, [str(t) for t in texts] + [self.status_text(status)])
        if edit is not None:
            item.setData(2, ROLE_EDIT, edit)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
            item.setForeground(2, QBrush(QColor("#0d47a1")))
        if status == "unverified":
            item.setForeground(4, QBrush(QColor("#b00020")))
        return item

    def reload(self, db) -> None:
        self._loading = True
        self.tree.clear()
        if db is None:
            self.heading.setText("")
            self._loading = False
            return
        cat = C.load_catalogue(db)
        self.heading.setText(self.tr("<b>Legal regime:</b> {regime}").format(regime=regime_label(cat.regime)))
        council = self._row(self.tree, [self.tr("Council regulation (forms the law leaves to the council)"), "", "", cat.council.source],
                            status=cat.council.status)
        self._row(council, ["", self.tr("threshold %"), C._num(cat.council.threshold_percent), ""],
                  edit=("council", None, "threshold_percent"))
        self._row(council, ["", self.tr("quorum"), str(cat.council.quorum_fraction), ""], edit=("council", None, "quorum_fraction"))
        council.setExpanded(True)
        for form in cat.ordered():
            flags = [C.authority_label(form.authority), C.route_label(form.route), self.certificate_text(form.certificate)]
            if form.public_comment:
                flags.append(self.tr("public comment"))
            if form.movement:
                flags.append(self.tr("five-year movement"))
            top = self._row(self.tree, [f"{form.short} — {form.name}", "", "", "; ".join(flags)],
                            status="unverified" if form.unverified() else "")
            if form.public_comment:
                self._row(top, [self.tr("Public comment before the vote"), "", "", form.public_comment_source],
                          status=form.public_comment_status)
            if form.city_form:
                vote = self._row(top, [self.tr("Council vote"), self.tr("threshold %"), C._num(form.vote.threshold_percent), form.vote.source],
                                 edit=("vote", form.code, "threshold_percent"), status=form.vote.status)
                vote.setToolTip(0, self.tr("of all members") if form.vote.base == "all_members" else self.tr("of those voting"))
            for crit in form.criteria:
                subject = self.subject_text(crit.applies_to)
                label = crit.title() + (f" ({subject})" if subject else "")
                item = self._criterion(top, cat, form, crit.id, crit.type, label, crit.params, crit.source, crit.status, "")
                item.setExpanded(True)
        self.tree.expandAll()
        self._loading = False

    def _criterion(self, parent, cat, form, crit_id, crit_type, label, params, source, status, prefix):
        """A criterion's row, one row per editable number, and its branches (any-of, all-of) below it."""
        numbers = {k: v for k, v in params.items() if isinstance(v, (int, float)) and not isinstance(v, bool)}
        words = [f"{self.param_text(k)}: {self.value_text(cat, crit_type, k, v)}" for k, v in params.items()
                 if k not in numbers and k not in ("options", "all")]
        text = label + (f" — {'; '.join(words)}" if words else "")
        if not numbers:
            item = self._row(parent, [text, "", "", source], status=status)
        else:
            item = None
            for i, (param, value) in enumerate(numbers.items()):
                row = self._row(parent, [text if i == 0 else "", self.param_text(param), value, source if i == 0 else ""],
                                edit=("criterion", form.code, crit_id, prefix + param), status=status if i == 0 else "")
                item = item or row
        for j, part in enumerate(params.get("options", []) + params.get("all", [])):
            branch = str(part.get("id", j))
            sub = C.Criterion(branch, part["type"], part.get("label", ""), dict(part.get("params", {})))
            self._criterion(item, cat, form, crit_id, part["type"], sub.title(), part.get("params", {}),
                            part.get("source", ""), part.get("status", ""), f"{prefix}{branch}.")
        return item

    def _edited(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 2:
            return
        what = item.data(2, ROLE_EDIT)
        if not what:
            return
        value = item.text(2).strip().replace(",", ".")
        window = self.tab.window_
        if what[0] == "criterion":
            _kind, code, crit_id, param = what
            window.run_write(lambda db, progress, cancel: C.set_criterion_param(db, code, crit_id, param, value),
                             on_error=self.tab.show_error)
        elif what[0] == "vote":
            window.run_write(lambda db, progress, cancel: C.set_vote_threshold(db, what[1], value),
                             on_error=self.tab.show_error)
        elif what[2] == "threshold_percent":
            window.run_write(lambda db, progress, cancel: C.set_vote_threshold(db, None, value), on_error=self.tab.show_error)
        else:
            cat = C.load_catalogue(window.event_file.db)
            window.run_write(lambda db, progress, cancel: C.set_vote_threshold(
                db, None, C._num(cat.council.threshold_percent), quorum_fraction=value), on_error=self.tab.show_error)

    def _reset(self) -> None:
        self.tab.window_.run_write(lambda db, progress, cancel: C.reset_catalogue(db))
