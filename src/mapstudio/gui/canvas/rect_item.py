"""Base of the canvas items whose bounds are one rectangle (cells, lanes, headers, cards...)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QStyleOptionGraphicsItem

_NO_PEN = QPen(Qt.PenStyle.NoPen)


def lod(painter: QPainter) -> float:
    """The zoom level an item is painted at (compare with ``painting.LOD_BLOCKS``)."""
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class RectItem(QGraphicsRectItem):
    """An item drawn in ``_rect``, which changes only through ``set_rect``/``set_size``.

    Its bounding rect is derived from ``_rect`` by ``_bounds_for`` and handed to Qt as the
    rectangle of a QGraphicsRectItem without a pen, so Qt answers ``boundingRect()`` in C++:
    the scene asks for it for every item under a moved one and for every item it walks while
    painting (tens of thousands of calls into Python per edit when it was a Python method).
    Qt hears of a bounds change (setRect prepares it) only when the bounds change."""

    def __init__(self) -> None:
        super().__init__()
        self.setPen(_NO_PEN)  # the bounds are exactly the rect given to setRect
        self._rect = QRectF()

    def _bounds_for(self, rect: QRectF) -> QRectF:
        return rect

    def set_rect(self, rect: QRectF) -> None:
        if rect == self._rect:
            return
        bounds = self._bounds_for(rect)
        if bounds != self.rect():
            self.setRect(bounds)
        self._rect = rect
        self.update()

    def set_size(self, width: float, height: float) -> None:
        self.set_rect(QRectF(0, 0, width, height))

    def shape(self) -> QPainterPath:
        """The drawn rectangle (the bounds may be larger): what clicks and rubber bands hit."""
        path = QPainterPath()
        path.addRect(self._rect)
        return path
