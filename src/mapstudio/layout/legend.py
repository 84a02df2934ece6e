"""What a map's legend says, shared by the poster and the canvas's legend: its sections and
entries (lane kinds, channels, friction severity, opportunity badges, evidence, bright spots,
blueprint lines, emotion curves, a shown vote's dots), only for what the map shows, in the words
of ``core.vocabulary``. How big an entry is (``ROW``, ``LINE``) is shared too; each side draws
the keys (``poster.poster_blocks.draw_legend``, ``gui.canvas.legend``). No Qt."""

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
    channel_name,
    curve_name,
    dot_count,
    evidence_name,
    field_name,
    lane_kind_name,
    map_field_name,
    positive_moment_hint,
    sentence_case,
    severity_name,
    short_level_name,
)
from mapstudio.core.voting import dots_used, shown_vote, voters
from mapstudio.layout import theme
from mapstudio.text.translate import QCoreApplication

ROW = 15.0  # an entry of one line
LINE = 11.5  # each further line of a wrapped label
LEGEND_PHOTO = 14.0  # a persona's photo next to their curve


@dataclass
class LegendItem:
    kind: str  # "lane" | "symbol" | "badge" | "friction" | "opportunity" | "curve" | "dot" | "text"...
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


def legend_sections(m: JourneyMap) -> list[LegendSection]:
    t = QCoreApplication.translate
    kinds = {lane.id: lane.kind for lane in m.lanes}
    shown = {lane.id for lane in m.lanes if not lane.collapsed}
    on_map = [c for c in m.cards if c.lane in shown]  # a collapsed lane prints no cards
    by_kind: dict[LaneKind, list] = {}
    for c in on_map:
        by_kind.setdefault(kinds[c.lane], []).append(c)

    def in_lanes(kind: LaneKind) -> list:
        return by_kind.get(kind, [])

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
        # the cards' badges say these in words: the key is a badge's pill
        if any(c.impact for c in cards):
            impact = t("Poster", "impact: %1").replace("%1", levels)
            opps.items.append(LegendItem("badge", impact, colour=green))
        if any(c.effort for c in cards):
            effort = t("Poster", "effort: %1").replace("%1", levels)
            opps.items.append(LegendItem("badge", effort, colour=green))
        if any(c.votes for c in cards):
            opps.items.append(LegendItem("badge", t("Poster", "workshop votes"), colour=green))
        if any(c.owner.strip() for c in cards):
            owner = t("Poster", "owner: who takes it forward")
            opps.items.append(LegendItem("badge", owner, colour=green))
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
