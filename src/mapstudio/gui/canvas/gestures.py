"""Mouse drags on the canvas. Each drag previews live by moving items, and on release makes
exactly one command (or, for an emotion point, one merged undo step)."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF

from mapstudio.core.model import LaneKind
from mapstudio.gui import commands
from mapstudio.gui.canvas.scene import MapScene
from mapstudio.gui.document import EditError

_drags = itertools.count(1)


class Gesture:
    """A drag in progress; positions are in scene coordinates."""

    axes = (True, True)  # whether a drag held at the view's edge scrolls it sideways, up/down

    def move(self, pos: QPointF) -> None:
        raise NotImplementedError

    def finish(self, pos: QPointF) -> None:
        raise NotImplementedError

    def cancel(self) -> None:
        raise NotImplementedError


class CardDrag(Gesture):
    """Drag selected cards to another cell or position; drop -> commands.move_cards."""

    def __init__(self, scene: MapScene, card_ids: list[str], press: QPointF) -> None:
        self.scene = scene
        self.ids = card_ids
        self.press = press
        self.items = [scene.card_item(i) for i in card_ids]
        self.target: tuple[str, str, int] | None = None
        self._marked = None
        # read at the first card drag: its Qt item class is not needed before the first paint
        from mapstudio.gui.canvas.drag_ghost import LEFT_BEHIND, DragGhost

        # a ghost of the cards follows the mouse; they stay in place, faded, until the drop
        self.ghost = DragGhost(self.items, press)
        scene.addItem(self.ghost)
        for item in self.items:
            item.setOpacity(LEFT_BEHIND)

    def move(self, pos: QPointF) -> None:
        self.ghost.follow(pos)
        self.target = self._target_at(pos)
        self._mark(self.target)

    def _target_at(self, pos: QPointF) -> tuple[str, str, int] | None:
        scene = self.scene
        cell = scene.cell_at(pos)
        if cell is None:
            return None
        scene.ensure_measured(cell[1])  # dragged to the edge before the view reached it
        geo = scene.geometry
        row = geo.row(cell[1])
        if row.kind is LaneKind.EMOTIONS or row.collapsed:
            return None
        return cell[0], cell[1], geo.insertion_index(cell[0], cell[1], pos.y())

    def _mark(self, target: tuple[str, str, int] | None) -> None:
        if self._marked is not None:
            self._marked.set_marks(drop_line=None)
            self._marked = None
        if target is None:
            return
        stage, lane, index = target
        cell_item = self.scene.cell_item(stage, lane)
        geo = self.scene.geometry
        geom = geo.cells.get((stage, lane))
        boxes = [b for b in geom.boxes if b.kind == "card"] if geom else []
        gap = geo.style.card_gap
        if index < len(boxes):
            y = boxes[index].y - gap / 2
        elif boxes:
            y = boxes[-1].y + boxes[-1].height + gap / 2
        else:
            y = geo.style.cell_padding
        cell_item.set_marks(drop_line=y)
        self._marked = cell_item

    def _restore(self) -> None:
        self._mark(None)
        if self.ghost.scene() is not None:
            self.scene.removeItem(self.ghost)
        for item in self.items:
            item.setOpacity(1.0)

    def finish(self, pos: QPointF) -> None:
        self.target = self._target_at(pos)
        self._restore()
        if self.target is not None:
            stage, lane, index = self.target
            commands.move_cards(self.scene.doc, self.ids, stage, lane, index)
            self.scene.flush()

    def cancel(self) -> None:
        self._restore()


class HeaderDrag(Gesture):
    """Drag a stage header sideways or a lane header up/down to reorder. The whole column (its
    header, its cells with their cards, its emotion points) or the whole row follows the
    mouse, and the others slide aside to show where it will land; the stage header stays in
    the pinned header row."""

    def __init__(self, scene: MapScene, kind: str, obj_id: str, press: QPointF) -> None:
        self.scene = scene
        self.kind = kind  # "stage" | "lane"
        self.obj_id = obj_id
        self.press = press
        self.axes = (True, False) if kind == "stage" else (False, True)  # autoscroll directions
        geo = scene.geometry
        if kind == "stage":
            self.spans = [(c.stage, c.x, c.width) for c in geo.columns]
        else:
            self.spans = [(r.lane, r.y, r.height) for r in geo.rows]
        # each stage's or lane's items, with where they were
        self.items = {
            key: [(item, item.pos(), item.zValue()) for item in self._items_of(key)]
            for key, _start, _size in self.spans
        }
        for item, _, _ in self.items[obj_id]:
            # above the other columns' cells or the other lanes, below the pinned header row
            # and the corner (stage header 3 against 2 and 4; lane 1 against 0 and 2)
            item.setZValue(item.zValue() + 1 if kind == "stage" else 1)
            item.setOpacity(0.85)
        scene.dragged_header = obj_id

    def _items_of(self, key: str) -> list:
        scene = self.scene
        if self.kind == "lane":
            return [scene.lane_item(key)]
        cells = [scene.cell_item(key, row.lane) for row in scene.geometry.rows]
        items = [scene.stage_item(key), *[c for c in cells if c is not None]]
        # emotion points live in their lane's layer, not in the cells: move them too
        return items + [p for layer in scene.emotion_layers() for p in layer.stage_items(key)]

    def _slots(self, index: int) -> dict[str, float]:
        """Where each stage or lane starts once the dragged one is put at ``index``."""
        order = [key for key, _, _ in self.spans if key != self.obj_id]
        order.insert(index, self.obj_id)
        sizes = {key: size for key, _, size in self.spans}
        first = self.spans[0]
        gap = self.spans[1][1] - first[1] - first[2] if len(self.spans) > 1 else 0.0
        slots, start = {}, first[1]
        for key in order:
            slots[key] = start
            start += sizes[key] + gap
        return slots

    def move(self, pos: QPointF) -> None:
        delta = pos - self.press
        offset = delta.x() if self.kind == "stage" else delta.y()
        slots = self._slots(self.target_index(pos))
        shifts: dict[str, float] = {}
        for key, start, _size in self.spans:
            shift = offset if key == self.obj_id else slots[key] - start
            shifts[key] = shift
            for item, origin, _ in self.items[key]:
                if self.kind == "stage":
                    item.setPos(origin.x() + shift, item.y())  # y: pinned header row
                else:
                    item.setPos(origin.x(), origin.y() + shift)
        if self.kind == "stage":
            self._shift_curves(shifts)

    def _shift_curves(self, shifts: dict[str, float]) -> None:
        for layer in self.scene.emotion_layers():
            for curve in layer.curves:
                curve.preview_stage_shifts(shifts)

    def target_index(self, pos: QPointF) -> int:
        value = pos.x() if self.kind == "stage" else pos.y()
        for i, (_key, start, size) in enumerate(self.spans):
            if value < start + size:
                return i
        return len(self.spans) - 1

    def _restore(self) -> None:
        for key, _start, _size in self.spans:
            for item, origin, z in self.items[key]:
                item.setPos(origin.x(), item.y() if self.kind == "stage" else origin.y())
                item.setZValue(z)
                item.setOpacity(1.0)
        if self.kind == "stage":
            self._shift_curves({})
        self.scene.dragged_header = None
        self.scene.repin()

    def finish(self, pos: QPointF) -> None:
        self._restore()
        index = self.target_index(pos)
        doc = self.scene.doc
        if self.kind == "stage":
            commands.move_stage(doc, self.obj_id, index)
        else:
            commands.move_lane(doc, self.obj_id, index)
        self.scene.flush()

    def cancel(self) -> None:
        self._restore()


class PointDrag(Gesture):
    """Drag an emotion point up or down; it snaps to whole points while moving (a workshop
    agrees whole points fast), to half points while Shift is held (``step``, set by the view
    from each mouse event), and the whole drag is one undo step (one merge key)."""

    def __init__(self, scene: MapScene, point_id: str, lane_id: str) -> None:
        self.scene = scene
        self.point_id = point_id
        self.lane_id = lane_id
        self.merge_key = ("emotion-drag", next(_drags))
        self.step = 1.0

    def move(self, pos: QPointF) -> None:
        point = self.scene.doc.get(self.point_id)
        if point is None:
            return
        score = self.scene.geometry.y_to_score(self.lane_id, pos.y(), self.step)
        if score != point.score:
            try:
                commands.set_emotion(
                    self.scene.doc,
                    point.persona,
                    point.stage,
                    point.curve,
                    score,
                    merge_key=self.merge_key,
                )
            except EditError:
                return
            self.scene.flush()

    def finish(self, pos: QPointF) -> None:
        self.move(pos)

    def cancel(self) -> None:
        pass
