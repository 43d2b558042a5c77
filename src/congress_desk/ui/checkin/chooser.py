"""Which desk is this laptop? Asked on the desk page the first time, never guessed from the
computer's name (a hostname like "DESKTOP-7QK2L" means nothing at the entrance)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

SUGGESTED = 8  # "Bàn 1" … "Bàn 8": more desks than a hall entrance ever has


class DeskChooser(QFrame):
    """A panel of big "Bàn 1" … buttons and a field for another name."""

    chosen = Signal(str)
    cancelled = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("desk_chooser")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        title = QLabel(self.tr("Which desk is this laptop?"))
        f = QFont()
        f.setPointSize(20)
        f.setBold(True)
        title.setFont(f)
        intro = QLabel(self.tr("Choose once: this laptop remembers it. Give every desk at the entrance its own "
                               "name, so that everyone can see on the list which desk checked a delegate in. "
                               "The committee's computer, which only watches and merges, gets a name too "
                               "(for example \"Ban Tổ chức\")."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        self.buttons: list[QPushButton] = []
        for i in range(SUGGESTED):
            b = QPushButton(self.tr("Desk {n}").format(n=i + 1))
            b.setObjectName(f"desk_choice_{i + 1}")
            b.setMinimumHeight(48)
            b.setFont(QFont(b.font().family(), 14))
            b.clicked.connect(lambda _checked=False, name=b.text(): self.chosen.emit(name))
            grid.addWidget(b, i // 4, i % 4)
            self.buttons.append(b)
        self.other = QLineEdit()
        self.other.setObjectName("desk_other_name")
        self.other.setPlaceholderText(self.tr("Another name, e.g. Bàn Khách mời"))
        self.other.returnPressed.connect(self._other)
        use = QPushButton(self.tr("Use this name"))
        use.clicked.connect(self._other)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancelled.emit)
        row = QHBoxLayout()
        row.addWidget(self.other, 1)
        row.addWidget(use)
        row.addWidget(self.cancel_button)
        self.pending = QLabel()
        self.pending.setObjectName("desk_pending_scans")
        self.pending.setStyleSheet("color: #c62828; font-weight: bold")
        self.pending.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addLayout(row)
        layout.addWidget(self.pending)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)

    def prepare(self, current: str, can_cancel: bool, taken: set[str] = frozenset()) -> None:
        """``taken``: names other laptops already use (seen in the journals): still allowed,
        but shown, so that two laptops do not become the same desk by mistake."""
        names = [self.tr("Desk {n}").format(n=i + 1) for i in range(len(self.buttons))]
        self.other.setText("" if current in names else current)
        self.cancel_button.setVisible(can_cancel)
        for b, name in zip(self.buttons, names, strict=True):
            used = name in taken and name != current
            b.setText(self.tr("{name} (in use)").format(name=name) if used else name)
            b.setToolTip(self.tr("Another laptop already checks in as {name}").format(name=name) if used else "")
            b.setStyleSheet("font-weight: bold" if name == current else ("color: #9e9e9e" if used else ""))

    def set_pending(self, n: int) -> None:
        self.pending.setText("" if not n else self.tr(
            "{n} badge(s) scanned before the desk had a name: they are checked in as soon as you choose "
            "it, at the time they were scanned.").format(n=n))

    def _other(self) -> None:
        name = " ".join(self.other.text().split())
        if name:
            self.chosen.emit(name)
