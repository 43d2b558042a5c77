"""The Credentials report page of the check-in tab: the live report for the credentials
committee, its PDF and the attendance (PDF, Excel), and merging the desks' journals into
the event file."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...core.checkin.report import credentials_report
from ...core.errors import UserError
from ...core.event import load_settings, suggested_path
from ...core.printing.kinds import file_stem
from .. import tasks
from ..errors import show_user_error


class CredentialsPage(QWidget):
    def __init__(self, tab):
        super().__init__()
        self.tab = tab
        self.credentials_view = QTextBrowser()
        self.credentials_view.setObjectName("credentials_view")
        self.print_report_button = QPushButton(self.tr("Credentials report (PDF)…"))
        self.print_attendance_button = QPushButton(self.tr("Attendance (PDF)…"))
        self.export_button = QPushButton(self.tr("Attendance (Excel)…"))
        self.merge_button = QPushButton(self.tr("Merge the journals into the event file"))
        self.merge_button.setObjectName("merge_button")
        self.print_report_button.clicked.connect(lambda: self.print_kind("credentials-report"))
        self.print_attendance_button.clicked.connect(lambda: self.print_kind("attendance"))
        self.export_button.clicked.connect(self.export_excel)
        self.merge_button.clicked.connect(self.merge)
        bar = QHBoxLayout()
        for b in (self.print_report_button, self.print_attendance_button, self.export_button, self.merge_button):
            bar.addWidget(b)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.credentials_view, 1)
        layout.addLayout(bar)

    def fill(self, people) -> None:
        tab = self.tab
        event = tab.window_.event_file
        if event is None:
            return
        rep = credentials_report(people, tab.desk.attendance, date=load_settings(event.db).date, db=event.db)
        e = html.escape

        def rows(lines):
            return "".join(f"<tr><td>{e(x.label)}</td><td align='right'>{x.count}</td>"
                           f"<td align='right'>{x.percent:.2f}%</td></tr>" for x in lines)

        reasons = "".join(f"<li>{e(r.label)}: {r.count}</li>" for r in rep.absent_reasons)
        t_title = e(self.tr("Credentials report (live)"))
        t_summoned, t_present, t_absent = e(self.tr("Summoned")), e(self.tr("Present")), e(self.tr("Absent"))
        t_subs, t_reasons = e(self.tr("Substitutes")), e(self.tr("Reasons for absence"))
        t_makeup, t_guests = e(self.tr("Make-up of those present")), e(self.tr("Guests present"))
        t_updated = e(self.tr("Updated at {time}").format(time=dt.datetime.now().strftime("%H:%M:%S")))
        self.credentials_view.setHtml(
            f"<h2>{t_title}</h2>"
            f"<p><b>{t_summoned}:</b> {rep.summoned} &nbsp; <b>{t_present}:</b> {rep.present} "
            f"({rep.present_percent:.2f}%) &nbsp; <b>{t_absent}:</b> {rep.absent} &nbsp; "
            f"<b>{e(self.tr('Not arrived'))}:</b> {rep.not_arrived} &nbsp; "
            f"<b>{t_subs}:</b> {rep.substitutes}</p>"
            f"<p><b>{t_reasons}</b></p><ul>{reasons}</ul>"
            f"<p><b>{t_makeup}</b></p><table cellpadding='3'>"
            + rows([rep.women, rep.minorities, *rep.ages, rep.heroes, rep.fighters, *rep.sectors])
            + f"</table><p>{t_guests}: {rep.guests_present}</p><p><i>{t_updated}</i></p>")

    # ------------------------------------------------------------ outputs
    def print_kind(self, kind: str) -> None:
        event = self.tab.window_.event_file
        if event is None:
            return
        out, _ = QFileDialog.getSaveFileName(self.tab, self.tr("Save the PDF"),
                                             str(suggested_path(event, file_stem(kind), "pdf")), "PDF (*.pdf)")
        if out:
            self.render_to(kind, out)

    def render_to(self, kind: str, out) -> None:
        window = self.tab.window_
        path = window.event_file.path

        def job(*, progress, cancel):
            from ...core.db import open_event
            from ...core.printing.kinds import render_kind

            ev = open_event(path, read_only=True)
            try:
                return render_kind(ev, kind, out, progress=progress, cancel=cancel)
            finally:
                ev.close()

        tasks.run_op(self.tab, job).with_progress(self.tr("Making the PDF…")).success(
            lambda _r: window.statusBar().showMessage(self.tr("Saved {path}").format(path=out), 6000)
        ).failure(lambda exc: show_user_error(self.tab, exc) if isinstance(exc, UserError) else None).run()

    def export_excel(self) -> None:
        event = self.tab.window_.event_file
        if event is None:
            return
        out, _ = QFileDialog.getSaveFileName(self.tab, self.tr("Save the attendance workbook"),
                                             str(suggested_path(event, "diem-danh", "xlsx")),
                                             "Excel (*.xlsx)")
        if out:
            self.export_to(out)

    def export_to(self, out) -> None:
        window, desk = self.tab.window_, self.tab.desk
        path = window.event_file.path
        journals = [p for p in (desk.journal_dir, desk.local_dir) if p.exists()] if desk else []

        def job(*, progress, cancel):
            from ...core.checkin.export import export_attendance
            from ...core.db import connect

            db = connect(path, read_only=True)
            try:
                return export_attendance(db, out, journals)
            finally:
                db.close()

        tasks.run_op(self.tab, job).with_progress(self.tr("Writing the workbook…")).success(
            lambda _r: window.statusBar().showMessage(self.tr("Saved {path}").format(path=out), 6000)
        ).run()

    def merge(self) -> None:
        """Fold the journals into the event file: those of the session this desk is in (the
        real one, or the rehearsal's, which the event file keeps apart and never counts)."""
        desk, window = self.tab.desk, self.tab.window_
        if desk is None:
            return
        from ...core.checkin.store import merge_journals

        paths = [p for p in (desk.journal_dir, desk.local_dir) if p.exists()]
        session = desk.session if desk.rehearsal else None

        def job(db, paths, *, progress, cancel):
            return merge_journals(db, paths, session=session, progress=progress, cancel=cancel)

        def done(result) -> None:
            msg = self.tr("{added} new events merged into the event file ({already} were there already)").format(
                added=result.added, already=result.already)
            if session is not None:
                msg = self.tr("Rehearsal {id}:").format(id=session[:4]) + " " + msg
            said = result.messages()
            if said:
                msg += "\n" + "\n".join(said[:20])
            if result.problems:
                msg += "\n" + self.tr("Skipped lines:") + "\n" + "\n".join(str(p) for p in result.problems[:20])
            if result.problems or said:
                QMessageBox.warning(self.tab, self.tr("Merge"), msg)
            else:
                window.statusBar().showMessage(msg, 8000)

        window.run_write(job, paths, label=self.tr("Merging the journals…"), on_done=done)
