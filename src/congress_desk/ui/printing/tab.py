"""The In ấn tab: choose what to print and for whom, preview it, print or save it.

Rendering always runs in the background through ``ui.tasks.run_op`` (progress,
Cancel); the preview is a raster of the real PDF (pypdfium2), so what is seen is
exactly what prints.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...core.changes import Changes
from ...core.errors import UserError
from ...core.event import suggested_path
from ...core.fields import format_datetime
from ...core.printing import badges, cards, certificates
from ...core.printing.kinds import (
    DOCUMENT_KINDS,
    available_kinds,
    file_stem,
    kind_label,
    render_kind,
)
from ...core.printing.options import PrintOptions
from ...core.printing.preview import SAMPLE_KINDS, rasterise, render_layout_sample, render_preview
from ...core.printing.records import parse_codes, print_history
from ...core.registry import list_units
from .. import tasks
from ..errors import show_user_error

# What a saved file is called by default: what it is, then which congress
# ("the-dai-bieu_DH-TDYN-HP-IX.pdf").

PRINT_DPI = 300


def layouts_for(kind: str) -> list[tuple[str, str]]:
    """(name, label) of the layouts a kind offers; empty when it has none."""
    if kind == "badges":
        return [(n, lay.label) for n, lay in badges.layouts().items()]
    if kind in ("seat-cards", "tent-cards"):
        return [(n, lay.label) for n, lay in cards.layouts(kind).items()]
    if kind == "seat-chart":
        return [("A3", "A3"), ("A4", "A4 (2 tờ ghép)")]
    return []


def _qimage(page) -> QImage:
    image = QImage(page.rgb, page.width, page.height, page.width * 3, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: ``page.rgb`` may go away


def print_pdf(printer: QPrinter, pdf: bytes, *, progress, cancel) -> int:
    """Paint every page of ``pdf`` onto ``printer`` (safe in a worker thread:
    QPainter may paint on a QPrinter outside the GUI thread). Returns pages."""
    painter = QPainter()
    if not painter.begin(printer):
        raise UserError(QPrinter.tr("The printer could not be started"))
    done = 0
    try:
        from ...core.printing.preview import page_count

        total = page_count(pdf)
        for page in rasterise(pdf, min(PRINT_DPI, printer.resolution()), cancel=cancel):
            if done:
                printer.newPage()
            target = painter.viewport()
            image = _qimage(page)
            scaled = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(target.x(), target.y(), image.scaled(scaled, Qt.AspectRatioMode.KeepAspectRatio,
                                                                  Qt.TransformationMode.SmoothTransformation))
            done += 1
            progress(done, total, "")
    finally:
        painter.end()
    return done


def _render_to_file(event, kind, path, options, *, progress, cancel):
    return render_kind(event, kind, path, options, progress=progress, cancel=cancel)


def _render_and_print(event, kind, options, printer, *, progress, cancel):
    preview = render_preview(event, kind, options, max_pages=0, progress=progress, cancel=cancel)
    print_pdf(printer, preview.pdf, progress=progress, cancel=cancel)
    return preview.result


class PrintingTab(QWidget):
    def __init__(self, window):
        super().__init__(window)
        self.window_ = window
        self._pdf: bytes | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("print_kind")
        for kind in available_kinds():
            self.kind_combo.addItem(kind_label(kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)

        # for whom
        self.who_all = QRadioButton(self.tr("Everyone"))
        self.who_unit = QRadioButton(self.tr("One unit"))
        self.who_codes = QRadioButton(self.tr("Badge codes"))
        self.who_all.setChecked(True)
        self.who_group = QButtonGroup(self)
        for b in (self.who_all, self.who_unit, self.who_codes):
            self.who_group.addButton(b)
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("print_unit")
        self.codes_edit = QLineEdit()
        self.codes_edit.setObjectName("print_codes")
        self.codes_edit.setPlaceholderText(self.tr("10000012, 10000020 …"))
        self.not_yet = QCheckBox(self.tr("Only those not printed yet (or changed since)"))
        self.not_yet.setObjectName("print_not_yet")
        who = QGroupBox(self.tr("For whom"))
        wl = QFormLayout(who)
        wl.addRow(self.who_all)
        wl.addRow(self.who_unit, self.unit_combo)
        wl.addRow(self.who_codes, self.codes_edit)
        wl.addRow(self.not_yet)

        # options
        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("print_layout")
        self.double_sided = QCheckBox(self.tr("Double-sided (back of each sheet)"))
        self.personal = QCheckBox(self.tr("Print ID and phone numbers"))
        self.per_section = QCheckBox(self.tr("One page per section"))
        self.printer_edit = QLineEdit()
        self.printer_edit.setPlaceholderText(self.tr("printer name, e.g. HP phòng 2"))
        self.blank_combo = QComboBox()
        self.blank_combo.setObjectName("print_blank")
        self.blank_combo.addItem(self.tr("Each award on its form's blank"), None)
        self.blank_combo.addItem(self.tr("Bằng khen blank only"), "bang-khen")
        self.blank_combo.addItem(self.tr("Title certificate (Giấy chứng nhận) blank only"), "chung-nhan")
        self.dx = QDoubleSpinBox()
        self.dy = QDoubleSpinBox()
        for spin in (self.dx, self.dy):
            spin.setRange(-50, 50)
            spin.setDecimals(1)
            spin.setSingleStep(0.5)
            spin.setSuffix(" mm")
        self.save_offsets = QPushButton(self.tr("Save offsets"))
        self.save_offsets.clicked.connect(self.save_calibration)
        self.printer_edit.editingFinished.connect(self._load_calibration)
        self.offsets_row = QWidget()
        ol = QHBoxLayout(self.offsets_row)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(QLabel("x"))
        ol.addWidget(self.dx)
        ol.addWidget(QLabel("y"))
        ol.addWidget(self.dy)
        ol.addWidget(self.save_offsets)
        opts = QGroupBox(self.tr("Options"))
        self.opts_form = QFormLayout(opts)
        self.logo_button = QPushButton(self.tr("Logo on badges…"))
        self.logo_button.clicked.connect(self.choose_logo)
        self.opts_form.addRow(self.tr("Layout"), self.layout_combo)
        self.opts_form.addRow(self.logo_button)
        self.opts_form.addRow(self.double_sided)
        self.opts_form.addRow(self.personal)
        self.opts_form.addRow(self.per_section)
        self.opts_form.addRow(self.tr("Blank"), self.blank_combo)
        self.opts_form.addRow(self.tr("Printer"), self.printer_edit)
        self.opts_form.addRow(self.tr("Offsets"), self.offsets_row)
        self.frame_button = QPushButton(self.tr("Certificate paper and areas…"))
        self.frame_button.clicked.connect(self.edit_frame)
        self.opts_form.addRow(self.frame_button)

        self.preview_button = QPushButton(self.tr("Preview"))
        self.preview_button.setObjectName("print_preview")
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_pdf_dialog)
        self.word_button = QPushButton(self.tr("Save as Word…"))
        self.word_button.setObjectName("print_save_word")
        self.word_button.setToolTip(self.tr("The same document as an editable Word file (.docx), to review "
                                            "and edit before it is signed"))
        self.word_button.clicked.connect(self.save_docx_dialog)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_dialog)
        self.sample_button = QPushButton(self.tr("Layout sample"))
        self.sample_button.setToolTip(self.tr("The chosen layout filled with sample values"))
        self.sample_button.clicked.connect(self.preview_sample)
        buttons = QHBoxLayout()
        for b in (self.sample_button, self.preview_button, self.save_button, self.word_button, self.print_button):
            buttons.addWidget(b)

        self.warnings = QListWidget()
        self.warnings.setObjectName("print_warnings")
        self.warnings.setMaximumHeight(110)
        self.history = QListWidget()
        self.history.setObjectName("print_history")

        left = QWidget()
        ll = QVBoxLayout(left)
        form = QFormLayout()
        form.addRow(self.tr("What to print"), self.kind_combo)
        ll.addLayout(form)
        ll.addWidget(who)
        ll.addWidget(opts)
        ll.addLayout(buttons)
        ll.addWidget(QLabel(self.tr("Warnings")))
        ll.addWidget(self.warnings)
        ll.addWidget(QLabel(self.tr("Printed so far")))
        ll.addWidget(self.history, 1)

        self.status = QLabel(self.tr("Choose what to print, then Preview."))
        self.status.setObjectName("print_status")
        self.status.setWordWrap(True)
        self.saved_path: Path | None = None
        self.open_file_button = QPushButton(self.tr("Open the file"))
        self.open_file_button.setObjectName("print_open_file")
        self.open_file_button.clicked.connect(lambda: self._open(self.saved_path))
        self.open_folder_button = QPushButton(self.tr("Open the folder"))
        self.open_folder_button.setObjectName("print_open_folder")
        self.open_folder_button.clicked.connect(lambda: self._open(self.saved_path.parent if self.saved_path else None))
        self.saved_row = QWidget()
        srl = QHBoxLayout(self.saved_row)
        srl.setContentsMargins(0, 0, 0, 0)
        srl.addWidget(self.open_file_button)
        srl.addWidget(self.open_folder_button)
        srl.addStretch(1)
        self.saved_row.hide()
        self.pages = QWidget()
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_layout.setSpacing(10)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.pages)
        self.scroll.setStyleSheet("QScrollArea { background: #777; }")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.addWidget(self.status)
        rl.addWidget(self.saved_row)
        rl.addWidget(self.scroll, 1)

        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        outer = QVBoxLayout(self)
        outer.addWidget(split)

        window.event_opened.connect(self._event_switched)
        window.event_opened.connect(self.reload)
        window.event_changed.connect(self._changed)
        if hasattr(window, "event_closed"):
            window.event_closed.connect(self._event_switched)
            window.event_closed.connect(self.reload)
        self._kind_changed()
        self.reload()

    def title(self) -> str:
        return self.tr("Printing")

    # ---------------------------------------------------------------- state
    @property
    def event(self):
        return getattr(self.window_, "event_file", None)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _event_switched(self) -> None:
        """Another event file: what was said about the last one (saved, warnings, the
        preview) no longer holds."""
        self.status.setText(self.tr("Choose what to print, then Preview."))
        self.warnings.clear()
        self._clear_pages()
        self.saved_path = None
        self.saved_row.hide()

    def _clear_pages(self) -> None:
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()

    def _open(self, path: Path | None) -> None:
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def _changed(self, changes: Changes) -> None:
        if changes.touches("units", "printing", "event"):
            self.reload()

    def reload(self) -> None:
        has = self.event is not None
        for w in (self.preview_button, self.save_button, self.print_button):
            w.setEnabled(has)
        current = self.unit_combo.currentText()
        self.unit_combo.clear()
        self.history.clear()
        if not has:
            return
        db = self.event.db
        for unit in list_units(db):
            self.unit_combo.addItem(unit["name"])
        if current:
            self.unit_combo.setCurrentText(current)
        for run in print_history(db):
            self.history.addItem(self.tr("{when} — {what}: {n}").format(
                when=format_datetime(run["printed_at"]), what=kind_label(run["kind"]), n=run["items"]))
        self._load_calibration()

    def _kind_changed(self) -> None:
        kind = self.kind()
        self.layout_combo.clear()
        for name, label in layouts_for(kind or ""):
            self.layout_combo.addItem(label, name)
        self.layout_combo.setEnabled(self.layout_combo.count() > 0)
        self.double_sided.setVisible(kind == "badges")
        self.logo_button.setVisible(kind == "badges")
        self.personal.setVisible(kind in ("delegate-list", "checkin-list"))
        self.per_section.setVisible(kind == "seat-chart")
        self.sample_button.setEnabled(kind in SAMPLE_KINDS)
        self.word_button.setVisible(kind in DOCUMENT_KINDS)
        for w in (self.printer_edit, self.offsets_row, self.frame_button, self.blank_combo):
            self.opts_form.setRowVisible(w, kind in ("certificates", "calibration"))

    def options(self) -> PrintOptions:
        kind = self.kind()
        opts = PrintOptions(not_yet_printed=self.not_yet.isChecked())
        if self.who_unit.isChecked():
            opts.unit = self.unit_combo.currentText() or None
        elif self.who_codes.isChecked():
            opts.codes = parse_codes(self.codes_edit.text())
            if not opts.codes:
                raise UserError(self.tr("Type at least one badge code"))
        if kind == "seat-chart":
            opts.paper = self.layout_combo.currentData()
            opts.per_section = self.per_section.isChecked()
        elif self.layout_combo.count():
            opts.layout = self.layout_combo.currentData()
        opts.double_sided = kind == "badges" and self.double_sided.isChecked()
        opts.personal_numbers = self.personal.isChecked() and kind in ("delegate-list", "checkin-list")
        opts.printer = self.printer_edit.text().strip() or None
        if kind in ("certificates", "calibration"):
            opts.blank = self.blank_combo.currentData() or (None if kind == "certificates" else "bang-khen")
        return opts

    def _options_or_warn(self) -> PrintOptions | None:
        try:
            return self.options()
        except UserError as exc:
            show_user_error(self, exc)
            return None

    # ---------------------------------------------------------------- actions
    def preview(self) -> None:
        if self.event is None:
            return
        opts = self._options_or_warn()
        if opts is None:
            return
        self.status.setText(self.tr("Rendering…"))
        (tasks.run_op(self, render_preview, self.event, self.kind(), opts)
         .success(self._show_preview)
         .failure(self._failed)
         .cancelled(lambda: self.status.setText(self.tr("Cancelled")))
         .with_progress(self.tr("Rendering {what}").format(what=kind_label(self.kind())))
         .run())

    def preview_sample(self) -> None:
        kind = self.kind()
        if kind not in SAMPLE_KINDS:
            return
        (tasks.run_op(self, render_layout_sample, self.event, kind, self.layout_combo.currentData())
         .success(self._show_preview)
         .failure(self._failed)
         .run())

    def _failed(self, exc) -> None:
        self.status.setText(str(exc))
        show_user_error(self, exc)

    def _show_preview(self, preview) -> None:
        self._pdf = preview.pdf
        while self.pages_layout.count():
            item = self.pages_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for i, page in enumerate(preview.images):
            label = QLabel()
            label.setObjectName(f"preview_page_{i + 1}")
            pixmap = QPixmap.fromImage(_qimage(page))
            room = max(200, self.scroll.viewport().width() - 24)
            if pixmap.width() > room:  # A3 sheets: fit the width of the preview
                pixmap = pixmap.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())
            label.setStyleSheet("background: white;")
            self.pages_layout.addWidget(label)
        result = preview.result
        more = result.pages - len(preview.images)
        text = self.tr("{what}: {items} item(s), {pages} page(s)").format(
            what=kind_label(self.kind()), items=result.items, pages=result.pages)
        if more > 0:
            text += " " + self.tr("(the first {n} pages are shown)").format(n=len(preview.images))
        self.status.setText(text)
        self._show_warnings(result.warnings)

    def _show_warnings(self, warnings) -> None:
        self.warnings.clear()
        for w in warnings:
            self.warnings.addItem(w)

    def default_pdf_path(self, suffix: str = "pdf") -> Path | None:
        """Where Save as PDF (or Word) starts: beside the event file, named for what and which congress."""
        if self.event is None:
            return None
        return suggested_path(self.event, file_stem(self.kind()), suffix)

    def save_pdf_dialog(self) -> None:
        start = str(self.default_pdf_path() or "")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), start, self.tr("PDF files (*.pdf)"))
        if path:
            self.save_pdf(path)

    def save_docx_dialog(self) -> None:
        start = str(self.default_pdf_path("docx") or "")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as Word"), start,
                                              self.tr("Word documents (*.docx)"))
        if path:
            if not path.lower().endswith(".docx"):
                path += ".docx"
            self.save_pdf(path)

    def save_pdf(self, path: str) -> None:
        """Render the chosen kind to ``path``: PDF, or Word when it ends in .docx."""
        opts = self._options_or_warn()
        if opts is None or self.event is None:
            return
        (tasks.run_op(self, _render_to_file, self.event, self.kind(), path, opts)
         .success(lambda result: self._saved(result, path))
         .failure(self._failed)
         .with_progress(self.tr("Rendering {what}").format(what=kind_label(self.kind())))
         .run())

    def print_dialog(self) -> None:
        opts = self._options_or_warn()
        if opts is None or self.event is None:
            return
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self._printer.setFullPage(True)
        dialog = QPrintDialog(self._printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        (tasks.run_op(self, _render_and_print, self.event, self.kind(), opts, self._printer)
         .success(lambda result: self._done(result, self.tr("Sent to the printer")))
         .failure(self._failed)
         .with_progress(self.tr("Printing {what}").format(what=kind_label(self.kind())))
         .run())

    def _saved(self, result, path: str) -> None:
        """Saved: say so and offer to open the file or its folder."""
        self._done(result, self.tr("Saved {path}").format(path=path))
        self.saved_path = Path(path)
        self.saved_row.show()

    def _done(self, result, message: str) -> None:
        self.status.setText(message + " — " + self.tr("{items} item(s), {pages} page(s)").format(
            items=result.items, pages=result.pages))
        self._show_warnings(result.warnings)
        self.window_.notify_changed(Changes.of("printing"))

    def choose_logo(self) -> None:
        if self.event is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo on badges"), str(Path(self.event.path).parent),
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.set_logo(path)

    def set_logo(self, path: str | None) -> None:
        self.window_.run_write(_save_logo, path, on_error=lambda exc: show_user_error(self, exc),
                               on_done=lambda _c: self.status.setText(self.tr("Logo saved")))

    # ---------------------------------------------------------------- calibration
    def edit_frame(self) -> None:
        if self.event is None:
            return
        from .frame_dialog import FrameDialog

        blank = self.blank_combo.currentData() or certificates.DEFAULT_BLANK
        dialog = FrameDialog(self, certificates.load_frame(self.event.db, blank))
        if dialog.exec() == FrameDialog.DialogCode.Accepted:
            self.save_frame(dialog.result_frame(), blank)

    def save_frame(self, frame: dict, blank: str | None = None) -> None:
        blank = blank or certificates.DEFAULT_BLANK
        self.window_.run_write(_save_frame, frame, blank, on_error=lambda exc: show_user_error(self, exc),
                               on_done=lambda _c: self.status.setText(self.tr("Certificate paper and areas saved")))

    def _load_calibration(self) -> None:
        if self.event is None:
            return
        dx, dy = certificates.get_calibration(self.event.db, self.printer_edit.text().strip())
        self.dx.setValue(dx)
        self.dy.setValue(dy)

    def save_calibration(self) -> None:
        if self.event is None:
            return
        printer = self.printer_edit.text().strip()
        self.window_.run_write(
            _save_offsets, printer, self.dx.value(), self.dy.value(),
            on_done=lambda _changes: self.status.setText(
                self.tr("Offsets saved for {printer}").format(printer=printer)),
            on_error=lambda exc: show_user_error(self, exc))


def _save_frame(db, frame, blank, *, progress, cancel):
    return certificates.save_frame(db, frame, blank)


def _save_logo(db, path, *, progress, cancel):
    return badges.set_logo(db, path)


def _save_offsets(db, printer, dx, dy, *, progress, cancel):
    return certificates.set_calibration(db, printer, dx, dy)
