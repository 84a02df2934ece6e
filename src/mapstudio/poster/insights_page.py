"""The poster's optional insights page (``mapstudio export --insights``, or the Export dialog's
checkbox): friction heat, the emotion's low points, drops and gap, the opportunity priority
matrix, evidence coverage, the channel mix and the content of each stage, each with its
one-line explanation, on one sheet of the poster's paper.

The measures are ``core.insights``; this module only lays them out. Sizes are in "units" of
the sheet (its shorter side / 56), so the page reads alike on A4 and A0; with many stages or
personas the page is measured first and the unit shrunk until everything fits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from mapstudio.core import insights as m
from mapstudio.core.insights import compute
from mapstudio.core.model import Channel, Evidence, JourneyMap, LaneKind
from mapstudio.core.vocabulary import channel_name, evidence_name, lane_kind_name, sentence_case
from mapstudio.core.vocabulary import short_level_name as short_level
from mapstudio.layout import theme
from mapstudio.layout.textfit import wrap
from mapstudio.poster.fonts import font_name, string_width
from mapstudio.poster.texts import QCoreApplication
from mapstudio.text.translate import TranslationContext, count_text, labelled

EVIDENCE_COLOURS = {
    Evidence.OBSERVED.value: "#2e8b57",
    Evidence.ASSUMED.value: "#e0a100",
    Evidence.PROPOSED.value: "#3c78d8",
    m.UNSAID: "#c7ccd1",
}
COOL, HOT = (0.965, 0.835, 0.788), (0.753, 0.224, 0.169)  # heat 0+ .. the hottest stage
GREY = "#5d6d7e"
NUMBERED = 10  # opportunities numbered on the matrix and listed beside it
Insights = TranslationContext("Insights")  # counted messages (lupdate reads the variable's name)


def _hex(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


@dataclass
class _Pen:
    """Draws top-down on a reportlab canvas: x, y from the page's top left, in points."""

    c: Canvas
    height: float
    unit: float
    dry: bool = False  # measure only: draw nothing

    def text(self, x: float, y: float, text: str, size: float, bold: bool = False,
             colour: str = theme.TEXT, right: bool = False, centre: bool = False) -> None:  # fmt: skip
        if self.dry:
            return
        self.c.setFillColorRGB(*_hex(colour))
        self.c.setFont(font_name(bold), size * self.unit)
        baseline = self.height - y - 0.8 * size * self.unit
        if right:
            self.c.drawRightString(x, baseline, text)
        elif centre:
            self.c.drawCentredString(x, baseline, text)
        else:
            self.c.drawString(x, baseline, text)

    def wrapped(self, x: float, y: float, width: float, text: str, size: float,
                bold: bool = False, colour: str = theme.TEXT) -> float:  # fmt: skip
        """Draw ``text`` wrapped to ``width``; returns the y under it."""
        # textfit's wrap, not reportlab's simpleSplit: that one turns no-break spaces (French
        # "1 200", "gravité :") into plain ones and breaks lines there
        for line in wrap(text, width, size * self.unit, bold):
            self.text(x, y, line, size, bold, colour)
            y += 1.25 * size * self.unit
        return y

    def fit(self, text: str, size: float, width: float, bold: bool = False) -> str:
        """``text`` cut with "…" to fit ``width``."""
        if string_width(text, size * self.unit, bold) <= width:
            return text
        while text and string_width(text + "…", size * self.unit, bold) > width:
            text = text[:-1]
        return text + "…"

    def rect(self, x: float, y: float, w: float, h: float, fill: tuple[float, float, float],
             stroke: tuple[float, float, float] | None = None) -> None:  # fmt: skip
        if self.dry:
            return
        self.c.setFillColorRGB(*fill)
        if stroke:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(0.08 * self.unit)
        self.c.rect(x, self.height - y - h, w, h, fill=1, stroke=1 if stroke else 0)

    def circle(self, x: float, y: float, r: float, fill: tuple[float, float, float]) -> None:
        if self.dry:
            return
        self.c.setFillColorRGB(*fill)
        self.c.setStrokeColorRGB(*_hex("#1f4e79"))
        self.c.setLineWidth(0.08 * self.unit)
        self.c.circle(x, self.height - y, r, fill=1, stroke=1)


def _heat_colour(share: float) -> tuple[float, float, float]:
    return tuple(a + (b - a) * share for a, b in zip(COOL, HOT, strict=True))  # type: ignore[return-value]


def draw_insights_page(c: Canvas, journey_map: JourneyMap, width: float, height: float) -> None:
    """One more page on ``c`` (``width`` x ``height`` points) with the map's insights."""
    found = compute(journey_map)
    c.setPageSize((width, height))
    unit = min(width, height) / 56
    for _ in range(6):  # measured, then the unit shrunk until both columns fit the sheet
        bottom = _lay_out(_Pen(c, height, unit, dry=True), journey_map, found, width)
        room = height - 3 * unit
        if bottom <= room:
            break
        unit *= max(0.5, room / bottom * 0.98)
    _lay_out(_Pen(c, height, unit), journey_map, found, width)
    c.showPage()


def _lay_out(pen: _Pen, journey_map: JourneyMap, found: m.Insights, width: float) -> float:
    """Draw (or, dry, measure) the page; returns the y under the longer column."""
    unit = pen.unit
    margin = 3 * unit
    t = QCoreApplication.translate
    pen.text(margin, margin, pen.fit(journey_map.title, 2.0, width - 2 * margin, True), 2.0, True)
    pen.text(margin, margin + 2.7 * unit, t("Poster", "Insights"), 1.3, colour=GREY)
    top = margin + 5.2 * unit
    gutter = 3 * unit
    column = (width - 2 * margin - gutter) / 2
    left_x, right_x = margin, margin + column + gutter
    y = _friction_heat(pen, found, left_x, top, column)
    y = _bright_spots(pen, found, left_x, y, column)
    y = _emotions(pen, found, left_x, y, column)
    y = _evidence(pen, found, left_x, y, column)
    y2 = _priority(pen, found, right_x, top, column)
    y2 = _channels(pen, found, right_x, y2, column)
    y2 = _counts(pen, found, right_x, y2, column)
    return max(y, y2)


def _heading(pen: _Pen, measure: str, x: float, y: float, width: float) -> float:
    pen.text(x, y, m.title(measure), 1.15, bold=True)
    y += 1.6 * pen.unit
    return pen.wrapped(x, y, width, m.explanation(measure), 0.8, colour=GREY) + 0.4 * pen.unit


def _bars(
    pen: _Pen,
    found: m.Insights,
    x: float,
    y: float,
    width: float,
    segments: Callable[[object], list[tuple[float, tuple[float, float, float]]]],
    figure: Callable[[object], str],
) -> float:
    u = pen.unit
    figures = [figure(s) for s in found.stages]
    # the figures' column as wide as the widest ("1 200/1 202"), so that none runs into a bar
    widest = max((string_width(f, 0.9 * u) for f in figures), default=0.0)
    label_w, figure_w = width * 0.36, max(width * 0.14, widest + 0.5 * u)
    bar_w = width - label_w - figure_w - u
    rows = [segments(s) for s in found.stages]
    most = max((sum(v for v, _ in r) for r in rows), default=0) or 1
    for s, row, shown in zip(found.stages, rows, figures, strict=True):
        pen.text(x, y, pen.fit(s.name, 0.9, label_w - u), 0.9)
        pen.rect(x + label_w, y + 0.2 * u, bar_w, 0.9 * u, _hex("#eef1f4"))
        left = x + label_w
        for value, colour in row:
            w = bar_w * value / most
            if w > 0:
                pen.rect(left, y + 0.2 * u, w, 0.9 * u, colour)
            left += w
        pen.text(x + width, y, shown, 0.9, right=True)
        y += 1.45 * u
    return y + 0.8 * u


def _friction_heat(pen: _Pen, found: m.Insights, x: float, y: float, width: float) -> float:
    y = _heading(pen, m.FRICTION_HEAT, x, y, width)
    hottest = found.hottest()
    return _bars(
        pen,
        found,
        x,
        y,
        width,
        lambda s: [
            (s.tally.friction_heat, _heat_colour(s.tally.friction_heat / hottest if hottest else 0))
        ],
        lambda s: f"{count_text(s.tally.friction_heat)} ({count_text(s.tally.frictions)})",
    )


def _bright_spots(pen: _Pen, found: m.Insights, x: float, y: float, width: float) -> float:
    y = _heading(pen, m.BRIGHT_SPOTS, x, y, width)
    for line in (m.bright_spots_text(found) or "—").split("\n"):
        y = pen.wrapped(x, y, width, line, 0.9)
    return y + 0.8 * pen.unit


def _emotions(pen: _Pen, found: m.Insights, x: float, y: float, width: float) -> float:
    names = {s.stage_id: s.name for s in found.stages}
    none = "—"
    sections = (
        (m.EMOTION_LOWS, m.low_point_text),
        (m.EMOTION_DROPS, m.drops_text),
        (m.EMOTION_GAP, m.gaps_text),
    )
    for measure, line in sections:
        y = _heading(pen, measure, x, y, width)
        for p in found.personas:
            y = pen.wrapped(x, y, width, labelled(p.name, line(p, names) or none), 0.9)
        if not found.personas:
            y = pen.wrapped(x, y, width, none, 0.9)
        y += 0.8 * pen.unit
    return y


def _evidence(pen: _Pen, found: m.Insights, x: float, y: float, width: float) -> float:
    y = _heading(pen, m.EVIDENCE, x, y, width)
    y = _bars(
        pen,
        found,
        x,
        y,
        width,
        lambda s: [(s.tally.evidence.get(k, 0), _hex(c)) for k, c in EVIDENCE_COLOURS.items()],
        lambda s: (
            f"{count_text(s.tally.evidence.get(Evidence.OBSERVED.value, 0))}"
            f"/{count_text(sum(s.tally.evidence.values()))}"
        ),
    )
    u = pen.unit
    legend = [(sentence_case(evidence_name(e)), EVIDENCE_COLOURS[e.value]) for e in Evidence]
    legend.append((QCoreApplication.translate("Insights", "not said"), EVIDENCE_COLOURS[m.UNSAID]))
    left = x
    for name, colour in legend:
        entry = 1.1 * u + string_width(name, 0.8 * u)
        if left > x and left + entry > x + width:  # on to the next line
            left, y = x, y + 1.2 * u
        pen.rect(left, y + 0.25 * u, 0.8 * u, 0.8 * u, _hex(colour))
        pen.text(left + 1.1 * u, y, name, 0.8)
        left += entry + 1.2 * u
    y += 2.0 * u
    pen.text(x, y, m.title(m.UNSOURCED), 1.0, bold=True)
    unsourced = found.unsourced_count()
    all_cards = sum(sum(s.tally.evidence.values()) for s in found.stages)
    figure = f"{count_text(unsourced)} / {count_text(all_cards)}"
    pen.text(x + width, y, figure, 1.0, bold=True, right=True)
    y += 1.5 * u
    return pen.wrapped(x, y, width, m.explanation(m.UNSOURCED), 0.8, colour=GREY) + u


def _priority(pen: _Pen, found: m.Insights, x: float, y: float, width: float) -> float:
    y = _heading(pen, m.PRIORITY, x, y, width)
    u = pen.unit
    t = QCoreApplication.translate
    rated = [o for o in found.opportunities if o.rated][:60]
    side = min(width * 0.45, 16 * u)
    left = x + 3.4 * u  # room for the impact levels and the rotated axis name
    cell = side / 3
    pen.rect(left, y, cell, cell, _hex("#e3f4e8"))
    for i in range(3):
        for j in range(3):
            pen.rect(
                left + i * cell,
                y + j * cell,
                cell,
                cell,
                (1, 1, 1) if (i, j) != (0, 0) else _hex("#e3f4e8"),
                _hex("#c9d1d9"),
            )
    pen.text(left + 0.3 * u, y + 0.2 * u, t("Insights", "Quick wins"), 0.75, colour="#2e7d4f")
    for level in (1, 2, 3):
        pen.text(
            left + (level - 0.5) * cell, y + side + 0.2 * u, short_level(level), 0.75, centre=True
        )
        pen.text(
            left - 0.4 * u,
            y + (3 - level + 0.5) * cell - 0.45 * u,
            short_level(level),
            0.75,
            right=True,
        )
    pen.text(
        left + side / 2,
        y + side + 1.3 * u,
        t("Insights", "Effort →"),
        0.8,
        centre=True,
        colour=GREY,
    )
    if not pen.dry:
        pen.c.saveState()
        pen.c.translate(x + 0.1 * u, pen.height - (y + side / 2))
        pen.c.rotate(90)
        pen.c.setFont(font_name(), 0.8 * u)
        pen.c.setFillColorRGB(*_hex(GREY))
        pen.c.drawCentredString(0, 0, t("Insights", "Impact →"))
        pen.c.restoreState()
    most = max((o.votes for o in rated), default=0) or 1
    by_cell: dict[tuple[int, int], list[tuple[int, object]]] = {}
    for n, o in enumerate(rated, 1):
        by_cell.setdefault((o.effort, o.impact), []).append((n, o))
    for (effort, impact), points in by_cell.items():
        columns = max(1, round(len(points) ** 0.5 + 0.49))
        rows = -(-len(points) // columns)
        step_x, step_y = cell / (columns + 1), cell / (rows + 1)
        room = max(0.25 * u, min(step_x, step_y) / 2 - 0.05 * u)
        for k, (n, o) in enumerate(points):
            cx = left + (effort - 1) * cell + step_x * (k % columns + 1)
            cy = y + (3 - impact) * cell + step_y * (k // columns + 1)
            r = min(room, (0.35 + 0.6 * (o.votes / most) ** 0.5) * u)
            pen.circle(cx, cy, r, (0.45, 0.64, 0.86))
            if n <= NUMBERED:
                pen.text(cx, cy - 0.4 * u, str(n), 0.7, bold=True, centre=True)
    # the numbered ones, listed beside the matrix
    list_x = left + side + 1.5 * u
    list_w = x + width - list_x
    ly = y
    if list_w < 14 * u:  # a narrow sheet: the list goes under the matrix, the column wide
        list_x, list_w, ly = x, width, y + side + 3 * u
    names = {s.stage_id: s.name for s in found.stages}
    for n, o in enumerate(rated[:NUMBERED], 1):
        line = f"{n}. {m.headline(o.text, 200)}"
        pen.text(list_x, ly, pen.fit(line, 0.8, list_w), 0.8)
        detail = f"{names[o.stage_id]} · {count_text(o.votes)} ▲"
        pen.text(
            list_x + 1.2 * u, ly + 1.0 * u, pen.fit(detail, 0.7, list_w - 1.2 * u), 0.7, colour=GREY
        )
        ly += 2.1 * u
    unrated = len(found.opportunities) - len([o for o in found.opportunities if o.rated])
    if unrated:
        pen.text(list_x, ly, Insights.tr("%Ln not rated", "", unrated), 0.75, colour=GREY)
        ly += 1.2 * u
    return max(y + side + 3 * u, ly + u)


def _channels(pen: _Pen, found: m.Insights, x: float, y: float, width: float) -> float:
    y = _heading(pen, m.CHANNEL_MIX, x, y, width)
    t = QCoreApplication.translate
    for s in found.stages:
        tally = s.tally
        parts = [
            f"{channel_name(ch)} {count_text(tally.channels[ch.value])}"
            for ch in Channel
            if ch.value in tally.channels
        ]
        split = (
            t("Insights", "online %1, offline %2")
            .replace("%1", count_text(tally.online))
            .replace("%2", count_text(tally.offline))
        )
        y = pen.wrapped(x, y, width, labelled(s.name, f"{', '.join(parts) or '—'} ({split})"), 0.85)
    return y + 0.8 * pen.unit


def _counts(pen: _Pen, found: m.Insights, x: float, y: float, width: float) -> float:
    y = _heading(pen, m.COUNTS, x, y, width)
    for s in found.stages:
        counts = s.counts
        parts = [
            f"{lane_kind_name(k)} {count_text(counts[k.value])}"
            for k in LaneKind
            if k.value in counts
        ]
        y = pen.wrapped(x, y, width, labelled(s.name, ", ".join(parts) or "—"), 0.85)
    return y
