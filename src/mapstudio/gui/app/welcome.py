"""What the window shows with no map open: New, New from Template, Open, and recent files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow


class WelcomePage(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.setObjectName("WelcomePage")
        title = QLabel(self.tr("<h1>MapStudio</h1><p>Customer journey maps, on your computer.</p>"))
        title.setTextFormat(Qt.TextFormat.RichText)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New Map"))
        self.template_button = QPushButton(self.tr("New from Template..."))
        self.open_button = QPushButton(self.tr("Open..."))
        for b in (self.new_button, self.template_button, self.open_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.new_button.clicked.connect(lambda: self.window.files.new_map())
        self.template_button.clicked.connect(lambda: self.window.files.new_from_template())
        self.open_button.clicked.connect(lambda: self.window.files.open_dialog())
        self.recent_title = QLabel(self.tr("<b>Recent maps</b>"))
        self.recent = QListWidget()
        self.recent.setObjectName("RecentList")
        self.recent.setMaximumSize(720, 300)
        self.recent.itemActivated.connect(self._open_item)
        self.recent.itemClicked.connect(self._open_item)

        column = QVBoxLayout()
        column.addWidget(title)
        column.addLayout(buttons)
        column.addSpacing(16)
        column.addWidget(self.recent_title)
        column.addWidget(self.recent)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 30)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def refresh(self) -> None:
        self.recent.clear()
        for path in self.window.settings.recent_files:
            item = QListWidgetItem(f"{Path(path).name}    —    {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        has_recent = bool(self.window.settings.recent_files)
        self.recent.setVisible(has_recent)
        self.recent_title.setVisible(has_recent)

    def _open_item(self, item: QListWidgetItem) -> None:
        self.window.files.open_path(item.data(Qt.ItemDataRole.UserRole))
