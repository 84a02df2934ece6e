"""The friction heat strip: a band along the bottom of each stage header, deeper red where the
stage's frictions weigh more, with the figure itself (colour is never the only sign).

A child of the stage header item, so it follows the header when the view pins it while
scrolling; it takes no mouse button, so clicks and drags reach the header. The values come from
``core.insights`` (the application computes them); the canvas only draws them.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from mapstudio.gui.canvas import painting as P
from mapstudio.layout import theme

COOL = QColor("#f6d5c9")  # heat above zero, lightly
HOT = QColor("#c0392b")  # the hottest stage of the map
BAND = 4.0  # the band's height, in the header's bottom margin
SIDE = 12.0  # the header's inner margin


def heat_colour(share: float) -> QColor:
    """The band's colour for a stage with ``share`` (0..1) of the map's hottest heat."""
    share = min(1.0, max(0.0, share))
    return QColor.fromRgbF(
        COOL.redF() + (HOT.redF() - COOL.redF()) * share,
        COOL.greenF() + (HOT.greenF() - COOL.greenF()) * share,
        COOL.blueF() + (HOT.blueF() - COOL.blueF()) * share,
    )


class HeatStripItem(QGraphicsItem):
    def __init__(self) -> None:
        super().__init__()
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.heat = 0
        self.share = 0.0
        self._rect = QRectF()

    def set_heat(self, width: float, height: float, heat: int, hottest: int) -> None:
        # from the description line (y 30..44 of a 56-high header) to the band under it
        rect = QRectF(SIDE, height - 26, width - 2 * SIDE, 20)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect
        self.heat, self.share = heat, (heat / hottest if hottest else 0.0)
        self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return self._rect

    def paint(
        self, painter: QPainter, _option: QStyleOptionGraphicsItem, _widget: QWidget | None = None
    ) -> None:
        r = self._rect
        band = QRectF(r.left(), r.bottom() - BAND, r.width(), BAND)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(P.colour("#46596b"))
        painter.drawRoundedRect(band, 2, 2)
        if self.heat:
            painter.setBrush(heat_colour(self.share))
            filled = QRectF(band.left(), band.top(), max(BAND, band.width() * self.share), BAND)
            painter.drawRoundedRect(filled, 2, 2)
        text = f"⚠ {self.heat}"
        painter.setFont(P.font(9, True))
        width = P.font_metrics(9, True).horizontalAdvance(text) + 8
        label = QRectF(r.right() - width, r.top(), width, 14)
        painter.setBrush(P.colour(theme.HEADER_FILL))  # over the end of a long description
        painter.drawRect(label)
        painter.setPen(P.colour("#f6d5c9" if self.heat else "#8fa3b8"))
        painter.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)


def show_friction_heat(scene, heat: dict[str, int] | None) -> None:
    """Put a heat strip on every stage header of ``scene`` (stage id -> friction heat), or take
    them all off (None). Headers added later get theirs at the next call."""
    hottest = max(heat.values(), default=0) if heat else 0
    for stage_id in scene.geometry.column_index:
        header = scene.stage_item(stage_id)
        if header is None:
            continue
        strip = next((c for c in header.childItems() if isinstance(c, HeatStripItem)), None)
        if heat is None:
            if strip is not None:
                scene.removeItem(strip)
            continue
        if strip is None:
            strip = HeatStripItem()
            strip.setParentItem(header)
        rect = header.boundingRect()
        strip.set_heat(rect.width(), rect.height(), heat.get(stage_id, 0), hottest)
