"""Others' selections on a co-edited map: a coloured outline and their name on each object one
of them has selected (Yjs awareness). Drawn over the scene, never part of the map."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from mapstudio.session.presence import shown_state

OUTLINE_Z = 10_000  # above cards and headers
OUTLINE_WIDTH = 3.0


class PresenceOverlay:
    def __init__(self, scene: Any) -> None:
        self.scene = scene
        self.states: dict[int, dict[str, Any]] = {}
        self._items: list[QGraphicsItem] = []
        scene.layout_updated.connect(self.redraw)

    def show_states(self, states: dict[int, Any]) -> None:
        self.states = {i: s for i, raw in states.items() if (s := shown_state(raw)) is not None}
        self.redraw()

    def outlined(self) -> dict[str, list[str]]:
        """Object id -> the names of those who have it selected (for tests and tooltips)."""
        found: dict[str, list[str]] = {}
        for state in self.states.values():
            for obj_id in state["selected"]:
                if self.scene.item_for(obj_id) is not None:
                    found.setdefault(obj_id, []).append(state["name"])
        return found

    def redraw(self) -> None:
        for item in self._items:
            if item.scene() is self.scene:
                self.scene.removeItem(item)
        self._items.clear()
        stacked: dict[str, int] = {}  # several people on one object: outlines nest
        for state in sorted(self.states.values(), key=lambda s: s["name"].casefold()):
            colour = QColor(state["colour"])
            for obj_id in state["selected"]:
                target = self.scene.item_for(obj_id)
                if target is None:
                    continue
                n = stacked.get(obj_id, 0)
                stacked[obj_id] = n + 1
                grow = 3 + n * (OUTLINE_WIDTH + 1)
                rect = target.sceneBoundingRect().adjusted(-grow, -grow, grow, grow)
                outline = QGraphicsRectItem(rect)
                outline.setPen(QPen(colour, OUTLINE_WIDTH))
                outline.setBrush(Qt.BrushStyle.NoBrush)
                outline.setZValue(OUTLINE_Z)
                outline.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                self.scene.addItem(outline)
                label = QGraphicsSimpleTextItem(state["name"])
                label.setBrush(QBrush(QColor("white")))
                box = QGraphicsRectItem(label.boundingRect().adjusted(-3, -1, 3, 1))
                box.setBrush(QBrush(colour))
                box.setPen(Qt.PenStyle.NoPen)
                box.setZValue(OUTLINE_Z + 1)
                box.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
                label.setParentItem(box)
                box.setPos(rect.left(), rect.top() - box.rect().height() - 1 - n * 16)
                self.scene.addItem(box)
                self._items += [outline, box]
