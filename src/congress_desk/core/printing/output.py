"""Writing a PDF whole or not at all, to a path or a binary file object."""

from __future__ import annotations

import contextlib
import io
import os
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from ... import APP_NAME
from ..errors import UserError
from ..i18n import translate


@contextlib.contextmanager
def atomic_output(out):
    """Yield a ``BytesIO`` to render into; on success its bytes go to ``out``.

    ``out`` is a path (written to ``NAME.part`` then renamed, so a failure or a
    Cancel never leaves half a PDF) or a writable binary file object.
    """
    buf = io.BytesIO()
    yield buf
    data = buf.getvalue()
    if hasattr(out, "write"):
        out.write(data)
        return
    path = Path(out)
    tmp = path.with_name(path.name + ".part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise UserError(
            translate("core", "Cannot write the PDF: {error}").format(error=exc.strerror or exc),
            file=str(path),
        ) from None


def new_canvas(buf, pagesize, *, title: str, subject: str = "") -> Canvas:
    """A ReportLab canvas with our metadata; fonts must be registered already."""
    c = Canvas(buf, pagesize=pagesize, pageCompression=1, invariant=0)
    c.setTitle(title)
    c.setAuthor(APP_NAME)
    c.setCreator(APP_NAME)
    if subject:
        c.setSubject(subject)
    return c
