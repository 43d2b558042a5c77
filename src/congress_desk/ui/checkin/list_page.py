"""The List page of the check-in tab, the paper fallback: everyone with their state, a
filter, and "check in the people ticked on the paper list at the time written on it"."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.checkin.desk import CHECKED_IN
from ...core.checkin.report import attendance_rows
from ...core.errors import UserError
from ..errors import show_user_error
from .model import AttendanceFilter, AttendanceModel


class ListPage(QWidget):
    def __init__(self, tab):
        super().__init__()
        self.tab = tab
        self.list_model = AttendanceModel(self)
        self.list_filter = AttendanceFilter(self)
        self.list_filter.setSourceModel(self.list_model)
        self.list_search = QLineEdit()
        self.list_search.setObjectName("list_search")
        self.list_search.setPlaceholderText(self.tr("Filter by name, unit or code (accents optional)"))
        self.list_search.textChanged.connect(self.list_filter.set_text)
        self.list_state = QComboBox()
        self.list_state.addItem(self.tr("Everyone"), None)
        for state, label in (("missing", self.tr("Not arrived")), ("present", self.tr("Present")),
                             ("absent", self.tr("Absent"))):
            self.list_state.addItem(label, state)
        self.list_state.currentIndexChanged.connect(lambda _i: self.list_filter.set_state(self.list_state.currentData()))
        self.list_view = QTableView()
        self.list_view.setObjectName("attendance_list")
        self.list_view.setModel(self.list_filter)
        self.list_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.list_view.verticalHeader().hide()
        self.paper_time = QDateTimeEdit()
        self.paper_time.setObjectName("paper_time")
        self.paper_time.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.paper_time.setCalendarPopup(True)
        self.bulk_button = QPushButton(self.tr("Check in the selected people at this time"))
        self.bulk_button.setObjectName("bulk_checkin")
        self.bulk_button.clicked.connect(self.bulk_checkin)
        bar = QHBoxLayout()
        bar.addWidget(self.list_search, 2)
        bar.addWidget(self.list_state)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Time written on the paper list:")))
        bottom.addWidget(self.paper_time)
        bottom.addWidget(self.bulk_button)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(bottom)

    def fill(self, people: list[dict], attendance) -> None:
        self.list_model.set_rows(attendance_rows(people, attendance))

    def bulk_checkin(self) -> None:
        tab = self.tab
        if not tab.named:
            show_user_error(tab, self.tr("Choose this desk's name on the Desk page first"))
            return
        codes = sorted({self.list_filter.index(i.row(), 0).data(Qt.ItemDataRole.UserRole)
                        for i in self.list_view.selectionModel().selectedRows()})
        if not codes:
            show_user_error(tab, self.tr("Select the people ticked on the paper list first"))
            return
        when = self.paper_time.dateTime().toPython()
        at = when.replace(tzinfo=None).astimezone().isoformat(timespec="seconds")
        try:
            results = tab.desk.bulk_checkin(codes, at)
        except UserError as exc:
            show_user_error(tab, exc)
            return
        done = sum(1 for r in results if r.status == CHECKED_IN)
        QMessageBox.information(tab, self.tr("Paper list"), self.tr(
            "{done} checked in at {time}; {skipped} were already checked in or not expected").format(
            done=done, time=when.strftime("%H:%M"), skipped=len(results) - done))
        tab.update_views()
