"""Many small objects kept as columns of their values: a big file's 590,000 dots, checked and
kept for the map's rules a window at a time with no Python step per dot (an object each cost
about 1 us, half the time the refusal of such a file may take)."""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Iterator, Sequence
from itertools import repeat
from operator import attrgetter
from typing import Any, overload


class Rows(Sequence[Any]):
    """Objects with the attributes ``names``, held as one list of values per name; an object
    (a named tuple) is made only when one is asked for."""

    def __init__(self, kind: str, names: tuple[str, ...], row: type | None = None) -> None:
        self.names = names
        # ``row``: the class of another ``Rows`` of the same names (making one costs 50 us)
        self.row = row or namedtuple(kind, names)  # type: ignore[misc]  # noqa: PYI024
        self.columns: tuple[list[Any], ...] = tuple([] for _ in names)

    def column(self, name: str) -> list[Any]:
        return self.columns[self.names.index(name)]

    def add_columns(self, columns: Sequence[list[Any]]) -> None:
        """Add the objects whose values are ``columns`` (one list per name, of equal length)."""
        for mine, more in zip(self.columns, columns, strict=True):
            mine += more

    def append(self, obj: Any) -> None:
        for mine, name in zip(self.columns, self.names, strict=True):
            mine.append(getattr(obj, name))

    def __len__(self) -> int:
        return len(self.columns[0])

    @overload
    def __getitem__(self, i: int) -> Any: ...
    @overload
    def __getitem__(self, i: slice) -> list[Any]: ...
    def __getitem__(self, i: int | slice) -> Any:
        if isinstance(i, slice):
            return list(self)[i]
        return self.row(*(column[i] for column in self.columns))

    def __iter__(self) -> Iterator[Any]:
        return map(tuple.__new__, repeat(self.row), zip(*self.columns, strict=True))


def column_of(objects: Sequence[Any], name: str) -> list[Any]:
    """The values of attribute ``name`` of ``objects``, in order."""
    if type(objects) is Rows:
        return objects.column(name)
    return list(map(attrgetter(name), objects))
