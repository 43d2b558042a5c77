"""A USB "wedge" badge scanner, recognised wherever keyboard focus is.

A wedge scanner is a keyboard: it types the badge's digits and Enter into whatever has
focus, a few milliseconds apart. On the desk page a burst like that must never be lost
in a button, a dialog or a combo box, so :class:`ScanRouter` watches every key press of
the application (an application-wide event filter) while the desk page is on screen:

* a digit is held back for a moment instead of being delivered;
* the next digit arriving within :data:`GAP` seconds is held too;
* Enter arriving within :data:`GAP` after at least :data:`MIN_DIGITS` held digits makes
  the burst a scan: the digits and the Enter are swallowed and :attr:`ScanRouter.scanned`
  carries the code;
* anything else — a slower key, another key, :data:`IDLE_MS` without a key — releases the
  held digits, unchanged and in order, to the widget they were typed into. A person typing
  a phone number in a dialog sees each digit appear a tenth of a second later, nothing more:
  people do not type six digits and Enter with every gap under :data:`GAP`.

Gaps are timed with ``clock`` when one is given (tests pass a fake clock); otherwise with
the time the window system stamped on each key (so a desk busy for a moment, which then
handles several queued keys at once, still sees the gaps as they were typed), or
``time.monotonic`` for keys without a stamp.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

GAP = 0.060        # seconds between two keys of a scanner (they type ~<30 ms apart; twice that for jitter)
MIN_DIGITS = 6     # badge codes have 8; fewer digits and Enter is a person typing
IDLE_MS = 120      # held digits go on to their widget when nothing follows

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _is_digit_key(event: QKeyEvent) -> bool:
    text = event.text()
    mods = event.modifiers()
    if mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
               | Qt.KeyboardModifier.MetaModifier):
        return False
    return len(text) == 1 and "0" <= text <= "9" and not event.isAutoRepeat()


class ScanRouter(QObject):
    """Recognises scanner bursts application-wide while ``active()`` is true."""

    scanned = Signal(str)

    def __init__(self, parent: QObject, active: Callable[[], bool], clock: Callable[[], float] | None = None):
        super().__init__(parent)
        self.active = active
        self.clock = clock
        self._held: list[tuple[QWidget, int, Qt.KeyboardModifier, str]] = []
        self._last = 0.0
        self._replaying = False
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._idle.timeout.connect(self.release)
        self._app = None
        self.install()

    def install(self) -> None:
        """Watch the application's key presses (a filter on every event costs a little: the
        desk installs it only while its page is on screen)."""
        if self._app is None:
            self._app = QApplication.instance()
            self._app.installEventFilter(self)

    def stop(self) -> None:
        self.release()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    @property
    def installed(self) -> bool:
        return self._app is not None

    @property
    def holding(self) -> str:
        """The digits held back right now (tests)."""
        return "".join(h[3] for h in self._held)

    # ------------------------------------------------------------------ filter
    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        # Key presses reach a QWindow first, then the focus widget, then (if it ignores them) its
        # parents: widgets only. A digit is swallowed where it first lands, so it never travels
        # on; a key let through may be seen again on a parent, where there is nothing to do.
        if self._replaying or event.type() != QEvent.Type.KeyPress or not isinstance(obj, QWidget):
            return False
        if not self._held and not self.active():
            return False
        now = self._now(event)
        if self._held and now - self._last > GAP:
            self.release()
        if _is_digit_key(event) and self.active():
            self._held.append((obj, event.key(), event.modifiers(), event.text()))
            self._last = now
            self._idle.start()
            return True
        if event.key() in _ENTER and len(self._held) >= MIN_DIGITS and self.active():
            code = self.holding
            self._held.clear()
            self._idle.stop()
            self.scanned.emit(code)
            return True
        self.release()
        return False

    def _now(self, event: QKeyEvent) -> float:
        if self.clock is not None:
            return self.clock()
        stamp = event.timestamp()  # milliseconds, from the window system; 0 for made-up events
        return stamp / 1000.0 if stamp else time.monotonic()

    def release(self) -> None:
        """Deliver the held digits to where they were typed, as they were typed."""
        self._idle.stop()
        held, self._held = self._held, []
        if not held:
            return
        self._replaying = True
        try:
            for target, key, mods, text in held:
                if not shiboken6.isValid(target) or not target.isVisible():
                    target = QApplication.focusWidget()
                    if target is None:
                        continue
                QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyPress, key, mods, text))
                QApplication.sendEvent(target, QKeyEvent(QEvent.Type.KeyRelease, key, mods, text))
        finally:
            self._replaying = False
