"""Canvas items for the grid: cards (and metric values), cells and lanes (headers are in
``headers.py``). Plain QGraphicsItems with everything prepared outside ``paint()``.

Parenting: LaneItem (at the row's y) > CellItem (at the column's x) > CardItem (at the box's
x, y in the cell), so a lane that grows moves the rows below it and no card.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from mapstudio.core.model import Card, Image, LaneKind, MetricValue
from mapstudio.gui.canvas import add_button, pictures, vote_dots
from mapstudio.gui.canvas import painting as P
from mapstudio.gui.canvas.badge_strip import PreparedStrip
from mapstudio.gui.canvas.headers import LaneHeaderItem
from mapstudio.gui.canvas.rect_item import RectItem, lod
from mapstudio.layout import Box, theme
from mapstudio.layout.cells import image_frame
from mapstudio.layout.comment_marks import card_mark
from mapstudio.layout.dot_strip import BELOW_CARD
from mapstudio.layout.style import DEFAULT_STYLE

# Literal context and text at each call, so pyside6-lupdate extracts them.
translate = QCoreApplication.translate

SELECTABLE = QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
# A card's shadow: how far it falls and how dark it is (deeper under the mouse).
_SHADOW = (QPointF(1.5, 2.0), QColor(0, 0, 0, 28))
_HOVER_SHADOW = (QPointF(2.0, 3.0), QColor(0, 0, 0, 50))
# Looked up once: an enum member read through its class costs a Python call, and a card's
# paint (2,000 of them in a PNG) reads several.
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_NO_PEN = Qt.PenStyle.NoPen


class CardItem(RectItem):
    """A card or a metric value drawn as a sticky note, exactly the lines of its layout Box."""

    def __init__(self, obj_id: str, kind: str) -> None:
        super().__init__()
        self.obj_id = obj_id
        self.kind = kind  # "card" | "metric"
        self.box: Box | None = None
        self.fingerprint: Any = None
        self.highlight = 0  # 0 none, 1 find match, 2 current find match
        self.mark: P.CompareMark | None = None  # how another version differs here (Compare)
        self.editing = False  # the in-place editor covers the text
        self._outline = QPainterPath()
        self._solid = QRectF()  # what the outline surely covers (its shadow's hole)
        self._shape_name = "note"
        self._fill = P.colour("#ffffff")
        self._accent = "#888888"
        self._edge = P.pen("#dddddd", 0.8)
        self._lines: list | None = None  # QStaticText per line, prepared at first paint
        self._offsets: list[float] = []
        self._strip: PreparedStrip | None = None  # the badges, prepared at first paint
        self._badge_source: tuple[Card, LaneKind] | None = None  # None: no badges
        self._image: Image | None = None
        self._image_frame = QRectF()
        self.hovered = False  # under the mouse: lifted a little, to show it can be taken
        self.open_comments = 0  # shown by a marker at the top right corner
        self.author: str | None = None  # the note's author (a participant id)
        self.dots: tuple[str, ...] = ()  # a shown vote's dots on this card: their colours
        self.positive = False  # a bright spot: framed in green, as on the poster
        self.setFlag(SELECTABLE, True)
        self.setAcceptHoverEvents(True)

    # --- content -------------------------------------------------------------------------------
    def set_content(
        self, box: Box, obj: Card | MetricValue, lane_kind: LaneKind, fingerprint: Any
    ) -> None:
        """Take a new layout box and the object's values (called only when they changed)."""
        style = theme.LANE_STYLES[lane_kind]
        self.set_size(box.width, box.height)
        rect = self._rect
        self.box = box
        self.fingerprint = fingerprint
        self._shape_name = "metric" if self.kind == "metric" else style.shape
        custom = obj.colour if isinstance(obj, Card) else None
        self._fill = P.colour(custom or style.fill)
        self._accent = style.accent
        if self._shape_name == "opportunity":  # its edge: prepared here, not at each paint
            self._edge = P.pen(self._accent, 1.4, Qt.PenStyle.DashLine)
        else:
            self._edge = P.pen(P.darker(self._fill.name(), 125).name(), 0.8)
        self._outline = P.card_outline(rect, self._shape_name)
        self._solid = P.outline_solid(rect, self._shape_name)
        self._lines = None
        self._offsets = P.line_offsets(len(box.text.lines), box.text.size)
        self._strip = None
        has_badges = box.has_badges and isinstance(obj, Card)
        self._badge_source = (obj, lane_kind) if has_badges else None
        self.open_comments = sum(1 for c in getattr(obj, "comments", ()) if not c.resolved)
        self.author = obj.author if isinstance(obj, Card) else None
        self.positive = isinstance(obj, Card) and obj.positive
        self._image = obj.image if isinstance(obj, Card) and box.image_height else None
        if self._image is not None:
            scene = self.scene()  # presentation mode lays the map out with its own sizes
            style = scene.geometry.style if scene is not None else DEFAULT_STYLE
            self._image_frame = QRectF(*image_frame(self._image, box, style))
        # a card's tooltip says what its badges mean (badge_strip.BadgeTips), a metric's text
        self.setToolTip("" if isinstance(obj, Card) else "\n".join(box.text.lines))
        self.update()

    def forget_badges(self) -> None:
        """The map's language or its people changed: prepare the badges again at next paint."""
        if self._strip is not None:
            self._strip = None
            self.update()

    def badges(self) -> PreparedStrip | None:
        """The card's badges as drawn (None: it has none)."""
        if self._strip is None and self._badge_source is not None and self.box is not None:
            self._strip = PreparedStrip(*self._badge_source, self)
        return self._strip

    def set_highlight(self, level: int) -> None:
        if level != self.highlight:
            self.highlight = level
            self.update()

    def set_mark(self, mark: P.CompareMark | None) -> None:
        if mark != self.mark:
            self.mark = mark
            self.update()

    def set_dots(self, colours: tuple[str, ...]) -> None:
        if colours != self.dots:
            self.dots = colours
            self.update()

    def set_editing(self, editing: bool) -> None:
        self.editing = editing
        self.update()

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = True
        self.update()

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.hovered = False
        self.update()

    # --- QGraphicsItem ---------------------------------------------------------------------------
    def _bounds_for(self, rect: QRectF) -> QRectF:
        # room for the shadow, the selection outline and a vote's dots along the bottom edge
        return rect.adjusted(-3, -3, 4, BELOW_CARD + 1.0)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = self._rect
        scene = self.scene()
        if scene.author_filter is not None and self.author != scene.author_filter:
            painter.setOpacity(theme.FILTERED_OUT_OPACITY)  # another author's note: faded
        if lod(painter) < P.LOD_BLOCKS:
            painter.fillRect(rect, self._fill)
            if self._image is not None:  # the picture as a block: no decoding far out
                painter.fillRect(self._image_frame.translated(rect.topLeft()), P.colour("#9aa3ad"))
            if self.isSelected() or self.highlight:
                painter.fillRect(
                    rect, P.colour(P.SELECTION if self.isSelected() else P.FIND_HIGHLIGHT)
                )
            return
        painter.setRenderHint(_ANTIALIASING, True)
        # soft shadow: an offset darker outline, no QGraphicsEffect (deeper under the mouse)
        offset, shade = _HOVER_SHADOW if self.hovered else _SHADOW
        if self._fill.alpha() == 255:  # the body hides most of it
            P.paint_card_shadow(painter, self._outline, rect, self._solid, offset, shade)
        else:
            painter.setPen(_NO_PEN)
            painter.setBrush(shade)
            painter.drawPath(self._outline.translated(offset))
        painter.setBrush(self._fill)
        shape = self._shape_name
        painter.setPen(self._edge)
        painter.drawPath(self._outline)
        if self.positive:
            painter.setPen(P.pen(theme.POSITIVE_ACCENT, 1.6))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 2, 2)
        if shape == "friction":  # thick left bar
            painter.fillRect(
                QRectF(rect.left(), rect.top(), 4.5, rect.height()), P.colour(self._accent)
            )
        elif shape == "touchpoint":
            painter.fillRect(
                QRectF(rect.left() + 7, rect.top(), rect.width() - 14, 2.5), P.colour(self._accent)
            )
        if self._image is not None:
            pictures.draw(painter, self._image, self._image_frame.translated(rect.topLeft()))
        if self._badge_source is not None:
            self.badges().paint(painter, rect)
        if not self.editing and self.box is not None:
            if self._lines is None:  # a cache of drawing objects, not a geometry change
                self._lines = P.static_lines(self.box.text.lines)
            painter.setPen(P.colour(theme.TEXT))
            painter.setFont(P.font(self.box.text.size))
            x, top = rect.left() + 7.0, rect.top() + self.box.text_top
            if self.kind == "metric" and len(self._lines) > 1:
                painter.setPen(P.colour(theme.MUTED_TEXT))
            for i, (st, dy) in enumerate(zip(self._lines, self._offsets, strict=False)):
                if self.kind == "metric" and i == 1:
                    painter.setPen(P.colour(theme.TEXT))
                painter.drawStaticText(QPointF(x, top + dy), st)
            if self.box.text.truncated:
                painter.setPen(_NO_PEN)
                painter.setBrush(P.darker(self._fill.name(), 135))
                painter.drawPath(P.folded_corner(rect))
        if self.highlight:
            hl = P.FIND_CURRENT if self.highlight == 2 else P.FIND_HIGHLIGHT
            painter.setPen(P.pen(hl, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._outline)
        if self.mark is not None:
            P.paint_compare_mark(painter, rect, self.mark)
        if self.isSelected():
            painter.setPen(P.pen(P.SELECTION, 2.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)
        if self.open_comments:
            x, y = card_mark(rect.width())
            P.paint_comment_mark(painter, (rect.left() + x, rect.top() + y), self.open_comments)
        elif self.hovered:
            painter.setPen(P.pen(P.HOVER, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1.5, -1.5, 1.5, 1.5), 4, 4)
        if self.dots:
            vote_dots.paint(painter, rect, self.dots)


class CellItem(RectItem):
    """One grid cell: parent of its cards; draws only the keyboard cursor and drop target."""

    def __init__(self, stage: str, lane: str) -> None:
        super().__init__()
        self.stage = stage
        self.lane = lane
        self.cursor = False
        self.drop_target = False
        self.drop_line: float | None = None  # y of the insertion line during a card drag
        self.accepts_cards = True  # False in an emotions lane
        self.synced = 0  # serial of the CellGeom its cards show (0: none yet)
        self._hover = False
        self._mouse = QPointF()  # where the mouse is over the cell (scene), for its "+"
        self.setAcceptHoverEvents(True)
        # Its cards draw inside it (a dragged card stays in place, a ghost follows the mouse):
        # Qt's painting and hit tests then skip the cards of every cell out of reach.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemContainsChildrenInShape, True)

    def set_accepts_cards(self, accepts: bool) -> None:
        self.accepts_cards = accepts
        self.setAcceptHoverEvents(accepts)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = True
        self._mouse = event.scenePos()
        self.update()

    def hoverMoveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        geo, cell = self.scene().geometry, (self.stage, self.lane)
        was = add_button.hit(geo, cell, self._mouse)
        self._mouse = event.scenePos()
        if add_button.hit(geo, cell, self._mouse) != was:
            self.update()  # the "+" under the mouse lights up, or goes faint again

    def hoverLeaveEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self._hover = False
        self.update()

    def contents_changed(self) -> None:
        """Its cards changed: what it draws itself moves with them (the "+" under the mouse
        where there is room for a card, the empty cell's hint under the keyboard cursor)."""
        if self._hover or self.cursor:
            self.update()

    def set_marks(self, cursor: bool | None = None, drop_line: float | None | bool = False) -> None:
        if cursor is not None:
            self.cursor = cursor
        if drop_line is not False:
            self.drop_line = drop_line  # type: ignore[assignment]
            self.drop_target = drop_line is not None
        self.update()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self.drop_target:
            painter.fillRect(self._rect.adjusted(2, 2, -2, -2), QColor(26, 115, 232, 22))
            if self.drop_line is not None:
                painter.setPen(P.pen(P.SELECTION, 3.0))
                painter.drawLine(
                    QPointF(8, self.drop_line), QPointF(self._rect.width() - 8, self.drop_line)
                )
        if self.cursor:
            painter.setPen(P.pen(P.SELECTION, 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self._rect.adjusted(2, 2, -2, -2))
        looked_at = (self._hover or self.cursor) and self.accepts_cards and not self.drop_target
        if not looked_at or lod(painter) < P.LOD_BLOCKS:
            return
        scene = self.scene()
        if self._hover and not scene.doc.read_only:  # a "+" where there is room for a card
            add_button.paint(painter, scene.geometry, (self.stage, self.lane), self.scenePos(),
                             self._mouse)  # fmt: skip
        elif self.cursor and not self.childItems():  # how to fill an empty cell, by keyboard
            hint = translate("MapCanvas", "Press Enter to add a card")
            painter.setPen(P.colour(theme.MUTED_TEXT))
            painter.setFont(P.font(9))
            painter.drawText(
                self._rect.adjusted(8, 0, -8, 0),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                hint,
            )


class LaneItem(RectItem):
    """A row: its coloured band and grid lines; parent of its header and cells."""

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self._band = P.colour("#ffffff")
        self._grid: list[float] = []
        self.header = LaneHeaderItem(lane_id)
        self.header.setParentItem(self)
        self.header.setZValue(3)  # above the cells when pinned over them
        self.setZValue(0)

    def set_geometry(self, width: float, height: float, band: str, grid: list[float]) -> None:
        self.set_size(width, height)
        self._band = P.colour(band)
        self._grid = grid
        self.update()

    def covers_band(self) -> bool:
        """Whether its band hides what is under it wholly (the scene then leaves the paper
        out there): a shown, opaque lane."""
        return self._band.alpha() == 255 and self.isVisible() and self.effectiveOpacity() >= 1.0

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        r = self._rect
        painter.fillRect(r, self._band)
        look = self.scene().look
        painter.setPen(P.pen(look.grid, look.grid_width))
        for x in self._grid:
            painter.drawLine(QPointF(x, 0), QPointF(x, r.height()))
        painter.drawLine(QPointF(0, r.height()), QPointF(r.width(), r.height()))
