"""The map's legend on the canvas (View > Legend): the poster's legend, the same sections and
words (``layout.legend``), in a panel in a corner of the view, above the map. It follows the
map as it changes. It takes at most half the view's width, in the columns that cover the
least of the map; taller than the view, it scrolls inside itself. In a view too small to show
it beside the map (one column would take more than half its width), it folds itself to its
tab; a click on that tab, or View > Legend, unfolds it anyway until the person folds it or the
view changes size a lot.

A legend is looked up now and then, while the map under it is worked on all the time; at
1366x768 the whole legend covers a third of the view. So it gets out of the way: its title row
drags it to another corner (it lands in the nearest one, never half over the middle of the
map), and its chevron folds it to that title row, a small tab that unfolds with a click. Both
are remembered (``gui.app.legends``). It stays opaque: a see-through legend is hard to read
and its map is no easier to work on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QGraphicsView, QToolTip, QWidget

from mapstudio.core.model import Curve, LaneKind
from mapstudio.gui.canvas import painting as P
from mapstudio.gui.i18n import map_words
from mapstudio.layout import theme
from mapstudio.layout.legend import LegendItem, LegendSection, legend_sections
from mapstudio.text.translate import QCoreApplication

TITLE_PX = 12.0
HEADING_PX = 9.0
LABEL_PX = 11.0  # the labels at 100 %, as readable as card text
ROW_PX = 19.0  # one entry
LINE_PX = 14.0  # each further line of a wrapped label
KEY_W = 28.0
COLUMN_W = 210.0
PAD = 10.0
MARGIN = 12.0  # from the view's edges
SECTION_GAP = 8.0
HEAD_PX = 26.0  # the panel's title row
BUTTON = 16.0  # the fold and close buttons in the title row
FOLDED_H = 2 * PAD + 14  # a folded legend: its title row alone
MAX_WIDTH_SHARE = 1 / 2  # of the view's width, at most: the other half is the map's
HEIGHT_SHARE = 2 / 3  # of the view's height, preferred: a legend no taller leaves the map room
MIN_ROWS = 6  # entries a view must have room for, under the title row, to show the legend
SIZE_CHANGE = 0.2  # a view this much wider, narrower, taller or shorter has "changed a lot"
WHEEL_STEP = 3 * ROW_PX  # one notch of the mouse wheel scrolls a tall legend by three entries
SCROLL_BAR_W = 4.0  # the thin bar at the right edge of a legend taller than the view
CORNERS = ("bottom-right", "bottom-left", "top-right", "top-left")  # as the settings name them


def _section_height(section: LegendSection, lines: list[list[str]]) -> float:
    heading = HEADING_PX + 6 if section.heading else 0
    return heading + sum(ROW_PX + LINE_PX * (len(item_lines) - 1) for item_lines in lines)


@dataclass
class _Placed:
    x: float
    y: float
    section: LegendSection
    lines: list[list[str]]  # each item's label, wrapped to the column


def _columns(
    wrapped: list[tuple[LegendSection, list[list[str]]]], room: float
) -> tuple[list[_Placed], int, float]:
    """The sections placed in columns ``room`` pixels tall (a section taller than that has a
    column of its own): where each goes, how many columns, the tallest column's height."""
    placed: list[_Placed] = []
    x, y, tallest = 0.0, 0.0, 0.0
    for section, lines in wrapped:
        height = _section_height(section, lines)
        if y > 0 and y + height > room:  # the next column
            x, y = x + COLUMN_W, 0.0
        elif not section.heading and placed:
            # The second half of a long section stays under its first half: one section
            # again, with no gap between (the split only serves to balance columns).
            first = placed.pop()
            section = LegendSection(first.section.heading, [*first.section.items, *section.items])
            lines = [*first.lines, *lines]
            y, height = first.y, _section_height(section, lines)
        placed.append(_Placed(x, y, section, lines))
        y += height + SECTION_GAP
        tallest = max(tallest, y - SECTION_GAP)
    columns = int(x / COLUMN_W) + 1 if placed else 1
    return placed, columns, tallest


def _least_cover(
    wrapped: list[tuple[LegendSection, list[list[str]]]],
    most_columns: int,
    preferred: float,
    highest: float,
) -> tuple[list[_Placed], int, float]:
    """The columns that cover the least of the map: of the arrangements in at most
    ``most_columns`` columns whose entries are no taller than ``preferred`` pixels, else than
    ``highest``, the smallest; when none fits, the shortest (its entries scroll)."""
    shortest: dict[int, tuple[list[_Placed], int, float]] = {}  # by the number of columns
    room = ROW_PX
    while True:  # each number of columns, as short as it can be
        arranged = _columns(wrapped, room)
        shortest.setdefault(arranged[1], arranged)
        if arranged[1] <= 1:
            break
        room += ROW_PX / 2
    allowed = [a for n, a in shortest.items() if n <= most_columns]
    fitting = [a for a in allowed if a[2] <= preferred] or [a for a in allowed if a[2] <= highest]
    if not fitting:
        return min(allowed, key=lambda a: a[2])
    return min(fitting, key=lambda a: (a[1] * COLUMN_W + 2 * PAD) * (a[2] + HEAD_PX + 2 * PAD))


def _changed_a_lot(before: QSize, now: QSize) -> bool:
    return (
        abs(now.width() - before.width()) > SIZE_CHANGE * before.width()
        or abs(now.height() - before.height()) > SIZE_CHANGE * before.height()
    )


class MapLegend(QWidget):
    """A panel over the view's viewport; ``closed`` when its × is clicked, ``placed`` when the
    person moves it to another corner or folds or unfolds it."""

    closed = Signal()
    placed = Signal()

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.doc = view.doc
        self._placed: list[_Placed] = []
        self._close = QRectF()
        self._fold = QRectF()
        self._stale = True
        self._grab: QPointF | None = None  # where the title row was pressed, while dragged
        self._dragged = False
        self.followed = False  # the window listens to ``closed`` (gui.app.legends)
        self.title = ""
        self.corner = "bottom-right"  # one of CORNERS
        self._home: QPoint | None = None  # where it was placed, in the viewport
        self.folded = False  # the person's choice, remembered
        self.auto_folded = False  # folded because the view is too small for it, not remembered
        # the view's size when the person unfolded a legend that the view had folded: it stays
        # unfolded until they fold it again or the view changes size a lot
        self._shown_anyway: QSize | None = None
        self._scroll = 0.0  # how far a legend taller than the view is scrolled, in pixels
        self._scroll_max = 0.0
        self._scrolling = False  # its scroll bar is being dragged
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground, True)
        self.setMouseTracking(True)  # the title row shows it can be dragged
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.hide()
        self.doc.changed.connect(self._map_changed)
        view.viewport().installEventFilter(self)
        zoomed = getattr(view, "zoom_changed", None)
        if zoomed is not None:  # the pinned headers it keeps clear of grow and shrink
            zoomed.connect(lambda _zoom: self.isVisible() and self.refresh(measure=False))

    def place(self, corner: str, folded: bool) -> None:
        """Put the legend in ``corner`` (one of CORNERS), folded or not (as remembered)."""
        self.corner = corner if corner in CORNERS else "bottom-right"
        self.folded = folded
        if self.isVisible():
            self.refresh(measure=False)

    def set_folded(self, folded: bool) -> None:
        if folded:
            self._shown_anyway = None
        if folded != self.folded:
            self.folded = folded
            self.refresh()
            self.placed.emit()

    def unfold(self) -> None:
        """The person asks to see the legend (a click on its tab, View > Legend): unfolded, even
        in a view small enough for it to fold itself, as long as the view stays about this
        size."""
        self._shown_anyway = self.view.viewport().size()
        if self.folded:
            self.set_folded(False)
        else:
            self.refresh()

    # --- showing --------------------------------------------------------------------------------
    def set_shown(self, shown: bool) -> None:
        if shown:
            self._stale = True
            self.refresh()
        self.setVisible(shown)

    def _map_changed(self, *_args) -> None:
        self._stale = True
        if self.isVisible():
            QTimer.singleShot(0, self, self.refresh)  # once per turn, after the edit

    def stay_in_place(self) -> None:
        """Back to its corner after the map scrolled: QGraphicsView scrolls its viewport with
        ``QWidget.scroll``, which moves the viewport's children with the picture, so the legend
        drifted across the screen with the map (seen when Find scrolled to a match)."""
        if self._home is not None and self._grab is None and self.pos() != self._home:
            self.move(self._home)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.refresh(measure=False)
        return False

    def refresh(self, measure: bool = True) -> None:
        """Word the sections again (when the map changed) and place them in the viewport."""
        if measure and self._stale:
            with map_words(self.doc.map.language):  # the map's words, as on its poster
                self._sections = legend_sections(self.doc.map)
                self.title = QCoreApplication.translate("Poster", "Legend")
            self._stale = False
        self._arrange()
        self.update()

    def sections(self) -> list[LegendSection]:
        """What the legend shows now (its sections, in order)."""
        if self._stale:
            self.refresh()
        return [p.section for p in self._placed]

    def _arrange(self) -> None:
        sections = getattr(self, "_sections", [])
        viewport = self.view.viewport()
        width = COLUMN_W - KEY_W - 8
        wrapped = [
            (
                section,
                [P.wrap_lines(item.label, LABEL_PX, False, width, 3) for item in section.items],
            )
            for section in sections
        ]
        too_small = self.too_small_a_view(viewport.size())
        if self._shown_anyway is not None and _changed_a_lot(self._shown_anyway, viewport.size()):
            self._shown_anyway = None
        # folded by itself only when the view cannot show it beside the map; the person's own
        # fold is kept apart, in folded, and so is their click that unfolds it anyway
        self.auto_folded = not self.folded and too_small and self._shown_anyway is None
        # at most as many columns as half the view's width holds (in a view too small for
        # that, where the person unfolded it anyway: as many as the view holds)
        full, half = viewport.width() - 2 * MARGIN, viewport.width() * MAX_WIDTH_SHARE
        share = full if too_small else half
        most_columns = max(1, int((share - 2 * PAD) // COLUMN_W))
        around = HEAD_PX + 2 * PAD  # its title row and padding, around the entries
        preferred = viewport.height() * HEIGHT_SHARE - around
        highest = viewport.height() - 2 * MARGIN - around
        placed, columns, tallest = _least_cover(wrapped, most_columns, preferred, highest)
        self._placed = placed
        w = columns * COLUMN_W + 2 * PAD
        h = HEAD_PX + tallest + 2 * PAD
        if self.shown_folded:  # the title row alone, as wide as its words and buttons
            title = P.font_metrics(TITLE_PX, True).horizontalAdvance(self.title)
            w = PAD + title + 12 + 2 * BUTTON + 4 + PAD
            h = FOLDED_H
        # whole pixels first, so that folded and unfolded share the corner's edges exactly
        w = math.ceil(min(w, viewport.width() - 2 * MARGIN))
        h = math.ceil(min(h, max(FOLDED_H, viewport.height() - 2 * MARGIN)))
        # taller than the view: it scrolls inside itself, by the wheel or its scroll bar
        self._scroll_max = 0.0 if self.shown_folded else max(0.0, tallest - self._body_height(h))
        self._scroll = min(self._scroll, self._scroll_max)
        # on the left or at the top, it keeps clear of the pinned lane names or stage headers,
        # which say where on the map one is (as long as the view leaves room for both)
        pinned_left, pinned_top = self._pinned_headers()
        right, bottom = self.corner.endswith("right"), self.corner.startswith("bottom")
        x0 = viewport.width() - int(MARGIN) - w
        if not right:
            x0 = max(int(MARGIN), min(pinned_left + int(MARGIN), x0))
        y0 = viewport.height() - int(MARGIN) - h
        if not bottom:
            y0 = max(int(MARGIN), min(pinned_top + int(MARGIN), y0))
        self.setGeometry(x0, y0, w, h)
        self._home = QPoint(x0, y0)
        self._close = QRectF(w - PAD - BUTTON, PAD - 2, BUTTON, BUTTON)
        self._fold = self._close.translated(-BUTTON - 4, 0)
        self.raise_()

    @staticmethod
    def too_small_a_view(size: QSize) -> bool:
        """Whether a view of ``size`` is too small to show the legend beside its map: one
        column takes more than half its width, or it has no room for a few entries."""
        return (
            size.width() * MAX_WIDTH_SHARE < COLUMN_W + 2 * PAD
            or size.height() - 2 * MARGIN < HEAD_PX + 2 * PAD + MIN_ROWS * ROW_PX
        )

    @staticmethod
    def _body_height(height: float) -> float:
        """The height the entries have, under the title row, in a legend that tall."""
        return height - HEAD_PX - 2 * PAD

    @property
    def scrolled(self) -> float:
        """How far the entries are scrolled up, in pixels (0 when they all show)."""
        return self._scroll

    @property
    def scroll_range(self) -> float:
        """How far the entries can scroll: how much of them the view leaves out, in pixels."""
        return self._scroll_max

    def _scroll_to(self, offset: float) -> None:
        offset = min(max(0.0, offset), self._scroll_max)
        if offset != self._scroll:
            self._scroll = offset
            self.update()

    def _scroll_track(self) -> QRectF:
        """Where its scroll bar runs, at its right edge beside the entries."""
        if self._scroll_max <= 0:
            return QRectF()
        top = PAD + HEAD_PX
        return QRectF(self.width() - PAD, top, PAD, self._body_height(self.height()))

    @property
    def shown_folded(self) -> bool:
        """Folded on screen: by the person, or by itself in a view too small for it."""
        return self.folded or self.auto_folded

    def _pinned_headers(self) -> tuple[int, int]:
        """The width of the pinned lane names and the height of the pinned stage headers, in
        view pixels at the current zoom."""
        geometry = getattr(self.view.scene(), "geometry", None)
        if geometry is None:
            return 0, 0
        zoom = self.view.transform().m11()
        style = geometry.style
        return math.ceil(style.header_width * zoom), math.ceil(style.stage_header_height * zoom)

    # --- input ------------------------------------------------------------------------------------
    def _on_title_row(self, at: QPointF) -> bool:
        return (
            at.y() < PAD + BUTTON and not self._close.contains(at) and not self._fold.contains(at)
        )

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        at = event.position()
        if event.button() == Qt.MouseButton.LeftButton:
            if self._close.contains(at):
                self.hide()
                self.closed.emit()
            elif self._fold.contains(at):
                if self.shown_folded:  # folded by the person or by the view: unfolded
                    self.unfold()
                else:
                    self.set_folded(True)
            elif self._scroll_track().contains(at):
                self._scrolling = True
                self._scroll_along(at)
            elif self._on_title_row(at) or self.shown_folded:
                self._grab, self._dragged = at, False
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
        event.accept()  # clicks on the panel do not reach the map under it

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        at = event.position()
        if self._scrolling:
            self._scroll_along(at)
            event.accept()
            return
        if self._grab is None:
            title = self._on_title_row(at) or (self.shown_folded and not self._fold.contains(at))
            over_button = self._close.contains(at) or self._fold.contains(at)
            self.setCursor(
                Qt.CursorShape.OpenHandCursor
                if title and not over_button
                else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        moved = at - self._grab
        if not self._dragged and moved.manhattanLength() < QApplication.startDragDistance():
            return
        self._dragged = True
        viewport = self.view.viewport()
        top_left = self.mapToParent((at - self._grab).toPoint())
        x = min(max(0, top_left.x()), viewport.width() - self.width())
        y = min(max(0, top_left.y()), viewport.height() - self.height())
        self.move(QPoint(x, y))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        self._scrolling = False
        if self._grab is None:
            event.accept()
            return
        self._grab = None
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if self._dragged:  # it lands in the corner nearest to where it was let go
            viewport = self.view.viewport().rect()
            centre = self.geometry().center()
            vertical = "bottom" if centre.y() > viewport.center().y() else "top"
            horizontal = "right" if centre.x() > viewport.center().x() else "left"
            self.corner = f"{vertical}-{horizontal}"
            self.refresh(measure=False)
            self.placed.emit()
        elif self.shown_folded:  # a click on the folded tab unfolds it, whoever folded it
            self.unfold()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if self._on_title_row(event.position()) and not self.shown_folded:
            self.set_folded(True)  # as a double-click on a panel's title rolls it up
        event.accept()

    def _scroll_along(self, at: QPointF) -> None:
        """Scroll so that the scroll bar's thumb is centred on ``at`` (a press or drag on it)."""
        track = self._scroll_track()
        thumb = self._scroll_thumb()
        travel = track.height() - thumb.height()
        if travel > 0:
            share = (at.y() - track.top() - thumb.height() / 2) / travel
            self._scroll_to(share * self._scroll_max)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if self._scroll_max <= 0 or self.shown_folded:
            event.ignore()  # the map under it scrolls
            return
        pixels = event.pixelDelta().y()
        step = pixels if pixels else event.angleDelta().y() / 120 * WHEEL_STEP
        self._scroll_to(self._scroll - step)
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            at = QPointF(event.pos())
            if self._close.contains(at):
                tip = self.tr("Hide the legend (View > Legend, Ctrl+Shift+K)")
            elif self._fold.contains(at):
                tip = (
                    self.tr("Unfold the legend")
                    if self.shown_folded
                    else self.tr("Fold the legend")
                )
            elif self._on_title_row(at) or self.shown_folded:
                tip = self.tr("Drag to another corner of the map")
            else:
                tip = ""
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    # --- drawing ----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        frame = QRectF(0.5, 0.5, self.width() - 1, self.height() - 1)
        painter.setPen(P.pen("#c3cad1", 1.0))
        painter.setBrush(QColor(255, 255, 255, 245))
        painter.drawRoundedRect(frame, 6, 6)
        painter.setPen(P.colour(theme.HEADER_FILL))
        painter.setFont(P.font(TITLE_PX, True))
        painter.drawText(QRectF(PAD, PAD - 2, 200, 18), Qt.AlignmentFlag.AlignVCenter, self.title)
        painter.setPen(P.pen(theme.MUTED_TEXT, 1.4))
        c = self._close.adjusted(4, 4, -4, -4)
        painter.drawLine(c.topLeft(), c.bottomRight())
        painter.drawLine(c.topRight(), c.bottomLeft())
        # the chevron points where the legend goes: towards its corner's edge to fold
        f = self._fold.adjusted(4, 5, -4, -5)
        down = self.shown_folded != self.corner.startswith("bottom")
        tip, ends = (f.bottom(), f.top()) if down else (f.top(), f.bottom())
        chevron = [QPointF(f.left(), ends), QPointF(f.center().x(), tip), QPointF(f.right(), ends)]
        painter.drawPolyline(QPolygonF(chevron))
        if self.shown_folded:
            return
        if self._scroll_max > 0:  # its thumb says how much of the entries shows, and where
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(P.colour("#c3cad1"))
            thumb = self._scroll_thumb()
            painter.drawRoundedRect(thumb, thumb.width() / 2, thumb.width() / 2)
            # scrolled entries are cut at the title row, not drawn over it
            top = PAD + HEAD_PX - 4
            painter.setClipRect(QRectF(0, top, self.width(), self.height() - PAD + 2 - top))
        else:
            painter.setClipRect(QRectF(0, 0, self.width(), self.height()))
        for placed in self._placed:
            y = PAD + HEAD_PX + placed.y - self._scroll
            self._paint_section(painter, PAD + placed.x, y, placed)

    def _scroll_thumb(self) -> QRectF:
        track = self._scroll_track()
        if track.isEmpty():
            return QRectF()
        body = track.height()
        length = max(24.0, body * body / (body + self._scroll_max))
        top = track.top() + (body - length) * self._scroll / self._scroll_max
        x = track.center().x() - SCROLL_BAR_W / 2
        return QRectF(x, top, SCROLL_BAR_W, length)

    def _paint_section(self, painter: QPainter, x: float, y: float, placed: _Placed) -> None:
        if placed.section.heading:
            painter.setPen(P.colour(theme.MUTED_TEXT))
            painter.setFont(P.font(HEADING_PX, True))
            painter.drawText(QPointF(x, y + HEADING_PX), placed.section.heading.upper())
            y += HEADING_PX + 6
        for item, lines in zip(placed.section.items, placed.lines, strict=True):
            _paint_key(painter, x, y + 2, item)
            label_x = x if item.kind == "text" else x + KEY_W + 8
            painter.setPen(P.colour(theme.TEXT))
            painter.setFont(P.font(LABEL_PX))
            for j, line in enumerate(lines):
                painter.drawText(QPointF(label_x, y + 12 + j * LINE_PX), line)
            y += ROW_PX + LINE_PX * (len(lines) - 1)


def _paint_key(painter: QPainter, x: float, y: float, item: LegendItem) -> None:
    """The key of an entry, drawn as ``poster_blocks.draw_legend`` draws it on paper."""
    key = QRectF(x, y, KEY_W, 13)
    if item.kind == "lane" and item.lane is not None:
        ls = theme.LANE_STYLES[item.lane]
        painter.setPen(P.pen(ls.accent, 0.8))
        painter.setBrush(P.colour(ls.fill))
        painter.drawRect(key)
        _glyph(painter, key, item.symbol, ls.accent)
    elif item.kind == "friction":
        ls = theme.LANE_STYLES[LaneKind.FRICTIONS]
        painter.setPen(P.pen(ls.accent, 0.8))
        painter.setBrush(P.colour(ls.fill))
        outline = [(0, 0), (22, 0), (28, 6), (28, 13), (0, 13)]
        painter.drawPolygon(QPolygonF([QPointF(x + a, y + b) for a, b in outline]))
        painter.fillRect(QRectF(x, y, 3, 13), P.colour(ls.accent))
        _glyph(painter, key, "⚠", ls.accent)
    elif item.kind == "opportunity":
        ls = theme.LANE_STYLES[LaneKind.OPPORTUNITIES]
        painter.setPen(P.pen(ls.accent, 0.9, Qt.PenStyle.DashLine))
        painter.setBrush(P.colour(ls.fill))
        painter.drawRoundedRect(key, 4, 4)
        _glyph(painter, key, "★", ls.accent)
    elif item.kind == "badge":
        look = theme.badge_colours("lane", item.colour)
        painter.setPen(P.pen(look.edge or item.colour, 0.8))
        painter.setBrush(P.colour(look.fill or "#ffffff"))
        painter.drawRoundedRect(key, 6.5, 6.5)
    elif item.kind == "curve" and item.persona is not None:
        i, persona = item.persona
        to_be = item.curve is Curve.TO_BE
        style = Qt.PenStyle.DashLine if to_be else Qt.PenStyle.SolidLine
        painter.setPen(P.pen(persona.colour, 2.2, style))
        painter.drawLine(QPointF(x, y + 6.5), QPointF(x + KEY_W, y + 6.5))
        marker = theme.PERSONA_MARKERS[i % len(theme.PERSONA_MARKERS)]
        painter.setPen(P.pen(persona.colour, 1.2))
        painter.setBrush(P.colour("#ffffff" if to_be else persona.colour))
        painter.drawPath(P.marker_path(marker, QPointF(x + KEY_W / 2, y + 6.5), 3.4))
    elif item.kind == "symbol":
        _glyph(painter, key, item.symbol, item.colour, 12.0)
    elif item.kind == "dot":
        painter.setPen(P.pen("#ffffff", 1.0))
        painter.setBrush(P.colour(item.colour))
        painter.drawEllipse(QPointF(x + KEY_W / 2, y + 6.5), 4.5, 4.5)
    elif item.kind == "positive":
        painter.setPen(P.pen(theme.POSITIVE_ACCENT, 1.4))
        painter.setBrush(P.colour("#ffffff"))
        painter.drawRoundedRect(key, 2, 2)
        _glyph(painter, key, theme.POSITIVE_SYMBOL, theme.POSITIVE_ACCENT)
    elif item.kind == "blueprint":
        pen = P.pen(theme.BLUEPRINT_LINE, theme.BLUEPRINT_LINE_WIDTH, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, y + 6.5), QPointF(x + KEY_W, y + 6.5))


def _glyph(painter: QPainter, key: QRectF, glyph: str, colour: str, size: float = 10.0) -> None:
    painter.setPen(P.colour(colour))
    painter.setFont(P.font(size, True))
    painter.drawText(key, Qt.AlignmentFlag.AlignCenter, glyph)


def set_legend_shown(view: QGraphicsView, shown: bool) -> MapLegend | None:
    """Show or hide ``view``'s legend; it is built at its first showing (a map opens without
    one). Returns the legend, if built."""
    legend: MapLegend | None = getattr(view, "legend", None)
    if legend is None and shown:
        legend = view.legend = MapLegend(view)
    if legend is not None:
        legend.set_shown(shown)
    return legend
