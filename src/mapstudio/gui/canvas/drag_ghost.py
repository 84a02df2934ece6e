"""What follows the mouse while cards are dragged: a ghost of the card taken (a small pile and
their number when several are), lifted by a shadow, while the cards themselves stay where they
were, faded, until the drop moves them."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPixmapItem, QStyleOptionGraphicsItem

from mapstudio.gui.canvas import painting as P

SCALE = 2.0  # the ghost is drawn at twice the map's scale: sharp when zoomed in
PILE_STEP = 5.0  # each further card of a pile, down and to the right
MAX_PILE = 3
MARGIN = 8.0  # room for the shadow and the count
OPACITY = 0.9
LEFT_BEHIND = 0.35  # the dragged cards where they were


class DragGhost(QGraphicsPixmapItem):
    """A picture of ``items`` (the first on top) that keeps the grab point under the mouse."""

    def __init__(self, items: list[QGraphicsItem], press: QPointF) -> None:
        super().__init__()
        first = items[0]
        rect = first.boundingRect()
        pile = min(len(items), MAX_PILE)
        width = rect.width() + (pile - 1) * PILE_STEP + 2 * MARGIN
        height = rect.height() + (pile - 1) * PILE_STEP + 2 * MARGIN
        image = QImage(round(width * SCALE), round(height * SCALE), QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.scale(SCALE, SCALE)
        option = QStyleOptionGraphicsItem()
        for i in reversed(range(pile)):  # the first card last: on top of the pile
            item = items[i]
            offset = QPointF(MARGIN + i * PILE_STEP, MARGIN + i * PILE_STEP) - rect.topLeft()
            painter.save()
            painter.translate(offset + QPointF(2.5, 4.0))  # a lifted card's deeper shadow
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(0, 0, 0, 40))
            painter.drawRoundedRect(item.boundingRect().adjusted(3, 3, -4, -8), 4, 4)
            painter.restore()
            painter.save()
            painter.translate(offset)
            selected = item.isSelected()
            item.setSelected(False)  # the ghost shows the card, not its selection frame
            item.paint(painter, option, None)
            item.setSelected(selected)
            painter.restore()
        if len(items) > 1:  # how many cards go with it
            centre = QPointF(MARGIN + rect.width() - rect.left() - 4, MARGIN + 2)
            painter.setPen(P.pen("#ffffff", 1.2))
            painter.setBrush(P.colour(P.SELECTION))
            painter.drawEllipse(centre, 9.0, 9.0)
            painter.setPen(P.colour("#ffffff"))
            painter.setFont(P.font(10.0, True))
            label = str(len(items)) if len(items) < 100 else "99+"
            painter.drawText(QRectF(centre.x() - 9, centre.y() - 9, 18, 18),
                             Qt.AlignmentFlag.AlignCenter, label)  # fmt: skip
        painter.end()
        self.setPixmap(QPixmap.fromImage(image))
        self.setScale(1 / SCALE)
        self.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.setOpacity(OPACITY)
        self.setZValue(1000)  # over everything on the map, pinned headers included
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # where the mouse took the first card, kept under the mouse (the card's corner is at
        # MARGIN in the ghost)
        corner = first.mapToScene(rect.topLeft())
        self.grab = press - corner + QPointF(MARGIN, MARGIN)
        self.follow(press)

    def follow(self, pos: QPointF) -> None:
        self.setPos(pos - self.grab)
