"""Open, save, save as, the modified marker, closing with changes, recent files, bad files."""

from __future__ import annotations

import json

from PySide6.QtWidgets import QFileDialog, QMessageBox

from mapstudio.files import read_map
from mapstudio.gui import commands
from mapstudio.gui.app import unsaved_dialog
from tests.app.helpers import read_next_message, trigger


def test_open_edit_save_round_trip_and_undo_to_clean(window, map_file):
    doc = window.files.open_path(map_file)
    assert window.documents() == [doc]
    assert window.windowTitle().startswith("perfume.journey.json")
    assert not window.isWindowModified()

    commands.update(doc, "c1", {"text": "Searches the web for perfume"})
    assert window.isWindowModified()
    assert window.tabs.tabText(0).endswith("*")
    trigger(window, "undo")
    assert not window.isWindowModified()  # back at the saved state
    trigger(window, "redo")
    assert window.isWindowModified()

    trigger(window, "save")
    assert not window.isWindowModified()
    assert read_map(map_file).cards[0].text == "Searches the web for perfume"
    trigger(window, "undo")  # undo after saving: modified again, file untouched
    assert window.isWindowModified()
    assert read_map(map_file).cards[0].text == "Searches the web for perfume"


def test_save_as_writes_a_new_file_and_retitles(window, map_file, tmp_path, monkeypatch):
    doc = window.files.open_path(map_file)
    commands.add_stage(doc, "Loyalty")
    target = tmp_path / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    trigger(window, "save_as")
    saved = tmp_path / "copy.journey.json"
    assert [s.name for s in read_map(saved).ordered_stages()] == [
        "Awareness",
        "Purchase",
        "Loyalty",
    ]
    assert doc.path == saved
    assert "copy.journey.json" in window.windowTitle()
    assert not window.isWindowModified()
    assert json.loads(map_file.read_text())["stages"][-1]["name"] == "Purchase"  # original kept


def test_new_map_save_asks_for_a_name(window, tmp_path, monkeypatch):
    trigger(window, "new")
    doc = window.current_document()
    assert doc.path is None and len(doc.map.stages) >= 3
    calls = []
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: calls.append(a) or (str(tmp_path / "fresh.journey.json"), ""),
    )
    commands.add_stage(doc, "Extra")
    trigger(window, "save")
    assert calls and read_map(tmp_path / "fresh.journey.json").stages[-1].name == "Extra"


def _answer(monkeypatch, button):
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return button

    monkeypatch.setattr(unsaved_dialog, "ask_save_changes", question)
    return asked


def test_close_modified_tab_cancel_keeps_it(window, map_file, monkeypatch):
    doc = window.files.open_path(map_file)
    commands.remove(doc, ["c1"])
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    trigger(window, "close")
    assert asked and "perfume.journey.json" in asked[0]
    assert window.documents() == [doc]
    window.tabs.tabCloseRequested.emit(0)  # the tab's close button
    assert window.documents() == [doc]


def test_close_modified_tab_save_writes_then_closes(window, map_file, monkeypatch):
    doc = window.files.open_path(map_file)
    commands.remove(doc, ["c1"])
    removed = []
    window.document_removed.connect(removed.append)
    _answer(monkeypatch, QMessageBox.StandardButton.Save)
    window.tabs.tabCloseRequested.emit(0)
    assert window.documents() == [] and removed == [doc]
    assert "c1" not in [c.id for c in read_map(map_file).cards]
    assert window.welcome.isVisible()


def test_discard_on_quit_leaves_file_alone(window, map_file, monkeypatch):
    before = map_file.read_bytes()
    doc = window.files.open_path(map_file)
    commands.remove(doc, ["c1"])
    _answer(monkeypatch, QMessageBox.StandardButton.Discard)
    trigger(window, "quit")
    assert not window.isVisible()
    assert map_file.read_bytes() == before


def test_quit_cancel_keeps_window_open(window, map_file, monkeypatch):
    doc = window.files.open_path(map_file)
    commands.remove(doc, ["c2"])
    _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    trigger(window, "quit")
    assert window.isVisible() and window.documents() == [doc]


def test_broken_file_shows_the_readers_message_and_opens_nothing(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    bad = tmp_path / "bad.journey.json"
    bad.write_text('{"schema_version": 2, "id": "m", "title": ')
    assert window.files.open_path(bad) is None
    missing = tmp_path / "missing.journey.json"
    assert window.files.open_path(missing) is None
    assert window.documents() == []
    assert len(shown) == 2
    assert shown[0].startswith("bad.journey.json cannot be opened:")
    assert "\n" not in shown[0] and "Traceback" not in shown[0]
    assert "does not exist" in shown[1]
    assert window.settings.recent_files == []


def test_recent_files_are_remembered_across_windows(window, map_file, tmp_path, qtbot):
    from mapstudio.files.settings import Settings
    from mapstudio.gui.app.main_window import MainWindow

    window.files.open_path(map_file)
    assert window.settings.recent_files == [str(map_file.resolve())]
    recent = [a.text() for a in window.actions.recent_menu.actions()]
    assert any("perfume.journey.json" in t for t in recent)

    # Written just after the map is painted, not on the way to it.
    qtbot.waitUntil(lambda: Settings.load().recent_files == [str(map_file.resolve())], timeout=3000)
    second = MainWindow(Settings.load())  # a later start reads them back
    qtbot.addWidget(second)
    assert second.settings.recent_files == [str(map_file.resolve())]
    second.actions.recent_menu.actions()[0].trigger()
    assert [d.path for d in second.documents()] == [map_file]


def test_a_recent_file_that_vanished_is_forgotten(window, map_file, monkeypatch):
    window.files.open_path(map_file)
    window.files.close_current()
    map_file.unlink()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    window.actions.recent_menu.actions()[0].trigger()
    assert "does not exist" in shown[0]
    assert window.settings.recent_files == [] and window.documents() == []
    assert window.welcome.recent.count() == 0


def test_opening_the_same_file_twice_shows_its_tab(window, map_file):
    first = window.files.open_path(map_file)
    assert window.files.open_path(map_file) is first
    assert len(window.documents()) == 1


def test_add_document_api_and_signals(window):
    from mapstudio.gui.document import MapDocument
    from tests.app.conftest import sample_map

    added = []
    window.document_added.connect(added.append)
    doc = MapDocument(sample_map("Recovered"))
    window.add_document(doc)
    assert added == [doc] and window.current_document() is doc
    assert window.windowTitle().startswith("Untitled")


def test_failed_save_says_why_and_keeps_the_map_modified(window, tmp_path, monkeypatch):

    doc = window.files.new_map()
    commands.add_stage(doc, "Extra")
    gone = tmp_path / "gone" / "map.journey.json"  # its folder does not exist
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(gone), ""))
    shown: list[str] = []
    read_next_message(shown)
    trigger(window, "save")
    assert shown and "map.journey.json" in shown[0] and "\n" not in shown[0]
    assert window.isWindowModified() and doc.path is None and not gone.exists()


def test_dropping_a_file_on_the_window_opens_it(window, map_file):
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(map_file))])
    point = QPoint(40, 40)
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    assert [d.path for d in window.documents()] == [map_file]


def test_a_read_only_map_refuses_edits_from_menus_and_inspector(window, map_file):
    from tests.app.helpers import type_text

    doc = window.files.open_path(map_file)
    doc.read_only = True  # as for a map open in another window
    canvas = window.current_canvas()
    canvas.select_ids(["c1"])
    for name in ("delete", "duplicate", "cut", "add_stage"):
        trigger(window, name)
    assert "read-only" in window.statusBar().currentMessage()
    type_text(window.inspector.card_form.fields["source"], "GA")
    window.personas.add_button.click()
    assert doc.undo_stack.count() == 0 and len(doc.map.cards) == 3
    assert window.inspector.card_form.fields["source"].text() == ""
    assert "read-only" in window.inspector.error.text()


def test_export_settings_outlive_the_window_that_saves_the_settings(window, map_file, tmp_path):
    """The export dialog remembers into the window's own settings store: the window writing its
    settings at close (geometry, recent files) keeps what the dialog remembered."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mapstudio.files.settings import Settings

    window.files.open_path(map_file)
    out = tmp_path / "poster.pdf"
    finished: list[str] = []

    def use_the_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.paper_box.setCurrentText("A3")
        dialog.tile_radio.setChecked(True)
        dialog.export_finished.connect(finished.append)
        dialog.export_finished.connect(lambda _path: dialog.accept())
        dialog.export_to(out)

    QTimer.singleShot(0, use_the_dialog)
    trigger(window, "export")  # File > Export...: runs until the dialog is closed
    assert finished == [str(out)] and out.is_file()
    window.close()  # writes the window's settings
    remembered = Settings.load().export_settings("map-1")
    assert remembered["paper"] == "A3" and remembered["tile"] is True


def test_a_closed_window_writes_no_settings_later(window, map_file, qtbot):
    # Closing writes the settings at once; the recent files' delayed write must not follow,
    # after the window is gone (it once landed in the next test's settings).
    from mapstudio.files.settings import settings_path

    window.files.open_path(map_file)
    window.close()
    assert settings_path().exists()
    settings_path().unlink()
    qtbot.wait(600)
    assert not settings_path().exists()
