"""Menus carry the platform's standard shortcuts; view actions, preferences, status bar."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from mapstudio.core.model import LaneKind
from mapstudio.gui import commands
from mapstudio.gui.app.menus import standard_keys
from tests.app.helpers import trigger

Key = QKeySequence.StandardKey
STANDARD = {
    "new": Key.New,
    "open": Key.Open,
    "save": Key.Save,
    "save_as": Key.SaveAs,
    "close": Key.Close,
    "quit": Key.Quit,
    "undo": Key.Undo,
    "redo": Key.Redo,
    "cut": Key.Cut,
    "copy": Key.Copy,
    "paste": Key.Paste,
    "delete": Key.Delete,
    "select_all": Key.SelectAll,
    "find": Key.Find,
    "zoom_in": Key.ZoomIn,
    "zoom_out": Key.ZoomOut,
}


def test_standard_shortcuts(window):
    for name, key in STANDARD.items():
        action = getattr(window.actions, name)
        expected = standard_keys(key)
        assert expected, name
        assert action.shortcuts()[: len(expected)] == expected, name
    assert QKeySequence("Ctrl+Y") in window.actions.redo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.actions.redo.shortcuts()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Map", "&Workshop", "&Session", "&Help"]

    def entries(menu):  # submenus too (View > Timer, Projector Theme...)
        for a in menu.actions():
            if a.menu() is not None:
                yield from entries(a.menu())
            elif not a.isSeparator():
                yield a

    every = [a for m in window.menuBar().actions() for a in entries(m.menu())]
    shortcuts = [s.toString() for a in every for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"
    # The window holds every menu shortcut itself, so they still work with the menu bar hidden
    # (presentation mode).
    held = set(QWidget.actions(window))  # the window's own (window.actions is the menus')
    assert [a.objectName() for a in every if a.shortcuts() and a not in held] == []


def test_document_actions_follow_open_maps(window, map_file):
    assert not window.actions.save.isEnabled() and window.actions.new.isEnabled()
    assert window.welcome.isVisible()
    window.files.open_path(map_file)
    assert window.actions.save.isEnabled() and not window.welcome.isVisible()


def test_undo_names_the_step_and_follows_the_current_tab(window, map_file):
    doc = window.files.open_path(map_file)
    commands.move_cards(doc, ["c1"], "s2", "l1")
    assert window.actions.undo.text() == "&Undo Move Card"
    trigger(window, "new")
    assert not window.actions.undo.isEnabled()  # the new tab has its own history
    window.tabs.setCurrentIndex(0)
    assert window.actions.undo.text() == "&Undo Move Card"
    trigger(window, "undo")
    assert doc.get("c1").stage == "s1"


def test_map_menu_adds_stage_and_lane(window, map_file):
    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    canvas.select_ids(["c1"])
    trigger(window, "add_stage")
    assert [s.name for s in doc.stages()] == ["Awareness", "New stage", "Purchase"]
    lane_actions = window.actions.lane_menu.actions()
    assert len(lane_actions) == len(LaneKind)
    next(a for a in lane_actions if a.text() == "Pain points").trigger()
    assert doc.lanes()[-1].kind.value == "frictions"
    trigger(window, "undo")
    trigger(window, "undo")
    assert [s.name for s in doc.stages()] == ["Awareness", "Purchase"] and len(doc.lanes()) == 3


def test_zoom_actions_update_the_status_bar(window, map_file):
    window.files.open_path(map_file)
    trigger(window, "zoom_reset")
    assert window.zoom_label.text() == "Zoom 100%"
    trigger(window, "zoom_in")
    assert window.zoom_label.text() != "Zoom 100%"
    assert window.counts_label.text() == "2 stages, 3 cards"


def test_preferences_dialog_saves_settings(window):
    from mapstudio.files.settings import Settings

    def fill():
        dialog = QApplication.activeModalWidget()
        dialog.autosave.setValue(120)
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill)
    trigger(window, "preferences")
    again = Settings.load()
    assert (again.autosave_seconds, again.language) == (120, "fr")


def test_find_bar_searches_the_canvas(window, map_file):
    window.files.open_path(map_file)
    trigger(window, "find")
    assert window.find_bar.isVisible()
    window.find_bar.field.setText("shop")
    assert window.find_bar.count.text() == "1 match"
    window.find_bar.field.setText("zzz")
    assert window.find_bar.count.text() == "No match"


def test_new_from_template_lists_the_interface_language_first(window):
    from mapstudio.gui.app.template_chooser import TemplateChooser

    chooser = TemplateChooser(window, language="fr")
    names = [chooser.list.item(i).data(256) for i in range(chooser.list.count())]
    assert names[0] == "blank-fr" and "smartphone-en" in names
    assert all(n.endswith("-fr") for n in names[: names.index("blank-en")])
    chooser.deleteLater()
    english = TemplateChooser(window)  # the interface is in English here
    names = [english.list.item(i).data(256) for i in range(english.list.count())]
    assert names[:4] == ["blank-en", "cosmetics-en", "perfume-en", "smartphone-en"]
    english.deleteLater()

    def choose():
        dialog = QApplication.activeModalWidget()
        items = [dialog.list.item(i) for i in range(dialog.list.count())]
        smartphone = next(i for i in items if i.data(256) == "smartphone-en")
        assert smartphone.text() == "Buying a smartphone" and not smartphone.icon().isNull()
        dialog.list.setCurrentItem(smartphone)
        dialog.accept()

    QTimer.singleShot(0, choose)
    trigger(window, "new_template")
    doc = window.current_document()
    assert doc.path is None and len(doc.map.cards) > 5
    assert doc.map.id != "smartphone-en"


def test_dock_layout_and_geometry_survive_a_restart(window, map_file, qtbot):
    from mapstudio.files.settings import Settings
    from mapstudio.gui.app.main_window import MainWindow

    window.open_paths([map_file])  # the panels show beside a map (the welcome page hides them)
    window.personas_dock.hide()
    window.resize(700, 500)  # the offscreen screen is 800x600
    window.close()
    again = Settings.load()
    assert again.window_state and again.window_geometry
    second = MainWindow(again)
    qtbot.addWidget(second)
    second.show()
    second.open_paths([map_file])
    assert not second.personas_dock.isVisible() and second.inspector_dock.isVisible()
    assert (second.width(), second.height()) == (700, 500)


def test_add_card_twice_commits_the_first_and_edits_the_next(window, map_file):
    from tests.app.helpers import type_text

    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    canvas.select_ids(["c2"])
    trigger(window, "add_card")
    cell = doc.cards_in_cell("s1", "l1")
    assert [c.id for c in cell][:2] == ["c1", "c2"] and len(cell) == 3
    first = cell[2].id
    assert canvas.selected_ids() == [first]
    type_text(canvas.viewport(), "Compare les prix")  # into the canvas' in-place editor
    trigger(window, "add_card")  # Ctrl+Return again
    assert doc.get(first).text == "Compare les prix"
    assert [c.id for c in doc.cards_in_cell("s1", "l1")][2] == first
    assert len(doc.cards_in_cell("s1", "l1")) == 4
