"""Alt+F while a stage header is being renamed opens the File menu and types nothing into the
title, whether the menu bar's shortcut takes the key or the key reaches the editor."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from mapstudio.layout import compute_geometry
from tests.app.helpers import type_text


def start_renaming(window, map_file):
    """Double-click the first stage's name, as a person renames it."""
    window.open_paths([map_file])
    canvas = window.current_canvas()
    geo = compute_geometry(window.current_document())
    column = geo.columns[0]
    point = QPoint(canvas.mapFromScene(column.x + 60, 16))
    QTest.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert canvas.editing()
    return canvas


def alt_f(target) -> None:
    """Alt+F with its text, as an X11 keyboard sends it."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(
            target, QKeyEvent(kind, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier, "f")
        )


def test_alt_f_opens_the_file_menu_while_renaming_a_stage(window, map_file, qtbot):
    canvas = start_renaming(window, map_file)
    type_text(canvas, "Browse")
    opened = []

    def close_menu():
        menu = QApplication.activePopupWidget()
        opened.append(menu.title() if isinstance(menu, QMenu) else None)
        if menu is not None:
            menu.close()

    QTimer.singleShot(200, close_menu)
    QTest.keyClick(canvas, "f", Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(opened))
    assert opened == ["&File"]
    canvas.finish_editing()
    assert window.current_document().get("s1").name == "AwarenessBrowse"


def test_an_alt_key_that_reaches_the_editor_types_nothing(window, map_file):
    # No menu takes the key (here the menu bar is hidden, as while presenting): it reaches
    # the editor, and still never becomes an "f" in the title.
    canvas = start_renaming(window, map_file)
    window.menuBar().hide()
    type_text(canvas, "Pay")
    alt_f(canvas)
    type_text(canvas, "s")
    canvas.finish_editing()
    assert window.current_document().get("s1").name == "AwarenessPays"
