"""Input helpers for the application tests (real Qt events, non-ASCII safe)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow


def type_text(widget, text: str) -> None:
    """One key press/release per character with its text (keyClicks aborts on "é")."""
    widget.setFocus()
    for ch in text:
        key = Qt.Key(ord(ch.upper())) if ch.isascii() and ch.isalnum() else Qt.Key.Key_unknown
        if ch == "\n":
            key, ch = Qt.Key.Key_Return, "\r"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def type_in_editor(canvas, text: str) -> None:
    """Typed into the canvas' in-place editor; "\n" is Shift+Enter (a line break)."""
    for ch in text:
        key, mods = Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier
        if ch == "\n":
            key, mods, ch = Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier, "\r"
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(canvas, QKeyEvent(kind, key, mods, ch))


def trigger(window: QMainWindow, name: str) -> None:
    """Trigger a menu action by its object name, as a menu click does."""
    action = getattr(window.actions, name)
    assert action.isEnabled(), f"{name} is disabled"
    action.trigger()


def undo_text(window) -> str:
    return window.actions.undo.text()


def read_next_message(shown: list[str]) -> None:
    """Once the next modal message box is up, append its text to ``shown`` and close it (call
    before the action that shows it: the box runs its own event loop)."""

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(10, read_and_close)
            return
        shown.append(box.text())
        box.close()

    QTimer.singleShot(0, read_and_close)
