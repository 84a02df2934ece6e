"""Panning, pinch zoom, live drag preview, point labels, header menus, read-only maps."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication

from mapstudio.gui.canvas import menus
from mapstudio.gui.canvas.drag_ghost import DragGhost
from mapstudio.gui.canvas.hits import hit_at
from tests.canvas.conftest import LEFT, card_pt, cell_pt, dclick, key, saved, type_text, vp


def _mouse(canvas, kind, pos, button, buttons):
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(canvas.viewport().mapToGlobal(pos)), button, buttons,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    QApplication.sendEvent(canvas.viewport(), event)


def _wheel(canvas, dy, mods=Qt.KeyboardModifier.NoModifier):
    pos = QPointF(300, 300)
    event = QWheelEvent(
        pos, QPointF(canvas.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0), QPoint(0, dy),
        Qt.MouseButton.NoButton, mods, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(canvas.viewport(), event)


def test_wheel_shift_wheel_and_middle_drag_pan(canvas):
    canvas.set_zoom(2.0)
    h, v = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
    h.setValue(400)
    v.setValue(400)
    _wheel(canvas, -120)
    assert v.value() > 400 and h.value() == 400
    before = v.value()
    _wheel(canvas, -120, Qt.KeyboardModifier.ShiftModifier)
    assert h.value() > 400 and v.value() == before
    h0, v0 = h.value(), v.value()
    middle = Qt.MouseButton.MiddleButton
    _mouse(canvas, QEvent.Type.MouseButtonPress, QPoint(500, 500), middle, middle)
    _mouse(canvas, QEvent.Type.MouseMove, QPoint(450, 420), Qt.MouseButton.NoButton, middle)
    _mouse(
        canvas, QEvent.Type.MouseButtonRelease, QPoint(450, 420), middle, Qt.MouseButton.NoButton
    )  # noqa: E501
    assert (h.value(), v.value()) == (h0 + 50, v0 + 80)
    assert canvas.zoom_factor() == 2.0


def test_space_drag_pans(canvas, qtbot):
    canvas.set_zoom(2.0)
    h = canvas.horizontalScrollBar()
    h.setValue(300)
    qtbot.keyPress(canvas, Qt.Key.Key_Space)
    start = QPoint(600, 500)
    _mouse(canvas, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for x in (580, 560, 540):
        _mouse(canvas, QEvent.Type.MouseMove, QPoint(x, 500), Qt.MouseButton.NoButton, LEFT)
    _mouse(canvas, QEvent.Type.MouseButtonRelease, QPoint(540, 500), LEFT, Qt.MouseButton.NoButton)
    qtbot.keyRelease(canvas, Qt.Key.Key_Space)
    assert h.value() == 360
    assert canvas.selected_ids() == []


def test_pinch_zooms_under_the_fingers(canvas):
    canvas.set_zoom(2.0)
    pos = QPointF(400, 300)
    under = canvas.mapToScene(pos.toPoint())
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
        pos, pos, QPointF(canvas.viewport().mapToGlobal(pos.toPoint())), 0.25, QPointF(0, 0),
    )  # fmt: skip
    QApplication.sendEvent(canvas.viewport(), event)
    assert abs(canvas.zoom_factor() - 2.5) < 1e-6
    after = canvas.mapToScene(pos.toPoint())
    assert abs(after.x() - under.x()) < 2 and abs(after.y() - under.y()) < 2


def test_card_drag_previews_live_and_escape_cancels(canvas, doc):
    scene = canvas.map_scene()
    item = scene.card_item("c1")
    origin = item.pos()
    a = vp(canvas, card_pt(canvas, "c1"))
    b = canvas.mapFromScene(cell_pt(canvas, "s4", "act"))
    _mouse(canvas, QEvent.Type.MouseButtonPress, a, LEFT, LEFT)
    for i in range(1, 5):
        _mouse(canvas, QEvent.Type.MouseMove, a + (b - a) * (i / 4), Qt.MouseButton.NoButton, LEFT)
    ghosts = [g for g in scene.items() if isinstance(g, DragGhost)]
    assert len(ghosts) == 1 and ghosts[0].sceneBoundingRect().contains(canvas.mapToScene(b))
    assert item.pos() == origin and item.opacity() < 0.5  # the card waits, faded, for the drop
    target = scene.cell_item("s4", "act")
    assert target.drop_target and target.drop_line is not None
    key(canvas, Qt.Key.Key_Escape)
    assert item.pos() == origin and not target.drop_target and item.opacity() == 1.0
    assert not any(isinstance(g, DragGhost) for g in scene.items())
    _mouse(canvas, QEvent.Type.MouseMove, b + QPoint(0, 10), Qt.MouseButton.NoButton, LEFT)
    assert item.pos() == origin  # the held button no longer drags
    _mouse(canvas, QEvent.Type.MouseButtonRelease, b, LEFT, Qt.MouseButton.NoButton)
    assert doc.undo_stack.count() == 0 and doc.get("c1").stage == "s1"


def test_edit_point_label_by_double_click(canvas, doc, tmp_path):
    point = canvas.map_scene().point_items("e3")[0]
    dclick(canvas, point.scenePos())
    assert canvas.editor.is_active()
    type_text(canvas, " à nouveau")
    key(canvas, Qt.Key.Key_Return)
    assert (
        next(p for p in saved(doc, tmp_path).emotion_points if p.id == "e3").label
        == "Annoyed à nouveau"
    )  # noqa: E501
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.get("e3").label == "Annoyed"


def _menu_action(canvas, scene_pt, text):
    menu = menus.build_menu(canvas, hit_at(canvas, canvas.mapFromScene(scene_pt)))
    found = {a.text(): a for a in menu.actions()}
    for action in menu.actions():
        if action.menu():
            found.update({a.text(): a for a in action.menu().actions()})
    return found[text]


def test_header_menus_add_stage_and_lane_and_delete(canvas, doc, tmp_path):
    geo = canvas.map_scene().geometry
    _menu_action(canvas, QPointF(geo.column("s2").center, 30), "Add Stage After").trigger()
    stages = [s.id for s in doc.stages()]
    assert len(stages) == 5 and stages[:2] == ["s1", "s2"] and stages[3:] == ["s3", "s4"]
    assert canvas.editor.is_active()  # the new stage is ready to be named
    type_text(canvas, "X")
    key(canvas, Qt.Key.Key_Return)
    assert doc.get(stages[2]).name == "New stageX"
    _menu_action(canvas, QPointF(80, geo.row("tp").y + 30), "Notes").trigger()
    key(canvas, Qt.Key.Key_Escape)
    lanes = doc.lanes()
    assert lanes[2].kind.value == "notes" and lanes[2].title == "Notes"
    _menu_action(
        canvas, QPointF(80, canvas.map_scene().geometry.row("fr").y + 30), "Delete Lane"
    ).trigger()  # noqa: E501
    m = saved(doc, tmp_path)
    assert "fr" not in {x.id for x in m.lanes} and not [c for c in m.cards if c.lane == "fr"]
    doc.undo_stack.undo()
    assert {c.id for c in saved(doc, tmp_path).cards if c.lane == "fr"} == {"f1", "f2"}


def test_read_only_map_refuses_edits_with_a_message(canvas, doc, qtbot):
    doc.read_only = True
    with qtbot.waitSignal(canvas.message):
        dclick(canvas, cell_pt(canvas, "s4", "act"))
    assert doc.undo_stack.count() == 0 and not canvas.editor.is_active()
    from tests.canvas.conftest import drag

    drag(canvas, card_pt(canvas, "c1"), cell_pt(canvas, "s4", "act"))
    assert doc.get("c1").stage == "s1" and doc.undo_stack.count() == 0


def test_stage_drag_moves_the_whole_column_live(canvas, doc):
    scene = canvas.map_scene()
    geo = scene.geometry
    card = scene.card_item("c3")  # in stage s2
    x0 = card.scenePos().x()
    a = vp(canvas, QPointF(geo.column("s2").center, 30))
    b = canvas.mapFromScene(QPointF(geo.column("s4").center, 30))
    _mouse(canvas, QEvent.Type.MouseButtonPress, a, LEFT, LEFT)
    for i in range(1, 4):
        _mouse(canvas, QEvent.Type.MouseMove, a + (b - a) * (i / 3), Qt.MouseButton.NoButton, LEFT)
    assert card.scenePos().x() - x0 == b.x() - a.x()  # the column's cards follow
    _mouse(canvas, QEvent.Type.MouseButtonRelease, b, LEFT, Qt.MouseButton.NoButton)
    scene.flush()
    assert [s.id for s in doc.stages()] == ["s1", "s3", "s4", "s2"]
    assert card.scenePos().x() == scene.geometry.box_rect("c3")[0]


def test_card_menu_adds_a_card_below_it(canvas, doc):
    _menu_action(canvas, card_pt(canvas, "c1"), "Add Card Below").trigger()
    ids = [c.id for c in doc.cards_in_cell("s1", "act")]
    assert ids[0] == "c1" and ids[2] == "c2" and len(ids) == 3
    assert canvas.editor.is_active() and canvas.editor.session.obj_id == ids[1]


def test_dragging_near_the_edge_scrolls(canvas, qtbot):
    canvas.set_zoom(2.0)
    v = canvas.verticalScrollBar()
    v.setValue(0)
    a = vp(canvas, card_pt(canvas, "c1"))
    edge = QPoint(a.x(), canvas.viewport().height() - 5)
    _mouse(canvas, QEvent.Type.MouseButtonPress, a, LEFT, LEFT)
    _mouse(canvas, QEvent.Type.MouseMove, a + QPoint(0, 20), Qt.MouseButton.NoButton, LEFT)
    _mouse(canvas, QEvent.Type.MouseMove, edge, Qt.MouseButton.NoButton, LEFT)
    start = v.value()
    qtbot.waitUntil(lambda: v.value() > start + 30, timeout=2000)
    key_escape = Qt.Key.Key_Escape
    qtbot.keyClick(canvas, key_escape)
    _mouse(canvas, QEvent.Type.MouseButtonRelease, edge, LEFT, Qt.MouseButton.NoButton)
    assert canvas.map_scene().doc.undo_stack.count() == 0
