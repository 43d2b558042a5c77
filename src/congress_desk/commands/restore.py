"""``congress-desk restore EVENT [BACKUP] [--list] [--json]``

Lists the backups of an event file with their counts, or puts a backup back in its place
(by default the latest sound one). It takes the one-writer lock; the file as it is is kept whole
in ``backups/`` first (a damaged one byte for byte in ``backups/damaged/``). Refused while another
instance holds the file, and for a backup of another congress or of a newer format.
"""

from __future__ import annotations

from pathlib import Path

from ..core.errors import EventLocked, UserError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.safety.recovery import backups_with_counts, latest_good_backup, restore_backup
from .common import (
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    CommandError,
    announce_lock_watch,
    emit_json,
    say,
)

# The one-line help cli.COMMANDS shows, here so that it is translated with this area.
HELP = QT_TRANSLATE_NOOP("cli", "list the backups of an event file or restore one")


def add_arguments(parser) -> None:
    parser.add_argument("event", metavar="EVENT", help=translate("cli", "event file"))
    parser.add_argument("backup", metavar="BACKUP", nargs="?",
                        help=translate("cli", "the backup to restore (default: the latest sound one)"))
    parser.add_argument("--list", action="store_true", help=translate("cli", "only list the backups"))
    parser.add_argument("--json", action="store_true", help=translate("cli", "print the result as JSON"))


def run(args) -> int:
    path = Path(args.event).absolute()
    if not path.exists() and not args.list:
        raise CommandError(translate("cli", "Event file not found: {path}").format(path=args.event), EXIT_USAGE)
    infos = backups_with_counts(path)
    listing = [{"file": str(b.path), "at": b.at.isoformat(timespec="seconds"), "kind": b.kind, "ok": b.ok,
                "counts": b.counts, "problem": b.problem or None} for b in infos]
    if args.list:
        if args.json:
            emit_json({"backups": listing})
        else:
            for b in infos:
                state = translate("cli", "sound") if b.ok else b.problem
                say(f"{b.at:%Y-%m-%d %H:%M:%S}  {b.kind:9}  {b.counts.get('delegates', '-'):>5} "
                    f"{b.counts.get('seats', '-'):>5} {b.counts.get('nominations', '-'):>5}  {state}  {b.path.name}")
            if not infos:
                say(translate("cli", "There are no backups of {name}").format(name=path.name))
        return EXIT_OK
    if args.backup:
        chosen = Path(args.backup)
    else:
        best = latest_good_backup(path)
        if best is None:
            raise CommandError(translate("cli", "There is no sound backup of {name}").format(name=path.name),
                               EXIT_REFUSED)
        chosen = best.path
    announce_lock_watch(path)
    try:
        kept = restore_backup(path, chosen)
    except EventLocked as exc:
        raise CommandError(translate("cli", "{reason}; close it there first").format(reason=exc.message),
                           EXIT_REFUSED) from None
    except UserError as exc:
        raise CommandError(str(exc), EXIT_REFUSED) from None
    if args.json:
        emit_json({"restored": str(chosen), "kept": str(kept) if kept else None})
    say(translate("cli", "Restored {backup}; the file as it was is kept as {kept}").format(
        backup=chosen.name, kept=kept.name if kept else "-"))
    return EXIT_OK
