"""Help > Keyboard Shortcuts: every menu command that has a shortcut, read from the menus
themselves (so the list cannot fall behind them), then the keys of the map view and of voting,
which are not menu commands."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
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
    QWidget,
)

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow

translate = QCoreApplication.translate
HELP_KEY = "Ctrl+/"

KeyList = Callable[[], list[tuple[str, str]]]


def canvas_keys() -> list[tuple[str, str]]:
    """The map view's own keys (see ``gui.canvas.input``)."""
    t = translate
    return [
        (t("CanvasKeys", "Arrows"), t("CanvasKeys", "Move between cards and cells")),
        (t("CanvasKeys", "Alt+arrows"), t("CanvasKeys", "Move the selected cards")),
        (t("CanvasKeys", "Enter, F2"), t("CanvasKeys", "Edit the card (an empty cell: add one)")),
        (t("CanvasKeys", "Shift+Enter"), t("CanvasKeys", "Line break while editing a card")),
        (t("CanvasKeys", "Up, Down"), t("CanvasKeys", "Change the selected emotion point")),
        (t("CanvasKeys", "Escape"), t("CanvasKeys", "Clear the selection; cancel a drag")),
        (t("CanvasKeys", "Space+drag"), t("CanvasKeys", "Pan the map")),
        (t("CanvasKeys", "Ctrl+wheel"), t("CanvasKeys", "Zoom")),
    ]


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


def install_help_menu(window: MainWindow, extra: list[tuple[str, KeyList]]) -> QAction:
    """Help > Keyboard Shortcuts (built last: it lists the menus before it). ``extra``: titled
    lists of keys that are not menu commands."""
    menu = window.menuBar().addMenu(translate("ShortcutsDialog", "&Help"))
    action = QAction(translate("ShortcutsDialog", "&Keyboard Shortcuts"), window)
    action.setObjectName("keyboard_shortcuts")
    action.setShortcut(QKeySequence(HELP_KEY))
    action.triggered.connect(lambda _c=False: show_shortcuts(window, extra))
    menu.addAction(action)
    window.addAction(action)
    window.actions.keyboard_shortcuts = action
    return action


def show_shortcuts(window: QWidget, extra: list[tuple[str, KeyList]]) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window, extra)
    dialog.show()
    return dialog
