"""``@record`` behaves as ``@dataclass(frozen=True)`` for what MapStudio's value classes use."""

from __future__ import annotations

import pickle
from dataclasses import FrozenInstanceError, dataclass, field
from typing import ClassVar

import pytest

from mapstudio.records import fields, is_record, record, replace


@record
class Point:
    """A point with a label."""

    x: float
    y: float = 0.0
    label: str = ""
    UNIT: ClassVar[str] = "pt"

    @property
    def norm(self) -> float:
        return (self.x**2 + self.y**2) ** 0.5


@dataclass(frozen=True)
class PointDataclass:
    x: float
    y: float = 0.0
    label: str = ""


def test_a_record_compares_hashes_and_prints_as_a_frozen_dataclass() -> None:
    a, b = Point(3.0, 4.0, "a"), Point(x=3.0, y=4.0, label="a")
    assert a == b and hash(a) == hash(b) and a is not b
    assert a != Point(3.0, 4.0, "b") and a != Point(3.0)
    assert a != PointDataclass(3.0, 4.0, "a")  # another class is never equal
    assert repr(a) == "Point(x=3.0, y=4.0, label='a')"
    assert repr(PointDataclass(3.0, 4.0, "a")) == "PointDataclass(x=3.0, y=4.0, label='a')"
    assert {a: 1}[b] == 1
    assert a.norm == 5.0 and Point.UNIT == "pt" and fields(Point) == ("x", "y", "label")
    assert is_record(a) and is_record(Point) and not is_record(PointDataclass(1.0))
    assert Point.__doc__ == "A point with a label."


def test_a_record_refuses_changes_and_replace_makes_a_changed_copy() -> None:
    a = Point(1.0, 2.0)
    with pytest.raises(FrozenInstanceError):
        a.x = 5.0  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del a.y
    moved = replace(a, y=7.0)
    assert moved == Point(1.0, 7.0) and a == Point(1.0, 2.0)
    with pytest.raises(TypeError, match="no field z"):
        replace(a, z=1)
    with pytest.raises(TypeError):
        Point()  # type: ignore[call-arg]  # x has no default
    assert pickle.loads(pickle.dumps(a)) == a
    assert replace(PointDataclass(1.0), label="b") == PointDataclass(1.0, 0.0, "b")  # handed on


def test_defaults_factories_post_init_and_own_init() -> None:
    @record
    class Bag:
        name: str
        items: list[str] = field(default_factory=list)

    first, second = Bag("a"), Bag("b")
    first.items.append("x")
    assert second.items == [] and Bag("c", ["y"]).items == ["y"]
    assert repr(first).endswith(".Bag(name='a', items=['x'])")  # the qualified name, as dataclasses

    seen = []

    @record
    class Checked:
        value: int

        def __post_init__(self) -> None:
            seen.append(self.value)

    Checked(4)
    assert seen == [4]

    @record(init=False)
    class Pair:
        left: int
        right: int

        def __init__(self, both: int) -> None:
            object.__setattr__(self, "left", both)
            object.__setattr__(self, "right", both)

    assert Pair(2) == Pair(2) and repr(Pair(2)).endswith("Pair(left=2, right=2)")


def test_what_records_do_not_support_is_refused_when_the_class_is_made() -> None:
    with pytest.raises(TypeError, match="follows one with"):

        @record
        class Unordered:
            a: int = 0
            b: int

    with pytest.raises(TypeError, match="default_factory"):

        @record
        class Hidden:
            a: int = field(default=0, repr=False)

    with pytest.raises(TypeError, match="do not inherit"):

        @record
        class Child(Point):
            z: float = 0.0
