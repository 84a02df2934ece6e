"""A find bar above the tabs: type to highlight matching cards, Enter for the next one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindBar")
        self.canvas = None
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in cards"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self.find_next)
        self.count = QLabel()
        previous = QToolButton()
        previous.setText("▲")
        previous.setToolTip(self.tr("Previous match"))
        previous.clicked.connect(self.find_previous)
        following = QToolButton()
        following.setText("▼")
        following.setToolTip(self.tr("Next match"))
        following.clicked.connect(self.find_next)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close the find bar"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.field)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.close_bar)
        for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.FindNext):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.find_next)

    def set_canvas(self, canvas) -> None:
        if self.canvas is not None and self.canvas is not canvas and self.isVisible():
            self.canvas.clear_find()
        self.canvas = canvas
        if canvas is None:
            self.hide()
        elif self.isVisible():
            self._search(self.field.text())

    def open(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        if self.canvas is not None:
            self.canvas.clear_find()
            self.canvas.setFocus()

    def _search(self, text: str) -> None:
        if self.canvas is None:
            return
        if not text.strip():
            self.canvas.clear_find()
            self.count.setText("")
            return
        found = self.canvas.find(text)
        self.count.setText(self.tr("%n found", "", found) if found else self.tr("No match"))

    def find_next(self) -> None:
        if self.canvas is not None and self.field.text().strip():
            self.canvas.find_next()

    def find_previous(self) -> None:
        if self.canvas is not None and self.field.text().strip():
            self.canvas.find_previous()
