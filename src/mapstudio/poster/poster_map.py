"""Draws the map grid (stage headers, lanes, cards, metrics, emotion curves) from the shared
MapGeometry onto a :class:`Surface`, so the poster shows what the canvas shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from mapstudio.core.model import Card, Curve, LaneKind
from mapstudio.core.vocabulary import blueprint_line_name, card_count, curve_name, point_count
from mapstudio.core.voting import shown_dots
from mapstudio.layout import (
    POINT_LABEL_HEIGHT,
    POINT_LABEL_TAG_RADIUS,
    Box,
    MapGeometry,
    MapIndex,
    Row,
    coincident_points,
    label_tops,
    theme,
)
from mapstudio.layout import comment_marks as marks
from mapstudio.layout.badges import (
    author_mark,
    badge_colours,
    badge_strip,
    participants_by_id,
    strip_top,
)
from mapstudio.layout.blueprint import BLUEPRINT_LABEL_PAD, blueprint_label_box
from mapstudio.layout.cells import image_frame
from mapstudio.layout.comment_marks import card_mark, header_mark
from mapstudio.layout.dot_strip import DOT_FONT_SIZE, DOT_OUTLINE, MORE_FILL, MORE_TEXT, dot_strip
from mapstudio.layout.style import LayoutStyle
from mapstudio.layout.textfit import (
    FittedText,
    ellipsize,
    lane_title_fit,
    stage_name_fit,
    wrap,
)
from mapstudio.poster.fonts import BASELINE, string_width
from mapstudio.poster.surface import Surface
from mapstudio.poster.texts import QCoreApplication

CARD_BORDER = 0.7
# DejaVu Sans's ascent and its ascent plus descent, per unit of size
ASCENT, ASCENT_DESCENT = 0.928, 1.164
Tick = Callable[[int], None]  # called with the number of boxes drawn so far


class MapPainter:
    def __init__(
        self,
        surface: Surface,
        index: MapIndex,
        geo: MapGeometry,
        notes: dict[str, int] | None = None,
    ) -> None:
        self.s = surface
        self.index = index
        self.geo = geo
        self.notes = notes or {}  # the first note number of each commented object (--comments)
        m = index.map
        self.cards: dict[str, Card] = {c.id: c for c in m.cards}
        self.lanes = {lane.id: lane for lane in m.lanes}
        self.people = participants_by_id(m.participants)
        self.dots = shown_dots(m)  # a revealed vote's dots, as the canvas shows them
        self.personas = {p.id: p for p in m.personas}

    def draw(self, tick: Tick | None = None) -> None:
        self._lanes()
        self._blueprint_lines()
        self._stage_headers()
        self._cards(tick)
        self.s.flush_text()
        for row in self.geo.rows:
            if row.kind is LaneKind.EMOTIONS and not row.collapsed:
                self._emotions(row)
        self.s.flush_text()

    # --- grid -----------------------------------------------------------------------------------
    def _stage_headers(self) -> None:
        geo, s, st = self.geo, self.s, self.geo.style
        h = st.stage_header_height
        s.rect(0, 0, st.header_width, h, fill="#ffffff")
        s.text(
            st.header_width - 10,
            h - 18,
            QCoreApplication.translate("Poster", "Stages →"),
            8.5,
            theme.MUTED_TEXT,
            align="right",
        )
        stages = {x.id: x for x in self.index.stages()}
        for i, col in enumerate(geo.columns):
            # as the canvas's StageHeaderItem: a rounded block, number, name, description
            stage = stages[col.stage]
            s.rect(col.x + 2, 4, col.width - 4, h - 8, fill=theme.HEADER_FILL, radius=5)
            if stage.colour:
                s.rect(col.x + 6, 4, col.width - 12, theme.STAGE_BAND_HEIGHT, fill=stage.colour)
            left, room = col.x + 12, col.width - 24
            s.text(left, 10, str(i + 1), 9, "#8fa3b8", bold=True)
            name = stage_name(stage.name, col.width, st)
            s.lines(left + 18, 9, name.lines, name.size, theme.HEADER_TEXT, True)
            if stage.description and len(name.lines) == 1:
                hint = _clip(" ".join(stage.description.split()), room, 9)
                s.text(left, 30, hint, 9, "#c5d1dc")
            if stage.id in self.notes:
                x, y = header_mark(col.width)
                self._note_mark(col.x + x, y, self.notes[stage.id])

    def _lanes(self) -> None:
        geo, s, st = self.geo, self.s, self.geo.style
        right = geo.width
        for row in geo.rows:
            ls = theme.LANE_STYLES[row.kind]
            lane = self.lanes[row.lane]
            s.rect(st.header_width, row.y, right - st.header_width, row.height, fill=ls.band)
            s.rect(0, row.y, st.header_width, row.height, fill=_mix("#ffffff", ls.accent, 0.14))
            s.rect(0, row.y, 5, row.height, fill=ls.accent)
            count = self._count_text(row)
            if row.collapsed:
                s.text(12, row.y + 6, "▸", 9, theme.MUTED_TEXT)
                s.text(24, row.y + 5, ls.icon, 10, ls.accent, True)
                title = collapsed_title(lane.title, count, st)
                width = s.text(40, row.y + 6, title, 9.5, theme.TEXT, True, measure=True)
                s.text(40 + width + 6, row.y + 7, count, 8, theme.MUTED_TEXT)
            else:
                s.text(14, row.y + 6, ls.icon, 12, ls.accent, True)
                fitted = lane_title(lane.title, st)
                s.lines(32, row.y + 7, fitted.lines, fitted.size, theme.TEXT, True)
                below = row.y + 9 + fitted.height
                persona = self.personas.get(lane.persona or "")
                if persona is not None and below + 12 < row.y + row.height:
                    # whose lane: the persona's colour and name, as on screen
                    s.marker("circle", 36, below + 5, 3.5, persona.colour, persona.colour)
                    name = _clip(persona.name, st.header_width - 50, 8.5, True)
                    s.text(44, below, name, 8.5, theme.TEXT, True)
                    below += 12
                if count and below + 12 < row.y + row.height:
                    s.text(32, below, count, 8, theme.MUTED_TEXT)
                if row.kind is LaneKind.EMOTIONS:
                    self._curve_legend(row)
            if lane.id in self.notes:
                x, y = header_mark(st.header_width)
                self._note_mark(x, row.y + y, self.notes[lane.id])
            s.line(0, row.y + row.height, right, row.y + row.height, theme.GRID_LINE, 0.8)
        top = st.stage_header_height
        bottom = geo.height
        for col in geo.columns[1:]:
            s.line(col.x, top, col.x, bottom, theme.GRID_LINE, 0.8)
        s.line(st.header_width, top, st.header_width, bottom, "#aab2bd", 1.0)
        s.rect(0, 0, right, bottom, stroke="#aab2bd", width=1.0)

    def _blueprint_lines(self) -> None:
        """A service blueprint's lines, each in its own band between two lanes, labelled at the
        left as on screen (``blueprint_label_box`` places the label for both)."""
        s, geo = self.s, self.geo
        size = theme.BLUEPRINT_LABEL_SIZE
        for bl in geo.blueprint_lines:
            s.rect(0.5, bl.top, geo.width - 1, bl.height, fill="#ffffff")
            s.line(
                0,
                bl.y,
                geo.width,
                bl.y,
                theme.BLUEPRINT_LINE,
                theme.BLUEPRINT_LINE_WIDTH,
                theme.BLUEPRINT_LINE_DASH,
            )
            label = blueprint_line_name(bl.line)
            x, y, w, h = blueprint_label_box(bl, label)
            s.rect(x, y, w, h, fill="#ffffff", stroke=theme.BLUEPRINT_LINE, width=0.8, radius=3)
            s.text(x + BLUEPRINT_LABEL_PAD, y + 1.5, label, size, theme.BLUEPRINT_LINE, True)

    def _curve_legend(self, row: Row) -> None:
        """Which marker and colour is which persona, and which line is "as is" / "to be", in
        the emotions lane's header as on screen."""
        s = self.s
        for entry in curve_key(self.index, self.geo, row).entries:
            y = entry.top
            if entry.marker:
                s.marker(entry.marker, 18, y + 7, 3.5, entry.colour, entry.colour)
            else:
                dash = (3.0, 2.0) if entry.dashed else None
                s.line(10, y + 7, 26, y + 7, entry.colour, 1.6, dash)
            s.lines(30, y + 1, entry.lines, 9, theme.TEXT if entry.marker else theme.MUTED_TEXT)

    def _count_text(self, row: Row) -> str:
        return count_text(self.index, self.geo, row)

    # --- cards --------------------------------------------------------------------------------
    def _cards(self, tick: Tick | None) -> None:
        geo = self.geo
        done = 0
        for (stage, lane_id), cell in geo.cells.items():
            row = geo.row(lane_id)
            if row.collapsed or not cell.boxes:
                continue
            col = geo.column(stage)
            for box in cell.boxes:
                self._box(col.x + box.x, row.y + box.y, box, row.kind)
                done += 1
                if tick and done % 100 == 0:
                    tick(done)
        if tick:
            tick(done)

    def _box(self, x: float, y: float, box: Box, kind: LaneKind) -> None:
        """A card as the canvas paints it (items.CardItem): same outline per lane shape, bars,
        badge strip, text lines, and a folded corner on a card whose text was cut."""
        s = self.s
        ls = theme.LANE_STYLES[kind]
        card = self.cards.get(box.id) if box.kind == "card" else None
        fill = (card.colour if card and card.colour else None) or ls.fill
        w, h = box.width, box.height
        shape = "metric" if box.kind == "metric" else ls.shape
        edge = _mix(fill, "#000000", 0.2)
        if shape == "friction":
            cut = min(12.0, h / 3)
            s.polygon(
                [(x, y), (x + w - cut, y), (x + w, y + cut), (x + w, y + h), (x, y + h)],
                fill,
                edge,
                CARD_BORDER,
            )
            s.rect(x, y, 4.5, h, fill=ls.accent)
        elif shape == "opportunity":
            s.rect(x, y, w, h, fill, ls.accent, 1.4, dash=(4.0, 2.5), radius=9.0)
        elif shape in ("touchpoint", "metric"):
            s.rect(x, y, w, h, fill, edge, CARD_BORDER, radius=4.0)
            if shape == "touchpoint":
                s.rect(x + 7, y, w - 14, 2.5, fill=ls.accent)
        else:
            s.rect(x, y, w, h, fill, edge, CARD_BORDER)
        if card is not None and card.positive:  # a bright spot: a green frame, as on screen
            s.rect(x - 1, y - 1, w + 2, h + 2, stroke=theme.POSITIVE_ACCENT, width=1.6, radius=2)
        style = self.geo.style
        left = x + style.card_padding
        if box.image_height and card is not None and card.image is not None:
            ix, iy, iw, ih = image_frame(card.image, box, style)
            s.image(x + ix, y + iy, iw, ih, card.image)
        if box.has_badges and card is not None:
            top = y + strip_top(box.text_top, box.badge_rows, style.badge_row)
            self._badges(card, kind, left, top, style.text_width)
        text = box.text
        step = text.size * 1.25
        top = y + box.text_top
        for i, line in enumerate(text.lines):
            muted = box.kind == "metric" and i == 0 and len(text.lines) > 1
            s.text(left, top + i * step, line, text.size, theme.MUTED_TEXT if muted else theme.TEXT)
        if card is not None and card.id in self.notes:
            mx, my = card_mark(w)
            self._note_mark(x + mx, y + my, self.notes[card.id])
        if text.truncated:
            fold = 10.0
            s.polygon(
                [(x + w - fold, y + h), (x + w, y + h - fold), (x + w - fold, y + h - fold)],
                _mix(fill, "#000000", 0.26),
            )
        if card is not None and card.id in self.dots:
            self._dots(x, y, w, h, self.dots[card.id])

    def _dots(self, x: float, y: float, w: float, h: float, colours: list[str]) -> None:
        """A vote's dots along the card's bottom edge (``layout.dot_strip``, as on the canvas)."""
        placed = dot_strip(w, h, len(colours), self.geo.style.card_padding)
        last = len(placed.centres) - 1
        for i, (dx, dy) in enumerate(placed.centres):
            if i == last and placed.more:
                self.s.marker("circle", x + dx, y + dy, placed.radius + 1, MORE_FILL, DOT_OUTLINE)
                self.s.text(x + dx, y + dy - 0.62 * DOT_FONT_SIZE, f"+{placed.more}",
                            DOT_FONT_SIZE, MORE_TEXT, True, align="center")  # fmt: skip
                break
            self.s.marker("circle", x + dx, y + dy, placed.radius, colours[i], DOT_OUTLINE)

    def _note_mark(self, x: float, y: float, number: int) -> None:
        """The comment marker of the canvas, numbered as the notes printed after the map."""
        label = str(number)
        r = marks.MARK_RADIUS * (1 if len(label) < 2 else 1.0 + 0.3 * (len(label) - 1))
        self.s.marker("circle", x, y, r, marks.MARK_FILL, "#ffffff")
        self.s.text(x, y - 0.62 * marks.MARK_FONT_SIZE, label, marks.MARK_FONT_SIZE,
                    marks.MARK_TEXT, True, align="center")  # fmt: skip

    def _badges(self, card: Card, kind: LaneKind, x: float, top: float, width: float) -> None:
        """The card's badges where the shared layout placed them (as the canvas draws them)."""
        s, row = self.s, self.geo.style.badge_row
        size, height = theme.BADGE_FONT_SIZE, theme.BADGE_HEIGHT
        # the words' line box centred in the pill, as Qt centres them on screen
        words_top = (height - ASCENT_DESCENT * size) / 2 + (ASCENT - BASELINE) * size
        strip = badge_strip(card, kind, width, self.index.map.language, row)
        for placed in strip.badges:
            colours = badge_colours(placed.words, kind)
            px, py = x + placed.x, top + placed.y
            if colours.fill is not None:
                s.rect(px, py, placed.width, height, colours.fill, colours.edge, 0.8,
                       radius=height / 2)  # fmt: skip
            s.text(px + placed.width / 2, py + words_top, placed.text, size, colours.ink,
                   align="center")  # fmt: skip
        mark = author_mark(card, self.people)
        if mark is not None:  # the author's initials badge closes the first row, as on screen
            mx, my = x + width - mark.width, top + (height - mark.height) / 2
            s.rect(mx, my, mark.width, mark.height, fill=mark.fill, radius=3.0)
            s.text(mx + mark.width / 2, my + 1, mark.initials, theme.AUTHOR_MARK_FONT_SIZE,
                   mark.ink, True, align="center")  # fmt: skip

    # --- emotions -------------------------------------------------------------------------------
    def _emotions(self, row: Row) -> None:
        s, geo, st = self.s, self.geo, self.geo.style
        low, high = geo.scale.bounds
        neutral = geo.scale.neutral
        for score in range(low, high + 1):  # the rules as the canvas's ZeroLineItem draws them
            y = geo.score_to_y(row.lane, score)
            s.line(st.header_width, y, geo.width, y, theme.SCORE_LINE, theme.SCORE_LINE_WIDTH)
            label = f"{score:+d}" if low < 0 and score else str(score)
            s.text(st.header_width - 6, y - 5, label, 8, theme.MUTED_TEXT, align="right")
        s.text(
            st.header_width - 24,
            geo.score_to_y(row.lane, high) - 6,
            "☺",
            10,
            "#2e8b57",
            align="right",
        )
        s.text(
            st.header_width - 24,
            geo.score_to_y(row.lane, low) - 6,
            "☹",
            10,
            "#c0392b",
            align="right",
        )
        y = geo.score_to_y(row.lane, neutral)
        s.line(
            st.header_width,
            y,
            geo.width,
            y,
            theme.NEUTRAL_LINE,
            theme.NEUTRAL_LINE_WIDTH,
            theme.NEUTRAL_LINE_DASH,
        )
        personas = {p.id: (i, p) for i, p in enumerate(self.index.map.personas)}
        curves = geo.curves(self.index, row.lane)
        for cg in curves:
            i, persona = personas[cg.persona]
            dash = theme.TO_BE_DASH if cg.curve is Curve.TO_BE else None
            s.bezier(cg.segments, persona.colour, 2.4, dash)
        margin = geo.style.emotion_margin
        top_third = margin + (row.height - 2 * margin) / 3
        spots = [
            (p.point_id, p.stage, p.y - row.y, bool(p.label)) for c in curves for p in c.points
        ]
        tops = label_tops(spots, top_third, row.height)
        shared = coincident_points(spots)
        for cg in curves:
            i, persona = personas[cg.persona]
            marker = theme.PERSONA_MARKERS[i % len(theme.PERSONA_MARKERS)]
            to_be = cg.curve is Curve.TO_BE
            for p in cg.points:
                s.marker(
                    marker, p.x, p.y, 4.5, "#ffffff" if to_be else persona.colour, persona.colour
                )
                if p.label:  # one line, 9 pt, centred, as on screen
                    tagged = p.point_id in shared
                    label = point_label(p.label, tagged)
                    top = p.y + tops[p.point_id]
                    s.text(p.x, top + 0.5, label, 9.0, theme.TEXT, align="center")
                    if tagged:  # whose label, where markers cover each other
                        x = p.x - string_width(label, 9.0) / 2 - 2 * POINT_LABEL_TAG_RADIUS
                        fill = "#ffffff" if to_be else persona.colour
                        s.marker(
                            marker,
                            x,
                            top + POINT_LABEL_HEIGHT / 2,
                            POINT_LABEL_TAG_RADIUS,
                            fill,
                            persona.colour,
                        )


def count_text(index: MapIndex, geo: MapGeometry, row: Row) -> str:
    """ "12 cards" (or points, for an emotions lane), as the canvas's lane header says."""
    if row.kind is LaneKind.EMOTIONS:
        n = len(index.map.emotion_points)
        return point_count(n) if n else ""
    n = sum(
        len(index.cards_in_cell(c.stage, row.lane)) + len(index.metrics_in_cell(c.stage, row.lane))
        for c in geo.columns
    )
    return card_count(n) if n else ""


# --- the grid's own words, fitted as drawn (the export reports each one cut) ----------------------
def stage_name(name: str, column_width: float, st: LayoutStyle) -> FittedText:
    # the rule the canvas's stage header uses too (layout.textfit), in the same room
    return stage_name_fit(name, column_width - 24 - 18, st.stage_font_size)


def lane_title(title: str, st: LayoutStyle) -> FittedText:
    return lane_title_fit(title, st.header_width - 44, st.lane_font_size)


def collapsed_title(title: str, count: str, st: LayoutStyle) -> str:
    return _clip(title, st.header_width - 52 - string_width(count, 8), 9.5, True)


def point_label(label: str, tagged: bool) -> str:
    """One line, 9 pt, as on screen (narrower when a marker tags whose label it is)."""
    return _clip(label, 156 - (4 * POINT_LABEL_TAG_RADIUS if tagged else 0), 9.0)


def grid_cuts(index: MapIndex, geo: MapGeometry) -> list[str]:
    """One sentence per stage name, lane title or emotion label printed cut with "…"."""
    t = QCoreApplication.translate
    st, m = geo.style, index.map
    found = []
    stages = {x.id: x for x in m.stages}
    for col in geo.columns:
        name = stages[col.stage].name
        if stage_name(name, col.width, st).truncated:
            found.append(
                t("Export", 'The stage name "%1" is too long to print whole: it ends with "…".')
                .replace("%1", name)
            )  # fmt: skip
    lanes = {x.id: x for x in m.lanes}
    for row in geo.rows:
        title = lanes[row.lane].title
        if row.collapsed:
            cut = collapsed_title(title, count_text(index, geo, row), st) != title
        else:
            cut = lane_title(title, st).truncated
        if cut:
            found.append(
                t("Export", 'The lane title "%1" is too long to print whole: it ends with "…".')
                .replace("%1", title)
            )  # fmt: skip
    for row in geo.rows:
        if row.kind is not LaneKind.EMOTIONS or row.collapsed:
            continue
        curves = geo.curves(index, row.lane)
        spots = [
            (p.point_id, p.stage, p.y - row.y, bool(p.label)) for c in curves for p in c.points
        ]
        shared = coincident_points(spots)
        for c in curves:
            for p in c.points:
                if p.label and point_label(p.label, p.point_id in shared) != p.label:
                    found.append(
                        t("Export", 'The emotion label "%1" is too long to print whole.')
                        .replace("%1", p.label)
                    )  # fmt: skip
        break  # every emotions lane shows the same points
    return found


@dataclass
class KeyEntry:
    top: float
    lines: list[str]
    colour: str
    marker: str  # "" for a line sample ("as is" / "to be")
    dashed: bool


@dataclass
class CurveKey:
    """The persona key in an emotions lane's header, and the personas it could not name
    whole (the poster's legend names them; the export reports them)."""

    entries: list[KeyEntry] = field(default_factory=list)
    cut: list[str] = field(default_factory=list)


def curve_key(index: MapIndex, geo: MapGeometry, row: Row) -> CurveKey:
    """Names wrap to two lines in the header's width; entries stop where the lane ends."""
    m, st = index.map, geo.style
    lane = next(x for x in m.lanes if x.id == row.lane)
    top = row.y + 9 + lane_title(lane.title, st).height + 16
    entries: list[tuple[str, str, str, bool]] = [
        (p.name, p.colour, theme.PERSONA_MARKERS[i % len(theme.PERSONA_MARKERS)], False)
        for i, p in enumerate(m.personas)
    ]
    if any(p.curve is Curve.TO_BE for p in m.emotion_points):
        entries.append((curve_name(Curve.AS_IS), theme.MUTED_TEXT, "", False))
        entries.append((curve_name(Curve.TO_BE), theme.MUTED_TEXT, "", True))
    room = st.header_width - 30 - 44
    key = CurveKey()
    full = False
    for name, colour, marker, dashed in entries:
        lines = [line for line in wrap(name, room, 9) if line] or [""]
        cut = len(lines) > 2
        if cut:
            lines = [lines[0], ellipsize(lines[1], room, 9)]
        height = 15 + 11.25 * (len(lines) - 1)
        full = full or top + height - 1 > row.y + row.height - 4
        if full or cut:
            if marker:  # a persona; "as is" and "to be" are in the legend's curve samples
                key.cut.append(name)
            if full:
                continue
        key.entries.append(KeyEntry(top, lines, colour, marker, dashed))
        top += height
    return key


def _clip(text: str, width: float, size: float, bold: bool = False) -> str:
    if string_width(text, size, bold) <= width:
        return text
    return ellipsize(text, width, size, bold)


@lru_cache(maxsize=1024)
def _mix(a: str, b: str, t: float) -> str:
    """``a`` blended towards ``b`` by ``t`` (0..1), as #rrggbb (remembered: every card's edge
    is its fill darkened, and a lane's cards share a few fills)."""
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb, strict=True))
