"""Map geometry, the grid: pure functions from a map to positions and sizes (no Qt).

The canvas and the poster both draw from a :class:`MapGeometry`, so paper matches screen.
Units are points (1/72 inch); the canvas shows one unit as one pixel at 100 % zoom.

Coordinates: x grows right, y grows down. The lane-header column spans x 0..header_width, the
stage-header row spans y 0..stage_header_height; column ``i`` and row ``j`` follow. Card boxes
are stored relative to their cell's top-left corner, so a lane that grows moves only the rows
below it, never every card (see :meth:`MapGeometry.update_cells`).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence

from mapstudio.core.blueprint import BlueprintLine, lines_before
from mapstudio.core.model import Curve, EmotionScale, JourneyMap, Lane, LaneKind, Stage
from mapstudio.layout.cells import Box, CellGeom, estimated_card_height, measure_cell
from mapstudio.layout.curves import CurveGeom, CurvePoint, smooth_segments, spread_offsets
from mapstudio.layout.source import Cell, MapSource
from mapstudio.layout.style import DEFAULT_STYLE, LayoutStyle
from mapstudio.records import record


@record
class Column:
    stage: str
    x: float
    width: float

    @property
    def center(self) -> float:
        return self.x + self.width / 2


@record
class Row:
    lane: str
    kind: LaneKind
    y: float
    height: float
    collapsed: bool


@record
class BlueprintLineGeom:
    """A service blueprint's line across the whole map, in the gap left for it between two
    lanes: ``y`` is the line, ``top`` and ``height`` the gap (where its label sits)."""

    line: BlueprintLine
    y: float
    top: float
    height: float


class MapGeometry:
    """Where everything of a map is. A plain class, not a dataclass: defining one compiles its
    methods from generated source when the module is imported, before the first window."""

    _COMPARED = (
        "style", "scale", "columns", "rows", "cells", "column_index", "row_index", "box_cell",
        "blueprint", "blueprint_lines", "unmeasured", "_estimates",
    )  # fmt: skip
    __hash__ = None  # mutable, compared by value

    def __init__(
        self,
        style: LayoutStyle,
        scale: EmotionScale,
        columns: list[Column] | None = None,
        rows: list[Row] | None = None,
        cells: dict[Cell, CellGeom] | None = None,
        column_index: dict[str, int] | None = None,
        row_index: dict[str, int] | None = None,
        box_cell: dict[str, Cell] | None = None,
        blueprint: bool = False,
        blueprint_lines: list[BlueprintLineGeom] | None = None,
        unmeasured: list[str] | None = None,
        _estimates: dict[str, float] | None = None,
    ) -> None:
        self.style = style
        self.scale = scale
        self.columns = [] if columns is None else columns
        self.rows = [] if rows is None else rows
        self.cells = {} if cells is None else cells
        self.column_index = {} if column_index is None else column_index
        self.row_index = {} if row_index is None else row_index
        self.box_cell = {} if box_cell is None else box_cell
        # the map is laid out as a service blueprint: lines between layers
        self.blueprint = blueprint
        self.blueprint_lines = [] if blueprint_lines is None else blueprint_lines
        # Lanes whose cells are not measured yet (see start_geometry): their rows have an
        # estimated height and their cells no CellGeom. Empty for a geometry from
        # compute_geometry.
        self.unmeasured = [] if unmeasured is None else unmeasured
        self._estimates = {} if _estimates is None else _estimates

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._COMPARED)

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._COMPARED[:-1])
        return f"MapGeometry({shown})"

    # --- sizes -------------------------------------------------------------------------------
    @property
    def width(self) -> float:
        return self.style.header_width + sum(c.width for c in self.columns)

    @property
    def height(self) -> float:
        last = self.rows[-1] if self.rows else None
        return (last.y + last.height) if last else self.style.stage_header_height

    def column(self, stage_id: str) -> Column:
        return self.columns[self.column_index[stage_id]]

    def row(self, lane_id: str) -> Row:
        return self.rows[self.row_index[lane_id]]

    # --- rectangles (x, y, width, height), absolute --------------------------------------------
    def cell_rect(self, stage_id: str, lane_id: str) -> tuple[float, float, float, float]:
        col, row = self.column(stage_id), self.row(lane_id)
        return col.x, row.y, col.width, row.height

    def box(self, obj_id: str) -> Box:
        cell = self.box_cell[obj_id]
        return next(b for b in self.cells[cell].boxes if b.id == obj_id)

    def box_rect(self, obj_id: str) -> tuple[float, float, float, float]:
        stage, lane = self.box_cell[obj_id]
        b = self.box(obj_id)
        col, row = self.column(stage), self.row(lane)
        return col.x + b.x, row.y + b.y, b.width, b.height

    # --- hit testing -------------------------------------------------------------------------------
    def cell_at(self, x: float, y: float) -> Cell | None:
        stage = self.stage_at(x)
        lane = self.lane_at(y)
        return (stage, lane) if stage and lane else None

    def stage_at(self, x: float) -> str | None:
        for c in self.columns:
            if c.x <= x < c.x + c.width:
                return c.stage
        return None

    def lane_at(self, y: float) -> str | None:
        for r in self.rows:
            if r.y <= y < r.y + r.height:
                return r.lane
        return None

    def insertion_index(self, stage_id: str, lane_id: str, y: float) -> int:
        """Where a card dropped at absolute ``y`` lands among the cell's cards."""
        row = self.row(lane_id)
        cell = self.cells.get((stage_id, lane_id))
        boxes = [b for b in cell.boxes if b.kind == "card"] if cell else []
        for i, b in enumerate(boxes):
            if y < row.y + b.y + b.height / 2:
                return i
        return len(boxes)

    # --- emotions ------------------------------------------------------------------------------------
    def score_to_y(self, lane_id: str, score: float) -> float:
        top, bottom = self._emotion_band(lane_id)
        low, high = self.scale.bounds
        return bottom - (score - low) * (bottom - top) / (high - low)

    def y_to_score(self, lane_id: str, y: float, step: float = 1.0) -> float:
        """The score on the scale nearest to ``y``, snapped to multiples of ``step`` (1: whole
        points, 0.5: half points) and clamped; a whole score is an int."""
        top, bottom = self._emotion_band(lane_id)
        low, high = self.scale.bounds
        raw = low + (bottom - y) * (high - low) / (bottom - top)
        snapped = max(low, min(high, round(raw / step) * step))
        return int(snapped) if float(snapped).is_integer() else snapped

    def _emotion_band(self, lane_id: str) -> tuple[float, float]:
        row = self.row(lane_id)
        m = self.style.emotion_margin
        return row.y + m, row.y + row.height - m

    def curves(self, source: MapSource, lane_id: str) -> list[CurveGeom]:
        """One curve per persona and per as-is / to-be, points ordered by stage. Points that
        share a spot with others are spread side by side (``spread_offsets``) and each curve
        runs through its own markers."""
        m = source.map
        chosen = []
        for persona in m.personas:
            for curve in (Curve.AS_IS, Curve.TO_BE):
                pts = [p for p in m.emotion_points if p.persona == persona.id and p.curve == curve]
                pts = [p for p in pts if p.stage in self.column_index]
                if pts:
                    pts.sort(key=lambda p: self.column_index[p.stage])
                    chosen.append((persona.id, curve, pts))
        ys = {p.id: self.score_to_y(lane_id, p.score) for _, _, pts in chosen for p in pts}
        room = {c.stage: c.width * 0.6 for c in self.columns}
        dx = spread_offsets([(p.id, p.stage, ys[p.id]) for _, _, pts in chosen for p in pts], room)
        top, bottom = self._emotion_band(lane_id)
        result = []
        for persona_id, curve, pts in chosen:
            cps = tuple(
                CurvePoint(
                    p.stage,
                    p.id,
                    self.column(p.stage).center + dx.get(p.id, 0.0),
                    ys[p.id],
                    p.score,
                    p.label,
                )
                for p in pts
            )
            segs = smooth_segments([(p.x, p.y) for p in cps], top, bottom)
            result.append(CurveGeom(persona_id, curve, cps, segs))
        return result

    # --- measured as needed (a view shows its part of the map first) ----------------------------
    @property
    def complete(self) -> bool:
        """Whether every lane is measured (as compute_geometry leaves it)."""
        return not self.unmeasured

    def measure_lanes(self, source: MapSource, lane_ids: Iterable[str]) -> set[str]:
        """Measure the cells of the given lanes (those not measured yet) and place the rows
        again; the ids of the lanes whose y or height changed (as ``update_cells``)."""
        wanted = set(lane_ids) & set(self.unmeasured)
        if not wanted:
            return set()
        for lane in source.lanes():
            if lane.id in wanted:
                for col in self.columns:
                    # A cell ``measure_next`` measured already stays: the grid's changes drop a
                    # waiting lane's cells (update_grid), an edit re-measures its own cells
                    # (update_cells), so it is up to date; measuring it again cost a whole
                    # lane's text fitting over (15 ms of one idle slice at 100,000 cards).
                    if (col.stage, lane.id) not in self.cells:
                        self._measure_cell(source, col.stage, lane)
        self.unmeasured = [i for i in self.unmeasured if i not in wanted]
        for lane_id in wanted:
            self._estimates.pop(lane_id, None)
        old = {r.lane: (r.y, r.height) for r in self.rows}
        self._place_rows(source.lanes())
        return {r.lane for r in self.rows if old.get(r.lane) != (r.y, r.height)}

    def measure_next(self, source: MapSource, cells: int = 1) -> set[str]:
        """Measure up to ``cells`` cells of the first lane not measured yet; once all its cells
        are, the lane counts as measured and the rows are placed again (the ids of the lanes
        that moved or changed height; empty while a lane is under way)."""
        if not self.unmeasured:
            return set()
        lane_id = self.unmeasured[0]
        lane = next(lane for lane in source.lanes() if lane.id == lane_id)
        todo = [c.stage for c in self.columns if (c.stage, lane_id) not in self.cells]
        for stage in todo[:cells]:
            self._measure_cell(source, stage, lane)
        if len(todo) > cells:
            return set()
        return self.measure_lanes(source, [lane_id])

    def _estimate(self, source: MapSource) -> None:
        """Give each lane not measured yet its estimated height (kept until it is measured)."""
        waiting = set(self.unmeasured) - self._estimates.keys()
        if not waiting:
            return
        typical = self._typical_height(source)
        for lane in source.lanes():
            if lane.id in waiting:
                self._estimates[lane.id] = self._estimated_height(source, lane, typical)

    def _typical_height(self, source: MapSource) -> float:
        """The mean height of a card: of the measured ones, or of a sample of the map's."""
        heights = [b.height for c in self.cells.values() for b in c.boxes[:50]]
        if not heights:
            kinds = {lane.id: lane.kind for lane in source.lanes()}
            cards = source.map.cards
            sample = cards[:: max(1, len(cards) // 500)]
            heights = [estimated_card_height(c, kinds[c.lane], self.style) for c in sample]
        return sum(heights) / len(heights) if heights else self.style.min_card_height

    def _estimated_height(self, source: MapSource, lane: Lane, typical: float) -> float:
        """A lane's height before its cells are measured: its fullest cell's cards, each of
        the ``typical`` height (no text fitted)."""
        st = self.style
        fullest = max(
            (
                len(source.cards_in_cell(c.stage, lane.id))
                + len(source.metrics_in_cell(c.stage, lane.id))
                for c in self.columns
            ),
            default=0,
        )
        content = 2 * st.cell_padding + fullest * (typical + st.card_gap) - st.card_gap
        return max(st.min_lane_height, content if fullest else 0.0)

    # --- incremental update ------------------------------------------------------------------------
    def update_cells(
        self, source: MapSource, cells: Iterable[Cell], edited: Container[str] | None = None
    ) -> set[str]:
        """Re-measure the given cells, then their lanes' heights; returns the ids of lanes whose
        y or height changed (the rows below a grown lane move, their cards do not). ``edited``:
        see :func:`measure_cell`. A lane not measured yet is measured whole first."""
        cells = list(cells)
        first = (
            self.measure_lanes(source, {lane for _, lane in cells}) if self.unmeasured else set()
        )
        if first:  # the rows moved: the cells' own changes come on top
            return first | self.update_cells(source, cells, edited)
        lanes = {lane.id: lane for lane in source.lanes()}
        touched: set[str] = set()
        maybe_other_height: set[str] = set()  # lanes whose height must be recomputed
        for stage_id, lane_id in cells:
            if stage_id not in self.column_index or lane_id not in lanes:
                continue
            before = self.cells.get((stage_id, lane_id))
            self._measure_cell(source, stage_id, lanes[lane_id], edited)
            touched.add(lane_id)
            # The lane keeps its height if this cell neither outgrew it nor shrank from it.
            old_h = before.content_height if before else 0.0
            new_h = self.cells[(stage_id, lane_id)].content_height
            row = self.rows[self.row_index[lane_id]] if lane_id in self.row_index else None
            if row is None or new_h > row.height or (old_h >= row.height and new_h != old_h):
                maybe_other_height.add(lane_id)
        if not touched:
            return set()
        if all(
            lane_id in self.row_index
            and self.rows[self.row_index[lane_id]].height == self._lane_height(lanes[lane_id])
            for lane_id in maybe_other_height
        ):
            return set()  # no lane changed height: every row stays where it is
        old = {r.lane: (r.y, r.height) for r in self.rows}
        self._place_rows(source.lanes())
        return {r.lane for r in self.rows if old.get(r.lane) != (r.y, r.height)}

    def place_columns(self, stages: Sequence[Stage]) -> None:
        """Re-place the columns after stages were reordered (cells keep their measures)."""
        self._place_columns(stages)

    def place_rows(self, lanes: Sequence[Lane]) -> None:
        """Re-place the rows after lanes were reordered, collapsed or expanded."""
        self._place_rows(lanes)

    def update_grid(self, source: MapSource, remeasure_lanes: Iterable[str] = ()) -> None:
        """After stages or lanes were added, removed, reordered or collapsed: place the grid
        again, measuring only cells that are new (and those of ``remeasure_lanes``, e.g. a
        lane whose kind changed). Boxes are relative to their cell, so this costs
        stages x lanes, not cards: the same result as ``compute_geometry``, much cheaper."""
        stages, lanes = source.stages(), source.lanes()
        self.scale = source.map.emotion_scale
        self.blueprint = source.map.blueprint
        self._place_columns(stages)
        lane_ids = {lane.id for lane in lanes}
        for cell in [c for c in self.cells if c[0] not in self.column_index or c[1] not in lane_ids]:  # fmt: skip
            for b in self.cells.pop(cell).boxes:
                self.box_cell.pop(b.id, None)
        again = set(remeasure_lanes)
        self.unmeasured = [i for i in self.unmeasured if i in lane_ids]
        waiting = set(self.unmeasured)  # measured when their turn comes
        for lane in lanes:
            if lane.id in waiting:
                for s in stages:
                    self._cells_drop(s.id, lane.id)  # a half-measured lane starts again
                continue  # its estimate stays: rows do not move for a stage that comes
            for s in stages:
                if lane.id in again or (s.id, lane.id) not in self.cells:
                    self._measure_cell(source, s.id, lane)
        self._estimate(source)
        self._place_rows(lanes)

    def _cells_drop(self, stage_id: str, lane_id: str) -> None:
        cell = self.cells.pop((stage_id, lane_id), None)
        for b in cell.boxes if cell else ():
            self.box_cell.pop(b.id, None)

    # --- building ---------------------------------------------------------------------------------
    def _measure_cell(
        self, source: MapSource, stage_id: str, lane: Lane, edited: Container[str] | None = None
    ) -> None:
        key = (stage_id, lane.id)
        old = self.cells.get(key)
        cell = measure_cell(source, stage_id, lane, self.style, old, edited)
        self.cells[key] = cell
        box_cell = self.box_cell
        if old is not None and cell.based_on == old.serial:
            # only the boxes between the kept head and tail can have come or gone
            old_boxes = old.boxes[cell.head : len(old.boxes) - cell.tail]
            new_boxes = cell.boxes[cell.head : len(cell.boxes) - cell.tail]
        else:
            old_boxes = old.boxes if old else []
            new_boxes = cell.boxes
        if old_boxes:
            kept = {b.id for b in new_boxes}
            for b in old_boxes:
                # a card that moved may already be registered in its new cell (cells are
                # re-measured in any order): forget it only if it still points here
                if b.id not in kept and box_cell.get(b.id) == key:
                    del box_cell[b.id]
        for b in new_boxes:
            box_cell[b.id] = key

    def _place_columns(self, stages: Sequence[Stage]) -> None:
        x = self.style.header_width
        self.columns, self.column_index = [], {}
        for i, s in enumerate(stages):
            self.columns.append(Column(s.id, x, self.style.column_width))
            self.column_index[s.id] = i
            x += self.style.column_width

    def _place_rows(self, lanes: Sequence[Lane]) -> None:
        y = self.style.stage_header_height
        self.rows, self.row_index, self.blueprint_lines = [], {}, []
        lines = lines_before([lane.kind for lane in lanes]) if self.blueprint else {}
        gap = self.style.blueprint_gap
        for i, lane in enumerate(lanes):
            if i in lines:  # a line of the blueprint gets a band of its own: it hides no card
                self.blueprint_lines.append(BlueprintLineGeom(lines[i], y + gap / 2, y, gap))
                y += gap
            h = self._lane_height(lane)
            self.rows.append(Row(lane.id, lane.kind, y, h, lane.collapsed))
            self.row_index[lane.id] = i
            y += h

    def _lane_height(self, lane: Lane) -> float:
        st = self.style
        if lane.collapsed:
            return st.collapsed_lane_height
        if lane.kind is LaneKind.EMOTIONS:
            return st.emotion_lane_height
        if self.unmeasured and lane.id in self._estimates:
            return self._estimates[lane.id]  # not measured yet (see _estimate)
        content = max(
            (
                self.cells[(c.stage, lane.id)].content_height
                for c in self.columns
                if (c.stage, lane.id) in self.cells
            ),
            default=0.0,
        )
        return max(st.min_lane_height, content)


def compute_geometry(source: MapSource, style: LayoutStyle = DEFAULT_STYLE) -> MapGeometry:
    """The whole map's geometry. Text fitting is cached, so a relayout after an edit is cheap."""
    geo = MapGeometry(style=style, scale=source.map.emotion_scale, blueprint=source.map.blueprint)
    stages, lanes = source.stages(), source.lanes()
    geo._place_columns(stages)
    for lane in lanes:
        for s in stages:
            geo._measure_cell(source, s.id, lane)
    geo._place_rows(lanes)
    return geo


def start_geometry(source: MapSource, style: LayoutStyle = DEFAULT_STYLE) -> MapGeometry:
    """The map's grid with no cell measured: each lane's row at an estimated height, to be
    measured lane by lane (``measure_lanes``, ``measure_next``) as a view reaches it. Once
    every lane is measured it equals ``compute_geometry``'s (the same measures, in another
    order)."""
    geo = MapGeometry(style=style, scale=source.map.emotion_scale, blueprint=source.map.blueprint)
    lanes = source.lanes()
    geo._place_columns(source.stages())
    geo.unmeasured = [lane.id for lane in lanes]
    geo._estimate(source)
    geo._place_rows(lanes)
    return geo


def least_size(journey_map: JourneyMap, style: LayoutStyle = DEFAULT_STYLE) -> tuple[float, float]:
    """A lower bound of the laid-out map's (width, height), without fitting any text: every
    card and metric at least ``min_card_height`` tall. An export can refuse a map too large
    for one image at once, instead of after laying out all of it (seconds at 100,000 cards)."""
    from collections import Counter

    boxes = Counter((c.stage, c.lane) for c in journey_map.cards)
    boxes.update((v.stage, v.lane) for v in journey_map.metric_values)
    tallest: dict[str, int] = {}
    for (_stage, lane), n in boxes.items():
        tallest[lane] = max(tallest.get(lane, 0), n)
    height = style.stage_header_height
    for lane in journey_map.lanes:
        if lane.collapsed:
            height += style.collapsed_lane_height
        elif lane.kind is LaneKind.EMOTIONS:
            height += style.emotion_lane_height
        else:
            n = tallest.get(lane.id, 0)
            content = 2 * style.cell_padding + n * style.min_card_height + (n - 1) * style.card_gap
            height += max(style.min_lane_height, content if n else 0.0)
    return style.header_width + len(journey_map.stages) * style.column_width, height
