"""The main toolbar (the commands a person reaches for most, as icons) and the icons of the
menus' actions; both use the line icons of ``gui.icons``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolBar, QToolButton, QWidget

from mapstudio.gui.icons import ACTION_ICONS, action_icon

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow
    from mapstudio.gui.app.menus import MenuActions

# The toolbar's actions in order; None is a separator, "|" pushes what follows to the right.
TOOLBAR = (
    "new", "open", "save", None, "undo", "redo", None, "add_stage", "add_lane", None,
    "zoom_out", "zoom_in", "fit", "|", "present", "export",
)  # fmt: skip
# These show their word beside the icon: the two things done at the end of a piece of work.
WITH_TEXT = ("present", "export")
ICON_SIZE = 20  # device-independent pixels; the icons are drawn at the screen's own density


def set_menu_icons(actions: MenuActions) -> None:
    """Give every named action that has one its icon (menus show them beside the words)."""
    for name in ACTION_ICONS:
        action = getattr(actions, name, None)
        if isinstance(action, QAction):
            icon = action_icon(name)
            if icon is not None:
                action.setIcon(icon)


def tool_tip(action: QAction) -> str:
    """The action's words without their mnemonic, and its first shortcut: "Save (Ctrl+S)"."""
    text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = text.removesuffix("...").removesuffix("…")
    key = action.shortcut()
    if key.isEmpty():
        return text
    return f"{text} ({key.toString(QKeySequence.SequenceFormat.NativeText)})"


def build_toolbar(window: MainWindow, actions: MenuActions) -> QToolBar:
    """The main toolbar above the tabs; View > Toolbar shows or hides it (kept with the
    window's state)."""
    bar = QToolBar(translate("MainToolBar", "Toolbar"), window)
    bar.setObjectName("MainToolBar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setIconSize(QSize(ICON_SIZE, ICON_SIZE))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
    add_lane = QAction(translate("MainToolBar", "Add Lane"), window)
    add_lane.setObjectName("add_lane")
    add_lane.setIcon(action_icon("add_lane"))
    add_lane.setMenu(actions.lane_menu)
    actions.add_lane = add_lane
    actions.document_actions.append(add_lane)
    for name in TOOLBAR:
        if name is None:
            bar.addSeparator()
            continue
        if name == "|":
            spacer = QWidget(bar)
            spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            bar.addWidget(spacer)
            continue
        action: QAction = getattr(actions, name)
        bar.addAction(action)
        button = bar.widgetForAction(action)
        button.setObjectName(f"tool_{name}")
        if name != "undo" and name != "redo":  # their tip names the step ("Undo Move Card")
            action.setToolTip(tool_tip(action))
        if name in WITH_TEXT:
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        if name == "add_lane":  # a click opens the menu of lane kinds at once
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
