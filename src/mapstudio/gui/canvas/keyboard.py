"""Keyboard navigation and keyboard moves on the grid (pure decisions over the geometry).

Arrows move a cursor between cards and cells; Alt+arrows move the selected cards to the
neighbouring position or cell (the keyboard equivalent of dragging). At a cell's end, Alt+Up and
Alt+Down cross only into the nearest lane of the same kind: an action never silently becomes a
touchpoint.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from mapstudio.core.model import LaneKind
from mapstudio.gui import commands
from mapstudio.gui.canvas.scene import MapScene
from mapstudio.records import record

Cell = tuple[str, str]

UP, DOWN, LEFT, RIGHT = Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right
ARROWS = (UP, DOWN, LEFT, RIGHT)


@record
class Target:
    """Where the keyboard cursor lands: a card/metric/point id, or an (empty) cell."""

    cell: Cell
    obj_id: str | None = None


def box_ids(scene: MapScene, cell: Cell, cards_only: bool = False) -> list[str]:
    scene.ensure_measured(cell[1])  # a lane the view has not reached yet
    geom = scene.geometry.cells.get(cell)
    if geom is None:
        return []
    return [b.id for b in geom.boxes if not cards_only or b.kind == "card"]


def _enter_cell(scene: MapScene, cell: Cell, from_bottom: bool, index: int, point_for) -> Target:
    row = scene.geometry.row(cell[1])
    if row.collapsed:
        return Target(cell)
    if row.kind is LaneKind.EMOTIONS:
        point_id = point_for(cell[0])
        return Target(cell, point_id)
    ids = box_ids(scene, cell)
    if not ids:
        return Target(cell)
    if index < 0:
        index = len(ids) - 1 if from_bottom else 0
    return Target(cell, ids[min(index, len(ids) - 1)])


def navigate(scene: MapScene, cell: Cell, obj_id: str | None, key: int, point_for) -> Target | None:
    """The cursor's next place from ``cell`` (and the card ``obj_id`` in it) for an arrow key.
    ``point_for(stage)`` gives the current curve's point id at a stage, or None."""
    geo = scene.geometry
    col, row = geo.column_index.get(cell[0]), geo.row_index.get(cell[1])
    if col is None or row is None:
        return None
    ids = box_ids(scene, cell) if not geo.rows[row].collapsed else []
    index = ids.index(obj_id) if obj_id in ids else -1
    if key in (UP, DOWN) and index >= 0:
        step = -1 if key == UP else 1
        if 0 <= index + step < len(ids):
            return Target(cell, ids[index + step])
    if key in (UP, DOWN):
        row += -1 if key == UP else 1
        if not 0 <= row < len(geo.rows):
            return None
        return _enter_cell(scene, (cell[0], geo.rows[row].lane), key == UP, -1, point_for)
    col += -1 if key == LEFT else 1
    if not 0 <= col < len(geo.columns):
        return None
    return _enter_cell(scene, (geo.columns[col].stage, cell[1]), False, max(index, 0), point_for)


def _card_lane(scene: MapScene, row: int, step: int) -> str | None:
    """The nearest expanded lane above/below of the same kind as lane ``row``."""
    rows = scene.geometry.rows
    kind = rows[row].kind
    row += step
    while 0 <= row < len(rows):
        if rows[row].kind is kind and not rows[row].collapsed:
            return rows[row].lane
        row += step
    return None


def move_selected_cards(scene: MapScene, card_ids: list[str], key: int) -> bool:
    """Alt+arrow: move cards one place up/down in their cell (crossing into the next lane of
    the same kind at the cell's end) or to the neighbouring stage. One undo step; False when
    nothing to do."""
    geo = scene.geometry
    if not card_ids or card_ids[0] not in geo.box_cell:
        return False
    stage, lane = geo.box_cell[card_ids[0]]
    in_cell = box_ids(scene, (stage, lane), cards_only=True)
    positions = [in_cell.index(i) for i in card_ids if i in in_cell]
    first, last = min(positions), max(positions)
    doc = scene.doc
    if key == UP:
        if first > 0:
            commands.move_cards(doc, card_ids, stage, lane, first - 1)
        else:
            above = _card_lane(scene, geo.row_index[lane], -1)
            if above is None:
                return False
            commands.move_cards(doc, card_ids, stage, above, None)
    elif key == DOWN:
        if last < len(in_cell) - 1:
            commands.move_cards(doc, card_ids, stage, lane, last + 2)
        else:
            below = _card_lane(scene, geo.row_index[lane], 1)
            if below is None:
                return False
            commands.move_cards(doc, card_ids, stage, below, 0)
    else:
        col = geo.column_index[stage] + (-1 if key == LEFT else 1)
        if not 0 <= col < len(geo.columns):
            return False
        commands.move_cards(doc, card_ids, geo.columns[col].stage, lane, first)
    scene.flush()
    return True
