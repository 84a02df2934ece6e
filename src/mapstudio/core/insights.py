"""Insights: where the journey hurts, what to fix first, and how much of the map is evidence.

Every measure is computed here, without Qt; the editor's panel, the poster page and
``mapstudio insights`` only show them. The measures (each explained in one line by
:func:`explanation`):

- counts: per stage, the items in each kind of lane (cards; metric figures in metrics lanes;
  emotion points in emotions lanes);
- friction heat: per stage, the frictions weighted by severity (minor 1, major 2, critical 3;
  a friction with no severity counts as minor);
- bright spots: per stage, the cards marked as positive moments (what works, to keep);
- emotion low points and biggest drops per persona, on the "as is" curve, and the gap between
  the "to be" and "as is" curves per stage;
- the opportunity priority matrix: impact by effort, with the votes, one point per card;
- evidence coverage: per stage, cards observed, assumed, proposed or not said, and the cards
  with no source;
- channel mix: per stage, touchpoints by channel, online and offline.

Nearly all of it is a sum over the cards of one stage, so :class:`InsightsTracker` keeps one
:class:`StageTally` per stage and, after an edit, recounts only the stages the edit touched (a
20,000-card map is recounted in about a frame; one stage in a few milliseconds).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, neg
from typing import Any, NamedTuple

from mapstudio.core.document import Document
from mapstudio.core.metrics import number_text
from mapstudio.core.model import (
    CHANNEL_IS_ONLINE,
    Card,
    Curve,
    JourneyMap,
    LaneKind,
    MetricValue,
    Stage,
    to_half_point,
)
from mapstudio.core.operations import Change
from mapstudio.records import record
from mapstudio.text.translate import QCoreApplication, in_series, labelled, number_language

# The measures, by key (the JSON output uses these keys).
COUNTS = "counts"
FRICTION_HEAT = "friction_heat"
BRIGHT_SPOTS = "bright_spots"
EMOTION_LOWS = "emotion_lows"
EMOTION_DROPS = "emotion_drops"
EMOTION_GAP = "emotion_gap"
PRIORITY = "priority"
EVIDENCE = "evidence"
UNSOURCED = "unsourced"
CHANNEL_MIX = "channel_mix"
MEASURES = (
    COUNTS,
    FRICTION_HEAT,
    BRIGHT_SPOTS,
    EMOTION_LOWS,
    EMOTION_DROPS,
    EMOTION_GAP,
    PRIORITY,
    EVIDENCE,
    UNSOURCED,
    CHANNEL_MIX,
)

UNSAID = "unsaid"  # evidence or channel not given on the card
MINOR = 1  # the weight of a friction whose severity is not given


def title(measure: str) -> str:
    """The short name of a measure, in the interface (or poster) language."""
    t = QCoreApplication.translate
    names = {
        COUNTS: t("Insights", "Content per stage"),
        FRICTION_HEAT: t("Insights", "Friction heat"),
        BRIGHT_SPOTS: t("Insights", "Bright spots"),
        EMOTION_LOWS: t("Insights", "Emotion low points"),
        EMOTION_DROPS: t("Insights", "Biggest drops"),
        EMOTION_GAP: t("Insights", "Gap to the target experience"),
        PRIORITY: t("Insights", "Opportunity priorities"),
        EVIDENCE: t("Insights", "Evidence coverage"),
        UNSOURCED: t("Insights", "Cards with no source"),
        CHANNEL_MIX: t("Insights", "Channel mix"),
    }
    return names[measure]


def explanation(measure: str) -> str:
    """What a measure counts, in one line of plain words."""
    t = QCoreApplication.translate
    lines = {
        COUNTS: t(
            "Insights",
            "How many items each stage holds in each kind of lane "
            "(cards, metric figures, emotion points).",
        ),
        FRICTION_HEAT: t(
            "Insights",
            "The frictions of a stage, each counted by its severity: minor 1, major 2, "
            "critical 3 (not rated counts as minor).",
        ),
        BRIGHT_SPOTS: t(
            "Insights",
            "The moments that matter: cards marked as bright spots, what works and must be kept.",
        ),
        EMOTION_LOWS: t(
            "Insights", "For each persona, the stages where the as-is emotion is lowest."
        ),
        EMOTION_DROPS: t(
            "Insights",
            "For each persona, where the as-is emotion falls most from one stage to the next: "
            "the moments of truth.",
        ),
        EMOTION_GAP: t(
            "Insights",
            "For each persona and stage, how far the to-be emotion is above (+) or below (−) "
            "the as-is one.",
        ),
        PRIORITY: t(
            "Insights",
            "Opportunities placed by impact and effort, larger with more votes; "
            "high impact and low effort come first.",
        ),
        EVIDENCE: t(
            "Insights",
            "How many cards of each stage are observed in data, assumed, proposed, or say nothing.",
        ),
        UNSOURCED: t("Insights", "Cards that do not say where they come from."),
        CHANNEL_MIX: t(
            "Insights",
            "The touchpoints of each stage by channel, and how many are online or offline.",
        ),
    }
    return lines[measure]


# --- results --------------------------------------------------------------------------------


class OpportunityPoint(NamedTuple):
    """One opportunity card, a point of the priority matrix (impact or effort None: not rated;
    ``text`` is the card's whole text: see :func:`headline`). A named tuple: a big map has
    thousands, and a tuple is made several times faster than a frozen dataclass."""

    card_id: str
    stage_id: str
    text: str
    impact: int | None
    effort: int | None
    votes: int

    @property
    def rated(self) -> bool:
        return self.impact is not None and self.effort is not None


# The place of an (impact, effort) pair in the priority list: impact minus effort highest
# first; not rated (None in either) last.
_RANK = {
    (impact, effort): (effort - impact if impact and effort else 99)
    for impact in (None, 1, 2, 3)
    for effort in (None, 1, 2, 3)
}


def ranked(points: Sequence[OpportunityPoint]) -> list[OpportunityPoint]:
    """The opportunities, first to do first: impact minus effort highest, then the most votes;
    those not rated last. (The sort keys are made by ``map`` and ``zip``, without a Python call
    per point: thousands of opportunities are ranked in about a millisecond.)"""
    ranks = map(_RANK.__getitem__, map(_impact_effort, points))
    keys = list(zip(ranks, map(neg, map(_votes_of, points)), map(_card_of, points), strict=True))
    order = sorted(range(len(points)), key=keys.__getitem__)
    return list(map(points.__getitem__, order))


_impact_effort = attrgetter("impact", "effort")
_votes_of = attrgetter("votes")
_card_of = attrgetter("card_id")


@dataclass
class StageTally:
    """The sums of one stage's cards and figures (everything but the emotion curves)."""

    counts: dict[str, int] = field(default_factory=dict)  # lane kind -> items
    frictions: int = 0
    friction_heat: int = 0
    evidence: dict[str, int] = field(default_factory=dict)  # Evidence value or UNSAID -> cards
    unsourced: list[str] = field(default_factory=list)  # card ids
    bright_spots: list[tuple[str, str]] = field(default_factory=list)  # (card id, text)
    channels: dict[str, int] = field(default_factory=dict)  # Channel value or UNSAID -> cards
    online: int = 0
    offline: int = 0
    online_unsaid: int = 0
    opportunities: list[OpportunityPoint] = field(default_factory=list)


@record
class StageInsight:
    stage_id: str
    name: str
    tally: StageTally
    emotion_points: int

    @property
    def counts(self) -> dict[str, int]:
        counts = dict(self.tally.counts)
        if self.emotion_points:
            counts[LaneKind.EMOTIONS.value] = self.emotion_points
        return counts


@record
class Drop:
    from_stage: str
    to_stage: str
    size: float  # how many points the score falls


@record
class PersonaEmotion:
    persona_id: str
    name: str
    low_score: float | None  # None: no as-is point; whole or half points
    low_stages: tuple[str, ...]
    drops: tuple[Drop, ...]  # biggest first
    gaps: dict[str, float]  # stage id -> to-be minus as-is, where both exist


@record
class Insights:
    stages: tuple[StageInsight, ...]
    personas: tuple[PersonaEmotion, ...]
    opportunities: tuple[OpportunityPoint, ...]  # first to fix first
    scale: tuple[int, int]

    @property
    def unsourced(self) -> list[str]:
        return [card_id for s in self.stages for card_id in s.tally.unsourced]

    def unsourced_count(self) -> int:
        """How many cards have no source (without listing them: a big map has thousands)."""
        return sum(len(s.tally.unsourced) for s in self.stages)

    def hottest(self) -> int:
        """The largest friction heat of any stage (0 for none), the top of a heat scale."""
        return max((s.tally.friction_heat for s in self.stages), default=0)

    def to_json(self) -> dict[str, Any]:
        """Plain data for scripts (``mapstudio insights --json``)."""
        return {
            "explanations": {m: explanation(m) for m in MEASURES},
            "stages": [
                {
                    "id": s.stage_id,
                    "name": s.name,
                    COUNTS: s.counts,
                    "frictions": s.tally.frictions,
                    FRICTION_HEAT: s.tally.friction_heat,
                    BRIGHT_SPOTS: [card_id for card_id, _ in s.tally.bright_spots],
                    EVIDENCE: s.tally.evidence,
                    UNSOURCED: s.tally.unsourced,
                    CHANNEL_MIX: {
                        "channels": s.tally.channels,
                        "online": s.tally.online,
                        "offline": s.tally.offline,
                        UNSAID: s.tally.online_unsaid,
                    },
                }
                for s in self.stages
            ],
            "personas": [
                {
                    "id": p.persona_id,
                    "name": p.name,
                    "low_score": p.low_score,
                    "low_stages": list(p.low_stages),
                    "drops": [
                        {"from": d.from_stage, "to": d.to_stage, "size": d.size} for d in p.drops
                    ],
                    "gap": p.gaps,
                }
                for p in self.personas
            ],
            PRIORITY: [
                {
                    "card": o.card_id,
                    "stage": o.stage_id,
                    "text": o.text,
                    "impact": o.impact,
                    "effort": o.effort,
                    "votes": o.votes,
                }
                for o in self.opportunities
            ],
        }


# --- computing ------------------------------------------------------------------------------


def tally(
    cards: Iterable[Card], kind_of: dict[str, LaneKind], figures: Iterable[MetricValue] = ()
) -> dict[str, StageTally]:
    """The sums of every stage the given cards and metric figures sit in (stage id -> tally):
    the one place all insights but the emotion curves come from.

    One loop reads each card once and counts it under the few fields the sums depend on
    (stage, lane, evidence, severity, channel, online); a map has few distinct such keys, and
    the sums are then made from the keys. Walking 20,000 cards costs more than anything done
    per card (each card is an object of its own, far apart in memory), so the loop reads every
    card exactly once and keeps its own work to a dictionary increment.
    """
    keyed: dict[tuple[Any, ...], int] = {}
    unsourced: list[tuple[str, str]] = []
    bright: list[tuple[str, str, str]] = []
    points: list[tuple[str, OpportunityPoint]] = []
    opportunity_lanes = {lane for lane, kind in kind_of.items() if kind is LaneKind.OPPORTUNITIES}
    seen = keyed.get
    for card in cards:
        stage, lane = card.stage, card.lane
        key = (stage, lane, card.evidence, card.severity, card.channel, card.online)
        keyed[key] = seen(key, 0) + 1
        if not card.source.strip():
            unsourced.append((stage, card.id))
        if card.positive:
            bright.append((stage, card.id, card.text))
        if lane in opportunity_lanes:
            point = OpportunityPoint(
                card.id, stage, card.text, card.impact, card.effort, card.votes
            )
            points.append((stage, point))

    tallies: dict[str, StageTally] = {}

    def of(stage: str) -> StageTally:
        found = tallies.get(stage)
        if found is None:
            found = tallies[stage] = StageTally()
        return found

    for (stage, lane, evidence, severity, channel, online), n in keyed.items():
        t = of(stage)
        kind = kind_of[lane]
        _add(t.counts, kind.value, n)
        _add(t.evidence, evidence.value if evidence is not None else UNSAID, n)
        if kind is LaneKind.FRICTIONS:
            t.frictions += n
            t.friction_heat += n * (severity or MINOR)
        elif kind is LaneKind.TOUCHPOINTS:
            _add(t.channels, channel.value if channel is not None else UNSAID, n)
            if online is None and channel is not None:
                online = CHANNEL_IS_ONLINE[channel]
            if online is None:
                t.online_unsaid += n
            elif online:
                t.online += n
            else:
                t.offline += n
    for stage, card_id in unsourced:
        tallies[stage].unsourced.append(card_id)
    for stage, card_id, text in bright:
        tallies[stage].bright_spots.append((card_id, text))
    for stage, point in points:
        tallies[stage].opportunities.append(point)
    for figure in figures:
        _add(of(figure.stage).counts, LaneKind.METRICS.value, 1)
    return tallies


def _add(counts: dict[str, int], key: str, n: int) -> None:
    counts[key] = counts.get(key, 0) + n


def bright_spots_text(found: Insights, limit: int = 60) -> str:
    """The bright spots, one line per stage that has some ("Visit: The shop is lovely…"); ""
    when the map marks none."""
    return "\n".join(
        labelled(s.name, in_series(headline(text, limit) for _, text in s.tally.bright_spots))
        for s in found.stages
        if s.tally.bright_spots
    )


MINUS = "\u2212"  # a true minus sign: a hyphen is shorter and breaks a line after it


def score_text(value: float, signed: bool = False) -> str:
    """An emotion score, or a change of one, as numbers are written here (``number_language``):
    "−1.5", "−1,5" in French; ``signed`` puts a plus before a rise or no change ("+1", "+0")."""
    sign = MINUS if value < 0 else ("+" if signed else "")
    return sign + number_text(abs(value), number_language())


def low_point_text(persona: PersonaEmotion, stage_names: dict[str, str]) -> str:
    """A persona's lowest "as is" score and where: "−2 · Decision, Delivery" ("" when none)."""
    if persona.low_score is None:
        return ""
    where = ", ".join(stage_names[s] for s in persona.low_stages)
    return f"{score_text(persona.low_score)} · {where}"


def drops_text(persona: PersonaEmotion, stage_names: dict[str, str], most: int = 3) -> str:
    """A persona's ``most`` biggest drops: "Visit → Purchase (−2); ..." ("" when none)."""
    return in_series(
        f"{stage_names[d.from_stage]} → {stage_names[d.to_stage]} ({score_text(-d.size)})"
        for d in persona.drops[:most]
    )


def gaps_text(persona: PersonaEmotion, stage_names: dict[str, str]) -> str:
    """How far the "to be" curve is above (+) or below the "as is" one at each stage:
    "Visit +1, Purchase +0" ("" when the persona has no "to be" curve)."""
    return ", ".join(
        f"{stage_names[s]} {score_text(g, signed=True)}" for s, g in persona.gaps.items()
    )


def headline(text: str, limit: int = 80) -> str:
    """The first line of a card's text, cut to ``limit`` characters, for lists and dots."""
    line = text.strip().split("\n", 1)[0]
    return line if len(line) <= limit else line[: limit - 1] + "…"


def persona_emotions(journey_map: JourneyMap, stages: Sequence[Stage]) -> list[PersonaEmotion]:
    """Low points, biggest drops and the to-be gap of each persona's curves."""
    position = {s.id: i for i, s in enumerate(stages)}
    curves: dict[tuple[str, Curve], dict[str, int]] = {}
    for p in journey_map.emotion_points:
        # whole scores as ints (files read them as floats since half points): "2", not "2.0"
        curves.setdefault((p.persona, p.curve), {})[p.stage] = to_half_point(p.score)
    found = []
    for persona in journey_map.personas:
        as_is = curves.get((persona.id, Curve.AS_IS), {})
        to_be = curves.get((persona.id, Curve.TO_BE), {})
        path = sorted((position[s], s, score) for s, score in as_is.items() if s in position)
        low = min((score for _, _, score in path), default=None)
        lows = tuple(s for _, s, score in path if score == low)
        drops = [
            Drop(a, b, before - after)
            for (_, a, before), (_, b, after) in zip(path, path[1:], strict=False)
            if after < before
        ]
        drops.sort(key=lambda d: (-d.size, position[d.from_stage]))
        gaps = {s.id: to_be[s.id] - as_is[s.id] for s in stages if s.id in as_is and s.id in to_be}
        found.append(PersonaEmotion(persona.id, persona.name, low, lows, tuple(drops), gaps))
    return found


def _points_per_stage(journey_map: JourneyMap) -> dict[str, int]:
    per_stage: dict[str, int] = {}
    for p in journey_map.emotion_points:
        per_stage[p.stage] = per_stage.get(p.stage, 0) + 1
    return per_stage


def _assemble(
    journey_map: JourneyMap,
    stages: Sequence[Stage],
    tallies: dict[str, StageTally],
    personas: list[PersonaEmotion],
    points: dict[str, int],
    opportunities: tuple[OpportunityPoint, ...] | None = None,
) -> Insights:
    """The insights from the stages' tallies (``opportunities``: already ranked, if known)."""
    empty = StageTally()
    rows = tuple(
        StageInsight(s.id, s.name, tallies.get(s.id, empty), points.get(s.id, 0)) for s in stages
    )
    if opportunities is None:
        opportunities = tuple(ranked([o for r in rows for o in r.tally.opportunities]))
    return Insights(rows, tuple(personas), opportunities, journey_map.emotion_scale.bounds)


def compute(journey_map: JourneyMap) -> Insights:
    """Every insight of a map, in one pass over its cards."""
    kind_of = {lane.id: lane.kind for lane in journey_map.lanes}
    stages = journey_map.ordered_stages()
    tallies = tally(journey_map.cards, kind_of, journey_map.metric_values)
    personas = persona_emotions(journey_map, stages)
    return _assemble(journey_map, stages, tallies, personas, _points_per_stage(journey_map))


class InsightsTracker:
    """The insights of a document kept current: each Change marks the stages it touched, and
    :meth:`insights` recounts only those (and the emotion curves when they changed)."""

    def __init__(self, document: Document) -> None:
        self._doc = document
        self._tallies: dict[str, StageTally] = {}
        self._dirty: set[str] | None = None  # None: every stage
        self._personas: list[PersonaEmotion] | None = None
        self._points: dict[str, int] | None = None
        self._latest: Insights | None = None
        self._ranked: tuple[OpportunityPoint, ...] | None = None  # the last priority list
        document.subscribe(self._note)

    def close(self) -> None:
        self._doc.unsubscribe(self._note)

    @property
    def recounted(self) -> int:
        """How many stages the last :meth:`insights` call recounted (for tests and benchmarks)."""
        return self._last_recount

    _last_recount = 0

    def _note(self, change: Change) -> None:
        self._latest = None
        collection = change.collection
        if collection in ("cards", "metric_values"):
            if self._dirty is not None:
                self._dirty.update(stage for stage, _ in change.cells)
        elif collection == "lanes":
            self._dirty = None  # a lane's kind decides how all its cards count
        elif collection == "stages":
            self._personas = None  # the order of the curve's points
            if self._dirty is not None:
                self._dirty.update(change.ids)
        else:  # personas, emotion points, the map's scale
            self._personas = None
            self._points = None

    def insights(self) -> Insights:
        if self._latest is not None:
            self._last_recount = 0
            return self._latest
        doc, m = self._doc, self._doc.map
        stages = doc.stages()
        live = {s.id for s in stages}
        dirty = (
            live if self._dirty is None else (self._dirty & live) | (live - self._tallies.keys())
        )
        if dirty:
            kind_of = {lane.id: lane.kind for lane in m.lanes}
            if len(dirty) * 2 > len(live):  # most stages: the whole list, in memory order
                cards: list[Card] = m.cards
                figures: list[MetricValue] = m.metric_values
            else:  # a few stages: their cells, from the document's index
                cards, figures = [], []
                for stage_id in dirty:
                    for lane_id, kind in kind_of.items():
                        cards += doc.cards_in_cell(stage_id, lane_id)
                        if kind is LaneKind.METRICS:
                            figures += doc.metrics_in_cell(stage_id, lane_id)
            counted = tally(cards, kind_of, figures)
            for stage_id in dirty:
                new = counted.get(stage_id) or StageTally()
                old = self._tallies.get(stage_id)
                # most edits leave the opportunities as they were: keep their ranking
                if old is None or set(old.opportunities) != set(new.opportunities):
                    self._ranked = None
                self._tallies[stage_id] = new
        for gone in self._tallies.keys() - live:
            del self._tallies[gone]
            self._ranked = None
        self._dirty = set()
        self._last_recount = len(dirty)
        if self._personas is None:
            self._personas = persona_emotions(m, stages)
        if self._points is None:
            self._points = _points_per_stage(m)
        self._latest = found = _assemble(
            m, stages, self._tallies, self._personas, self._points, self._ranked
        )
        self._ranked = found.opportunities
        return found
