"""Map geometry: pure functions from a map to positions and sizes (no Qt).

The canvas and the poster both draw from a :class:`MapGeometry`, so paper matches screen.
Units are points (1/72 inch); the canvas shows one unit as one pixel at 100 % zoom.

Coordinates: x grows right, y grows down. The lane-header column spans x 0..header_width, the
stage-header row spans y 0..stage_header_height; column ``i`` and row ``j`` follow. Card boxes
are stored relative to their cell's top-left corner, so a lane that grows moves only the rows
below it, never every card (see :meth:`MapGeometry.update_cells`).
"""

from __future__ import annotations

import itertools
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from mapstudio.model import (
    Card,
    Curve,
    EmotionScale,
    JourneyMap,
    Lane,
    LaneKind,
    MetricValue,
    Stage,
)
from mapstudio.textfit import LINE_SPACING, FittedText, fit

Cell = tuple[str, str]


@dataclass(frozen=True)
class LayoutStyle:
    header_width: float = 170.0
    stage_header_height: float = 56.0
    column_width: float = 200.0
    cell_padding: float = 10.0
    card_gap: float = 8.0
    card_padding: float = 7.0
    badge_row: float = 15.0  # height of the badge strip on cards that have badges
    font_size: float = 10.0
    min_font_size: float = 7.0
    max_lines: int = 8  # lines at font_size before text shrinks, then ellipsizes
    min_card_height: float = 36.0
    min_lane_height: float = 64.0
    collapsed_lane_height: float = 26.0
    emotion_lane_height: float = 190.0
    emotion_margin: float = 22.0  # top and bottom room in the emotions lane for labels
    stage_font_size: float = 12.0
    lane_font_size: float = 11.0

    @property
    def card_width(self) -> float:
        return self.column_width - 2 * self.cell_padding

    @property
    def text_width(self) -> float:
        return self.card_width - 2 * self.card_padding


DEFAULT_STYLE = LayoutStyle()


class MapSource(Protocol):
    """What layout reads: MapDocument provides it, and so does MapIndex for a bare map."""

    @property
    def map(self) -> JourneyMap: ...
    def stages(self) -> list[Stage]: ...
    def lanes(self) -> list[Lane]: ...
    def cards_in_cell(self, stage_id: str, lane_id: str) -> list[Card]: ...
    def metrics_in_cell(self, stage_id: str, lane_id: str) -> list[MetricValue]: ...


class MapIndex:
    """A read-only MapSource over a JourneyMap (for the poster and the command line)."""

    def __init__(self, m: JourneyMap) -> None:
        self.map = m
        self._stages = m.ordered_stages()
        self._lanes = m.ordered_lanes()
        self._cells: dict[Cell, list[Card]] = {}
        for i, c in enumerate(m.cards):
            self._cells.setdefault((c.stage, c.lane), []).append((c.order, i, c))  # type: ignore[arg-type]
        for key, items in self._cells.items():
            self._cells[key] = [c for _, _, c in sorted(items, key=lambda t: (t[0], t[1]))]  # type: ignore[misc]
        self._metrics: dict[Cell, list[MetricValue]] = {}
        for v in sorted(m.metric_values, key=lambda v: v.order):
            self._metrics.setdefault((v.stage, v.lane), []).append(v)

    def stages(self) -> list[Stage]:
        return list(self._stages)

    def lanes(self) -> list[Lane]:
        return list(self._lanes)

    def cards_in_cell(self, stage_id: str, lane_id: str) -> list[Card]:
        return list(self._cells.get((stage_id, lane_id), ()))

    def metrics_in_cell(self, stage_id: str, lane_id: str) -> list[MetricValue]:
        return list(self._metrics.get((stage_id, lane_id), ()))


@dataclass(frozen=True)
class Box:
    """A card or metric in its cell: x, y relative to the cell's top-left corner."""

    id: str
    kind: str  # "card" | "metric"
    x: float
    y: float
    width: float
    height: float
    text: FittedText
    has_badges: bool
    text_top: float  # offset of the first text line's top from the box's top


_serials = itertools.count(1)


@dataclass
class CellGeom:
    """A cell's boxes (metrics first, then cards, top to bottom).

    ``head``, ``tail``, ``tail_moved`` and ``based_on`` say what a re-measure kept, so that a
    view can touch only the rest: the first ``head`` boxes are the very boxes of the measure
    ``based_on`` (its ``serial``), the last ``tail`` are its last ``tail`` boxes, the same
    objects unless ``tail_moved`` (then copies at their new y). ``based_on`` is 0 when the
    cell was measured from scratch."""

    stage: str
    lane: str
    boxes: list[Box]
    content_height: float
    cards: int = 0  # how many of the boxes are cards (the rest are metrics)
    # bookkeeping, not geometry: two measures of the same cell are equal whatever their history
    head: int = field(default=0, compare=False, repr=False)
    tail: int = field(default=0, compare=False, repr=False)
    tail_moved: bool = field(default=False, compare=False, repr=False)
    based_on: int = field(default=0, compare=False, repr=False)
    serial: int = field(default_factory=_serials.__next__, compare=False, repr=False)


@dataclass(frozen=True)
class Column:
    stage: str
    x: float
    width: float

    @property
    def center(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class Row:
    lane: str
    kind: LaneKind
    y: float
    height: float
    collapsed: bool


@dataclass(frozen=True)
class CurvePoint:
    stage: str
    point_id: str
    x: float
    y: float
    score: int
    label: str


@dataclass(frozen=True)
class CurveGeom:
    persona: str
    curve: Curve
    points: tuple[CurvePoint, ...]
    # cubic Bézier segments (start, c1, c2, end) through the points, for a smooth line
    segments: tuple[tuple[tuple[float, float], ...], ...]


@dataclass
class MapGeometry:
    style: LayoutStyle
    scale: EmotionScale
    columns: list[Column] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    cells: dict[Cell, CellGeom] = field(default_factory=dict)
    column_index: dict[str, int] = field(default_factory=dict)
    row_index: dict[str, int] = field(default_factory=dict)
    box_cell: dict[str, Cell] = field(default_factory=dict)

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

    def y_to_score(self, lane_id: str, y: float) -> int:
        """The score on the scale nearest to ``y`` (snapped, clamped)."""
        top, bottom = self._emotion_band(lane_id)
        low, high = self.scale.bounds
        raw = low + (bottom - y) * (high - low) / (bottom - top)
        return int(max(low, min(high, round(raw))))

    def _emotion_band(self, lane_id: str) -> tuple[float, float]:
        row = self.row(lane_id)
        m = self.style.emotion_margin
        return row.y + m, row.y + row.height - m

    def curves(self, source: MapSource, lane_id: str) -> list[CurveGeom]:
        """One curve per persona and per as-is / to-be, points ordered by stage."""
        m = source.map
        result = []
        for persona in m.personas:
            for curve in (Curve.AS_IS, Curve.TO_BE):
                pts = [p for p in m.emotion_points if p.persona == persona.id and p.curve == curve]
                if not pts:
                    continue
                pts.sort(key=lambda p: self.column_index.get(p.stage, 0))
                cps = tuple(
                    CurvePoint(
                        p.stage,
                        p.id,
                        self.column(p.stage).center,
                        self.score_to_y(lane_id, p.score),
                        p.score,
                        p.label,
                    )
                    for p in pts
                    if p.stage in self.column_index
                )
                top, bottom = self._emotion_band(lane_id)
                segs = smooth_segments([(p.x, p.y) for p in cps], top, bottom)
                result.append(CurveGeom(persona.id, curve, cps, segs))
        return result

    # --- incremental update ------------------------------------------------------------------------
    def update_cells(
        self, source: MapSource, cells: Iterable[Cell], edited: Container[str] | None = None
    ) -> set[str]:
        """Re-measure the given cells, then their lanes' heights; returns the ids of lanes whose
        y or height changed (the rows below a grown lane move, their cards do not). ``edited``:
        see :func:`measure_cell`."""
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
        self._place_columns(stages)
        lane_ids = {lane.id for lane in lanes}
        for cell in [c for c in self.cells if c[0] not in self.column_index or c[1] not in lane_ids]:  # fmt: skip
            for b in self.cells.pop(cell).boxes:
                self.box_cell.pop(b.id, None)
        again = set(remeasure_lanes)
        for lane in lanes:
            for s in stages:
                if lane.id in again or (s.id, lane.id) not in self.cells:
                    self._measure_cell(source, s.id, lane)
        self._place_rows(lanes)

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
        self.rows, self.row_index = [], {}
        for i, lane in enumerate(lanes):
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
    geo = MapGeometry(style=style, scale=source.map.emotion_scale)
    stages, lanes = source.stages(), source.lanes()
    geo._place_columns(stages)
    for lane in lanes:
        for s in stages:
            geo._measure_cell(source, s.id, lane)
    geo._place_rows(lanes)
    return geo


def measure_cell(
    source: MapSource,
    stage_id: str,
    lane: Lane,
    style: LayoutStyle,
    previous: CellGeom | None = None,
    edited: Container[str] | None = None,
) -> CellGeom:
    """The cell's boxes stacked from the top. Boxes equal to ``previous`` ones are reused, so a
    re-measured cell of many cards allocates only for those that changed. With ``edited`` (the
    ids of the cards changed since ``previous``, the lane's kind unchanged) the other cards
    keep their measures and only move: no text fitting for them, and the runs of unedited
    boxes at the top and the bottom of the cell are taken over whole (see ``CellGeom``)."""
    if (
        edited is not None
        and previous is not None
        and isinstance(edited, (set, frozenset))
        and lane.kind is not LaneKind.EMOTIONS
    ):
        return _remeasure(source, stage_id, lane, style, previous, edited)
    boxes: list[Box] = []
    y = style.cell_padding
    cards = 0
    if lane.kind is not LaneKind.EMOTIONS:
        for v in source.metrics_in_cell(stage_id, lane.id):
            box = measure_box(v.id, "metric", metric_text(v), False, style, y)
            boxes.append(box)
            y += box.height + style.card_gap
        reuse = {b.id: b for b in previous.boxes} if previous else {}
        text_width, card_width = style.text_width, style.card_width
        max_lines, size, min_size = style.max_lines, style.font_size, style.min_font_size
        pad, gap, card_pad = style.cell_padding, style.card_gap, style.card_padding
        min_height, badge_row = style.min_card_height, style.badge_row
        for c in source.cards_in_cell(stage_id, lane.id):
            old = reuse.get(c.id)
            if edited is not None and old is not None and old.kind == "card" and c.id not in edited:
                if old.y != y:  # shifted by a card above that came, went or changed height
                    old = _shifted(old, y)
                boxes.append(old)
                cards += 1
                y += old.height + gap
                continue
            badges = card_has_badges(c, lane.kind)
            fitted = fit(c.text, text_width, max_lines, size, min_size)
            badge = badge_row if badges else 0.0
            if (
                old is not None
                and old.y == y
                and old.has_badges == badges
                and old.kind == "card"
                and (old.text is fitted or old.text == fitted)
                and old.width == card_width
            ):
                box = old
            else:  # the same values as measure_box
                height = max(min_height, 2 * card_pad + badge + fitted.height)
                box = Box(
                    c.id, "card", pad, y, card_width, height, fitted, badges, card_pad + badge
                )
            boxes.append(box)
            cards += 1
            y += box.height + gap
    content = y - style.card_gap + style.cell_padding if boxes else 0.0
    return CellGeom(stage_id, lane.id, boxes, content, cards)


def _remeasure(
    source: MapSource,
    stage_id: str,
    lane: Lane,
    style: LayoutStyle,
    previous: CellGeom,
    edited: set[str] | frozenset[str],
) -> CellGeom:
    """``measure_cell`` after edits to the cards and metrics in ``edited``: the same boxes, at
    the cost of the stretch between the first and the last edited box (plus a y per box
    below it when that stretch changed height). A run of unedited boxes that starts (or
    ends) both the old and the new cell keeps its boxes: same ids in the same order, none
    edited, so the same measures at the same y (or shifted by the same amount)."""
    metrics = source.metrics_in_cell(stage_id, lane.id)
    cards = source.cards_in_cell(stage_id, lane.id)
    items: list[Card | MetricValue] = metrics + cards if metrics else cards  # type: ignore[assignment]
    old = previous.boxes
    n, m = len(items), len(old)
    limit = min(n, m)
    head = 0
    while head < limit:
        obj_id = items[head].id
        if obj_id != old[head].id or obj_id in edited:
            break
        head += 1
    tail = 0
    limit -= head
    while tail < limit:
        obj_id = items[n - 1 - tail].id
        if obj_id != old[m - 1 - tail].id or obj_id in edited:
            break
        tail += 1
    gap = style.card_gap
    boxes = old[:head]
    if head:
        last = old[head - 1]
        y = last.y + (last.height + gap)  # the very float the full loop computes
    else:
        y = style.cell_padding
    reuse = {b.id: b for b in old[head : m - tail]}
    for obj in items[head : n - tail]:
        if not isinstance(obj, Card):
            box = measure_box(obj.id, "metric", metric_text(obj), False, style, y)
        else:
            box = reuse.get(obj.id)
            if box is None or box.kind != "card" or obj.id in edited:
                box = _measured_card(obj, lane.kind, style, y, box)
            elif box.y != y:
                box = _shifted(box, y)
        boxes.append(box)
        y += box.height + gap
    moved = False
    if tail:
        kept = old[m - tail :]
        if kept[0].y == y:
            boxes.extend(kept)
            last = kept[-1]
            y = last.y + (last.height + gap)
        else:  # every box below moves by the same amount: _shifted, inlined (hot loop)
            moved = True
            append, new, set_attr = boxes.append, object.__new__, object.__setattr__
            for box in kept:
                fields = box.__dict__.copy()
                fields["y"] = y
                copy = new(Box)
                set_attr(copy, "__dict__", fields)
                append(copy)
                y += box.height + gap
    content = y - gap + style.cell_padding if boxes else 0.0
    return CellGeom(
        stage_id,
        lane.id,
        boxes,
        content,
        len(cards),
        head,
        tail,
        moved,
        previous.serial,
    )


def _measured_card(
    card: Card, kind: LaneKind, style: LayoutStyle, y: float, old: Box | None
) -> Box:
    """A card's box at ``y``: ``old`` itself when nothing about it changed."""
    badges = card_has_badges(card, kind)
    fitted = fit(card.text, style.text_width, style.max_lines, style.font_size, style.min_font_size)
    if (
        old is not None
        and old.y == y
        and old.has_badges == badges
        and old.kind == "card"
        and (old.text is fitted or old.text == fitted)
        and old.width == style.card_width
    ):
        return old
    badge = style.badge_row if badges else 0.0
    pad = style.card_padding
    height = max(style.min_card_height, 2 * pad + badge + fitted.height)
    return Box(
        card.id,
        "card",
        style.cell_padding,
        y,
        style.card_width,
        height,
        fitted,
        badges,
        pad + badge,
    )


def _shifted(box: Box, y: float) -> Box:
    """``box`` at another y. Equal to ``Box(...)`` with the same fields (tested), but about four
    times cheaper than a frozen dataclass's ``__init__``: a long cell shifts many boxes."""
    fields = box.__dict__.copy()
    fields["y"] = y
    new = object.__new__(Box)
    object.__setattr__(new, "__dict__", fields)
    return new


def measure_box(
    obj_id: str, kind: str, text: str, has_badges: bool, style: LayoutStyle, y: float
) -> Box:
    fitted = fit(text, style.text_width, style.max_lines, style.font_size, style.min_font_size)
    badge = style.badge_row if has_badges else 0.0
    height = max(style.min_card_height, 2 * style.card_padding + badge + fitted.height)
    return Box(
        obj_id,
        kind,
        style.cell_padding,
        y,
        style.card_width,
        height,
        fitted,
        has_badges,
        style.card_padding + badge,
    )


def card_has_badges(card: Card, kind: LaneKind) -> bool:
    """Whether the card shows a badge strip (channel, severity, votes, evidence...)."""
    if card.evidence is not None or card.tags:
        return True
    if kind is LaneKind.TOUCHPOINTS:
        return card.channel is not None or card.online is not None
    # Frictions always show the warning sign, opportunities the star.
    return kind in (LaneKind.FRICTIONS, LaneKind.OPPORTUNITIES)


def metric_text(v: MetricValue) -> str:
    value = f"{v.value:g}"
    return f"{v.name}\n{value} {v.unit}".rstrip()


def smooth_segments(
    points: Sequence[tuple[float, float]], top: float, bottom: float, tension: float = 0.5
) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Cardinal-spline Bézier segments through ``points``; control points are kept inside
    [top, bottom] so the curve never swings past the scale."""
    if len(points) < 2:
        return ()
    segs = []
    n = len(points)
    for i in range(n - 1):
        p0 = points[i - 1] if i > 0 else points[i]
        p1, p2 = points[i], points[i + 1]
        p3 = points[i + 2] if i + 2 < n else points[i + 1]
        k = tension / 3.0
        c1 = (p1[0] + (p2[0] - p0[0]) * k, _clamp(p1[1] + (p2[1] - p0[1]) * k, top, bottom))
        c2 = (p2[0] - (p3[0] - p1[0]) * k, _clamp(p2[1] - (p3[1] - p1[1]) * k, top, bottom))
        segs.append((p1, c1, c2, p2))
    return tuple(segs)


POINT_LABEL_HEIGHT = 14.0
POINT_LABEL_GAP = 9.0  # between a curve marker's centre and its label
POINT_MARKER_RADIUS = 5.5


def label_tops(points: list[tuple[str, str, float, bool]], top_third: float) -> dict[str, float]:
    """Where each emotion point's label goes (its top, relative to the point), so that labels
    of points at the same stage neither overlap each other nor cover a marker. ``points`` holds
    (id, stage, y, has label); labels sit above a point, below it near the top of the lane.
    (The canvas and the poster both place labels with this, so they always agree.)"""
    tops: dict[str, float] = {}
    by_stage: dict[str, list[tuple[float, str, bool]]] = {}
    for point_id, stage, y, has_label in points:
        by_stage.setdefault(stage, []).append((y, point_id, has_label))
    for group in by_stage.values():
        group.sort()
        taken = [(y - POINT_MARKER_RADIUS - 1, y + POINT_MARKER_RADIUS + 1) for y, _, _ in group]
        for y, point_id, has_label in group:
            above = (-POINT_LABEL_GAP - POINT_LABEL_HEIGHT, -1)
            below = (POINT_LABEL_GAP, 1)
            first, second = (above, below) if y > top_third else (below, above)
            chosen = None
            for start, _step in (first, second):
                if _label_free(y + start, taken):
                    chosen = start
                    break
            if chosen is None:
                start, step = first
                while not _label_free(y + start, taken) and abs(start) < 120:
                    start += step * (POINT_LABEL_HEIGHT / 2)
                chosen = start
            tops[point_id] = chosen
            if has_label:
                taken.append((y + chosen, y + chosen + POINT_LABEL_HEIGHT))
    return tops


POINT_LABEL_TAG_RADIUS = 3.0  # the small persona marker in front of a shared spot's labels


def coincident_points(points: list[tuple[str, str, float, bool]]) -> set[str]:
    """Ids of the points that share their spot (stage and y) with another point, from the same
    (id, stage, y, has label) tuples as ``label_tops``. Their markers cover each other, so their
    labels carry a small marker of their persona to tell whose label is whose (canvas and poster
    alike)."""
    spots: dict[tuple[str, float], list[str]] = {}
    for point_id, stage, y, _has_label in points:
        spots.setdefault((stage, round(y, 3)), []).append(point_id)
    return {point_id for ids in spots.values() if len(ids) > 1 for point_id in ids}


def _label_free(top: float, taken: list[tuple[float, float]]) -> bool:
    bottom = top + POINT_LABEL_HEIGHT
    return all(bottom <= a or top >= b for a, b in taken)


def _clamp(v: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, v))


__all__ = [
    "DEFAULT_STYLE",
    "LINE_SPACING",
    "Box",
    "CellGeom",
    "Column",
    "CurveGeom",
    "CurvePoint",
    "LayoutStyle",
    "MapGeometry",
    "MapIndex",
    "MapSource",
    "Row",
    "compute_geometry",
    "label_tops",
    "coincident_points",
    "smooth_segments",
]
