"""Small widgets shared by the tabs."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSizePolicy


class ElidedLabel(QLabel):
    """A one-line label that never widens its window: text too long for the room it gets
    ends in "…", and the whole text is then its tooltip. ``text()`` is the whole text."""

    MIN_CHARS = 12   # the least it asks for, in average characters

    def __init__(self, text: str = "", parent=None):
        super().__init__(parent)
        self._full = ""
        self._tooltip = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setWordWrap(False)
        self.setText(text)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._full = text or ""
        self._elide()
        self.updateGeometry()

    def text(self) -> str:
        return self._full

    def setToolTip(self, tip: str) -> None:  # noqa: N802 - Qt's name
        self._tooltip = tip or ""
        self._elide()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        fm = self.fontMetrics()
        return QSize(min(fm.averageCharWidth() * self.MIN_CHARS, fm.horizontalAdvance(self._full)),
                     super().minimumSizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        m = self.contentsMargins()
        return QSize(self.fontMetrics().horizontalAdvance(self._full) + m.left() + m.right() + 2,
                     super().sizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._elide()

    def is_elided(self) -> bool:
        return QLabel.text(self) != self._full

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(width, 0)) \
            if width > 0 else self._full
        QLabel.setText(self, shown)
        tip = self._tooltip or (self._full if shown != self._full else "")
        QLabel.setToolTip(self, tip)
