"""Map snapshots: what autosave hands to a worker thread, taken in well under a millisecond.

Taking a snapshot copies the map's lists of objects (references, not objects) and dumps the
map's own few fields; serialising it, on another thread, turns each object into JSON in short
slices that let the GUI thread run in between. The objects are not copied: the document
changes an object by setting new values on it, so an object read between two changes is whole,
but a change made while the worker runs would mix two states of the map in one file. Whoever
took the snapshot must therefore check, once it is serialised, that the map did not change in
between (``Document`` tells every change to its listeners), and throw the bytes away if it did.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

from mapstudio.core.model import JourneyMap
from mapstudio.core.operations import COLLECTIONS
from mapstudio.records import record

# Objects serialised between two pauses: about 0.3 ms of holding Python's lock (a card
# serialises in about 2 us), so the GUI thread never waits long for it.
SLICE = 150


@record
class MapSnapshot:
    """The map as it was when taken: its fields, and each collection's objects in order."""

    title: str
    fields: tuple[tuple[str, Any], ...]  # (name, JSON-ready value) in the model's order
    collections: dict[str, tuple[Any, ...]]

    def to_json(self, pause: Callable[[], None] = lambda: time.sleep(0)) -> bytes:
        """The map as one JSON document (compact; ``validate_document`` reads it back to the
        same map). ``pause`` runs between slices: ``time.sleep(0)`` hands Python's lock over."""
        parts: list[bytes] = []
        for name, value in self.fields:
            key = json.dumps(name).encode()
            if name in self.collections:
                items = _dump_items(self.collections[name], pause)
                parts.append(key + b":[" + b",".join(items) + b"]")
            else:
                text = json.dumps(value, ensure_ascii=False, allow_nan=False)
                parts.append(key + b":" + text.encode("utf-8"))
        return b"{" + b",".join(parts) + b"}"


def take_snapshot(journey_map: JourneyMap) -> MapSnapshot:
    """A snapshot of ``journey_map`` (cheap: list copies and the map's own fields)."""
    own = journey_map.model_dump(mode="json", exclude=set(COLLECTIONS))
    names = [name for name in type(journey_map).model_fields if name in own or name in COLLECTIONS]
    return MapSnapshot(
        title=journey_map.title,
        fields=tuple((name, own.get(name)) for name in names),
        collections={name: tuple(getattr(journey_map, name)) for name in COLLECTIONS},
    )


def _dump_items(items: tuple[Any, ...], pause: Callable[[], None]) -> list[bytes]:
    out: list[bytes] = []
    for start in range(0, len(items), SLICE):
        # One call into pydantic's serializer per object: each holds the lock only briefly.
        out.extend(obj.__pydantic_serializer__.to_json(obj) for obj in items[start : start + SLICE])
        pause()
    return out
