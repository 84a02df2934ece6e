"""Temporary map generator, used by the harness only until ``benchmarks.generate`` lands.

Same command line: ``python -m benchmarks._tempgen --cards N -o FILE --stages S --personas P``.
Deterministic (fixed seed): the same arguments always write the same map.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from mapstudio.io import write_map
from mapstudio.model import (
    Card,
    Channel,
    EmotionPoint,
    JourneyMap,
    Lane,
    LaneKind,
    MetricValue,
    Persona,
    Stage,
)

WORDS = [
    "customer",
    "compares",
    "prices",
    "online",
    "reads",
    "reviews",
    "visits",
    "the",
    "store",
    "asks",
    "a",
    "seller",
    "about",
    "battery",
    "life",
    "warranty",
    "delivery",
    "options",
    "promotion",
    "email",
    "reminder",
    "cart",
    "abandoned",
    "checkout",
    "support",
    "call",
    "waiting",
    "time",
    "satisfaction",
    "survey",
    "loyalty",
    "programme",
    "social",
    "post",
    "friend",
    "recommends",
    "camera",
    "storage",
    "terms",
    "of",
    "sale",
    "click-and-collect",
    "order",
    "ready",
    "pickup",
    "thank",
    "you",
]

CARD_LANES = [
    LaneKind.ACTIONS,
    LaneKind.TOUCHPOINTS,
    LaneKind.THOUGHTS,
    LaneKind.FRICTIONS,
    LaneKind.OPPORTUNITIES,
    LaneKind.BACKSTAGE,
    LaneKind.NOTES,
]


def generate(cards: int, stages: int = 8, personas: int = 2, seed: int = 7) -> JourneyMap:
    rng = random.Random(seed)
    stage_objs = [Stage(id=f"s{i}", name=f"Stage {i + 1}", order=i) for i in range(stages)]
    kinds = [*CARD_LANES[:3], LaneKind.EMOTIONS, *CARD_LANES[3:], LaneKind.METRICS]
    lanes = [Lane(id=f"l{i}", kind=k, title=k.value.title(), order=i) for i, k in enumerate(kinds)]
    card_lanes = [x for x in lanes if x.kind not in (LaneKind.EMOTIONS, LaneKind.METRICS)]
    people = [Persona(id=f"p{i}", name=f"Persona {i + 1}") for i in range(personas)]
    counters: dict[tuple[str, str], int] = {}
    card_objs = []
    for n in range(cards):
        stage = stage_objs[n % stages]
        lane = card_lanes[(n // stages) % len(card_lanes)]
        order = counters.get((stage.id, lane.id), 0)
        counters[(stage.id, lane.id)] = order + 1
        extra: dict = {}
        if lane.kind is LaneKind.TOUCHPOINTS:
            extra["channel"] = rng.choice(list(Channel))
        elif lane.kind is LaneKind.FRICTIONS:
            extra["severity"] = rng.randint(1, 3)
        elif lane.kind is LaneKind.OPPORTUNITIES:
            extra.update(
                impact=rng.randint(1, 3), effort=rng.randint(1, 3), votes=rng.randint(0, 9)
            )
        text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 28))).capitalize()
        card_objs.append(
            Card(id=f"c{n}", stage=stage.id, lane=lane.id, order=order, text=text, **extra)
        )
    points = [
        EmotionPoint(
            id=f"e{p.id}{s.id}", stage=s.id, persona=p.id, score=rng.randint(-2, 2), label="ok"
        )
        for p in people
        for s in stage_objs
    ]
    metrics_lane = lanes[-1].id
    metrics = [
        MetricValue(id=f"m{s.id}", stage=s.id, lane=metrics_lane, name="Conversion", value=3.5)
        for s in stage_objs
    ]
    return JourneyMap(
        id="bench-map",
        title=f"Benchmark map ({cards} cards)",
        personas=people,
        stages=stage_objs,
        lanes=lanes,
        cards=card_objs,
        emotion_points=points,
        metric_values=metrics,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, required=True)
    parser.add_argument("-o", "--output", required=True)
    parser.add_argument("--stages", type=int, default=8)
    parser.add_argument("--personas", type=int, default=2)
    args = parser.parse_args(argv)
    write_map(Path(args.output), generate(args.cards, args.stages, args.personas))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
