"""MapScene: draws a whole map from the shared layout and keeps itself up to date.

The scene keeps an id -> item map and listens to ``MapDocument.changed``. Changes are gathered
and applied once per event-loop turn (or at once with :meth:`flush`): only the cells concerned
are re-measured, only their cards are touched, and only lanes whose y or height changed are
moved. Adding, removing or reordering stages or lanes re-lays the grid but reuses every item.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QMetaObject, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPixmapCache
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from mapstudio.core.model import Curve, LaneKind
from mapstudio.core.ordering import content_getter
from mapstudio.core.vocabulary import (
    blueprint_line_name,
    card_count,
    curve_name,
    lane_kind_name,
    point_count,
)
from mapstudio.gui.canvas import painting as P
from mapstudio.gui.canvas.blueprint_lines import BlueprintLinesItem
from mapstudio.gui.canvas.emotions import EmotionLayer, EmotionPointItem
from mapstudio.gui.canvas.headers import (
    CornerItem,
    HeaderRowItem,
    LaneHeaderItem,
    LegendEntry,
    StageHeaderItem,
)
from mapstudio.gui.canvas.items import CardItem, CellItem, LaneItem
from mapstudio.gui.canvas.vote_dots import VOTE_COLLECTIONS, DotMarks
from mapstudio.gui.document import MAP, Change, MapDocument
from mapstudio.gui.i18n import map_words
from mapstudio.gui.qtfonts import install_fonts
from mapstudio.layout import (
    DEFAULT_STYLE,
    LayoutStyle,
    MapGeometry,
    Row,
    compute_geometry,
    start_geometry,
    theme,
)
from mapstudio.layout.badges import participants_by_id

Cell = tuple[str, str]
MARGIN = 40.0
NO_CACHE = QGraphicsItem.CacheMode.NoCache
DEVICE_CACHE = QGraphicsItem.CacheMode.DeviceCoordinateCache
# Qt's picture cache (10 MB by default) must hold a screenful of card pictures: about 60 KB
# each at 100 %, some 300 cards on a large screen.
PICTURE_CACHE_KB = 48 * 1024


class MapScene(QGraphicsScene):
    """The whole map as items. Works without a view (image export renders it directly)."""

    layout_updated = Signal()  # after each batch of updates (editor and cursor follow)

    def __init__(
        self,
        doc: MapDocument,
        parent: Any = None,
        style: LayoutStyle = DEFAULT_STYLE,
        viewed: bool = False,
    ) -> None:
        """``viewed``: the scene of a view. Its cards keep their drawing (``cache_cards``), and
        the part in view comes first: lanes are measured and cards made where the view looks
        (``show_area``), the rest a little at a time (``measure_more``) or when asked for.
        Otherwise (an exported image, a headless check) everything is made at once."""
        super().__init__(parent)
        install_fonts()
        self.doc = doc
        # In a view, a map of any size is measured and made where the view looks first: even at
        # 200 cards this brings the window's first paint about 10 ms sooner, the first frame is the
        # same to the pixel, and the rest of a small map follows within a few idle slices.
        self._lazy = viewed
        self._reach = QRectF()  # where card items are made (a view's area, see show_area)
        self.geometry: MapGeometry = self._first_geometry(style)
        # How the map is shown around its cards (presentation mode swaps in a projector look),
        # the stage presentation mode focuses on (the others veiled), the participant whose
        # notes stand out (View > Filter by Author; the others faded), and the participants
        # by id, for the authors' badges.
        self.look: theme.Look = theme.EDITOR_LOOK
        self.focus_stage: str | None = None
        self.author_filter: str | None = None
        self.people = participants_by_id(doc.map.participants)
        self._stages: dict[str, StageHeaderItem] = {}
        self._lanes: dict[str, LaneItem] = {}
        self._cells: dict[Cell, CellItem] = {}
        self._boxes: dict[str, CardItem] = {}
        self._layers: dict[str, EmotionLayer] = {}
        self._pending_cells: set[Cell] = set()
        self._pending_ids: set[str] = set()  # cards and metrics changed since the last flush
        self._pending_removed: set[str] = set()
        self._pending_headers: set[str] = set()
        self._pending_full = False
        self._pending_order: set[str] = set()  # "stages" / "lanes" to re-place
        self._remeasure_lanes: set[str] = set()
        self._pending_curves = False
        self._pending_dots = False  # a vote, a dot or a voter changed
        self.dot_marks = DotMarks(self)
        self._scheduled = False
        # How card items keep their drawing (see cache_cards): not at all in an exported image.
        self._card_cache = NO_CACHE
        if viewed:
            self.cache_cards(True)  # before the cards are made: each takes it when made
        self.setBackgroundBrush(P.colour(P.CANVAS_BACKGROUND))
        # No index: a BSP tree re-indexes every card under a moved row (an edit that grows a
        # lane moved tens of thousands at 20,000 cards). Without it, painting and hit tests
        # walk the items from the top: a few dozen lanes and headers, then only the cells in
        # view (a cell tells Qt its cards stay inside it), then their cards.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self._pin = (0.0, 0.0)
        self._pins_valid = False  # False once a layout may have moved a header
        self.dragged_header: str | None = None  # the stage or lane a header drag moves
        self._corner = CornerItem()
        self.addItem(self._corner)
        self.header_row = HeaderRowItem()
        self.addItem(self.header_row)
        self.blueprint_lines = BlueprintLinesItem()
        self.addItem(self.blueprint_lines)
        self._place_corner()
        self._full_sync()
        self.dot_marks.sync()
        doc.changed.connect(self._on_changed)

    def _first_geometry(self, style: LayoutStyle) -> MapGeometry:
        """The whole map measured, or for a view's scene of a large map only its grid (the
        lanes measured as the view reaches them: ``show_area``, ``measure_more``)."""
        if self._lazy:
            return start_geometry(self.doc, style)
        return compute_geometry(self.doc, style)

    # --- lookups -----------------------------------------------------------------------------------
    def card_item(self, obj_id: str) -> CardItem | None:
        """The item of a card or metric in the layout (made now if it was out of reach)."""
        item = self._boxes.get(obj_id)
        if item is None and self._lazy:
            item = self._make_out_of_reach(obj_id)
        return item

    def point_items(self, point_id: str) -> list[EmotionPointItem]:
        return [
            layer.points[point_id] for layer in self._layers.values() if point_id in layer.points
        ]

    def emotion_layers(self) -> list[EmotionLayer]:
        return list(self._layers.values())

    def made_card_item(self, obj_id: str) -> CardItem | None:
        """The item of a card or metric if it is made (see card_item)."""
        return self._boxes.get(obj_id)

    def item_for(self, obj_id: str) -> QGraphicsItem | None:
        """The item showing a card, metric or emotion point (the first, for points)."""
        item = self._boxes.get(obj_id)
        if item is not None:
            return item
        points = self.point_items(obj_id)
        return points[0] if points else None

    def card_items(self) -> Iterator[CardItem]:
        """The card and metric items made so far (a view's scene makes them as it shows them:
        see every_card_item)."""
        return iter(list(self._boxes.values()))

    def every_card_item(self) -> Iterator[CardItem]:
        """Every card and metric item, the whole map measured and made first."""
        self.complete_layout()
        geo = self.geometry
        for (stage, lane), geom in geo.cells.items():
            kind = self.lane_kind(lane)
            if kind is None or (stage, lane) not in self._cells:
                continue
            for box in geom.boxes:
                if box.id not in self._boxes:
                    self._make_card((stage, lane), box, kind)
        return self.card_items()

    def cell_item(self, stage: str, lane: str) -> CellItem | None:
        return self._cells.get((stage, lane))

    def lane_item(self, lane_id: str) -> LaneItem | None:
        return self._lanes.get(lane_id)

    def stage_item(self, stage_id: str) -> StageHeaderItem | None:
        return self._stages.get(stage_id)

    def cell_at(self, pos: QPointF) -> Cell | None:
        return self.geometry.cell_at(pos.x(), pos.y())

    def lane_kind(self, lane_id: str) -> LaneKind | None:
        lane = self.doc.get(lane_id)
        return lane.kind if lane is not None else None

    # --- change tracking ---------------------------------------------------------------------------
    def _on_changed(self, change: Change) -> None:
        c = change.collection
        if c == "participants":  # initials or colours of authors: their badges again
            self.people = participants_by_id(self.doc.map.participants)
            for item in self._boxes.values():
                if item.author is not None:
                    item.forget_badges()
        if c in ("cards", "metric_values"):
            self._pending_cells |= change.cells
            self._pending_ids.update(change.ids)
            if change.action == "removed":
                self._pending_removed.update(change.ids)
        elif c in ("emotion_points", "personas"):
            self._pending_curves = True
            if c == "personas":  # the headers of lanes tied to a persona show its name
                tied = {lane.id for lane in self.doc.map.lanes if lane.persona is not None}
                self._pending_headers.update(tied & self._lanes.keys())
        elif c in VOTE_COLLECTIONS:
            self._pending_dots = True
        elif c in ("stages", "lanes"):
            light = {
                "name", "description", "title", "colour", "hidden_in_export", "comments", "persona"
            }  # fmt: skip
            if change.action == "updated" and change.fields <= light:
                self._pending_headers.update(change.ids)
            elif change.action == "reordered" or (
                change.action == "updated" and change.fields <= {"collapsed"}
            ):
                self._pending_order.add(c)  # positions only: no card is touched
            else:
                if c == "lanes" and "kind" in change.fields:
                    self._remeasure_lanes.update(change.ids)  # badges and shapes change
                self._pending_full = True
        elif c == MAP:
            if change.fields & {"emotion_scale", "blueprint"}:
                self._pending_full = True  # the rows move: a blueprint's lines have bands
            if "language" in change.fields:  # badges, counts and legends speak the map's
                for item in self._boxes.values():
                    item.forget_badges()
                self._pending_full = True  # longer or shorter words: rows of badges again
                self._pending_headers.update(self._lanes)
                # metric figures are written as the map's language writes numbers
                self._remeasure_lanes.update(v.lane for v in self.doc.map.metric_values)
            self._place_corner()
        if not self._scheduled:
            self._scheduled = True
            # A posted call, not a zero timer: it runs before the views' pending repaint
            # (a posted event of low priority), so an edit is painted once, in full, rather
            # than the part painted before the scene caught up and the rest a paint later.
            # Dropped if the scene is deleted first.
            QMetaObject.invokeMethod(self, "flush", Qt.ConnectionType.QueuedConnection)

    @Slot()
    def flush(self) -> None:
        """Apply the gathered changes now (idempotent; runs by itself once per loop turn)."""
        self._scheduled = False
        if not (
            self._pending_full
            or self._pending_cells
            or self._pending_removed
            or self._pending_headers
            or self._pending_curves
            or self._pending_order
            or self._pending_dots
        ):
            return
        # cards rebuilt or restored (an undone delete) take their dots again
        dots = self._pending_dots or bool(self._pending_cells) or self._pending_full
        if self._pending_full:
            # stages or lanes added, removed or changed kind: measure only new or changed cells
            geo = self.geometry
            geo.update_grid(self.doc, self._remeasure_lanes)
            changed = {c for c in self._pending_cells if c[0] in geo.column_index}
            waiting = {c[1] for c in changed} & set(geo.unmeasured)
            if waiting:  # edited lanes not measured yet: all of each first
                self._measure(waiting)
            geo.update_cells(self.doc, {c for c in changed if c[1] in geo.row_index})
            self._full_sync(changed, self._remeasure_lanes)
        else:
            self._incremental_sync()
        self._pending_cells.clear()
        self._pending_ids.clear()
        self._pending_removed.clear()
        self._pending_headers.clear()
        self._pending_order.clear()
        self._remeasure_lanes.clear()
        self._pending_full = self._pending_curves = self._pending_dots = False
        if dots:
            self.dot_marks.sync()
        self.layout_updated.emit()

    def _incremental_sync(self) -> None:
        geo = self.geometry
        moved: set[str] = set()
        if "stages" in self._pending_order:
            geo.place_columns(self.doc.stages())
            for (stage, _lane), cell in self._cells.items():
                cell.setPos(geo.column(stage).x, 0)
            self._pending_headers.update(self._stages)
            self._pending_curves = True
        if "lanes" in self._pending_order:
            geo.place_rows(self.doc.lanes())
            moved.update(self._lanes)
        cells = {c for c in self._pending_cells if c in self._cells}
        waiting = {lane for _, lane in cells} & set(geo.unmeasured)
        if waiting:  # an edit in a lane not measured yet: all of it first
            moved |= self._measure(waiting)
        moved |= geo.update_cells(self.doc, cells, self._pending_ids)
        if moved:
            # Rows move: repaint the views whole. Qt then skips working out, item by item,
            # what each moved card covered before and after (it visits every card under a
            # moved lane: 7 ms at 20,000 cards); a screen of cards' kept pictures costs ~2 ms.
            self.update()
        for cell in cells:
            self._sync_cell(cell, self._pending_ids)
        self._drop_stale(self._pending_removed)
        resized = self._place_rows({lane for _, lane in cells}, moved)
        for obj_id in self._pending_headers:
            if obj_id in self._stages:
                self._place_stage(obj_id)
            elif obj_id in self._lanes:
                self._place_lane(geo.row(obj_id))
        if moved or self._pending_order or self._pending_headers:
            self._pins_valid = False
        if moved:
            self._set_rect()
            self._sync_blueprint()
        if self._pending_curves or resized:
            self._sync_emotions()

    # --- building and syncing --------------------------------------------------------------------
    def _full_sync(self, changed: set[Cell] | None = None, lanes: set[str] | None = None) -> None:
        """Match the items to the geometry. Card items are synced in new cells, ``changed``
        cells and ``lanes`` only (all of them when ``changed`` is None); the rest just move."""
        geo = self.geometry
        lanes = lanes or set()
        self._pins_valid = False
        if changed is None:
            self._drop_stale(self._boxes.keys() - geo.box_cell.keys())
        else:
            # Only these can have left the layout (no pass over every card): removed cards,
            # and the cards of cells that went with their stage or lane or were re-measured
            # with their lane.
            stale = set(self._pending_removed)
            for (stage, lane), cell in self._cells.items():
                if lane in lanes or stage not in geo.column_index or lane not in geo.row_index:
                    stale.update(i.obj_id for i in cell.childItems() if isinstance(i, CardItem))
            self._drop_stale(stale)
        for stage_id in set(self._stages) - set(geo.column_index):
            self.removeItem(self._stages.pop(stage_id))
        for cell in [
            c for c in self._cells if c[0] not in geo.column_index or c[1] not in geo.row_index
        ]:
            self.removeItem(self._cells.pop(cell))
        for lane_id in set(self._lanes) - set(geo.row_index):
            self.removeItem(self._lanes.pop(lane_id))
            self._layers.pop(lane_id, None)
        for col in geo.columns:
            if col.stage not in self._stages:
                item = StageHeaderItem(col.stage)
                self.addItem(item)
                self._stages[col.stage] = item
            self._place_stage(col.stage)
        for row in geo.rows:
            lane = self._lanes.get(row.lane)
            new_lane = lane is None
            if new_lane:
                # built whole (cells, cards, header) before it joins the scene: see below
                lane = LaneItem(row.lane)
                self._lanes[row.lane] = lane
            for col in geo.columns:
                key = (col.stage, row.lane)
                new = key not in self._cells
                if new:
                    cell = CellItem(col.stage, row.lane)
                    cell.setParentItem(lane)
                    self._cells[key] = cell
                self._cells[key].setPos(col.x, 0)
                if changed is None or new or key in changed or row.lane in lanes:
                    self._sync_cell(key)
            self._place_lane(row)
            if new_lane:
                self.addItem(lane)  # with its subtree: each item indexed once, already placed
        self._sync_emotions()
        self._set_rect()
        self._sync_blueprint()

    def _sync_blueprint(self) -> None:
        geo = self.geometry
        with map_words(self.doc.map.language):  # the map's words, as on its poster
            lines = [(bl, blueprint_line_name(bl.line)) for bl in geo.blueprint_lines]
        self.blueprint_lines.set_lines(geo.width, lines)

    def _sync_cell(self, cell: Cell, changed: set[str] | None = None) -> None:
        """Match a cell's card items to its boxes. With ``changed`` (the ids edited since the
        last sync, lane kinds unchanged), the other cards only follow their boxes."""
        cell_item = self._cells[cell]
        cell_item.contents_changed()  # (a repaint once the sync is done, if it draws a "+")
        geom = self.geometry.cells.get(cell)
        kind = self.lane_kind(cell[1])
        if geom is None or kind is None:
            return
        boxes = self._boxes
        todo = geom.boxes
        if (
            self._lazy
            and changed is None
            and not self._cell_in_reach(cell)
            and boxes.keys().isdisjoint(b.id for b in todo)
        ):
            # A lane measured while idle, out of the view's reach, none of its cards made:
            # nothing to make or move (a box at a time, 10 ms of a slice at 100,000 cards).
            cell_item.synced = geom.serial
            return
        if changed is not None and geom.based_on and geom.based_on == cell_item.synced:
            # this cell's items show the measure this one was based on: its kept head is in
            # place, its kept tail only moves (see CellGeom)
            todo = todo[geom.head : len(todo) - geom.tail]
            if geom.tail_moved:  # the same cards, lower or higher: only their y changes
                for box in geom.boxes[len(geom.boxes) - geom.tail :]:
                    item = boxes.get(box.id)  # None: out of a view's reach, not made yet
                    if item is not None:
                        item.box = box
                        item.setY(box.y)
        cell_item.synced = geom.serial
        for box in todo:
            if changed is not None and box.id not in changed:
                item = boxes.get(box.id)
                old = item.box if item is not None else None
                if old is box:
                    continue
                if (
                    old is not None
                    and getattr(item, "cell_item", None) is cell_item
                    and old.text is box.text
                    and (old.height, old.has_badges) == (box.height, box.has_badges)
                ):
                    item.box = box  # the same card shifted up or down its cell
                    item.setPos(box.x, box.y)  # a new box here almost always means a new y
                    item.setZValue(0)
                    continue
            obj = self.doc.get(box.id)
            if obj is None:
                continue
            item = self._boxes.get(box.id)
            if item is not None and item.box is box and item.fingerprint == _fingerprint(obj, kind):
                continue  # layout reused this very box: the card is in place and unchanged
            if item is None:
                if not self._lazy or self._within_reach(cell, box):
                    self._make_card(cell, box, kind, obj)
                continue
            if getattr(item, "cell_item", None) is not cell_item:  # cheaper than parentItem()
                # Where it was must be repainted: its old cell says its cards stay inside it
                # (ItemContainsChildrenInShape), and Qt then does not mark the place a child
                # leaves, so the card showed in both cells (Alt+Left/Right, undo of a move).
                self.update(item.sceneBoundingRect())
                item.setParentItem(cell_item)
                item.cell_item = cell_item
            fp = _fingerprint(obj, kind)
            old = item.box
            if (
                old is None
                or item.fingerprint != fp
                or (old.text, old.height, old.has_badges) != (box.text, box.height, box.has_badges)
            ):
                item.set_content(box, obj, kind, fp)
            else:
                item.box = box
            if item.x() != box.x or item.y() != box.y:
                item.setPos(box.x, box.y)
            item.setZValue(0)

    def _make_card(self, cell: Cell, box: Any, kind: LaneKind, obj: Any = None) -> CardItem | None:
        """A new card or metric item, filled and placed before it joins the scene: its
        geometry changes then cost no repaint bookkeeping (a map's first build makes many)."""
        obj = obj if obj is not None else self.doc.get(box.id)
        if obj is None:
            return None
        cell_item = self._cells[cell]
        item = CardItem(box.id, box.kind)
        if self._card_cache is not NO_CACHE:
            item.setCacheMode(self._card_cache)
        self._boxes[box.id] = item
        item.set_content(box, obj, kind, _fingerprint(obj, kind))
        item.setPos(box.x, box.y)
        item.setParentItem(cell_item)
        item.cell_item = cell_item
        dots = self.dot_marks.dots(box.id)
        if dots:
            item.set_dots(dots)
        return item

    def _cell_in_reach(self, cell: Cell) -> bool:
        """Whether a cell meets the area a view asked for (show_area)."""
        reach, geo = self._reach, self.geometry
        col, row = geo.column(cell[0]), geo.row(cell[1])
        return (
            col.x < reach.right()
            and col.x + col.width > reach.left()
            and row.y < reach.bottom()
            and row.y + row.height > reach.top()
        )

    def _within_reach(self, cell: Cell, box: Any) -> bool:
        """Whether a box lies in the area a view asked for (show_area)."""
        reach, geo = self._reach, self.geometry
        x, y = geo.column(cell[0]).x + box.x, geo.row(cell[1]).y + box.y
        return (
            x < reach.right()
            and x + box.width > reach.left()
            and y < reach.bottom()
            and y + box.height > reach.top()
        )

    def _make_out_of_reach(self, obj_id: str) -> CardItem | None:
        """The item of a card or metric no view has reached yet (selected, found, outlined):
        its lane measured if need be, then the item made."""
        geo = self.geometry
        cell = geo.box_cell.get(obj_id)
        if cell is None:
            obj = self.doc.get(obj_id)
            lane = getattr(obj, "lane", None)
            if lane is None or lane not in geo.unmeasured:
                return None  # not a card, or not laid out yet (a flush makes it)
            self._measure({lane})
            self._after_measure()
            cell = geo.box_cell.get(obj_id)
        kind = self.lane_kind(cell[1]) if cell else None
        if cell is None or kind is None or cell not in self._cells:
            return None
        box = next((b for b in geo.cells[cell].boxes if b.id == obj_id), None)
        return self._make_card(cell, box, kind) if box is not None else None

    # --- a view's part of the map first ----------------------------------------------------------
    def complete_layout(self) -> None:
        """Measure every lane not measured yet (what needs the whole map: find, select all)."""
        if self.geometry.unmeasured:
            self._measure(set(self.geometry.unmeasured))
            self._after_measure()

    def ensure_measured(self, lane_id: str) -> None:
        """Measure a lane now if no view has reached it yet (a key or a drag goes there)."""
        if lane_id in self.geometry.unmeasured:
            self._measure({lane_id})
            self._after_measure()

    def measure_more(self, cells: int = 1) -> bool:
        """Measure a few more cells of the lanes not measured yet (a view does this while
        idle, top to bottom); whether rows moved. False also once all are measured."""
        geo = self.geometry
        if not geo.unmeasured:
            return False
        lane = geo.unmeasured[0]
        moved = geo.measure_next(self.doc, cells)
        if lane in geo.unmeasured:
            return False
        self._place_measured({lane}, moved)
        self._after_measure()
        return bool(moved)

    def show_area(self, rect: QRectF) -> bool:
        """Measure the lanes across ``rect`` (scene coordinates: what a view shows, and about
        a screen around it) and make the card items in it; whether rows moved (the view keeps
        what it shows in place)."""
        if not self._lazy or rect.isEmpty():
            return False
        geo = self.geometry
        moved_any = False
        for _ in range(8):  # measuring moves the rows below: look again
            waiting = {
                r.lane
                for r in geo.rows
                if r.lane in geo.unmeasured and r.y < rect.bottom() and r.y + r.height > rect.top()
            }
            if not waiting:
                break
            moved_any |= bool(self._measure(waiting))
        if moved_any or not self._reach.contains(rect):
            self._reach = QRectF(rect)
            self._make_in_reach()
        if moved_any:
            self._after_measure()
        return moved_any

    def _measure(self, lanes: set[str]) -> set[str]:
        """Measure these lanes now and place what they move; the lanes that moved."""
        moved = self.geometry.measure_lanes(self.doc, lanes)
        self._place_measured(lanes, moved)
        return moved

    def _place_measured(self, lanes: set[str], moved: set[str]) -> None:
        geo = self.geometry
        for lane in lanes:  # their cells have boxes now: the items in reach
            for col in geo.columns:
                if (col.stage, lane) in self._cells:
                    self._sync_cell((col.stage, lane))
        resized = self._place_rows(lanes, moved)
        self._pins_valid = False
        if resized:
            self._sync_emotions()

    def _place_rows(self, edited: set[str], moved: set[str]) -> bool:
        """Place the lanes whose contents changed (``edited``) and those only moved by them;
        whether an emotions lane changed height (its curves scale with it)."""
        geo = self.geometry
        resized = False
        for lane_id in moved | edited:
            if lane_id not in geo.row_index or lane_id not in self._lanes:
                continue
            row = geo.row(lane_id)
            placed = getattr(self._lanes[lane_id], "placed", None)
            if (
                lane_id not in edited
                and placed is not None
                and placed[1] is geo.columns
                and _only_shifted(placed[0], row)
            ):
                self._shift_lane(row)  # a row below a grown lane: one setPos, nothing else
                continue
            resized |= row.kind is LaneKind.EMOTIONS
            self._place_lane(row)
        return resized

    def _after_measure(self) -> None:
        self._set_rect()
        self._sync_blueprint()
        self.repin()
        self.layout_updated.emit()

    def make_ahead(self, rect: QRectF, deadline: float) -> bool:
        """Make the card items in ``rect`` (the measured lanes there) until ``deadline``
        (``time.perf_counter()``), so that a scroll finds them made; whether all are."""
        return self._make_in_reach(rect, deadline)

    def _make_in_reach(self, area: QRectF | None = None, deadline: float = 0.0) -> bool:
        """Make the card items whose boxes lie in the reach (the lanes there are measured), or
        in ``area`` until ``deadline``; whether all of them are made."""
        reach, geo = (area if area is not None else self._reach), self.geometry
        for row in geo.rows:
            if row.y >= reach.bottom() or row.y + row.height <= reach.top() or row.collapsed:
                continue
            kind = self.lane_kind(row.lane)
            if kind is None:
                continue
            top, bottom = reach.top() - row.y, reach.bottom() - row.y
            for col in geo.columns:
                if col.x >= reach.right() or col.x + col.width <= reach.left():
                    continue
                geom = geo.cells.get((col.stage, row.lane))
                if geom is None or (col.stage, row.lane) not in self._cells:
                    continue
                boxes = geom.boxes
                first = bisect_right(boxes, top, key=_box_bottom)  # the first reaching down
                for box in boxes[first:]:
                    if box.y >= bottom:
                        break
                    if box.id not in self._boxes:
                        if deadline and time.perf_counter() > deadline:
                            return False
                        self._make_card((col.stage, row.lane), box, kind)
        return True

    def _drop_stale(self, ids: set[str]) -> None:
        for obj_id in ids:
            if obj_id in self.geometry.box_cell:
                continue
            item = self._boxes.pop(obj_id, None)
            if item is not None:
                self.removeItem(item)

    def _place_stage(self, stage_id: str) -> None:
        geo = self.geometry
        stage = self.doc.get(stage_id)
        col = geo.column(stage_id)
        item = self._stages[stage_id]
        item.setPos(col.x, self._pin[1])
        number = geo.column_index[stage_id] + 1
        item.set_content(
            col.width,
            geo.style.stage_header_height,
            stage.name,
            stage.description,
            number,
            stage.colour,
            sum(1 for c in stage.comments if not c.resolved),
        )

    def _place_lane(self, row: Row) -> None:
        geo, st = self.geometry, self.geometry.style
        lane = self.doc.get(row.lane)
        item = self._lanes[row.lane]
        lane_style = theme.LANE_STYLES[row.kind]
        item.setPos(0, row.y)
        item.header.setPos(self._pin[0], 0)
        # The band and its cells depend on these only: a card edit that keeps the lane's
        # height skips them (a cell item lives as long as its stage and lane).
        # geo.columns is replaced, never changed in place, when columns move: keeping the list
        # makes the usual comparison an identity check
        placed = (row, geo.columns)
        if getattr(item, "placed", None) != placed:
            item.placed = placed
            width = geo.width
            grid = [c.x for c in geo.columns] + [width]
            band = theme.band_colour(self.look, lane_style.band)
            item.set_geometry(width, row.height, band, grid)
            for col in geo.columns:
                cell = self._cells.get((col.stage, row.lane))
                if cell is not None:
                    cell.set_size(col.width, row.height)
                    cell.set_accepts_cards(row.kind is not LaneKind.EMOTIONS)
                    cell.setVisible(not row.collapsed)
        cells = geo.cells
        count = 0
        for col in geo.columns:
            geom = cells.get((col.stage, row.lane))
            if geom:
                count += geom.cards
        ticks: list[tuple[float, str]] = []
        legend: list[LegendEntry] = []
        if row.kind is LaneKind.EMOTIONS:
            low, high = geo.scale.bounds
            ticks = [
                (geo.score_to_y(row.lane, s) - row.y, _signed(s, low)) for s in range(low, high + 1)
            ]
        persona = self.doc.get(lane.persona) if lane.persona else None
        with map_words(self.doc.map.language):  # the map's words, as on its poster
            kind_name = lane_kind_name(row.kind)
            if row.kind is LaneKind.EMOTIONS:
                legend = self._legend()
                points = sum(1 for p in self.doc.map.emotion_points if p.stage in geo.column_index)
                count_text = point_count(points) if row.collapsed else ""
            else:
                count_text = card_count(count) if count else ""
        content = (
            st.header_width,
            row.height,
            dict(
                title=lane.title,
                kind_name=kind_name,
                icon=lane_style.icon,
                accent=lane_style.accent,
                count_text=count_text,
                collapsed=row.collapsed,
                persona_name=persona.name if persona else "",
                persona_colour=persona.colour if persona else "#888888",
                ticks=ticks,
                legend=legend,
                open_comments=sum(1 for c in lane.comments if not c.resolved),
            ),
        )
        if getattr(item.header, "content", None) != content:  # wrapping the title costs
            item.header.content = content
            item.header.set_content(content[0], content[1], **content[2])
        item.header.pin_to(self._pin[1] + st.stage_header_height - row.y)

    def _shift_lane(self, row: Row) -> None:
        """Move a lane that kept its height and content to its row's new y: its cells, cards,
        curves and header move with it (children of its item)."""
        item = self._lanes[row.lane]
        item.placed = (row, item.placed[1])
        item.setPos(0, row.y)
        item.header.pin_to(self._pin[1] + self.geometry.style.stage_header_height - row.y)

    def _legend(self) -> list[LegendEntry]:
        """Which marker and colour is which persona, and which line is "as is" / "to be"."""
        markers = theme.PERSONA_MARKERS
        m = self.doc.map
        entries = [
            LegendEntry(p.name, p.colour, markers[i % len(markers)])
            for i, p in enumerate(m.personas)
        ]
        if any(p.curve.value == "to_be" for p in m.emotion_points):
            entries.append(LegendEntry(curve_name(Curve.AS_IS), theme.MUTED_TEXT))
            entries.append(LegendEntry(curve_name(Curve.TO_BE), theme.MUTED_TEXT, dashed=True))
        return entries

    def _sync_emotions(self) -> None:
        for row in self.geometry.rows:
            if row.kind is not LaneKind.EMOTIONS:
                continue
            layer = self._layers.get(row.lane)
            if layer is None:
                layer = EmotionLayer()
                layer.setParentItem(self._lanes[row.lane])
                self._layers[row.lane] = layer
            layer.sync(self.geometry, self.doc, row)
            self._place_lane(row)  # the legend follows personas and curves

    def _place_corner(self) -> None:
        st = self.geometry.style
        self._corner.set_content(st.header_width, st.stage_header_height, self.doc.map.title)

    def map_rect(self) -> QRectF:
        """The whole map with its margin: what views scroll over and images show."""
        geo = self.geometry
        return QRectF(-MARGIN, -MARGIN, geo.width + 2 * MARGIN, geo.height + 2 * MARGIN)

    def _set_rect(self) -> None:
        self.header_row.set_size(self.geometry.width, self.geometry.style.stage_header_height)
        self.setSceneRect(self.map_rect())  # no index to rebuild (NoIndex): exact, each time

    # --- looks, sizes, focus and filter (presentation mode, View > Filter by Author) -----------------
    def set_look(self, look: theme.Look) -> None:
        """Show the map in ``look`` (the editor's, or a projector's)."""
        if look == self.look:
            return
        self.look = look
        self.setBackgroundBrush(P.colour(look.canvas))
        for lane in self._lanes.values():
            lane.placed = None  # bands are set when a lane is placed
            self._place_lane(self.geometry.row(lane.lane_id))
        self.update()

    def set_style(self, style: LayoutStyle) -> None:
        """Lay the whole map out again with other sizes (presentation mode's larger type)."""
        if style == self.geometry.style:
            return
        self.geometry = self._first_geometry(style)
        for lane in self._lanes.values():
            lane.placed = None
            lane.header.content = None
        self._place_corner()
        self._full_sync()
        self.layout_updated.emit()

    def cache_cards(self, cached: bool) -> None:
        """Keep each card's drawing as a picture in screen pixels (a view showing the map at
        a zoom where cards show their text), or draw every card at each paint.

        When a lane grows, every row below it moves: a whole screen of cards to repaint,
        about 10 ms of drawing at 100 %; a kept picture is copied instead (about 1 ms for the
        screen). Qt redraws a card's picture when the card changes (``update()``) or the zoom
        does. Zoomed far out, cards are plain blocks, cheaper to draw than to keep."""
        mode = DEVICE_CACHE if cached else NO_CACHE
        if mode == self._card_cache:
            return
        self._card_cache = mode
        if cached and QPixmapCache.cacheLimit() < PICTURE_CACHE_KB:
            QPixmapCache.setCacheLimit(PICTURE_CACHE_KB)  # a large window of cards at 100 %
        for item in self._boxes.values():
            item.setCacheMode(mode)

    def render(self, painter: QPainter, *args: Any, **kwargs: Any) -> None:
        """Draw the scene elsewhere (an image of what the canvas shows) from the items
        themselves: Qt keeps one card picture per screen, and a picture made for a painter
        without one is not refreshed when the card changes."""
        cached = self._card_cache is not NO_CACHE
        if cached:
            self.cache_cards(False)
        try:
            super().render(painter, *args, **kwargs)
        finally:
            if cached:
                self.cache_cards(True)

    def set_focus_stage(self, stage_id: str | None) -> None:
        """Veil every stage but ``stage_id`` (None: none veiled)."""
        if stage_id != self.focus_stage:
            self.focus_stage = stage_id
            self.update()

    def set_author_filter(self, participant_id: str | None) -> None:
        """Fade the notes of everyone but ``participant_id`` (None: every note as usual)."""
        if participant_id != self.author_filter:
            self.author_filter = participant_id
            for item in self._boxes.values():
                item.update()

    # --- background: the corner with the map's title ------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """The canvas, the paper on it, both only where they show: the paper covers the
        canvas but for the margin, and the lanes' opaque bands cover most of the paper."""
        geo = self.geometry
        paper = QRectF(0, 0, geo.width, geo.height)
        canvas = self.backgroundBrush()
        if canvas.style() == Qt.BrushStyle.SolidPattern and canvas.color().alpha() == 255:
            P.fill_except(painter, rect, canvas, (paper,))
        else:  # a pattern or see-through: Qt's own fill
            super().drawBackground(painter, rect)
        lanes = (
            lane.sceneBoundingRect()
            for lane in self._lanes.values()
            if lane.covers_band() and lane.sceneBoundingRect().intersects(rect)
        )
        P.fill_except(painter, paper & rect, P.colour(self.look.paper), lanes)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """The focused stage of presentation mode: the others veiled (the pinned lane headers
        stay clear), a frame round it. Drawn over the items, taking no clicks."""
        stage = self.focus_stage
        if stage is None or stage not in self.geometry.column_index:
            return
        geo, (left, top) = self.geometry, self._pin
        veil = QColor(self.look.dim)
        header_right = left + geo.style.header_width
        bottom = geo.height
        focused = geo.column(stage)
        for col in geo.columns:
            if col.stage == stage:
                continue
            x0 = max(col.x, header_right)
            if x0 < col.x + col.width:
                painter.fillRect(QRectF(x0, top, col.x + col.width - x0, bottom - top), veil)
        if focused.x + focused.width > header_right:
            x0 = max(focused.x, header_right)
            painter.setPen(P.pen(self.look.focus, 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(x0 + 1.5, top + 1.5, focused.x + focused.width - x0 - 3,
                                    bottom - top - 3))  # fmt: skip

    # --- pinned headers ------------------------------------------------------------------------------
    def repin(self) -> None:
        """Put every header back in its pinned place at the next pin_headers call."""
        self._pins_valid = False
        self.pin_headers(*self._pin)

    def pin_headers(self, left: float, top: float) -> None:
        """Keep stage headers at scene y ``top`` and lane headers at x ``left`` (a view pins
        them to its visible area while scrolling; (0, 0) puts them back in the map)."""
        pin = (max(0.0, left), max(0.0, top))
        if pin == self._pin and self._pins_valid:
            return  # nothing scrolled and no layout moved a header since the last call
        self._pin = pin
        left, top = pin
        self._pins_valid = True
        for stage_id, item in self._stages.items():
            if stage_id == self.dragged_header:  # the drag sets its x; it stays in the row
                if item.y() != top:
                    item.setY(top)
                continue
            x = self.geometry.column(stage_id).x
            if item.pos() != QPointF(x, top):
                item.setPos(x, top)
        below_stage_row = top + self.geometry.style.stage_header_height
        for lane in self._lanes.values():
            if lane.header.x() != left:
                lane.header.setPos(left, 0)
            lane.header.pin_to(below_stage_row - lane.y())
        self.blueprint_lines.pin_to(left)
        if self.header_row.y() != top:
            self.header_row.setY(top)
        if self._corner.pos() != QPointF(left, top):
            self._corner.setPos(left, top)


def _box_bottom(box: Any) -> float:
    return box.y + box.height


def _only_shifted(before: Row, after: Row) -> bool:
    """Whether a row only moved up or down (same lane, kind, height and state)."""
    return before.y != after.y and before == Row(
        after.lane, after.kind, before.y, after.height, after.collapsed
    )


def _signed(score: int, low: int) -> str:
    return f"+{score}" if low < 0 < score else str(score)


def _fingerprint(obj: Any, kind: LaneKind) -> tuple:
    """What a card or metric item shows: every field of the object but where it sits (a move
    is a new layout box, not a redraw), and its lane's kind."""
    return content_getter(type(obj))(obj) + (kind,)  # one flat tuple per card: less memory


__all__ = ["LaneHeaderItem", "MapScene"]
