"""Which persona's curve, and which curve (as is, to be), a click in the emotions lane edits:
shown at the foot of each emotions lane's header, changed there by a click (the persona: the
next one; the curve: the other), and by keys on the map (P, Shift+P; C), so a click never
lands on a curve the user did not mean.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from mapstudio.core.model import Curve, LaneKind
from mapstudio.core.vocabulary import curve_name
from mapstudio.gui.canvas import painting as P
from mapstudio.gui.i18n import map_words
from mapstudio.layout import theme

if TYPE_CHECKING:
    from mapstudio.gui.canvas.view import MapCanvas

translate = QCoreApplication.translate

CHIP = 20.0  # a chip's height
GAP = 4.0
LABEL = 14.0  # the line above the chips
TICKS_ROOM = 46.0  # the scale's tick labels at the header's right
BOTTOM = 8.0


class CurveSwitcher(QGraphicsItem):
    """The persona chip and the curve chip, at the foot of an emotions lane's header."""

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__()
        self.canvas = canvas
        self.width = 100.0
        self.setZValue(4)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(
            translate(
                "MapCanvas",
                "Whose emotion curve a click in this lane edits. Click the persona for the next "
                "one (P, Shift+P), the curve for the other (C).",
            )
        )

    def place(self, header_width: float, header_height: float) -> None:
        """At the foot of a header of this size, left of the scale's ticks."""
        width = max(60.0, header_width - TICKS_ROOM - 10)
        if width != self.width:
            self.prepareGeometryChange()
            self.width = width
        self.setPos(10, header_height - BOTTOM - self.height())
        self.update()

    @staticmethod
    def height() -> float:
        return LABEL + 2 * CHIP + GAP

    def persona_rect(self) -> QRectF:
        return QRectF(0, LABEL, self.width, CHIP)

    def curve_rect(self) -> QRectF:
        return QRectF(0, LABEL + CHIP + GAP, self.width, CHIP)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(-1, -1, self.width + 2, self.height() + 2)

    # --- input --------------------------------------------------------------------------------------
    def click(self, scene_pos: QPointF) -> bool:
        """A click at ``scene_pos``: the next persona, or the other curve. True if on a chip."""
        pos = self.mapFromScene(scene_pos)
        if self.persona_rect().contains(pos):
            next_persona(self.canvas, 1)
            return True
        if self.curve_rect().contains(pos):
            other_curve(self.canvas)
            return True
        return False

    # --- drawing ------------------------------------------------------------------------------------
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        canvas = self.canvas
        doc = canvas.doc
        persona = doc.get(canvas.current_persona() or "")
        curve = canvas.current_curve()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(P.colour(theme.MUTED_TEXT))
        painter.setFont(P.font(9))
        label = translate("MapCanvas", "A click edits:")
        painter.drawText(QRectF(0, 0, self.width, LABEL), Qt.AlignmentFlag.AlignVCenter, label)
        for rect in (self.persona_rect(), self.curve_rect()):
            painter.setPen(P.pen("#b8c0c8", 1.0))
            painter.setBrush(P.colour("#ffffff"))
            painter.drawRoundedRect(rect, CHIP / 2, CHIP / 2)
        colour = persona.colour if persona is not None else theme.MUTED_TEXT
        rect = self.persona_rect()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(P.colour(colour))
        painter.drawEllipse(QPointF(rect.left() + 11, rect.center().y()), 4.5, 4.5)
        name = persona.name if persona is not None else translate("MapCanvas", "no persona")
        self._words(painter, rect, name, bold=True)
        rect = self.curve_rect()
        style = Qt.PenStyle.DashLine if curve is Curve.TO_BE else Qt.PenStyle.SolidLine
        painter.setPen(P.pen(colour, 2.0, style))
        y = rect.center().y()
        painter.drawLine(QPointF(rect.left() + 6, y), QPointF(rect.left() + 18, y))
        with map_words(doc.map.language):  # the map's word, as in its legend
            words = curve_name(curve)
        self._words(painter, rect, words)

    def _words(self, painter: QPainter, rect: QRectF, text: str, bold: bool = False) -> None:
        room = rect.adjusted(22, 0, -16, 0)
        painter.setPen(P.colour(theme.TEXT))
        painter.setFont(P.font(10, bold))
        shown = P.font_metrics(10, bold).elidedText(text, Qt.TextElideMode.ElideRight, room.width())
        painter.drawText(room, Qt.AlignmentFlag.AlignVCenter, shown)
        painter.setPen(P.colour(theme.MUTED_TEXT))
        painter.setFont(P.font(9))
        painter.drawText(rect.adjusted(0, 0, -7, 0),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, "⇄")  # fmt: skip


def sync(canvas: MapCanvas) -> None:
    """A switcher on every shown emotions lane's header, placed and up to date."""
    scene = canvas.map_scene()
    geo = scene.geometry
    for row in geo.rows:
        item = scene.lane_item(row.lane)
        if row.kind is not LaneKind.EMOTIONS or item is None:
            continue
        header = item.header
        switcher = next((c for c in header.childItems() if isinstance(c, CurveSwitcher)), None)
        fits = not row.collapsed and row.height >= CurveSwitcher.height() + 40
        if switcher is None and fits:
            switcher = CurveSwitcher(canvas)
            switcher.setParentItem(header)
        if switcher is not None:
            switcher.setVisible(fits)
            switcher.place(geo.style.header_width, row.height)


def next_persona(canvas: MapCanvas, step: int) -> None:
    """The next (``step`` 1) or previous (-1) persona's curve is the one clicks edit."""
    personas = canvas.doc.map.personas
    if not personas:
        canvas.message.emit(
            translate("MapCanvas", "Add a persona first: each emotion curve belongs to one.")
        )
        return
    ids = [p.id for p in personas]
    current = canvas.current_persona()
    index = ids.index(current) if current in ids else 0
    canvas.set_current_persona(ids[(index + step) % len(ids)])
    _say(canvas)


def other_curve(canvas: MapCanvas) -> None:
    """Clicks edit the other curve: "to be" after "as is", and back."""
    curve = Curve.TO_BE if canvas.current_curve() is Curve.AS_IS else Curve.AS_IS
    canvas.set_current_curve(curve.value)
    _say(canvas)


def _say(canvas: MapCanvas) -> None:
    persona = canvas.doc.get(canvas.current_persona() or "")
    if persona is None:
        return
    with map_words(canvas.doc.map.language):
        curve = curve_name(canvas.current_curve())
    text = translate("MapCanvas", "A click in the emotions lane now edits %1, %2.")
    canvas.message.emit(text.replace("%1", persona.name).replace("%2", curve))
