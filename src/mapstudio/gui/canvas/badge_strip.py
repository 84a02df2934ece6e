"""A card's badges on the canvas: drawn where ``layout.badges.badge_strip`` placed them (the
poster draws the same strip), and explained in tooltips: over a badge, what that badge means;
elsewhere on the card, what each of its badges means (never the card's text again, unless the
card shows it cut).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QHelpEvent, QPainter
from PySide6.QtWidgets import QGraphicsView, QToolTip

from mapstudio.core.model import Card, LaneKind
from mapstudio.gui.canvas import painting as P
from mapstudio.gui.i18n import map_words
from mapstudio.layout import theme
from mapstudio.layout.badges import (
    AuthorMark,
    BadgeStrip,
    Words,
    author_mark,
    badge_colours,
    badge_meanings,
    badge_strip,
    strip_top,
)
from mapstudio.text.translate import fill

if TYPE_CHECKING:
    from mapstudio.gui.canvas.items import CardItem

translate = QCoreApplication.translate
# Looked up once (an enum member read through its class is a Python call; many badges a PNG).
_NO_PEN = Qt.PenStyle.NoPen
_CENTRED = Qt.AlignmentFlag.AlignCenter
_PILL_RADIUS = theme.BADGE_HEIGHT / 2


class PreparedStrip:
    """What a card item draws of its badges, prepared at its first paint (a drawing cache)."""

    def __init__(self, card: Card, kind: LaneKind, item: CardItem) -> None:
        scene = item.scene()
        style = scene.geometry.style
        box = item.box
        self.kind = kind
        self.strip: BadgeStrip = badge_strip(
            card, kind, style.text_width, scene.doc.map.language, style.badge_row
        )
        self.mark: AuthorMark | None = author_mark(card, scene.people)
        self.left = style.card_padding
        self.top = strip_top(box.text_top, box.badge_rows, style.badge_row)
        self.right = box.width - style.card_padding

    def badge_at(self, x: float, y: float) -> Words | None:
        """The badge under (x, y), in the card's own coordinates."""
        for placed in self.strip.badges:
            left, top = self.left + placed.x, self.top + placed.y
            if left <= x <= left + placed.width and top <= y <= top + theme.BADGE_HEIGHT:
                return placed.words
        return None

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        painter.setFont(P.font(theme.BADGE_FONT_SIZE))
        x0, y0 = rect.left() + self.left, rect.top() + self.top
        for placed in self.strip.badges:
            colours = badge_colours(placed.words, self.kind)
            pill = QRectF(x0 + placed.x, y0 + placed.y, placed.width, theme.BADGE_HEIGHT)
            if colours.fill is not None:
                painter.setBrush(P.colour(colours.fill))
                if colours.edge is not None:
                    painter.setPen(P.pen(colours.edge, 0.8))
                else:
                    painter.setPen(_NO_PEN)
                painter.drawRoundedRect(pill, _PILL_RADIUS, _PILL_RADIUS)
            painter.setPen(P.colour(colours.ink))
            painter.drawText(pill, _CENTRED, placed.text)
        if self.mark is not None:
            self._paint_author(painter, rect)

    def _paint_author(self, painter: QPainter, rect: QRectF) -> None:
        """The author's initials in a badge of their colour, closing the first row."""
        mark = self.mark
        middle = rect.top() + self.top + theme.BADGE_HEIGHT / 2
        tag = QRectF(rect.left() + self.right - mark.width, middle - mark.height / 2, mark.width,
                     mark.height)  # fmt: skip
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(P.colour(mark.fill))
        painter.drawRoundedRect(tag, 3, 3)
        painter.setPen(P.colour(mark.ink))
        painter.setFont(P.font(theme.AUTHOR_MARK_FONT_SIZE, True))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, mark.initials)


def card_tooltip(item: CardItem) -> str:
    """What the card's badges mean, one line each, with its author; its whole text only when
    the card shows it cut, and a picture's description."""
    scene = item.scene()
    card = scene.doc.get(item.obj_id)
    if not isinstance(card, Card):
        return ""
    lane = scene.doc.get(card.lane)
    lines: list[str] = []
    if card.image is not None and card.image.alt:
        lines.append(card.image.alt)
    if item.box is not None and item.box.text.truncated:
        lines.append(card.text)
    with map_words(scene.doc.map.language):
        meanings = badge_meanings(card, lane.kind) if lane is not None else []
    if card.source:
        meanings.append(fill(translate("MapCanvas", "Source: %1"), card.source))
    person = scene.people.get(card.author) if card.author is not None else None
    if person is not None:
        meanings.append(fill(translate("MapCanvas", "Written by %1"), person.name))
    if lines and meanings:
        lines.append("")
    return "\n".join(lines + meanings)


class BadgeTips(QObject):
    """Tooltips of cards on a view's viewport: a badge's own meaning under the mouse, else the
    card's (``card_tooltip``); other items keep their own tooltips."""

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        text = self.text_at(event.pos())
        if text is None:
            return False  # not a card: the scene shows the item's own tooltip
        if text:
            QToolTip.showText(event.globalPos(), text, self.view.viewport())
        else:
            QToolTip.hideText()
        return True

    def text_at(self, pos) -> str | None:
        """The tooltip of the card at viewport ``pos`` (None: no card there)."""
        from mapstudio.gui.canvas.items import CardItem  # items import this module

        scene_pos = self.view.mapToScene(pos)
        item = next(
            (i for i in self.view.scene().items(scene_pos) if isinstance(i, CardItem)), None
        )
        if item is None or item.kind != "card":
            return None
        local: QPointF = item.mapFromScene(scene_pos)  # a card's rect starts at (0, 0)
        prepared = item.badges()
        words = prepared.badge_at(local.x(), local.y()) if prepared is not None else None
        if words is not None and words.meaning:
            return words.meaning
        return card_tooltip(item)
