"""Where a vote's dots sit on a card, the same on screen and on paper (no Qt).

Dots are stuck along the card's bottom edge, half over it, like paper dots on a sticky note:
they never cover the card's text and never change the layout (a cast does not move a card
under the next voter's pointer). They run from the left; when more are cast than fit side by
side they overlap, and past what overlapping holds the last place says how many more.
"""

from __future__ import annotations

from mapstudio.records import record

DOT_RADIUS = 6.0
DOT_PITCH = 14.0  # from one dot's centre to the next when they fit side by side
MIN_PITCH = 7.0  # the closest they overlap before the strip says "+n"
DOT_OUTLINE = "#ffffff"  # a ring so that touching dots of one colour stay countable
MORE_FILL = "#444444"
MORE_TEXT = "#ffffff"
DOT_FONT_SIZE = 6.5

# How far dots reach below a card's bottom edge (an item's bounds include it).
BELOW_CARD = 6.0


@record
class DotStrip:
    """The centres of the dots to draw (relative to the card's top-left corner), their radius,
    and ``more``: how many dots the last place stands for beyond itself (0: none hidden)."""

    centres: list[tuple[float, float]]
    radius: float
    more: int


def dot_strip(width: float, height: float, count: int, inset: float = 7.0) -> DotStrip:
    """The strip of ``count`` dots on a card of ``width`` x ``height`` points; ``inset`` is the
    room left free at each end (the card's padding)."""
    if count <= 0:
        return DotStrip([], DOT_RADIUS, 0)
    r = DOT_RADIUS
    y = height + BELOW_CARD - r  # centred on the edge: clear of the text and the next card
    room = max(0.0, width - 2 * inset - 2 * r)  # from the first centre to the last
    fits = 1 + int(room // MIN_PITCH)
    shown = min(count, fits)
    pitch = DOT_PITCH if shown == 1 else min(DOT_PITCH, room / (shown - 1))
    centres = [(inset + r + i * pitch, y) for i in range(shown)]
    return DotStrip(centres, r, count - shown + 1 if count > shown else 0)
