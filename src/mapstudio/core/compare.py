"""What differs between two versions of a map, object by object (no Qt).

Objects are matched by id. A :class:`Difference` says that one object was added, removed or
changed (with each field's old and new value), and whether it moved: to another cell (its
``stage``/``lane`` are among the changed fields) or to another place among its neighbours. A
place counts as moved only when the object's order relative to the objects both versions share
changed, so renumbering after an insertion is not a move, and a card dragged to the top of its
cell is the one that moved, not the five it passed.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import field
from typing import Any

from mapstudio.core.model import JourneyMap
from mapstudio.core.operations import CELL_COLLECTIONS, COLLECTIONS, MAP
from mapstudio.core.ordering import in_display_order
from mapstudio.records import record

ADDED, REMOVED, CHANGED = "added", "removed", "changed"

# Not differences a person made: the place number (a move is told by `moved`) and the time the
# file was last saved.
IGNORED_FIELDS = frozenset({"order", "modified", "schema_version"})
MAP_FIELDS = tuple(
    name
    for name in JourneyMap.model_fields
    if name not in COLLECTIONS and name not in IGNORED_FIELDS
)
ORDERED_COLLECTIONS = ("stages", "lanes", *CELL_COLLECTIONS)  # where a place among others counts
# How many objects are compared between two calls of ``compare``'s ``keep_going`` (a few ms).
OBJECTS_PER_STEP = 2000


@record
class Difference:
    collection: str  # MAP or one of COLLECTIONS
    id: str
    action: str  # ADDED, REMOVED or CHANGED
    fields: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # name -> (old, new)
    moved: bool = False  # its place among its neighbours (or its cell) changed
    old: Any = None  # the object in the first version (None if added)
    new: Any = None  # the object in the second version (None if removed)

    @property
    def changed_cell(self) -> bool:
        return "stage" in self.fields or "lane" in self.fields


def compare(
    a: JourneyMap, b: JourneyMap, keep_going: Callable[[], None] | None = None
) -> list[Difference]:
    """Every difference from ``a`` to ``b``: the map's own fields first, then each collection
    in dependency order (personas, stages, lanes, cards, emotion points, metric values).

    ``keep_going()`` is called every few thousand objects (a 100,000-card map takes about half
    a second): the editor repaints then, and it may raise to stop the comparison."""
    step = keep_going or _nothing
    found: list[Difference] = []
    own = changed_fields(a, b, MAP_FIELDS)
    if own:
        found.append(Difference(MAP, a.id, CHANGED, own, old=a, new=b))
    for collection in COLLECTIONS:
        step()
        found += _compare_list(collection, getattr(a, collection), getattr(b, collection), step)
    return found


def _nothing() -> None:
    pass


def changed_fields(old: Any, new: Any, names: Iterable[str]) -> dict[str, tuple[Any, Any]]:
    return {
        n: (getattr(old, n), getattr(new, n)) for n in names if getattr(old, n) != getattr(new, n)
    }


def _compare_list(
    collection: str,
    old_items: list[Any],
    new_items: list[Any],
    step: Callable[[], None] = _nothing,
) -> list[Difference]:
    old_by_id = {x.id: x for x in old_items}
    new_by_id = {x.id: x for x in new_items}
    moved = _moved_ids(collection, old_items, new_items, old_by_id, new_by_id)
    names = [n for n in _fields_of(old_items, new_items) if n not in IGNORED_FIELDS]
    found = [
        Difference(collection, x.id, REMOVED, old=x) for x in old_items if x.id not in new_by_id
    ]
    for n, x in enumerate(new_items, 1):
        if not n % OBJECTS_PER_STEP:
            step()
        before = old_by_id.get(x.id)
        if before is None:
            found.append(Difference(collection, x.id, ADDED, new=x))
            continue
        if before == x and x.id not in moved:
            continue
        fields = changed_fields(before, x, names)
        if fields or x.id in moved:
            found.append(Difference(collection, x.id, CHANGED, fields, x.id in moved, before, x))
    return found


def _fields_of(*lists: list[Any]) -> list[str]:
    for items in lists:
        if items:
            return list(type(items[0]).model_fields)
    return []


def _moved_ids(
    collection: str,
    old_items: list[Any],
    new_items: list[Any],
    old_by_id: dict[str, Any],
    new_by_id: dict[str, Any],
) -> set[str]:
    """Ids whose place changed: another cell, or out of order among those both versions share."""
    if collection not in ORDERED_COLLECTIONS:
        return set()
    moved: set[str] = set()
    in_cells = collection in CELL_COLLECTIONS
    if in_cells:
        for x in new_items:
            before = old_by_id.get(x.id)
            if before is not None and (before.stage, before.lane) != (x.stage, x.lane):
                moved.add(x.id)
    for old_seq, new_seq in _sequences(old_items, new_items, in_cells):
        shared = set(old_seq) & set(new_seq) - moved
        old_pos = {i: n for n, i in enumerate(x for x in old_seq if x in shared)}
        kept = [i for i in new_seq if i in shared]
        staying = {kept[k] for k in longest_increasing([old_pos[i] for i in kept])}
        moved.update(i for i in kept if i not in staying)
    return moved


def _sequences(
    old_items: list[Any], new_items: list[Any], in_cells: bool
) -> Iterator[tuple[list[str], list[str]]]:
    """The ordered ids of each container (the whole list, or each cell) in both versions."""
    if not in_cells:
        yield ordered_ids(old_items), ordered_ids(new_items)
        return
    old_cells = _by_cell(old_items)
    new_cells = _by_cell(new_items)
    for cell in old_cells.keys() & new_cells.keys():
        yield ordered_ids(old_cells[cell]), ordered_ids(new_cells[cell])


def _by_cell(items: list[Any]) -> dict[tuple[str, str], list[Any]]:
    cells: dict[tuple[str, str], list[Any]] = {}
    for x in items:
        cells.setdefault((x.stage, x.lane), []).append(x)
    return cells


def ordered_ids(items: list[Any]) -> list[str]:
    """Ids in display order: by ``order``, then by place in the list (as the document sorts)."""
    return [x.id for x in in_display_order(items)]


def longest_increasing(values: list[int]) -> list[int]:
    """Indexes of a longest strictly increasing subsequence of ``values`` (patience sorting)."""
    tail_values: list[int] = []  # tail_values[k]: the smallest end of a run of length k + 1
    tails: list[int] = []  # and the index of that end
    back: list[int] = [-1] * len(values)
    for i, v in enumerate(values):
        k = bisect.bisect_left(tail_values, v)
        if k:
            back[i] = tails[k - 1]
        if k == len(tails):
            tails.append(i)
            tail_values.append(v)
        else:
            tails[k] = i
            tail_values[k] = v
    run, i = [], tails[-1] if tails else -1
    while i >= 0:
        run.append(i)
        i = back[i]
    return run[::-1]
