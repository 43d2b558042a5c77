"""Moving nominations through the workflow from the vetting tab: one step with its reason
(``workflow.transition``), and a council meeting's votes (``council.record_meeting_votes``).
Each takes the tab and writes through the window's writer thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ...core.vetting import council, workflow
from ...core.vetting.nominations import get_nomination
from ...core.vetting.rules import evaluate
from .dialogs import CouncilDialog, TransitionDialog

if TYPE_CHECKING:
    from .tab import VettingTab


def move_on(tab: VettingTab, target: str | None = None) -> TransitionDialog | None:
    """Ask where the selected nomination goes next (and why), then move it."""
    event = tab.window_.event_file
    nid = tab.selected_id()
    if event is None or event.read_only or nid is None:
        return None
    nom = get_nomination(event.db, nid)
    targets = workflow.allowed_transitions(event.db, nom)
    if not targets:
        return None
    problems = [f.message for f in evaluate(event.db, nid) if not f.ok and f.criterion != "duplicate"]
    dialog = TransitionDialog(tab, f"#{nid} {nom['nominee']}", targets, problems=problems, target=target)
    dialog.accepted.connect(lambda: move(tab, nid, dialog.values()))
    dialog.open()
    return dialog


def move(tab: VettingTab, nid: int, values: dict) -> None:
    """Move nomination ``nid`` to ``values["target"]`` with the dialog's other values."""
    actor = tab._actor()
    values = dict(values)
    target = values.pop("target")
    tab.window_.run_write(lambda db, progress, cancel: workflow.transition(db, nid, target, actor=actor, **values),
                          on_error=tab.show_error)


def council_vote(tab: VettingTab) -> CouncilDialog | None:
    """A council meeting and its votes on the nominations at the council."""
    event = tab.window_.event_file
    if event is None or event.read_only:
        return None
    at_council = [r for r in tab.model.all_rows() if r["state"] == "at_council"]
    nid = tab.selected_id()
    at_council.sort(key=lambda r: (r["id"] != nid, tab.catalogue.get(r["form"]).rank, r["id"]))
    dialog = CouncilDialog(tab, at_council, tab.catalogue, council.list_meetings(event.db))
    dialog.accepted.connect(lambda: record_votes(tab, dialog.values()))
    dialog.open()
    return dialog


def record_votes(tab: VettingTab, values: dict) -> None:
    """The Council dialog's values: a meeting held (its id) or a new one, and the votes."""
    tab.window_.run_write(council.record_meeting_votes, values["meeting_id"] or values["meeting"], values["votes"],
                          actor=tab._actor(), label=QCoreApplication.translate("VettingTab", "Recording the votes…"),
                          on_error=tab.show_error)
