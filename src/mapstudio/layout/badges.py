"""A card's badge strip, shared by the canvas and the poster so that screen and paper always
word a card alike, and by the layout, which reserves the strip's room only on cards that show
one. ``BADGES`` is the one table of what a card shows: ``badge_texts`` words it and
``card_has_badges`` tells whether anything is there, so a new card field that shows a badge is
one row here. No Qt import: the words come from ``mapstudio.core.vocabulary``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from mapstudio.core.model import Card, LaneKind, Participant
from mapstudio.core.vocabulary import (
    online_name,
    positive_moment_name,
    severity_name,
    short_level_name,
)
from mapstudio.layout import theme
from mapstudio.layout.textfit import metrics
from mapstudio.text.translate import QCoreApplication, fill

TOUCHPOINTS = frozenset({LaneKind.TOUCHPOINTS})
FRICTIONS = frozenset({LaneKind.FRICTIONS})
OPPORTUNITIES = frozenset({LaneKind.OPPORTUNITIES})
EVERY_LANE = frozenset(LaneKind)

#: Lanes whose cards always carry their lane's symbol (⚠, ★), so greyscale prints tell them apart.
KIND_SYMBOL_LANES = FRICTIONS | OPPORTUNITIES


@dataclass(frozen=True)
class Badge:
    """One badge: shown on cards of ``lanes`` whose ``value`` is set (not None, 0 or empty)."""

    side: str  # "left" (the lane's own fields) or "right" (tags, evidence)
    lanes: frozenset[LaneKind]
    value: Callable[[Card], object]
    text: Callable[[object], str]


def _impact(level: object) -> str:
    return fill(QCoreApplication.translate("CardBadge", "impact %1"), short_level_name(level))


def _effort(level: object) -> str:
    return fill(QCoreApplication.translate("CardBadge", "effort %1"), short_level_name(level))


def _votes(votes: object) -> str:
    return fill(QCoreApplication.translate("CardBadge", "▲%1"), votes)


def _positive(_marked: object) -> str:
    return f"{theme.POSITIVE_SYMBOL} {positive_moment_name()}"


def _severity(severity: object) -> str:
    return f"{theme.SEVERITY_SYMBOLS[severity]} {severity_name(severity)}"


#: Every badge, in strip order (left side, then right side).
BADGES: tuple[Badge, ...] = (
    # a positive moment leads the strip (None when not marked: False would show a badge)
    Badge("left", EVERY_LANE, lambda c: True if c.positive else None, _positive),
    Badge("left", TOUCHPOINTS, lambda c: c.channel, lambda v: theme.CHANNEL_SYMBOLS[v]),
    Badge("left", TOUCHPOINTS, Card.is_online, online_name),
    Badge("left", FRICTIONS, lambda c: c.severity, _severity),
    Badge("left", OPPORTUNITIES, lambda c: c.impact, _impact),
    Badge("left", OPPORTUNITIES, lambda c: c.effort, _effort),
    Badge("left", OPPORTUNITIES, lambda c: c.votes, _votes),
    Badge("right", EVERY_LANE, lambda c: c.tags, lambda v: " ".join("#" + tag for tag in v)),
    Badge("right", EVERY_LANE, lambda c: c.evidence, lambda v: theme.EVIDENCE_SYMBOLS[v]),
)


#: The badges a lane's cards can show (measuring a big map asks this for every card).
BADGES_BY_LANE: dict[LaneKind, tuple[Badge, ...]] = {
    kind: tuple(b for b in BADGES if kind in b.lanes) for kind in LaneKind
}


def _shown(value: object) -> bool:
    return isinstance(value, bool) or bool(value)  # offline is a badge; 0 votes, no tags are not


def card_has_badges(card: Card, kind: LaneKind) -> bool:
    """Whether the card shows a badge strip (its lane's symbol, channel, severity, tags...)."""
    if kind in KIND_SYMBOL_LANES or card.author is not None:
        return True
    return any(_shown(b.value(card)) for b in BADGES_BY_LANE[kind])


def badge_texts(card: Card, kind: LaneKind) -> tuple[str, str]:
    """(left, right) texts of a card's badge strip: the lane's symbol and its own fields left
    (channel symbol, online; ⚠ severity; ★ impact, effort, votes), tags and the evidence symbol
    right. Kept short so the strip fits the card at the badge font size."""
    left: list[str] = [theme.LANE_STYLES[kind].icon] if kind in KIND_SYMBOL_LANES else []
    right: list[str] = []
    for badge in BADGES_BY_LANE[kind]:
        value = badge.value(card)
        if _shown(value):
            (left if badge.side == "left" else right).append(badge.text(value))
    return " ".join(left), " ".join(right)


@dataclass(frozen=True)
class AuthorMark:
    """Who wrote a note: their initials in a small badge of their colour, at the right end of
    the card's badge strip (``width`` and ``height`` in points, at ``theme.AUTHOR_MARK_*``)."""

    initials: str
    fill: str
    ink: str  # black or white, whichever reads on ``fill``
    width: float
    height: float = theme.AUTHOR_MARK_HEIGHT


def participants_by_id(participants: Iterable[Participant]) -> dict[str, Participant]:
    return {p.id: p for p in participants}


def author_mark(card: Card, people: dict[str, Participant]) -> AuthorMark | None:
    """The card's author badge (None when the note is unsigned); ``people`` by id."""
    person = people.get(card.author) if card.author is not None else None
    if person is None:
        return None
    initials = person.initials or "?"
    text_width = metrics(bold=True).width(initials, theme.AUTHOR_MARK_FONT_SIZE)
    width = text_width + 2 * theme.AUTHOR_MARK_PADDING
    return AuthorMark(initials, person.colour, theme.ink_on(person.colour), max(width, 14.0))
