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

Other areas own some kinds: they put their renderer or builder at the path listed
below (module imported lazily). Until that module exists the kind is reported as
"not available yet" (CLI exit 2). A different path can be registered at import time
with :func:`register_kind`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from ..errors import UserError
from ..i18n import translate
from ..progress import CancelToken, no_progress
from .options import PrintOptions, RenderResult

_P = "congress_desk.core.printing."

KINDS: dict[str, str] = {
    # printing (this area)
    "badges": _P + "badges:render",
    "seat-cards": _P + "cards:render_seat_cards",
    "tent-cards": _P + "cards:render_tent_cards",
    "invitations": _P + "invitations:build",
    "seat-chart": _P + "seat_chart:render",
    "delegate-list": _P + "lists:build_delegate_list",
    "checkin-list": _P + "lists:build_checkin_list",
    "certificates": "congress_desk.core.vetting.certificates:render",
    "calibration": _P + "certificates:render_calibration",
    # vetting
    "honoree-list": "congress_desk.core.vetting.print_kinds:build_honoree_list",
    "ceremony-script": "congress_desk.core.vetting.print_kinds:build_ceremony_script",
    "ballot": "congress_desk.core.vetting.print_kinds:build_ballot",
    "decision-annex": "congress_desk.core.vetting.print_kinds:build_decision_annex",
    # check-in
    "attendance": "congress_desk.core.checkin.print_kinds:build_attendance",
    "credentials-report": "congress_desk.core.checkin.print_kinds:build_credentials_report",
}


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


class KindNotAvailable(UserError):
    """The kind is known but the capability that prints it is not installed yet."""


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


def register_kind(kind: str, target: str) -> None:
    """Register (or move) a kind: ``target`` is ``"package.module:function"``."""
    if ":" not in target:
        raise ValueError("target must be 'module:function'")
    KINDS[kind] = target


def resolve(kind: str) -> Callable:
    """The renderer of ``kind``. Raises ``KeyError`` for an unknown kind and
    :class:`KindNotAvailable` when its module is not there yet."""
    target = KINDS[kind]
    module_name, _, func = target.partition(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name and (module_name == exc.name or module_name.startswith(exc.name + ".")):
            raise KindNotAvailable(
                translate("core", "Printing “{kind}” is not available yet in this version").format(kind=kind)
            ) from None
        raise
    fn = getattr(module, func, None)
    if fn is None:
        raise KindNotAvailable(
            translate("core", "Printing “{kind}” is not available yet in this version").format(kind=kind)
        )
    return fn


def available_kinds() -> list[str]:
    """Kinds whose renderer can be imported now, in registry order."""
    out = []
    for kind in KINDS:
        try:
            resolve(kind)
        except KindNotAvailable:
            continue
        out.append(kind)
    return out


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
    fn = resolve(kind)
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
        return resolve(kind)(view, options or PrintOptions())


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
