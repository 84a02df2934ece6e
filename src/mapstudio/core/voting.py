"""What a dot vote's state says (no Qt): the open vote, who has dots left, whose turn is next,
what each card got, where the dots are shown, and the ranked result with its ties explained.

The edits that change a vote (start, cast, remove a dot, reveal, close) are in ``core.edits``;
they and every view (canvas, poster, vote bar, results) read the vote through these functions,
so that they agree on what is in scope, who may still vote and how ties are broken.
"""

from __future__ import annotations

from collections import Counter

from mapstudio.core.model import Card, Dot, DotVote, JourneyMap, LaneKind, Participant
from mapstudio.core.ordering import in_display_order
from mapstudio.records import record
from mapstudio.text.translate import QCoreApplication, TranslationContext, fill

translate = QCoreApplication.translate
Voting = TranslationContext("Voting")

# The lane kinds that cannot hold cards, so they cannot be voted on.
NOT_VOTABLE = frozenset({LaneKind.EMOTIONS})


def open_vote(m: JourneyMap) -> DotVote | None:
    """The vote in progress (at most one is open at a time), or None."""
    return next((v for v in reversed(m.votes) if not v.closed), None)


def vote_dots(m: JourneyMap, vote_id: str) -> list[Dot]:
    """The vote's dots, in the order they were cast."""
    return [d for d in m.dots if d.vote == vote_id]


def voters(m: JourneyMap, vote: DotVote) -> list[Participant]:
    """The vote's participants, in their turn order."""
    people = {p.id: p for p in m.participants}
    return [people[i] for i in vote.participants if i in people]


def dots_used(m: JourneyMap, vote: DotVote, participant: str) -> int:
    return sum(1 for d in m.dots if d.vote == vote.id and d.participant == participant)


def dots_left(m: JourneyMap, vote: DotVote, participant: str) -> int:
    return max(0, vote.dots_each - dots_used(m, vote, participant))


def in_scope(vote: DotVote, card: Card) -> bool:
    """Whether ``card`` can get dots in ``vote`` (it sits in one of the vote's lanes)."""
    return card.lane in vote.lanes


def next_voter(m: JourneyMap, vote: DotVote, current: str | None, step: int = 1) -> str | None:
    """The participant after (``step`` 1) or before (-1) ``current`` in turn order who still has
    dots; ``current`` itself if nobody else has; None when every dot is cast."""
    order = vote.participants
    if not order:
        return None
    start = order.index(current) if current in order else -step
    for k in range(1, len(order) + 1):
        candidate = order[(start + step * k) % len(order)]
        if dots_left(m, vote, candidate):
            return candidate
    return None


def shown_vote(m: JourneyMap) -> DotVote | None:
    """The vote whose dots a map shows on its cards (canvas and poster): the open vote once it
    is revealed. A hidden vote shows no dots; a closed one lives on in the cards' votes."""
    vote = open_vote(m)
    return vote if vote is not None and not vote.hidden else None


def shown_dots(m: JourneyMap) -> dict[str, list[str]]:
    """For each card of the shown vote that has dots, their colours in the order cast."""
    vote = shown_vote(m)
    if vote is None:
        return {}
    colours = {p.id: p.colour for p in m.participants}
    shown: dict[str, list[str]] = {}
    for d in vote_dots(m, vote.id):
        shown.setdefault(d.card, []).append(colours.get(d.participant, "#7f7f7f"))
    return shown


def tally(m: JourneyMap, vote_id: str) -> Counter[str]:
    """How many dots each card got in the vote."""
    return Counter(d.card for d in vote_dots(m, vote_id))


@record
class RankedCard:
    """One line of a vote's result: ``rank`` is shared by cards with as many dots (1, 2, 2, 4)."""

    card: str
    text: str
    dots: int
    voters: int  # how many participants put at least one dot on it
    rank: int
    tied: bool  # another card has as many dots


def map_order(m: JourneyMap) -> dict[str, int]:
    """Each card's place when the map is read stage by stage, lane by lane, top to bottom."""
    stages = {s.id: i for i, s in enumerate(m.ordered_stages())}
    lanes = {x.id: i for i, x in enumerate(m.ordered_lanes())}
    cards = in_display_order(m.cards)
    ordered = sorted(
        cards, key=lambda c: (stages.get(c.stage, len(stages)), lanes.get(c.lane, len(lanes)))
    )
    return {c.id: i for i, c in enumerate(ordered)}


def ranking(m: JourneyMap, vote: DotVote) -> list[RankedCard]:
    """The cards in the vote's scope, most dots first. Equal dots share a rank; among them the
    card chosen by more participants comes first (wider support), then the map's reading order."""
    dots = vote_dots(m, vote.id)
    counts = Counter(d.card for d in dots)
    supporters: dict[str, set[str]] = {}
    for d in dots:
        supporters.setdefault(d.card, set()).add(d.participant)
    place = map_order(m)
    cards = [c for c in m.cards if in_scope(vote, c)]
    cards.sort(key=lambda c: (-counts[c.id], -len(supporters.get(c.id, ())), place[c.id]))
    per_count = Counter(counts[c.id] for c in cards)
    result: list[RankedCard] = []
    rank = 0
    for i, c in enumerate(cards):
        if i == 0 or counts[c.id] != counts[cards[i - 1].id]:
            rank = i + 1
        n = counts[c.id]
        result.append(
            RankedCard(c.id, c.text, n, len(supporters.get(c.id, ())), rank, per_count[n] > 1)
        )
    return result


def tie_notes(result: list[RankedCard]) -> list[str]:
    """One sentence per group of cards with the same number of dots (at least one dot), saying
    how the order within the group was decided."""
    notes: list[str] = []
    groups: dict[int, list[RankedCard]] = {}
    for line in result:
        if line.tied and line.dots:
            groups.setdefault(line.rank, []).append(line)
    for rank, group in groups.items():
        names = ", ".join(_short(line.text) for line in group)
        support = {line.voters for line in group}
        if len(support) == len(group):
            how = translate("Voting", "ordered by how many participants chose each one")
        elif len(support) == 1:
            how = translate(
                "Voting", "as many participants chose each one, so they follow the map's order"
            )
        else:
            how = translate(
                "Voting", "ordered by how many participants chose each one, then by the map's order"
            )
        tied = Voting.tr("Rank %1: %2 tied with %Ln dot(s), %3.", "", group[0].dots)
        notes.append(fill(tied, rank, names, how))
    return notes


def _short(text: str, length: int = 40) -> str:
    line = " ".join(text.split()) or "…"
    return f"“{line if len(line) <= length else line[: length - 1] + '…'}”"
