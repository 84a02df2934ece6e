"""Window-level rough edges (issue "no rough edges"), driven through Qt events: a stage deleted
with its cards is told with an Undo button; quitting with several unsaved maps asks once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from mapstudio.gui import commands
from tests.app.conftest import REAL_CANVAS

pytestmark = pytest.mark.skipif(not REAL_CANVAS, reason="the canvas has not landed yet")


def _click_stage_header(canvas, stage_id: str) -> None:
    scene = canvas.map_scene()
    canvas.map_scene().flush()
    item = scene.stage_item(stage_id)
    pos = canvas.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pos))


# --- 8. Deleting a stage with its cards is told, with Undo -------------------------------------
def test_deleting_a_stage_shows_what_went_and_undo_brings_it_back(window, map_file, qtbot):
    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    _click_stage_header(canvas, "s1")
    assert canvas.selected_ids() == ["s1"]
    QTest.keyClick(canvas, Qt.Key.Key_Delete)  # Edit > Delete
    assert doc.get("s1") is None and doc.get("c1") is None
    notice = window.undo_notice
    assert notice.isVisible()
    text = notice.label.text()
    assert "Awareness" in text and "2 cards" in text and "1 point" in text
    assert notice.undo_button.text() == "&Undo"
    qtbot.mouseClick(notice.undo_button, Qt.MouseButton.LeftButton)
    assert doc.get("s1") is not None and doc.get("c1") is not None and doc.get("e1") is not None
    assert not notice.isVisible() and not doc.is_modified()


def test_the_notice_goes_with_the_next_edit_and_cards_alone_give_none(window, map_file):
    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    canvas.delete(["l3"])  # the touchpoints lane with its card
    notice = window.undo_notice
    assert notice.isVisible() and "Touchpoints" in notice.label.text()
    commands.rename(doc, "s2", "Buying")  # another step: Undo would now undo that
    assert not notice.isVisible()
    canvas.select_ids(["c2"])
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert doc.get("c2") is None and not notice.isVisible()
    notice.undo()  # nothing to undo through a dismissed notice
    assert doc.get("c2") is None


def test_a_stage_deleted_from_its_menu_is_told_too(window, map_file):
    from mapstudio.gui.canvas import menus
    from mapstudio.gui.canvas.hits import Hit

    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    menu = menus.build_menu(canvas, Hit("stage", "s2", canvas.map_scene().stage_item("s2")))
    delete = next(a for a in menu.actions() if a.text() == "Delete Stage")
    delete.trigger()
    assert doc.get("s2") is None and doc.get("c3") is None
    assert "Purchase" in window.undo_notice.label.text()


# --- 9. Quitting with two unsaved maps asks once ---------------------------------------------
def _two_unsaved(window, tmp_path):
    from mapstudio.files import write_map
    from tests.app.conftest import sample_map

    paths = []
    for name in ("first", "second"):
        path = tmp_path / f"{name}.journey.json"
        write_map(path, sample_map(name.title()))
        paths.append(path)
    docs = [window.files.open_path(p) for p in paths]
    for doc, text in zip(docs, ("One", "Two"), strict=True):
        commands.rename(doc, "s1", text)
    return docs, paths


def _answer(qtbot, button: str, seen: list) -> None:
    """Click ``button`` of the unsaved-maps dialog once it is up (each dialog seen is noted)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mapstudio.gui.app.unsaved_dialog import UnsavedMapsDialog

    def click() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, UnsavedMapsDialog):
            QTimer.singleShot(20, click)
            return
        seen.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        qtbot.mouseClick(getattr(dialog, f"{button}_button"), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_quit_with_two_unsaved_maps_asks_once_and_saves_all(window, tmp_path, qtbot):
    docs, paths = _two_unsaved(window, tmp_path)
    seen: list = []
    _answer(qtbot, "save", seen)
    window.close()
    assert seen == [["first.journey.json", "second.journey.json"]]
    assert not window.isVisible() and window.documents() == []
    from mapstudio.files import read_map

    assert [read_map(p).ordered_stages()[0].name for p in paths] == ["One", "Two"]


def test_quit_cancel_keeps_everything_and_discard_all_writes_nothing(window, tmp_path, qtbot):
    docs, paths = _two_unsaved(window, tmp_path)
    before = [p.read_bytes() for p in paths]
    seen: list = []
    _answer(qtbot, "cancel", seen)
    window.close()
    assert len(seen) == 1 and window.isVisible() and window.documents() == docs
    _answer(qtbot, "discard", seen)
    window.close()
    assert len(seen) == 2 and not window.isVisible() and window.documents() == []
    assert [p.read_bytes() for p in paths] == before


def test_the_dialog_has_mnemonics(window, tmp_path):
    from mapstudio.gui.app.unsaved_dialog import UnsavedMapsDialog

    dialog = UnsavedMapsDialog([("a", ""), ("b", "/x/b.journey.json")], window)
    texts = [b.text() for b in (dialog.save_button, dialog.discard_button, dialog.cancel_button)]
    assert texts == ["&Save All", "&Discard All", "&Cancel"]
    assert dialog.list.count() == 2 and dialog.list.item(0).toolTip() == "Never saved"
    dialog.deleteLater()
