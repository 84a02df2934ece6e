"""Colours and shapes shared by the canvas and the poster (no Qt), so paper matches screen.

Frictions and opportunities must read without colour (greyscale print): frictions are drawn
with a cut top-right corner, a thick left bar and a warning triangle; opportunities with
rounded corners, a dashed border and a star. Plain cards are square sticky notes.
"""

from __future__ import annotations

from dataclasses import dataclass

from mapstudio.core.model import Channel, Evidence, LaneKind


@dataclass(frozen=True)
class LaneStyle:
    fill: str  # card fill
    band: str  # lane background band
    accent: str  # lane header bar and borders
    shape: str  # "note" | "friction" | "opportunity" | "touchpoint" | "metric" | "curve"
    icon: str  # a symbol drawn in the lane header (DejaVu Sans has all of these)


LANE_STYLES: dict[LaneKind, LaneStyle] = {
    LaneKind.ACTIONS: LaneStyle("#fff4c2", "#fffbea", "#c9a227", "note", "▶"),
    LaneKind.TOUCHPOINTS: LaneStyle("#d6ecff", "#f1f8ff", "#2f7fc1", "touchpoint", "◉"),
    LaneKind.THOUGHTS: LaneStyle("#efe3ff", "#f9f4ff", "#7b52b9", "note", "☁"),
    LaneKind.EMOTIONS: LaneStyle("#ffffff", "#fbfbfb", "#d0504a", "curve", "♥"),
    LaneKind.FRICTIONS: LaneStyle("#ffd9d6", "#fff3f2", "#c0392b", "friction", "⚠"),
    LaneKind.OPPORTUNITIES: LaneStyle("#d7f5dd", "#f2fcf4", "#2e8b57", "opportunity", "★"),
    LaneKind.BACKSTAGE: LaneStyle("#e6e9ed", "#f6f7f9", "#5d6d7e", "note", "⚙"),
    LaneKind.METRICS: LaneStyle("#e0f4f4", "#f3fbfb", "#16817f", "metric", "∑"),
    LaneKind.NOTES: LaneStyle("#f5f0e6", "#fbf9f5", "#8d7b5a", "note", "✎"),
    LaneKind.STORYBOARD: LaneStyle("#ffffff", "#f7f7f4", "#4a5560", "note", "▣"),
}

#: A one-glyph symbol per channel (all present in DejaVu Sans), drawn on touchpoint cards.
CHANNEL_SYMBOLS: dict[Channel, str] = {
    Channel.WEBSITE: "⌂",
    Channel.SEARCH: "⚲",
    Channel.SOCIAL: "♯",
    Channel.ONLINE_AD: "◈",
    Channel.EMAIL: "✉",
    Channel.SMS: "✆",
    Channel.MOBILE_APP: "▯",
    Channel.STORE: "⚑",
    Channel.PHONE: "☎",
    Channel.CHAT: "☏",
    Channel.WORD_OF_MOUTH: "☺",
    Channel.EVENT: "✦",
    Channel.OTHER: "•",
}

EVIDENCE_SYMBOLS: dict[Evidence, str] = {
    Evidence.OBSERVED: "●",  # from data
    Evidence.ASSUMED: "◐",
    Evidence.PROPOSED: "○",
}

SEVERITY_SYMBOLS = {1: "!", 2: "!!", 3: "!!!"}

#: Default persona colours, in order, for curves (distinct also as greyscale + dash patterns).
PERSONA_COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b"]

#: Dash pattern (on, off) per persona index, so curves differ in greyscale; "to be" is dashed.
PERSONA_MARKERS = ["circle", "square", "diamond", "triangle", "circle", "square"]
TO_BE_DASH = (6.0, 4.0)
# The emotions lane's rules, alike on screen, in images and on paper: a light solid guide at
# each score and, over it, the neutral line dashed.
SCORE_LINE = "#eceef1"
SCORE_LINE_WIDTH = 1.0
NEUTRAL_LINE = "#9aa5b1"
NEUTRAL_LINE_WIDTH = 1.2
NEUTRAL_LINE_DASH = (4.8, 2.4)  # in points (Qt's dash line at this width)

GRID_LINE = "#d5d8dc"
HEADER_FILL = "#2c3e50"
HEADER_TEXT = "#ffffff"
STAGE_BAND_HEIGHT = 5.0  # a stage's own colour, a band across the top of its header
TEXT = "#1c2833"
MUTED_TEXT = "#5d6d7e"
