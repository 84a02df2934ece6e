"""Frictions and opportunities differ from plain notes by shape, not only by colour."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage

from mapstudio.core.model import Card, LaneKind
from mapstudio.gui.canvas.painting import card_outline
from mapstudio.layout.badges import badge_texts


def test_outlines_differ_in_shape():
    rect = QRectF(0, 0, 180, 60)
    note, friction, opportunity = (
        card_outline(rect, s) for s in ("note", "friction", "opportunity")
    )  # noqa: E501
    top_right, top_left = QPointF(178.5, 1.5), QPointF(1, 1)
    assert note.contains(top_right) and note.contains(top_left)
    assert not friction.contains(top_right)  # cut corner
    assert not opportunity.contains(top_left)  # rounded corners


def test_badges_carry_symbols(qapp):
    friction = Card(id="f", stage="s", lane="l", severity=3)
    opportunity = Card(id="o", stage="s", lane="l", impact=3, effort=1, votes=4, tags=["ux"])
    touchpoint = Card(id="t", stage="s", lane="l", channel="email", evidence="observed")
    assert badge_texts(friction, LaneKind.FRICTIONS)[0].startswith("⚠ !!!")
    left, right = badge_texts(opportunity, LaneKind.OPPORTUNITIES)
    assert left.startswith("★") and "4 votes" in left and right == "#ux"
    assert badge_texts(touchpoint, LaneKind.TOUCHPOINTS) == ("✉ Email online", "● observed")


def _card_drawn(shadow_whole: bool, shape: str, scale: float, at: QPointF, lift) -> QImage:
    """A card of ``shape`` and its shadow, drawn at ``scale`` on an image that held magenta."""
    from PySide6.QtGui import QColor, QImage, QPainter, QTransform

    from mapstudio.gui.canvas import painting

    image = QImage(520, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff00ff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(image.rect(), QColor("#f4f1e8"))
    transform = QTransform.fromScale(scale, scale)
    transform.translate(at.x(), at.y())
    painter.setWorldTransform(transform)
    rect = QRectF(0, 0, 150, 61.3)
    outline = card_outline(rect, shape)
    offset, shade = lift
    if shadow_whole:
        painter.setPen(QColor(0, 0, 0, 0))
        painter.setBrush(shade)
        painter.drawPath(outline.translated(offset))
    else:
        solid = painting.outline_solid(rect, shape)
        painting.paint_card_shadow(painter, outline, rect, solid, offset, shade)
    painter.setBrush(QColor("#fff3c4"))
    painter.setPen(painting.pen("#c9b98a", 0.8))
    painter.drawPath(outline)
    painter.end()
    return image


def test_a_cards_shadow_drawn_as_a_rim_gives_the_same_pixels(qapp):
    """Only the rim of a card's shadow that its body leaves to be seen is blended: at every
    shape, scale and fractional position, the image is the one with the whole shadow."""
    from PySide6.QtGui import QColor

    lifts = ((QPointF(1.5, 2.0), QColor(0, 0, 0, 28)), (QPointF(2.0, 3.0), QColor(0, 0, 0, 50)))
    for shape in ("note", "friction", "touchpoint", "opportunity", "metric"):
        for scale in (0.7, 1.0, 1.37, 2.0833, 3.1):
            for at in (QPointF(3, 4), QPointF(3.31, 4.77), QPointF(5.5, 2.125)):
                for lift in lifts:
                    whole = _card_drawn(True, shape, scale, at, lift)
                    rim = _card_drawn(False, shape, scale, at, lift)
                    assert whole == rim, (shape, scale, at, lift)
