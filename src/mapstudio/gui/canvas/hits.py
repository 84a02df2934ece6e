"""What is under a viewport position: a card, a point, a header, a cell or the editor."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QGraphicsItem

from mapstudio.core.model import LaneKind
from mapstudio.gui.canvas.curve_switcher import CurveSwitcher
from mapstudio.gui.canvas.emotions import EmotionPointItem
from mapstudio.gui.canvas.headers import HeaderRowItem, LaneHeaderItem, StageHeaderItem
from mapstudio.gui.canvas.items import CardItem
from mapstudio.records import record

if TYPE_CHECKING:
    from mapstudio.gui.canvas.view import MapCanvas

Cell = tuple[str, str]


@record
class Hit:
    # "card" | "metric" | "point" | "stage" | "lane" | "cell" | "emotion-cell" | "editor"
    # | "switcher" (an emotions lane's persona and curve) | "none"
    kind: str
    obj_id: str | None = None
    item: QGraphicsItem | None = None
    cell: Cell | None = None


def point_lane(item: EmotionPointItem) -> str:
    """The emotions lane a point item is drawn in (point > layer > lane)."""
    return item.parentItem().parentItem().lane_id


def hit_at(view: MapCanvas, pos: QPoint) -> Hit:
    scene = view.map_scene()
    cell = scene.cell_at(view.mapToScene(pos))
    for item in view.items(pos):
        if item is view._editor:  # None until the first edit
            return Hit("editor", item=item)
        if isinstance(item, CardItem):
            return Hit(item.kind, item.obj_id, item, cell)
        if isinstance(item, CurveSwitcher):
            return Hit("switcher", item=item)
        if isinstance(item, EmotionPointItem):
            return Hit("point", item.obj_id, item, (item.stage, point_lane(item)))
        if isinstance(item, StageHeaderItem):
            return Hit("stage", item.stage_id, item)
        if isinstance(item, LaneHeaderItem):
            return Hit("lane", item.lane_id, item)
        if isinstance(item, HeaderRowItem):  # what it covers cannot be clicked
            return Hit("none")
    if cell is None:
        return Hit("none")
    row = scene.geometry.row(cell[1])
    kind = "emotion-cell" if row.kind is LaneKind.EMOTIONS and not row.collapsed else "cell"
    return Hit(kind, cell=cell)
