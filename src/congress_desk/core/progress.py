"""Progress reporting and cancellation for long jobs, with no Qt."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Protocol

from .errors import Cancelled


class Progress(Protocol):
    def __call__(self, done: int, total: int, label: str = "") -> None: ...


def no_progress(done: int, total: int, label: str = "") -> None:
    """A progress callback that ignores everything."""


class CancelToken:
    """Set by the UI's Cancel button; checked by the core between rows or pages."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if Cancel was pressed."""
        if self._event.is_set():
            raise Cancelled()


ProgressFn = Callable[[int, int, str], None]
