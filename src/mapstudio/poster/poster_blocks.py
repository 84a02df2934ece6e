"""The poster's title block (title, personas, description, author, date, file) and its legend
(lane kinds, channels, friction severity, opportunity scale, evidence, emotion curves)."""

from __future__ import annotations

from dataclasses import dataclass, field

from mapstudio.core.model import Channel, Curve, Evidence, JourneyMap, LaneKind, Persona
from mapstudio.core.vocabulary import (
    card_count,
    channel_name,
    curve_name,
    evidence_name,
    field_name,
    lane_count,
    lane_kind_name,
    map_field_name,
    sentence_case,
    severity_name,
    short_level_name,
    stage_count,
    untitled_map_title,
)
from mapstudio.layout import theme
from mapstudio.layout.textfit import ellipsize, wrap
from mapstudio.poster.fonts import string_width
from mapstudio.poster.labels import long_date
from mapstudio.poster.surface import Surface
from mapstudio.poster.texts import QCoreApplication

TITLE_SIZE = 30.0
LEADING = 1.25


def _clip(text: str, width: float, size: float, bold: bool = False) -> str:
    return text if string_width(text, size, bold) <= width else ellipsize(text, width, size, bold)


def _wrap_max(
    text: str, width: float, size: float, max_lines: int, bold: bool = False
) -> list[str]:
    lines = [line for line in wrap(text, width, size, bold) if line] if text.strip() else []
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = ellipsize(lines[-1], width, size, bold)
    return lines


# --- title block ---------------------------------------------------------------------------------
@dataclass
class TitleBlock:
    width: float
    title: list[str]
    description: list[str]
    personas: list[tuple[int, Persona, list[str]]]
    meta: list[tuple[str, str]]
    height: float = 0.0


def title_block(m: JourneyMap, width: float, file_name: str) -> TitleBlock:
    left = width * 0.64
    right = width * 0.30
    title = _wrap_max(m.title or untitled_map_title(), left, TITLE_SIZE, 2, True)
    description = _wrap_max(m.description, left, 11.0, 4)
    personas = [
        (i, p, _wrap_max(p.description, left - 22, 9.5, 2)) for i, p in enumerate(m.personas)
    ]
    counts = " · ".join(
        (stage_count(len(m.stages)), lane_count(len(m.lanes)), card_count(len(m.cards)))
    )
    meta = [
        (map_field_name("author"), m.author or "—"),
        (QCoreApplication.translate("Poster", "Date"), long_date(m.modified.date())),
        (QCoreApplication.translate("Poster", "File"), file_name or "—"),
        (map_field_name("emotion_scale"), m.emotion_scale.value),
        (QCoreApplication.translate("Poster", "Contents"), counts),
    ]
    meta = [(label, _clip(value, right - 4, 10.5)) for label, value in meta]
    tb = TitleBlock(width, title, description, personas, meta)
    left_h = len(title) * TITLE_SIZE * 1.15 + 6
    left_h += len(description) * 11.0 * LEADING + (8 if description else 0)
    if personas:
        left_h += 16 + sum(14 + len(lines) * 9.5 * LEADING + 4 for _, _, lines in personas)
    right_h = len(meta) * 26.0
    tb.height = max(left_h, right_h) + 18
    return tb


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
        for i, persona, lines in tb.personas:
            marker = theme.PERSONA_MARKERS[i % len(theme.PERSONA_MARKERS)]
            s.marker(marker, 7, y + 6.5, 4.5, persona.colour, persona.colour)
            s.text(22, y, persona.name, 10.5, theme.TEXT, bold=True)
            y += 14
            s.lines(22, y, lines, 9.5, theme.MUTED_TEXT)
            y += len(lines) * 9.5 * LEADING + 4
    x = tb.width * 0.70
    s.rect(x - 14, 0, 1.2, len(tb.meta) * 26.0 - 6, fill=theme.GRID_LINE)
    for j, (label, value) in enumerate(tb.meta):
        s.text(x, j * 26.0, label.upper(), 7.5, theme.MUTED_TEXT, bold=True)
        s.text(x, j * 26.0 + 10, value, 10.5, theme.TEXT)
    s.rect(0, tb.height - 6, tb.width, 2.5, fill=theme.HEADER_FILL)


# --- legend ------------------------------------------------------------------------------------
@dataclass
class LegendItem:
    kind: str  # "lane" | "symbol" | "friction" | "opportunity" | "curve" | "text"
    label: str
    symbol: str = ""
    colour: str = theme.TEXT
    lane: LaneKind | None = None
    persona: tuple[int, Persona] | None = None
    curve: Curve = Curve.AS_IS


@dataclass
class LegendSection:
    heading: str
    items: list[LegendItem] = field(default_factory=list)


@dataclass
class Legend:
    width: float
    placed: list[tuple[float, float, LegendSection]]
    height: float


COLUMN = 200.0
ROW = 15.0


def legend(m: JourneyMap, width: float) -> Legend:
    sections = _sections(m)
    placed, x, y, tallest = [], 0.0, 22.0, 0.0
    for sec in sections:
        h = 18 + len(sec.items) * ROW
        if x and x + COLUMN > width:
            x, y, tallest = 0.0, y + tallest + 12, 0.0
        placed.append((x, y, sec))
        tallest = max(tallest, h)
        x += COLUMN + 12
    return Legend(width, placed, y + tallest + 4)


def _sections(m: JourneyMap) -> list[LegendSection]:
    t = QCoreApplication.translate
    lanes = LegendSection(t("Poster", "Lanes"))
    for kind in LaneKind:
        ls = theme.LANE_STYLES[kind]
        lanes.items.append(LegendItem("lane", lane_kind_name(kind), ls.icon, ls.accent, lane=kind))
    channels = [
        LegendItem(
            "symbol",
            channel_name(ch),
            theme.CHANNEL_SYMBOLS[ch],
            theme.LANE_STYLES[LaneKind.TOUCHPOINTS].accent,
        )
        for ch in Channel
    ]
    half = (len(channels) + 1) // 2
    ch1 = LegendSection(t("Poster", "Touchpoint channels"), channels[:half])
    ch2 = LegendSection("", channels[half:])
    red = theme.LANE_STYLES[LaneKind.FRICTIONS].accent
    frictions = LegendSection(t("Poster", "Friction severity"))
    frictions.items.append(LegendItem("friction", t("Poster", "Friction: cut corner, bar, ⚠")))
    for sev in (1, 2, 3):
        frictions.items.append(
            LegendItem("symbol", severity_name(sev), theme.SEVERITY_SYMBOLS[sev], red)
        )
    green = theme.LANE_STYLES[LaneKind.OPPORTUNITIES].accent
    opps = LegendSection(t("Poster", "Opportunity scale"))
    opps.items.append(LegendItem("opportunity", t("Poster", "Opportunity: dashed, round, ★")))
    levels = " · ".join(short_level_name(level) for level in (1, 2, 3))
    opps.items.append(
        LegendItem("symbol", t("Poster", "impact: %1").replace("%1", levels), "↑", green)
    )
    opps.items.append(
        LegendItem("symbol", t("Poster", "effort: %1").replace("%1", levels), "⚒", green)
    )
    opps.items.append(LegendItem("symbol", t("Poster", "workshop votes"), "▲", green))
    evidence = LegendSection(field_name("evidence"))
    for ev in Evidence:
        name = sentence_case(evidence_name(ev))
        evidence.items.append(
            LegendItem("symbol", name, theme.EVIDENCE_SYMBOLS[ev], theme.MUTED_TEXT)
        )
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
    return [lanes, ch1, ch2, frictions, opps, evidence, emotions]


def draw_legend(s: Surface, lg: Legend) -> None:
    s.text(0, 0, QCoreApplication.translate("Poster", "Legend"), 12, theme.HEADER_FILL, bold=True)
    for x, y, sec in lg.placed:
        if sec.heading:
            s.text(x, y, sec.heading.upper(), 7.5, theme.MUTED_TEXT, bold=True)
        for j, item in enumerate(sec.items):
            _draw_item(s, x, y + 16 + j * ROW, item)


def _draw_item(s: Surface, x: float, y: float, item: LegendItem) -> None:
    label_x, size = x + 36, 9.0
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
    elif item.kind == "symbol":
        s.text(x + 14, y, item.symbol, 9.5, item.colour, True, "center")
    else:
        label_x = x
    width = COLUMN - (label_x - x) - 4
    s.text(label_x, y, _clip(item.label, width, size), size, theme.TEXT)
