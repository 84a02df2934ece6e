"""The journey-map document: pure pydantic v2, no Qt.

A map is a grid: stages are columns, lanes are rows, cards sit in cells (stage x lane).
Ordering: stages, lanes and the cards of one cell are shown by their ``order`` field
(ties broken by position in the list; the rule is ``core.ordering``), so moving one thing
rewrites a few numbers and keeps a saved file's diff small. Lists keep creation order.

Value ranges (documented for users in README.md):
- friction severity 1..3 (1 minor, 2 major, 3 critical);
- opportunity impact and effort 1..3 (low, medium, high); votes >= 0;
- emotion scores are whole or half points on the map's scale (-1.5: a source averaged steps).
Kind-specific card fields (channel, severity, impact...) are allowed on any card so that
moving a card between lanes never loses data; views show those that fit the lane's kind.
"""

# No `from __future__ import annotations` here: pydantic would then read every field's annotation
# as a string and evaluate it (about 100 compilations of a forward reference, ~3 ms of every
# start). Annotations naming a class from inside its own body are quoted instead.

import re
from collections import Counter
from datetime import UTC, datetime
from enum import StrEnum
from itertools import chain, compress
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_serializer,
    model_validator,
)

from mapstudio.core.columns import column_of
from mapstudio.core.ordering import in_display_order
from mapstudio.records import record
from mapstudio.text.translate import QCoreApplication, fill

SCHEMA_VERSION = 3

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_.:-]{1,64}$")]
Colour = Annotated[str, StringConstraints(pattern=r"^#[0-9A-Fa-f]{6}$")]
ShortText = Annotated[str, StringConstraints(max_length=200)]
LongText = Annotated[str, StringConstraints(max_length=20_000)]


class LaneKind(StrEnum):
    ACTIONS = "actions"
    TOUCHPOINTS = "touchpoints"
    THOUGHTS = "thoughts"
    EMOTIONS = "emotions"
    FRICTIONS = "frictions"
    OPPORTUNITIES = "opportunities"
    BACKSTAGE = "backstage"
    METRICS = "metrics"
    NOTES = "notes"
    STORYBOARD = "storyboard"
    SUPPORT = "support"  # a service blueprint's support processes (systems, partners)


class Channel(StrEnum):
    WEBSITE = "website"
    SEARCH = "search"
    SOCIAL = "social"
    ONLINE_AD = "online_ad"
    EMAIL = "email"
    SMS = "sms"
    MOBILE_APP = "mobile_app"
    STORE = "store"
    PHONE = "phone"
    CHAT = "chat"
    WORD_OF_MOUTH = "word_of_mouth"
    EVENT = "event"
    OTHER = "other"


#: Whether a channel is online when the card does not say.
# None: the channel does not say (an unknown channel is neither online nor offline).
CHANNEL_IS_ONLINE: dict[Channel, bool | None] = {
    Channel.WEBSITE: True,
    Channel.SEARCH: True,
    Channel.SOCIAL: True,
    Channel.ONLINE_AD: True,
    Channel.EMAIL: True,
    Channel.SMS: True,
    Channel.MOBILE_APP: True,
    Channel.STORE: False,
    Channel.PHONE: False,
    Channel.CHAT: True,
    Channel.WORD_OF_MOUTH: False,
    Channel.EVENT: False,
    Channel.OTHER: None,
}


class Evidence(StrEnum):
    OBSERVED = "observed"
    ASSUMED = "assumed"
    PROPOSED = "proposed"


class Trend(StrEnum):
    """Which way a metric is going."""

    UP = "up"
    DOWN = "down"
    FLAT = "flat"


class Curve(StrEnum):
    AS_IS = "as_is"
    TO_BE = "to_be"


class EmotionScale(StrEnum):
    MINUS2_PLUS2 = "-2..+2"
    MINUS3_PLUS3 = "-3..+3"
    ONE_FIVE = "1..5"
    ZERO_FIVE = "0..5"

    @property
    def bounds(self) -> tuple[int, int]:
        low, high = self.value.split("..")
        return int(low), int(high)

    @property
    def neutral(self) -> float:
        """The score drawn as the zero line: 0 on signed scales, the midpoint otherwise."""
        low, high = self.bounds
        return 0 if low < 0 else (low + high) / 2

    def contains(self, score: float) -> bool:
        low, high = self.bounds
        return low <= score <= high

    def carry(self, score: float, to: "EmotionScale") -> float:
        """A score on this scale moved proportionally onto ``to`` (a scale change keeps each
        point where it was relative to the ends of the scale), to the nearest half point."""
        (low, high), (new_low, new_high) = self.bounds, to.bounds
        return to_half_point(new_low + (score - low) * (new_high - new_low) / (high - low))

    def score_text(self, score: float) -> str:
        """A score as the map shows it: "+1.5" on a signed scale, "3" or "3.5" otherwise."""
        low, _ = self.bounds
        text = f"{score:g}"
        return f"+{text}" if low < 0 < score else text


def to_half_point(score: float) -> float | int:
    """``score`` rounded to the nearest half point; a whole number stays an int."""
    halves = round(score * 2)
    return halves // 2 if halves % 2 == 0 else halves / 2


def is_half_point(score: float) -> bool:
    """Whether ``score`` is a whole or half point (emotion scores keep no finer precision)."""
    return float(score * 2).is_integer()


OneToThree = Annotated[int, Field(ge=1, le=3)]
Figure = Annotated[float, Field(allow_inf_nan=False, ge=-1e15, le=1e15)]  # a metric's number


@record(init=False)
class ForLanes:
    """Marks a kind-specific card field (a touchpoint's channel, a friction's severity) with the
    lane kinds it belongs to: views offer it on cards of those lanes, and on any card that has a
    value. Pydantic ignores it (it validates nothing)."""

    kinds: frozenset[LaneKind]

    def __init__(self, *kinds: LaneKind) -> None:
        object.__setattr__(self, "kinds", frozenset(kinds))


def lane_kind_fields(cls: type[BaseModel]) -> dict[str, frozenset[LaneKind]]:
    """The fields of ``cls`` marked ``ForLanes``, in model order, with their lane kinds."""
    return {
        name: marker.kinds
        for name, field in cls.model_fields.items()
        for marker in field.metadata
        if isinstance(marker, ForLanes)
    }


class Strict(BaseModel):
    """Base: unknown keys are refused (a typo must not silently vanish on save).

    Validators and serializers are built on first use, not at import (``defer_build``): building
    them costs about as much as starting Qt, and opening a map does not need them
    (``io.fastload``). ``warm_up()`` builds them ahead of that first use.
    """

    model_config = ConfigDict(
        extra="forbid", validate_assignment=False, use_enum_values=False, defer_build=True
    )


class Comment(Strict):
    """One remark of a review thread on a card, a stage or a lane. A resolved comment stays in
    the file (the thread's history) but is no longer shown as open."""

    id: Id
    author: ShortText = ""
    created: datetime = Field(default_factory=lambda: utc_now())
    text: LongText = ""
    resolved: bool = False


#: The longest side of an embedded image, in pixels: sharp on a poster card (about 150 dpi on a
#: 27 cm wide card), small enough that a map with dozens of pictures can still be emailed.
MAX_IMAGE_SIDE = 1600
IMAGE_MIMES = ("image/png", "image/jpeg")
_IMAGE_MAGIC = {"image/png": b"\x89PNG\r\n\x1a\n", "image/jpeg": b"\xff\xd8\xff"}


class Image(Strict):
    """A picture embedded in the map (a map stays one file a user can email): the encoded bytes
    in base64, their pixel size and a text alternative for readers who cannot see it."""

    mime: Literal["image/png", "image/jpeg"]
    data: Annotated[str, StringConstraints(min_length=8, max_length=40_000_000)]
    width: Annotated[int, Field(ge=1, le=MAX_IMAGE_SIDE)]
    height: Annotated[int, Field(ge=1, le=MAX_IMAGE_SIDE)]
    alt: ShortText = ""

    @model_validator(mode="after")
    def _check_data(self) -> "Image":
        # The bytes must be what the mime type says: a renderer trusts them.
        head = image_bytes(self.data[:16])
        if head is None or not head.startswith(_IMAGE_MAGIC[self.mime]):
            raise ValueError(
                fill(
                    QCoreApplication.translate(
                        "MapFile", "the image data does not match its type (%1)"
                    ),
                    self.mime,
                )
            )
        return self

    def encoded(self) -> bytes:
        """The image file's bytes (PNG or JPEG)."""
        return image_bytes(self.data) or b""


def image_bytes(data: str) -> bytes | None:
    """The bytes of base64 ``data``, or None when it is not base64."""
    import base64
    import binascii

    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None


class Persona(Strict):
    id: Id
    name: ShortText
    description: LongText = ""
    goals: list[ShortText] = Field(default_factory=list)
    needs: list[ShortText] = Field(default_factory=list)
    frustrations: list[ShortText] = Field(default_factory=list)
    quote: LongText = ""
    sources: list[ShortText] = Field(default_factory=list)
    colour: Colour = "#1f77b4"
    photo: Image | None = None


class Participant(Strict):
    """Someone in a workshop: the author of the notes they dictate or type, a voter's dots."""

    id: Id
    name: ShortText
    initials: Annotated[str, StringConstraints(max_length=4)] = ""  # shown on their notes
    colour: Colour = "#4c78a8"


def initials_of(name: str) -> str:
    """Up to three capital initials of a name ("Ana María Pérez" -> "AMP"; "bo" -> "B")."""
    return "".join(word[0] for word in name.split() if word[:1].isalnum())[:3].upper()


class Stage(Strict):
    id: Id
    name: ShortText
    description: LongText = ""
    order: int = 0
    colour: Colour | None = None  # a band across the stage's header
    comments: list[Comment] = Field(default_factory=list)


class Lane(Strict):
    id: Id
    kind: LaneKind
    title: ShortText
    order: int = 0
    collapsed: bool = False
    hidden_in_export: bool = False  # on screen, but left out of posters and images
    # whose lane it is: several personas share the stages, each with its own actions lane
    persona: Id | None = None
    comments: list[Comment] = Field(default_factory=list)


class Card(Strict):
    id: Id
    stage: Id
    lane: Id
    order: int = 0
    text: LongText = ""
    colour: Colour | None = None
    tags: list[ShortText] = Field(default_factory=list)
    evidence: Evidence | None = None
    source: ShortText = ""
    comments: list[Comment] = Field(default_factory=list)
    # touchpoints
    channel: Annotated[Channel | None, ForLanes(LaneKind.TOUCHPOINTS)] = None
    online: Annotated[bool | None, ForLanes(LaneKind.TOUCHPOINTS)] = None
    # frictions: 1 minor, 2 major, 3 critical
    severity: Annotated[OneToThree | None, ForLanes(LaneKind.FRICTIONS)] = None
    # opportunities: 1 low, 2 medium, 3 high
    impact: Annotated[OneToThree | None, ForLanes(LaneKind.OPPORTUNITIES)] = None
    effort: Annotated[OneToThree | None, ForLanes(LaneKind.OPPORTUNITIES)] = None
    owner: Annotated[ShortText, ForLanes(LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE)] = ""
    votes: Annotated[int, Field(ge=0, le=1_000_000), ForLanes(LaneKind.OPPORTUNITIES)] = 0
    # a bright spot, a moment that matters: what works and must be kept (frictions say the
    # opposite); any card can be one
    positive: bool = False
    image: Image | None = None
    author: Id | None = None  # a participant's id: who wrote the note in a workshop

    def is_online(self) -> bool | None:
        if self.online is not None:
            return self.online
        return CHANNEL_IS_ONLINE[self.channel] if self.channel else None


class EmotionPoint(Strict):
    id: Id
    stage: Id
    persona: Id
    curve: Curve = Curve.AS_IS
    # whole or half points (a source that averages steps gives -1.5): the map's rules check it
    score: Annotated[float, Field(ge=-1000, le=1000)]
    label: ShortText = ""

    @field_serializer("score")
    def _whole_score_as_int(self, score: float) -> float | int:
        # a whole score is written 2, not 2.0: files stay as they were before half points
        return int(score) if float(score).is_integer() else score


class MetricValue(Strict):
    id: Id
    stage: Id
    lane: Id
    order: int = 0
    name: ShortText
    value: Figure
    unit: ShortText = ""
    target: Figure | None = None
    trend: Trend | None = None


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


class DotVote(Strict):
    """A dot vote: participants each place up to ``dots_each`` dots on the cards of ``lanes``.

    A lane deleted after the vote started simply drops out of its scope (no rule ties them).
    """

    id: Id
    title: ShortText = ""
    lanes: list[Id] = Field(default_factory=list)
    participants: list[Id] = Field(default_factory=list)
    dots_each: Annotated[int, Field(ge=1, le=99)] = 3
    hidden: bool = False  # dots are not shown until the facilitator reveals them
    closed: bool = False  # the result was taken: no more dots
    created: datetime = Field(default_factory=lambda: utc_now())


class Dot(Strict):
    """One dot a participant placed on a card in a vote (a card may get several from one)."""

    id: Id
    vote: Id
    participant: Id
    card: Id


class JourneyMap(Strict):
    schema_version: Literal[3] = SCHEMA_VERSION
    id: Id
    title: ShortText
    description: LongText = ""
    author: ShortText = ""
    source: LongText = ""  # where the map comes from (study, publication, authors)
    licence: ShortText = ""  # the terms it may be shared under (e.g. CC BY 4.0)
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")] = "en"
    created: datetime = Field(default_factory=utc_now)
    modified: datetime = Field(default_factory=utc_now)
    tags: list[ShortText] = Field(default_factory=list)
    emotion_scale: EmotionScale = EmotionScale.MINUS2_PLUS2
    # laid out as a service blueprint: its lines are drawn between the lane layers
    # (core.blueprint says which lanes belong to which layer)
    blueprint: bool = False
    personas: list[Persona] = Field(default_factory=list)
    participants: list[Participant] = Field(default_factory=list)
    stages: list[Stage] = Field(default_factory=list)
    lanes: list[Lane] = Field(default_factory=list)
    cards: list[Card] = Field(default_factory=list)
    emotion_points: list[EmotionPoint] = Field(default_factory=list)
    metric_values: list[MetricValue] = Field(default_factory=list)
    votes: list[DotVote] = Field(default_factory=list)
    dots: list[Dot] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_rules(self) -> "JourneyMap":
        problems = map_rule_problems(self)
        if problems:
            raise ValueError("; ".join(problems[:1]) + more_problems(len(problems) - 1))
        return self

    # --- queries (cheap helpers shared by views; the document keeps faster indexes) ---
    def ordered_stages(self) -> list[Stage]:
        return in_display_order(self.stages)

    def ordered_lanes(self) -> list[Lane]:
        return in_display_order(self.lanes)

    def cards_in_cell(self, stage_id: str, lane_id: str) -> list[Card]:
        return in_display_order(c for c in self.cards if c.stage == stage_id and c.lane == lane_id)


MODELS: tuple[type[Strict], ...] = (
    Comment, Image, Persona, Participant, Stage, Lane, Card, EmotionPoint, MetricValue, DotVote,
    Dot, JourneyMap,
)  # fmt: skip

#: The map's lists of objects with ids, in dependency order (a later list refers to earlier ones).
COLLECTION_FIELDS = (
    "personas", "participants", "stages", "lanes", "cards", "emotion_points", "metric_values",
    "votes", "dots",
)  # fmt: skip

#: The collections whose objects carry a comment thread.
COMMENTED = ("cards", "stages", "lanes")


def warm_up() -> None:
    """Build every model's validator and serializer now, e.g. when the app is idle after its first
    paint, so that the first edit or save does not pay for it. Calling it again costs nothing."""
    for cls in MODELS:
        if not cls.__pydantic_complete__:
            cls.model_rebuild()


def more_problems(n: int) -> str:
    """ " (and 3 more problems)" after the first problem of a list of ``n + 1``; "" for none."""
    if n == 1:
        return " " + QCoreApplication.translate("MapFile", "(and 1 more problem)")
    if n > 1:
        return " " + fill(QCoreApplication.translate("MapFile", "(and %1 more problems)"), n)
    return ""


def _said(where: str, text: str, *values: object) -> str:
    """``where: text``, the (translated) ``text`` filled with ``values``."""
    return f"{where}: {fill(text, *values)}"


# What a broken reference or score is called, for the file checks here and for refused edits.
def no_stage(stage: str) -> str:
    return fill(QCoreApplication.translate("MapFile", 'there is no stage "%1"'), stage)


def no_lane(lane: str) -> str:
    return fill(QCoreApplication.translate("MapFile", 'there is no lane "%1"'), lane)


def no_persona(persona: str) -> str:
    return fill(QCoreApplication.translate("MapFile", 'there is no persona "%1"'), persona)


def off_scale(score: object, scale: EmotionScale) -> str:
    outside = QCoreApplication.translate("MapFile", "%1 is outside the map's emotion scale %2")
    return fill(outside, _number(score), scale.value)


def not_half_point(score: object) -> str:
    text = QCoreApplication.translate("MapFile", "%1 is not a whole or half point")
    return fill(text, _number(score))


def _number(value: object) -> object:
    """A score as written in a file: 4, not 4.0 (scores are floats since half points)."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _no_stage(where: str, stage: str) -> str:
    return f"{where}: {no_stage(stage)}"


def _no_lane(where: str, lane: str) -> str:
    return f"{where}: {no_lane(lane)}"


def _all_ids(m: JourneyMap) -> list[str]:
    """The ids of the map's objects and comments, without a Python step per object: a big
    map's 590,000 dots or 480,000 comments must be refused or opened in under 2 s."""
    ids = list(
        chain.from_iterable(column_of(getattr(m, field), "id") for field in COLLECTION_FIELDS)
    )
    for field in COMMENTED:
        for obj in getattr(m, field):
            if obj.comments:
                ids += column_of(obj.comments, "id")  # comments may be columns (files.precheck)
    return ids


def _ids_repeated(m: JourneyMap) -> bool:
    """Whether an id is used twice in the map (its objects and comments)."""
    ids = _all_ids(m)
    return len(set(ids)) != len(ids)


def _repeated_ids(m: JourneyMap) -> list[str]:
    """Every id used a second time, said with where it was first used. Only the ids used more
    than once are followed (a place for each of 480,000 comments cost 0.4 s)."""
    repeated = {obj_id for obj_id, count in Counter(_all_ids(m)).items() if count > 1}
    used = QCoreApplication.translate("MapFile", 'the id "%1" is already used by %2')
    problems: list[str] = []
    seen: dict[str, tuple[str, int, int]] = {}  # where, made a text only for a message
    for field in COLLECTION_FIELDS:
        for i, obj_id in enumerate(column_of(getattr(m, field), "id")):
            if obj_id not in repeated:
                continue
            if obj_id in seen:
                problems.append(_said(f"{field}[{i}].id", used, obj_id, _place(seen[obj_id])))
            else:
                seen[obj_id] = (field, i, -1)
    for field in COMMENTED:
        for i, obj in enumerate(getattr(m, field)):
            if not obj.comments:
                continue
            for j, comment_id in enumerate(column_of(obj.comments, "id")):
                if comment_id not in repeated:
                    continue
                if comment_id in seen:
                    where = f"{field}[{i}].comments[{j}].id"
                    problems.append(_said(where, used, comment_id, _place(seen[comment_id])))
                else:
                    seen[comment_id] = (field, i, j)
    return problems


def _place(where: tuple[str, int, int]) -> str:
    field, i, j = where
    return f"{field}[{i}]" if j < 0 else f"{field}[{i}].comments[{j}]"


def map_rule_problems(m: JourneyMap) -> list[str]:
    """Every broken cross-reference, duplicate id or out-of-range score, in plain words (in the
    interface language)."""
    problems: list[str] = []
    if _ids_repeated(m):
        problems += _repeated_ids(m)
    stages = {s.id for s in m.stages}
    lanes = {x.id: x for x in m.lanes}
    personas = {p.id for p in m.personas}
    for i, lane in enumerate(m.lanes):
        if lane.persona is not None and lane.persona not in personas:
            problems.append(f"lanes[{i}].persona: {no_persona(lane.persona)}")
    for i, c in enumerate(m.cards):
        if c.stage not in stages:
            problems.append(_no_stage(f"cards[{i}].stage", c.stage))
        lane = lanes.get(c.lane)
        if lane is None:
            problems.append(_no_lane(f"cards[{i}].lane", c.lane))
        elif lane.kind is LaneKind.EMOTIONS:
            curve_lane = QCoreApplication.translate(
                "MapFile", '"%1" is an emotions lane, which holds a curve, not cards'
            )
            problems.append(_said(f"cards[{i}].lane", curve_lane, c.lane))
    low, high = m.emotion_scale.bounds
    curve_keys: dict[tuple[str, str, str], int] = {}
    for i, p in enumerate(m.emotion_points):
        if p.stage not in stages:
            problems.append(_no_stage(f"emotion_points[{i}].stage", p.stage))
        if p.persona not in personas:
            problems.append(f"emotion_points[{i}].persona: {no_persona(p.persona)}")
        if not low <= p.score <= high:
            problems.append(f"emotion_points[{i}].score: {off_scale(p.score, m.emotion_scale)}")
        elif not is_half_point(p.score):
            problems.append(f"emotion_points[{i}].score: {not_half_point(p.score)}")
        key = (p.persona, p.stage, str(p.curve))
        if key in curve_keys:
            twice = QCoreApplication.translate(
                "MapFile", 'persona "%1" already has a %2 point at stage "%3" (%4)'
            )
            first = f"emotion_points[{curve_keys[key]}]"
            where = f"emotion_points[{i}]"
            problems.append(_said(where, twice, p.persona, p.curve.value, p.stage, first))
        else:
            curve_keys[key] = i
    for i, v in enumerate(m.metric_values):
        if v.stage not in stages:
            problems.append(_no_stage(f"metric_values[{i}].stage", v.stage))
        lane = lanes.get(v.lane)
        if lane is None:
            problems.append(_no_lane(f"metric_values[{i}].lane", v.lane))
        elif lane.kind is not LaneKind.METRICS:
            not_metrics = QCoreApplication.translate("MapFile", '"%1" is not a metrics lane')
            problems.append(_said(f"metric_values[{i}].lane", not_metrics, v.lane))
    problems += _workshop_problems(m)
    return problems


def _workshop_problems(m: JourneyMap) -> list[str]:
    """Broken references of workshop objects: authors, votes' participants, dots."""
    problems: list[str] = []
    people = {p.id for p in m.participants}
    no_person = QCoreApplication.translate("MapFile", 'there is no participant "%1"')
    for i, c in enumerate(m.cards):
        if c.author is not None and c.author not in people:
            problems.append(_said(f"cards[{i}].author", no_person, c.author))
    votes = {v.id: v for v in m.votes}
    for i, v in enumerate(m.votes):
        for j, who in enumerate(v.participants):
            if who not in people:
                problems.append(_said(f"votes[{i}].participants[{j}]", no_person, who))
    cards = {c.id for c in m.cards}
    dots = m.dots
    start, used = _first_dot_problem(dots, votes, cards)
    for i in range(start, len(dots)):
        d = dots[i]
        vote = votes.get(d.vote)
        if vote is None:
            no_vote = QCoreApplication.translate("MapFile", 'there is no vote "%1"')
            problems.append(_said(f"dots[{i}].vote", no_vote, d.vote))
        elif d.participant not in vote.participants:
            not_voter = QCoreApplication.translate(
                "MapFile", '"%1" does not take part in vote "%2"'
            )
            problems.append(_said(f"dots[{i}].participant", not_voter, d.participant, d.vote))
        else:
            key = (d.vote, d.participant)
            used[key] = used.get(key, 0) + 1
            if used[key] == vote.dots_each + 1:
                too_many = QCoreApplication.translate(
                    "MapFile", '"%1" has placed more than %2 dots in vote "%3"'
                )
                problems.append(
                    _said(f"dots[{i}]", too_many, d.participant, vote.dots_each, d.vote)
                )
        if d.card not in cards:
            no_card = QCoreApplication.translate("MapFile", 'there is no card "%1"')
            problems.append(_said(f"dots[{i}].card", no_card, d.card))
    return problems


def _first_dot_problem(
    dots: list[Dot], votes: dict[str, DotVote], cards: set[str]
) -> tuple[int, Counter[tuple[str, str]]]:
    """The index of the first dot that may break a rule (``len(dots)`` when none does) and the
    dots each participant placed in each vote before it, found with sets and counts, without a
    Python step per dot (590,000 dots in a big file): the dots before it need no look."""
    cards_dotted = column_of(dots, "card")
    pairs = list(zip(column_of(dots, "vote"), column_of(dots, "participant"), strict=True))
    allowed = {(v, who) for v, vote in votes.items() for who in vote.participants}
    counts = Counter(pairs)
    wrong = counts.keys() - allowed  # an unknown vote, or someone not taking part
    lost = set(cards_dotted).difference(cards)
    most = {v: vote.dots_each for v, vote in votes.items()}
    over = {pair for pair, n in counts.items() if pair in allowed and n > most[pair[0]]}
    start = len(dots)
    if wrong:
        start = list(map(wrong.__contains__, pairs)).index(True)
    if lost:
        start = min(start, list(map(lost.__contains__, cards_dotted)).index(True))
    if over:
        placed: Counter[tuple[str, str]] = Counter()
        flags = map(over.__contains__, pairs)
        for i in compress(range(start), flags):  # only the dots of those pairs
            placed[pairs[i]] += 1
            if placed[pairs[i]] > most[pairs[i][0]]:
                start = i
                break
    if start == len(dots):
        return start, counts
    if start < len(dots) // 2:
        return start, Counter(pairs[:start])
    counts.subtract(Counter(pairs[start:]))
    return start, counts


_ID_SAFE = re.compile(r"[^A-Za-z0-9_.:-]")


def new_id(prefix: str, taken: set[str] | None = None) -> str:
    """A short random id such as ``card-3f9a2b1c``, unique within ``taken``."""
    import secrets

    prefix = _ID_SAFE.sub("", prefix)[:16] or "x"
    while True:
        candidate = f"{prefix}-{secrets.token_hex(4)}"
        if not taken or candidate not in taken:
            return candidate
