"""The service blueprint, lanes tied to personas, bright spots and half-point scores in the
editor, through Qt events: the Map menu by keyboard, Ctrl+Z, clicks in the inspector, copy and
paste, and a save read back."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mapstudio.core.model import LaneKind
from mapstudio.files import read_map
from mapstudio.gui import commands
from mapstudio.gui.app import fileops
from tests.app.conftest import choose_cell
from tests.app.helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton
LINES = ["Line of interaction", "Line of visibility", "Line of internal interaction"]


def _open(window, map_file):
    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    canvas.map_scene().flush()
    return doc, canvas


def _from_map_menu(qtbot, window, action_name: str) -> None:
    """Open the Map menu with Alt+M and press the item's mnemonic, as a keyboard user does."""
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Map")
    action = getattr(window.actions, action_name)
    mnemonic = action.text()[action.text().index("&") + 1]
    QTest.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    assert QApplication.activePopupWidget() is menu
    QTest.keyClick(menu, Qt.Key(ord(mnemonic.upper())))
    qtbot.waitUntil(lambda: not menu.isVisible(), timeout=2000)


def test_make_service_blueprint_from_the_map_menu_draws_the_three_lines(
    qtbot, window, map_file, tmp_path
):
    doc, canvas = _open(window, map_file)
    scene = canvas.map_scene()
    assert not scene.blueprint_lines.isVisible()
    _from_map_menu(qtbot, window, "make_blueprint")
    scene.flush()
    assert [lane.kind for lane in doc.lanes()] == [
        LaneKind.ACTIONS,
        LaneKind.EMOTIONS,
        LaneKind.TOUCHPOINTS,
        LaneKind.BACKSTAGE,
        LaneKind.SUPPORT,
    ]
    assert [lane.title for lane in doc.lanes()[3:]] == ["Backstage actions", "Support processes"]
    assert window.statusBar().currentMessage() == (
        "Laid out as a service blueprint; 2 lanes added."
    )
    lines = scene.blueprint_lines.lines()
    assert [label for _, label in lines] == LINES and scene.blueprint_lines.isVisible()
    geo = scene.geometry
    # each line in the band between the two lanes it separates, on the canvas as in the layout
    pairs = list(zip(geo.rows[1:4], geo.rows[2:5], strict=True))
    for (bl, _), (upper, lower) in zip(lines, pairs, strict=True):
        assert upper.y + upper.height == bl.top and lower.y == bl.top + bl.height
    assert scene.lane_item(doc.lanes()[2].id).y() == geo.rows[2].y
    assert window.actions.undo.text() == "&Undo Make Service Blueprint"

    QTest.keyClick(canvas, Qt.Key.Key_Z, CTRL)
    scene.flush()
    assert [lane.id for lane in doc.lanes()] == ["l1", "l2", "l3"] and not doc.map.blueprint
    assert not scene.blueprint_lines.isVisible()
    QTest.keyClick(canvas, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    scene.flush()
    assert [label for _, label in scene.blueprint_lines.lines()] == LINES
    fileops.save_document(doc, tmp_path / "blueprint.journey.json")
    saved = read_map(tmp_path / "blueprint.journey.json")
    assert saved.blueprint and [x.kind for x in saved.ordered_lanes()][-1] is LaneKind.SUPPORT

    # again: nothing to do, said once, no undo step
    depth = doc.undo_stack.count()
    _from_map_menu(qtbot, window, "make_blueprint")
    assert doc.undo_stack.count() == depth
    assert "already" in window.statusBar().currentMessage()


def test_the_map_inspector_turns_the_lines_off_and_on(window, map_file):
    doc, canvas = _open(window, map_file)
    commands.make_blueprint(doc)
    window.inspector.show_object(doc.map.id)
    box = window.inspector.map_form.fields["blueprint"]
    assert box.isChecked()
    QTest.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    canvas.map_scene().flush()
    assert not doc.map.blueprint and not canvas.map_scene().blueprint_lines.isVisible()
    assert window.actions.undo.text() == "&Undo Change Map"
    QTest.keyClick(canvas, Qt.Key.Key_Z, CTRL)
    canvas.map_scene().flush()
    assert doc.map.blueprint and box.isChecked()
    assert len(canvas.map_scene().blueprint_lines.lines()) == 3


def test_a_lane_is_tied_to_a_persona_in_the_lane_inspector(window, map_file):
    doc, canvas = _open(window, map_file)
    commands.add_persona(doc, "Zoé", colour="#d62728")
    window.inspector.show_object("l1")
    chooser = window.inspector.lane_form.fields["persona"]
    assert [chooser.itemText(i) for i in range(chooser.count())] == ["Everyone", "Paul", "Zoé"]
    assert chooser.currentText() == "Everyone"
    chooser.setFocus()
    QTest.keyClick(chooser, Qt.Key.Key_Down)
    QTest.keyClick(chooser, Qt.Key.Key_Down)
    assert doc.get("l1").persona == doc.map.personas[1].id
    canvas.map_scene().flush()
    header = canvas.map_scene().lane_item("l1").header
    assert (header.persona_name, header.persona_colour) == ("Zoé", "#d62728")
    # the header follows the persona's name; removing the persona unties the lane
    commands.rename(doc, doc.map.personas[1].id, "Zoé B.")
    canvas.map_scene().flush()
    assert header.persona_name == "Zoé B."
    commands.remove(doc, [doc.map.personas[1].id])
    canvas.map_scene().flush()
    assert doc.get("l1").persona is None and header.persona_name == ""
    assert chooser.currentText() == "Everyone"
    QTest.keyClick(canvas, Qt.Key.Key_Z, CTRL)
    canvas.map_scene().flush()
    assert header.persona_name == "Zoé B." and chooser.currentText() == "Zoé B."


def test_a_bright_spot_is_marked_by_mouse_and_survives_copy_paste_and_save(
    window, map_file, tmp_path
):
    doc, canvas = _open(window, map_file)
    canvas.select_ids(["c1"])
    box = window.inspector.card_form.fields["positive"]
    assert box.isVisible() and not box.isChecked()
    QTest.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))
    assert doc.get("c1").positive
    canvas.map_scene().flush()
    item = canvas.map_scene().card_item("c1")
    assert item.positive and item.box.has_badges
    assert window.actions.undo.text() == "&Undo Change Card"

    canvas.select_ids(["c1"])
    QTest.keyClick(canvas, Qt.Key.Key_C, CTRL)
    choose_cell(canvas, doc, "s2", "l1")
    QTest.keyClick(canvas, Qt.Key.Key_V, CTRL)
    pasted = doc.cards_in_cell("s2", "l1")
    assert [c.positive for c in pasted] == [True]
    fileops.save_document(doc, tmp_path / "bright.journey.json")
    saved = read_map(tmp_path / "bright.journey.json")
    assert {c.id for c in saved.cards if c.positive} == {"c1", pasted[0].id}
    QTest.keyClick(canvas, Qt.Key.Key_Z, CTRL)
    QTest.keyClick(canvas, Qt.Key.Key_Z, CTRL)
    assert not doc.get("c1").positive


def test_the_point_inspector_takes_half_points(window, map_file):
    doc, canvas = _open(window, map_file)
    canvas.select_ids(["e1"])
    score = window.inspector.point_form.fields["score"]
    assert score.value() == 1 and score.singleStep() == 0.5
    score.setFocus()
    QTest.keyClick(score, Qt.Key.Key_Down)  # the arrow steps half a point
    assert doc.get("e1").score == 0.5
    score.selectAll()
    type_text(score, "-1.3\n")  # typed: the nearest half point
    assert doc.get("e1").score == -1.5 and score.value() == -1.5
    # one focus session in the field is one undo step (as typing in any inspector field)
    assert window.actions.undo.text() == "&Undo Change Emotion Point"
    QTest.keyClick(canvas, Qt.Key.Key_Z, CTRL)
    assert doc.get("e1").score == 1 and score.value() == 1


def test_each_label_frame_holds_its_text_as_the_canvas_draws_it(window, map_file):
    from mapstudio.gui.canvas import painting
    from mapstudio.layout import theme
    from mapstudio.layout.blueprint import BLUEPRINT_LABEL_PAD, blueprint_label_box

    doc, canvas = _open(window, map_file)
    commands.make_blueprint(doc)
    canvas.map_scene().flush()
    drawn = painting.font_metrics(theme.BLUEPRINT_LABEL_SIZE, True)
    for bl, label in canvas.map_scene().blueprint_lines.lines():
        _x, _y, width, height = blueprint_label_box(bl, label)
        room = width - 2 * BLUEPRINT_LABEL_PAD
        assert abs(drawn.horizontalAdvance(label) - room) < 1.0, label
        assert drawn.height() <= height + 1
