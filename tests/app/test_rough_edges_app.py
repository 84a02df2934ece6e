"""Window-level rough edges (issue "no rough edges"), driven through Qt events: a stage deleted
with its cards is told with an Undo button; quitting with several unsaved maps asks once; Find
ignores case and accents, counts "3 of 6", searches names and tags, and replaces."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from mapstudio.gui import commands


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


# --- 7. Find: case and accents ignored, "3 of 6", names and tags, Replace --------------------
def _phone_map(tmp_path):
    from mapstudio.core.model import Card, JourneyMap, Lane, LaneKind, Persona, Stage
    from mapstudio.files import write_map

    journey = JourneyMap(
        id="map-phone",
        title="Parcours",
        personas=[Persona(id="p1", name="Paul Telephone")],
        stages=[
            Stage(id="s1", name="Contact par téléphone", order=0),
            Stage(id="s2", name="Achat", order=1),
        ],
        lanes=[
            Lane(id="l1", kind=LaneKind.ACTIONS, title="Actions", order=0),
            Lane(id="l2", kind=LaneKind.EMOTIONS, title="Émotions", order=1),
            Lane(id="l3", kind=LaneKind.TOUCHPOINTS, title="Téléphone et chat", order=2),
        ],
        cards=[
            Card(id="c1", stage="s1", lane="l1", text="Appelle le TÉLÉPHONE fixe", order=0),
            Card(id="c2", stage="s2", lane="l1", text="Commande", tags=["téléphone"], order=0),
            Card(id="c3", stage="s2", lane="l3", text="Rien à voir", order=0),
        ],
    )
    path = tmp_path / "phone.journey.json"
    write_map(path, journey)
    return path


def _ctrl(window, key) -> None:
    QTest.keyClick(window.current_canvas(), key, Qt.KeyboardModifier.ControlModifier)


def test_find_ignores_case_and_accents_and_counts_where_you_are(window, tmp_path):
    from tests.app.helpers import type_text

    doc = window.files.open_path(_phone_map(tmp_path))
    canvas = window.current_canvas()
    _ctrl(window, Qt.Key.Key_F)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    type_text(bar.field, "telephone")
    assert bar.count.text() == "5 matches"
    expected = ["s1", "c1", "c2", "p1", "l3"]  # stage, card, tag, persona, lane: reading order
    assert canvas.finder.ids == expected
    for n, obj_id in enumerate(expected[:3], start=1):
        QTest.keyClick(bar.field, Qt.Key.Key_Return)
        assert bar.count.text() == f"{n} of 5"
        assert canvas.selected_ids() == [obj_id]
    QTest.keyClick(bar.field, Qt.Key.Key_Return)  # the persona: its curve becomes current
    assert bar.count.text() == "4 of 5" and canvas.current_persona() == "p1"
    QTest.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == "3 of 5" and canvas.selected_ids() == ["c2"]
    assert canvas.map_scene().stage_item("s1").highlight == 1
    assert canvas.map_scene().card_item("c2").highlight == 2
    bar.field.clear()
    type_text(bar.field, "CONTACT PAR TÉLÉ")
    assert bar.count.text() == "1 match"
    type_text(bar.field, "x")
    assert bar.count.text() == "No match"
    QTest.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible() and canvas.map_scene().stage_item("s1").highlight == 0
    assert doc.undo_stack.count() == 0


def test_replace_one_step_each_and_replace_all_one_step(window, tmp_path, qtbot):
    from tests.app.helpers import type_text

    doc = window.files.open_path(_phone_map(tmp_path))
    _ctrl(window, Qt.Key.Key_H)
    bar = window.find_bar
    assert bar.replace_field.isVisible()
    type_text(bar.field, "telephone")
    type_text(bar.replace_field, "mobile")
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)  # first: go to the match
    assert bar.count.text() == "1 of 5" and doc.get("s1").name == "Contact par téléphone"
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)  # replace it, go on
    assert doc.get("s1").name == "Contact par mobile"
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Replace"
    assert bar.count.text() == "1 of 4" and window.current_canvas().selected_ids() == ["c1"]
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert doc.get("c1").text == "Appelle le mobile fixe" and doc.undo_stack.count() == 2
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert doc.get("c2").tags == ["mobile"] and doc.get("p1").name == "Paul mobile"
    assert doc.get("l3").title == "mobile et chat"
    assert doc.undo_stack.count() == 3 and doc.undo_stack.undoText() == "Replace All"
    assert bar.count.text() == "No match"
    doc.undo_stack.undo()  # Replace All: one step brings the three back
    assert doc.get("c2").tags == ["téléphone"] and doc.get("p1").name == "Paul Telephone"
    assert doc.get("l3").title == "Téléphone et chat"
    assert doc.get("c1").text == "Appelle le mobile fixe"


def test_replace_refused_changes_nothing(window, tmp_path, qtbot):
    from tests.app.helpers import type_text

    doc = window.files.open_path(_phone_map(tmp_path))
    _ctrl(window, Qt.Key.Key_H)
    bar = window.find_bar
    type_text(bar.field, "Achat")  # the stage's whole name: replaced by nothing, refused
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)
    assert doc.get("s2").name == "Achat" and doc.undo_stack.count() == 0
    assert window.statusBar().currentMessage()
