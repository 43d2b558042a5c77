"""``congress-desk``: the window, or a headless command (see DESIGN.md for the contract).

Headless commands never import Qt widgets; the window is imported only when opened.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from pathlib import Path

from . import __version__
from .core.i18n import QT_TRANSLATE_NOOP, translate

# name -> (module under congress_desk.commands, one-line help). Order is the help order.
COMMANDS: dict[str, tuple[str, str]] = {
    "open": ("open_window", QT_TRANSLATE_NOOP("cli", "open the window on an event file")),
    "demo": ("demo", QT_TRANSLATE_NOOP("cli", "create a demo congress with realistic data")),
    "import": ("import_", QT_TRANSLATE_NOOP("cli", "read unit spreadsheets into the registry")),
    "template": ("template", QT_TRANSLATE_NOOP("cli", "write the workbook units fill in")),
    "export": ("export", QT_TRANSLATE_NOOP("cli", "write an official-format workbook")),
    "seat": ("seat", QT_TRANSLATE_NOOP("cli", "assign seats by the protocol rules, keeping locked seats")),
    "checkin": ("checkin", QT_TRANSLATE_NOOP("cli", "check a delegate in by badge code, as a desk would")),
    "merge": ("merge", QT_TRANSLATE_NOOP("cli", "fold desk journals into the event file")),
    "vet": ("vet", QT_TRANSLATE_NOOP("cli", "run the vetting checks and list nominations with their findings")),
    "print": ("print_", QT_TRANSLATE_NOOP("cli", "print badges, cards, charts, lists and certificates to PDF")),
}



class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one clear line, exit 2
        self.print_usage(sys.stderr)
        print(self.prog + ": " + translate("cli", "error") + ": " + message, file=sys.stderr)
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="congress-desk",
        description=translate("cli", "Congress Desk: run a Patriotic Emulation Congress."),
    )
    parser.add_argument("--version", action="version", version=f"congress-desk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=translate("cli", help_text), description=translate("cli", help_text))
        importlib.import_module(f"congress_desk.commands.{module}").add_arguments(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    _reconfigure_streams()
    if not argv:
        return _open_window(None)
    first = argv[0]
    if first not in COMMANDS and not first.startswith("-") and len(argv) == 1:
        return _open_window(first)  # congress-desk EVENT
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        return _open_window(None)
    from .commands.common import CommandError

    module = importlib.import_module(f"congress_desk.commands.{COMMANDS[args.command][0]}")
    try:
        return int(module.run(args) or 0)
    except CommandError as exc:
        print(exc.message, file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print(translate("cli", "Interrupted"), file=sys.stderr)
        return 1
    except Exception:  # noqa: BLE001 - last resort: log, never a traceback on the console
        from .logs import log_exception

        log_path = log_exception("command " + args.command)
        print(translate("cli", "Unexpected error; details were written to {path}").format(path=log_path), file=sys.stderr)
        return 1


def _open_window(path: str | None) -> int:
    if path is not None and not Path(path).exists():
        print(translate("cli", "Event file not found: {path}").format(path=path), file=sys.stderr)
        return 2
    from .ui.app import main as gui_main

    return gui_main(path)


def _reconfigure_streams() -> None:
    # Vietnamese text on a Windows console that is not UTF-8.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8", errors="replace")
