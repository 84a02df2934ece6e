"""A service blueprint's lines on the canvas: each in the band the layout leaves for it
between two lanes, dashed across the map, its label framed at the left (pinned with the lane
headers while scrolling). Placed by ``MapGeometry.blueprint_lines``, as on the poster."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from mapstudio.gui.canvas import painting as P
from mapstudio.gui.canvas.rect_item import RectItem, lod
from mapstudio.layout import BlueprintLineGeom, theme
from mapstudio.layout.blueprint import BLUEPRINT_LABEL_PAD, blueprint_label_box


class BlueprintLinesItem(RectItem):
    """Every line of the blueprint in one item (a map has three at most); it takes no clicks."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(1.2)  # over the lanes, under the pinned stage header row
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self._lines: list[tuple[BlueprintLineGeom, str]] = []
        self._width = 0.0
        self._left = 0.0

    def set_lines(self, width: float, lines: list[tuple[BlueprintLineGeom, str]]) -> None:
        """The lines with their labels (in the map's words), across a map ``width`` wide."""
        if (width, lines) == (self._width, self._lines):
            return
        self._width, self._lines = width, lines
        bottom = max((bl.top + bl.height for bl, _ in lines), default=0.0)
        self.set_rect(QRectF(0, 0, width, bottom))
        self.setVisible(bool(lines))
        self.update()

    def lines(self) -> list[tuple[BlueprintLineGeom, str]]:
        return list(self._lines)

    def pin_to(self, left: float) -> None:
        """Keep the labels beside the pinned lane headers."""
        if left != self._left:
            self._left = left
            self.update()

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        for bl, _ in self._lines:
            path.addRect(QRectF(0, bl.top, self._width, bl.height))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        size = theme.BLUEPRINT_LABEL_SIZE
        show_labels = lod(painter) >= P.LOD_BLOCKS
        look = self.scene().look
        # the editor's look is the paper's; a projector look draws them in its own ink
        ink = theme.BLUEPRINT_LINE if look is theme.EDITOR_LOOK else look.header_text
        line_pen = P.pen(ink, theme.BLUEPRINT_LINE_WIDTH)
        w = theme.BLUEPRINT_LINE_WIDTH
        line_pen.setDashPattern([d / w for d in theme.BLUEPRINT_LINE_DASH])
        for bl, label in self._lines:
            painter.fillRect(QRectF(0, bl.top, self._width, bl.height), P.colour(look.paper))
            painter.setPen(line_pen)
            painter.drawLine(0, bl.y, self._width, bl.y)
            if not show_labels:
                continue
            x, y, bw, bh = blueprint_label_box(bl, label, self._left)
            box = QRectF(x, y, bw, bh)
            painter.setPen(P.pen(ink, 0.8))
            painter.setBrush(P.colour(look.paper))
            painter.drawRoundedRect(box, 3, 3)
            painter.setFont(P.font(size, True))
            painter.drawText(
                box.adjusted(BLUEPRINT_LABEL_PAD, 0, 0, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
