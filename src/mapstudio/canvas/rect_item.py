"""Base of the canvas items whose bounds are one rectangle (cells, lanes, headers, cards...)."""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem


def lod(painter: QPainter) -> float:
    """The zoom level an item is painted at (compare with ``painting.LOD_BLOCKS``)."""
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class RectItem(QGraphicsItem):
    """An item bounded by ``_rect``, which changes only through ``set_rect``/``set_size``:
    Qt must hear of a bounds change (prepareGeometryChange) before it happens."""

    def __init__(self) -> None:
        super().__init__()
        self._rect = QRectF()

    def set_rect(self, rect: QRectF) -> None:
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def set_size(self, width: float, height: float) -> None:
        self.set_rect(QRectF(0, 0, width, height))

    def boundingRect(self) -> QRectF:
        return self._rect
