"""The right-hand side of the nominations page: a nomination's file with its findings, and
its history (who moved it, when, why)."""

from __future__ import annotations

import html
import json

from PySide6.QtWidgets import QTabWidget, QTextBrowser, QTreeWidget, QTreeWidgetItem

from ...core.fields import format_date, format_datetime
from ...core.vetting import council, workflow
from ...core.vetting.catalogue import authority_label as C_authority_label
from ...core.vetting.catalogue import discipline_label, level_label
from ...core.vetting.catalogue import route_label as C_route_label
from ...core.vetting.nominations import history
from ...core.vetting.rules import evaluate


class NominationDetail(QTabWidget):
    def __init__(self, parent):
        super().__init__(parent)
        self.detail = QTextBrowser()
        self.detail.setObjectName("nomination_detail")
        self.detail.setOpenExternalLinks(False)
        self.history = QTreeWidget()
        self.history.setObjectName("nomination_history")
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("From"), self.tr("To"), self.tr("Reason")])
        self.history.setRootIsDecorated(False)
        self.history.setColumnWidth(0, 150)
        self.addTab(self.detail, self.tr("File and findings"))
        self.addTab(self.history, self.tr("History"))

    def show_nomination(self, db, cat, nom: dict | None) -> None:
        """Show ``nom`` (a row of ``get_nomination``) under the catalogue ``cat``; None: the hint."""
        self.history.clear()
        if nom is None:
            self.detail.setHtml("<p>" + html.escape(self.tr("Select a nomination to see its file, findings and history.")) + "</p>")
            return
        form = cat.get(nom["form"])

        e = html.escape
        parts = [f"<h3>#{nom['id']} {e(nom['nominee'])}</h3>"]
        facts = [
            (self.tr("Form"), form.name if form else nom["form"]),
            (self.tr("State"), workflow.state_label(nom["state"])),
            (self.tr("Proposing unit"), nom.get("unit") or ""),
            (self.tr("Proposal"), " ".join(x for x in (nom.get("proposal_number"), format_date(nom.get("proposal_date"))) if x)),
            (self.tr("Position, workplace"), nom.get("position") or ""),
            (self.tr("Delegate"), nom.get("delegate_code") or self.tr("not a delegate (needs an invitation)")),
            (self.tr("Decided by"), (C_authority_label(form.decided_by(nom.get("unit_kind"))) + " — " + C_route_label(form.route)) if form else ""),
            (self.tr("Proposal upward"), " ".join(x for x in (nom.get("submission_number"), format_date(nom.get("submission_date"))) if x)),
            (self.tr("Decision"), " ".join(x for x in (nom.get("decision_number"), format_date(nom.get("decision_date"))) if x)),
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
