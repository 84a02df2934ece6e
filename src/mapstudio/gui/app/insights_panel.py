"""View > Insights: where the journey hurts, what to fix first, and how much is evidence.

A dock (built at its first use, so start-up does not pay for it) that follows the current map
live. The measures are ``core.insights``; an ``InsightsTracker`` per open map recounts only the
stages an edit touched, and the dock redraws once per event-loop turn however many primitive
changes an edit made. This module only draws: bars, lists and the opportunity priority matrix,
where clicking a dot selects its card on the map. The friction heat strip over the stage headers
(View > Friction Heat on Stages) is the canvas' ``heat`` item, fed from here.
"""

from __future__ import annotations

import html
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core import insights as m
from mapstudio.core.insights import Insights, InsightsTracker, OpportunityPoint, bright_spots_text
from mapstudio.core.model import Channel, Evidence, LaneKind
from mapstudio.core.vocabulary import channel_name, evidence_name, lane_kind_name, sentence_case
from mapstudio.core.vocabulary import short_level_name as short_level
from mapstudio.gui.canvas.heat import heat_colour, show_friction_heat
from mapstudio.gui.document import MapDocument
from mapstudio.text.translate import labelled

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow
    from mapstudio.gui.canvas.view import MapCanvas

EVIDENCE_COLOURS = {
    Evidence.OBSERVED.value: "#2e8b57",
    Evidence.ASSUMED.value: "#e0a100",
    Evidence.PROPOSED.value: "#3c78d8",
    m.UNSAID: "#c7ccd1",
}
MATRIX_DOTS = 60  # the top of the priority list shown as dots (all of them in the CLI's --json)


class BarRows(QWidget):
    """Rows of ``label | stacked bar | figure``, painted (one row per stage)."""

    ROW = 20

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, list[tuple[float, QColor]], str]] = []
        self.scale = 1.0

    def set_rows(self, rows: list[tuple[str, list[tuple[float, QColor]], str]]) -> None:
        self.rows = rows
        self.scale = max((sum(v for v, _ in segs) for _, segs, _ in rows), default=0) or 1.0
        self.setMinimumHeight(self.ROW * len(rows) + 4)
        self.updateGeometry()
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        width = self.width()
        label_w, figure_w = min(110, width * 0.36), 64
        bar_w = max(10.0, width - label_w - figure_w - 12)
        metrics = painter.fontMetrics()
        for i, (label, segments, figure) in enumerate(self.rows):
            y = 2 + i * self.ROW
            painter.setPen(self.palette().text().color())
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_w - 4))
            painter.drawText(QRectF(0, y, label_w, self.ROW), Qt.AlignmentFlag.AlignVCenter, shown)
            x = label_w
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#eef1f4"))
            painter.drawRect(QRectF(x, y + 5, bar_w, self.ROW - 10))
            for value, colour in segments:
                w = bar_w * value / self.scale
                painter.setBrush(colour)
                painter.drawRect(QRectF(x, y + 5, w, self.ROW - 10))
                x += w
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(label_w + bar_w + 6, y, figure_w, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                figure,
            )
        painter.end()


def fitted(font: QFont, text: str, width: float, smallest: float = 0.75) -> tuple[QFont, str]:
    """``text`` in ``font`` made to fit ``width``: the font a little smaller (down to
    ``smallest`` of its size), then the end cut with "…" if it still does not fit (a narrow
    panel in French: "Gains rapides" in a third of the matrix)."""
    advance = QFontMetricsF(font).horizontalAdvance(text)
    if advance > width > 0:
        # (a little under the ratio: glyph advances do not scale exactly with the size)
        font, factor = QFont(font), max(smallest, 0.97 * width / advance)
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * factor)
        else:  # a font sized in pixels
            font.setPixelSize(max(1, math.floor(font.pixelSize() * factor)))
    return font, QFontMetricsF(font).elidedText(text, Qt.TextElideMode.ElideRight, width)


class PriorityMatrix(QWidget):
    """Opportunities by impact (up) and effort (right), dot size by votes. A click on a dot
    emits ``card_chosen`` with its card id; hovering shows the card's text."""

    card_chosen = Signal(str)
    MARGIN_LEFT, MARGIN_BOTTOM = 26.0, 36.0

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("priority_matrix")
        self.setMinimumHeight(220)
        self.setMouseTracking(True)
        self.points: list[OpportunityPoint] = []
        self.stage_names: dict[str, str] = {}
        self._dots: list[tuple[QPointF, float, OpportunityPoint]] = []

    def set_points(self, points: list[OpportunityPoint], stage_names: dict[str, str]) -> None:
        self.points, self.stage_names = points, stage_names
        self._place()
        self.update()

    def dots(self) -> list[tuple[QPointF, float, OpportunityPoint]]:
        """(centre, radius, point) of each dot drawn, in widget coordinates."""
        return list(self._dots)

    def _grid(self) -> QRectF:
        return QRectF(
            self.MARGIN_LEFT,
            4,
            max(30.0, self.width() - self.MARGIN_LEFT - 6),
            max(30.0, self.height() - self.MARGIN_BOTTOM - 8),
        )

    def _place(self) -> None:
        grid = self._grid()
        cw, ch = grid.width() / 3, grid.height() / 3
        most = max((p.votes for p in self.points), default=0) or 1
        by_cell: dict[tuple[int, int], list[OpportunityPoint]] = {}
        for p in self.points:
            by_cell.setdefault((p.effort, p.impact), []).append(p)  # type: ignore[arg-type]
        self._dots = []
        for (effort, impact), cell in by_cell.items():
            columns = math.ceil(math.sqrt(len(cell)))
            rows = math.ceil(len(cell) / columns)
            step_x, step_y = cw / (columns + 1), ch / (rows + 1)
            left = grid.left() + (effort - 1) * cw
            top = grid.top() + (3 - impact) * ch
            room = max(3.0, min(step_x, step_y) / 2 - 1)
            for k, p in enumerate(cell):
                centre = QPointF(
                    left + step_x * (k % columns + 1), top + step_y * (k // columns + 1)
                )
                radius = min(room, 4 + 8 * math.sqrt(p.votes / most))
                self._dots.append((centre, radius, p))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._place()

    def dot_at(self, pos: QPointF) -> OpportunityPoint | None:
        best, best_d = None, None
        for centre, radius, p in self._dots:
            d = math.hypot(pos.x() - centre.x(), pos.y() - centre.y())
            if d <= radius + 2 and (best_d is None or d < best_d):
                best, best_d = p, d
        return best

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        point = self.dot_at(event.position())
        if point is not None and event.button() == Qt.MouseButton.LeftButton:
            self.card_chosen.emit(point.card_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        point = self.dot_at(event.position())
        if point is None:
            QToolTip.hideText()
            self.unsetCursor()
            return
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        numbers = (
            self.tr("impact %1, effort %2, %3 votes")
            .replace("%1", short_level(point.impact))
            .replace("%2", short_level(point.effort))
            .replace("%3", QLocale().toString(point.votes))
        )
        stage = self.stage_names.get(point.stage_id, "")
        text = f"{m.headline(point.text)}\n{stage} · {numbers}"
        QToolTip.showText(event.globalPosition().toPoint(), text, self)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        grid = self._grid()
        cw, ch = grid.width() / 3, grid.height() / 3
        # the quick wins (high impact, low effort) are the corner to look at first
        painter.fillRect(QRectF(grid.left(), grid.top(), cw, ch), QColor("#e3f4e8"))
        painter.setPen(QColor("#c9d1d9"))
        for i in range(4):
            painter.drawLine(
                QPointF(grid.left() + i * cw, grid.top()),
                QPointF(grid.left() + i * cw, grid.bottom()),
            )
            painter.drawLine(
                QPointF(grid.left(), grid.top() + i * ch),
                QPointF(grid.right(), grid.top() + i * ch),
            )
        painter.setPen(QColor("#2e7d4f"))
        painter.save()
        font, label = fitted(painter.font(), self.tr("Quick wins"), cw - 6)
        painter.setFont(font)
        painter.drawText(
            QRectF(grid.left() + 3, grid.top() + 1, cw - 6, 16), Qt.AlignmentFlag.AlignLeft, label
        )
        painter.restore()
        text = self.palette().text().color()
        painter.setPen(text)
        for level in (1, 2, 3):
            painter.drawText(
                QRectF(grid.left() + (level - 1) * cw, grid.bottom() + 2, cw, 16),
                Qt.AlignmentFlag.AlignHCenter,
                short_level(level),
            )
        painter.drawText(
            QRectF(grid.left(), grid.bottom() + 18, grid.width(), 16),
            Qt.AlignmentFlag.AlignHCenter,
            self.tr("Effort →"),
        )
        painter.save()
        painter.translate(12, grid.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-grid.height() / 2, -8, grid.height(), 16),
            Qt.AlignmentFlag.AlignCenter,
            self.tr("Impact →"),
        )
        painter.restore()
        painter.setPen(QColor("#1f4e79"))
        painter.setBrush(QColor(52, 120, 200, 170))
        for centre, radius, _p in self._dots:
            painter.drawEllipse(centre, radius, radius)
        painter.end()


class InsightsPanel(QScrollArea):
    """The insights of one map, section by section: each with its name, its one-line
    explanation and its figures."""

    card_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("insights_panel")
        self.setWidgetResizable(True)
        body = QWidget()
        self._layout = QVBoxLayout(body)
        self._layout.setContentsMargins(8, 6, 8, 8)
        self.heat = BarRows()
        self.bright = self._text()
        self.lows = self._text()
        self.drops = self._text()
        self.gap = self._text()
        self.matrix = PriorityMatrix()
        self.matrix.card_chosen.connect(self.card_chosen)
        self.matrix_note = self._text()
        self.evidence = BarRows()
        self.evidence_legend = QLabel()
        self.evidence_legend.setWordWrap(True)
        self.unsourced = self._text()
        self.channels = self._text()
        self.counts = self._text()
        sections = (
            (m.FRICTION_HEAT, [self.heat]),
            (m.BRIGHT_SPOTS, [self.bright]),
            (m.EMOTION_LOWS, [self.lows]),
            (m.EMOTION_DROPS, [self.drops]),
            (m.EMOTION_GAP, [self.gap]),
            (m.PRIORITY, [self.matrix, self.matrix_note]),
            (m.EVIDENCE, [self.evidence, self.evidence_legend]),
            (m.UNSOURCED, [self.unsourced]),
            (m.CHANNEL_MIX, [self.channels]),
            (m.COUNTS, [self.counts]),
        )
        self.explanations: dict[str, QLabel] = {}
        for measure, widgets in sections:
            name = QLabel(f"<b>{m.title(measure)}</b>")
            explained = QLabel(m.explanation(measure))
            explained.setWordWrap(True)
            explained.setStyleSheet("color: #5d6d7e; font-size: 9pt;")
            self.explanations[measure] = explained
            self._layout.addWidget(name)
            self._layout.addWidget(explained)
            for w in widgets:
                self._layout.addWidget(w)
            self._layout.addSpacing(8)
        self._layout.addStretch(1)
        self.setWidget(body)

    def _text(self) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def show_insights(self, found: Insights | None) -> None:
        if found is None:
            for label in (
                self.bright, self.lows, self.drops, self.gap, self.unsourced, self.channels
            ):  # fmt: skip
                label.setText("")
            self.heat.set_rows([])
            self.evidence.set_rows([])
            self.matrix.set_points([], {})
            return
        names = {s.stage_id: s.name for s in found.stages}
        # each word translated once per redraw, not once per stage
        channel_words = {c: channel_name(c) for c in Channel}
        kind_words = {k: lane_kind_name(k) for k in LaneKind}
        hottest = found.hottest()
        self.heat.set_rows(
            [
                (
                    s.name,
                    [
                        (
                            s.tally.friction_heat,
                            heat_colour(s.tally.friction_heat / hottest if hottest else 0),
                        )
                    ],
                    f"{QLocale().toString(s.tally.friction_heat)}"
                    f" ({QLocale().toString(s.tally.frictions)})",
                )
                for s in found.stages
            ]
        )
        none = "—"
        self.bright.setText(bright_spots_text(found) or none)
        for label, line in (
            (self.lows, m.low_point_text),
            (self.drops, m.drops_text),
            (self.gap, m.gaps_text),
        ):
            label.setText(
                "\n".join(labelled(p.name, line(p, names) or none) for p in found.personas) or none
            )
        rated = [o for o in found.opportunities if o.rated]
        self.matrix.set_points(rated[:MATRIX_DOTS], names)
        note = []
        if len(rated) > MATRIX_DOTS:
            note.append(
                self.tr("The first %1 of %2 rated opportunities.")
                .replace("%1", str(MATRIX_DOTS))
                .replace("%2", QLocale().toString(len(rated)))
            )
        for i, o in enumerate(rated[:3], 1):
            votes = QLocale().toString(o.votes)
            note.append(f"{i}. {m.headline(o.text, 60)} ({names[o.stage_id]}, {votes})")
        unrated = len(found.opportunities) - len(rated)
        if unrated:
            note.append(self.tr("%Ln not rated (no impact or effort)", "", unrated))
        self.matrix_note.setText("\n".join(note) or none)
        self.evidence.set_rows(
            [
                (
                    s.name,
                    [
                        (s.tally.evidence.get(key, 0), QColor(colour))
                        for key, colour in EVIDENCE_COLOURS.items()
                    ],
                    f"{QLocale().toString(s.tally.evidence.get(Evidence.OBSERVED.value, 0))}"
                    f"/{QLocale().toString(sum(s.tally.evidence.values()))}",
                )
                for s in found.stages
            ]
        )
        said = [(sentence_case(evidence_name(e)), EVIDENCE_COLOURS[e.value]) for e in Evidence]
        said.append((self.tr("not said"), EVIDENCE_COLOURS[m.UNSAID]))
        self.evidence_legend.setText(
            "  ".join(f'<span style="color:{c}">■</span>&nbsp;{html.escape(n)}' for n, c in said)
            + "<br>"
            + html.escape(self.tr("Figures: observed cards / all cards of the stage."))
        )
        total = found.unsourced_count()
        self.unsourced.setText(
            self.tr("%Ln card(s) with no source", "", total)
            + "\n"
            + ", ".join(
                f"{s.name} {QLocale().toString(len(s.tally.unsourced))}"
                for s in found.stages
                if s.tally.unsourced
            )
        )
        lines = []
        for s in found.stages:
            t = s.tally
            parts = [
                f"{channel_words[c]} {QLocale().toString(t.channels[c.value])}"
                for c in Channel
                if c.value in t.channels
            ]
            split = (
                self.tr("online %1, offline %2")
                .replace("%1", QLocale().toString(t.online))
                .replace("%2", QLocale().toString(t.offline))
            )
            lines.append(labelled(s.name, f"{', '.join(parts) or none} ({split})"))
        self.channels.setText("\n".join(lines))
        count_lines = []
        for s in found.stages:
            counts = s.counts
            parts = [
                f"{kind_words[k]} {QLocale().toString(counts[k.value])}"
                for k in LaneKind
                if k.value in counts
            ]
            count_lines.append(labelled(s.name, ", ".join(parts) or none))
        self.counts.setText("\n".join(count_lines))


class InsightsController(QObject):
    """The Insights dock and the heat strip, kept in step with the current map."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = InsightsPanel()
        self.panel.card_chosen.connect(self.select_card)
        self.dock = window.side_dock(
            "InsightsDock", self.tr("Insights"), self.panel, window.actions.show_insights
        )
        self.dock.visibilityChanged.connect(lambda _visible: self.schedule())
        self.heat_shown = False
        self.doc: MapDocument | None = None
        self.canvas: MapCanvas | None = None
        self._trackers: dict[MapDocument, InsightsTracker] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)  # once per event-loop turn, however many changes an edit made
        self._timer.timeout.connect(self.refresh)
        window.document_removed.connect(self._closed)
        self.set_context(window.current_document(), window.current_canvas())

    # --- following the map -------------------------------------------------------------------
    def set_context(self, doc: MapDocument | None, canvas: MapCanvas | None) -> None:
        if self.doc is not None and self.doc is not doc:
            self.doc.changed.disconnect(self._changed)
        if doc is not None and doc is not self.doc:
            doc.changed.connect(self._changed)
        if self.canvas is not None and self.canvas is not canvas:
            self.canvas.map_scene().layout_updated.disconnect(self.schedule)
        if canvas is not None and canvas is not self.canvas:
            # a new stage's header exists only once the scene has laid it out
            canvas.map_scene().layout_updated.connect(self.schedule)
        self.doc, self.canvas = doc, canvas
        self.schedule()

    def _changed(self, _change: object) -> None:
        self.schedule()

    def schedule(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def _closed(self, doc: MapDocument) -> None:
        tracker = self._trackers.pop(doc, None)
        if tracker is not None:
            tracker.close()
        if doc is self.doc:
            self.set_context(None, None)

    def current(self) -> Insights | None:
        """The insights of the current map (recounting only what changed since the last call)."""
        if self.doc is None:
            return None
        tracker = self._trackers.get(self.doc)
        if tracker is None:
            tracker = self._trackers[self.doc] = InsightsTracker(self.doc.core)
        return tracker.insights()

    def refresh(self) -> None:
        """Redraw what is shown; nothing is computed while neither the dock nor the strip is."""
        shown = self.dock.isVisible()
        if not (shown or self.heat_shown):
            return
        found = self.current()
        if shown:
            self.panel.show_insights(found)
        if self.canvas is not None:
            heat = (
                {s.stage_id: s.tally.friction_heat for s in found.stages}
                if found and self.heat_shown
                else None
            )
            show_friction_heat(self.canvas.map_scene(), heat)

    # --- actions -----------------------------------------------------------------------------
    def set_visible(self, visible: bool) -> None:
        self.dock.setVisible(visible)
        if visible:
            self.dock.raise_()
            self.refresh()

    def set_heat_shown(self, shown: bool) -> None:
        self.heat_shown = shown
        if not shown:
            for doc in self.window.documents():
                canvas = self.window.canvas_for(doc)
                if canvas is not None:
                    show_friction_heat(canvas.map_scene(), None)
        self.refresh()

    def select_card(self, card_id: str) -> None:
        canvas = self.canvas
        if canvas is None:
            return
        canvas.select_ids([card_id])
        item = canvas.map_scene().card_item(card_id)
        if item is not None:
            canvas.ensureVisible(item)
