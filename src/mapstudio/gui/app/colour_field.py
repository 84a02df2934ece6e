"""A colour field as a row of swatches: "no colour" (an empty swatch struck through), a few
preset colours, and "Other colour…" (a colour dialog; it shows the chosen colour once picked).

Mouse: click a swatch. Keyboard: Tab reaches the row (at the chosen swatch), Left/Right/Home/End
move between swatches, Space or Enter picks the focused one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QConicalGradient,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QWidget

_FIELD_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
}
SWATCH = 22  # px, the button; the colour square inside is smaller, leaving room for the ring


class SwatchButton(QAbstractButton):
    """One colour choice drawn as a square of colour; ``colour`` None draws the "no colour"
    swatch (white, struck through in red), ``rainbow`` the "other colour" one. A ring in the
    highlight colour marks the chosen swatch, a dotted frame the focused one."""

    def __init__(self, name: str, colour: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colour = colour
        self.rainbow = False
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.set_name(name)

    def set_name(self, name: str) -> None:
        self.setToolTip(name)
        self.setAccessibleName(name)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _FIELD_KEYS:
            event.ignore()  # the field moves between swatches (a button would leave the row)
        else:
            super().keyPressEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(SWATCH, SWATCH)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        outer = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        inner = outer.adjusted(3, 3, -3, -3)
        if self.isChecked():
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.0))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(outer, 4, 4)
        if self.hasFocus():
            p.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 1.0, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(outer.adjusted(-1, -1, 1, 1))
        border = QPen(QColor("#8a939c"), 1.0)
        if self.rainbow:
            gradient = QConicalGradient(inner.center(), 90)
            for i, hue in enumerate((0, 60, 120, 180, 240, 300, 359)):
                gradient.setColorAt(i / 6, QColor.fromHsv(hue, 200, 240))
            p.setPen(border)
            p.setBrush(gradient)
            p.drawRoundedRect(inner, 2, 2)
        elif self.colour is None:  # "no colour": an empty swatch struck through
            p.setPen(border)
            p.setBrush(QColor("#ffffff"))
            p.drawRoundedRect(inner, 2, 2)
            p.setPen(QPen(QColor("#d0342c"), 1.6))
            p.drawLine(
                QPointF(inner.right() - 1, inner.top() + 1),
                QPointF(inner.left() + 1, inner.bottom() - 1),
            )
        else:
            p.setPen(border)
            p.setBrush(QColor(self.colour))
            p.drawRoundedRect(inner, 2, 2)
        if not self.isEnabled():
            p.fillRect(self.rect(), QColor(255, 255, 255, 140))
        p.end()


class ColourField(QWidget):
    """A colour value picked from swatches. ``allow_none`` adds the "no colour" swatch (the
    value None: the default colour, e.g. the lane's); ``presets`` are (name, #rrggbb)."""

    edited = Signal(object)

    def __init__(
        self,
        allow_none: bool = True,
        presets: Sequence[tuple[str, str]] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._value: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        self.none_swatch: SwatchButton | None = None
        self.swatches: list[SwatchButton] = []
        if allow_none:
            self.none_swatch = SwatchButton(self.tr("No colour (the lane's colour)"), None)
            self.none_swatch.clicked.connect(lambda: self._set_and_emit(None))
            self.swatches.append(self.none_swatch)
        for name, colour in presets:
            swatch = SwatchButton(name, colour.lower())
            swatch.clicked.connect(lambda _=False, s=swatch: self._set_and_emit(s.colour))
            self.swatches.append(swatch)
        # "Other colour…": kept as ``button`` (it opens the colour dialog)
        self.button = SwatchButton(self.tr("Other colour…"), None)
        self.button.clicked.connect(self._choose)
        self.swatches.append(self.button)
        for swatch in self.swatches:
            layout.addWidget(swatch)
        layout.addStretch(1)
        self._show()

    def _choose(self) -> None:
        from PySide6.QtWidgets import QColorDialog  # dialogs: imported when first shown

        start = QColor(self._value or "#ffffff")
        colour = QColorDialog.getColor(start, self, self.tr("Choose a Colour"))
        if colour.isValid():
            self._set_and_emit(colour.name())
        else:
            self._show()  # cancelled: the click must not leave "other" checked

    def _set_and_emit(self, value: str | None) -> None:
        changed = value != self._value
        self.set_value(value)
        if changed:  # a click on the chosen swatch is not an edit
            self.edited.emit(value)

    def set_value(self, value: Any) -> None:
        self._value = value.lower() if isinstance(value, str) else None
        self._show()

    def value(self) -> str | None:
        return self._value

    def chosen(self) -> SwatchButton:
        """The swatch showing the current value ("other" for a colour not among the presets)."""
        for swatch in self.swatches[:-1]:
            if swatch.colour == self._value:
                return swatch
        return self.button

    def _show(self) -> None:
        other = self.button
        custom = self._value is not None and self.chosen() is other
        other.colour = self._value if custom else None
        other.rainbow = not custom
        name = self.tr("Other colour…")
        other.set_name(name + " " + self._value if custom and self._value else name)
        chosen = self.chosen()
        focused = next((s for s in self.swatches if s.hasFocus()), None)
        for swatch in self.swatches:
            swatch.setChecked(swatch is chosen if (self._value or self.none_swatch) else False)
            swatch.update()
        # one Tab stop for the whole row: the focused swatch, else the chosen one
        self._tab_stop(focused or chosen)

    def _tab_stop(self, target: SwatchButton) -> None:
        for swatch in self.swatches:
            strong = Qt.FocusPolicy.StrongFocus
            swatch.setFocusPolicy(strong if swatch is target else Qt.FocusPolicy.ClickFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # arrows, Home/End and Enter reach here from the focused swatch (buttons ignore them)
        current = next((s for s in self.swatches if s.hasFocus()), None)
        if current is None:
            super().keyPressEvent(event)
            return
        i = self.swatches.index(current)
        moves = {
            Qt.Key.Key_Left: i - 1,
            Qt.Key.Key_Up: i - 1,
            Qt.Key.Key_Right: i + 1,
            Qt.Key.Key_Down: i + 1,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: len(self.swatches) - 1,
        }
        key = Qt.Key(event.key())
        if key in moves:
            target = self.swatches[max(0, min(len(self.swatches) - 1, moves[key]))]
            self._tab_stop(target)
            target.setFocus(Qt.FocusReason.TabFocusReason)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            current.click()
        else:
            super().keyPressEvent(event)
