"""Document: one map, its index, and the only code that mutates a map (no Qt).

Every change is one of four primitives (``core.operations``). ``apply`` performs one and returns
its exact inverse; after each, the document tells its listeners a :class:`Change` naming what
changed, so views update only that. Edits (``core.edits``) build primitives; a history
(``core.history``) applies them as undo steps. The GUI's ``MapDocument`` wraps this class.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import BaseModel, ValidationError

from mapstudio.core.model import (
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    MetricValue,
    Stage,
    new_id,
)
from mapstudio.core.operations import (
    ADDED,
    CELL_COLLECTIONS,
    COLLECTIONS,
    MAP,
    MOVED,
    REMOVED,
    REORDERED,
    UPDATED,
    Cell,
    Change,
    EditError,
    Insert,
    Op,
    Remove,
    SetOrders,
    Update,
)
from mapstudio.core.ordering import display_key

Listener = Callable[[Change], None]


class _Index:
    """The document's lookups. (A plain class: a dataclass compiles its methods from generated
    source when the module is imported, before the first window.)"""

    def __init__(self) -> None:
        self.by_id: dict[str, Any] = {}
        self.collection_of: dict[str, str] = {}
        self.cells: dict[Cell, list[Card]] = {}
        self.metric_cells: dict[Cell, list[MetricValue]] = {}
        self.seq: dict[str, int] = {}


class Document:
    """A map being edited: queries through an id index, changes through ``apply`` only."""

    def __init__(self, journey_map: JourneyMap) -> None:
        self._map = journey_map
        self._listeners: list[Listener] = []
        self._counter = itertools.count()
        self._ix = _Index()
        self._ordered_cache: dict[str, list[Any]] = {}
        self._rebuild_index()

    # --- listeners ----------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(change)`` after every primitive applied."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _tell(self, change: Change) -> None:
        for listener in self._listeners:
            listener(change)

    # --- queries ------------------------------------------------------------------------------
    @property
    def map(self) -> JourneyMap:
        return self._map

    def get(self, obj_id: str) -> Any | None:
        return self._ix.by_id.get(obj_id)

    def collection_of(self, obj_id: str) -> str | None:
        return self._ix.collection_of.get(obj_id)

    def stages(self) -> list[Stage]:
        return self._ordered("stages")

    def lanes(self) -> list[Lane]:
        return self._ordered("lanes")

    def cards_in_cell(self, stage_id: str, lane_id: str) -> list[Card]:
        return list(self._ix.cells.get((stage_id, lane_id), ()))

    def metrics_in_cell(self, stage_id: str, lane_id: str) -> list[MetricValue]:
        return list(self._ix.metric_cells.get((stage_id, lane_id), ()))

    def emotion_point(self, persona_id: str, stage_id: str, curve: str) -> EmotionPoint | None:
        for p in self._map.emotion_points:
            if p.persona == persona_id and p.stage == stage_id and p.curve == curve:
                return p
        return None

    def is_taken(self, obj_id: str) -> bool:
        """Whether an object of the map (or the map itself) has this id."""
        return obj_id in self._ix.by_id or obj_id == self._map.id

    def new_id(self, prefix: str) -> str:
        while True:  # checked against the index: no set of every id per new object
            candidate = new_id(prefix)
            if not self.is_taken(candidate):
                return candidate

    # --- applying primitives ------------------------------------------------------------------
    def apply(self, op: Op) -> Op:
        """Apply one primitive and return its inverse. Only histories and steps call this."""
        if isinstance(op, Insert):
            return self._insert(op)
        if isinstance(op, Remove):
            return self._remove(op)
        if isinstance(op, Update):
            return self._update(op)
        return self._set_orders(op)

    def stamp_saved(self, when: datetime) -> datetime:
        """Set the map's ``modified`` time for a save, outside any undo step; returns the old.

        Saving is not an edit: the user cannot undo it, and it leaves the map clean.
        """
        previous = self._map.modified
        self.apply(Update(MAP, self._map.id, {"modified": when}))
        return previous

    def _insert(self, op: Insert) -> Op:
        items: list[Any] = getattr(self._map, op.collection)
        if op.obj.id in self._ix.by_id:
            raise EditError(f'the id "{op.obj.id}" is already used')
        pos = len(items) if op.position is None else op.position
        items.insert(pos, op.obj)
        self._index_add(op.collection, op.obj)
        self._ordered_cache.pop(op.collection, None)
        self._tell(Change(op.collection, ADDED, (op.obj.id,), cells=_cells_of(op.obj)))
        return Remove(op.collection, op.obj.id)

    def _remove(self, op: Remove) -> Op:
        items: list[Any] = getattr(self._map, op.collection)
        obj = self._ix.by_id[op.id]
        pos = next(i for i, x in enumerate(items) if x is obj)
        del items[pos]
        self._index_drop(op.collection, obj)
        self._ordered_cache.pop(op.collection, None)
        self._tell(Change(op.collection, REMOVED, (op.id,), cells=_cells_of(obj)))
        return Insert(op.collection, obj, pos)

    def _update(self, op: Update) -> Op:
        obj = self._map if op.collection == MAP else self._ix.by_id[op.id]
        validated = _validated_values(obj, op.changes)  # first: it refuses unknown fields
        old = {k: getattr(obj, k) for k in op.changes}
        cells_before = _cells_of(obj)
        if op.collection in CELL_COLLECTIONS and ({"stage", "lane", "order"} & op.changes.keys()):
            self._index_drop(op.collection, obj)
            for k, v in validated.items():
                setattr(obj, k, v)
            self._index_add(op.collection, obj)
        else:
            for k, v in validated.items():
                setattr(obj, k, v)
        if "order" in op.changes:
            self._ordered_cache.pop(op.collection, None)
        cells_after = _cells_of(obj)
        action = MOVED if cells_after != cells_before else UPDATED
        self._tell(
            Change(
                op.collection, action, (op.id,), frozenset(op.changes), cells_before | cells_after
            )
        )
        return Update(op.collection, op.id, old)

    def _set_orders(self, op: SetOrders) -> Op:
        if not op.orders:
            return op  # nothing to renumber: no change to announce
        old: dict[str, int] = {}
        cells: set[Cell] = set()
        in_cells = op.collection in CELL_COLLECTIONS
        for obj_id, order in op.orders.items():
            obj = self._ix.by_id[obj_id]
            old[obj_id] = obj.order
            obj.order = order
            if in_cells:
                cells.add((obj.stage, obj.lane))
        for cell in cells:
            self._sort_cell(cell)
        self._ordered_cache.pop(op.collection, None)
        self._tell(
            Change(
                op.collection, REORDERED, tuple(op.orders), frozenset({"order"}), frozenset(cells)
            )
        )
        return SetOrders(op.collection, old)

    # --- index maintenance --------------------------------------------------------------------
    def _rebuild_index(self) -> None:
        self._ix = _Index()
        for collection in COLLECTIONS:
            for obj in getattr(self._map, collection):
                self._index_add(collection, obj, sort=False)
        for cell in list(self._ix.cells) + list(self._ix.metric_cells):
            self._sort_cell(cell)
        self._ordered_cache.clear()

    def _index_add(self, collection: str, obj: Any, sort: bool = True) -> None:
        self._ix.by_id[obj.id] = obj
        self._ix.collection_of[obj.id] = collection
        self._ix.seq.setdefault(obj.id, next(self._counter))
        cells = self._cell_table(collection)
        if cells is not None:
            cell = cells.setdefault((obj.stage, obj.lane), [])
            if sort:  # the cell is sorted: insert in place (a long cell is not re-sorted)
                bisect.insort(cell, obj, key=self._cell_key)
            else:
                cell.append(obj)

    def _index_drop(self, collection: str, obj: Any) -> None:
        self._ix.by_id.pop(obj.id, None)
        self._ix.collection_of.pop(obj.id, None)
        cells = self._cell_table(collection)
        if cells is not None:
            cell = cells.get((obj.stage, obj.lane), [])
            # the cell is sorted by _cell_key and obj still has its order: look there first
            at = bisect.bisect_left(cell, self._cell_key(obj), key=self._cell_key)
            if at < len(cell) and cell[at] is obj:
                del cell[at]
            else:
                cell[:] = [c for c in cell if c is not obj]
            if not cell:
                cells.pop((obj.stage, obj.lane), None)

    def _cell_table(self, collection: str) -> dict[Cell, list[Any]] | None:
        if collection == "cards":
            return self._ix.cells
        if collection == "metric_values":
            return self._ix.metric_cells
        return None

    def _cell_key(self, obj: Any) -> tuple[int, int]:
        """Where an object sits among its siblings (core.ordering's rule; which came first is
        its sequence number, as inserts and removals shift list positions)."""
        return display_key(obj, self._ix.seq.get(obj.id, 0))

    def _sort_cell(self, cell: Cell) -> None:
        for table in (self._ix.cells, self._ix.metric_cells):
            if cell in table:
                table[cell].sort(key=self._cell_key)

    def _ordered(self, collection: str) -> list[Any]:
        cached = self._ordered_cache.get(collection)
        if cached is None:
            cached = sorted(getattr(self._map, collection), key=self._cell_key)
            self._ordered_cache[collection] = cached
        return list(cached)


def _cells_of(obj: Any) -> frozenset[Cell]:
    if isinstance(obj, Card | MetricValue):
        return frozenset({(obj.stage, obj.lane)})
    return frozenset()


def _validated_values(obj: BaseModel, changes: dict[str, Any]) -> dict[str, Any]:
    """Validate ``changes`` against the object's model; return the coerced values."""
    cls = type(obj)
    unknown = set(changes) - set(cls.model_fields)
    if unknown:
        raise EditError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    data = {name: getattr(obj, name) for name in cls.model_fields}
    data.update(changes)
    if isinstance(obj, JourneyMap):
        # Only the map's own fields: cross-rules are checked by the edit that changes them.
        data.update({name: [] for name in COLLECTIONS})
    try:
        checked = cls.model_validate(data)
    except ValidationError as e:
        from mapstudio.core.validation import describe_validation_error

        raise EditError(describe_validation_error(e)) from None
    return {k: getattr(checked, k) for k in changes}
