"""Stage and lane headers: titles, icons and hints; drag handles for reordering."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from mapstudio.gui.canvas import painting as P
from mapstudio.gui.canvas.rect_item import RectItem, lod
from mapstudio.layout import theme
from mapstudio.layout.comment_marks import header_mark
from mapstudio.layout.textfit import (
    LINE_SPACING,
    FittedText,
    lane_title_fit,
    map_title_fit,
    stage_name_fit,
)
from mapstudio.records import record


class _HeaderBase(RectItem):
    """Shared by stage and lane headers: the view marks one as selected (not Qt-selectable,
    so a rubber band over cards never picks up a whole stage or lane)."""

    marked = False
    open_comments = 0  # shown by a marker at the top right corner
    compare_mark: P.CompareMark | None = None  # how another version differs (Compare)
    highlight = 0  # 0 none, 1 find match, 2 current find match

    @property
    def obj_id(self) -> str:
        return getattr(self, "stage_id", None) or self.lane_id

    def set_compare_mark(self, mark: P.CompareMark | None) -> None:
        if mark != self.compare_mark:
            self.compare_mark = mark
            self.update()

    def set_marked(self, marked: bool) -> None:
        if marked != self.marked:
            self.marked = marked
            self.update()

    def set_highlight(self, level: int) -> None:
        if level != self.highlight:
            self.highlight = level
            self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        self.paint_header(painter)
        if self.open_comments:
            r = self._rect
            x, y = header_mark(r.width())
            y += getattr(self, "_dy", 0.0)  # a lane's title block slides down with the view
            P.paint_comment_mark(painter, (r.left() + x, r.top() + y), self.open_comments)
        if self.compare_mark is not None:
            P.paint_compare_mark(
                painter, self.boundingRect().adjusted(3, 3, -3, -3), self.compare_mark
            )
        if self.highlight:
            colour = P.FIND_CURRENT if self.highlight == 2 else P.FIND_HIGHLIGHT
            painter.setPen(QPen(P.colour(colour), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.boundingRect().adjusted(4, 4, -4, -4))
        if self.marked:
            pen = QPen(P.colour("#f39c12"), 3)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.boundingRect().adjusted(1.5, 1.5, -1.5, -1.5))


class LaneHeaderItem(_HeaderBase):
    """The lane's title cell at the left: colour bar, kind icon, title (two lines at most),
    count, and on an emotions lane the personas' legend and the scale's tick labels.
    Drag handle for reordering lanes."""

    CHEVRON = QRectF(6, 4, 16, 18)  # click target that collapses / expands the lane
    TITLE_X = 44.0
    COMPACT_WIDTH = 140.0  # narrower than this, the title goes under the icon
    LINE = 16.0
    # False in exported images, which show what the poster shows: "▸" marks a collapsed lane,
    # and the editor's "▾" control is left out
    show_chevron = True

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self.title = ""
        self.kind_name = ""  # the lane kind's name (vocabulary), told by the tooltip
        self.icon = ""
        self.accent = "#888888"
        self.count_text = ""
        self.persona_name = ""  # the persona whose lane it is ("" for everyone's)
        self.persona_colour = "#888888"
        self.collapsed = False
        self.ticks: list[tuple[float, str]] = []
        self.legend: list[LegendEntry] = []
        self._title_lines: list[str] = []
        self._title_size = 11.0
        self._line = self.LINE
        self._dy = 0.0  # the title block slides down a tall lane to stay in sight
        self._block = 0.0  # height of the title block
        # A narrow header (presentation mode) puts the title under the icon, not beside it.
        self._title_x, self._title_top = self.TITLE_X, 5.0
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def chevron_rect(self) -> QRectF:
        return self.CHEVRON.translated(0, self._dy)

    def pin_to(self, visible_top: float) -> None:
        """Keep the title block in sight when the lane's top is scrolled away
        (``visible_top`` in this item's coordinates)."""
        dy = max(0.0, min(visible_top, self._rect.height() - self._block))
        if dy != self._dy:
            self._dy = dy
            self.update()

    def set_content(self, width: float, height: float, **values: Any) -> None:
        self.set_size(width, height)
        for key, value in values.items():
            setattr(self, key, value)
        compact = width < self.COMPACT_WIDTH and not self.collapsed
        self._title_x, self._title_top = (10.0, 26.0) if compact else (self.TITLE_X, 5.0)
        # the tick labels sit at the right; a narrow header's title is above the first of them
        room = width - self._title_x - ((20 if compact else 44) if self.ticks else 6)
        if self.collapsed:  # one line, the count visible next to it (cut as on paper)
            if self.count_text:
                room -= P.font_metrics(9).horizontalAdvance(self.count_text) + 8
            self._title_lines = P.wrap_lines(self.title, 11, True, room, 1)
            self._title_size = 11.0
        else:  # whole, on up to three lines, as the poster has it
            fitted = lane_title_fit(self.title, room, 11.0, 3 if height >= 44 else 2)
            self._title_lines, self._title_size = list(fitted.lines), fitted.size
        self._line = self._title_size * LINE_SPACING if not self.collapsed else self.LINE
        self._block = (
            self._title_top
            + self._line * len(self._title_lines)
            + (self.LINE if self.count_text else 0)
            + (self.LINE if self.persona_name and not self.collapsed else 0)
        )
        self._block += (8 + 15 * len(self.legend) if self.legend else 0) + 6
        self._dy = max(0.0, min(self._dy, height - self._block))
        # The icon shows the kind; the tooltip names it when the title does not.
        same = self.title.strip().casefold() == self.kind_name.casefold()
        self.setToolTip(self.title if same else f"{self.title}\n{self.icon} {self.kind_name}")
        self.update()

    def paint_header(self, painter: QPainter) -> None:
        r = self._rect
        look = self.scene().look
        accent = P.colour(self.accent)
        tint = QColor(accent)
        tint.setAlpha(30)
        painter.fillRect(r, P.colour(look.lane_header))
        painter.fillRect(r, tint)
        painter.fillRect(QRectF(0, 0, 5, r.height()), accent)
        painter.setPen(P.pen(look.grid, look.grid_width))
        painter.drawLine(QPointF(r.width(), 0), QPointF(r.width(), r.height()))
        painter.drawLine(QPointF(0, r.height()), QPointF(r.width(), r.height()))
        if lod(painter) < P.LOD_BLOCKS:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.save()
        painter.setTransform(QTransform.fromTranslate(0, self._dy), True)
        self._paint_title_block(painter, accent)
        painter.restore()
        if self.collapsed:
            return
        painter.setFont(P.font(9))
        painter.setPen(P.colour(look.muted))
        for tick_y, label in self.ticks:
            painter.drawText(
                QRectF(r.width() - 40, tick_y - 8, 32, 16),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            painter.drawLine(QPointF(r.width() - 5, tick_y), QPointF(r.width(), tick_y))

    def _paint_title_block(self, painter: QPainter, accent: QColor) -> None:
        r = self._rect
        look = self.scene().look
        painter.setPen(P.colour(look.muted))
        painter.setFont(P.font(9))
        if self.collapsed or self.show_chevron:
            chevron = "▸" if self.collapsed else "▾"
            painter.drawText(self.CHEVRON, Qt.AlignmentFlag.AlignCenter, chevron)
        painter.setPen(accent)
        painter.setFont(P.font(13))
        painter.drawText(QRectF(22, 4, 20, 18), Qt.AlignmentFlag.AlignCenter, self.icon)
        painter.setPen(P.colour(look.header_text))
        painter.setFont(P.font(self._title_size, True))
        x, y = self._title_x, self._title_top
        for line in self._title_lines:
            painter.drawText(
                QRectF(x, y, r.width() - x, self._line), Qt.AlignmentFlag.AlignVCenter, line
            )
            y += self._line
        if self.persona_name and not self.collapsed and y + self.LINE <= r.height():
            # whose lane: the persona's colour and name, as the poster shows it
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(P.colour(self.persona_colour))
            painter.drawEllipse(QPointF(x + 4, y + self.LINE / 2), 4, 4)
            painter.setPen(P.colour(look.header_text))
            painter.setFont(P.font(9, True))
            name = P.font_metrics(9, True).elidedText(
                self.persona_name, Qt.TextElideMode.ElideRight, r.width() - x - 18
            )
            painter.drawText(
                QRectF(x + 12, y, r.width() - x - 16, self.LINE),
                Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            y += self.LINE
        painter.setPen(P.colour(look.muted))
        painter.setFont(P.font(9))
        if self.count_text and self.collapsed:
            x += P.font_metrics(11, True).horizontalAdvance(self._title_lines[0]) + 8
            painter.drawText(
                QRectF(x, 5, r.width() - x - 4, self.LINE),
                Qt.AlignmentFlag.AlignVCenter,
                self.count_text,
            )
        elif self.count_text and y + self.LINE <= r.height():
            painter.drawText(
                QRectF(x, y, r.width() - x - 4, self.LINE),
                Qt.AlignmentFlag.AlignVCenter,
                self.count_text,
            )
        if self.legend and not self.collapsed:
            self._paint_legend(painter, y + 8)

    def _paint_legend(self, painter: QPainter, top: float) -> None:
        room = self._rect.width() - 30 - 44
        fm = P.font_metrics(9)
        painter.setFont(P.font(9))
        for i, entry in enumerate(self.legend):
            y = top + i * 15
            if y + 14 > self._rect.height() - 4:
                break
            colour = P.colour(entry.colour)
            if entry.marker:
                painter.setPen(P.pen(entry.colour, 1.5))
                painter.setBrush(colour)
                painter.drawPath(P.marker_path(entry.marker, QPointF(18, y + 7), 4))
            else:  # a curve style sample: solid (as is) or dashed (to be)
                style = Qt.PenStyle.DashLine if entry.dashed else Qt.PenStyle.SolidLine
                painter.setPen(P.pen(entry.colour, 1.6, style))
                painter.drawLine(QPointF(10, y + 7), QPointF(26, y + 7))
            look = self.scene().look
            painter.setPen(P.colour(look.header_text if entry.marker else look.muted))
            text = fm.elidedText(entry.name, Qt.TextElideMode.ElideRight, room)
            painter.drawText(QRectF(30, y, room, 14), Qt.AlignmentFlag.AlignVCenter, text)


@record
class LegendEntry:
    name: str
    colour: str
    marker: str = ""  # a persona's marker; empty for a curve style sample
    dashed: bool = False


class StageHeaderItem(_HeaderBase):
    """A stage's column header: name and a one-line description hint. Drag handle."""

    def __init__(self, stage_id: str) -> None:
        super().__init__()
        self.stage_id = stage_id
        self.name = ""
        self.description = ""
        self.number = 0
        self.colour: str | None = None
        self._name = FittedText(("",), 12.0, False)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(2)

    def set_content(
        self,
        width: float,
        height: float,
        name: str,
        description: str,
        number: int,
        colour: str | None = None,
        open_comments: int = 0,
    ) -> None:
        self.set_size(width, height)
        self.name, self.description, self.number = name, description, number
        self.colour = colour
        self.open_comments = open_comments
        # whole, on two lines if need be, as on paper (the description then gives way)
        self._name = stage_name_fit(name, width - 42, 12.0)
        self.setToolTip(name + ("\n\n" + description if description else ""))
        self.update()

    def paint_header(self, painter: QPainter) -> None:
        look = self.scene().look
        painter.fillRect(self._rect, P.colour(look.paper))  # hides what scrolls under it
        r = self._rect.adjusted(2, 4, -2, -4)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(P.colour(look.stage_fill))  # no QBrush(QColor): it builds QImage enums
        painter.drawRoundedRect(r, 5, 5)
        if self.colour:
            band = QRectF(r.left() + 4, r.top(), r.width() - 8, theme.STAGE_BAND_HEIGHT)
            painter.fillRect(band, P.colour(self.colour))
        if lod(painter) < P.LOD_BLOCKS:
            return
        inner = r.adjusted(10, 6, -10, -6)
        painter.setPen(P.colour("#8fa3b8"))
        painter.setFont(P.font(9, True))
        painter.drawText(
            QRectF(inner.left(), inner.top(), 20, 16),
            Qt.AlignmentFlag.AlignVCenter,
            str(self.number),
        )
        painter.setPen(P.colour(look.stage_text))
        fitted = self._name
        painter.setFont(P.font(fitted.size, True))
        line = fitted.size * LINE_SPACING
        name_room = inner.width() - 18
        top = inner.top() if len(fitted.lines) == 1 else inner.top() - 2
        for i, text in enumerate(fitted.lines):
            painter.drawText(
                QRectF(inner.left() + 18, top + i * line, name_room, max(16.0, line)),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        if self.description and len(fitted.lines) == 1 and r.height() >= 44:  # room for it
            painter.setPen(P.colour("#c5d1dc"))
            painter.setFont(P.font(9))
            hint = P.font_metrics(9).elidedText(
                self.description, Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(
                QRectF(inner.left(), inner.top() + 20, inner.width(), 14),
                Qt.AlignmentFlag.AlignVCenter,
                hint,
            )


class HeaderRowItem(RectItem):
    """The band behind the pinned stage headers: the lanes scrolling (or a lane dragged)
    under the header row stay hidden, also in the gap a dragged stage header leaves."""

    def __init__(self) -> None:
        super().__init__()
        self.setZValue(1.5)  # over the lanes (a dragged one at 1), under the stage headers

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.fillRect(self._rect, P.colour(self.scene().look.paper))


class CornerItem(RectItem):
    """The top-left corner: the map's title (two lines at most). Pinned like the headers."""

    def __init__(self) -> None:
        super().__init__()
        self._lines: list[str] = []
        self._size = 12.0
        self.setZValue(4)

    def set_content(self, width: float, height: float, title: str) -> None:
        self.set_size(width, height)
        fitted = map_title_fit(title, width - 18)  # whole, on up to three lines
        self._lines, self._size = list(fitted.lines), fitted.size
        self.setToolTip(title)
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        look = self.scene().look
        painter.fillRect(self._rect, P.colour(look.paper))
        if lod(painter) < P.LOD_BLOCKS:
            return
        painter.setPen(P.colour(look.header_text))
        painter.setFont(P.font(self._size, True))
        step = self._size * LINE_SPACING
        top = self._rect.center().y() - step * len(self._lines) / 2
        for i, line in enumerate(self._lines):
            painter.drawText(
                QRectF(10, top + step * i, self._rect.width() - 18, step),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
