"""``congress-desk open EVENT``: the window on an event file. Its arguments are here; the
window itself is opened by ``cli.main`` (the layer above commands and ui)."""

from __future__ import annotations

from ..core.i18n import translate


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", nargs="?", help=translate("cli", "event file to open"))
