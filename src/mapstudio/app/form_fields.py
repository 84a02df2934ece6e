"""Small editors shared by the inspector and the personas panel.

Each editor reports a user edit through ``edited(value)`` and can be loaded with
``set_value(value)`` without emitting, so a refresh after undo never echoes back as an edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QColorDialog,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)


class LineField(QLineEdit):
    edited = Signal(object)

    def __init__(self, max_length: int = 200, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(max_length)
        self.textEdited.connect(self.edited.emit)

    def set_value(self, value: Any) -> None:
        if self.text() != (value or ""):
            self.setText(value or "")
            self.setCursorPosition(0)  # show the start of a long value, not its end


class ListLineField(LineField):
    """A list of short texts shown as "a, b, c"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(2000, parent)
        self.textEdited.disconnect()
        self.textEdited.connect(lambda text: self.edited.emit(split_list(text, ",")))

    def set_value(self, value: Any) -> None:
        if split_list(self.text(), ",") != list(value or []):
            self.setText(", ".join(value or []))
            self.setCursorPosition(0)


class TextField(QPlainTextEdit):
    """Multi-line text; ``as_list`` makes it a list with one item per line."""

    edited = Signal(object)

    def __init__(self, as_list: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_list = as_list
        self._loading = False
        self.setTabChangesFocus(True)
        self.setMinimumHeight(48)
        self.setMaximumHeight(110)
        self.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._loading:
            text = self.toPlainText()
            self.edited.emit(split_list(text, "\n") if self.as_list else text)

    def set_value(self, value: Any) -> None:
        text = "\n".join(value or []) if self.as_list else (value or "")
        current = self.toPlainText()
        same = split_list(current, "\n") == list(value or []) if self.as_list else current == text
        if not same:
            self._loading = True
            try:
                self.setPlainText(text)
            finally:
                self._loading = False


class ChoiceField(QComboBox):
    """A fixed list of (label, value) choices."""

    edited = Signal(object)

    def __init__(self, choices: list[tuple[str, Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for label, value in choices:
            self.addItem(label, value)
        self.activated.connect(lambda i: self.edited.emit(self.itemData(i)))

    def set_value(self, value: Any) -> None:
        for i in range(self.count()):
            if self.itemData(i) == value:
                self.setCurrentIndex(i)
                return
        self.setCurrentIndex(-1)


class NumberField(QSpinBox):
    edited = Signal(object)

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low, high)
        self._loading = False
        self.valueChanged.connect(lambda v: None if self._loading else self.edited.emit(v))

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.setValue(int(value or 0))
        finally:
            self._loading = False


class CheckField(QCheckBox):
    edited = Signal(object)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(lambda checked: self.edited.emit(bool(checked)))

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class ColourField(QWidget):
    """A swatch button opening a colour dialog, plus (optionally) a reset to the default."""

    edited = Signal(object)

    def __init__(self, allow_none: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: str | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.button = QPushButton()
        self.button.clicked.connect(self._choose)
        layout.addWidget(self.button, 1)
        self.reset = QToolButton()
        self.reset.setText(self.tr("Default"))
        self.reset.clicked.connect(lambda: self._set_and_emit(None))
        self.reset.setVisible(allow_none)
        layout.addWidget(self.reset)
        self._show()

    def _choose(self) -> None:
        start = QColor(self._value or "#ffffff")
        colour = QColorDialog.getColor(start, self, self.tr("Choose a Colour"))
        if colour.isValid():
            self._set_and_emit(colour.name())

    def _set_and_emit(self, value: str | None) -> None:
        self.set_value(value)
        self.edited.emit(value)

    def set_value(self, value: Any) -> None:
        self._value = value
        self._show()

    def value(self) -> str | None:
        return self._value

    def _show(self) -> None:
        pix = QPixmap(28, 14)
        pix.fill(QColor(self._value) if self._value else QColor(Qt.GlobalColor.transparent))
        self.button.setIcon(QIcon(pix))
        self.button.setText(self._value or self.tr("Lane colour"))


def split_list(text: str, sep: str) -> list[str]:
    return [part.strip()[:200] for part in text.split(sep) if part.strip()]
