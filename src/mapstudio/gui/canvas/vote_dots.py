"""A dot vote on the canvas: the dots on the cards (``layout.dot_strip`` places them, as on the
poster) and the scene's bookkeeping of which card shows which dots.

Only the shown vote's dots are drawn (``core.voting.shown_dots``): a hidden vote draws none. A
change of any dot, vote or participant refreshes the cards whose dots differ, once per layout
pass; the cards of a map without a vote cost nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from mapstudio.core.voting import shown_dots
from mapstudio.gui.canvas import painting as P
from mapstudio.layout import dot_strip as strip

if TYPE_CHECKING:
    from mapstudio.gui.canvas.scene import MapScene

#: The collections whose changes can change the dots shown.
VOTE_COLLECTIONS = frozenset({"dots", "votes", "participants"})


def paint(painter: QPainter, rect: QRectF, colours: tuple[str, ...]) -> None:
    """The dots of one card, in the order they were cast, along its bottom edge."""
    placed = strip.dot_strip(rect.width(), rect.height(), len(colours))
    r = placed.radius
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(P.pen(strip.DOT_OUTLINE, 1.2))
    last = len(placed.centres) - 1
    for i, (x, y) in enumerate(placed.centres):
        disc = QRectF(rect.left() + x - r, rect.top() + y - r, 2 * r, 2 * r)
        if i == last and placed.more:
            painter.setBrush(P.colour(strip.MORE_FILL))
            painter.drawEllipse(disc.adjusted(-2, 0, 2, 0))
            painter.setPen(P.colour(strip.MORE_TEXT))
            painter.setFont(P.font(strip.DOT_FONT_SIZE, True))
            painter.drawText(
                disc.adjusted(-2, 0, 2, 0), Qt.AlignmentFlag.AlignCenter, f"+{placed.more}"
            )
            break
        painter.setBrush(P.colour(colours[i]))
        painter.drawEllipse(disc)


class DotMarks:
    """Keeps the scene's card items showing the shown vote's dots."""

    def __init__(self, scene: MapScene) -> None:
        self.scene = scene
        self._shown: dict[str, tuple[str, ...]] = {}  # card id -> the colours its item shows

    def sync(self) -> None:
        """Give each card item the dots it should show now (only the items that differ)."""
        wanted = {card: tuple(colours) for card, colours in shown_dots(self.scene.doc.map).items()}
        if not wanted and not self._shown:
            return
        old = self._shown
        self._shown = wanted  # an item made later takes its dots then (dots())
        for card_id in old.keys() | wanted.keys():
            item = self.scene.made_card_item(card_id)
            if item is not None:
                item.set_dots(wanted.get(card_id, ()))

    def dots(self, card_id: str) -> tuple[str, ...]:
        """The colours of the dots a card shows now."""
        return self._shown.get(card_id, ())

    def count(self, card_id: str) -> int:
        """How many dots a card shows."""
        return len(self._shown.get(card_id, ()))
