"""The inspector edits the selection (or the map) through commands, one undo step per typing
session, and follows undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.app.helpers import trigger, type_text


def _field(window, name):
    form = window.inspector.pages.currentWidget()
    return form.fields[name]


def test_typing_card_text_is_one_undo_step(window, map_file):
    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    canvas.select_ids(["c1"])
    assert window.inspector.pages.currentWidget() is window.inspector.card_form
    text = _field(window, "text")
    assert text.toPlainText() == "Searches the web"
    text.moveCursor(text.textCursor().MoveOperation.End)
    depth = doc.undo_stack.count()
    type_text(text, " for parfum élégant")
    assert doc.get("c1").text == "Searches the web for parfum élégant"
    assert doc.undo_stack.count() == depth + 1
    assert window.actions.undo.text() == "&Undo Edit Card Text"
    trigger(window, "undo")
    assert doc.get("c1").text == "Searches the web"
    assert text.toPlainText() == "Searches the web"  # the form follows undo
    trigger(window, "redo")
    assert text.toPlainText() == "Searches the web for parfum élégant"


def test_a_new_focus_session_is_a_new_undo_step(window, map_file):
    doc = window.files.open_path(map_file)
    window.current_canvas().select_ids(["c1"])
    owner_tags = _field(window, "tags")
    type_text(owner_tags, "web")
    _field(window, "source").setFocus()
    type_text(_field(window, "source"), "GA")
    type_text(owner_tags, ", seo")
    assert doc.get("c1").tags == ["web", "seo"]
    assert doc.get("c1").source == "GA"
    trigger(window, "undo")
    assert doc.get("c1").tags == ["web"]
    trigger(window, "undo")
    assert doc.get("c1").source == ""
    trigger(window, "undo")
    assert doc.get("c1").tags == []


def test_touchpoint_fields_and_choices(window, map_file):
    doc = window.files.open_path(map_file)
    window.current_canvas().select_ids(["c3"])
    form = window.inspector.card_form
    assert form.layout_.isRowVisible(form.fields["channel"])
    assert not form.layout_.isRowVisible(form.fields["severity"])
    channel = form.fields["channel"]
    channel.activated.emit(channel.findText("Social network"))
    online = form.fields["online"]
    online.activated.emit(online.findData(False))
    card = doc.get("c3")
    assert card.channel.value == "social" and card.online is False
    trigger(window, "undo")
    assert doc.get("c3").online is None
    assert online.currentData() is None


def _choose_target(window, prefix):
    choice = window.inspector.target_choice
    assert choice.isVisibleTo(window.inspector)
    index = next(i for i in range(choice.count()) if choice.itemText(i).startswith(prefix))
    choice.setCurrentIndex(index)
    choice.activated.emit(index)


def test_stage_lane_and_map_forms(window, map_file):
    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    canvas.select_ids(["c3"])  # a card in Purchase x Touchpoints: its stage and lane are offered
    _choose_target(window, "Stage: Purchase")
    assert window.inspector.pages.currentWidget() is window.inspector.stage_form
    name = _field(window, "name")
    QTest.keyClick(name, Qt.Key.Key_End)
    type_text(name, " online")
    assert doc.get("s2").name == "Purchase online"
    assert window.inspector.target_choice.currentText() == "Stage: Purchase online"
    _choose_target(window, "Lane: Touchpoints")
    collapsed = _field(window, "collapsed")
    QTest.keyClick(collapsed, Qt.Key.Key_Space)
    assert doc.get("l3").collapsed is True
    canvas.select_ids([])
    assert window.inspector.pages.currentWidget() is window.inspector.map_form
    title = _field(window, "title")
    title.selectAll()
    type_text(title, "Parfumerie")
    assert doc.map.title == "Parfumerie"
    scale = _field(window, "emotion_scale")
    scale.activated.emit(scale.findText("1..5"))
    assert doc.map.emotion_scale.value == "1..5"
    assert doc.get("e1").score == 4  # carried onto the new scale
    trigger(window, "undo")
    assert doc.map.emotion_scale.value == "-2..+2" and scale.currentText() == "-2..+2"
    for _ in range(3):
        trigger(window, "undo")
    assert (doc.get("s2").name, doc.get("l3").collapsed, doc.map.title) == (
        "Purchase",
        False,
        "Perfume shop",
    )


def test_new_stage_opens_in_the_inspector_ready_to_name(window, map_file):
    doc = window.files.open_path(map_file)
    window.current_canvas().select_ids(["c1"])
    trigger(window, "add_stage")
    stage = doc.stages()[1]
    assert stage.name == "New stage"
    name = _field(window, "name")
    assert window.inspector.pages.currentWidget() is window.inspector.stage_form
    type_text(name, "Réflexion")  # typing replaces the selected default name
    assert doc.get(stage.id).name == "Réflexion"
    trigger(window, "undo")
    assert doc.get(stage.id).name == "New stage"


def test_invalid_value_shows_a_sentence_and_changes_nothing(window, map_file):
    doc = window.files.open_path(map_file)
    window.current_canvas().select_ids([])
    language = _field(window, "language")
    language.selectAll()
    type_text(language, "French!")
    assert doc.map.language == "en"
    assert doc.undo_stack.count() == 0
    assert window.inspector.error.isVisibleTo(window.inspector)
    assert "\n" not in window.inspector.error.text()
