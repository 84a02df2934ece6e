"""Hypothesis strategies for valid journey maps (every reference resolves, every rule holds)."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import strategies as st

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
