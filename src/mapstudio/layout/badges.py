"""A card's badges, shared by the canvas and the poster so that screen and paper always word
and place them alike, and by the layout, which reserves as many rows of them as a card needs.

``BADGES`` is the one table of what a card shows: each badge's words (short, on the card), its
meaning (a sentence, for the tooltip) and its look. ``badge_strip`` places a card's badges in
rows of pills measured with the shipped font (``textfit``), so a canvas item and the poster
draw the very same strip; ``card_has_badges`` tells whether a card has any. A new card field
that shows a badge is one row here. No Qt import: the words come from
``mapstudio.core.vocabulary`` in the map's language.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from operator import attrgetter

from mapstudio.core.model import Card, LaneKind, Participant
from mapstudio.core.vocabulary import (
    channel_name,
    evidence_name,
    field_name,
    in_map_language,
    lane_kind_name,
    level_name,
    online_name,
    positive_moment_hint,
    positive_moment_name,
    severity_name,
    short_evidence_name,
    short_level_name,
    vote_count,
)
from mapstudio.layout import theme
from mapstudio.layout.textfit import ellipsize, metrics
from mapstudio.records import record
from mapstudio.text.translate import QCoreApplication, fill

TOUCHPOINTS = frozenset({LaneKind.TOUCHPOINTS})
FRICTIONS = frozenset({LaneKind.FRICTIONS})
OPPORTUNITIES = frozenset({LaneKind.OPPORTUNITIES})
OWNED = frozenset({LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE})
EVERY_LANE = frozenset(LaneKind)

#: Lanes whose cards always carry their lane's symbol (⚠, ★), so greyscale prints tell them apart.
KIND_SYMBOL_LANES = FRICTIONS | OPPORTUNITIES

ELLIPSIS = "…"


@record
class Words:
    """One badge worded: ``text`` on the card, ``meaning`` in its tooltip."""

    key: str  # which badge ("channel", "votes"...): tests and the tooltip find it by this
    text: str
    meaning: str
    role: str  # "symbol" | "strong" | "lane" | "muted" (see theme.badge_colours)


@record
class Badge:
    """One badge: shown on cards of ``lanes`` whose ``value`` is set (not None, 0 or empty).
    ``key`` is the card field it shows (online also reads the channel)."""

    key: str
    lanes: frozenset[LaneKind]
    value: Callable[[Card], object]
    text: Callable[[object], str]
    meaning: Callable[[object], str]
    role: str


# Literal context and text at each call, so pyside6-lupdate extracts them.
t = QCoreApplication.translate


def _said(name_of: str, value: str) -> str:
    return fill(t("CardBadge", "%1: %2"), field_name(name_of), value)


def _positive_meaning(_marked: object) -> str:
    return fill(t("CardBadge", "%1: %2"), field_name("positive"), positive_moment_hint())


def _channel(channel: object) -> str:
    return f"{theme.CHANNEL_SYMBOLS[channel]} {channel_name(channel)}"


def _online_meaning(online: object) -> str:
    if online:
        return t("CardBadge", "Online: the customer meets it on a screen")
    return t("CardBadge", "Offline: the customer meets it in person, by phone or on paper")


def _severity(severity: object) -> str:
    return f"{theme.SEVERITY_SYMBOLS[severity]} {severity_name(severity)}"


def _severity_meaning(severity: object) -> str:
    return fill(t("CardBadge", "Severity: %1 (%2 of 3)"), severity_name(severity), severity)


def _impact(level: object) -> str:
    return fill(t("CardBadge", "impact %1"), short_level_name(level))


def _effort(level: object) -> str:
    return fill(t("CardBadge", "effort %1"), short_level_name(level))


def _votes_meaning(votes: object) -> str:
    return fill(t("CardBadge", "Workshop votes: %1"), vote_count(votes))


def _owner(owner: object) -> str:
    return fill(t("CardBadge", "owner: %1"), owner)


def _owner_meaning(owner: object) -> str:
    return fill(t("CardBadge", "Owner: %1, who takes it forward"), owner)


def _evidence(evidence: object) -> str:
    return f"{theme.EVIDENCE_SYMBOLS[evidence]} {short_evidence_name(evidence)}"


def _tags(tags: object) -> str:
    return " ".join("#" + tag for tag in tags)


#: Every badge, in strip order.
BADGES: tuple[Badge, ...] = (
    # a positive moment leads the strip (None when not marked: False would show a badge)
    Badge(
        "positive",
        EVERY_LANE,
        lambda c: True if c.positive else None,
        lambda _v: f"{theme.POSITIVE_SYMBOL} {positive_moment_name()}",
        _positive_meaning,
        "strong",
    ),
    Badge(
        "channel",
        TOUCHPOINTS,
        lambda c: c.channel,
        _channel,
        lambda v: fill(t("CardBadge", "Touchpoint channel: %1"), channel_name(v)),
        "lane",
    ),
    Badge("online", TOUCHPOINTS, Card.is_online, online_name, _online_meaning, "lane"),
    Badge("severity", FRICTIONS, lambda c: c.severity, _severity, _severity_meaning, "strong"),
    Badge(
        "impact",
        OPPORTUNITIES,
        lambda c: c.impact,
        _impact,
        lambda v: fill(t("CardBadge", "Impact: %1, the benefit expected"), level_name(v)),
        "lane",
    ),
    Badge(
        "effort",
        OPPORTUNITIES,
        lambda c: c.effort,
        _effort,
        lambda v: fill(t("CardBadge", "Effort: %1, the work it takes"), level_name(v)),
        "lane",
    ),
    Badge("votes", OPPORTUNITIES, lambda c: c.votes, vote_count, _votes_meaning, "lane"),
    Badge("owner", OWNED, lambda c: c.owner.strip(), _owner, _owner_meaning, "lane"),
    Badge(
        "evidence",
        EVERY_LANE,
        lambda c: c.evidence,
        _evidence,
        lambda v: _said("evidence", evidence_name(v)),
        "muted",
    ),
    Badge(
        "tags",
        EVERY_LANE,
        lambda c: tuple(c.tags),
        _tags,
        lambda v: _said("tags", ", ".join(v)),
        "muted",
    ),
)

#: The badges a lane's cards can show (measuring a big map asks this for every card).
BADGES_BY_LANE: dict[LaneKind, tuple[Badge, ...]] = {
    kind: tuple(b for b in BADGES if kind in b.lanes) for kind in LaneKind
}


def _fields(kind: LaneKind) -> tuple[str, ...]:
    read = [(b.key, "channel") if b.key == "online" else (b.key,) for b in BADGES_BY_LANE[kind]]
    return tuple(dict.fromkeys(f for fields in read for f in fields if f != "tags"))


# The card fields a lane's badges show, read at once (tags apart: a list), so the layout can
# tell a card without badges, and find a card's strip by value, without asking each badge.
_READ = {kind: attrgetter(*_fields(kind)) for kind in LaneKind}
_OFFLINE_AT = {kind: _fields(kind).index("online") if "online" in _fields(kind) else -1
               for kind in LaneKind}  # fmt: skip
_STRIPS: dict[tuple, BadgeStrip] = {}  # strips by the values they show (see badge_strip)
MAX_STRIPS = 8192


def _shown(value: object) -> bool:
    return isinstance(value, bool) or bool(value)  # offline is a badge; 0 votes, no tags are not


def card_has_badges(card: Card, kind: LaneKind) -> bool:
    """Whether the card shows a badge strip (its lane's symbol, channel, severity, tags...)."""
    if kind in KIND_SYMBOL_LANES or card.author is not None:
        return True
    return any(_shown(b.value(card)) for b in BADGES_BY_LANE[kind])


def _values(card: Card, kind: LaneKind) -> tuple[object, ...]:
    return tuple(b.value(card) for b in BADGES_BY_LANE[kind])


def card_badges(card: Card, kind: LaneKind) -> list[Words]:
    """The card's badges worded, in strip order, in the current language: its lane's symbol
    (⚠, ★), then its own fields (bright spot, channel, online; severity; impact, effort,
    votes, owner), evidence and tags."""
    return list(_worded(kind, _values(card, kind)))


def _worded(kind: LaneKind, values: tuple[object, ...]) -> tuple[Words, ...]:
    found: list[Words] = []
    if kind in KIND_SYMBOL_LANES:
        symbol = theme.LANE_STYLES[kind].icon
        found.append(
            Words("lane", symbol, fill(t("CardBadge", "Lane: %1"), lane_kind_name(kind)), "symbol")
        )
    for badge, value in zip(BADGES_BY_LANE[kind], values, strict=True):
        if _shown(value):
            found.append(Words(badge.key, badge.text(value), badge.meaning(value), badge.role))
    return tuple(found)


def badge_texts(card: Card, kind: LaneKind) -> tuple[str, str]:
    """(left, right) words of a card's badges as one line each (the Markdown export): the
    lane's symbol and its own fields left, evidence and tags right."""
    words = card_badges(card, kind)
    left = [w.text for w in words if w.role != "muted"]
    right = [w.text for w in words if w.role == "muted"]
    return " ".join(left), " ".join(right)


# --- the strip: badges placed in rows -----------------------------------------------------------
@record
class PlacedBadge:
    """A badge in its strip: ``x``, ``y`` from the strip's top-left corner, ``width`` of its
    pill (its words and padding); ``text`` may end in an ellipsis where the card is narrow."""

    x: float
    y: float
    width: float
    words: Words
    fitted: str | None = None  # the words shortened to fit (None: whole)

    @property
    def text(self) -> str:
        return self.words.text if self.fitted is None else self.fitted


@record
class BadgeStrip:
    badges: tuple[PlacedBadge, ...]
    rows: int  # 0: no strip (a signed card with no badge still has one row, for the initials)
    complete: bool  # False: some badges did not fit in theme.BADGE_MAX_ROWS rows


NO_STRIP = BadgeStrip((), 0, True)


def badge_strip(
    card: Card, kind: LaneKind, width: float, language: str, row_height: float
) -> BadgeStrip:
    """The card's badges placed in rows of ``width`` (the card's text width), worded in the
    map's ``language``: the layout reserves ``rows`` rows, the canvas and the poster draw the
    badges where they are placed. A signed card keeps room for its author's initials at the
    right of the first row."""
    # a big map's layout asks this for every card: its fields are read at once, and a strip
    # is placed once for the values it shows (its touchpoints share a few channels...)
    raw = _READ[kind](card)
    tags = card.tags
    signed = card.author is not None
    offline = _OFFLINE_AT[kind]
    if not (
        signed
        or tags
        or kind in KIND_SYMBOL_LANES
        or any(raw)
        or (offline >= 0 and raw[offline] is False)
    ):
        return NO_STRIP
    key = (kind, raw, tuple(tags), signed, width, language, row_height)
    strip = _STRIPS.get(key)
    if strip is None:
        if len(_STRIPS) >= MAX_STRIPS:
            _STRIPS.clear()
        with in_map_language(language):
            words = _worded(kind, _values(card, kind))
        strip = _STRIPS[key] = _place(words, width, row_height, signed)
    return strip


def _place(words: Iterable[Words], width: float, row_height: float, signed: bool) -> BadgeStrip:
    """Badges in reading order, each in the first row with room for it (a short badge fills a
    gap an earlier long one left), in up to ``theme.BADGE_MAX_ROWS`` rows; past them an
    ellipsis ends the strip."""
    fm = metrics()
    size, pad, gap = theme.BADGE_FONT_SIZE, theme.BADGE_PADDING, theme.BADGE_GAP
    placed: list[PlacedBadge] = []
    ends: list[float] = []  # where each row's next badge would start

    def room(row: int) -> float:
        return width - (theme.AUTHOR_MARK_ROOM if signed and row == 0 else 0.0)

    complete = True
    for w in words:
        framed = w.role != "symbol"
        pad_both = 2 * pad if framed else 0.0
        pill = fm.width(w.text, size) + pad_both
        row = next((r for r, x in enumerate(ends) if x + pill <= room(r)), None)
        if row is None:
            if len(ends) >= theme.BADGE_MAX_ROWS:
                complete = False
                continue
            row = len(ends)
            ends.append(0.0)
        x, fitted = ends[row], None
        if pill > room(row) - x:  # alone on its row and still too wide: its words shortened
            fitted = ellipsize(w.text, room(row) - x - pad_both, size)
            pill = fm.width(fitted, size) + pad_both
        placed.append(PlacedBadge(x, row * row_height, pill, w, fitted))
        ends[row] = x + pill + gap
    if not complete and placed:  # the last row says that more were left out
        last_row = len(ends) - 1
        ellipsis = fm.width(ELLIPSIS, size)
        more = Words("more", ELLIPSIS, "", "symbol")
        if ends[last_row] + ellipsis <= room(last_row):
            placed.append(PlacedBadge(ends[last_row], last_row * row_height, ellipsis, more))
        else:  # no room after it: the ellipsis takes the place of the row's last badge
            at = max(i for i, p in enumerate(placed) if p.y == last_row * row_height)
            last = placed[at]
            placed[at] = PlacedBadge(last.x, last.y, ellipsis, more)
    rows = len(ends) if placed or signed else 0
    rows = max(rows, 1) if signed else rows
    return BadgeStrip(tuple(placed), rows, complete)


def badge_colours(words: Words, kind: LaneKind) -> theme.BadgeColours:
    """How a badge looks on a card of a lane of ``kind`` (a bright spot in its own green)."""
    accent = theme.POSITIVE_ACCENT if words.key == "positive" else theme.LANE_STYLES[kind].accent
    if words.key == "more":
        return theme.BadgeColours(None, None, theme.MUTED_TEXT)
    return theme.badge_colours(words.role, accent)


def badge_meanings(card: Card, kind: LaneKind) -> list[str]:
    """What each of the card's badges means, one sentence each, in the current language
    (the card's tooltip: all of them, also those its strip had no room for)."""
    return [w.meaning for w in card_badges(card, kind)]


def strip_top(text_top: float, rows: int, row_height: float) -> float:
    """Where a card's badge strip starts (from the card's top): right above its text."""
    return text_top - rows * row_height


@record
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
    width = min(max(width, 14.0), theme.AUTHOR_MARK_ROOM - 4)
    return AuthorMark(initials, person.colour, theme.ink_on(person.colour), width)
