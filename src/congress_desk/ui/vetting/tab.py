"""The Xét khen thưởng tab: nominations with their findings and history, the workflow with
reasons, council votes, the ceremony running order and the catalogue of the event's regime.

Its parts: ``filters.py`` (the search bar), ``detail.py`` (a nomination's file and history),
``moves.py`` (workflow steps and council votes), ``actions.py`` (judgement, clusters, public
comment), ``files.py`` (export, template, import), ``ceremony_page.py`` (the running order),
``catalogue_view.py``, ``form.py`` (add and edit), ``dialogs.py``, ``model.py``."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import registry
from ...core.changes import Changes
from ...core.vetting import ceremony, importer
from ...core.vetting.catalogue import load_catalogue
from ...core.vetting.nominations import get_nomination, list_nominations
from ...core.vetting.rules import evaluate_all
from ..errors import show_user_error
from . import actions, moves
from .catalogue_view import CatalogueView
from .ceremony_page import CeremonyPage
from .detail import NominationDetail
from .dialogs import (
    ClustersDialog,
    CouncilDialog,
    JudgeDialog,
    PublicCommentDialog,
    TransitionDialog,
)
from .files import NominationFiles
from .filters import NominationFilters
from .form import NominationForm
from .model import NominationModel


class VettingTab(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self.model = NominationModel(self)
        self.catalogue = None
        self.files = NominationFiles(self)

        # ------------------------------------------------ nominations page
        self.filters = NominationFilters(self, self.model)
        f = self.filters
        self.search, self.state_filter, self.form_filter = f.search, f.state_filter, f.form_filter
        self.unit_filter, self.problems_only, self.count_label = f.unit_filter, f.problems_only, f.count_label

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

        self.side_tabs = NominationDetail(self)
        self.detail, self.history = self.side_tabs.detail, self.side_tabs.history

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
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.judge_button, self.move_button, self.vote_button,
                  self.comment_button, self.national_toggle):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.clusters_button)
        buttons.addWidget(self.template_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.export_button)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.side_tabs)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        page = QWidget()
        pv = QVBoxLayout(page)
        pv.addWidget(self.filters)
        pv.addWidget(splitter, 1)
        pv.addLayout(buttons)

        # ------------------------------------------------ ceremony page
        self.ceremony_page = CeremonyPage(self)
        c = self.ceremony_page
        self.ceremony_model, self.ceremony_table, self.ceremony_summary = c.model, c.table, c.summary
        self.batch_size, self.national_quota, self.national_button = c.batch_size, c.national_quota, c.national_button

        self.catalogue_view = CatalogueView(self)
        self.pages = QTabWidget()
        self.pages.addTab(page, self.tr("Nominations"))
        self.pages.addTab(self.ceremony_page, self.tr("Ceremony order"))
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
            self.ceremony_page.clear()
            self.catalogue_view.reload(None)
            self.filters.fill([], None)
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
        self.filters.fill(registry.list_units(db), self.catalogue)
        self.filters.update_count()
        self.ceremony_page.reload(db, rows)
        self.catalogue_view.reload(db)
        if selected is not None and self.model.row_of(selected) is not None:
            self.select(selected)
        else:
            self._show_detail(None)
        self._update_buttons()

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
        event = self.window_.event_file
        self.side_tabs.show_nomination(event.db if event is not None else None, self.catalogue, nom)

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
        self.ceremony_page.set_writable(writable)

    # ---------------------------------------------------------------- actions (each in its module)
    def _actor(self) -> str | None:
        return self.window_.settings.get("user_name") or None

    def show_error(self, exc) -> None:
        show_user_error(self, exc)
        self._reload_timer.start()

    def move_on(self, target: str | None = None) -> TransitionDialog | None:
        return moves.move_on(self, target)

    def council_vote(self) -> CouncilDialog | None:
        return moves.council_vote(self)

    def judge(self) -> JudgeDialog | None:
        return actions.judge(self)

    def clusters(self) -> ClustersDialog | None:
        return actions.clusters(self)

    def public_comment(self) -> PublicCommentDialog | None:
        return actions.public_comment(self)

    def export_dialog(self) -> None:
        self.files.export_dialog()

    def export_to(self, path: str):
        return self.files.export_to(path)

    def template_dialog(self) -> None:
        self.files.template_dialog()

    def import_dialog(self) -> None:
        self.files.import_dialog()

    def import_file(self, path: str, unit_id: int, *, proposal_number: str | None = None, proposal_date: str | None = None):
        return self.files.import_file(path, unit_id, proposal_number=proposal_number, proposal_date=proposal_date)

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
        def done(saved):   # the window has told every tab (saved.changes)
            self.reload()
            self.search.clear()
            self.select(saved.id)

        self.window_.run_write(importer.save_with_evidence_text, nid, values["data"], titles=values["titles"],
                               initiatives=values["initiatives"], discipline=values["discipline"],
                               actor=self._actor(), on_done=done, on_error=self.show_error)

    def _toggle_national(self, checked: bool) -> None:
        nid = self.selected_id()
        if nid is None:
            return
        actor = self._actor()
        self.window_.run_write(lambda db, progress, cancel: ceremony.set_national(db, nid, checked, actor=actor),
                               on_error=self.show_error)

