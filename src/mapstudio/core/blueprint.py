"""The service blueprint: which lane kinds belong to which layer, and where its three lines go.

A service blueprint extends a journey map below the customer. Its layers, top to bottom:

- customer: what the customer does, sees, thinks and feels (actions, storyboard, thoughts,
  emotions, pain points);
- frontstage: where the customer meets the service (touchpoints: people, screens, places);
- backstage: what the teams do out of the customer's sight (backstage lanes);
- support: the processes and systems the teams rely on (support-processes lanes).

Opportunities, metrics and notes annotate the map and belong to no layer: they never break the
order, and the blueprint layout puts them below the support processes.

Three lines separate the layers: the line of interaction (customer / frontstage), the line of
visibility (frontstage / backstage) and the line of internal interaction (backstage / support).
A line is drawn, on a map laid out as a blueprint, when lanes of both layers it separates are
present and every lane above it in the blueprint's order is above every lane below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum, StrEnum

from mapstudio.core.model import LaneKind


class Layer(IntEnum):
    CUSTOMER = 0
    FRONTSTAGE = 1
    BACKSTAGE = 2
    SUPPORT = 3


class BlueprintLine(StrEnum):
    """A line between two layers, named by what it separates."""

    INTERACTION = "interaction"
    VISIBILITY = "visibility"
    INTERNAL_INTERACTION = "internal_interaction"

    @property
    def below(self) -> Layer:
        """The layer just below the line (the one above is one less)."""
        return Layer(list(BlueprintLine).index(self) + 1)


LAYER_OF_KIND: dict[LaneKind, Layer | None] = {
    LaneKind.STORYBOARD: Layer.CUSTOMER,
    LaneKind.ACTIONS: Layer.CUSTOMER,
    LaneKind.THOUGHTS: Layer.CUSTOMER,
    LaneKind.EMOTIONS: Layer.CUSTOMER,
    LaneKind.FRICTIONS: Layer.CUSTOMER,
    LaneKind.TOUCHPOINTS: Layer.FRONTSTAGE,
    LaneKind.BACKSTAGE: Layer.BACKSTAGE,
    LaneKind.SUPPORT: Layer.SUPPORT,
    LaneKind.OPPORTUNITIES: None,
    LaneKind.METRICS: None,
    LaneKind.NOTES: None,
}

#: The kind of the lane added for a layer the map lacks.
KIND_FOR_LAYER: dict[Layer, LaneKind] = {
    Layer.CUSTOMER: LaneKind.ACTIONS,
    Layer.FRONTSTAGE: LaneKind.TOUCHPOINTS,
    Layer.BACKSTAGE: LaneKind.BACKSTAGE,
    Layer.SUPPORT: LaneKind.SUPPORT,
}


def blueprint_rank(kind: LaneKind) -> int:
    """Where a lane of this kind goes in a blueprint: its layer, annotations last."""
    layer = LAYER_OF_KIND[kind]
    return len(Layer) if layer is None else int(layer)


def missing_layers(kinds: Sequence[LaneKind]) -> list[Layer]:
    """The layers no lane of ``kinds`` belongs to, top to bottom."""
    present = {LAYER_OF_KIND[k] for k in kinds}
    return [layer for layer in Layer if layer not in present]


def lines_before(kinds: Sequence[LaneKind]) -> dict[int, BlueprintLine]:
    """For lanes of ``kinds`` in display order: the index of the lane each line is drawn just
    above. A line needs lanes of both its layers, and no lane of its lower side above a lane
    of its upper side (a shuffled map gets no misleading line)."""
    layers = [(i, LAYER_OF_KIND[k]) for i, k in enumerate(kinds)]
    placed = [(i, layer) for i, layer in layers if layer is not None]
    result: dict[int, BlueprintLine] = {}
    for line in BlueprintLine:
        below = line.below
        if not any(layer == below for _, layer in placed):
            continue
        if not any(layer == below - 1 for _, layer in placed):
            continue
        above_last = max(i for i, layer in placed if layer < below)
        below_first = min(i for i, layer in placed if layer >= below)
        if above_last < below_first:
            result[below_first] = line
    return result
