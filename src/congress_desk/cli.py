"""``congress-desk``: the window, or a headless command (see DESIGN.md for the contract).

Headless commands never import Qt widgets; the window is imported only when opened.
"""

from __future__ import annotations

import argparse
import contextlib
import os
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
    "units": ("units", "list, import or export the units and their quotas"),  # marked in commands/units.py
    "export": ("export", QT_TRANSLATE_NOOP("cli", "write an official-format workbook")),
    "seat": ("seat", QT_TRANSLATE_NOOP("cli", "seat the unseated by the protocol rules, keeping everyone seated")),
    "checkin": ("checkin", QT_TRANSLATE_NOOP("cli", "check a delegate in by badge code, as a desk would")),
    "attendance": ("attendance", QT_TRANSLATE_NOOP("cli", "count summoned, present, absent and not yet arrived")),
    "merge": ("merge", QT_TRANSLATE_NOOP("cli", "fold desk journals into the event file")),
    "vet": ("vet", QT_TRANSLATE_NOOP("cli", "run the vetting checks and list nominations with their findings")),
    "print": ("print_", QT_TRANSLATE_NOOP("cli", "print badges, cards, charts, lists and certificates to PDF")),
    "restore": ("restore", "list the backups of an event file or restore one"),  # marked in commands/restore.py
    "history": ("history", "show the history of changes"),  # marked in commands/history.py
}



def _argparse_messages() -> dict[str, str]:
    """argparse's own words (usage, errors, help headings) in the UI language."""
    return {
        "usage: ": translate("cli", "usage: "),
        "positional arguments": translate("cli", "positional arguments"),
        "options": translate("cli", "options"),
        "show this help message and exit": translate("cli", "show this help message and exit"),
        "show program's version number and exit": translate("cli", "show program's version number and exit"),
        "the following arguments are required: %s": translate("cli", "the following arguments are required: %s"),
        "unrecognized arguments: %s": translate("cli", "unrecognized arguments: %s"),
        "argument %(argument_name)s: %(message)s": translate("cli", "argument %(argument_name)s: %(message)s"),
        "invalid %(type)s value: %(value)r": translate("cli", "invalid %(type)s value: %(value)r"),
        "invalid choice: %(value)r (choose from %(choices)s)": translate(
            "cli", "invalid choice: %(value)r (choose from %(choices)s)"),
        "expected one argument": translate("cli", "expected one argument"),
        "expected at least one argument": translate("cli", "expected at least one argument"),
        "expected at most one argument": translate("cli", "expected at most one argument"),
        "ambiguous option: %(option)s could match %(matches)s": translate(
            "cli", "ambiguous option: %(option)s could match %(matches)s"),
        "not allowed with argument %s": translate("cli", "not allowed with argument %s"),
        "one of the arguments %s is required": translate("cli", "one of the arguments %s is required"),
        "ignored explicit argument %r": translate("cli", "ignored explicit argument %r"),
    }


@contextlib.contextmanager
def _argparse_in_ui_language():
    """Have argparse speak the UI language while we build and use our parser."""
    messages = _argparse_messages()
    saved = argparse._
    argparse._ = lambda text: messages.get(text, text)
    try:
        yield
    finally:
        argparse._ = saved


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one clear line on stderr, exit 2
        hint = translate("cli", "see {command} --help").format(command=self.prog)
        word = translate("cli", "error")
        line = f"{self.prog}: {word}: {message} ({hint})"
        print(" ".join(line.split()), file=sys.stderr)
        raise SystemExit(2)


def _command_module(name: str):
    """The module of command ``name`` (plain imports: parsing needs every command's arguments)."""
    from .commands import (
        attendance,
        checkin,
        demo,
        export,
        history,
        import_,
        merge,
        open_window,
        print_,
        restore,
        seat,
        template,
        units,
        vet,
    )

    modules = {m.__name__.rpartition(".")[2]: m for m in (
        attendance, checkin, demo, export, history, import_, merge, open_window, print_, restore, seat, template,
        units, vet)}
    return modules[COMMANDS[name][0]]


def build_parser() -> argparse.ArgumentParser:
    with _argparse_in_ui_language():
        parser = _Parser(
            prog="congress-desk",
            description=translate("cli", "Congress Desk: run a Patriotic Emulation Congress."),
        )
        # The version action's help is a default argument, not argparse._(): give it ourselves.
        parser.add_argument("--version", action="version", version=f"congress-desk {__version__}",
                            help=translate("cli", "show program's version number and exit"))
        sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
        for name, (_module, help_text) in COMMANDS.items():
            p = sub.add_parser(name, help=translate("cli", help_text), description=translate("cli", help_text))
            _command_module(name).add_arguments(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``congress-desk``; returns the exit status (0 done, 1 input refused, 2 usage)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    _reconfigure_streams()
    command = "start-up"
    try:
        if not argv:
            return _open_window(None)
        first = argv[0]
        if first not in COMMANDS and not first.startswith("-") and len(argv) == 1:
            return _open_window(first)  # congress-desk EVENT
        parser = build_parser()
        with _argparse_in_ui_language():
            args = parser.parse_args(argv)
        if not args.command:
            return _open_window(None)
        command = args.command
        if command == "open":  # the window is opened from here: commands never import the ui
            return _open_window(args.event)
        from .commands.common import CommandError, say

        module = _command_module(args.command)
        try:
            return int(module.run(args) or 0)
        except CommandError as exc:
            say(exc.message)
            return exc.status
    except KeyboardInterrupt:
        print(translate("cli", "Interrupted"), file=sys.stderr)
        return 1
    except BrokenPipeError:
        # The reader of our output went away (e.g. "| head"): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - last resort: log, never a traceback on the console
        from .core.errors import disk_full

        full = disk_full(exc)
        if full is not None:  # a full disk is the user's to fix: say so plainly
            print(full.message, file=sys.stderr)
            return 1
        from .logs import log_exception

        log_path = log_exception("command " + command)
        print(translate("cli", "Unexpected error; details were written to {path}").format(path=log_path), file=sys.stderr)
        return 1


def _open_window(path: str | None) -> int:
    if path is not None:
        from .core.db import check_event_file
        from .core.errors import UserError

        if not Path(path).is_file():
            print(translate("cli", "Event file not found: {path}").format(path=path), file=sys.stderr)
            return 2
        try:
            check_event_file(Path(path))
        except UserError as exc:
            print(f"{path}: {exc.message}", file=sys.stderr)
            return 2
    from .ui.app import main as gui_main

    return gui_main(path)


def _reconfigure_streams() -> None:
    # Vietnamese text on a Windows console that is not UTF-8.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8", errors="replace")
