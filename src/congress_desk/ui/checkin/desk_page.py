"""The Desk page of the check-in tab: the desk's name and shared-folder state, the scan box
(a badge, or a name chosen with ↑ ↓ Enter), the result in big type, and the buttons that
act on the person shown (see :mod:`.actions`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.checkin.desk import ALREADY, CHECKED_IN, NOT_EXPECTED, hhmm
from ...core.checkin.store import desks_seen
from ...core.fields import category_label
from .chooser import DeskChooser
from .form import person_line
from .widgets import font

COLOURS = {  # background, text
    CHECKED_IN: ("#2e7d32", "white"),
    ALREADY: ("#ef6c00", "white"),
    "unknown": ("#c62828", "white"),
    NOT_EXPECTED: ("#616161", "white"),
    "info": ("#1565c0", "white"),
}


class DeskPage(QWidget):
    def __init__(self, tab):
        super().__init__()
        self.tab = tab
        self.setObjectName("desk_page")
        actions = tab.desk_actions
        self.desk_name = QLabel()
        self.desk_name.setObjectName("desk_name")
        self.desk_name.setFont(font(14, bold=True))
        self.rename_button = QPushButton(self.tr("Change…"))
        self.rename_button.setObjectName("rename_desk")
        self.rename_button.clicked.connect(self.ask_desk_name)
        self.folder_button = QPushButton(self.tr("Shared folder…"))
        self.folder_button.clicked.connect(tab.choose_folder)
        self.details_button = QPushButton(self.tr("Details…"))
        self.details_button.setObjectName("desk_details")
        self.details_button.clicked.connect(tab.desk_sync.show_details)
        self.sync_label = QLabel()
        self.sync_label.setObjectName("sync_state")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Desk:")))
        top.addWidget(self.desk_name)
        top.addWidget(self.rename_button)
        top.addWidget(tab.session_button)
        top.addStretch(1)
        top.addWidget(self.sync_label)
        top.addWidget(self.folder_button)
        top.addWidget(self.details_button)
        self.chooser = DeskChooser()
        self.chooser.chosen.connect(tab.set_desk_name)
        self.chooser.cancelled.connect(self.show_work)

        self.input = QLineEdit()
        self.input.setObjectName("scan_input")
        self.input.setFont(font(26))
        self.input.setPlaceholderText(self.tr("Scan a badge, or type a name and choose with ↑ ↓ Enter"))
        self.input.textEdited.connect(self._typed)
        self.input.returnPressed.connect(self._enter)
        self.input.installEventFilter(self)
        self.suggestions = QListWidget()
        self.suggestions.setObjectName("suggestions")
        self.suggestions.setFont(font(14))
        self.suggestions.setMaximumHeight(230)
        self.suggestions.itemActivated.connect(lambda item: self.scan(item.data(Qt.ItemDataRole.UserRole)))
        # The highlighted name is the person the buttons act on (an absence is recorded for
        # someone found by name, without checking them in).
        self.suggestions.currentItemChanged.connect(
            lambda item, _old: item is not None and self.set_current(item.data(Qt.ItemDataRole.UserRole)))
        self.suggestions.hide()

        self.state_label = QLabel()
        self.state_label.setObjectName("scan_state")
        self.state_label.setFont(font(30, bold=True))
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.state_label.setMinimumHeight(80)
        self.state_label.setWordWrap(True)
        self.name_label = QLabel()
        self.name_label.setObjectName("scan_name")
        self.name_label.setFont(font(28, bold=True))
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setObjectName("scan_detail")
        self.detail_label.setFont(font(18))
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label.setWordWrap(True)
        result = QFrame()
        result.setFrameShape(QFrame.Shape.StyledPanel)
        rl = QVBoxLayout(result)
        rl.addWidget(self.state_label)
        rl.addWidget(self.name_label)
        rl.addWidget(self.detail_label)

        self.undo_button = QPushButton(self.tr("Undo check-in…"))
        self.substitute_button = QPushButton(self.tr("Substitute…"))
        self.absence_button = QPushButton(self.tr("Absent…"))
        self.walkin_button = QPushButton(self.tr("Walk-in guest…"))
        self.reprint_button = QPushButton(self.tr("Reprint badge…"))
        self.undo_button.clicked.connect(actions.undo_current)
        self.substitute_button.clicked.connect(actions.substitute_current)
        self.absence_button.clicked.connect(actions.absence_current)
        self.walkin_button.clicked.connect(actions.walkin)
        self.reprint_button.clicked.connect(actions.reprint_current)
        self.current_label = QLabel()
        self.current_label.setObjectName("current_person")
        buttons = QHBoxLayout()
        buttons.addWidget(self.current_label, 1)
        for b in (self.undo_button, self.substitute_button, self.absence_button, self.walkin_button,
                  self.reprint_button):
            b.setMinimumHeight(40)
            buttons.addWidget(b)
        for b in (self.undo_button, self.substitute_button, self.absence_button, self.walkin_button,
                  self.reprint_button, self.rename_button, self.folder_button, self.details_button,
                  tab.session_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus in the scan box
        self.counter_label = QLabel()
        self.counter_label.setObjectName("desk_counter")
        self.counter_label.setFont(font(16, bold=True))

        work = QWidget()
        wl = QVBoxLayout(work)
        wl.setContentsMargins(0, 0, 0, 0)
        wl.addWidget(self.input)
        wl.addWidget(self.suggestions)
        wl.addWidget(result, 1)
        wl.addLayout(buttons)
        wl.addWidget(self.counter_label)
        self.work = work
        self.body = QStackedWidget()
        self.body.addWidget(work)
        self.body.addWidget(self.chooser)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)

    def focus_scan(self) -> None:
        """Keyboard focus back to the scan box (after every action and every dialog)."""
        if self.body.currentWidget() is self.chooser:
            self.chooser.other.setFocus()
        elif self.input.isEnabled():
            self.input.setFocus()

    # ------------------------------------------------------------ the desk's name
    def ask_desk_name(self) -> None:
        """Show the "which desk is this laptop?" panel in place of the scan box."""
        tab = self.tab
        if tab.desk is not None:
            taken = {e.get("desk") for e in tab.desk.attendance.events.values()} | tab.desk.desks_seen
        else:  # the desks already merged into the event file
            event = tab.window_.event_file
            taken = desks_seen(event.reader) if event is not None else set()
        self.chooser.prepare(tab.desk.desk if tab.named else "", can_cancel=tab.named,
                             taken={t for t in taken if t})
        self.chooser.set_pending(len(tab.pending_scans))
        self.body.setCurrentWidget(self.chooser)
        self.focus_scan()

    def show_work(self) -> None:
        """The scan box again, in place of the desk-name panel."""
        self.body.setCurrentWidget(self.work)
        self.focus_scan()

    # ------------------------------------------------------------ scanning
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        if obj is self.input and event.type() == QEvent.Type.KeyPress and self.suggestions.isVisible():
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                row = self.suggestions.currentRow() + (1 if key == Qt.Key.Key_Down else -1)
                self.suggestions.setCurrentRow(max(0, min(self.suggestions.count() - 1, row)))
                return True
            if key == Qt.Key.Key_Escape:
                self.input.clear()
                self.suggestions.hide()
                return True
        return super().eventFilter(obj, event)

    def _typed(self, text: str) -> None:
        text = text.strip()
        desk = self.tab.desk
        if desk is None or not text or text.isdigit():
            self.suggestions.hide()
            return
        self.suggestions.clear()
        for d in desk.search(text, limit=12):
            p = desk.presence(d["code"])
            mark = "✓ " if p is not None and p.present else ""
            item = QListWidgetItem(f"{mark}{d['full_name']} — {d.get('unit') or ''} ({d['code']})")
            item.setData(Qt.ItemDataRole.UserRole, d["code"])
            self.suggestions.addItem(item)
        self.suggestions.setVisible(self.suggestions.count() > 0)
        if self.suggestions.count():
            self.suggestions.setCurrentRow(0)

    def _enter(self) -> None:
        text = self.input.text().strip()
        if not text:
            return
        if text.isdigit():
            self.scan(text)
        elif self.suggestions.isVisible() and self.suggestions.currentItem() is not None:
            self.scan(self.suggestions.currentItem().data(Qt.ItemDataRole.UserRole))
        else:
            self.show_state("unknown", self.tr("Nobody found"), text, "")
            QApplication.beep()

    def scan(self, code: str, at: str | None = None) -> None:
        """Check in the person with ``code`` and show the result in big type."""
        tab = self.tab
        if tab.desk is None:
            return
        try:
            res = tab.desk.scan(code, at=at)
        except OSError as exc:
            tab.show_error(self.tr("Cannot write the desk journal: {error}").format(error=exc.strerror or exc))
            return
        self.input.clear()
        self.suggestions.hide()
        self.set_current(res.code if res.delegate else None)
        self.show_result(res)
        if tab.in_dialog:
            tab.scanned_in_dialog.append(res)
        tab.views_soon()
        if not tab.in_dialog:
            tab.focus_scan()  # ready for the next badge

    def show_result(self, res) -> None:
        d = res.delegate or {}
        details = [x for x in (d.get("position"), d.get("unit")) if x]
        line2 = " · ".join(details)
        seat = d.get("seat")
        extra = []
        if seat:
            extra.append(self.tr("Seat {seat}").format(seat=seat))
        if d.get("category"):
            extra.append(category_label(d.get("category")))
        sub = res.presence.substitute if res.presence else None
        if sub:
            extra.append(self.tr("Attends instead: {name}").format(name=sub["name"]))
        if res.double:
            extra.append(self.tr("⚠ checked in at two desks"))
        detail = line2 + ("\n" + " · ".join(extra) if extra else "")
        if res.presence is not None and res.presence.walkin_clash:
            detail += "\n" + self.tr("⚠ this walk-in code was given to {people}: the merge gives all but the first "
                                     "a new code (print them a new badge)").format(people=", ".join(
                                         f"{w.get('full_name')} ({w.get('desk')})" for w in res.presence.walkin_people))
        if res.status == CHECKED_IN:
            self.show_state(CHECKED_IN, self.tr("CHECKED IN"), d.get("full_name", ""), detail)
        elif res.status == ALREADY:
            self.show_state(ALREADY, self.tr("ALREADY CHECKED IN at {time} at {desk}").format(
                time=hhmm(res.at), desk=res.desk), d.get("full_name", ""), detail)
            QApplication.beep()
        elif res.status == NOT_EXPECTED:
            self.show_state(NOT_EXPECTED, self.tr("NOT EXPECTED (registration cancelled)"),
                            d.get("full_name", ""), detail)
            QApplication.beep()
        else:
            text = (self.tr("WRONG CODE: check digit does not match") if res.bad_check_digit
                    else self.tr("UNKNOWN CODE"))
            self.show_state("unknown", text, res.code, self.tr("Type the name instead, or register a walk-in"))
            QApplication.beep()

    def show_state(self, state: str, title: str, name: str, detail: str) -> None:
        bg, fg = COLOURS.get(state, COLOURS["info"])
        if self.tab.rehearsal:  # the big result says it too: this is practice
            title = self.tr("{title} (rehearsal)").format(title=title)
        self.state_label.setStyleSheet(f"background: {bg}; color: {fg}; border-radius: 8px; padding: 8px")
        self.state_label.setProperty("state", state)
        self.state_label.setText(title)
        self.name_label.setText(name)
        self.detail_label.setText(detail)

    def set_current(self, code: str | None) -> None:
        """The person the buttons act on: the last one scanned, chosen or acted on."""
        tab = self.tab
        tab.current_code = code
        d = tab.desk.directory.get(code) if (tab.desk is not None and code) else None
        self.current_label.setText(self.tr("Buttons act on: {person}").format(person=person_line(d)) if d else "")
