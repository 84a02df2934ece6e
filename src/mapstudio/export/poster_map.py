"""Draws the map grid (stage headers, lanes, cards, metrics, emotion curves) from the shared
MapGeometry onto a :class:`Surface`, so the poster shows what the canvas shows."""

from __future__ import annotations

from collections.abc import Callable

from mapstudio import theme
from mapstudio.export.fonts import string_width
from mapstudio.export.labels import channel_name, dots, online_name, severity_name
from mapstudio.export.surface import Surface
from mapstudio.export.texts import QCoreApplication
from mapstudio.layout import Box, MapGeometry, MapIndex, Row
from mapstudio.model import Card, Curve, LaneKind
from mapstudio.textfit import ellipsize, fit, wrap

BADGE_SIZE = 7.5
CARD_BORDER = 0.7
Tick = Callable[[int], None]  # called with the number of boxes drawn so far


class MapPainter:
    def __init__(self, surface: Surface, index: MapIndex, geo: MapGeometry) -> None:
        self.s = surface
        self.index = index
        self.geo = geo
        m = index.map
        self.cards: dict[str, Card] = {c.id: c for c in m.cards}
        self.lanes = {lane.id: lane for lane in m.lanes}

    def draw(self, tick: Tick | None = None) -> None:
        self._lanes()
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
        for i, col in enumerate(geo.columns):
            stage = next(x for x in self.index.stages() if x.id == col.stage)
            s.rect(col.x, 0, col.width, h, fill=theme.HEADER_FILL)
            if i:
                s.line(col.x, 6, col.x, h - 6, "#5d6d7e", 0.8)
            s.text(col.x + 10, 7, str(i + 1), 8, "#aab7c4", bold=True)
            fitted = fit(stage.name, col.width - 34, 2, st.stage_font_size, 8.0, True)
            top = (h - fitted.height) / 2
            for j, line in enumerate(fitted.lines):
                s.text(
                    col.center,
                    top + j * fitted.size * 1.25,
                    line,
                    fitted.size,
                    theme.HEADER_TEXT,
                    True,
                    "center",
                )

    def _lanes(self) -> None:
        geo, s, st = self.geo, self.s, self.geo.style
        right = geo.width
        for row in geo.rows:
            ls = theme.LANE_STYLES[row.kind]
            lane = self.lanes[row.lane]
            s.rect(st.header_width, row.y, right - st.header_width, row.height, fill=ls.band)
            s.rect(0, row.y, st.header_width, row.height, fill=_mix(ls.band, ls.accent, 0.12))
            s.rect(0, row.y, 5, row.height, fill=ls.accent)
            s.text(
                14,
                row.y + (6 if not row.collapsed else 5),
                ls.icon,
                12 if not row.collapsed else 10,
                ls.accent,
                True,
            )
            if row.collapsed:
                title = (
                    ellipsize(lane.title, st.header_width - 48, 9.5, True)
                    if string_width(lane.title, 9.5, True) > st.header_width - 48
                    else lane.title
                )
                s.text(32, row.y + 6, title, 9.5, theme.TEXT, True)
                s.text(st.header_width - 8, row.y + 6, "▸", 10, theme.MUTED_TEXT, align="right")
                self._collapsed_counts(row)
            else:
                fitted = fit(lane.title, st.header_width - 44, 3, st.lane_font_size, 8.0, True)
                s.lines(32, row.y + 7, fitted.lines, fitted.size, theme.TEXT, True)
            s.line(0, row.y + row.height, right, row.y + row.height, theme.GRID_LINE, 0.8)
        top = st.stage_header_height
        bottom = geo.height
        for col in geo.columns[1:]:
            s.line(col.x, top, col.x, bottom, theme.GRID_LINE, 0.8)
        s.line(st.header_width, top, st.header_width, bottom, "#aab2bd", 1.0)
        s.rect(0, 0, right, bottom, stroke="#aab2bd", width=1.0)

    def _collapsed_counts(self, row: Row) -> None:
        for col in self.geo.columns:
            n = len(self.index.cards_in_cell(col.stage, row.lane)) + len(
                self.index.metrics_in_cell(col.stage, row.lane)
            )
            if n:
                label = QCoreApplication.translate("Poster", "%1 hidden").replace("%1", str(n))
                self.s.text(col.center, row.y + 7, label, 8, theme.MUTED_TEXT, align="center")

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
        s = self.s
        ls = theme.LANE_STYLES[kind]
        card = self.cards.get(box.id) if box.kind == "card" else None
        fill = (card.colour if card and card.colour else None) or ls.fill
        w, h = box.width, box.height
        shape = "metric" if box.kind == "metric" else ls.shape
        if shape == "friction":
            cut = 10.0
            s.polygon(
                [(x, y), (x + w - cut, y), (x + w, y + cut), (x + w, y + h), (x, y + h)],
                fill,
                ls.accent,
                CARD_BORDER,
            )
            s.rect(x, y, 4, h, fill=ls.accent)
        elif shape == "opportunity":
            s.rect(x, y, w, h, fill, ls.accent, 1.0, dash=(3.0, 2.0), radius=7.0)
        elif shape == "metric":
            s.rect(x, y, w, h, fill, ls.accent, CARD_BORDER, radius=2.0)
            s.rect(x, y, 4, h, fill=ls.accent)
        else:
            s.rect(x, y, w, h, fill, _mix(fill, "#000000", 0.25), CARD_BORDER)
            if shape == "touchpoint":
                s.rect(x, y, w, 3, fill=ls.accent)
        style = self.geo.style
        left = x + style.card_padding
        if box.has_badges and card is not None:
            self._badges(card, kind, left, y + style.card_padding, style.text_width)
        text = box.text
        s.lines(left, y + box.text_top, text.lines, text.size, theme.TEXT)

    def _badges(self, card: Card, kind: LaneKind, x: float, top: float, width: float) -> None:
        parts: list[str] = []
        accent = theme.LANE_STYLES[kind].accent
        if kind is LaneKind.TOUCHPOINTS:
            if card.channel is not None:
                parts.append(f"{theme.CHANNEL_SYMBOLS[card.channel]} {channel_name(card.channel)}")
            online = card.is_online()
            if online is not None:
                parts.append(online_name(online))
        elif kind is LaneKind.FRICTIONS:
            sev = card.severity
            parts.append(f"⚠ {theme.SEVERITY_SYMBOLS[sev]} {severity_name(sev)}" if sev else "⚠")
        elif kind is LaneKind.OPPORTUNITIES:
            bits = ["★"]
            if card.impact:
                bits.append("I " + dots(card.impact))
            if card.effort:
                bits.append("E " + dots(card.effort))
            if card.votes:
                bits.append(f"▲{card.votes}")
            parts.append(" ".join(bits))
        parts.extend("#" + t for t in card.tags)
        right = width
        if card.evidence is not None:
            symbol = theme.EVIDENCE_SYMBOLS[card.evidence]
            right -= (
                self.s.text(x + width, top, symbol, BADGE_SIZE + 1, theme.MUTED_TEXT, align="right")
                + 4
            )
        line = "  ".join(parts)
        if line and string_width(line, BADGE_SIZE) > right:
            line = ellipsize(line, right, BADGE_SIZE)
        if line:
            self.s.text(x, top, line, BADGE_SIZE, accent, True)

    # --- emotions -------------------------------------------------------------------------------
    def _emotions(self, row: Row) -> None:
        s, geo, st = self.s, self.geo, self.geo.style
        low, high = geo.scale.bounds
        neutral = geo.scale.neutral
        for score in range(low, high + 1):
            y = geo.score_to_y(row.lane, score)
            is_neutral = score == neutral
            s.line(
                st.header_width,
                y,
                geo.width,
                y,
                "#9aa5b1" if is_neutral else "#e3e6ea",
                1.0 if is_neutral else 0.6,
                None if is_neutral else (2.0, 2.0),
            )
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
        personas = {p.id: (i, p) for i, p in enumerate(self.index.map.personas)}
        curves = geo.curves(self.index, row.lane)
        for cg in curves:
            i, persona = personas[cg.persona]
            dash = theme.TO_BE_DASH if cg.curve is Curve.TO_BE else None
            s.bezier(cg.segments, persona.colour, 2.4, dash)
        for cg in curves:
            i, persona = personas[cg.persona]
            marker = theme.PERSONA_MARKERS[i % len(theme.PERSONA_MARKERS)]
            to_be = cg.curve is Curve.TO_BE
            for p in cg.points:
                s.marker(
                    marker, p.x, p.y, 4.0, "#ffffff" if to_be else persona.colour, persona.colour
                )
                if p.label:
                    self._point_label(row, p.x, p.y, p.label, below=to_be)

    def _point_label(self, row: Row, x: float, y: float, label: str, below: bool) -> None:
        width = self.geo.style.column_width - 24
        lines = wrap(label, width, 8.0)[:2]
        if len(wrap(label, width, 8.0)) > 2:
            lines[-1] = ellipsize(lines[-1], width, 8.0)
        height = len(lines) * 10.0
        top = y + 8 if below else y - 8 - height
        top = max(row.y + 2, min(top, row.y + row.height - height - 2))
        for j, line in enumerate(lines):
            self.s.text(x, top + j * 10.0, line, 8.0, theme.TEXT, align="center")


def _mix(a: str, b: str, t: float) -> str:
    """``a`` blended towards ``b`` by ``t`` (0..1), as #rrggbb."""
    ca = [int(a[i : i + 2], 16) for i in (1, 3, 5)]
    cb = [int(b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * t):02x}" for x, y in zip(ca, cb, strict=True))
