"""The hall map: one plain QGraphicsRectItem per seat (painted by Qt in C++), a few
text items for stage, sections and rows, and one layer that writes labels and
names only when zoomed in close enough to read them."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QStyleOptionGraphicsItem,
)

from ...core.seating.hall import Hall

PITCH = 24.0          # pixels per seat pitch at zoom 1
SEAT = PITCH * 0.84   # drawn seat size

EMPTY_STATE = (None, False)
# Categories read at a glance: leaders warm, delegates cool, honorees bright.
CATEGORY_COLORS = {
    "presidium": "#b71c1c",
    "guest": "#f9a825",
    "honoree": "#e65100",
    "official": "#1e88e5",
    None: "#64b5f6",
    "press": "#43a047",
    "staff": "#8d6e63",
}
EMPTY_COLORS = {  # empty seats hint at what they are for
    "delegate": "#ffffff", "presidium": "#ffebee", "secretariat": "#fff3e0",
    "press": "#e8f5e9", "staff": "#efebe9", "blocked": "#616161",
}
# Distinct colours for neighbouring units (12, cycled in unit order).
UNIT_PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
                "#e377c2", "#17becf", "#bcbd22", "#7f7f7f", "#ffd92f", "#66c2a5"]


class LabelLayer(QGraphicsItem):
    """Writes seat labels (and names when closer) over the seats in view."""

    def __init__(self, scene: HallScene):
        super().__init__()
        self._scene = scene
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(5)
        self._font = QFont()
        self._font.setPixelSize(5)
        self._bold = QFont(self._font)
        self._bold.setBold(True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._scene.sceneRect()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget=None) -> None:
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        if lod < 1.8:
            return
        rect = option.exposedRect
        hall = self._scene.hall
        model = self._scene.model
        if hall is None:
            return
        painter.setFont(self._font)
        names = lod >= 3.0
        ys, ordered = self._scene.seats_by_y()
        lo = bisect.bisect_left(ys, rect.top() / PITCH - 1)
        hi = bisect.bisect_right(ys, rect.bottom() / PITCH + 1)
        left, right = rect.left() / PITCH - 1, rect.right() / PITCH + 1
        for seat in ordered[lo:hi]:
            if not left <= seat.x <= right:
                continue
            cx, cy = seat.x * PITCH, seat.y * PITCH
            box = QRectF(cx - SEAT / 2, cy - SEAT / 2, SEAT, SEAT)
            person = model.person_at(seat.label) if model else None
            dark = person is not None or seat.kind == "blocked"
            painter.setPen(QColor("#ffffff") if dark else QColor("#555555"))
            if names and person is not None:
                painter.drawText(box.adjusted(0, 1, 0, 0), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 f"{seat.row}-{seat.number}")
                painter.setFont(self._bold)
                given = person.full_name.split(" ")[-1]
                painter.drawText(box.adjusted(0, 0, 0, -1), Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, given)
                painter.setFont(self._font)
            else:
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, f"{seat.row}-{seat.number}")


class HallScene(QGraphicsScene):
    """Seats as items keyed by label; colours follow the model's state."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.hall: Hall | None = None
        self.model = None
        self.items_by_label: dict[str, QGraphicsRectItem] = {}
        self._label_of: dict[QGraphicsRectItem, str] = {}  # item -> seat label (no QVariant round trip)
        self.color_by = "category"
        self.unit_colors: dict[int, QColor] = {}
        self._brushes: dict[str, QBrush] = {}
        self._pen = QPen(QColor("#9e9e9e"), 0.8)
        self._pen_locked = QPen(QColor("#000000"), 2.4)
        self._pen_occupied = QPen(QColor("#455a64"), 0.8)
        self.highlight: QGraphicsEllipseItem | None = None
        self._by_y = None
        self.drop_hint: QGraphicsRectItem | None = None
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)

    def seats_by_y(self):
        if self._by_y is None:
            ordered = sorted(self.hall.seats, key=lambda s: s.y) if self.hall else []
            self._by_y = ([s.y for s in ordered], ordered)
        return self._by_y

    def _brush(self, color: str | QColor) -> QBrush:
        key = color if isinstance(color, str) else color.name()
        brush = self._brushes.get(key)
        if brush is None:
            brush = self._brushes[key] = QBrush(QColor(key))
        return brush

    # ---------------------------------------------------------------- building
    def build(self, hall: Hall | None, model) -> None:
        self.clear()
        self.items_by_label = {}
        self._label_of = {}
        self.hall, self.model = hall, model
        self._by_y = None
        self.highlight = None
        self.drop_hint = None
        if hall is None or not hall.seats:
            self.setSceneRect(QRectF(0, 0, 100, 100))
            return
        if self.color_by == "unit":
            self._assign_unit_colors()
        x0, y0, x1, y1 = hall.bounds()
        margin = 3 * PITCH
        self.setSceneRect(QRectF(x0 * PITCH - margin, (y0 - 2) * PITCH - margin,
                                 (x1 - x0) * PITCH + 2 * margin, (y1 - y0 + 2) * PITCH + 2 * margin))
        self._decorations(hall)
        # One plain rectangle per seat, pen and brush given at once: two Qt calls a seat.
        half = SEAT / 2
        add_rect = self.addRect
        items = self.items_by_label
        label_of = self._label_of
        selectable = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
        states = model.states if model else {}
        for seat in hall.seats:
            label = seat.label
            state = states.get(label, EMPTY_STATE)
            brush, pen = self._look(seat, state)
            item = add_rect(seat.x * PITCH - half, seat.y * PITCH - half, SEAT, SEAT, pen, brush)
            item.setFlag(selectable)
            items[label] = item
            label_of[item] = label
        self.addItem(LabelLayer(self))

    def _decorations(self, hall: Hall) -> None:
        title_font = QFont()
        title_font.setPixelSize(int(PITCH * 0.7))
        title_font.setBold(True)
        small = QFont()
        small.setPixelSize(int(PITCH * 0.45))
        stage = hall.stage_rect()
        if stage is not None:
            sx0, sy0, sx1, sy1 = stage
            x0, _y0, x1, _y1 = hall.bounds()
            rect = QRectF(min(sx0, x0) * PITCH, (sy0 - 0.6) * PITCH,
                          (max(sx1, x1) - min(sx0, x0)) * PITCH, (sy1 - sy0 + 1.2) * PITCH)
            item = self.addRect(rect, QPen(QColor("#8d6e63"), 1.5), QBrush(QColor("#efe6dd")))
            item.setZValue(-2)
            text = QGraphicsSimpleTextItem(self.tr("STAGE"))
            text.setFont(title_font)
            text.setBrush(QColor("#6d4c41"))
            text.setPos(rect.left() + PITCH * 0.4, rect.top() + PITCH * 0.2)
            self.addItem(text)
        # Section titles above each section, row labels at both ends of each row line.
        extent: dict[str, list[float]] = {}
        for s in hall.seats:
            e = extent.get(s.section)
            if e is None:
                extent[s.section] = [s.x, s.x, s.y]
            else:
                e[0], e[1], e[2] = min(e[0], s.x), max(e[1], s.x), min(e[2], s.y)
        for sec in hall.sections:
            if sec.name not in extent or sec.kind in ("presidium", "secretariat"):
                continue
            left, right, top = extent[sec.name]
            text = QGraphicsSimpleTextItem(sec.title or sec.name)
            text.setFont(title_font if sec.kind == "delegate" else small)
            text.setBrush(QColor("#37474f"))
            w = text.boundingRect().width()
            text.setPos((left + right) / 2 * PITCH - w / 2, (top - 1.25) * PITCH)
            self.addItem(text)
        lines: dict[float, list] = {}
        for s in hall.seats:
            if s.kind not in ("presidium", "secretariat"):
                lines.setdefault(round(s.y, 1), []).append(s)
        for _y, seats in lines.items():
            first = min(seats, key=lambda s: s.x)
            last = max(seats, key=lambda s: s.x)
            for seat, dx in ((first, -1.0), (last, 0.45)):
                text = QGraphicsSimpleTextItem(seat.row)
                text.setFont(small)
                text.setBrush(QColor("#78909c"))
                text.setPos((seat.x + dx) * PITCH, (seat.y - 0.3) * PITCH)
                self.addItem(text)

    def _assign_unit_colors(self) -> None:
        """Colours by unit, so that units sitting next to each other never share one:
        a greedy colouring of the units' neighbourhood (same section, rows ±1)."""
        model = self.model
        if model is None or self.hall is None:
            self.unit_colors = {}
            return
        cells: dict[int, set[tuple[str, int]]] = {}
        first: dict[int, tuple[float, float]] = {}
        for label, (d, _locked) in model.states.items():
            p = model.people.get(d) if d is not None else None
            seat = self.hall.seat(label)
            if p is None or p.unit_id is None or seat is None:
                continue
            cells.setdefault(p.unit_id, set()).add((seat.section, round(seat.y)))
            first[p.unit_id] = min(first.get(p.unit_id, (seat.y, seat.x)), (seat.y, seat.x))
        by_cell: dict[tuple[str, int], set[int]] = {}
        for unit, cs in cells.items():
            for c in cs:
                by_cell.setdefault(c, set()).add(unit)
        colors: dict[int, int] = {}
        for unit in sorted(cells, key=lambda u: first[u]):
            near: set[int] = set()
            for sec, y in cells[unit]:
                for dy in (-1, 0, 1):
                    near |= by_cell.get((sec, y + dy), set())
            used = {colors[u] for u in near if u in colors}
            start = len(colors) % len(UNIT_PALETTE)  # spread the colours round the palette
            pick = next((i % len(UNIT_PALETTE) for i in range(start, start + len(UNIT_PALETTE))
                         if i % len(UNIT_PALETTE) not in used), start)
            colors[unit] = pick
        self.unit_colors = {u: QColor(UNIT_PALETTE[i]) for u, i in colors.items()}

    # ---------------------------------------------------------------- colours
    def color_of(self, label: str) -> str | QColor:
        seat = self.hall.seat(label)
        state = self.model.state(label) if self.model else EMPTY_STATE
        return self._color(seat, state)

    def _color(self, seat, state) -> str | QColor:
        d = state[0]
        person = self.model.people.get(d) if d is not None and self.model else None
        if person is None:
            return EMPTY_COLORS.get(seat.kind, "#ffffff")
        if self.color_by == "unit":
            return self.unit_colors.get(person.unit_id, QColor("#9e9e9e"))
        if person.presidium and seat.kind == "presidium":
            return CATEGORY_COLORS["presidium"]
        return CATEGORY_COLORS.get(person.category, CATEGORY_COLORS[None])

    def _look(self, seat, state) -> tuple[QBrush, QPen]:
        pen = self._pen_locked if state[1] else (self._pen_occupied if state[0] is not None else self._pen)
        return self._brush(self._color(seat, state)), pen

    def recolor(self, labels=None) -> None:
        if self.hall is None:
            return
        items = self.items_by_label
        index = self.hall.by_label()
        states = self.model.states if self.model else {}
        for label in (items if labels is None else labels):
            item = items.get(label)
            if item is None:
                continue
            brush, pen = self._look(index[label], states.get(label, EMPTY_STATE))
            item.setBrush(brush)
            item.setPen(pen)

    def set_color_by(self, mode: str) -> None:
        self.color_by = mode
        self._assign_unit_colors()
        self.recolor()

    # ---------------------------------------------------------------- look-ups
    def label_at(self, pos) -> str | None:
        label_of = self._label_of
        for item in self.items(pos):
            label = label_of.get(item)
            if label:
                return label
        return None

    def selected_labels(self) -> list[str]:
        label_of = self._label_of
        return [label_of[item] for item in self.selectedItems() if item in label_of]

    def mark(self, label: str | None) -> None:
        """Ring around one seat (the search result)."""
        if self.highlight is not None:
            self.removeItem(self.highlight)
            self.highlight = None
        if label is None or label not in self.items_by_label:
            return
        seat = self.hall.seat(label)
        r = SEAT * 0.95
        self.highlight = self.addEllipse(seat.x * PITCH - r, seat.y * PITCH - r, 2 * r, 2 * r,
                                         QPen(QColor("#d50000"), 3), QBrush(Qt.BrushStyle.NoBrush))
        self.highlight.setZValue(10)

    def hint(self, label: str | None) -> None:
        """Outline the seat a drag would land on."""
        if label is None or label not in self.items_by_label:
            if self.drop_hint is not None:
                self.drop_hint.hide()
            return
        seat = self.hall.seat(label)
        rect = QRectF(seat.x * PITCH - SEAT / 2 - 2, seat.y * PITCH - SEAT / 2 - 2, SEAT + 4, SEAT + 4)
        if self.drop_hint is None:
            self.drop_hint = self.addRect(rect, QPen(QColor("#00c853"), 3), QBrush(Qt.BrushStyle.NoBrush))
            self.drop_hint.setZValue(9)
        self.drop_hint.setRect(rect)
        self.drop_hint.show()
