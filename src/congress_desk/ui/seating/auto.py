"""The Auto-seat button of the seating tab: place those without a seat, or re-seat
everyone after saying how many would move. Both run on the writer thread."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QMessageBox, QToolButton

from ...core.seating.autoseat import auto_seat, preview_seating
from ..errors import show_user_error


class AutoSeatButton(QToolButton):
    """Click: seat those without a seat; its menu: re-seat everyone (confirmed)."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab
        self.running = False   # auto-seating is writing: the tab does not reload meanwhile
        self.setObjectName("auto_seat_button")
        self.setText(self.tr("Auto-seat"))
        self.setToolTip(self.tr("Seat those without a seat by the protocol rules; "
                                "everyone seated stays where they are"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.clicked.connect(self.run_auto_seat)
        menu = QMenu(self)
        self.reseat_action = menu.addAction(self.tr("Re-seat everyone…"), self.run_reseat_everyone)
        self.reseat_action.setToolTip(self.tr("Re-seat everyone by the protocol rules, except the locked seats"))
        self.setMenu(menu)

    def _editable(self) -> bool:
        event = self.tab.event
        return event is not None and not event.read_only

    def run_auto_seat(self) -> None:
        """Place those without a seat; everyone seated keeps their seat (locked or not)."""
        self._auto_seat(everyone=False)

    def run_reseat_everyone(self) -> None:
        """Re-seat everyone except the locked seats, after saying how many people would move."""
        if not self._editable():
            return
        tab = self.tab
        locked = sum(1 for _d, lk in tab.model.states.values() if lk)
        rules = tab.rules_panel.rules()

        def job(db, progress, cancel):   # the plan, not written: off the UI thread all the same
            return preview_seating(db, rules, everyone=True, progress=progress, cancel=cancel)

        def ask(preview):
            placed, moved, _unseated = preview
            if QMessageBox.question(
                tab, self.tr("Re-seat everyone"),
                self.tr("Re-seat everyone by the protocol rules? {moved} people who have a seat would move "
                        "and {placed} would get one; the {locked} locked seats stay. You can undo this.").format(
                    moved=moved, placed=placed, locked=locked),
            ) == QMessageBox.StandardButton.Yes:
                self._auto_seat(everyone=True)

        tab.window_.run_write(job, label=self.tr("Seating the delegates…"), on_done=ask,
                              on_error=lambda exc: show_user_error(tab, exc))

    def _finished(self) -> None:
        self.running = False
        self.setEnabled(True)

    def _auto_seat(self, *, everyone: bool) -> None:
        if not self._editable():
            return
        tab = self.tab
        before = tab.model.snapshot()
        rules = tab.rules_panel.rules()
        self.running = True
        self.setEnabled(False)

        def job(db, progress, cancel):
            return auto_seat(db, rules, progress=progress, cancel=cancel, actor="ui", everyone=everyone)

        def done(result):
            self._finished()
            tab.model.push_applied(before, self.tr("Re-seat everyone") if everyone else self.tr("Auto-seat"))
            tab.follow_mark()
            tab.checks.show_violations(result.violations)
            tab.window_.statusBar().showMessage(
                self.tr("Auto-seat: {placed} people placed, {moved} moved").format(
                    placed=result.placed, moved=result.moved), 10000)
            if result.unseated:
                show_user_error(tab, self.tr("{n} people could not be seated: there are not enough free seats. "
                                             "They are in the list on the left.").format(n=len(result.unseated)))

        def failed(exc):
            self._finished()
            show_user_error(tab, exc)

        op = tab.window_.run_write(job, label=self.tr("Seating the delegates…"), on_done=done, on_error=failed)
        if op is None:
            self._finished()
        else:
            op.cancelled(self._finished)
