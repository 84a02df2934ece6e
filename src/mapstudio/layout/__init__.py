"""Map geometry: pure functions from a map to positions and sizes (no Qt).

The canvas and the poster both draw from a :class:`MapGeometry`, so paper matches screen.
Units are points (1/72 inch). ``grid`` places stages, lanes and cells; ``cells`` measures a
cell's cards; ``curves`` draws emotion curves and places their labels; ``style`` holds the sizes.
"""

from __future__ import annotations

from mapstudio.layout.cells import (
    Box,
    CellGeom,
    measure_box,
    measure_cell,
    metric_text,
)
from mapstudio.layout.curves import (
    POINT_LABEL_GAP,
    POINT_LABEL_HEIGHT,
    POINT_LABEL_TAG_RADIUS,
    POINT_MARKER_RADIUS,
    POINT_SPREAD,
    CurveGeom,
    CurvePoint,
    coincident_points,
    label_tops,
    smooth_segments,
    spread_offsets,
)
from mapstudio.layout.grid import (
    BlueprintLineGeom,
    Column,
    MapGeometry,
    Row,
    compute_geometry,
    start_geometry,
)
from mapstudio.layout.source import Cell, MapIndex, MapSource
from mapstudio.layout.style import DEFAULT_STYLE, LayoutStyle
from mapstudio.layout.textfit import LINE_SPACING

__all__ = [
    "BlueprintLineGeom",
    "Box",
    "Cell",
    "CellGeom",
    "Column",
    "CurveGeom",
    "CurvePoint",
    "DEFAULT_STYLE",
    "LINE_SPACING",
    "LayoutStyle",
    "MapGeometry",
    "MapIndex",
    "MapSource",
    "POINT_LABEL_GAP",
    "POINT_LABEL_HEIGHT",
    "POINT_LABEL_TAG_RADIUS",
    "POINT_MARKER_RADIUS",
    "POINT_SPREAD",
    "Row",
    "coincident_points",
    "compute_geometry",
    "label_tops",
    "measure_box",
    "measure_cell",
    "metric_text",
    "smooth_segments",
    "spread_offsets",
    "start_geometry",
]
