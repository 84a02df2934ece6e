"""MapDocument: owns one map and its undo stack; the only code that mutates a map.

Every change is made of four primitive operations (insert, remove, update, set orders). Applying
a primitive returns its exact inverse, so undo is correct by construction. After each primitive
the document emits ``changed`` with a :class:`Change` naming what moved, so views update only
the items concerned. Commands (``commands.py``) group primitives into one undo step.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from mapstudio.core.model import (
    Card,
    EmotionPoint,
    JourneyMap,
    Lane,
    MetricValue,
    Persona,
    Stage,
    new_id,
)

COLLECTIONS: dict[str, type[BaseModel]] = {
    "personas": Persona,
    "stages": Stage,
    "lanes": Lane,
    "cards": Card,
    "emotion_points": EmotionPoint,
    "metric_values": MetricValue,
}
MAP = "map"  # the collection name for the map's own fields

Cell = tuple[str, str]  # (stage id, lane id)


# --- primitive operations ------------------------------------------------------------------


@dataclass(frozen=True)
class Insert:
    collection: str
    obj: Any  # a model instance; the document keeps this very object
    position: int | None = None  # place in the JSON list; None appends


@dataclass(frozen=True)
class Remove:
    collection: str
    id: str


@dataclass(frozen=True)
class Update:
    collection: str  # one of COLLECTIONS or MAP
    id: str
    changes: dict[str, Any]


@dataclass(frozen=True)
class SetOrders:
    collection: str
    orders: dict[str, int]


Op = Insert | Remove | Update | SetOrders


@dataclass(frozen=True)
class Change:
    """What one primitive did, for views. ``cells`` lists the grid cells whose content moved."""

    collection: str
    action: str  # "added" | "removed" | "updated" | "reordered"
    ids: tuple[str, ...]
    fields: frozenset[str] = frozenset()
    cells: frozenset[Cell] = frozenset()


class EditError(ValueError):
    """An edit that would break the map's rules; the message is for the user."""


@dataclass
class _Index:
    by_id: dict[str, Any] = field(default_factory=dict)
    collection_of: dict[str, str] = field(default_factory=dict)
    cells: dict[Cell, list[Card]] = field(default_factory=dict)
    metric_cells: dict[Cell, list[MetricValue]] = field(default_factory=dict)
    seq: dict[str, int] = field(default_factory=dict)


class MapDocument(QObject):
    changed = Signal(object)  # Change
    path_changed = Signal()

    def __init__(self, journey_map: JourneyMap, path: str | Path | None = None) -> None:
        super().__init__()
        self._map = journey_map
        self._path = Path(path) if path else None
        self.undo_stack = QUndoStack(self)
        self.read_only = False  # set for files from a newer version or locked by another process
        self._counter = itertools.count()
        self._ix = _Index()
        self._ordered_cache: dict[str, list[Any]] = {}
        self._rebuild_index()

    # --- identity -------------------------------------------------------------------------
    @property
    def map(self) -> JourneyMap:
        return self._map

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: str | Path | None) -> None:
        self._path = Path(path) if path else None
        self.path_changed.emit()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # --- queries --------------------------------------------------------------------------
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

    # --- applying primitives ---------------------------------------------------------------
    def apply(self, op: Op) -> Op:
        """Apply one primitive and return its inverse. Used by commands only."""
        if isinstance(op, Insert):
            return self._insert(op)
        if isinstance(op, Remove):
            return self._remove(op)
        if isinstance(op, Update):
            return self._update(op)
        return self._set_orders(op)

    def _insert(self, op: Insert) -> Op:
        items: list[Any] = getattr(self._map, op.collection)
        if op.obj.id in self._ix.by_id:
            raise EditError(f'the id "{op.obj.id}" is already used')
        pos = len(items) if op.position is None else op.position
        items.insert(pos, op.obj)
        self._index_add(op.collection, op.obj)
        self._ordered_cache.pop(op.collection, None)
        self.changed.emit(
            Change(op.collection, "added", (op.obj.id,), cells=self._cells_of(op.obj))
        )
        return Remove(op.collection, op.obj.id)

    def _remove(self, op: Remove) -> Op:
        items: list[Any] = getattr(self._map, op.collection)
        obj = self._ix.by_id[op.id]
        pos = next(i for i, x in enumerate(items) if x is obj)
        del items[pos]
        self._index_drop(op.collection, obj)
        self._ordered_cache.pop(op.collection, None)
        self.changed.emit(Change(op.collection, "removed", (op.id,), cells=self._cells_of(obj)))
        return Insert(op.collection, obj, pos)

    def _update(self, op: Update) -> Op:
        obj = self._map if op.collection == MAP else self._ix.by_id[op.id]
        old = {k: getattr(obj, k) for k in op.changes}
        validated = _validated_values(obj, op.changes)
        cells_before = self._cells_of(obj)
        if op.collection in ("cards", "metric_values") and (
            {"stage", "lane", "order"} & op.changes.keys()
        ):
            self._index_drop(op.collection, obj)
            for k, v in validated.items():
                setattr(obj, k, v)
            self._index_add(op.collection, obj)
        else:
            for k, v in validated.items():
                setattr(obj, k, v)
        if "order" in op.changes:
            self._ordered_cache.pop(op.collection, None)
        self.changed.emit(
            Change(
                op.collection,
                "updated",
                (op.id,),
                frozenset(op.changes),
                cells_before | self._cells_of(obj),
            )
        )
        return Update(op.collection, op.id, old)

    def _set_orders(self, op: SetOrders) -> Op:
        if not op.orders:
            return op  # nothing to renumber: no change to announce
        old: dict[str, int] = {}
        cells: set[Cell] = set()
        in_cells = op.collection in ("cards", "metric_values")
        for obj_id, order in op.orders.items():
            obj = self._ix.by_id[obj_id]
            old[obj_id] = obj.order
            obj.order = order
            if in_cells:
                cells.add((obj.stage, obj.lane))
        for cell in cells:
            self._sort_cell(cell)
        self._ordered_cache.pop(op.collection, None)
        self.changed.emit(
            Change(
                op.collection, "reordered", tuple(op.orders), frozenset({"order"}), frozenset(cells)
            )
        )
        return SetOrders(op.collection, old)

    # --- index maintenance -----------------------------------------------------------------
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
        """Where a card or metric sits in its cell: by order, then by first appearance."""
        return (obj.order, self._ix.seq.get(obj.id, 0))

    def _sort_cell(self, cell: Cell) -> None:
        for table in (self._ix.cells, self._ix.metric_cells):
            if cell in table:
                table[cell].sort(key=self._cell_key)

    @staticmethod
    def _cells_of(obj: Any) -> frozenset[Cell]:
        if isinstance(obj, Card | MetricValue):
            return frozenset({(obj.stage, obj.lane)})
        return frozenset()

    def _ordered(self, collection: str) -> list[Any]:
        cached = self._ordered_cache.get(collection)
        if cached is None:
            seq = self._ix.seq
            items = getattr(self._map, collection)
            cached = sorted(items, key=lambda x: (x.order, seq.get(x.id, 0)))
            self._ordered_cache[collection] = cached
        return list(cached)


def _validated_values(obj: BaseModel, changes: dict[str, Any]) -> dict[str, Any]:
    """Validate ``changes`` against the object's model; return the coerced values."""
    cls = type(obj)
    unknown = set(changes) - set(cls.model_fields)
    if unknown:
        raise EditError(f"{cls.__name__} has no field {sorted(unknown)[0]!r}")
    data = {name: getattr(obj, name) for name in cls.model_fields}
    data.update(changes)
    if isinstance(obj, JourneyMap):
        # Only the map's own fields: cross-rules are checked by the command that changes them.
        data.update(personas=[], stages=[], lanes=[], cards=[], emotion_points=[], metric_values=[])
    try:
        checked = cls.model_validate(data)
    except ValidationError as e:
        from mapstudio.files.mapfile import describe_validation_error

        raise EditError(describe_validation_error(e)) from None
    return {k: getattr(checked, k) for k in changes}
