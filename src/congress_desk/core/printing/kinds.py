"""The registry of printable kinds and the one function that renders any of them.

Every renderer has the signature::

    def render(event, out, options: PrintOptions, *, progress, cancel) -> RenderResult

``event`` is an open :class:`~congress_desk.core.db.EventFile` (read it through
``event.db``), ``out`` a path or a binary file object (``BytesIO``), ``progress`` a
callback ``progress(done, total, label)`` and ``cancel`` a
:class:`~congress_desk.core.progress.CancelToken` checked between pages or records.
A renderer raises :class:`~congress_desk.core.errors.UserError` for problems the
user can fix and returns warnings (overflowing text, nobody selected …) in its
:class:`RenderResult`; it never writes half a file (write to a temporary file,
then rename — :func:`congress_desk.core.printing.output.atomic_output` does it).

Text documents (:data:`DOCUMENT_KINDS`) are different: their target *builds* a
:class:`~.model.Document` (``build(event, options) -> Built``), which
:func:`render_kind` writes as PDF (:mod:`.pdf_render`) or Word (:mod:`.docx_render`).

This module registers the kinds of this layer (badges, cards, invitations, lists, the
calibration page). A capability above builds its own kinds on the document layer and
registers them with :func:`register` (``core/print_kinds.py`` registers every one by
plain import; the top — commands, ui, tests — imports it). :data:`ORDER` is the order
lists show the kinds in.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import UserError
from ..i18n import translate
from ..progress import CancelToken, no_progress
from .options import PrintOptions, RenderResult

# What a saved file of each kind is called (Vietnamese, no accents), before the congress's code.
FILE_STEMS = {
    "badges": "the-dai-bieu", "seat-cards": "bien-ten-cho-ngoi", "tent-cards": "bien-ten-doan-chu-tich",
    "invitations": "giay-moi", "seat-chart": "so-do-cho-ngoi", "delegate-list": "danh-sach-dai-bieu",
    "checkin-list": "danh-sach-diem-danh", "certificates": "bang-khen", "calibration": "can-chinh-bang-khen",
    "honoree-list": "danh-sach-khen-thuong", "ceremony-script": "kich-ban-chuong-trinh", "ballot": "phieu-bau",
    "decision-annex": "phu-luc-quyet-dinh", "attendance": "diem-danh",
    "credentials-report": "bao-cao-tham-tra-tu-cach",
}


def file_stem(kind: str) -> str:
    """``the-dai-bieu`` for ``badges``: the start of a saved file's name (:func:`~..event.suggested_path`)."""
    return FILE_STEMS.get(kind, kind)


def deferred(module: Callable, name: str) -> Callable:
    """The renderer (or builder) ``name`` of the module ``module()`` returns, imported
    only when it runs: ``module`` is a small function holding the plain import
    (start-up: reportlab)."""
    def run(*args, **kwargs):
        return getattr(module(), name)(*args, **kwargs)
    return run


# The modules of this layer's kinds.


def _badges():
    from . import badges
    return badges


def _cards():
    from . import cards
    return cards


def _invitations():
    from . import invitations
    return invitations


def _lists():
    from . import lists
    return lists


def _certificates():
    from . import certificates
    return certificates


# kind -> renderer (or builder, for DOCUMENT_KINDS); the other layers' kinds are added by register().
KINDS: dict[str, Callable] = {
    "badges": deferred(_badges, "render"),
    "seat-cards": deferred(_cards, "render_seat_cards"),
    "tent-cards": deferred(_cards, "render_tent_cards"),
    "invitations": deferred(_invitations, "build"),
    "delegate-list": deferred(_lists, "build_delegate_list"),
    "checkin-list": deferred(_lists, "build_checkin_list"),
    "calibration": deferred(_certificates, "render_calibration"),
}

# The order lists (the Printing tab, ``print --help``) show the kinds in.
ORDER = (
    "badges", "seat-cards", "tent-cards", "invitations", "seat-chart", "delegate-list", "checkin-list",
    "certificates", "calibration", "honoree-list", "ceremony-script", "ballot", "decision-annex",
    "attendance", "credentials-report",
)


def register(kinds: dict[str, Callable]) -> None:
    """Add kinds owned by a capability above this layer (kind -> renderer or builder),
    keeping :data:`ORDER`."""
    merged = {**KINDS, **kinds}
    KINDS.clear()
    KINDS.update(sorted(merged.items(), key=lambda kv: ORDER.index(kv[0]) if kv[0] in ORDER else len(ORDER)))


# Text documents: their target builds a :class:`~.model.Document` (``build(event, options)
# -> Built``), rendered to PDF or Word (.docx) by :func:`render_kind`.
DOCUMENT_KINDS = frozenset({
    "delegate-list", "checkin-list", "invitations", "honoree-list", "ceremony-script", "ballot",
    "decision-annex", "attendance", "credentials-report",
})
FORMATS = ("pdf", "docx")


def format_for(out, fmt: str | None = None) -> str:
    """"docx" for a path ending in .docx (or when asked), else "pdf"."""
    if fmt:
        return fmt
    name = str(getattr(out, "name", "")) if hasattr(out, "write") else str(out)
    return "docx" if name.lower().endswith(".docx") else "pdf"


def kind_label(kind: str) -> str:
    """A person's name for a kind, in the UI language."""
    return {
        "badges": translate("core", "Delegate badges"),
        "seat-cards": translate("core", "Seat name cards"),
        "tent-cards": translate("core", "Presidium tent cards"),
        "invitations": translate("core", "Invitations"),
        "seat-chart": translate("core", "Seat chart"),
        "delegate-list": translate("core", "Delegate list by unit"),
        "checkin-list": translate("core", "Check-in list (paper)"),
        "certificates": translate("core", "Certificates (Bằng khen, Giấy chứng nhận)"),
        "calibration": translate("core", "Certificate calibration page"),
        "honoree-list": translate("core", "Honoree list"),
        "ceremony-script": translate("core", "Ceremony script"),
        "ballot": translate("core", "Council ballot"),
        "decision-annex": translate("core", "Decision annex"),
        "attendance": translate("core", "Attendance"),
        "credentials-report": translate("core", "Credentials report"),
    }.get(kind, kind)


def available_kinds() -> list[str]:
    """The registered kinds, in :data:`ORDER`."""
    return list(KINDS)


def render_kind(event, kind: str, out, options: PrintOptions | None = None, *,
                progress=no_progress, cancel: CancelToken | None = None, fmt: str | None = None) -> RenderResult:
    """Render ``kind`` for ``event`` into ``out`` (a path or a binary file object),
    as PDF or — for text documents — Word: ``fmt`` "pdf" / "docx", by default
    chosen by the extension of ``out``."""
    if kind not in KINDS:
        raise UserError(
            translate("core", "Unknown kind of document “{kind}”; known kinds: {kinds}").format(
                kind=kind, kinds=", ".join(KINDS))
        )
    fmt = format_for(out, fmt)
    if fmt not in FORMATS or (fmt == "docx" and kind not in DOCUMENT_KINDS):
        raise UserError(translate("core", "“{kind}” is printed as PDF only").format(kind=kind_label(kind)),
                        field="format")
    fn = KINDS[kind]
    from .fonts import register_fonts

    register_fonts()
    cancel = cancel or CancelToken()
    # Renderers may run on a worker thread: they see the event through a connection of
    # that thread's own (never the window's), whatever module they come from.
    with _ThreadView(event) as view:
        if kind not in DOCUMENT_KINDS:
            return fn(view, out, options or PrintOptions(), progress=progress, cancel=cancel)
        built = fn(view, options or PrintOptions())
        return write_document(built, out, fmt, progress=progress, cancel=cancel)


def build_document(event, kind: str, options: PrintOptions | None = None):
    """The :class:`~.model.Built` document of a text kind, without writing it."""
    if kind not in DOCUMENT_KINDS:
        raise UserError(translate("core", "“{kind}” is printed as PDF only").format(kind=kind_label(kind)),
                        field="format")
    with _ThreadView(event) as view:
        return KINDS[kind](view, options or PrintOptions())


def write_document(built, out, fmt: str = "pdf", *, progress=no_progress,
                   cancel: CancelToken | None = None) -> RenderResult:
    """Write a built document (:class:`~.model.Built`) as PDF or .docx."""
    if fmt == "docx":
        from .docx_render import render_docx

        progress(0, 1, built.document.title)
        render_docx(built.document, out, keep=built.keep)
        pages = 0
    else:
        from .pdf_render import render_pdf

        pages = render_pdf(built.document, out, progress=progress, cancel=cancel, keep=built.keep).pages
    if built.after:
        built.after()
    return RenderResult(pages, list(built.warnings), built.items, list(built.unknown_codes))


class _ThreadView:
    """The open event as seen from the rendering thread: same file, its own connection."""

    def __init__(self, event):
        self._event = event
        self.db = None

    def __enter__(self) -> _ThreadView:
        self.db = self._event.connect()
        return self

    def __exit__(self, *exc) -> None:
        self.db.close()

    def connect(self):
        return self._event.connect()

    def __getattr__(self, name: str):
        return getattr(self._event, name)
