"""Help > Keyboard Shortcuts: the menu and its action (the dialog is built when opened)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

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


def install_help_menu(window: MainWindow, extra: list[tuple[str, KeyList]]) -> QAction:
    """Help > Keyboard Shortcuts (install it after the other menus: the list reads them when it
    opens). ``extra``: titled lists of keys that are not menu commands."""
    menu = window.menuBar().addMenu(translate("HelpMenu", "&Help"))
    action = QAction(translate("HelpMenu", "&Keyboard Shortcuts"), window)
    action.setObjectName("keyboard_shortcuts")
    action.setShortcut(QKeySequence(HELP_KEY))
    action.triggered.connect(lambda _c=False: show_shortcuts(window, extra))
    menu.addAction(action)
    window.addAction(action)  # its shortcut works with the menu bar hidden
    window.actions.keyboard_shortcuts = action
    return action


def show_shortcuts(window: MainWindow, extra: list[tuple[str, KeyList]]) -> QObject:
    from mapstudio.gui.app.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window, extra)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
