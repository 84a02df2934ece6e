"""Drawing helpers shared by the canvas items: cached fonts, colours, card outlines, badges.

Everything here is computed once per value and cached, so ``paint()`` only draws.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import cache

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QRegion,
    QStaticText,
    QTransform,
)

from mapstudio.gui.qtfonts import map_font
from mapstudio.layout import comment_marks as marks
from mapstudio.layout.textfit import LINE_SPACING
from mapstudio.records import record

#: Below this zoom level (levelOfDetailFromTransform) items draw plain blocks without text.
LOD_BLOCKS = 0.35
CANVAS_BACKGROUND = "#e9ecef"
SELECTION = "#1a73e8"
FIND_HIGHLIGHT = "#ffb300"
HOVER = "#8ab4f8"  # the card under the mouse: a light tint of SELECTION
FIND_CURRENT = "#e65100"


@cache
def font(size: float, bold: bool = False) -> QFont:
    return map_font(size, bold)


@cache
def font_metrics(size: float, bold: bool = False) -> QFontMetricsF:
    return QFontMetricsF(font(size, bold))


@cache
def colour(hex_code: str) -> QColor:
    return QColor(hex_code)


@cache
def darker(hex_code: str, factor: int = 115) -> QColor:
    return QColor(hex_code).darker(factor)


@cache
def pen(hex_code: str, width: float = 1.0, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
    p = QPen(QColor(hex_code), width, style)
    p.setCosmetic(False)
    return p


def static_lines(lines: tuple[str, ...]) -> list[QStaticText]:
    """One QStaticText per layout line: drawn as is, never re-wrapped by Qt. Laid out at their
    first draw, with the painter's font and transform: prepared here without the transform,
    each line was laid out twice when drawn scaled (zoomed views, images; 0.1 s of a 2,000-card
    PNG at 150 dpi), for the same pixels."""
    result = []
    for line in lines:
        st = QStaticText(line)
        st.setTextFormat(Qt.TextFormat.PlainText)
        result.append(st)
    return result


def line_offsets(count: int, size: float) -> list[float]:
    """Top of each text line within the text block (lines centred in their line height)."""
    line_height = size * LINE_SPACING
    glyph = font_metrics(size).height()
    pad = (line_height - glyph) / 2
    return [i * line_height + pad for i in range(count)]


def wrap_lines(text: str, size: float, bold: bool, width: float, max_lines: int) -> list[str]:
    """Header text (not card text) wrapped into at most ``max_lines``; the last is elided."""
    fm = font_metrics(size, bold)
    words, lines = text.split(), []
    while words and len(lines) < max_lines - 1:
        line = words.pop(0)
        while words and fm.horizontalAdvance(line + " " + words[0]) <= width:
            line += " " + words.pop(0)
        if fm.horizontalAdvance(line) > width:  # one very long word
            words.insert(0, line)
            break
        lines.append(line)
    if words:
        lines.append(fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
    return lines or [""]


def card_outline(rect: QRectF, shape: str) -> QPainterPath:
    """The card's outline for its lane's shape (see theme's docstring)."""
    path = QPainterPath()
    corner = outline_corner(rect, shape)
    if shape == "friction":
        path.moveTo(rect.topLeft())
        path.lineTo(rect.right() - corner, rect.top())
        path.lineTo(rect.right(), rect.top() + corner)
        path.lineTo(rect.bottomRight())
        path.lineTo(rect.bottomLeft())
        path.closeSubpath()
    elif corner:
        path.addRoundedRect(rect, corner, corner)
    else:
        path.addRect(rect)
    return path


def outline_corner(rect: QRectF, shape: str) -> float:
    """How far a card's outline leaves its rectangle at the corners: a friction's cut, the
    radius of a rounded card, 0 for a plain one."""
    if shape == "friction":
        return min(12.0, rect.height() / 3)
    if shape in ("opportunity", "touchpoint", "metric"):
        return 9.0 if shape == "opportunity" else 4.0
    return 0.0


def outline_solid(rect: QRectF, shape: str) -> QRectF:
    """A rectangle that a card's outline (``card_outline``) surely covers: ``rect`` less its
    corners' size on every side."""
    corner = outline_corner(rect, shape)
    return rect.adjusted(corner, corner, -corner, -corner)


# Under this many device pixels a side, a hole in a card's shadow saves less than it costs.
SHADOW_HOLE_MIN = 8


def paint_card_shadow(
    painter: QPainter,
    outline: QPainterPath,
    rect: QRectF,
    solid: QRectF,
    offset: QPointF,
    colour: QColor,
) -> None:
    """A card's soft shadow, its ``outline`` (in ``rect``, surely covering ``solid``) moved by
    ``offset`` and filled with the see-through ``colour``, under the opaque body drawn next.

    Only what the body leaves to be seen is blended: the rest lies under pixels the body then
    covers wholly (the shadow was as large as the card: 0.2 s of 2,000 cards' PNG at 150 dpi).
    A plain rectangular card gets the strips of its shadow along its right and bottom edges,
    cut on whole device pixels. Any other outline is filled with a hole where both it and the
    body surely cover whole device pixels (one to spare on every side): a path's hole takes
    away exactly the coverage it adds, so the rim keeps the whole shadow's edges and pixels,
    and the hole's own edges lie under the body. A rim costs more than strips (four edges a
    row instead of two) but half of the whole shadow. Drawn whole when the painter is
    see-through or turned, or the card is too small to gain from it."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    transform = painter.worldTransform()
    if painter.opacity() < 1.0 or not scaled_only(transform):
        painter.drawPath(outline.translated(offset))
        return
    if (
        outline.elementCount() == 5  # a rectangle: a move and four lines
        and outline.boundingRect() == rect
        and offset.x() * transform.m11() >= 1.5
        and offset.y() * transform.m22() >= 1.5
    ):
        inside = whole_pixels(transform.mapRect(rect))
        if not inside.isEmpty():
            _paint_shadow_strips(painter, transform.mapRect(rect.translated(offset)), inside)
            return
    shadow = outline.translated(offset)
    hole = whole_pixels(transform.mapRect(solid & solid.translated(offset)))
    if hole.width() >= SHADOW_HOLE_MIN and hole.height() >= SHADOW_HOLE_MIN:
        inverse, invertible = transform.inverted()
        if invertible:
            shadow.addRect(inverse.mapRect(QRectF(hole)))  # odd-even fill: a hole
    painter.drawPath(shadow)


def _paint_shadow_strips(painter: QPainter, shadow: QRectF, inside: QRect) -> None:
    """The right and bottom strips of a rectangular ``shadow`` (device coordinates) that the
    body, which covers the ``inside`` device pixels wholly, leaves to be seen. The shadow must
    move by a pixel and a half at least: it could otherwise reach pixels the body covers only
    in part."""
    right, bottom = inside.right() + 1, inside.bottom() + 1  # the strips start here
    painter.save()
    painter.resetTransform()  # the strips are cut in device pixels
    for strip in (
        QRectF(right, shadow.top(), shadow.right() - right, shadow.height()),
        QRectF(shadow.left(), bottom, right - shadow.left(), shadow.bottom() - bottom),
    ):
        path = QPainterPath()  # filled as the outline was, as a path
        path.addRect(strip)
        painter.drawPath(path)
    painter.restore()


def folded_corner(rect: QRectF, size: float = 10.0) -> QPainterPath:
    """The small triangle at the bottom-right corner that marks a truncated card."""
    path = QPainterPath()
    path.moveTo(rect.right() - size, rect.bottom())
    path.lineTo(rect.right(), rect.bottom() - size)
    path.lineTo(rect.right() - size, rect.bottom() - size)
    path.closeSubpath()
    return path


def scaled_only(transform: QTransform) -> bool:
    """Whether ``transform`` only scales and moves (no rotation or shear): rectangles stay
    rectangles on the device, so what covers which pixels can be worked out."""
    return transform.type().value <= QTransform.TransformationType.TxScale.value


def whole_pixels(device: QRectF) -> QRect:
    """The device pixels an antialiased fill of ``device`` (device coordinates) covers
    wholly, less one pixel on every side to spare rounding."""
    left, top = math.ceil(device.left()) + 1, math.ceil(device.top()) + 1
    right, bottom = math.floor(device.right()) - 1, math.floor(device.bottom()) - 1
    return QRect(left, top, max(0, right - left), max(0, bottom - top))


def fill_except(
    painter: QPainter, area: QRectF, brush: QColor | QBrush, hidden: Iterable[QRectF]
) -> None:
    """``painter.fillRect(area, brush)``, less the pixels that opaque fills of the ``hidden``
    rectangles, drawn next, cover wholly: the same pixels, without filling them twice (a
    PNG band is 8 million pixels; the canvas, the paper and the lane bands each covered it).

    The pieces are cut on whole device pixels and drawn through the painter's transform, each
    cut to ``area`` itself: their outer edges are ``area``'s, so its edge pixels blend exactly
    as before; their inner edges lie under pixels the hidden fills cover wholly."""
    transform = painter.worldTransform()
    inverse, invertible = transform.inverted()
    if not scaled_only(transform) or not invertible:
        painter.fillRect(area, brush)
        return
    region = QRegion(transform.mapRect(area).toAlignedRect().adjusted(-1, -1, 1, 1))
    for rect in hidden:
        inside = whole_pixels(transform.mapRect(rect))
        if not inside.isEmpty():
            region -= QRegion(inside)
    for piece in region:
        painter.fillRect(inverse.mapRect(QRectF(piece)) & area, brush)


def marker_path(kind: str, centre: QPointF, radius: float) -> QPainterPath:
    """A curve point marker: circle, square, diamond or triangle (readable in greyscale)."""
    path = QPainterPath()
    x, y, r = centre.x(), centre.y(), radius
    if kind == "square":
        path.addRect(QRectF(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7))
    elif kind == "diamond":
        path.moveTo(x, y - r * 1.2)
        path.lineTo(x + r * 1.2, y)
        path.lineTo(x, y + r * 1.2)
        path.lineTo(x - r * 1.2, y)
        path.closeSubpath()
    elif kind == "triangle":
        path.moveTo(x, y - r * 1.2)
        path.lineTo(x + r * 1.1, y + r * 0.8)
        path.lineTo(x - r * 1.1, y + r * 0.8)
        path.closeSubpath()
    else:
        path.addEllipse(centre, r, r)
    return path


@record
class CompareMark:
    """How a card differs in the version it is compared with."""

    glyph: str
    colour: str
    line: Qt.PenStyle


CHANGED_MARK = CompareMark("✎", "#c76a00", Qt.PenStyle.SolidLine)
MOVED_MARK = CompareMark("⇄", "#1f5fbf", Qt.PenStyle.DashDotLine)
REMOVED_MARK = CompareMark("−", "#b3261e", Qt.PenStyle.DashLine)


def paint_comment_mark(painter: QPainter, centre: tuple[float, float], count: int) -> None:
    """The disc that says a card, stage or lane has open comments, with how many
    (``layout.comment_marks`` places it, as on the poster)."""
    r = marks.MARK_RADIUS
    disc = QRectF(centre[0] - r, centre[1] - r, 2 * r, 2 * r)
    painter.setPen(pen("#ffffff", 1.2))
    painter.setBrush(colour(marks.MARK_FILL))
    painter.drawEllipse(disc)
    painter.setPen(colour(marks.MARK_TEXT))
    painter.setFont(font(marks.MARK_FONT_SIZE, True))
    painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, str(count) if count < 10 else "9+")


def paint_compare_mark(painter: QPainter, rect: QRectF, mark: CompareMark) -> None:
    """How another version differs here (File > Compare With): told apart by the outline's
    dash pattern and the glyph, not by colour alone."""
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen(mark.colour, 2.0, mark.line))
    painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
    tag = QRectF(rect.right() - 17, rect.top() + 2, 15, 15)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour(mark.colour))
    painter.drawEllipse(tag)
    painter.setPen(colour("#ffffff"))
    painter.setFont(font(9.0))
    painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, mark.glyph)
