"""The find bar above the tabs: type to highlight what matches in the map (cards, tags, stage
names, lane titles, persona names; case and accents ignored), Enter for the next match, "3 of 6"
to say where you are. Its replace row (Ctrl+H) replaces in the current match or in all."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)


class FindBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindBar")
        self.canvas = None
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in the map"))
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self._search)
        self.field.returnPressed.connect(self.find_next)
        self.count = QLabel()
        self.count.setMinimumWidth(90)
        previous = QToolButton()
        previous.setText("▲")
        previous.setToolTip(self.tr("Previous match (Shift+Enter)"))
        previous.clicked.connect(self.find_previous)
        following = QToolButton()
        following.setText("▼")
        following.setToolTip(self.tr("Next match (Enter)"))
        following.clicked.connect(self.find_next)
        self.replace_toggle = QToolButton()
        self.replace_toggle.setText(self.tr("Replace"))
        self.replace_toggle.setCheckable(True)
        self.replace_toggle.setToolTip(self.tr("Show or hide the replace row"))
        self.replace_toggle.toggled.connect(self._show_replace)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Close the find bar"))
        close.clicked.connect(self.close_bar)

        self.replace_label = QLabel(self.tr("Replace with:"))
        self.replace_field = QLineEdit()
        self.replace_field.setPlaceholderText(self.tr("Replacement text"))
        self.replace_field.returnPressed.connect(self.replace_current)
        self.replace_button = QPushButton(self.tr("&Replace"))
        self.replace_button.setToolTip(self.tr("Replace in the current match and go to the next"))
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button = QPushButton(self.tr("Replace &All"))
        self.replace_all_button.setToolTip(self.tr("Replace every match (one undo step)"))
        self.replace_all_button.clicked.connect(self.replace_all)

        layout = QGridLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.setVerticalSpacing(3)
        layout.addWidget(QLabel(self.tr("Find:")), 0, 0)
        layout.addWidget(self.field, 0, 1)
        layout.addWidget(self.count, 0, 2)
        layout.addWidget(previous, 0, 3)
        layout.addWidget(following, 0, 4)
        layout.addWidget(self.replace_toggle, 0, 5)
        layout.addWidget(close, 0, 6)
        layout.addWidget(self.replace_label, 1, 0)
        layout.addWidget(self.replace_field, 1, 1)
        layout.addWidget(self.replace_button, 1, 2, 1, 2)
        layout.addWidget(self.replace_all_button, 1, 4, 1, 3)
        layout.setColumnStretch(1, 1)
        QWidget.setTabOrder(self.field, self.replace_field)  # Tab: from what to find to by what
        self._show_replace(False)

        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.close_bar)
        back = QShortcut(QKeySequence("Shift+Return"), self.field)
        back.setContext(Qt.ShortcutContext.WidgetShortcut)
        back.activated.connect(self.find_previous)
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

    def open(self, replace: bool = False) -> None:
        self.show()
        if replace:
            self.replace_toggle.setChecked(True)
        self.field.setFocus()
        self.field.selectAll()
        if self.field.text().strip() and self.canvas is not None:
            self._search(self.field.text())  # the map may have changed while closed

    def close_bar(self) -> None:
        self.hide()
        if self.canvas is not None:
            self.canvas.clear_find()
            self.canvas.setFocus()

    def _show_replace(self, shown: bool) -> None:
        for w in (
            self.replace_label,
            self.replace_field,
            self.replace_button,
            self.replace_all_button,
        ):
            w.setVisible(shown)
        if shown:
            self.replace_field.setFocus()

    # --- finding ------------------------------------------------------------------------------
    def _search(self, text: str) -> None:
        if self.canvas is None:
            return
        if not text.strip():
            self.canvas.clear_find()
            self.count.setText("")
            return
        self.canvas.find(text)
        self._show_count()

    def _show_count(self) -> None:
        current, total = self.canvas.find_position()
        if not total:
            self.count.setText(self.tr("No match"))
        elif current:
            self.count.setText(
                self.tr("%1 of %2")
                .replace("%1", QLocale().toString(current))
                .replace("%2", QLocale().toString(total))
            )
        else:
            self.count.setText(self.tr("%Ln matches", "", total))

    def find_next(self) -> None:
        if self.canvas is not None and self.field.text().strip():
            self.canvas.find_next()
            self._show_count()

    def find_previous(self) -> None:
        if self.canvas is not None and self.field.text().strip():
            self.canvas.find_previous()
            self._show_count()

    # --- replacing ----------------------------------------------------------------------------
    def replace_current(self) -> None:
        if self.canvas is not None and self.field.text().strip():
            self.canvas.replace_current(self.replace_field.text())
            self._show_count()

    def replace_all(self) -> None:
        if self.canvas is None or not self.field.text().strip():
            return
        changed = self.canvas.replace_all(self.replace_field.text())
        self._show_count()
        if changed:
            text = (
                self.tr("Replaced in 1 place.")
                if changed == 1
                else self.tr("Replaced in %1 places.").replace("%1", QLocale().toString(changed))
            )
            self.canvas.message.emit(text)
