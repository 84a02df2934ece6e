"""The faint "+" in the empty part of the cell under the mouse: a click on it adds a card (or a
metric, in a metrics lane) at the end of the cell and opens it for typing, as Enter does.

Where it sits comes from the shared layout (the cell's rectangle and how tall its cards stand),
so the cell draws it and the canvas hit-tests it alike.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QPainter

from mapstudio.core.model import LaneKind
from mapstudio.gui.canvas import painting as P
from mapstudio.layout import MapGeometry, theme

translate = QCoreApplication.translate

RADIUS = 11.0
MIN_ROOM = 2 * RADIUS + 8  # an empty part lower than this shows no "+"
BELOW_CARDS = 6.0  # from the last card to the top of the "+"
FAINT = "#9aa5b1"  # the "+" as the mouse passes over its cell
HOT = P.SELECTION  # ... under the mouse


def button_rect(geo: MapGeometry, cell: tuple[str, str]) -> QRectF | None:
    """The "+" of ``cell`` in scene coordinates (None: no room, or a lane without cards)."""
    row = geo.row(cell[1])
    if row.kind is LaneKind.EMOTIONS or row.collapsed:
        return None
    x, y, w, h = geo.cell_rect(*cell)
    geom = geo.cells.get(cell)
    used = geom.content_height if geom is not None and geom.boxes else 0.0
    room = h - used
    if room < MIN_ROOM:
        return None
    if used:  # right under the last card
        centre_y = y + used - geo.style.cell_padding + BELOW_CARDS + RADIUS
    else:  # an empty cell: in its middle, its hint underneath
        centre_y = y + min(h / 2, 2 * RADIUS + geo.style.cell_padding)
    return QRectF(x + w / 2 - RADIUS, centre_y - RADIUS, 2 * RADIUS, 2 * RADIUS)


def hit(geo: MapGeometry, cell: tuple[str, str], scene_pos: QPointF) -> bool:
    """Whether ``scene_pos`` is on the "+" of ``cell`` (a little beyond its circle counts)."""
    rect = button_rect(geo, cell)
    return rect is not None and rect.adjusted(-4, -4, 4, 4).contains(scene_pos)


def empty_cell_hint(geo: MapGeometry, cell: tuple[str, str]) -> str:
    """The words under an empty cell's "+": what it adds there (a metrics lane takes metrics)."""
    if geo.row(cell[1]).kind is LaneKind.METRICS:
        return translate("MapCanvas", "Click + or double-click to add a metric")
    return translate("MapCanvas", "Click + or double-click to add a card")


def paint(
    painter: QPainter, geo: MapGeometry, cell: tuple[str, str], origin: QPointF, mouse: QPointF
) -> None:
    """Draw the "+" of ``cell`` (``origin``: the cell's top-left corner in scene coordinates;
    ``mouse`` in scene coordinates), and under it, in an empty cell, how else to add one."""
    rect = button_rect(geo, cell)
    if rect is None or QGuiApplication.mouseButtons() != Qt.MouseButton.NoButton:
        return  # no "+" while a button is held (a drag leaves its cell hovered)
    hot = rect.adjusted(-4, -4, 4, 4).contains(mouse)
    local = rect.translated(-origin)
    colour = HOT if hot else FAINT
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(P.pen(colour, 1.4 if hot else 1.0, Qt.PenStyle.SolidLine))
    painter.setBrush(P.colour("#ffffff") if hot else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(local)
    c, arm = local.center(), RADIUS * 0.5
    painter.setPen(P.pen(colour, 1.8))
    painter.drawLine(QPointF(c.x() - arm, c.y()), QPointF(c.x() + arm, c.y()))
    painter.drawLine(QPointF(c.x(), c.y() - arm), QPointF(c.x(), c.y() + arm))
    geom = geo.cells.get(cell)
    if geom is None or not geom.boxes:
        _, _, w, h = geo.cell_rect(*cell)
        under = QRectF(8, local.bottom() + 4, w - 16, h - local.bottom() - 8)
        if under.height() >= 24:
            painter.setPen(P.colour(theme.MUTED_TEXT))
            painter.setFont(P.font(9))
            hint = empty_cell_hint(geo, cell)
            flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
            painter.drawText(under, flags | Qt.TextFlag.TextWordWrap, hint)
