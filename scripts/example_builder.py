"""Builds the bundled example maps from bilingual specs (see make_examples.py).

A spec describes one journey once; every user-visible text is a ``T(en, fr)`` pair, so the
English and French maps share ids, structure and values and differ only in words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from example_pictures import portrait, scene

from mapstudio.core.blueprint import blueprint_rank
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


@dataclass(frozen=True)
class T:
    """One text in both languages."""

    en: str
    fr: str

    def pick(self, lang: str) -> str:
        return getattr(self, lang)


def tr(value: Any, lang: str) -> Any:
    if isinstance(value, T):
        return value.pick(lang)
    if isinstance(value, list):
        return [tr(v, lang) for v in value]
    return value


@dataclass
class C:
    """A card: lane id, stage id, text and any kind-specific fields."""

    lane: str
    stage: str
    text: T
    channel: Channel | None = None
    online: bool | None = None
    severity: int | None = None
    impact: int | None = None
    effort: int | None = None
    owner: T | str = ""
    votes: int = 0
    evidence: Evidence | None = None
    source: T | str = ""
    tags: list[T | str] = field(default_factory=list)
    positive: bool = False  # a bright spot


@dataclass
class M:
    """A metric value: lane id, stage id, name, value, unit, target, trend."""

    lane: str
    stage: str
    name: T
    value: float
    unit: T | str = ""
    target: float | None = None
    trend: str | None = None


@dataclass
class E:
    """One emotion curve: persona id, curve, then (score, label) per stage in stage order."""

    persona: str
    curve: Curve
    points: list[tuple[float, T]]  # whole or half points


@dataclass
class Journey:
    slug: str
    title: T
    description: T
    created: str
    modified: str
    personas: list[dict[str, Any]]
    stages: list[tuple[str, T, T]]
    lanes: list[tuple[str, LaneKind, T]]
    cards: list[C] = field(default_factory=list)
    emotions: list[E] = field(default_factory=list)
    metrics: list[M] = field(default_factory=list)
    tags: list[T] = field(default_factory=list)
    author: T | str = T("MapStudio examples", "Exemples MapStudio")
    scale: EmotionScale = EmotionScale.MINUS2_PLUS2
    blueprint: bool = False  # lanes in the service blueprint's order, its lines drawn
    lane_personas: dict[str, str] = field(default_factory=dict)  # lane id -> persona id


def build(j: Journey, lang: str) -> JourneyMap:
    """The map of ``j`` in ``lang`` ("en" or "fr"), validated by the model."""
    stage_ids = [sid for sid, _, _ in j.stages]
    cards: list[Card] = []
    per_cell: dict[tuple[str, str], int] = {}
    for c in j.cards:
        n = per_cell.get((c.stage, c.lane), 0)
        per_cell[(c.stage, c.lane)] = n + 1
        cards.append(
            Card(
                id=f"{c.lane}-{c.stage}-{n + 1}",
                stage=c.stage,
                lane=c.lane,
                order=n,
                text=tr(c.text, lang),
                tags=tr(c.tags, lang),
                evidence=c.evidence,
                source=tr(c.source, lang),
                channel=c.channel,
                online=c.online,
                severity=c.severity,
                impact=c.impact,
                effort=c.effort,
                owner=tr(c.owner, lang),
                votes=c.votes,
                positive=c.positive,
            )
        )
    lanes = {lid for lid, _, _ in j.lanes}
    if j.cards and "storyboard" in lanes:  # a sketch per stage (the blank map has no cards)
        cards += storyboard(j, lang)
    points = [
        EmotionPoint(
            id=f"emo-{e.persona}-{e.curve.value.replace('_', '')}-{sid}",
            stage=sid,
            persona=e.persona,
            curve=e.curve,
            score=score,
            label=tr(label, lang),
        )
        for e in j.emotions
        for sid, (score, label) in zip(stage_ids, e.points, strict=True)
    ]
    metrics: list[MetricValue] = []
    per_cell = {}
    for m in j.metrics:
        n = per_cell.get((m.stage, m.lane), 0)
        per_cell[(m.stage, m.lane)] = n + 1
        metrics.append(
            MetricValue(
                id=f"{m.lane}-{m.stage}-{n + 1}",
                stage=m.stage,
                lane=m.lane,
                order=n,
                name=tr(m.name, lang),
                value=m.value,
                unit=tr(m.unit, lang),
                target=m.target,
                trend=m.trend,
            )
        )
    return JourneyMap(
        id=f"example-{j.slug}-{lang}",
        title=tr(j.title, lang),
        description=tr(j.description, lang),
        author=tr(j.author, lang),
        language=lang,
        created=datetime.fromisoformat(j.created),
        modified=datetime.fromisoformat(j.modified),
        tags=tr(j.tags, lang),
        emotion_scale=j.scale,
        blueprint=j.blueprint,
        personas=[_persona(p, lang, i == 0 and bool(j.cards)) for i, p in enumerate(j.personas)],
        stages=[
            Stage(id=sid, name=tr(name, lang), description=tr(desc, lang), order=i)
            for i, (sid, name, desc) in enumerate(j.stages)
        ],
        lanes=[
            Lane(
                id=lid, kind=kind, title=tr(title, lang), order=i, persona=j.lane_personas.get(lid)
            )
            for i, (lid, kind, title) in enumerate(_ordered_lanes(j))
        ],
        cards=cards,
        emotion_points=points,
        metric_values=metrics,
    )


def _ordered_lanes(j: Journey) -> list[tuple[str, LaneKind, T]]:
    """The journey's lanes, in the service blueprint's order when it is one."""
    if not j.blueprint:
        return j.lanes
    return sorted(j.lanes, key=lambda lane: blueprint_rank(lane[1]))


def storyboard(j: Journey, lang: str) -> list[Card]:
    """One sketch per stage in the storyboard lane, its caption the stage's name."""
    return [
        Card(
            id=f"storyboard-{sid}-1",
            stage=sid,
            lane="storyboard",
            text=tr(name, lang),
            image=scene(i, tr(desc, lang)[:200] or tr(name, lang)),
        )
        for i, (sid, name, desc) in enumerate(j.stages)
    ]


def _persona(spec: dict[str, Any], lang: str, photo: bool) -> Persona:
    persona = Persona(**{k: tr(v, lang) for k, v in spec.items()})
    if photo:  # the main persona has a face
        persona.photo = portrait("#bfdbfe", persona.name)
    return persona


#: One lane of each kind, in the usual reading order (ids are the kinds' names).
STANDARD_LANES: list[tuple[str, LaneKind, T]] = [
    ("storyboard", LaneKind.STORYBOARD, T("Storyboard", "Storyboard")),
    ("actions", LaneKind.ACTIONS, T("Customer actions", "Actions du client")),
    ("touchpoints", LaneKind.TOUCHPOINTS, T("Touchpoints", "Points de contact")),
    ("thoughts", LaneKind.THOUGHTS, T("Thoughts and needs", "Pensées et besoins")),
    ("emotions", LaneKind.EMOTIONS, T("Emotions", "Émotions")),
    ("frictions", LaneKind.FRICTIONS, T("Pain points", "Points de friction")),
    ("opportunities", LaneKind.OPPORTUNITIES, T("Opportunities", "Opportunités")),
    ("backstage", LaneKind.BACKSTAGE, T("Backstage", "Coulisses")),
    ("support", LaneKind.SUPPORT, T("Support processes", "Processus de support")),
    ("metrics", LaneKind.METRICS, T("Metrics", "Indicateurs")),
    ("notes", LaneKind.NOTES, T("Notes", "Notes")),
]
