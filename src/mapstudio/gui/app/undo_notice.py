"""A notice in the status bar after an edit that took more than the user may have meant (a
stage or lane deleted with its cards): what went, and an Undo button right there. It goes away
after a while, or as soon as the map changes again (its Undo would then undo something else)."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class UndoNotice(QWidget):
    SHOWN_MS = 15000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UndoNotice")
        self.label = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setToolTip(self.tr("Undo this deletion"))
        self.undo_button.clicked.connect(self.undo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.undo_button)
        self._stack: QUndoStack | None = None
        self._index = -1
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.hide()

    def show_notice(self, text: str, stack: QUndoStack) -> None:
        """Show ``text`` for the step just pushed on ``stack``."""
        self.dismiss()
        self._stack, self._index = stack, stack.index()
        stack.indexChanged.connect(self._stack_moved)
        self.label.setText(text)
        self.show()
        self._timer.start(self.SHOWN_MS)

    def undo(self) -> None:
        stack = self._stack
        if stack is not None and stack.index() == self._index:
            self.dismiss()
            stack.undo()

    def dismiss(self) -> None:
        if self._stack is not None:
            self._stack.indexChanged.disconnect(self._stack_moved)
            self._stack = None
        self._timer.stop()
        self.hide()

    def _stack_moved(self, index: int) -> None:
        if index != self._index:
            self.dismiss()
