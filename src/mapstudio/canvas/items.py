"""Canvas items for the grid: cards (and metric values), cells, lanes and their headers,
stage headers. Plain QGraphicsItems with everything prepared outside ``paint()``.

Parenting: LaneItem (at the row's y) > CellItem (at the column's x) > CardItem (at the box's
x, y in the cell), so a lane that grows moves the rows below it and no card.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from mapstudio import theme
from mapstudio.canvas import painting as P
from mapstudio.layout import Box
from mapstudio.model import Card, LaneKind, MetricValue

SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable


def _lod(painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class CardItem(QGraphicsItem):
    """A card or a metric value drawn as a sticky note, exactly the lines of its layout Box."""

    def __init__(self, obj_id: str, kind: str) -> None:
        super().__init__()
        self.obj_id = obj_id
        self.kind = kind  # "card" | "metric"
        self.box: Box | None = None
        self.fingerprint: Any = None
        self.highlight = 0  # 0 none, 1 find match, 2 current find match
        self.editing = False  # the in-place editor covers the text
        self._rect = QRectF()
        self._outline = QPainterPath()
        self._shape_name = "note"
        self._fill = P.colour("#ffffff")
        self._accent = "#888888"
        self._lines: list | None = None  # QStaticText per line, prepared at first paint
        self._offsets: list[float] = []
        self._badges = ("", "")
        self._badge_y = 0.0
        self.setFlag(SELECTABLE, True)

    # --- content -------------------------------------------------------------------------------
    def set_content(
        self, box: Box, obj: Card | MetricValue, lane_kind: LaneKind, fingerprint: Any
    ) -> None:
        """Take a new layout box and the object's values (called only when they changed)."""
        style = theme.LANE_STYLES[lane_kind]
        rect = QRectF(0, 0, box.width, box.height)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.box = box
        self.fingerprint = fingerprint
        self._shape_name = "metric" if self.kind == "metric" else style.shape
        custom = obj.colour if isinstance(obj, Card) else None
        self._fill = P.colour(custom or style.fill)
        self._accent = style.accent
        self._outline = P.card_outline(rect, self._shape_name)
        self._lines = None
        self._offsets = P.line_offsets(len(box.text.lines), box.text.size)
        self._badges = ("", "")
        if box.has_badges and isinstance(obj, Card):
            self._badges = self._fit_badges(*P.badge_texts(obj, lane_kind), box)
            self._badge_y = box.text_top - 15.0 + 3.0
        if isinstance(obj, Card):
            tip = obj.text
            evidence = P.evidence_name(obj)
            if evidence:
                tip += "\n\n" + P.tr("Evidence: %1").replace("%1", evidence)
                if obj.source:
                    tip += " (" + obj.source + ")"
            self.setToolTip(tip)
        else:
            self.setToolTip("\n".join(box.text.lines))
        self.update()

    @staticmethod
    def _fit_badges(left: str, right: str, box: Box) -> tuple[str, str]:
        fm = P.font_metrics(P.BADGE_FONT_SIZE)
        room = box.width - 2 * 7.0
        right = fm.elidedText(right, Qt.TextElideMode.ElideRight, room * 0.5) if right else ""
        used = fm.horizontalAdvance(right) + 6 if right else 0
        left = fm.elidedText(left, Qt.TextElideMode.ElideRight, room - used) if left else ""
        return left, right

    def set_highlight(self, level: int) -> None:
        if level != self.highlight:
            self.highlight = level
            self.update()

    def set_editing(self, editing: bool) -> None:
        self.editing = editing
        self.update()

    # --- QGraphicsItem ---------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-3, -3, 4, 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self._rect
        if _lod(painter) < P.LOD_BLOCKS:
            painter.fillRect(rect, self._fill)
            if self.isSelected() or self.highlight:
                painter.fillRect(
                    rect, P.colour(P.SELECTION if self.isSelected() else P.FIND_HIGHLIGHT)
                )
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        # soft shadow: an offset darker outline, no QGraphicsEffect
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 28))
        painter.drawPath(self._outline.translated(1.5, 2.0))
        painter.setBrush(self._fill)
        shape = self._shape_name
        if shape == "opportunity":
            painter.setPen(P.pen(self._accent, 1.4, Qt.PenStyle.DashLine))
        else:
            painter.setPen(P.pen(P.darker(self._fill.name(), 125).name(), 0.8))
        painter.drawPath(self._outline)
        if shape == "friction":  # thick left bar
            painter.fillRect(
                QRectF(rect.left(), rect.top(), 4.5, rect.height()), P.colour(self._accent)
            )
        elif shape == "touchpoint":
            painter.fillRect(
                QRectF(rect.left() + 7, rect.top(), rect.width() - 14, 2.5), P.colour(self._accent)
            )
        if self._badges[0] or self._badges[1]:
            self._paint_badges(painter, rect)
        if not self.editing and self.box is not None:
            if self._lines is None:  # a cache of drawing objects, not a geometry change
                self._lines = P.static_lines(self.box.text.lines, self.box.text.size)
            painter.setPen(P.colour(theme.TEXT))
            painter.setFont(P.font(self.box.text.size))
            x, top = rect.left() + 7.0, rect.top() + self.box.text_top
            if self.kind == "metric" and len(self._lines) > 1:
                painter.setPen(P.colour(theme.MUTED_TEXT))
            for i, (st, dy) in enumerate(zip(self._lines, self._offsets, strict=False)):
                if self.kind == "metric" and i == 1:
                    painter.setPen(P.colour(theme.TEXT))
                painter.drawStaticText(QPointF(x, top + dy), st)
            if self.box.text.truncated:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(P.darker(self._fill.name(), 135))
                painter.drawPath(P.folded_corner(rect))
        if self.highlight:
            hl = P.FIND_CURRENT if self.highlight == 2 else P.FIND_HIGHLIGHT
            painter.setPen(P.pen(hl, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._outline)
        if self.isSelected():
            painter.setPen(P.pen(P.SELECTION, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)

    def _paint_badges(self, painter: QPainter, rect: QRectF) -> None:
        painter.setFont(P.font(P.BADGE_FONT_SIZE))
        y = rect.top() + self._badge_y
        strip = QRectF(rect.left() + 7, y, rect.width() - 14, 11)
        left, right = self._badges
        painter.setPen(P.colour(self._accent))
        painter.drawText(strip, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
        painter.setPen(P.colour(theme.MUTED_TEXT))
        painter.drawText(strip, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)


class CellItem(QGraphicsItem):
    """One grid cell: parent of its cards; draws only the keyboard cursor and drop target."""

    def __init__(self, stage: str, lane: str) -> None:
        super().__init__()
        self.stage = stage
        self.lane = lane
        self.cursor = False
        self.drop_target = False
        self.drop_line: float | None = None  # y of the insertion line during a card drag
        self._rect = QRectF()

    def set_size(self, width: float, height: float) -> None:
        rect = QRectF(0, 0, width, height)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def set_marks(self, cursor: bool | None = None, drop_line: float | None | bool = False) -> None:
        if cursor is not None:
            self.cursor = cursor
        if drop_line is not False:
            self.drop_line = drop_line  # type: ignore[assignment]
            self.drop_target = drop_line is not None
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.drop_target:
            painter.fillRect(self._rect.adjusted(2, 2, -2, -2), QColor(26, 115, 232, 22))
            if self.drop_line is not None:
                painter.setPen(P.pen(P.SELECTION, 3.0))
                painter.drawLine(
                    QPointF(8, self.drop_line), QPointF(self._rect.width() - 8, self.drop_line)
                )
        if self.cursor:
            painter.setPen(P.pen(P.SELECTION, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(2, 2, -2, -2))


class LaneItem(QGraphicsItem):
    """A row: its coloured band and grid lines; parent of its header and cells."""

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self._rect = QRectF()
        self._band = P.colour("#ffffff")
        self._grid: list[float] = []
        self.header = LaneHeaderItem(lane_id)
        self.header.setParentItem(self)
        self.setZValue(0)

    def set_geometry(self, width: float, height: float, band: str, grid: list[float]) -> None:
        rect = QRectF(0, 0, width, height)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self._band = P.colour(band)
        self._grid = grid
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self._rect
        painter.fillRect(r, self._band)
        painter.setPen(P.pen(theme.GRID_LINE, 1.0))
        for x in self._grid:
            painter.drawLine(QPointF(x, 0), QPointF(x, r.height()))
        painter.drawLine(QPointF(0, r.height()), QPointF(r.width(), r.height()))


class LaneHeaderItem(QGraphicsItem):
    """The lane's title cell at the left: colour bar, kind icon, title, count, and on an
    emotions lane the scale's tick labels. Drag handle for reordering lanes."""

    CHEVRON = QRectF(6, 4, 16, 18)  # click target that collapses / expands the lane

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self._rect = QRectF()
        self.title = ""
        self.icon = ""
        self.accent = "#888888"
        self.count_text = ""
        self.collapsed = False
        self.ticks: list[tuple[float, str]] = []
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def set_content(self, width: float, height: float, **values: Any) -> None:
        rect = QRectF(0, 0, width, height)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        for key, value in values.items():
            setattr(self, key, value)
        self.setToolTip(self.title)
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self._rect
        accent = P.colour(self.accent)
        tint = QColor(accent)
        tint.setAlpha(30)
        painter.fillRect(r, P.colour("#ffffff"))
        painter.fillRect(r, tint)
        painter.fillRect(QRectF(0, 0, 5, r.height()), accent)
        painter.setPen(P.pen(theme.GRID_LINE, 1.0))
        painter.drawLine(QPointF(r.width(), 0), QPointF(r.width(), r.height()))
        painter.drawLine(QPointF(0, r.height()), QPointF(r.width(), r.height()))
        if _lod(painter) < P.LOD_BLOCKS:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(P.colour(theme.MUTED_TEXT))
        painter.setFont(P.font(9))
        painter.drawText(self.CHEVRON, Qt.AlignmentFlag.AlignCenter, "▸" if self.collapsed else "▾")
        painter.setPen(accent)
        painter.setFont(P.font(13))
        painter.drawText(QRectF(22, 4, 20, 18), Qt.AlignmentFlag.AlignCenter, self.icon)
        painter.setPen(P.colour(theme.TEXT))
        bold = P.font(11, True)
        painter.setFont(bold)
        title_room = r.width() - 50
        title = P.font_metrics(11, True).elidedText(
            self.title, Qt.TextElideMode.ElideRight, title_room
        )
        painter.drawText(QRectF(44, 4, title_room, 18), Qt.AlignmentFlag.AlignVCenter, title)
        if self.count_text and (self.collapsed or r.height() > 44):
            painter.setPen(P.colour(theme.MUTED_TEXT))
            painter.setFont(P.font(9))
            y = 4 if self.collapsed else 22
            x = 44 + (
                P.font_metrics(11, True).horizontalAdvance(title) + 8 if self.collapsed else 0
            )
            painter.drawText(
                QRectF(x, y, r.width() - x - 4, 18), Qt.AlignmentFlag.AlignVCenter, self.count_text
            )
        if self.ticks and not self.collapsed:
            painter.setFont(P.font(9))
            painter.setPen(P.colour(theme.MUTED_TEXT))
            for y, label in self.ticks:
                painter.drawText(
                    QRectF(r.width() - 40, y - 8, 32, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    label,
                )
                painter.drawLine(QPointF(r.width() - 5, y), QPointF(r.width(), y))


class StageHeaderItem(QGraphicsItem):
    """A stage's column header: name and a one-line description hint. Drag handle."""

    def __init__(self, stage_id: str) -> None:
        super().__init__()
        self.stage_id = stage_id
        self._rect = QRectF()
        self.name = ""
        self.description = ""
        self.number = 0
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)

    def set_content(
        self, width: float, height: float, name: str, description: str, number: int
    ) -> None:
        rect = QRectF(0, 0, width, height)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.name, self.description, self.number = name, description, number
        self.setToolTip(name + ("\n\n" + description if description else ""))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self._rect.adjusted(2, 4, -2, -4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(P.colour(theme.HEADER_FILL)))
        painter.drawRoundedRect(r, 5, 5)
        if _lod(painter) < P.LOD_BLOCKS:
            return
        inner = r.adjusted(10, 6, -10, -6)
        painter.setPen(P.colour("#8fa3b8"))
        painter.setFont(P.font(9, True))
        painter.drawText(
            QRectF(inner.left(), inner.top(), 20, 16),
            Qt.AlignmentFlag.AlignVCenter,
            str(self.number),
        )
        painter.setPen(P.colour(theme.HEADER_TEXT))
        painter.setFont(P.font(12, True))
        name_room = inner.width() - 18
        name = P.font_metrics(12, True).elidedText(
            self.name, Qt.TextElideMode.ElideRight, name_room
        )
        painter.drawText(
            QRectF(inner.left() + 18, inner.top(), name_room, 16),
            Qt.AlignmentFlag.AlignVCenter,
            name,
        )
        if self.description:
            painter.setPen(P.colour("#c5d1dc"))
            painter.setFont(P.font(9))
            hint = P.font_metrics(9).elidedText(
                self.description, Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(
                QRectF(inner.left(), inner.top() + 20, inner.width(), 14),
                Qt.AlignmentFlag.AlignVCenter,
                hint,
            )
