"""The Xét khen thưởng tab: nominations with their findings and history, the workflow with
reasons, council votes, the ceremony running order and the catalogue of the event's regime."""

from __future__ import annotations

import html
import json

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core import registry
from ...core.changes import Changes
from ...core.fields import format_datetime
from ...core.vetting import ceremony, council, importer, workflow
from ...core.vetting.catalogue import authority_label as C_authority_label
from ...core.vetting.catalogue import discipline_label, level_label, load_catalogue
from ...core.vetting.catalogue import route_label as C_route_label
from ...core.vetting.nominations import (
    get_nomination,
    history,
    list_nominations,
)
from ...core.vetting.rules import evaluate, evaluate_all
from ...core.vetting.schema import STATES
from .. import tasks
from ..errors import show_user_error
from ..widgets import ElidedLabel
from . import actions
from .catalogue_view import CatalogueView
from .dialogs import (
    ClustersDialog,
    CouncilDialog,
    JudgeDialog,
    PublicCommentDialog,
    TransitionDialog,
)
from .form import NominationForm
from .model import CeremonyModel, NominationModel


class VettingTab(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.model = NominationModel(self)
        self.catalogue = None

        # ------------------------------------------------ nominations page
        self.search = QLineEdit()
        self.search.setObjectName("vetting_search")
        self.search.setPlaceholderText(self.tr("Search nominee, unit, form, document number… (accents optional)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.model.set_filter(text) or self._update_count())
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("vetting_state_filter")
        self.state_filter.addItem(self.tr("All states"), None)
        for s in STATES:
            self.state_filter.addItem(workflow.state_label(s), s)
        self.state_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter(state=self.state_filter.currentData()) or self._update_count())
        self.form_filter = QComboBox()
        self.form_filter.setObjectName("vetting_form_filter")
        self.form_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter(form=self.form_filter.currentData()) or self._update_count())
        self.unit_filter = QComboBox()
        self.unit_filter.setObjectName("vetting_unit_filter")
        self.unit_filter.setMinimumWidth(200)
        self.unit_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter(unit_id=self.unit_filter.currentData()) or self._update_count())
        self.problems_only = QCheckBox(self.tr("Only with problems"))
        self.problems_only.toggled.connect(lambda on: self.model.set_filter(only_problems=on) or self._update_count())
        self.count_label = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.state_filter, 1)
        bar.addWidget(self.form_filter, 1)
        bar.addWidget(self.unit_filter, 2)
        bar.addWidget(self.problems_only)
        bar.addWidget(self.count_label)

        self.table = QTableView()
        self.table.setObjectName("nomination_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        for column, width in enumerate((46, 210, 70, 100, 190, 140, 90)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.move_on())

        self.detail = QTextBrowser()
        self.detail.setObjectName("nomination_detail")
        self.detail.setOpenExternalLinks(False)
        self.history = QTreeWidget()
        self.history.setObjectName("nomination_history")
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("From"), self.tr("To"), self.tr("Reason")])
        self.history.setRootIsDecorated(False)
        self.history.setColumnWidth(0, 150)
        side_tabs = QTabWidget()
        side_tabs.addTab(self.detail, self.tr("File and findings"))
        side_tabs.addTab(self.history, self.tr("History"))
        self.side_tabs = side_tabs

        self.move_button = QPushButton(self.tr("Move on…"))
        self.move_button.setObjectName("vetting_move")
        self.move_button.clicked.connect(self.move_on)
        self.vote_button = QPushButton(self.tr("Council vote…"))
        self.vote_button.setObjectName("vetting_vote")
        self.vote_button.clicked.connect(self.council_vote)
        self.comment_button = QPushButton(self.tr("Public comment…"))
        self.comment_button.clicked.connect(self.public_comment)
        self.judge_button = QPushButton(self.tr("Judge…"))
        self.judge_button.setObjectName("vetting_judge")
        self.judge_button.setToolTip(self.tr("Record a person's verdict on what the law leaves to judgement (outstanding in the movement)"))
        self.judge_button.clicked.connect(self.judge)
        self.clusters_button = QPushButton(self.tr("Clusters and blocks…"))
        self.clusters_button.setObjectName("vetting_clusters")
        self.clusters_button.setToolTip(self.tr("Which unit led which emulation cluster or block (the test of the city's emulation flag)"))
        self.clusters_button.clicked.connect(self.clusters)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(self.export_dialog)
        self.import_button = QPushButton(self.tr("Import from a spreadsheet…"))
        self.import_button.clicked.connect(self.import_dialog)
        self.template_button = QPushButton(self.tr("Blank template…"))
        self.template_button.clicked.connect(self.template_dialog)
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.clicked.connect(self.add_nomination)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.national_toggle = QPushButton(self.tr("For the national congress"))
        self.national_toggle.setCheckable(True)
        self.national_toggle.setToolTip(self.tr("Choose this nomination for the national congress (within the quota)"))
        self.national_toggle.clicked.connect(self._toggle_national)
        actions = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.judge_button, self.move_button, self.vote_button,
                  self.comment_button, self.national_toggle):
            actions.addWidget(b)
        actions.addStretch(1)
        actions.addWidget(self.clusters_button)
        actions.addWidget(self.template_button)
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(side_tabs)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        page = QWidget()
        pv = QVBoxLayout(page)
        pv.addLayout(bar)
        pv.addWidget(splitter, 1)
        pv.addLayout(actions)

        # ------------------------------------------------ ceremony page
        self.ceremony_model = CeremonyModel(self)
        self.batch_size = QSpinBox()
        self.batch_size.setObjectName("ceremony_batch_size")
        self.batch_size.setRange(1, 100)
        self.batch_size.editingFinished.connect(self._batch_size_changed)
        self.national_quota = QSpinBox()
        self.national_quota.setRange(0, 1000)
        self.national_quota.editingFinished.connect(self._national_quota_changed)
        self.national_button = QPushButton(self.tr("Choose for the national congress (highest forms first)"))
        self.national_button.clicked.connect(self._choose_national)
        self.ceremony_summary = ElidedLabel()  # long text never widens the window (issue 14)
        cbar = QHBoxLayout()
        cbar.addWidget(QLabel(self.tr("People per stage batch")))
        cbar.addWidget(self.batch_size)
        cbar.addSpacing(20)
        cbar.addWidget(QLabel(self.tr("National congress quota")))
        cbar.addWidget(self.national_quota)
        cbar.addWidget(self.national_button)
        cbar.addStretch(1)
        cbar.addWidget(self.ceremony_summary)
        self.ceremony_table = QTableView()
        self.ceremony_table.setObjectName("ceremony_table")
        self.ceremony_table.setModel(self.ceremony_model)
        self.ceremony_table.verticalHeader().hide()
        self.ceremony_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for column, width in enumerate((50, 55, 220, 260, 220, 240, 80)):
            self.ceremony_table.setColumnWidth(column, width)
        cpage = QWidget()
        cv = QVBoxLayout(cpage)
        cv.addLayout(cbar)
        cv.addWidget(self.ceremony_table, 1)

        self.catalogue_view = CatalogueView(self)
        self.pages = QTabWidget()
        self.pages.addTab(page, self.tr("Nominations"))
        self.pages.addTab(cpage, self.tr("Ceremony order"))
        self.pages.addTab(self.catalogue_view, self.tr("Award catalogue"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        window.event_opened.connect(self.reload)
        window.event_closed.connect(self.reload)
        window.event_changed.connect(self._changed)
        self._reload_timer = QTimer(self, singleShot=True, interval=0)
        self._reload_timer.timeout.connect(self.reload)
        self._update_buttons()
        if window.event_file is not None:  # built after the file was opened
            self.reload()

    def title(self) -> str:
        return self.tr("Vetting")

    # ---------------------------------------------------------------- loading
    def _changed(self, changes: Changes) -> None:
        if changes.touches("nominations", "delegates", "units", "seats", "event"):
            self._reload_timer.start()

    def reload(self) -> None:
        event = self.window_.event_file
        selected = self.selected_id()
        if event is None:
            self.catalogue = None
            self.model.load([], {}, {})
            self.ceremony_model.load([])
            self.catalogue_view.reload(None)
            self._fill_filters([], None)
            self._show_detail(None)
            self._update_buttons()
            return
        db = event.db
        if not db["nominations"].exists():  # a file made before vetting existed, opened read-only
            self.detail.setHtml(html.escape(self.tr("This event file has no honoree-vetting tables (it was made by an earlier development version).")))
            return
        self.catalogue = load_catalogue(db)
        rows = list_nominations(db)
        findings = evaluate_all(db, rows, self.catalogue)
        self.model.load(rows, findings, {code: f.short for code, f in self.catalogue.forms.items()})
        self._fill_filters(registry.list_units(db), self.catalogue)
        self._update_count()
        self.ceremony_model.load(ceremony.running_order(db))
        self.batch_size.setValue(ceremony.batch_size(db))
        self.national_quota.setValue(ceremony.national_quota(db))
        entries = self.ceremony_model.entries()
        chosen = sum(1 for r in rows if r["national_congress"])
        self.ceremony_summary.setText(self.tr("{n} on stage in {b} batches · {i} to invite · {c} chosen for the national congress").format(
            n=len(entries), b=max((e.batch for e in entries), default=0),
            i=sum(1 for e in entries if e.delegate_id is None), c=chosen))
        self.catalogue_view.reload(db)
        if selected is not None and self.model.row_of(selected) is not None:
            self.select(selected)
        else:
            self._show_detail(None)
        self._update_buttons()

    def _fill_filters(self, units: list[dict], cat) -> None:
        for combo, items, all_text in (
            (self.unit_filter, [(u["name"], u["id"]) for u in units], self.tr("All proposing units")),
            (self.form_filter, [(f"{f.short} — {f.name}", f.code) for f in cat.ordered()] if cat else [], self.tr("All forms")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(all_text, None)
            for text, data in items:
                combo.addItem(text, data)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))
            combo.blockSignals(False)

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{shown} of {total}").format(
            shown=self.model.rowCount(), total=len(self.model.all_rows())))

    # ---------------------------------------------------------------- selection and detail
    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.row_dict(rows[0].row())["id"]

    def select(self, nomination_id: int) -> bool:
        row = self.model.row_of(nomination_id)
        if row is None:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _selection_changed(self, *_a) -> None:
        event = self.window_.event_file
        nid = self.selected_id()
        self._show_detail(get_nomination(event.db, nid) if event is not None and nid is not None else None)
        self._update_buttons()

    def _show_detail(self, nom: dict | None) -> None:
        self.history.clear()
        if nom is None:
            self.detail.setHtml("<p>" + html.escape(self.tr("Select a nomination to see its file, findings and history.")) + "</p>")
            return
        db = self.window_.event_file.db
        cat = self.catalogue
        form = cat.get(nom["form"])
        from ...core.vetting import export  # openpyxl: loaded when first needed, not at start-up

        e = html.escape
        parts = [f"<h3>#{nom['id']} {e(nom['nominee'])}</h3>"]
        facts = [
            (self.tr("Form"), form.name if form else nom["form"]),
            (self.tr("State"), workflow.state_label(nom["state"])),
            (self.tr("Proposing unit"), nom.get("unit") or ""),
            (self.tr("Proposal"), " ".join(x for x in (nom.get("proposal_number"), export._vn_date(nom.get("proposal_date"))) if x)),
            (self.tr("Position, workplace"), nom.get("position") or ""),
            (self.tr("Delegate"), nom.get("delegate_code") or self.tr("not a delegate (needs an invitation)")),
            (self.tr("Decided by"), (C_authority_label(form.decided_by(nom.get("unit_kind"))) + " — " + C_route_label(form.route)) if form else ""),
            (self.tr("Proposal upward"), " ".join(x for x in (nom.get("submission_number"), export._vn_date(nom.get("submission_date"))) if x)),
            (self.tr("Decision"), " ".join(x for x in (nom.get("decision_number"), export._vn_date(nom.get("decision_date"))) if x)),
            (self.tr("Award register No."), nom.get("register_number") or ""),
            (self.tr("Posthumous, received by"), nom.get("received_by") or "" if nom.get("posthumous") else ""),
            (self.tr("Judgement"), ((self.tr("met") if nom["judgement"] else self.tr("not met")) + ": " + (nom.get("judgement_note") or ""))
             if nom.get("judgement") is not None else ""),
        ]
        if nom["kind"] == "collective":
            facts.append((self.tr("Members"), self.tr("{total} in total, {ldtt} LĐTT, {done} completed their tasks, {cs} CSTĐCS").format(
                total=nom.get("members_total") or "?", ldtt=nom.get("members_ldtt") or "?",
                done=nom.get("members_completed") or "?", cs=nom.get("members_cstdcs") or "?")))
        if nom.get("public_comment_to"):
            facts.append((self.tr("Public comment"), f"{nom['public_comment_from']} – {nom['public_comment_to']} {nom.get('public_comment_result') or ''}"))
        parts.append("<table>" + "".join(f"<tr><td><b>{e(k)}</b>&nbsp;</td><td>{e(str(v))}</td></tr>" for k, v in facts if v) + "</table>")
        findings = evaluate(db, nom["id"])
        findings_title = self.tr("Findings")
        parts.append(f"<h4>{e(findings_title)}</h4><ul>")
        for f in findings:
            colour = {True: "#1b5e20", None: "#e65100"}.get(f.ok, "#b00020")
            mark = {True: "✔", None: "?"}.get(f.ok, "✘")
            source = f"<br><small style='color:#555'>{e(f.source)}</small>" if f.source else ""
            parts.append(f"<li style='color:{colour}'>{mark} {e(f.message)}{source}</li>")
        parts.append("</ul>")
        if nom["titles"]:
            titles_title, no_number = self.tr("Titles held"), self.tr("no decision number")
            parts.append(f"<h4>{e(titles_title)}</h4><ul>")
            for t in nom["titles"]:
                parts.append(f"<li>{t['year']}: {e(cat.title_name(t['title']))} — {e(t.get('decision_number') or no_number)}</li>")
            parts.append("</ul>")
        if nom["initiatives"]:
            initiatives_title = self.tr("Initiatives")
            parts.append(f"<h4>{e(initiatives_title)}</h4><ul>")
            for i in nom["initiatives"]:
                used = self.tr(" — used for {title} {year}").format(title=cat.title_name(i["used_for"]), year=i.get("used_year") or "") if i.get("used_for") else ""
                parts.append(f"<li>{e(i['name'])} ({e(level_label(i['level']))}, {e(i.get('recognition') or '')}){e(used)}</li>")
            parts.append("</ul>")
        if nom["discipline"]:
            discipline_title = self.tr("Discipline")
            parts.append(f"<h4>{e(discipline_title)}</h4><ul>")
            for d in nom["discipline"]:
                parts.append(f"<li>{d.get('year') or ''}: {e(discipline_label(d['level']))} {e(d.get('person') or '')} {e(d.get('note') or '')}</li>")
            parts.append("</ul>")
        for v in council.votes_of(db, nom["id"]):
            verdict = self.tr("passed") if v["passed"] else self.tr("not passed")
            vote_title = self.tr("Council vote")
            parts.append(f"<p><b>{e(vote_title)} {e(v['held_on'])}:</b> {e(verdict)} — {e(v['detail'])}</p>")
        if nom.get("summary"):
            summary_title = self.tr("Achievements")
            parts.append(f"<h4>{e(summary_title)}</h4><p>{e(nom['summary'])}</p>")
        self.detail.setHtml("".join(parts))
        for h in history(db, nom["id"]):
            reason = h.get("reason") or ""
            if h.get("detail"):
                detail = json.loads(h["detail"])
                if "detail" in detail:
                    reason = f"{reason} — {detail['detail']}"
            item = QTreeWidgetItem([format_datetime(h["at"], seconds=True), h.get("actor") or "",
                                    workflow.state_label(h["from_state"]) if h["from_state"] else "",
                                    workflow.state_label(h["to_state"]), reason])
            item.setToolTip(4, reason)
            self.history.addTopLevelItem(item)

    def _update_buttons(self, *_a) -> None:
        event = self.window_.event_file
        writable = event is not None and not event.read_only
        nid = self.selected_id() if event is not None else None
        nom = next((r for r in self.model.all_rows() if r["id"] == nid), None) if nid else None
        self.move_button.setEnabled(writable and nom is not None and nom["state"] not in ("awarded", "rejected"))
        self.vote_button.setEnabled(writable and any(r["state"] == "at_council" for r in self.model.all_rows()))
        form = self.catalogue.get(nom["form"]) if nom and self.catalogue else None
        self.comment_button.setEnabled(writable and form is not None and form.public_comment)
        self.judge_button.setEnabled(writable and form is not None and actions.judged_questions(form) != []
                                     and nom["state"] not in ("awarded", "rejected"))
        self.export_button.setEnabled(event is not None)
        self.import_button.setEnabled(writable)
        self.clusters_button.setEnabled(writable)
        self.add_button.setEnabled(writable)
        self.edit_button.setEnabled(writable and nom is not None and nom["state"] in ("proposed", "returned", "documents_checked"))
        self.national_toggle.setEnabled(writable and nom is not None and nom["state"] in ("approved", "submitted_upward", "awarded"))
        self.national_toggle.setChecked(bool(nom and nom["national_congress"]))
        for w in (self.batch_size, self.national_quota, self.national_button):
            w.setEnabled(writable)

    # ---------------------------------------------------------------- actions
    def _actor(self) -> str | None:
        return self.window_.settings.get("user_name") or None

    def show_error(self, exc) -> None:
        show_user_error(self, exc)
        self._reload_timer.start()

    def move_on(self, target: str | None = None) -> TransitionDialog | None:
        event = self.window_.event_file
        nid = self.selected_id()
        if event is None or event.read_only or nid is None:
            return None
        nom = get_nomination(event.db, nid)
        targets = workflow.allowed_transitions(event.db, nom)
        if not targets:
            return None
        problems = [f.message for f in evaluate(event.db, nid) if not f.ok and f.criterion != "duplicate"]
        dialog = TransitionDialog(self, f"#{nid} {nom['nominee']}", targets, problems=problems, target=target)
        dialog.accepted.connect(lambda: self._do_move(nid, dialog.values()))
        dialog.open()
        return dialog

    def _do_move(self, nid: int, values: dict) -> None:
        actor = self._actor()
        target = values.pop("target")

        def move(db, nid, progress, cancel):
            return workflow.transition(db, nid, target, actor=actor, **values)

        self.window_.run_write(move, nid, on_error=self.show_error)

    def council_vote(self) -> CouncilDialog | None:
        event = self.window_.event_file
        if event is None or event.read_only:
            return None
        at_council = [r for r in self.model.all_rows() if r["state"] == "at_council"]
        nid = self.selected_id()
        at_council.sort(key=lambda r: (r["id"] != nid, self.catalogue.get(r["form"]).rank, r["id"]))
        dialog = CouncilDialog(self, at_council, self.catalogue, council.list_meetings(event.db))
        dialog.accepted.connect(lambda: self._record_votes(dialog.values()))
        dialog.open()
        return dialog

    def _record_votes(self, values: dict) -> None:
        self.window_.run_write(council.record_meeting_votes, values["meeting_id"] or values["meeting"], values["votes"],
                               actor=self._actor(), label=self.tr("Recording the votes…"), on_error=self.show_error)

    def judge(self) -> JudgeDialog | None:
        return actions.judge(self)

    def clusters(self) -> ClustersDialog | None:
        return actions.clusters(self)

    def public_comment(self) -> PublicCommentDialog | None:
        return actions.public_comment(self)

    def _batch_size_changed(self) -> None:
        size = self.batch_size.value()
        if self.window_.event_file is not None and size != ceremony.batch_size(self.window_.event_file.db):
            self.window_.run_write(lambda db, progress, cancel: ceremony.set_batch_size(db, size), on_error=self.show_error)

    def _national_quota_changed(self) -> None:
        quota = self.national_quota.value()
        if self.window_.event_file is not None and quota != ceremony.national_quota(self.window_.event_file.db):
            self.window_.run_write(lambda db, progress, cancel: ceremony.set_national_quota(db, quota), on_error=self.show_error)

    def _choose_national(self) -> None:
        actor = self._actor()
        self.window_.run_write(lambda db, progress, cancel: ceremony.select_for_national(db, ceremony.suggest_national(db), actor=actor),
                               on_error=self.show_error)

    def export_dialog(self) -> None:
        event = self.window_.event_file
        if event is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export honorees"), str(event.path.with_name("khen-thuong.xlsx")),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str):
        event = self.window_.event_file

        def job(path, progress, cancel):
            from ...core.vetting import export

            db = event.connect()
            try:
                return export.export_honorees(db, path)
            finally:
                db.close()

        def done(counts):
            self.window_.statusBar().showMessage(self.tr("Exported {n} commendations to {path}").format(n=counts["annex"], path=path), 8000)

        return tasks.run_op(self, job, path).success(done).with_progress(self.tr("Exporting…")).run()

    # ---------------------------------------------------------------- spreadsheets
    def template_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Blank template for units"), "mau-de-nghi-khen-thuong.xlsx",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            try:
                importer.write_template(path)
            except OSError as exc:
                show_user_error(self, self.tr("Cannot write {path}: {error}").format(path=path, error=exc.strerror))

    def import_dialog(self) -> None:
        event = self.window_.event_file
        if event is None or event.read_only:
            return
        units = registry.list_units(event.db)
        names = [u["name"] for u in units]
        current = self.unit_filter.currentText() if self.unit_filter.currentData() else names[0] if names else ""
        name, ok = QInputDialog.getItem(self, self.tr("Proposing unit"), self.tr("Which unit sent this file?"),
                                        names, max(0, names.index(current)) if current in names else 0, False)
        if not ok or not name:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import nominations"), str(event.path.parent),
                                              self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.csv)"))
        if path:
            self.import_file(path, next(u["id"] for u in units if u["name"] == name))

    def import_file(self, path: str, unit_id: int, *, proposal_number: str | None = None, proposal_date: str | None = None):
        actor = self._actor()

        def job(db, path, progress, cancel):
            return importer.import_nominations(db, path, unit_id=unit_id, proposal_number=proposal_number,
                                               proposal_date=proposal_date, actor=actor, progress=progress, cancel=cancel)

        def done(result):
            text = self.tr("{file}: {n} nominations added.").format(file=result.file, n=len(result.added))
            if result.problems:
                lines = [self.tr("Row {row}: {message}").format(row=p.row, message=p.message) for p in result.problems[:25]]
                text += "\n" + self.tr("{n} rows refused:").format(n=len(result.problems)) + "\n" + "\n".join(lines)
                QMessageBox.warning(self, self.tr("Import nominations"), text)
            else:
                QMessageBox.information(self, self.tr("Import nominations"), text)

        return self.window_.run_write(job, path, label=self.tr("Importing nominations…"), on_done=done,
                                      on_error=self.show_error)

    # ---------------------------------------------------------------- add, edit, national selection
    def _form(self, nomination: dict | None) -> NominationForm:
        db = self.window_.event_file.db
        delegates = [d for d in registry.list_delegates(db, include_cancelled=False) if d["category"] in ("honoree", "official", "guest")]
        return NominationForm(self, catalogue=self.catalogue, units=registry.list_units(db), delegates=delegates,
                              nomination=nomination)

    def add_nomination(self) -> NominationForm | None:
        event = self.window_.event_file
        if event is None or event.read_only:
            return None
        form = self._form(None)
        form.accepted.connect(lambda: self._save_form(None, form.values()))
        form.open()
        return form

    def edit_selected(self) -> NominationForm | None:
        event = self.window_.event_file
        nid = self.selected_id()
        if event is None or event.read_only or nid is None:
            return None
        form = self._form(get_nomination(event.db, nid))
        form.accepted.connect(lambda: self._save_form(nid, form.values()))
        form.open()
        return form

    def _save_form(self, nid: int | None, values: dict) -> None:
        actor = self._actor()

        def save(db, progress, cancel):
            return importer.save_with_evidence_text(db, nid, values["data"], titles=values["titles"],
                                                    initiatives=values["initiatives"], discipline=values["discipline"],
                                                    actor=actor)

        def done(new_id):
            self.window_.notify_changed(Changes.of("nominations"))
            self.reload()
            self.search.clear()
            self.select(new_id)

        self.window_.run_write(save, on_done=done, on_error=self.show_error)

    def _toggle_national(self, checked: bool) -> None:
        nid = self.selected_id()
        if nid is None:
            return
        actor = self._actor()
        self.window_.run_write(lambda db, progress, cancel: ceremony.set_national(db, nid, checked, actor=actor),
                               on_error=self.show_error)

