"""The Keyboard Shortcuts dialog: every menu command that has a shortcut, read from the menus
themselves (so the list cannot fall behind them), then the keys that are not menu commands
(the map view's, voting's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

if TYPE_CHECKING:
    from mapstudio.gui.app.help_menu import KeyList
    from mapstudio.gui.app.main_window import MainWindow


def _menu_entries(menu: QMenu, path: str) -> list[tuple[str, str]]:
    entries: list[tuple[str, str]] = []
    for action in menu.actions():
        text = action.text().replace("&", "")
        if action.menu() is not None:
            entries += _menu_entries(action.menu(), f"{path} > {text}")
        elif isinstance(action, QAction) and action.shortcuts():
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            entries.append((keys, f"{path} > {text}"))
    return entries


class ShortcutsDialog(QDialog):
    def __init__(self, window: MainWindow, extra: list[tuple[str, KeyList]]) -> None:
        """``extra``: titled lists of the keys that are not menu commands."""
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        groups: list[tuple[str, list[tuple[str, str]]]] = []
        for action in window.menuBar().actions():
            if action.menu() is not None:
                title = action.text().replace("&", "")
                entries = _menu_entries(action.menu(), title)
                if entries:
                    groups.append((title, entries))
        groups += [(title, keys()) for title, keys in extra]
        for title, entries in groups:
            top = QTreeWidgetItem([title])
            self.tree.addTopLevelItem(top)
            for keys, does in entries:
                top.addChild(QTreeWidgetItem([keys, does]))
            top.setExpanded(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.tree)
        box.addWidget(buttons)
        self.resize(640, 560)
