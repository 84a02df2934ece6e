"""The four primitive operations every map change is made of, and what each one changed.

Applying a primitive (``Document.apply``) returns its exact inverse, so undo is correct by
construction. A :class:`Change` names what one primitive did, so each view updates only that.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from mapstudio.core.model import (
    COLLECTION_FIELDS,
    Card,
    Dot,
    DotVote,
    EmotionPoint,
    Lane,
    MetricValue,
    Participant,
    Persona,
    Stage,
)
from mapstudio.records import record

# The map's object lists, in dependency order: a later collection refers to earlier ones.
COLLECTIONS: dict[str, type[BaseModel]] = {
    "personas": Persona,
    "participants": Participant,
    "stages": Stage,
    "lanes": Lane,
    "cards": Card,
    "emotion_points": EmotionPoint,
    "metric_values": MetricValue,
    "votes": DotVote,
    "dots": Dot,
}
assert tuple(COLLECTIONS) == COLLECTION_FIELDS  # one list of collections, in one order
MAP = "map"  # the collection name for the map's own fields
CELL_COLLECTIONS = ("cards", "metric_values")  # objects that sit in a (stage, lane) cell

Cell = tuple[str, str]  # (stage id, lane id)


@record
class Insert:
    collection: str
    obj: Any  # a model instance; the document keeps this very object
    position: int | None = None  # place in the JSON list; None appends


@record
class Remove:
    collection: str
    id: str


@record
class Update:
    collection: str  # one of COLLECTIONS or MAP
    id: str
    changes: dict[str, Any]


@record
class SetOrders:
    collection: str
    orders: dict[str, int]


Op = Insert | Remove | Update | SetOrders

# What a Change says happened to its ids.
ADDED, REMOVED, UPDATED, MOVED, REORDERED = "added", "removed", "updated", "moved", "reordered"


@record
class Change:
    """What one primitive did, for views.

    ``action`` is one of ADDED, REMOVED, UPDATED (fields changed in place), MOVED (a card or
    metric changed cell, perhaps with other fields) or REORDERED (orders only). ``fields``
    names the fields an update touched; ``cells`` the grid cells whose content changed.
    """

    collection: str
    action: str
    ids: tuple[str, ...]
    fields: frozenset[str] = frozenset()
    cells: frozenset[Cell] = frozenset()


class EditError(ValueError):
    """An edit that would break the map's rules; the message is for the user."""
