"""What every command shares: opening the event file, messages, JSON output."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from ..core.db import EventFile, open_event
from ..core.errors import NewerEventFile, NotAnEventFile, UserError
from ..core.i18n import translate

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """Stop the command: print ``message`` on stderr and exit with ``status``."""

    def __init__(self, message: str, status: int = EXIT_USAGE):
        super().__init__(message)
        self.message = message
        self.status = status



def say(message: str) -> None:
    """One line for people, on stderr."""
    print(" ".join(str(message).split()), file=sys.stderr)


def emit_json(obj) -> None:
    """The one JSON object a ``--json`` command prints on stdout."""
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1, default=str))
    sys.stdout.write("\n")
    sys.stdout.flush()


def open_existing(path: str | Path, *, write: bool = True) -> EventFile:
    """Open EVENT for a command; usage errors (missing, not ours) exit with 2."""
    path = Path(path)
    if not path.exists():
        raise CommandError(translate("cli", "Event file not found: {path}").format(path=path), EXIT_USAGE)
    if write:
        announce_lock_watch(path)
    try:
        event = open_event(path, read_only=not write)
    except (NotAnEventFile, NewerEventFile) as exc:
        raise CommandError(f"{path}: {exc.message}", EXIT_USAGE) from None
    except UserError as exc:
        raise CommandError(str(exc), EXIT_USAGE) from None
    if event.lock is not None and event.lock.took_over is not None:
        # Nobody to ask on the command line: go ahead, but say whose lock was taken.
        say(translate("cli", "Took the event file over from {holder}: its heartbeat had stopped")
            .format(holder=event.lock.took_over.describe()))
    if write and event.read_only:
        event.close()
        raise CommandError(
            translate("cli", "Cannot write to {path}: {reason}").format(path=path.name, reason=event.read_only_reason),
            EXIT_REFUSED,
        )
    for notice in event.notices:
        say(notice)
    return event


def announce_lock_watch(path: str | Path) -> None:
    """Say so before waiting to see whether another PC's lock on EVENT is still alive."""
    from ..core.lock import current_holder

    holder = current_holder(Path(path))
    if holder is None or holder.is_ours() or holder.certainly_dead() or holder.certainly_alive():
        return
    say(translate("cli", "The event file is marked as open by {holder}; watching its heartbeat for {seconds:.0f} s "
                         "to see whether it is still working").format(holder=holder.describe(),
                                                                      seconds=holder.watch_seconds()))
