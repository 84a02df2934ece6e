"""Find on the canvas: highlight every card whose text contains a string, step through them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from mapstudio.core.model import Card

if TYPE_CHECKING:
    from mapstudio.gui.canvas.view import MapCanvas


class Finder:
    def __init__(self, canvas: MapCanvas) -> None:
        self.canvas = canvas
        self.ids: list[str] = []
        self.index = -1

    def find(self, text: str) -> int:
        """Highlight matching cards and metrics (case-insensitive); returns how many."""
        self.clear()
        needle = text.casefold().strip()
        if not needle:
            return 0
        scene = self.canvas.map_scene()
        geo, doc = scene.geometry, scene.doc
        for row in geo.rows:  # reading order: lane by lane, left to right
            for col in geo.columns:
                cell = geo.cells.get((col.stage, row.lane))
                for box in cell.boxes if cell else ():
                    obj = doc.get(box.id)
                    haystack = obj.text if isinstance(obj, Card) else f"{obj.name} {obj.unit}"
                    if needle in haystack.casefold():
                        self.ids.append(box.id)
        for obj_id in self.ids:
            scene.card_item(obj_id).set_highlight(1)
        return len(self.ids)

    def step(self, direction: int) -> str | None:
        """Centre on the next (1) or previous (-1) match and select it."""
        scene = self.canvas.map_scene()
        self.ids = [i for i in self.ids if scene.card_item(i) is not None]
        if not self.ids:
            return None
        if 0 <= self.index < len(self.ids):
            scene.card_item(self.ids[self.index]).set_highlight(1)
        if self.index < 0 and direction < 0:
            self.index = len(self.ids) - 1
        else:
            self.index = (self.index + direction) % len(self.ids)
        obj_id = self.ids[self.index]
        item = scene.card_item(obj_id)
        item.set_highlight(2)
        self.canvas.select_ids([obj_id])
        self.canvas.centerOn(item)
        return obj_id

    def clear(self) -> None:
        scene = self.canvas.map_scene()
        for obj_id in self.ids:
            item = scene.card_item(obj_id)
            if item is not None:
                item.set_highlight(0)
        self.ids, self.index = [], -1
