"""Where a map's review comments are, and the one order they are listed and numbered in: the
Comments dock lists the open ones in it, and a poster printed with its comments numbers them so.
No Qt.

The order follows the map as it is read: stage headers left to right, then lane headers top to
bottom, then the cards lane by lane, stage by stage, in each cell top to bottom; within a thread,
the order the comments were written.
"""

from __future__ import annotations

from mapstudio.core.model import COMMENTED, Card, Comment, JourneyMap, Lane, Stage
from mapstudio.core.ordering import cells_in_display_order
from mapstudio.records import record


@record
class Remark:
    """One comment with what it is about."""

    owner: Card | Stage | Lane
    comment: Comment


def comment_owner(m: JourneyMap, comment_id: str) -> tuple[Card | Stage | Lane, int] | None:
    """The card, stage or lane holding ``comment_id``, and the comment's place in its thread."""
    for collection in COMMENTED:
        for obj in getattr(m, collection):
            for i, comment in enumerate(obj.comments):
                if comment.id == comment_id:
                    return obj, i
    return None


def remarks(m: JourneyMap, open_only: bool = True) -> list[Remark]:
    """Every comment of the map (the open ones only by default), in reading order."""
    owners: list[Card | Stage | Lane] = [*m.ordered_stages(), *m.ordered_lanes()]
    cells = cells_in_display_order(c for c in m.cards if c.comments)
    for lane in m.ordered_lanes():
        for stage in m.ordered_stages():
            owners += cells.get((stage.id, lane.id), [])
    return [
        Remark(owner, comment)
        for owner in owners
        for comment in owner.comments
        if not (open_only and comment.resolved)
    ]


def has_open_comments(obj: object) -> bool:
    """Whether a card, stage or lane has a comment nobody resolved (the canvas marks it)."""
    return any(not c.resolved for c in getattr(obj, "comments", ()))
