"""Actions of the vetting tab that open a dialog and write: a person's judgement, the
emulation clusters' leaders, public comment. Each takes the tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...core.registry import unit_choices
from ...core.vetting import workflow
from ...core.vetting.nominations import (
    emulation_leaders,
    get_nomination,
    set_emulation_leaders,
)
from ...core.vetting.nominations import judge as judge_nomination
from .dialogs import ClustersDialog, JudgeDialog, PublicCommentDialog

if TYPE_CHECKING:
    from .tab import VettingTab


def judge(tab: VettingTab) -> JudgeDialog | None:
    event = tab.window_.event_file
    nid = tab.selected_id()
    if event is None or event.read_only or nid is None:
        return None
    nom = get_nomination(event.db, nid)
    form = tab.catalogue.get(nom["form"])
    questions = judged_questions(form) if form else []
    if not questions:
        return None
    verdict = None if nom.get("judgement") is None else bool(nom["judgement"])
    dialog = JudgeDialog(tab, f"#{nid} {nom['nominee']}", questions, verdict=verdict, note=nom.get("judgement_note") or "")
    actor = tab._actor()

    def save():
        v = dialog.values()
        tab.window_.run_write(lambda db, progress, cancel: judge_nomination(
            db, nid, v["verdict"], note=v["note"], actor=actor), on_error=tab.show_error)

    dialog.accepted.connect(save)
    dialog.open()
    return dialog

def clusters(tab: VettingTab) -> ClustersDialog | None:
    event = tab.window_.event_file
    if event is None or event.read_only:
        return None
    db = event.db
    units = unit_choices(db)   # units of a known kind can lead a cluster or block
    # the latest year nominated, from the rows the tab already shows
    year = max((r["year"] for r in tab.model.all_rows() if r.get("year")), default=None) or ceremony_year(db)
    dialog = ClustersDialog(tab, units, emulation_leaders(db), year)

    def save():
        year, changed = dialog.values()
        tab.window_.run_write(set_emulation_leaders, year, changed, on_error=tab.show_error)

    dialog.accepted.connect(save)
    dialog.open()
    return dialog

def public_comment(tab: VettingTab) -> PublicCommentDialog | None:
    event = tab.window_.event_file
    nid = tab.selected_id()
    if event is None or event.read_only or nid is None:
        return None
    nom = get_nomination(event.db, nid)
    dialog = PublicCommentDialog(tab, f"#{nid} {nom['nominee']}")
    actor = tab._actor()

    def save():
        v = dialog.values()
        tab.window_.run_write(lambda db, progress, cancel: workflow.record_public_comment(
            db, nid, start=v["start"], end=v["end"], result=v["result"], actor=actor), on_error=tab.show_error)

    dialog.accepted.connect(save)
    dialog.open()
    return dialog


def judged_questions(form) -> list[str]:
    """The questions of a form's criteria (or their branches) left to a person's judgement."""
    out: list[str] = []

    def walk(type_, label, params):
        if type_ == "judged":
            out.append(label)
        for part in params.get("options", []) + params.get("all", []):
            walk(part["type"], part.get("label", ""), part.get("params", {}))

    for crit in form.criteria:
        walk(crit.type, crit.title(), crit.params)
    return out


def ceremony_year(db) -> int:
    """The year before the congress: the achievement year of its nominations by default."""
    from ...core.event import load_settings

    date = load_settings(db).date
    return int(date[:4]) - 1 if date else 2019
