"""Colours and shapes shared by the canvas and the poster (no Qt), so paper matches screen.

Frictions and opportunities must read without colour (greyscale print): frictions are drawn
with a cut top-right corner, a thick left bar and a warning triangle; opportunities with
rounded corners, a dashed border and a star. Plain cards are square sticky notes.
"""

from __future__ import annotations

from functools import cache

from mapstudio.core.model import Channel, Evidence, LaneKind
from mapstudio.layout.style import LayoutStyle
from mapstudio.records import record, replace


# --- design tokens ----------------------------------------------------------------------------
@record
class Tokens:
    """The few colours every surface is drawn with. The canvas and the poster take theirs
    through the names below (TEXT, MUTED_TEXT, GRID_LINE, the editor's looks); the widgets
    through ``gui.appearance`` (the application's palette and the pages drawn by hand)."""

    window: str  # window and panel ground
    surface: str  # fields, lists, the welcome page's cards
    surface_alt: str  # alternate rows, a picture not drawn yet
    text: str
    muted: str  # secondary words: dates, hints, counts
    border: str  # frames, separators, the grid between cells
    accent: str  # selection, focus, the default button, links
    on_accent: str  # words on the accent
    danger: str  # errors, what deletes
    warning: str  # what needs care (a poster text too small to read)
    success: str
    canvas: str  # around the map; the map itself stays paper-light (see DARK)


#: Light: the map's own paper and ink, the windows a soft grey.
LIGHT = Tokens(
    window="#f3f4f6",
    surface="#ffffff",
    surface_alt="#eceff2",
    text="#1c2833",
    muted="#5d6d7e",
    border="#d5d8dc",
    accent="#2f6fdf",
    on_accent="#ffffff",
    danger="#c0392b",
    warning="#a05a00",
    success="#1e8e3e",
    canvas="#e9ecef",
)
#: Dark, for the windows when the system is dark. The map stays light, like the paper it is
#: printed on and the projector look the room sees: its lane colours carry meaning (sticky
#: notes, greyscale-safe friction and opportunity shapes) and must match the poster; only the
#: ground around it darkens, as design tools keep a white artboard on a dark canvas.
DARK = Tokens(
    window="#1f2328",
    surface="#272c33",
    surface_alt="#2f353d",
    text="#e6e9ec",
    muted="#9aa5b1",
    border="#3d454f",
    accent="#5b9cff",
    on_accent="#0d1117",
    danger="#ff7b72",
    warning="#e3b341",
    success="#56d364",
    canvas="#14181c",
)

# Spacing (pixels on screen): between a label and its field, inside a card, around a page.
SPACE_XS = 4
SPACE_S = 8
SPACE_M = 12
SPACE_L = 16
SPACE_XL = 24
SPACE_XXL = 40
# Corner radii (pixels): small controls, cards and frames, large panels.
RADIUS_S = 4
RADIUS_M = 6
RADIUS_L = 8
# Type sizes (points): the interface's body text is the system's (at least TYPE_BODY).
TYPE_CAPTION = 8.0
TYPE_BODY = 9.0
TYPE_HEADING = 11.5
TYPE_TITLE = 20.0


@record
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
    LaneKind.SUPPORT: LaneStyle("#e4e7f2", "#f4f5fa", "#4b5a8a", "note", "⚒"),
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

GRID_LINE = LIGHT.border
# A service blueprint's lines: dark and dashed, so they read as boundaries, not grid lines.
BLUEPRINT_LINE = "#34495e"
BLUEPRINT_LINE_WIDTH = 1.4
BLUEPRINT_LINE_DASH = (7.0, 3.5)
BLUEPRINT_LABEL_SIZE = 9.0  # whole: the canvas sizes fonts in pixels only then
# A positive moment (a bright spot): a green edge and a sun, readable in greyscale by the glyph.
POSITIVE_ACCENT = "#2e9e4f"
POSITIVE_SYMBOL = "☀"
HEADER_FILL = "#2c3e50"
HEADER_TEXT = "#ffffff"
STAGE_BAND_HEIGHT = 5.0  # a stage's own colour, a band across the top of its header
TEXT = LIGHT.text
MUTED_TEXT = LIGHT.muted


# --- looks: the editor's, and the projector's light and dark ---------------------------------
@record
class Look:
    """The colours a map is shown in around its cards. The editor keeps its own look (the
    constants above, as on paper); presentation mode swaps in a projector look. Cards keep
    their lane's fill and dark text in every look: sticky notes read on any wall."""

    canvas: str  # around the map
    paper: str  # the map's own ground (behind lanes and headers)
    band_alpha: float  # 1.0: each lane's own band colour; below: mixed into ``band``
    band: str  # the ground the lane bands are mixed into
    grid: str
    grid_width: float
    lane_header: str  # lane header fill (the lane's accent is tinted in)
    header_text: str  # lane header titles and the map title
    muted: str  # counts, ticks, hints
    stage_fill: str  # stage header
    stage_text: str
    point_label: str  # emotion point labels, on the band
    dim: str  # laid over the stages around the focused one in presentation
    focus: str  # the frame round the focused stage


EDITOR_LOOK = Look(
    canvas=LIGHT.canvas,
    paper="#ffffff",
    band_alpha=1.0,
    band="#ffffff",
    grid=GRID_LINE,
    grid_width=1.0,
    lane_header="#ffffff",
    header_text=TEXT,
    muted=MUTED_TEXT,
    stage_fill=HEADER_FILL,
    stage_text=HEADER_TEXT,
    point_label=TEXT,
    dim="#00000000",
    focus="#00000000",
)

#: The editor in a dark system: the same paper-light map on a dark ground (see DARK).
EDITOR_DARK_LOOK = replace(EDITOR_LOOK, canvas=DARK.canvas)

#: Projector looks: stronger lines and darker words than on screen (a projector washes colours
#: out), the stages around the focused one veiled.
PROJECTOR_LIGHT = Look(
    canvas="#ffffff",
    paper="#ffffff",
    band_alpha=0.55,
    band="#ffffff",
    grid="#8c96a0",
    grid_width=1.5,
    lane_header="#ffffff",
    header_text="#000000",
    muted="#333d47",
    stage_fill="#14212e",
    stage_text="#ffffff",
    point_label="#000000",
    dim="#b4ffffff",  # ARGB: white at 70 %
    focus="#1a73e8",
)
PROJECTOR_DARK = Look(
    canvas="#0d1117",
    paper="#0d1117",
    band_alpha=0.12,
    band="#161b22",
    grid="#4a5563",
    grid_width=1.5,
    lane_header="#161b22",
    header_text="#ffffff",
    muted="#c9d1d9",
    stage_fill="#2f81f7",
    stage_text="#ffffff",
    point_label="#ffffff",
    dim="#b40d1117",  # ARGB: the ground at 70 %
    focus="#f0b429",
)
PROJECTOR_LOOKS = {"light": PROJECTOR_LIGHT, "dark": PROJECTOR_DARK}


def band_colour(look: Look, lane_band: str) -> str:
    """A lane's band in ``look``: its own pastel, or mixed into the look's ground."""
    if look.band_alpha >= 1.0:
        return lane_band
    return mix(look.band, lane_band, look.band_alpha)


@cache  # a few colour pairs, asked for each badge drawn
def mix(base: str, over: str, share: float) -> str:
    """``over`` laid on ``base`` at ``share`` (0..1), as "#rrggbb"."""
    a = [int(base[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(over[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * share):02x}" for x, y in zip(a, b, strict=True))


@cache
def ink_on(fill: str) -> str:
    """Black or white, whichever reads better on ``fill`` (WCAG relative luminance)."""
    channels = []
    for i in (1, 3, 5):
        c = int(fill[i : i + 2], 16) / 255
        channels.append(c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4)
    luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    return "#000000" if luminance > 0.179 else "#ffffff"


# --- presentation mode: sizes -----------------------------------------------------------------
#: The map's sizes on a projector: narrow lane headers (their titles wrap under the icon), a
#: low stage row, larger card text and tighter cells so more of a stage fits the screen.
PRESENTATION_STYLE = LayoutStyle(
    header_width=104.0,
    stage_header_height=44.0,
    column_width=220.0,
    cell_padding=8.0,
    card_gap=6.0,
    card_padding=7.0,
    font_size=12.0,
    min_font_size=12.0,
    min_card_height=34.0,
    min_lane_height=50.0,
    image_height=70.0,
    storyboard_image_height=100.0,
    emotion_lane_height=150.0,
    emotion_margin=20.0,
)
#: Card text height on a projector, in pixels per 720 pixels of screen height: the default
#: presentation zoom gives card text this size (24 px on a 1280x720 projector, 36 px at 1080).
PRESENTATION_TEXT_PX_PER_720 = 24.0
#: Never below this (pixels), whatever the screen: read from the back of a room.
PRESENTATION_MIN_TEXT_PX = 18.0
#: The quick capture bar's type in presentation mode (pixels): the room reads what is typed.
CAPTURE_BAR_LARGE_PX = 20
#: A hint or a refused edit on the map in presentation mode (no status bar there).
NOTICE_BACKGROUND = "#202124"
NOTICE_TEXT = "#ffffff"
NOTICE_MS = 5000

# --- badges on cards --------------------------------------------------------------------------
#: A badge's words: 10 px at 100 % (card text's own minimum), where 8 px read as about 7 on a
#: laptop screen; whole, so the canvas draws them at a pixel size.
BADGE_FONT_SIZE = 10.0
BADGE_HEIGHT = 15.0  # a badge's pill; a strip row is LayoutStyle.badge_row high (room below)
BADGE_PADDING = 4.0  # each side of a badge's words
BADGE_GAP = 4.0  # between two badges of a row
BADGE_MAX_ROWS = 3  # past this a card's strip ends with an ellipsis (the tooltip lists all)
#: Room kept at the right of a signed card's first badge row for its author's initials.
AUTHOR_MARK_ROOM = 34.0


@record
class BadgeColours:
    fill: str | None  # None: no pill, the words alone (a lane's symbol)
    edge: str | None
    ink: str


@cache  # four roles times a dozen lane colours, asked for each badge drawn
def badge_colours(role: str, accent: str) -> BadgeColours:
    """How a badge of ``role`` looks on a card of a lane with ``accent``: "strong" (severity,
    a bright spot) filled with its colour, "lane" (the lane's own fields) white with the
    lane's colour, "muted" (evidence, tags) white and grey, "symbol" the lane's glyph alone.
    Inks keep at least 4.5:1 against their pill (small text)."""
    if role == "strong":
        return BadgeColours(accent, None, ink_on(accent))
    if role == "lane":
        return BadgeColours("#ffffff", mix(accent, "#ffffff", 0.45), mix(accent, "#000000", 0.35))
    if role == "muted":
        return BadgeColours("#ffffff", "#c3cad1", "#4a5663")
    return BadgeColours(None, None, accent)


# --- authors on cards -------------------------------------------------------------------------
AUTHOR_MARK_FONT_SIZE = 7.5  # the initials in their coloured badge (bold)
AUTHOR_MARK_HEIGHT = 11.0
AUTHOR_MARK_PADDING = 3.0  # each side of the initials
#: Cards of other authors while filtering by author: drawn at this opacity.
FILTERED_OUT_OPACITY = 0.22

# --- the timebox timer --------------------------------------------------------------------------
TIMER_RUNNING = "#1e8e3e"
TIMER_PAUSED = "#5d6d7e"
TIMER_LAST_MINUTE = "#e37400"
TIMER_OVER = "#c5221f"
TIMER_FONT_PX = 40
TIMER_BACKGROUND = "#f7f9fa"
TIMER_LIT_INK = "#ffffff"  # the figures on the coloured pulse
TIMER_MARGIN_PX = 12  # from the map's top-right corner
