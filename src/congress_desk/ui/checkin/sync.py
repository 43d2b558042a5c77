"""The desk and the other desks: reading their journals every few seconds, the shared
folder's state shown on the Desk page, and the Details dialog (where everything is kept)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from .form import DetailsDialog


class DeskSync(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab

    def share_state(self) -> tuple[str, str, str]:
        """(state, text, tooltip) of the shared folder: "shared" only when a shared folder is
        really set and was reached, and the journal copied there without error."""
        desk = self.tab.desk
        error = desk.sync_error()
        reachable = desk.reader.reachable if desk.reader is not None else None
        if not self.tab.shared:
            return ("local", self.tr("Only on this laptop"),
                    self.tr("No shared folder is chosen: the other desks and the committee do not see this desk's "
                            "check-ins. Choose one with \"Shared folder…\"."))
        if error or reachable is False:
            return ("unreachable", self.tr("⚠ shared folder not reachable"),
                    self.tr("Check-ins are kept on this laptop and copied to the shared folder when it can be "
                            "reached again. Where it is, and why it cannot be reached: \"Details…\"."))
        if reachable is None:
            return "checking", self.tr("Checking the shared folder…"), ""
        return "shared", self.tr("✓ shared"), self.tr("The other desks and the committee see this desk's check-ins.")

    def sync(self) -> None:
        """Read the other desks' journals (every few seconds) and refresh what changed."""
        tab = self.tab
        if tab.desk is None:
            return
        label = tab.desk_page.sync_label
        touched = tab.desk.refresh()
        clashes = tab.desk.range_clashes()
        if clashes:
            label.setText(self.tr("⚠ same walk-in codes as {desks}").format(desks=", ".join(clashes)))
            label.setToolTip(self.tr("This laptop and {desks} give walk-in guests codes from the same range "
                                     "(they were set up apart, offline). If both register walk-in guests, "
                                     "the merge keeps both people and gives one of them a new code: print "
                                     "that guest a new badge.").format(desks=", ".join(clashes)))
            label.setStyleSheet("color: #c62828")
            label.setProperty("state", "clash")
        else:
            state, text, tip = self.share_state()
            colour = {"shared": "#2e7d32", "local": "#ef6c00", "checking": "#616161"}.get(state, "#c62828")
            label.setText(text)
            label.setToolTip(tip)
            label.setStyleSheet(f"color: {colour}; font-weight: bold")
            label.setProperty("state", state)
        if touched:
            tab.views_soon()

    def details_rows(self) -> list[tuple[str, str]]:
        desk = self.tab.desk
        event = self.tab.window_.event_file
        if desk is None or event is None:
            return []
        _state, text, tip = self.share_state()
        problems = self.tr("none") if not desk.problems else "\n".join(str(p) for p in desk.problems[:10])
        return [
            (self.tr("Desk"), desk.desk),
            (self.tr("Session"), self.tr("rehearsal {id}").format(id=desk.session) if desk.rehearsal
             else self.tr("the real congress ({id})").format(id=desk.session)),
            (self.tr("Event file"), str(event.path)),
            (self.tr("This desk's journal (this laptop)"), str(desk.local_path)),
            (self.tr("Shared folder"), str(desk.journal_dir) if self.tab.shared else
             self.tr("none chosen (default: {folder})").format(folder=desk.journal_dir)),
            (self.tr("Copy on the shared folder"), str(desk.shared_path) if desk.copier else self.tr("none")),
            (self.tr("State"), text + (f" — {tip}" if tip else "")
             + (f"\n{desk.sync_error()}" if desk.sync_error() else "")),
            (self.tr("Skipped journal lines"), problems),
        ]

    def show_details(self) -> None:
        if self.tab.desk is None:
            return
        self.tab.exec_dialog(DetailsDialog(self.tab, self.details_rows()))
