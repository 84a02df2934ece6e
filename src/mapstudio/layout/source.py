"""What the layout reads: a map's stages, lanes and cells in display order."""

from __future__ import annotations

from typing import Protocol

from mapstudio.core.model import Card, JourneyMap, Lane, MetricValue, Stage
from mapstudio.core.ordering import cells_in_display_order

Cell = tuple[str, str]


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
        self._cells = cells_in_display_order(m.cards)
        self._metrics = cells_in_display_order(m.metric_values)

    def stages(self) -> list[Stage]:
        return list(self._stages)

    def lanes(self) -> list[Lane]:
        return list(self._lanes)

    def cards_in_cell(self, stage_id: str, lane_id: str) -> list[Card]:
        return list(self._cells.get((stage_id, lane_id), ()))

    def metrics_in_cell(self, stage_id: str, lane_id: str) -> list[MetricValue]:
        return list(self._metrics.get((stage_id, lane_id), ()))


def for_export(m: JourneyMap) -> JourneyMap:
    """The map as posters and images show it: without the lanes hidden in export (and what
    sits in them). The map itself is unchanged."""
    hidden = {lane.id for lane in m.lanes if lane.hidden_in_export}
    if not hidden:
        return m
    return m.model_copy(
        update={
            "lanes": [x for x in m.lanes if x.id not in hidden],
            "cards": [c for c in m.cards if c.lane not in hidden],
            "metric_values": [v for v in m.metric_values if v.lane not in hidden],
        }
    )
