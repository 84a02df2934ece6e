"""The poster's title block (title, personas, description, author, date, file) and its legend
(lane kinds, channels, friction severity, opportunity scale, evidence, emotion curves)."""

from __future__ import annotations

from dataclasses import dataclass, field

from mapstudio.core.model import (
    Curve,
    Image,
    JourneyMap,
    LaneKind,
    Persona,
)
from mapstudio.core.vocabulary import (
    card_count,
    lane_count,
    map_field_name,
    stage_count,
    untitled_map_title,
)
from mapstudio.layout import theme
from mapstudio.layout.dot_strip import DOT_OUTLINE, DOT_RADIUS
from mapstudio.layout.legend import (
    LEGEND_PHOTO,
    LINE,
    LegendItem,
    LegendSection,
    legend_sections,
)
from mapstudio.layout.textfit import ellipsize, wrap
from mapstudio.poster.fonts import string_width
from mapstudio.poster.labels import long_date
from mapstudio.poster.surface import Surface
from mapstudio.poster.texts import QCoreApplication
from mapstudio.text.translate import labelled

TITLE_SIZE = 30.0
CREDIT_SIZE = 8.0  # the map's source and licence
LEADING = 1.25


def _clip(text: str, width: float, size: float, bold: bool = False) -> str:
    return text if string_width(text, size, bold) <= width else ellipsize(text, width, size, bold)


def _wrap_max(
    text: str, width: float, size: float, max_lines: int, bold: bool = False
) -> tuple[list[str], bool]:
    """The text wrapped to ``width``, at most ``max_lines`` lines; and whether it was cut."""
    lines = [line for line in wrap(text, width, size, bold) if line] if text.strip() else []
    if len(lines) <= max_lines:
        return lines, False
    lines = lines[:max_lines]
    lines[-1] = ellipsize(lines[-1], width, size, bold)
    return lines, True


# --- title block ---------------------------------------------------------------------------------
TITLE_LINES = 3
DESCRIPTION_LINES = 16  # a long description reads as a paragraph, not as a wall: beyond, a cut
PERSONA_LINES = 3
PERSONA_SIZE = 9.5


@dataclass
class TitleBlock:
    width: float
    title: list[str]
    description: list[str]
    personas: list[tuple[int, Persona, list[str], list[str]]]  # index, persona, name, text
    meta: list[tuple[str, str]]
    height: float = 0.0
    cuts: list[str] = field(default_factory=list)  # one sentence per text cut with "…"
    meta_x: float = 0.0  # where the facts' column starts
    meta_y: float = 0.0
    credits: list[str] = field(default_factory=list)  # source and licence, in small type


def title_block(
    m: JourneyMap, width: float, file_name: str, meta_below: bool = False
) -> TitleBlock:
    """The title block in ``width``: texts at the left and the facts (author, date, ...) in a
    column at the right, or, in a narrow block (``meta_below``), the facts under the texts."""
    t = QCoreApplication.translate
    left = width if meta_below else width * 0.64
    right = width if meta_below else width * 0.30
    cuts: list[str] = []
    title, cut = _wrap_max(m.title or untitled_map_title(), left, TITLE_SIZE, TITLE_LINES, True)
    if cut:
        cuts.append(t("Export", 'The map\'s title is too long to print whole: it ends with "…".'))
    description, cut = _wrap_max(m.description, left, 11.0, DESCRIPTION_LINES)
    if cut:
        cuts.append(
            t(
                "Export",
                'The map\'s description is too long to print whole: it ends with "…" after %1 lines.',
            ).replace("%1", str(DESCRIPTION_LINES))
        )
    personas = []
    for i, p in enumerate(m.personas):
        indent = persona_indent(p)
        name, name_cut = _wrap_max(p.name, left - indent, 10.5, 2, True)
        text, text_cut = _wrap_max(p.description, left - indent, PERSONA_SIZE, PERSONA_LINES)
        if name_cut or text_cut:
            cuts.append(
                t(
                    "Export",
                    'Persona "%1" is too long to print whole in the title block: it ends with "…".',
                ).replace("%1", _clip(p.name, 200, 10.5))
            )
        personas.append((i, p, name, text))
    counts = " · ".join(
        (stage_count(len(m.stages)), lane_count(len(m.lanes)), card_count(len(m.cards)))
    )
    meta = [
        (map_field_name("author"), m.author or "—"),
        (t("Poster", "Date"), long_date(m.modified.date())),
        (t("Poster", "File"), file_name or "—"),
        (map_field_name("emotion_scale"), m.emotion_scale.value),
        (t("Poster", "Contents"), counts),
    ]
    if not any(lane.kind is LaneKind.EMOTIONS for lane in m.lanes):
        del meta[3]  # no scale to read on a map without emotions
    fitted = []
    for label, value in meta:
        shown = _clip(value, right - 4, 10.5)
        if shown != value:
            cuts.append(
                t(
                    "Export",
                    '"%1" in the title block is too long to print whole: it ends with "…".',
                ).replace("%1", labelled(label, value))
            )
        fitted.append((label, shown))
    # Where the map comes from and its terms: small, under the texts, whole (or reported).
    credits: list[str] = []
    for name in ("source", "licence"):
        value = " ".join(getattr(m, name).split())
        if value:
            lines, cut = _wrap_max(labelled(map_field_name(name), value), left, CREDIT_SIZE, 6)
            credits += lines
            if cut:
                cuts.append(
                    t(
                        "Export",
                        '"%1" in the title block is too long to print whole: it ends with "…".',
                    ).replace("%1", map_field_name(name))
                )
    tb = TitleBlock(width, title, description, personas, fitted, cuts=cuts, credits=credits)
    left_h = len(title) * TITLE_SIZE * 1.15 + 6
    left_h += len(description) * 11.0 * LEADING + (8 if description else 0)
    if personas:
        left_h += 16 + sum(persona_height(p, name, lines) + 4 for _, p, name, lines in personas)
    left_h += len(credits) * CREDIT_SIZE * LEADING + (6 if credits else 0)
    right_h = len(fitted) * 26.0
    if meta_below:
        tb.meta_x, tb.meta_y = 14.0, left_h + 10
        tb.height = tb.meta_y + right_h + 18
    else:
        tb.meta_x = width * 0.70
        tb.height = max(left_h, right_h) + 18
    return tb


PHOTO = 52.0  # a persona's photo in the title block, its longest side


def persona_indent(p: Persona) -> float:
    """Where a persona's name starts in the title block: after its marker (and photo)."""
    return 22 + (PHOTO + 8 if p.photo is not None else 0)


def persona_height(p: Persona, name: list[str], lines: list[str]) -> float:
    text = len(name) * 14 + len(lines) * PERSONA_SIZE * LEADING
    return max(text, PHOTO) if p.photo is not None else text


def _fit(image: Image, width: float, height: float) -> tuple[float, float]:
    """The size of ``image`` scaled to fit ``width`` x ``height``, its aspect kept."""
    scale = min(width / image.width, height / image.height)
    return image.width * scale, image.height * scale


def draw_title(s: Surface, tb: TitleBlock) -> None:
    y = 0.0
    for line in tb.title:
        s.text(0, y, line, TITLE_SIZE, theme.HEADER_FILL, bold=True)
        y += TITLE_SIZE * 1.15
    y += 6
    s.lines(0, y, tb.description, 11.0, theme.TEXT)
    y += len(tb.description) * 11.0 * LEADING + (8 if tb.description else 0)
    if tb.personas:
        heading = QCoreApplication.translate("Poster", "Personas")
        s.text(0, y, heading.upper(), 8.5, theme.MUTED_TEXT, bold=True)
        y += 16
        for i, persona, name, lines in tb.personas:
            marker = theme.PERSONA_MARKERS[i % len(theme.PERSONA_MARKERS)]
            s.marker(marker, 7, y + 6.5, 4.5, persona.colour, persona.colour)
            indent, top = persona_indent(persona), y
            if persona.photo is not None:
                s.image(22, y, *_fit(persona.photo, PHOTO, PHOTO), persona.photo)
            for line in name:
                s.text(indent, y, line, 10.5, theme.TEXT, bold=True)
                y += 14
            s.lines(indent, y, lines, PERSONA_SIZE, theme.MUTED_TEXT)
            y = top + persona_height(persona, name, lines) + 4
    if tb.credits:
        s.lines(0, y + 6, tb.credits, CREDIT_SIZE, theme.MUTED_TEXT)
    x, top = tb.meta_x, tb.meta_y
    s.rect(x - 14, top, 1.2, len(tb.meta) * 26.0 - 6, fill=theme.GRID_LINE)
    for j, (label, value) in enumerate(tb.meta):
        s.text(x, top + j * 26.0, label.upper(), 7.5, theme.MUTED_TEXT, bold=True)
        s.text(x, top + j * 26.0 + 10, value, 10.5, theme.TEXT)
    s.rect(0, tb.height - 6, tb.width, 2.5, fill=theme.HEADER_FILL)


# --- legend ------------------------------------------------------------------------------------
@dataclass
class Legend:
    width: float
    placed: list[tuple[float, float, LegendSection]]
    height: float
    cuts: list[str] = field(default_factory=list)


COLUMN = 200.0
LEGEND_GAP = 12.0  # between legend columns, and between sections in a column
LEGEND_TOP = 22.0  # below the legend's heading
LABEL_SIZE = 9.0
LABEL_LINES = 3


def legend(m: JourneyMap, width: float) -> Legend:
    """The keys to what this map shows (and nothing it does not), in as many columns as
    ``width`` holds, each section going to the shortest column."""
    sections = legend_sections(m)
    cuts = []
    for sec in sections:
        for item in sec.items:
            room = COLUMN - item.indent - 4
            item.lines, cut = _wrap_max(item.label, room, LABEL_SIZE, LABEL_LINES)
            item.lines = item.lines or [""]
            if cut:
                cuts.append(
                    QCoreApplication.translate(
                        "Export", 'The legend entry "%1" is too long to print whole.'
                    ).replace("%1", item.label)
                )
    columns = max(1, int((width + LEGEND_GAP) // (COLUMN + LEGEND_GAP)))
    tops = [LEGEND_TOP] * columns
    placed = []
    for sec in sections:
        j = min(range(columns), key=lambda i: (tops[i], i))
        x = j * (COLUMN + LEGEND_GAP)
        if not sec.heading and placed and placed[-1][0] == x:
            # The second half of a long section (made to balance columns) landed right under
            # its first half: one section again, with no gap and no empty heading between.
            _, tops[j], first = placed.pop()
            sec = LegendSection(first.heading, [*first.items, *sec.items])
        placed.append((x, tops[j], sec))
        tops[j] += sec.height + LEGEND_GAP
    height = max(tops) - (LEGEND_GAP if sections else 0) + 4
    return Legend(width, placed, height, cuts)


def draw_legend(s: Surface, lg: Legend) -> None:
    s.text(0, 0, QCoreApplication.translate("Poster", "Legend"), 12, theme.HEADER_FILL, bold=True)
    for x, y, sec in lg.placed:
        if sec.heading:
            s.text(x, y, sec.heading.upper(), 7.5, theme.MUTED_TEXT, bold=True)
        top = y + 16
        for item in sec.items:
            _draw_item(s, x, top, item)
            top += item.height


def _draw_item(s: Surface, x: float, y: float, item: LegendItem) -> None:
    label_x = x + 36
    if item.kind == "lane" and item.lane is not None:
        ls = theme.LANE_STYLES[item.lane]
        s.rect(x, y, 28, 12, ls.fill, ls.accent, 0.8)
        s.text(x + 14, y + 0.5, item.symbol, 8.5, ls.accent, True, "center")
    elif item.kind == "friction":
        ls = theme.LANE_STYLES[LaneKind.FRICTIONS]
        s.polygon(
            [(x, y), (x + 22, y), (x + 28, y + 6), (x + 28, y + 12), (x, y + 12)],
            ls.fill,
            ls.accent,
            0.8,
        )
        s.rect(x, y, 3, 12, fill=ls.accent)
        s.text(x + 15, y + 1, "⚠", 8, ls.accent, True, "center")
    elif item.kind == "opportunity":
        ls = theme.LANE_STYLES[LaneKind.OPPORTUNITIES]
        s.rect(x, y, 28, 12, ls.fill, ls.accent, 0.9, dash=(2.0, 1.5), radius=4)
        s.text(x + 14, y + 1, "★", 8, ls.accent, True, "center")
    elif item.kind == "curve" and item.persona is not None:
        i, p = item.persona
        dash = theme.TO_BE_DASH if item.curve is Curve.TO_BE else None
        s.line(x, y + 6, x + 28, y + 6, p.colour, 2.2, dash)
        marker = theme.PERSONA_MARKERS[i % len(theme.PERSONA_MARKERS)]
        to_be = item.curve is Curve.TO_BE
        s.marker(marker, x + 14, y + 6, 3.2, "#ffffff" if to_be else p.colour, p.colour)
        if p.photo is not None:
            w, h = _fit(p.photo, LEGEND_PHOTO, LEGEND_PHOTO)
            s.image(x + 34 + (LEGEND_PHOTO - w) / 2, y - 1 + (LEGEND_PHOTO - h) / 2, w, h, p.photo)
        label_x = x + item.indent
    elif item.kind == "symbol":
        s.text(x + 14, y, item.symbol, 9.5, item.colour, True, "center")
    elif item.kind == "badge":  # a badge's pill, as on the cards
        look = theme.badge_colours("lane", item.colour)
        s.rect(x, y, 28, 12, look.fill, look.edge, 0.8, radius=6)
    elif item.kind == "dot":  # a vote's dot, as on the cards (layout.dot_strip)
        s.marker("circle", x + 14, y + 6, DOT_RADIUS, item.colour, DOT_OUTLINE)
    elif item.kind == "positive":  # a card framed in green with its sun, as on the map
        s.rect(x, y, 28, 12, "#ffffff", theme.POSITIVE_ACCENT, 1.4, radius=2)
        s.text(x + 14, y + 0.5, theme.POSITIVE_SYMBOL, 8.5, theme.POSITIVE_ACCENT, True, "center")
    elif item.kind == "blueprint":
        s.line(
            x,
            y + 6,
            x + 28,
            y + 6,
            theme.BLUEPRINT_LINE,
            theme.BLUEPRINT_LINE_WIDTH,
            theme.BLUEPRINT_LINE_DASH,
        )
    else:
        label_x = x
    for j, line in enumerate(item.lines):
        s.text(label_x, y + j * LINE, line, LABEL_SIZE, theme.TEXT)
