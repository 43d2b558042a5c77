"""Rehearsal ("Tập dượt") and the start of the real morning, as the desk shows them.

The sessions themselves are the core's (:mod:`congress_desk.core.checkin.session`): a
rehearsal has its own random id, its journals never mix with the real session's. Here:
the dialog that starts or joins a rehearsal, and the explicit "start the real morning"
step, which lists every journal that does not belong to the real session."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from ...core.checkin.desk import hhmm
from ...core.checkin.session import end_rehearsal, foreign_journals, rehearsals_in, start_rehearsal

BANNER_STYLE = ("background: #6a1b9a; color: white; font-size: 15pt; font-weight: bold; padding: 6px; "
                "border: 3px dashed #fdd835; border-radius: 4px")


class RehearsalDialog(QDialog):
    """Start a new rehearsal, or join the one another desk already runs."""

    def __init__(self, parent, running: list[tuple[str, str]]):
        """``running``: (session id, description) of rehearsals found in the shared folder."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rehearsal"))
        self.setMinimumWidth(520)
        self.setMaximumWidth(1000)
        intro = QLabel(self.tr(
            "A rehearsal lets the desks practise with real badges before the morning. Its check-ins are kept "
            "apart: they are never counted, never merged into the real attendance, and the real morning starts "
            "from a clean slate. Every screen of the desk says REHEARSAL while it lasts."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.choices = QButtonGroup(self)
        self.new = QRadioButton(self.tr("Start a new rehearsal"))
        self.new.setObjectName("rehearsal_new")
        self.choices.addButton(self.new)
        layout.addWidget(self.new)
        self.joins: list[tuple[QRadioButton, str]] = []
        for sid, text in running:
            b = QRadioButton(self.tr("Join the rehearsal of the other desks: {what}").format(what=text))
            self.choices.addButton(b)
            layout.addWidget(b)
            self.joins.append((b, sid))
        (self.joins[0][0] if self.joins else self.new).setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the rehearsal"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def join(self) -> str | None:
        """The rehearsal to join, or None for a new one."""
        return next((sid for b, sid in self.joins if b.isChecked()), None)


class RealMorningDialog(QDialog):
    """The explicit step that starts the real morning: what will not count is listed."""

    def __init__(self, parent, journals, in_rehearsal: bool, local_dir=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Start the real morning"))
        self.setMinimumWidth(620)
        self.setMaximumSize(1300, 700)
        text = self.tr("From now on this desk checks delegates in for the real congress.")
        if in_rehearsal:
            text += " " + self.tr("This laptop leaves the rehearsal; its practice check-ins stay in their own "
                                  "journals.")
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setObjectName("foreign_journals")
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for j in journals:
            note = (self.tr("rehearsal of this laptop") if j.known_rehearsal
                    else self.tr("not a rehearsal of this laptop: check where it comes from"))
            here = local_dir is not None and j.path.parent.resolve() == local_dir.resolve()
            where = self.tr("on this laptop") if here else self.tr("shared folder")
            item = QListWidgetItem(self.tr("{where}: {file} — {n} events, {desks}, {first}–{last} ({note})").format(
                where=where, file=j.path.name, n=j.events, desks=", ".join(j.desks) or "?",
                first=hhmm(j.first_at), last=hhmm(j.last_at), note=note))
            item.setToolTip(str(j.path))
            if not j.known_rehearsal:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.list.addItem(item)
        if journals:
            head = QLabel(self.tr("These journals do not belong to the real session. They are NOT counted and NOT "
                                  "merged; once the rehearsal is over they can be moved out of the shared folder:"))
            head.setWordWrap(True)
            layout.addWidget(head)
            layout.addWidget(self.list, 1)
        else:
            none = QLabel(self.tr("No journal of a rehearsal or of another session was found in the shared folder "
                                  "or on this laptop."))
            none.setObjectName("no_foreign_journals")
            none.setWordWrap(True)
            layout.addWidget(none)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start the real morning"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class SessionControl(QObject):
    """The desk's session controls: the "Tập dượt…" / "Bắt đầu buổi chính thức…" button,
    the banner over every page of the check-in tab, the marks in the window title and the
    status bar (seen from the other tabs too), and the two dialogs. ``tab`` is the
    :class:`~.tab.CheckinTab` (its desk, its dialogs, its ``open_desk``)."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        window = tab.window_
        self.hold_scans = False  # scans wait for the session the desk is about to be in
        self.banner = QLabel()
        self.banner.setObjectName("session_banner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.status = QLabel()
        self.status.setObjectName("session_status")
        self.status.setStyleSheet("background: #6a1b9a; color: white; font-weight: bold; padding: 0 6px")
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)
        self.button = QPushButton(self.tr("Rehearsal…"))
        self.button.setObjectName("session_button")
        self.button.clicked.connect(self.change)

    @property
    def rehearsal(self) -> bool:
        desk = self.tab.desk
        return bool(desk is not None and desk.rehearsal)

    def show(self) -> None:
        """Mark a rehearsal everywhere: banner, window title, status bar, the button's text."""
        on = self.rehearsal
        if on:
            short = self.tab.desk.session[:4]
            self.banner.setText(self.tr(
                "REHEARSAL ({id}) — these check-ins are practice: they never count for the real congress. "
                "When the rehearsal is over: “Start the real morning…”.").format(id=short))
            self.status.setText(self.tr("REHEARSAL {id}").format(id=short))
            self.button.setText(self.tr("Start the real morning…"))
        else:
            self.button.setText(self.tr("Rehearsal…"))
        self.banner.setVisible(on)
        self.status.setVisible(on)
        self.tab.window_.set_rehearsal(on)

    def change(self) -> None:
        if self.rehearsal:
            self.start_real_morning()
        else:
            self.start_rehearsal()

    def start_rehearsal(self) -> None:
        """"Tập dượt": a new rehearsal with its own random id, or the one other desks run."""
        desk = self.tab.desk
        if desk is None:
            return
        running = []
        journals = foreign_journals([desk.journal_dir], desk.uid)
        for sid in rehearsals_in([desk.journal_dir], desk.uid, journals=journals):
            found = [j for j in journals if j.session == sid]
            desks = sorted({d for j in found for d in j.desks})
            last = max((j.last_at or "" for j in found), default="")
            running.append((sid, self.tr("{id} ({desks}, last at {time})").format(
                id=sid[:4], desks=", ".join(desks), time=hhmm(last))))
        dlg = RehearsalDialog(self.tab, running[:3])
        if not self._dialog(dlg):
            return
        start_rehearsal(desk.local_dir, desk.uid, join=dlg.join())
        self.tab.open_desk()  # and the scans made meanwhile, in the rehearsal

    def start_real_morning(self) -> None:
        """The explicit step into the real session, showing every journal that is not of it."""
        desk = self.tab.desk
        if desk is None:
            return
        journals = foreign_journals([desk.journal_dir, desk.local_dir], desk.uid, local_dir=desk.local_dir)
        if not self._dialog(RealMorningDialog(self.tab, journals, desk.rehearsal, desk.local_dir)):
            return
        end_rehearsal(desk.local_dir, desk.uid)
        self.tab.open_desk()  # and the scans made meanwhile, in the real session

    def _dialog(self, dlg) -> bool:
        """A dialog that changes the session: a scan typed while it is open is held and
        recorded (at the time it was scanned) in the session the desk is in once it closes."""
        self.hold_scans = True
        try:
            ok = self.tab.exec_dialog(dlg)
        finally:
            self.hold_scans = False
        if not ok:
            self.tab.apply_pending()
        return ok
