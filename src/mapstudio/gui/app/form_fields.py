"""Small editors shared by the inspector and the personas panel.

Each editor reports a user edit through ``edited(value)`` and can be loaded with
``set_value(value)`` without emitting, so a refresh after undo never echoes back as an edit.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from mapstudio.core.metrics import number_text, parse_number
from mapstudio.core.operations import EditError
from mapstudio.text.translate import labelled

__all__ = [
    "CheckField",
    "ChoiceField",
    "FigureField",
    "ThreadField",
    "LineField",
    "ListLineField",
    "TextField",
    "split_list",
]


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


class FigureField(QLineEdit):
    """A metric's number, shown and typed as people write it in the map's ``language``
    ("48,200", "3,5"; "48 200" on a French map); ``optional``: empty means none. Text that is
    not a number is reported as typed, for the model to refuse in words."""

    edited = Signal(object)

    def __init__(self, optional: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.language = "en"  # the map's, set by the form that shows a metric
        self.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        if self.optional and not text.strip():
            self.edited.emit(None)
            return
        try:
            self.edited.emit(parse_number(text, self.language))
        except EditError:
            self.edited.emit(text)

    def set_value(self, value: Any) -> None:
        try:
            same = parse_number(self.text(), self.language) == value
        except EditError:
            same = False
        if value is None:
            self.setText("")
        elif not same:
            self.setText(number_text(value, self.language))


class ThreadField(QLabel):
    """A comment thread, summed up ("2 open, 1 resolved"); it is written in View > Comments."""

    edited = Signal(object)  # never emitted: the thread is not edited here

    def set_value(self, value: Any) -> None:
        thread = list(value or [])
        open_ = sum(1 for c in thread if not c.resolved)
        if not thread:
            self.setText(self.tr("none"))
        else:
            # two plurals ("1 open", "2 resolved"): French agrees each word with its count
            opened = self.tr("%Ln open", "comments", open_)
            resolved = self.tr("%Ln resolved", "comments", len(thread) - open_)
            self.setText(f"{opened}, {resolved}")
        self.setToolTip(
            "\n\n".join(labelled(c.author, c.text) if c.author else c.text for c in thread)
        )


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
        self.set_choices(choices)
        self.activated.connect(lambda i: self.edited.emit(self.itemData(i)))

    def set_choices(self, choices: list[tuple[str, Any]]) -> None:
        """Offer these choices instead (the map's personas change); emits nothing."""
        current = [(self.itemText(i), self.itemData(i)) for i in range(self.count())]
        if current == choices:
            return
        self.blockSignals(True)
        try:
            self.clear()
            for label, value in choices:
                self.addItem(label, value)
        finally:
            self.blockSignals(False)

    def set_value(self, value: Any) -> None:
        for i in range(self.count()):
            if self.itemData(i) == value:
                self.setCurrentIndex(i)
                return
        self.setCurrentIndex(-1)


class CheckField(QCheckBox):
    edited = Signal(object)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.clicked.connect(lambda checked: self.edited.emit(bool(checked)))

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


def split_list(text: str, sep: str) -> list[str]:
    return [part.strip()[:200] for part in text.split(sep) if part.strip()]
