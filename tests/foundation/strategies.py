"""Hypothesis strategies for valid journey maps (every reference resolves, every rule holds)."""

from __future__ import annotations

import math
import types
from datetime import UTC, datetime
from enum import Enum
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import annotated_types as at
from hypothesis import strategies as st
from pydantic import BaseModel, StringConstraints
from pydantic.fields import FieldInfo

from mapstudio.core.model import (
    Card,
    Channel,
    Curve,
    EmotionPoint,
    EmotionScale,
    Evidence,
    JourneyMap,
    Lane,
    LaneKind,
    MetricValue,
    Persona,
    Stage,
)

texts = st.text(max_size=60)
short = st.text(max_size=30)
colours = st.from_regex(r"#[0-9A-Fa-f]{6}", fullmatch=True)
dates = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1), timezones=st.just(UTC)
)
orders = st.integers(-5, 50)


@st.composite
def journey_maps(draw: st.DrawFn) -> JourneyMap:
    n_stages = draw(st.integers(1, 5))
    stages = [
        Stage(id=f"s{i}", name=draw(short), description=draw(texts), order=draw(orders))
        for i in range(n_stages)
    ]
    kinds = draw(st.lists(st.sampled_from(list(LaneKind)), min_size=1, max_size=6))
    lanes = [
        Lane(
            id=f"l{i}", kind=k, title=draw(short), order=draw(orders), collapsed=draw(st.booleans())
        )
        for i, k in enumerate(kinds)
    ]
    personas = [
        Persona(
            id=f"p{i}",
            name=draw(short),
            description=draw(texts),
            goals=draw(st.lists(short, max_size=2)),
            quote=draw(texts),
            colour=draw(colours),
        )  # fmt: skip
        for i in range(draw(st.integers(0, 2)))
    ]
    card_lanes = [x for x in lanes if x.kind is not LaneKind.EMOTIONS]
    cards = []
    for i in range(draw(st.integers(0, 12)) if card_lanes else 0):
        cards.append(
            Card(
                id=f"c{i}",
                stage=draw(st.sampled_from(stages)).id,
                lane=draw(st.sampled_from(card_lanes)).id,
                order=draw(orders),
                text=draw(st.one_of(texts, st.text(min_size=200, max_size=600))),
                colour=draw(st.none() | colours),
                tags=draw(st.lists(short, max_size=2)),
                evidence=draw(st.none() | st.sampled_from(list(Evidence))),
                source=draw(short),
                channel=draw(st.none() | st.sampled_from(list(Channel))),
                online=draw(st.none() | st.booleans()),
                severity=draw(st.none() | st.integers(1, 3)),
                impact=draw(st.none() | st.integers(1, 3)),
                effort=draw(st.none() | st.integers(1, 3)),
                owner=draw(short),
                votes=draw(st.integers(0, 1_000_000)),
            )
        )
    scale = draw(st.sampled_from(list(EmotionScale)))
    low, high = scale.bounds
    points = []
    for p in personas:
        for curve in Curve:
            for sid in draw(st.lists(st.sampled_from([s.id for s in stages]), unique=True)):
                points.append(
                    EmotionPoint(
                        id=f"e{len(points)}",
                        stage=sid,
                        persona=p.id,
                        curve=curve,
                        score=draw(st.integers(low, high)),
                        label=draw(short),
                    )  # fmt: skip
                )
    metric_lanes = [x for x in lanes if x.kind is LaneKind.METRICS]
    values = st.floats(-1e15, 1e15, allow_nan=False, allow_infinity=False)
    metrics = [
        MetricValue(
            id=f"m{i}",
            stage=draw(st.sampled_from(stages)).id,
            lane=draw(st.sampled_from(metric_lanes)).id,
            order=draw(orders),
            name=draw(short),
            value=draw(values | st.integers(-1000, 10**6).map(float)),
            unit=draw(short),
        )  # fmt: skip
        for i in range(draw(st.integers(0, 4)) if metric_lanes else 0)
    ]
    return JourneyMap(
        id="map-1",
        title=draw(short),
        description=draw(texts),
        author=draw(short),
        language=draw(st.sampled_from(["en", "fr", "de-CH", "pt-BR"])),
        created=draw(dates),
        modified=draw(dates),
        tags=draw(st.lists(short, max_size=3)),
        emotion_scale=scale,
        personas=personas,
        stages=stages,
        lanes=lanes,
        cards=cards,
        emotion_points=points,
        metric_values=metrics,
    )


# --- values near and across each constraint of a field, read from the model itself ------------


class _Limits:
    """The constraints in a field's metadata (the same ones pydantic reads)."""

    def __init__(self, metadata: list[Any]) -> None:
        self.low: float | None = None
        self.high: float | None = None
        self.min_length = 0
        self.max_length: int | None = None
        self.pattern: str | None = None
        for item in metadata:
            self.take(item)

    def take(self, item: Any) -> None:
        if isinstance(item, FieldInfo):
            for inner in item.metadata:
                self.take(inner)
        elif isinstance(item, StringConstraints):
            self.min_length = item.min_length or 0
            self.max_length = item.max_length
            self.pattern = item.pattern
        elif isinstance(item, at.Ge | at.Gt):
            self.low = getattr(item, "ge", getattr(item, "gt", None))
        elif isinstance(item, at.Le | at.Lt):
            self.high = getattr(item, "le", getattr(item, "lt", None))
        elif isinstance(item, at.MinLen):
            self.min_length = item.min_length
        elif isinstance(item, at.MaxLen):
            self.max_length = item.max_length


def _unwrap(annotation: Any, metadata: list[Any]) -> tuple[Any, list[Any]]:
    while get_origin(annotation) is Annotated:
        annotation, *more = get_args(annotation)
        metadata = [*more, *metadata]
    return annotation, metadata


def _texts_around(limits: _Limits) -> list[Any]:
    values: list[Any] = ["", "x", "é", " x", "x\n", "\ud800", "caf\udce9", "٣", "🎉"]
    for n in {limits.min_length, limits.max_length}:
        if n is not None:
            values += ["x" * n, "é" * n, "x" * max(n - 1, 0), "x" * (n + 1), "é" * (n + 1)]
    if limits.pattern is not None:
        body = limits.pattern.strip("^$")
        values += [body, limits.pattern]
    return values


def _numbers_around(limits: _Limits, is_float: bool) -> list[Any]:
    values: list[Any] = [0, 1, -1, 10**20, -(10**20), 2**53 + 1, 0.5, -0.0]
    for bound in (limits.low, limits.high):
        if bound is not None:
            b = int(bound)
            values += [b - 1, b, b + 1, float(b)]
            if is_float:
                values += [math.nextafter(float(bound), math.inf),
                           math.nextafter(float(bound), -math.inf)]  # fmt: skip
    if is_float:
        values += [math.nan, math.inf, -math.inf, 10**400]
    return values


def edge_values(annotation: Any, metadata: list[Any]) -> list[Any]:
    """Values on both sides of every constraint of a field (its type and ``metadata``), and
    values pydantic's lax mode would coerce (True for 1, "1", 1.0): what must be refused."""
    annotation, metadata = _unwrap(annotation, metadata)
    limits = _Limits(metadata)
    origin = get_origin(annotation)
    common: list[Any] = [None, True, "1", [], {}]
    if origin in (Union, types.UnionType):
        (inner,) = [a for a in get_args(annotation) if a is not type(None)]
        return [None, *edge_values(inner, metadata)]
    if origin is list:
        (item,) = get_args(annotation)
        items = edge_values(item, [])
        values = [[], "x", ("x",), [items[0], items[-1]], *([v] for v in items)]
        if limits.max_length is not None:
            values.append([items[0]] * (limits.max_length + 1))
        return values + common
    if origin is Literal:
        return [*get_args(annotation), *(str(v) for v in get_args(annotation)), 3, 2.0] + common
    if annotation is str:
        return _texts_around(limits) + common
    if annotation is int:
        return _numbers_around(limits, is_float=False) + [1.0, False] + common
    if annotation is float:
        return _numbers_around(limits, is_float=True) + common
    if annotation is bool:
        return [True, False, 0, 1, "true"] + common
    if annotation is datetime:
        return [
            "2026-03-02T09:00:00Z", "2026-03-02T09:00:00", "2026-03-02T09:00:00.123+02:00",
            "2026-03-02", "2026-03-02 09:00:00Z", "2026-02-30T09:00:00Z", "2026-03-02T24:00:00Z",
            "2026-03-02T09:00:00Z\n", 1700000000, "1700000000",
        ] + common  # fmt: skip
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        members = [m.value for m in annotation]
        return members + [members[0].upper(), members[0] + " ", "x"] + common
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [{"id": "x"}, "x"] + common
    raise AssertionError(f"no edge values for {annotation!r}: teach edge_values this type")


def field_values(field: FieldInfo) -> st.SearchStrategy[Any]:
    """Any value of a field's JSON type, its edge values, and values that match its pattern."""
    annotation, metadata = _unwrap(field.annotation, list(field.metadata))
    edges = st.sampled_from(edge_values(annotation, metadata))
    limits = _Limits(metadata)
    if get_origin(annotation) in (Union, types.UnionType):
        (annotation,) = [a for a in get_args(annotation) if a is not type(None)]
        annotation, metadata = _unwrap(annotation, metadata)
        limits = _Limits(metadata)
    if annotation is str and limits.pattern is not None:
        matching = st.from_regex(limits.pattern.strip("^$"), fullmatch=True)
        return edges | matching | matching.map(lambda s: s + "\n") | st.text()
    if annotation is str:
        return edges | st.text(max_size=(limits.max_length or 50) + 2)
    if annotation in (int, float):
        return edges | st.integers() | st.floats()
    return edges
