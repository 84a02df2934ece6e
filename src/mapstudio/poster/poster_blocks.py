"""The poster's title block (title, personas, description, author, date, file) and its legend
(lane kinds, channels, friction severity, opportunity scale, evidence, emotion curves)."""

from __future__ import annotations

from dataclasses import dataclass, field

from mapstudio.core.blueprint import lines_before
from mapstudio.core.model import (
    Channel,
    Curve,
    DotVote,
    Evidence,
    Image,
    JourneyMap,
    LaneKind,
    Persona,
)
from mapstudio.core.vocabulary import (
    blueprint_line_name,
    card_count,
    channel_name,
    curve_name,
    dot_count,
    evidence_name,
    field_name,
    lane_count,
    lane_kind_name,
    map_field_name,
    positive_moment_hint,
    sentence_case,
    severity_name,
    short_level_name,
    stage_count,
    untitled_map_title,
)
from mapstudio.core.voting import dots_used, shown_vote, voters
from mapstudio.layout import theme
from mapstudio.layout.dot_strip import DOT_OUTLINE, DOT_RADIUS
from mapstudio.layout.textfit import ellipsize, wrap
from mapstudio.poster.fonts import string_width
from mapstudio.poster.labels import long_date
from mapstudio.poster.surface import Surface
from mapstudio.poster.texts import QCoreApplication

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
                ).replace("%1", f"{label}: {value}")
            )
        fitted.append((label, shown))
    # Where the map comes from and its terms: small, under the texts, whole (or reported).
    credits: list[str] = []
    for name in ("source", "licence"):
        value = " ".join(getattr(m, name).split())
        if value:
            lines, cut = _wrap_max(f"{map_field_name(name)}: {value}", left, CREDIT_SIZE, 6)
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
LEGEND_PHOTO = 14.0  # ... in the emotions legend, next to the persona's curve


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
class LegendItem:
    kind: str  # "lane" | "symbol" | "friction" | "opportunity" | "curve" | "dot" | "text"
    label: str
    symbol: str = ""
    colour: str = theme.TEXT
    lane: LaneKind | None = None
    persona: tuple[int, Persona] | None = None
    curve: Curve = Curve.AS_IS
    lines: list[str] = field(default_factory=list)  # the label wrapped to the column

    @property
    def height(self) -> float:
        return ROW + LINE * (len(self.lines) - 1)

    @property
    def photo(self) -> Image | None:
        return self.persona[1].photo if self.persona is not None else None

    @property
    def indent(self) -> float:
        """Where the label starts: after the key (and a persona's photo)."""
        if self.kind == "text":
            return 0.0
        return 36 + (LEGEND_PHOTO + 4 if self.photo is not None else 0)


@dataclass
class LegendSection:
    heading: str
    items: list[LegendItem] = field(default_factory=list)

    @property
    def height(self) -> float:
        return 18 + sum(item.height for item in self.items)


@dataclass
class Legend:
    width: float
    placed: list[tuple[float, float, LegendSection]]
    height: float
    cuts: list[str] = field(default_factory=list)


COLUMN = 200.0
LEGEND_GAP = 12.0  # between legend columns, and between sections in a column
LEGEND_TOP = 22.0  # below the legend's heading
ROW = 15.0
LINE = 11.5  # each further line of a wrapped legend label
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
        placed.append((j * (COLUMN + LEGEND_GAP), tops[j], sec))
        tops[j] += sec.height + LEGEND_GAP
    height = max(tops) - (LEGEND_GAP if sections else 0) + 4
    return Legend(width, placed, height, cuts)


def legend_sections(m: JourneyMap) -> list[LegendSection]:
    t = QCoreApplication.translate
    kinds = {lane.id: lane.kind for lane in m.lanes}
    shown = {lane.id for lane in m.lanes if not lane.collapsed}
    on_map = [c for c in m.cards if c.lane in shown]  # a collapsed lane prints no cards

    def in_lanes(kind: LaneKind) -> list:
        return [c for c in on_map if kinds[c.lane] is kind]

    sections: list[LegendSection] = []
    lanes = LegendSection(t("Poster", "Lanes"))
    for kind in LaneKind:
        if kind in kinds.values():
            ls = theme.LANE_STYLES[kind]
            lanes.items.append(
                LegendItem("lane", lane_kind_name(kind), ls.icon, ls.accent, lane=kind)
            )
    sections.append(lanes)
    touchpoints = in_lanes(LaneKind.TOUCHPOINTS)
    used = {c.channel for c in touchpoints}
    channels = [
        LegendItem(
            "symbol",
            channel_name(ch),
            theme.CHANNEL_SYMBOLS[ch],
            theme.LANE_STYLES[LaneKind.TOUCHPOINTS].accent,
        )
        for ch in Channel
        if ch in used
    ]
    if channels:
        half = (len(channels) + 1) // 2 if len(channels) > 7 else len(channels)
        sections.append(LegendSection(t("Poster", "Touchpoint channels"), channels[:half]))
        if channels[half:]:
            sections.append(LegendSection("", channels[half:]))
    if LaneKind.FRICTIONS in kinds.values():
        red = theme.LANE_STYLES[LaneKind.FRICTIONS].accent
        frictions = LegendSection(t("Poster", "Friction severity"))
        frictions.items.append(LegendItem("friction", t("Poster", "Friction: cut corner, bar, ⚠")))
        severities = {c.severity for c in in_lanes(LaneKind.FRICTIONS)}
        for sev in (1, 2, 3):
            if sev in severities:
                frictions.items.append(
                    LegendItem("symbol", severity_name(sev), theme.SEVERITY_SYMBOLS[sev], red)
                )
        sections.append(frictions)
    if LaneKind.OPPORTUNITIES in kinds.values():
        green = theme.LANE_STYLES[LaneKind.OPPORTUNITIES].accent
        opps = LegendSection(t("Poster", "Opportunity scale"))
        opps.items.append(LegendItem("opportunity", t("Poster", "Opportunity: dashed, round, ★")))
        levels = " · ".join(short_level_name(level) for level in (1, 2, 3))
        cards = in_lanes(LaneKind.OPPORTUNITIES)
        if any(c.impact for c in cards):
            opps.items.append(
                LegendItem("symbol", t("Poster", "impact: %1").replace("%1", levels), "↑", green)
            )
        if any(c.effort for c in cards):
            opps.items.append(
                LegendItem("symbol", t("Poster", "effort: %1").replace("%1", levels), "⚒", green)
            )
        if any(c.votes for c in cards):
            opps.items.append(LegendItem("symbol", t("Poster", "workshop votes"), "▲", green))
        sections.append(opps)
    evidence = LegendSection(field_name("evidence"))
    found = {c.evidence for c in on_map}
    for ev in Evidence:
        if ev in found:
            evidence.items.append(
                LegendItem(
                    "symbol",
                    sentence_case(evidence_name(ev)),
                    theme.EVIDENCE_SYMBOLS[ev],
                    theme.MUTED_TEXT,
                )
            )
    if evidence.items:
        sections.append(evidence)
    if any(c.positive for c in on_map):
        moments = LegendSection(field_name("positive"))
        moments.items.append(LegendItem("positive", positive_moment_hint()))
        sections.append(moments)
    if m.blueprint:
        lines = lines_before([lane.kind for lane in m.ordered_lanes()]).values()
        if lines:
            section = LegendSection(map_field_name("blueprint"))
            section.items += [LegendItem("blueprint", blueprint_line_name(x)) for x in lines]
            sections.append(section)
    if any(kinds[lane] is LaneKind.EMOTIONS for lane in shown):
        sections.append(_emotions_section(m))
    vote = shown_vote(m)
    if vote is not None:
        sections.append(_vote_section(m, vote))
    return sections


def _vote_section(m: JourneyMap, vote: DotVote) -> LegendSection:
    """Whose colour each dot on the cards is, with how many dots each placed."""
    section = LegendSection(vote.title)
    for person in voters(m, vote):
        placed = dot_count(dots_used(m, vote, person.id))
        section.items.append(LegendItem("dot", f"{person.name} ({placed})", colour=person.colour))
    return section


def _emotions_section(m: JourneyMap) -> LegendSection:
    t = QCoreApplication.translate
    emotions = LegendSection(lane_kind_name(LaneKind.EMOTIONS))
    low, high = m.emotion_scale.bounds
    scale = (
        t("Poster", "Scale %1 (☹) to %2 (☺)")
        .replace("%1", str(low))
        .replace("%2", f"+{high}" if low < 0 else str(high))
    )
    emotions.items.append(LegendItem("text", scale))
    for i, p in enumerate(m.personas):
        for curve in (Curve.AS_IS, Curve.TO_BE):
            if any(e.persona == p.id and e.curve == curve for e in m.emotion_points):
                emotions.items.append(
                    LegendItem(
                        "curve", f"{p.name}, {curve_name(curve)}", persona=(i, p), curve=curve
                    )
                )
    if len(emotions.items) == 1:
        emotions.items.append(LegendItem("text", t("Poster", "as is: solid · to be: dashed")))
    return emotions


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
