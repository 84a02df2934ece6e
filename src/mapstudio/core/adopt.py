"""Taking one difference of another version into a map (no Qt).

``adopted(ours, difference, theirs)`` is ``ours`` with that one difference (from
``compare(ours, theirs)``) made, and nothing else: a card added there is added here after the
neighbour it follows there; a card moved there moves here; a field changed there changes here.
The editor applies the result with ``edits.replace_map``, so only what differs changes, as one
undo step. A difference that needs another one first (a card in a stage this map does not have
yet) is refused with EditError, saying which.
"""

from __future__ import annotations

from typing import Any

from mapstudio.core import edits
from mapstudio.core.compare import ADDED, REMOVED, Difference, ordered_ids
from mapstudio.core.document import Document
from mapstudio.core.history import History, step
from mapstudio.core.model import JourneyMap
from mapstudio.core.operations import CELL_COLLECTIONS, MAP, EditError, Insert, SetOrders, Update
from mapstudio.text.translate import QCoreApplication, fill

translate = QCoreApplication.translate
REFERENCES = {"stage": "stages", "lane": "lanes", "persona": "personas"}


def adopted(ours: JourneyMap, d: Difference, theirs: JourneyMap) -> JourneyMap:
    return adopted_all(ours, [d], theirs)


def adopted_all(ours: JourneyMap, chosen: list[Difference], theirs: JourneyMap) -> JourneyMap:
    """``ours`` with each of the ``chosen`` differences made in turn (as ``adopted`` makes one):
    the map is copied once, not once a difference. Raises EditError at the first refused."""
    doc = Document(ours.model_copy(deep=True))
    history = History(doc)
    for d in chosen:
        _adopt(doc, history, d, theirs)
    return doc.map


def _adopt(doc: Document, history: History, d: Difference, theirs: JourneyMap) -> None:
    if d.collection == MAP:
        history.push(edits.update(doc, doc.map.id, {k: new for k, (_, new) in d.fields.items()}))
    elif d.action == REMOVED:
        history.push(edits.remove(doc, [d.id]))
    elif d.action == ADDED:
        _require_references(doc, d.new)
        obj = d.new.model_copy(deep=True)
        history.push(
            step(
                "", [Insert(d.collection, obj), *_placed(doc, d.collection, obj, theirs, new=True)]
            )
        )
    else:
        _require_references(doc, d.new)
        fields = {k: new for k, (_, new) in d.fields.items()}
        if fields:
            history.push(step("", [Update(d.collection, d.id, fields)]))
        if d.moved:
            history.push(step("", _placed(doc, d.collection, doc.get(d.id), theirs, new=False)))


def _require_references(doc: Document, obj: Any) -> None:
    for field, collection in REFERENCES.items():
        wanted = getattr(obj, field, None)
        if wanted is not None and doc.collection_of(wanted) != collection:
            raise EditError(
                fill(
                    translate(
                        "Compare",
                        'this change needs "%1", which is not in your map: take that change first',
                    ),
                    wanted,
                )
            )


def _placed(doc: Document, collection: str, obj: Any, theirs: JourneyMap, new: bool) -> list[Any]:
    """Orders that put ``obj`` after the neighbour it follows in ``theirs`` (first if none)."""
    if collection not in ("stages", "lanes", *CELL_COLLECTIONS):
        return []
    if collection in CELL_COLLECTIONS:
        here = [
            x for x in getattr(doc.map, collection) if (x.stage, x.lane) == (obj.stage, obj.lane)
        ]
        there = [
            x for x in getattr(theirs, collection) if (x.stage, x.lane) == (obj.stage, obj.lane)
        ]
    else:
        here, there = getattr(doc.map, collection), getattr(theirs, collection)
    sequence = [i for i in ordered_ids(here) if i != obj.id]
    theirs_order = ordered_ids(there)
    at = theirs_order.index(obj.id) if obj.id in theirs_order else len(theirs_order)
    before = next((i for i in reversed(theirs_order[:at]) if i in sequence), None)
    sequence.insert(sequence.index(before) + 1 if before is not None else 0, obj.id)
    orders = {}
    for place, obj_id in enumerate(sequence):
        current = obj.order if obj_id == obj.id and new else doc.get(obj_id).order
        if current != place or (obj_id == obj.id and not new):
            orders[obj_id] = place
    return [SetOrders(collection, orders)]
