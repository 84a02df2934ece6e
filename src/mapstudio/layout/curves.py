"""Emotion curves: their points and smooth segments, and where each point's label goes
(canvas and poster place labels with the same functions, so they always agree)."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from mapstudio.core.model import Curve
from mapstudio.records import record


@record
class CurvePoint:
    stage: str
    point_id: str
    x: float
    y: float
    score: float
    label: str


@record
class CurveGeom:
    persona: str
    curve: Curve
    points: tuple[CurvePoint, ...]
    # cubic Bézier segments (start, c1, c2, end) through the points, for a smooth line
    segments: tuple[tuple[tuple[float, float], ...], ...]


def smooth_segments(
    points: Sequence[tuple[float, float]], top: float, bottom: float
) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Cubic Bézier segments (start, c1, c2, end) through ``points`` (left to right), smooth
    and monotone between each two points (Fritsch-Carlson): the curve never swings above or
    below the two scores it joins, so two stages scored alike are joined by a straight line
    (a cardinal spline bulged past them) and a peak is a point of the curve. Control points
    are also kept inside [top, bottom]."""
    n = len(points)
    if n < 2:
        return ()
    gaps = [points[i + 1][0] - points[i][0] for i in range(n - 1)]
    slopes = [
        (points[i + 1][1] - points[i][1]) / gaps[i] if gaps[i] > 0 else 0.0 for i in range(n - 1)
    ]
    tangents = [slopes[0]]
    for i in range(1, n - 1):
        before, after = slopes[i - 1], slopes[i]
        tangents.append(0.0 if before * after <= 0 else (before + after) / 2)
    tangents.append(slopes[-1])
    for i, slope in enumerate(slopes):  # limit the tangents so no segment overshoots
        if slope == 0:
            tangents[i] = tangents[i + 1] = 0.0
            continue
        a, b = tangents[i] / slope, tangents[i + 1] / slope
        if a * a + b * b > 9:
            t = 3 / math.sqrt(a * a + b * b)
            tangents[i], tangents[i + 1] = t * a * slope, t * b * slope
    segs = []
    for i in range(n - 1):
        (x1, y1), (x2, y2), third = points[i], points[i + 1], max(gaps[i], 0.0) / 3
        c1 = (x1 + third, _clamp(y1 + tangents[i] * third, top, bottom))
        c2 = (x2 - third, _clamp(y2 - tangents[i + 1] * third, top, bottom))
        segs.append(((x1, y1), c1, c2, (x2, y2)))
    return tuple(segs)


POINT_LABEL_HEIGHT = 14.0
POINT_LABEL_GAP = 9.0  # between a curve marker's centre and its label
POINT_MARKER_RADIUS = 5.5


def label_tops(
    points: list[tuple[str, str, float, bool]], top_third: float, height: float | None = None
) -> dict[str, float]:
    """Where each emotion point's label goes (its top, relative to the point), so that labels
    of points at the same stage neither overlap each other nor cover a marker. ``points`` holds
    (id, stage, y, has label); labels sit above a point, below it near the top of the lane.
    Where both places are taken (points close together at a stage), a label moves further
    away, on either side, to the nearest free place inside the lane (0 to ``height``, when
    given); with none free, where it covers least.
    (The canvas and the poster both place labels with this, so they always agree.)"""
    tops: dict[str, float] = {}
    by_stage: dict[str, list[tuple[float, str, bool]]] = {}
    for point_id, stage, y, has_label in points:
        by_stage.setdefault(stage, []).append((y, point_id, has_label))
    above = -POINT_LABEL_GAP - POINT_LABEL_HEIGHT
    below = POINT_LABEL_GAP
    step = POINT_LABEL_HEIGHT / 2
    further = [k * step for k in range(1, LABEL_STEPS + 1)]
    for group in by_stage.values():
        group.sort()
        taken = [(y - POINT_MARKER_RADIUS - 1, y + POINT_MARKER_RADIUS + 1) for y, _, _ in group]
        for y, point_id, has_label in group:
            first, second = (above, below) if y > top_third else (below, above)
            candidates = [first, second]
            for d in further:  # further away, on the preferred side first
                candidates += [first + d * _sign(first), second + d * _sign(second)]
            if height is not None:
                inside = [c for c in candidates if 0 <= y + c <= height - POINT_LABEL_HEIGHT]
                candidates = inside or candidates
            chosen = next((c for c in candidates if _label_free(y + c, taken)), None)
            if chosen is None:  # nowhere free: where it covers least, nearest first
                chosen = min(candidates, key=lambda c: (_covered(y + c, taken), abs(c)))
            tops[point_id] = chosen
            if has_label:
                taken.append((y + chosen, y + chosen + POINT_LABEL_HEIGHT))
    return tops


LABEL_STEPS = 24  # how far a label may move from its point: this many half label heights


def _sign(v: float) -> float:
    return -1.0 if v < 0 else 1.0


def _covered(top: float, taken: list[tuple[float, float]]) -> float:
    """How much of a label at ``top`` lies over what is taken (markers, other labels)."""
    bottom = top + POINT_LABEL_HEIGHT
    return sum(max(0.0, min(bottom, b) - max(top, a)) for a, b in taken)


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


# centre-to-centre distance of markers spread apart at a shared spot: they stay apart
POINT_SPREAD = 2 * POINT_MARKER_RADIUS + 3.0


def spread_offsets(
    points: Sequence[tuple[str, str, float]], room: Mapping[str, float] | None = None
) -> dict[str, float]:
    """How far (x) to move each point that shares its spot (stage and y) with others, so that
    every marker shows: the points of a spot sit side by side, centred on the stage, in the
    order given (the curves' order: persona order, as-is before to-be). ``points`` holds
    (id, stage, y); ``room`` optionally caps a stage's total spread (its width). Points alone
    at their spot are not in the result. (Computed once in the layout, so the canvas and the
    poster place markers, labels and curves identically.)"""
    spots: dict[tuple[str, float], list[str]] = {}
    for point_id, stage, y in points:
        spots.setdefault((stage, round(y, 3)), []).append(point_id)
    offsets: dict[str, float] = {}
    for (stage, _y), ids in spots.items():
        if len(ids) < 2:
            continue
        step = POINT_SPREAD
        if room is not None and stage in room:
            step = min(step, room[stage] / (len(ids) - 1))
        first = -step * (len(ids) - 1) / 2
        for i, point_id in enumerate(ids):
            offsets[point_id] = first + i * step
    return offsets


def _label_free(top: float, taken: list[tuple[float, float]]) -> bool:
    bottom = top + POINT_LABEL_HEIGHT
    return all(bottom <= a or top >= b for a, b in taken)


def _clamp(v: float, lo: float, hi: float) -> float:
    return max(lo, min(hi, v))
