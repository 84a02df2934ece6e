"""Design tokens shared by the canvas and the widgets; a dark appearance that follows the system
(or Preferences) while the map stays paper-light; the Help menu's file format page and About;
Save and Discard answered by their mnemonics."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QTextBrowser
from shiboken6 import isValid

from mapstudio.files import read_map
from mapstudio.gui import appearance, commands
from mapstudio.gui.app import unsaved_dialog
from mapstudio.layout import theme
from tests.app.helpers import trigger


@pytest.fixture
def follow_system():
    """Leave the application light and following the system, whatever a test did."""
    yield
    found = appearance.current()
    if found is not None:
        found.choice = "system"
        found.apply(Qt.ColorScheme.Light)


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_tokens_feed_the_canvas_the_poster_and_the_widgets(window, map_file):
    assert (
        theme.LIGHT.text,
        theme.LIGHT.muted,
        theme.LIGHT.border,
    ) == (theme.TEXT, theme.MUTED_TEXT, theme.GRID_LINE)
    assert theme.EDITOR_LOOK.canvas == theme.LIGHT.canvas
    window.open_paths([map_file])
    scene = window.current_canvas().map_scene()
    assert scene.backgroundBrush().color().name() == theme.LIGHT.canvas
    assert window_colour() == theme.LIGHT.window
    welcome = window.welcome
    assert welcome.layout().contentsMargins().left() == theme.SPACE_XXL
    title = welcome.findChild(QLabel, "WelcomeTitle")
    assert title.font().pointSizeF() == theme.TYPE_TITLE


def test_dark_system_darkens_the_windows_not_the_map(window, map_file, follow_system):
    window.open_paths([map_file])
    canvas = window.current_canvas()
    hints = QApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # as the system says it
    assert window_colour() == theme.DARK.window
    assert QApplication.palette().color(QPalette.ColorRole.Text).name() == theme.DARK.text
    scene = canvas.map_scene()
    assert scene.backgroundBrush().color().name() == theme.DARK.canvas
    assert scene.look.paper == "#ffffff"  # the map stays paper-light
    QApplication.processEvents()
    shot = canvas.viewport().grab().toImage()
    corner = QColor(shot.pixel(shot.width() - 3, shot.height() - 3))
    assert corner.lightness() < 60  # the ground around the map, at its far corner
    middle = QColor(shot.pixel(shot.width() // 2, shot.height() // 2))
    assert middle.lightness() > 180  # the map's cells and cards
    # A map opened now gets the dark ground too; the system going light brings all back.
    second = map_file.with_name("second.journey.json")
    second.write_bytes(map_file.read_bytes())
    window.open_paths([second])
    assert window.current_canvas().map_scene().look.canvas == theme.DARK.canvas
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour() == theme.LIGHT.window
    assert scene.backgroundBrush().color().name() == theme.LIGHT.canvas


def test_preferences_choose_dark_at_once_and_keep_it(window, qtbot, follow_system):
    from mapstudio.files.settings import Settings
    from mapstudio.gui.app.preferences import PreferencesDialog

    def choose_dark():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        box = dialog.appearance
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_End)  # the last choice: Dark
        assert box.currentData() == "dark"
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(100, choose_dark)
    trigger(window, "preferences")
    assert window_colour() == theme.DARK.window
    assert Settings.load().appearance == "dark"
    QApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert window_colour() == theme.DARK.window  # chosen, so the system's light is ignored


def test_help_menu_shows_the_file_format_and_about(window, qtbot):
    help_menu = window.menuBar().actions()[-1].menu()
    names = [a.objectName() for a in help_menu.actions() if not a.isSeparator()]
    assert names == ["shortcuts", "file_format", "about"]
    assert all(not a.icon().isNull() for a in help_menu.actions() if not a.isSeparator())
    trigger(window, "file_format")
    dialog = window.file_format_dialog
    qtbot.waitExposed(dialog)
    text = dialog.findChild(QTextBrowser).toPlainText()
    assert "schema_version" in text and "What a save does to the file it replaces" in text
    # The field reference comes from the shipped schema: every card field is in it.
    from mapstudio.core.model import Card

    reference = text[text.index("Every field") :]
    for field in Card.model_fields:
        assert field in reference, field
    dialog.close()
    trigger(window, "about")
    about = window.about_dialog
    qtbot.waitExposed(about)
    from mapstudio import __version__

    assert f"MapStudio {__version__}" in about.text.text() and "MIT" in about.text.text()
    about.close()


@pytest.mark.parametrize(("key", "saved"), [(Qt.Key.Key_D, False), (Qt.Key.Key_S, True)])
def test_save_and_discard_answer_to_their_mnemonics(window, map_file, monkeypatch, key, saved):
    monkeypatch.setattr(unsaved_dialog, "ask_save_changes", ASK)  # the real question here
    doc = window.files.open_path(map_file)
    commands.remove(doc, ["c1"])
    seen = []

    def answer():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append([b.text() for b in box.buttons()])
        box.activateWindow()  # mnemonics answer in the active window, as a person's keys do
        for _ in range(100):
            if QApplication.activeWindow() is box:
                break
            QTest.qWait(10)
        QTest.keyClick(box, key, Qt.KeyboardModifier.AltModifier)
        QTimer.singleShot(500, lambda: still_open(box))

    def still_open(box):  # the key did nothing: note it and close the question
        if isValid(box) and box.isVisible():
            seen.append("open")
            box.reject()

    QTimer.singleShot(0, answer)
    window.files.close_current()
    assert "open" not in seen  # the key answered: the question did not stay up
    assert window.documents() == []
    assert {"&Save", "&Discard", "&Cancel"} <= set(seen[0])
    ids = [c.id for c in read_map(map_file).cards]
    assert ("c1" not in ids) is saved


ASK = unsaved_dialog.ask_save_changes  # kept before the tests' guard replaces it


def test_a_tabs_close_button_is_the_line_cross_not_the_styles_red_one(window, map_file):
    from PySide6.QtWidgets import QTabBar

    from mapstudio.gui.app.application import create_application

    create_application()  # the application's style sheet, as the editor starts with it
    window.files.open_path(str(map_file))
    bar = window.tabs.tabBar()
    button = bar.tabButton(bar.currentIndex(), QTabBar.ButtonPosition.RightSide)
    assert button is not None
    image = button.grab().toImage()
    pixels = [image.pixelColor(x, y) for x in range(image.width()) for y in range(image.height())]
    inked = [c for c in pixels if c.alpha() > 0 and c.lightness() < 200]
    red = [c for c in inked if c.red() > c.green() + 60 and c.red() > c.blue() + 60]
    assert inked and not red  # drawn, in grey ink
