"""Where a service blueprint line's label sits, alike on screen and on paper (no Qt).

The lines themselves are placed with the rows (``MapGeometry.blueprint_lines``): each gets a
band of its own between two lanes, so neither the line nor its label covers a card.
"""

from __future__ import annotations

from mapstudio.layout import theme
from mapstudio.layout.grid import BlueprintLineGeom
from mapstudio.layout.textfit import metrics

BLUEPRINT_LABEL_PAD = 5.0  # room around the label's text, inside its frame
BLUEPRINT_LABEL_LEFT = 8.0  # from the map's left edge (or from the pinned lane headers)


def blueprint_label_box(
    line: BlueprintLineGeom, label: str, left: float = 0.0
) -> tuple[float, float, float, float]:
    """The framed label of ``line`` (x, y, width, height) for the text ``label`` (bold, at
    ``BLUEPRINT_LABEL_SIZE``), centred on the line near the left edge ``left``. Measured with
    the shipped font's own widths, so the frame fits the text on screen, in images and on
    paper alike."""
    height = min(line.height - 2, theme.BLUEPRINT_LABEL_SIZE + 5)
    text_width = metrics(bold=True).width(label, theme.BLUEPRINT_LABEL_SIZE)
    return (
        left + BLUEPRINT_LABEL_LEFT,
        line.y - height / 2,
        text_width + 2 * BLUEPRINT_LABEL_PAD,
        height,
    )
