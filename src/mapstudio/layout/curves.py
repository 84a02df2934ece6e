"""Emotion curves: their points and smooth segments, and where each point's label goes
(canvas and poster place labels with the same functions, so they always agree)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mapstudio.core.model import Curve


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
