"""Where a comment marker sits, the same on screen and on paper (no Qt): a small disc at the
top right corner of a card, of a stage header and of a lane header, that has open comments.
The canvas writes in it how many are open; a poster printed with its comments writes the
number of the object's first note (``note_numbers``), the notes listed on a page of their own.
"""

from __future__ import annotations

from mapstudio.core.comments import remarks
from mapstudio.core.model import JourneyMap

MARK_RADIUS = 6.0
MARK_FILL = "#e67e22"  # amber: stands out from every lane's colours
MARK_TEXT = "#ffffff"
MARK_FONT_SIZE = 7.5


def card_mark(width: float) -> tuple[float, float]:
    """The marker's centre, from a card's (or metric's) top-left corner; it overlaps the corner
    so that it never covers the card's text."""
    return width - 3.0, 3.0


def header_mark(width: float) -> tuple[float, float]:
    """The marker's centre, from a stage or lane header's top-left corner."""
    return width - 12.0, 12.0


def note_numbers(m: JourneyMap) -> dict[str, int]:
    """For each card, stage or lane with open comments, the number of its first note (notes are
    numbered from 1 in ``core.comments.remarks`` order)."""
    numbers: dict[str, int] = {}
    for number, remark in enumerate(remarks(m), start=1):
        numbers.setdefault(remark.owner.id, number)
    return numbers
