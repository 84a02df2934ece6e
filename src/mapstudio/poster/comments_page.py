"""The poster's comments, printed only on request (``mapstudio export --comments``, or the
Export dialog's checkbox): the open comments as numbered notes, on pages of the poster's paper
after the map, whose markers carry the same numbers (``layout.comment_marks.note_numbers``).

Sizes are in "units" of the sheet (its shorter side / 70), so the notes read alike on A4 and
A0; notes that do not fit one page go on to the next, in two columns.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from mapstudio.core.comments import Remark, remarks
from mapstudio.core.model import Card, JourneyMap, Lane, Stage
from mapstudio.layout import theme
from mapstudio.poster.insights_page import GREY, _Pen
from mapstudio.poster.texts import QCoreApplication

UNITS = 70  # the sheet's shorter side, in units


def draw_comment_pages(c: Canvas, journey_map: JourneyMap, width: float, height: float) -> int:
    """As many pages as the open comments need (none without any); returns how many."""
    notes = remarks(journey_map)
    if not notes:
        return 0
    unit = min(width, height) / UNITS
    margin = 3 * unit
    gutter = 2 * unit
    column = (width - 2 * margin - gutter) / 2
    stages = {s.id: s.name for s in journey_map.stages}
    lanes = {x.id: x.title for x in journey_map.lanes}
    pages, number = 0, 1
    while number <= len(notes):
        pen = _Pen(c, height, unit)
        c.setPageSize((width, height))
        t = QCoreApplication.translate
        pen.text(margin, margin, journey_map.title, 2.0, bold=True)
        pen.text(margin, margin + 2.7 * unit, t("Poster", "Comments"), 1.3, colour=GREY)
        top = margin + 5.5 * unit
        for x in (margin, margin + column + gutter):
            y = top
            while number <= len(notes):
                note = notes[number - 1]
                dry = _Pen(c, height, unit, dry=True)
                needed = _note(dry, number, note, stages, lanes, x, y, column) - y
                if y + needed > height - margin and y > top:
                    break  # the next column, or the next page
                y = _note(pen, number, note, stages, lanes, x, y, column)
                number += 1
        c.showPage()
        pages += 1
    return pages


def _note(
    pen: _Pen,
    number: int,
    note: Remark,
    stages: dict[str, str],
    lanes: dict[str, str],
    x: float,
    y: float,
    width: float,
) -> float:
    """One numbered note; returns the y under it."""
    unit = pen.unit
    indent = 2.2 * unit
    pen.text(x, y, f"{number}.", 1.0, bold=True, colour="#b9570f")
    heading = pen.fit(about(note.owner, stages, lanes), 1.0, width - indent, bold=True)
    pen.text(x + indent, y, heading, 1.0, bold=True)
    y += 1.35 * unit
    comment = note.comment
    said = comment.created.date().isoformat()
    if comment.author:
        said = f"{comment.author} · {said}"
    pen.text(x + indent, y, said, 0.85, colour=GREY)
    y += 1.2 * unit
    y = pen.wrapped(x + indent, y, width - indent, comment.text, 1.0, colour=theme.TEXT)
    return y + 0.9 * unit


def about(owner: Card | Stage | Lane, stages: dict[str, str], lanes: dict[str, str]) -> str:
    """What a note is about, in one line: the stage, the lane, or the card and its cell."""
    t = QCoreApplication.translate
    if isinstance(owner, Stage):
        return t("Poster", "Stage: %1").replace("%1", owner.name)
    if isinstance(owner, Lane):
        return t("Poster", "Lane: %1").replace("%1", owner.title)
    text = " ".join(owner.text.split()) or "…"
    cell = f"{stages.get(owner.stage, '')} · {lanes.get(owner.lane, '')}"
    return t("Poster", "%1 (%2)").replace("%1", text).replace("%2", cell)
