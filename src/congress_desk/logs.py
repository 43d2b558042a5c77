"""The log file: where tracebacks of unexpected errors go (never the console)."""

from __future__ import annotations

import logging
import os
import re
import traceback
from pathlib import Path

import platformdirs

from . import APP_ID, ORG

_configured: Path | None = None
# Personal numbers (ID cards, phones) never reach the log, however they were written:
# "0912345678", "0912 345 678", "0912.345.678", "0912-345-678", "+84 (912) 345-678".
# 9 to 12 digits with at most two separators between two digits; an ISO date is not one.
_PERSONAL = re.compile(r"(?<![\d+])(?!\d{4}-\d{2}-\d{2}(?!\d))\+?\(?\d(?:[ .\-/()]{0,2}\d){8,11}(?!\d)")


def scrub(text: str) -> str:
    return _PERSONAL.sub(lambda m: "#" * len(m.group(0)), text)


class _ScrubFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = ()
        if record.exc_info:
            record.exc_text = scrub("".join(traceback.format_exception(*record.exc_info)))
            record.exc_info = None
        return True


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, ORG))


def log_file() -> Path:
    return log_dir() / "congress-desk.log"


def _rotate(path: Path, max_bytes: int = 1_000_000, keep: int = 3) -> None:
    """At start-up, a log over ``max_bytes`` becomes ``.1`` (older ones shift; ``keep`` kept)."""
    try:
        if not path.exists() or path.stat().st_size < max_bytes:
            return
        for n in range(keep - 1, 0, -1):
            older = path.with_name(f"{path.name}.{n}")
            if older.exists():
                os.replace(older, path.with_name(f"{path.name}.{n + 1}"))
        os.replace(path, path.with_name(f"{path.name}.1"))
    except OSError:
        pass  # a log that cannot rotate still takes new lines


def setup_logging() -> Path:
    """Rotating log in the user's data folder; returns its path.

    Called again after the user's folders changed (tests isolate them), it moves the log."""
    global _configured
    path = log_file()
    if _configured == path and path.parent.exists():
        return path
    root = logging.getLogger("congress_desk")
    for old in [h for h in root.handlers if getattr(h, "congress_desk_log", False)]:
        root.removeHandler(old)
        old.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    _rotate(path)
    # A plain FileHandler, opened on the first message: logging.handlers (socket, pickle…)
    # would cost start-up more than the log is worth; the log is rotated here instead.
    handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_ScrubFilter())
    handler.congress_desk_log = True
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    root.propagate = False  # tracebacks go to the file, never the console
    _configured = path
    return path


def log_exception(context: str, exc_info=None) -> Path:
    path = setup_logging()
    logging.getLogger("congress_desk").error("Unexpected error in %s", context, exc_info=exc_info or True)
    return path
