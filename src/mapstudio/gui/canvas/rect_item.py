"""Base of the canvas items whose bounds are one rectangle (cells, lanes, headers, cards...)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem


def lod(painter: QPainter) -> float:
    """The zoom level an item is painted at (compare with ``painting.LOD_BLOCKS``)."""
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class RectItem(QGraphicsItem):
    """An item drawn in ``_rect``, which changes only through ``set_rect``/``set_size``.

    Its bounding rect is derived from ``_rect`` by ``_bounds_for`` and kept (Qt asks for it
    very often); Qt hears of a bounds change (prepareGeometryChange) before it happens, and
    only then: a container whose bounds grow in steps spares the scene a re-index."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()
        self._bounds = QRectF()

    def _bounds_for(self, rect: QRectF) -> QRectF:
        return rect

    def set_rect(self, rect: QRectF) -> None:
        if rect == self._rect:
            return
        bounds = self._bounds_for(rect)
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = bounds
        self._rect = rect
        self.update()

    def set_size(self, width: float, height: float) -> None:
        self.set_rect(QRectF(0, 0, width, height))

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """The drawn rectangle (the bounds may be larger): what clicks and rubber bands hit."""
        path = QPainterPath()
        path.addRect(self._rect)
        return path
