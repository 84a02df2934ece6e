"""The one display-order rule of a map: stages, lanes, and the cards and metric values of a
cell are shown by their ``order`` field, ties broken by which came first.

"Which came first" is the position in the map's list for a bare map; an editing document,
which inserts and removes objects, passes each object's sequence number instead. Gaps and
ties in ``order`` are fine: moving one thing rewrites a few numbers only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache
from operator import attrgetter
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel


class Ordered(Protocol):
    order: int


T = TypeVar("T", bound=Ordered)

#: The field the rule reads; every model that has it is shown in this order.
ORDER_FIELD = "order"

#: The fields that say where an object sits (which object, which cell, its rank there), as
#: opposed to what it shows: a view redraws an object when any other field changes.
PLACEMENT_FIELDS = frozenset({"id", "stage", "lane", ORDER_FIELD})

order_of: Callable[[Any], int] = attrgetter(ORDER_FIELD)
cell_of: Callable[[Any], tuple[str, str]] = attrgetter("stage", "lane")


def in_display_order(items: Iterable[T]) -> list[T]:
    """``items`` by ``order``, equal orders kept in their given order (the sort is stable)."""
    return sorted(items, key=order_of)


def display_key(item: Ordered, sequence: int) -> tuple[int, int]:
    """Where ``item`` sits among its siblings when ``sequence`` says which came first: for a
    collection whose list order is not the order of arrival (an editing document's index)."""
    return (item.order, sequence)


def cells_in_display_order(items: Iterable[T]) -> dict[tuple[str, str], list[T]]:
    """Cards or metric values grouped by cell, ``(stage, lane)``, each cell in display order."""
    cells: dict[tuple[str, str], list[T]] = {}
    for item in items:
        cells.setdefault(cell_of(item), []).append(item)
    for group in cells.values():
        group.sort(key=order_of)
    return cells


@cache
def content_getter(cls: type[BaseModel]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving the values of every field of ``cls`` but its placement fields, as one
    tuple: what an object shows. Equal tuples mean nothing to redraw (edits replace a field's
    value, lists included, so a tuple taken earlier keeps the old values)."""
    getter = attrgetter(*(name for name in cls.model_fields if name not in PLACEMENT_FIELDS))
    if len(cls.model_fields.keys() - PLACEMENT_FIELDS) == 1:
        return lambda obj: (getter(obj),)  # attrgetter of one name gives the bare value
    return getter
