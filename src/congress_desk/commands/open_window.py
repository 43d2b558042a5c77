"""``congress-desk open EVENT``: the window on an event file."""

from __future__ import annotations

from ..core.i18n import translate


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", nargs="?", help=translate("cli", "event file to open"))


def run(args) -> int:
    from ..cli import _open_window

    return _open_window(args.event)
