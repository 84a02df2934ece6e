"""The difference between a document and another version of its map, as primitives.

Applied in order, ``diff_ops(doc, new)`` turns the document's map into ``new``: same objects,
same fields, same list order, so it dumps to the same bytes. Only what differs is touched: a
version in which one card changed gives one Update, and views redraw that card alone (Reload
and Restore Version use this through ``edits.replace_map``).
"""

from __future__ import annotations

from typing import Any

from mapstudio.core.compare import longest_increasing
from mapstudio.core.document import Document
from mapstudio.core.model import JourneyMap
from mapstudio.core.operations import COLLECTIONS, MAP, Insert, Op, Remove, Update

# The map's own fields: everything but its object lists (and the format, which never differs).
MAP_FIELDS = tuple(
    name for name in JourneyMap.model_fields if name not in COLLECTIONS and name != "schema_version"
)


def diff_ops(doc: Document, new: JourneyMap) -> list[Op]:
    old = doc.map
    plans = {c: _plan(getattr(old, c), getattr(new, c)) for c in COLLECTIONS}
    ops: list[Op] = []
    # Dependents go before what they point to (a card before its stage), each list from its end.
    for collection in reversed(COLLECTIONS):
        gone = plans[collection].gone
        ops += [
            Remove(collection, obj.id)
            for obj in reversed(getattr(old, collection))
            if obj.id in gone
        ]
    changes = _changed_fields(old, new, MAP_FIELDS)
    if changes:
        ops.append(Update(MAP, old.id, changes))
    for collection in COLLECTIONS:
        plan = plans[collection]
        for before, after in plan.kept:
            changes = _changed_fields(before, after, type(after).model_fields)
            if changes:
                ops.append(Update(collection, before.id, changes))
        # Left to right, each new object goes to its final place among those already there.
        ops += [Insert(collection, obj.model_copy(deep=True), at) for at, obj in plan.new]
    return ops


class _Plan:
    """For one list: the old ids to remove, the (old, new) objects kept in place, and the new
    objects to insert with their final positions."""

    def __init__(self) -> None:
        self.gone: set[str] = set()
        self.kept: list[tuple[Any, Any]] = []
        self.new: list[tuple[int, Any]] = []


def _plan(old_items: list[Any], new_items: list[Any]) -> _Plan:
    plan = _Plan()
    new_pos = {obj.id: i for i, obj in enumerate(new_items)}
    old_by_id = {obj.id: obj for obj in old_items}
    common = [obj for obj in old_items if obj.id in new_pos]
    staying = longest_increasing([new_pos[obj.id] for obj in common])
    keep = {common[i].id for i in staying}
    plan.gone = {obj.id for obj in old_items if obj.id not in keep}
    for i, obj in enumerate(new_items):
        if obj.id in keep:
            plan.kept.append((old_by_id[obj.id], obj))
        else:  # new, or out of its list order (taken out and put back at its place)
            plan.new.append((i, obj))
    return plan


def _changed_fields(before: Any, after: Any, names: Any) -> dict[str, Any]:
    return {n: getattr(after, n) for n in names if getattr(before, n) != getattr(after, n)}
