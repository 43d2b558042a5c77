"""The buttons of the Desk page that act on the person shown: undo a check-in, a substitute,
an absence, a walk-in guest, a reprinted badge. Each asks in a dialog of the desk (scans made
meanwhile are recorded and listed after it) and gives the focus back to the scan box."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from ...core.checkin.desk import ALREADY, CHECKED_IN, NOT_EXPECTED, hhmm
from ...core.errors import UserError
from .. import tasks
from .form import (
    ABSENCE_REASONS,
    UNDO_REASONS,
    ReasonDialog,
    SubstituteDialog,
    WalkinDialog,
    person_line,
)


class DeskActions(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab

    def _need_current(self) -> dict | None:
        tab = self.tab
        d = tab.desk.directory.get(tab.current_code) if (tab.desk and tab.current_code) else None
        if d is None:
            tab.show_error(self.tr("Scan or choose a delegate first"))
        return d

    def _scans_meanwhile(self) -> str:
        tab = self.tab
        done, tab.scanned_in_dialog = tab.scanned_in_dialog, []
        if not done:
            return ""
        said = {CHECKED_IN: self.tr("checked in"), ALREADY: self.tr("already checked in"),
                NOT_EXPECTED: self.tr("not expected")}
        return "\n" + self.tr("Scanned while the dialog was open: {list}").format(list="; ".join(
            f"{(r.delegate or {}).get('full_name') or r.code} ({said.get(r.status, self.tr('unknown code'))})"
            for r in done))

    def _act(self, fn, code, *args) -> None:
        tab, page = self.tab, self.tab.desk_page
        meanwhile = self._scans_meanwhile()
        try:
            res = fn(code, *args)
        except UserError as exc:   # the scans made while the dialog was open are still listed
            tab.show_error(f"{exc}{meanwhile}" if meanwhile else exc)
            return
        page.set_current(code)
        page.show_state("info", res.message(), (res.delegate or {}).get("full_name", ""), "")
        if res.status == CHECKED_IN:
            page.show_result(res)
        if meanwhile:
            page.detail_label.setText(page.detail_label.text() + meanwhile)
        tab.views_soon()
        tab.focus_scan()

    def undo_current(self) -> None:
        self._with_reason(self.tr("Undo check-in"), self.tr("Why is this check-in undone?"), UNDO_REASONS, "undo")

    def absence_current(self) -> None:
        self._with_reason(self.tr("Absent"), self.tr("Why will this delegate not attend?"), ABSENCE_REASONS, "absence")

    def _with_reason(self, title: str, question: str, reasons, action: str) -> None:
        """Ask why (naming the person shown), then the desk's ``action(code, reason)`` on that
        person (the desk as it is when the dialog closes)."""
        tab = self.tab
        d = self._need_current()
        if d is None:
            return
        dlg = ReasonDialog(tab, title, question, reasons, d)
        if tab.exec_dialog(dlg):
            self._act(getattr(tab.desk, action), d["code"], dlg.value())
        tab.scanned_in_dialog.clear()

    def substitute_current(self) -> None:
        tab = self.tab
        d = self._need_current()
        if d is None:
            return
        p = tab.desk.presence(d["code"])
        in_person = p is not None and p.present and not p.substitute
        dlg = SubstituteDialog(tab, d, replaces=hhmm(p.at) if in_person else None)
        if tab.exec_dialog(dlg):
            self._act(self._substitute, d["code"], dlg.name.text(), dlg.position.text())
        tab.scanned_in_dialog.clear()

    def _substitute(self, code: str, name: str, position: str):
        """The substitute came with the delegate's badge, which was just scanned: that check-in
        was theirs, so it is undone (with the reason) and the substitute recorded."""
        desk = self.tab.desk
        p = desk.presence(code)
        if p is not None and p.present and not p.substitute and " ".join(name.split()):
            desk.undo(code, self.tr("Attended by a substitute: {name}").format(name=" ".join(name.split())))
        return desk.substitute(code, name, position)

    def walkin(self) -> None:
        tab, page = self.tab, self.tab.desk_page
        if not tab.named:
            return
        dlg = WalkinDialog(tab)
        if not tab.exec_dialog(dlg):
            tab.scanned_in_dialog.clear()
            return
        meanwhile = self._scans_meanwhile()
        try:
            res = tab.desk.walkin(dlg.name.text(), position=dlg.position.text(), unit=dlg.unit.text(),
                                  category=dlg.category.currentData(), phone=dlg.phone_value)
        except UserError as exc:   # the scans made while the dialog was open are still listed
            tab.show_error(f"{exc}{meanwhile}" if meanwhile else exc)
            return
        page.set_current(res.code)
        page.show_result(res)
        page.detail_label.setText(page.detail_label.text() + "\n" + self.tr("New badge code: {code}").format(
            code=res.code) + meanwhile)
        tab.views_soon()
        tab.focus_scan()

    def reprint_current(self) -> None:
        tab = self.tab
        d = self._need_current()
        if d is None:
            return
        code = d["code"]
        dlg = QFileDialog(tab, self.tr("Save the badge of {person}").format(person=person_line(d)), f"the-{code}.pdf",
                          "PDF (*.pdf)")
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dlg.setDefaultSuffix("pdf")
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # scans typed meanwhile reach the desk
        tab.scanned_in_dialog.clear()
        if not tab.exec_dialog(dlg) or not dlg.selectedFiles():
            return
        out = dlg.selectedFiles()[0]
        desk = tab.desk

        def job(*, progress, cancel):
            return desk.reprint(code, out)

        tasks.run_op(tab, job).success(
            lambda _r: tab.window_.statusBar().showMessage(self.tr("Badge saved to {path}").format(path=out), 6000)
        ).failure(lambda exc: tab.show_error(exc) if isinstance(exc, UserError) else None).run()
