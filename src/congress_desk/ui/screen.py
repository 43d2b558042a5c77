"""Windows and dialogs that fit the screen they are on: an office laptop is 1366×768
with a taskbar, so nothing may open taller or wider than the screen's *available*
area, and a dialog the user resized opens at that size next time.

* :func:`available_geometry` — the one place the usable screen area comes from
  (tests set it with :func:`set_available_geometry`: offscreen Qt has no taskbar);
* :func:`fit_size` / :func:`fit_window` — a wanted size clipped to that area, the
  window kept inside it;
* :func:`install` — every dialog, whoever made it, is clipped when it is shown and
  its size is remembered (per dialog class) in the user's settings when it hides; a
  dialog whose contents cannot shrink that far gets them in a scroll area, with its
  buttons kept in view below (:func:`make_scrollable`).
"""

from __future__ import annotations

# Widget classes are reached through QtWidgets when used: PySide6 sets a class up on first
# access, which the window's start-up need not pay (see docs/DEVELOPING.md, "Start-up").
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QRect, QSize
from PySide6.QtGui import QGuiApplication

# What the window system adds around a window (title bar and borders) when the window is
# not yet on screen to ask; Windows 10/11 at 100 %: about 8 px each side, 31 px title bar.
DEFAULT_FRAME = QSize(16, 39)
SIZES_KEY = "dialog_sizes"
# Dialogs Qt sizes for itself (message boxes, file pickers, progress): clipped, not remembered.
_NOT_REMEMBERED = ("QMessageBox", "QFileDialog", "QProgressDialog", "QInputDialog", "QColorDialog",
                   "QFontDialog", "QPrintDialog", "QPageSetupDialog", "QPrintPreviewDialog")

_available: QRect | None = None
_sizer: _DialogSizer | None = None


def set_available_geometry(rect: QRect | None) -> None:
    """Pretend the screen's usable area is ``rect`` (tests); None asks the screen again."""
    global _available
    _available = QRect(rect) if rect is not None else None


def available_geometry(widget=None) -> QRect:
    """The usable area (without taskbars) of the screen ``widget`` is on."""
    if _available is not None:
        return QRect(_available)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def frame_size(widget) -> QSize:
    """What the window system adds around ``widget``'s contents."""
    if widget.isVisible():
        extra = widget.frameGeometry().size() - widget.geometry().size()
        if extra.width() > 0 or extra.height() > 0:
            return extra
    if _available is None and QGuiApplication.platformName() in ("offscreen", "minimal"):
        return QSize(0, 0)
    return QSize(DEFAULT_FRAME)


def room(widget) -> QSize:
    """The largest size ``widget``'s contents may take on its screen."""
    return available_geometry(widget).size() - frame_size(widget)


def fit_size(widget, wanted: QSize) -> QSize:
    return wanted.boundedTo(room(widget)).expandedTo(QSize(1, 1))


def fit_window(widget, wanted: QSize | None = None) -> None:
    """Resize ``widget`` to ``wanted`` (its present size by default) within the available
    area, and move it back inside the area if it sticks out."""
    size = fit_size(widget, wanted if wanted is not None else widget.size())
    if size != widget.size():
        widget.resize(size)
    area = available_geometry(widget)
    frame = widget.frameGeometry() if widget.isVisible() else QRect(widget.pos(), widget.size() + frame_size(widget))
    if widget.isWindow() and not area.contains(frame):
        x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
        y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
        widget.move(max(x, area.x()), max(y, area.y()))


def make_scrollable(dialog) -> bool:
    """Put ``dialog``'s contents in a scroll area, its button box (if it is the last item)
    staying below in view, so that the dialog can be as small as the screen. False if it
    has no layout or was done already."""
    layout = dialog.layout()
    if layout is None or dialog.property("congress_desk_scrollable"):
        return False
    buttons = None
    last = layout.itemAt(layout.count() - 1) if layout.count() else None
    if last is not None and isinstance(last.widget(), QtWidgets.QDialogButtonBox):
        buttons = last.widget()
        layout.removeWidget(buttons)
    content = QtWidgets.QWidget()
    content.setLayout(layout)          # Qt takes the layout (and its widgets) from the dialog
    scroll = QtWidgets.QScrollArea()
    scroll.setObjectName("scrollable_contents")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    # As wide as the contents plus the vertical scroll bar (when the screen allows), so only
    # the height scrolls.
    needed = content.minimumSizeHint().width() + scroll.verticalScrollBar().sizeHint().width() + 2
    scroll.setMinimumWidth(min(needed, room(dialog).width()))
    outer = QtWidgets.QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll, 1)
    if buttons is not None:
        box = QtWidgets.QVBoxLayout()
        margins = layout.contentsMargins()
        box.setContentsMargins(margins.left(), 0, margins.right(), margins.bottom())
        box.addWidget(buttons)
        outer.addLayout(box)
    dialog.setProperty("congress_desk_scrollable", True)
    outer.activate()                   # the window's minimum size now comes from the scroll area
    return True


def _too_big(widget) -> bool:
    hint, space = widget.minimumSizeHint(), room(widget)
    return hint.width() > space.width() or hint.height() > space.height()


def _key(dialog) -> str | None:
    name = type(dialog).__name__
    if name in _NOT_REMEMBERED or any(c.__name__ in _NOT_REMEMBERED for c in type(dialog).__mro__):
        return None
    return name


class _DialogSizer(QObject):
    """Application-wide: a dialog is clipped to the screen as it shows, and its size
    remembered when it hides."""

    def __init__(self, settings):
        super().__init__(QtWidgets.QApplication.instance())
        self.settings = settings

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.Show, QEvent.Type.Hide) and isinstance(watched, QtWidgets.QDialog) \
                and watched.isWindow():
            if kind == QEvent.Type.Show:
                self._shown(watched)
            else:
                self._hidden(watched)
        return False

    def _sizes(self) -> dict:
        sizes = self.settings.get(SIZES_KEY) if self.settings is not None else None
        return sizes if isinstance(sizes, dict) else {}

    def _shown(self, dialog) -> None:
        if _too_big(dialog):
            make_scrollable(dialog)
        key = _key(dialog)
        remembered = self._sizes().get(key) if key else None
        wanted = dialog.size()
        if isinstance(remembered, list) and len(remembered) == 2 and all(isinstance(v, int) for v in remembered):
            wanted = QSize(*remembered).expandedTo(dialog.minimumSizeHint())
        fit_window(dialog, wanted)

    def _hidden(self, dialog) -> None:
        key = _key(dialog)
        if key is None or self.settings is None:
            return
        sizes = dict(self._sizes())
        size = [dialog.width(), dialog.height()]
        if sizes.get(key) != size:
            sizes[key] = size
            self.settings.set(SIZES_KEY, sizes)


def install(settings) -> None:
    """Clip and remember every dialog's size from now on (the main window calls this)."""
    global _sizer
    app = QtWidgets.QApplication.instance()
    if app is None:
        return
    if _sizer is None or not _is_alive(_sizer):
        _sizer = _DialogSizer(settings)
        app.installEventFilter(_sizer)
    else:
        _sizer.settings = settings


def _is_alive(obj) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
