"""Frictions and opportunities differ from plain notes by shape, not only by colour."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF

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
