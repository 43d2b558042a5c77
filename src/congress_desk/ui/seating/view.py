"""The hall map view: zoom, pan, hover, drag seats onto seats, drop delegates on seats.

Dragging between seats is handled here with the mouse (no QDrag): press on an
occupied seat, move, release on another seat. Delegates dragged from the
unseated list arrive as a drop with :data:`MIME_DELEGATES` (ids, one per line).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QToolTip

from .scene import HallScene

MIME_DELEGATES = "application/x-congress-desk-delegates"


class HallView(QGraphicsView):
    move_requested = Signal(list, str)       # source seat labels, target label
    place_requested = Signal(list, str)      # delegate ids, target label
    context_requested = Signal(object, list)  # global pos, seat labels (clicked seat first)
    seat_clicked = Signal(str)

    def __init__(self, scene: HallScene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self._press: tuple[QPoint, list[str]] | None = None
        self._dragging = False
        self._panning: QPoint | None = None
        self.scale_factor = 1.0

    def hall_scene(self) -> HallScene:
        return self.scene()

    # ---------------------------------------------------------------- zoom
    def zoom(self, factor: float) -> None:
        new = max(0.2, min(12.0, self.scale_factor * factor))
        factor = new / self.scale_factor
        self.scale_factor = new
        self.scale(factor, factor)

    def fit(self) -> None:
        rect = self.scene().itemsBoundingRect()
        if rect.isEmpty():
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        self.scale_factor = self.transform().m11()

    def centre_on_seat(self, label: str, *, zoom_to: float = 2.2) -> None:
        item = self.hall_scene().items_by_label.get(label)
        if item is None:
            return
        if self.scale_factor < zoom_to:
            self.zoom(zoom_to / self.scale_factor)
        self.centerOn(item)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.2 ** steps)
        event.accept()

    # ---------------------------------------------------------------- hover
    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ToolTip:
            label = self.hall_scene().label_at(self.mapToScene(event.pos()))
            if label:
                QToolTip.showText(event.globalPos(), self.seat_text(label), self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def seat_text(self, label: str) -> str:
        scene = self.hall_scene()
        model = scene.model
        seat = scene.hall.seat(label)
        person = model.person_at(label) if model else None
        from ...core.seating.hall import seat_kind_label

        lines = [f"<b>{label}</b> · {seat_kind_label(seat.kind)}"]
        if person is not None:
            lines.append(f"{person.full_name}<br>{person.unit}")
        if model and model.state(label)[1]:
            lines.append(self.tr("Locked"))
        return "<br>".join(lines)

    # ---------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.MiddleButton or (
                event.button() == Qt.MouseButton.LeftButton and event.modifiers() & Qt.KeyboardModifier.AltModifier):
            self._panning = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        scene = self.hall_scene()
        label = scene.label_at(self.mapToScene(event.position().toPoint())) if scene.hall else None
        if event.button() == Qt.MouseButton.RightButton:
            if label:
                selected = scene.selected_labels()
                if label not in selected:
                    scene.clearSelection()
                    scene.items_by_label[label].setSelected(True)
                    selected = [label]
                self.context_requested.emit(event.globalPosition().toPoint(),
                                            [label] + [s for s in selected if s != label])
            event.accept()
            return
        if event.button() == Qt.MouseButton.LeftButton and label:
            item = scene.items_by_label[label]
            if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
                item.setSelected(not item.isSelected())
            elif not item.isSelected():
                scene.clearSelection()
                item.setSelected(True)
            sources = scene.selected_labels() if item.isSelected() else [label]
            self._press = (event.position().toPoint(), [label] + [s for s in sources if s != label])
            self._dragging = False
            self.seat_clicked.emit(label)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._panning is not None:
            delta = event.position().toPoint() - self._panning
            self._panning = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        if self._press is not None:
            start, _sources = self._press
            if (event.position().toPoint() - start).manhattanLength() >= QApplication.startDragDistance():
                self._dragging = True
                self.viewport().setCursor(Qt.CursorShape.DragMoveCursor)
            if self._dragging:
                self.hall_scene().hint(self.hall_scene().label_at(self.mapToScene(event.position().toPoint())))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._panning is not None:
            self._panning = None
            self.viewport().unsetCursor()
            event.accept()
            return
        if self._press is not None:
            _start, sources = self._press
            self._press = None
            self.viewport().unsetCursor()
            self.hall_scene().hint(None)
            if self._dragging:
                self._dragging = False
                target = self.hall_scene().label_at(self.mapToScene(event.position().toPoint()))
                if target and target not in sources[:1]:
                    self.move_requested.emit(sources, target)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    # ---------------------------------------------------------------- drops from the list
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(MIME_DELEGATES):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.mimeData().hasFormat(MIME_DELEGATES):
            label = self.hall_scene().label_at(self.mapToScene(event.position().toPoint()))
            self.hall_scene().hint(label)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.hall_scene().hint(None)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.hall_scene().hint(None)
        if not event.mimeData().hasFormat(MIME_DELEGATES):
            event.ignore()
            return
        label = self.hall_scene().label_at(self.mapToScene(event.position().toPoint()))
        raw = bytes(event.mimeData().data(MIME_DELEGATES)).decode("ascii", "replace")
        ids = [int(x) for x in raw.split() if x.strip().isdigit()]
        if label and ids:
            event.acceptProposedAction()
            self.place_requested.emit(ids, label)
        else:
            event.ignore()
