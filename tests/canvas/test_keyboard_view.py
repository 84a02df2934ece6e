"""Keyboard navigation and moves, find, zoom, and the scene's incremental updates."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from mapstudio.gui import commands
from tests.canvas.conftest import card_pt, click, key, saved

ALT = Qt.KeyboardModifier.AltModifier


def test_arrows_move_the_selection_between_cards_and_cells(canvas):
    click(canvas, card_pt(canvas, "c1"))
    key(canvas, Qt.Key.Key_Down)
    assert canvas.selected_ids() == ["c2"]
    key(canvas, Qt.Key.Key_Right)  # same index in the next stage
    assert canvas.selected_ids() == ["c4"]
    key(canvas, Qt.Key.Key_Down)  # leaves the cell: first card of the lane below
    assert canvas.selected_ids() == ["t2"]
    key(canvas, Qt.Key.Key_Right)  # empty cell: the cursor, no selection
    assert canvas.selected_ids() == [] and canvas.current_cell() == ("s3", "tp")
    key(canvas, Qt.Key.Key_Down)  # emotions lane: the current curve's point
    assert canvas.selected_ids() == ["e3"]
    key(canvas, Qt.Key.Key_Left)
    assert canvas.selected_ids() == ["e2"]


def test_alt_arrows_move_cards(canvas, doc, tmp_path):
    click(canvas, card_pt(canvas, "c1"))
    key(canvas, Qt.Key.Key_Down, ALT)
    assert [c.id for c in saved(doc, tmp_path).cards_in_cell("s1", "act")] == ["c2", "c1"]
    key(canvas, Qt.Key.Key_Right, ALT)
    m = saved(doc, tmp_path)
    assert [c.id for c in m.cards_in_cell("s2", "act")] == ["c3", "c1", "c4"]
    key(canvas, Qt.Key.Key_Down, ALT)
    assert [c.id for c in doc.cards_in_cell("s2", "act")] == ["c3", "c4", "c1"]
    assert canvas.selected_ids() == ["c1"]
    stack = doc.undo_stack
    assert stack.count() == 3 and stack.undoText() == "Move Card"
    stack.undo()
    assert [c.id for c in saved(doc, tmp_path).cards_in_cell("s2", "act")] == ["c3", "c1", "c4"]
    stack.redo()
    assert doc.get("c1").lane == "act"


def test_find_highlights_and_steps(canvas, doc):
    assert canvas.find("MODEL") == 3  # c1, c3 and f1, case-insensitive
    scene = canvas.map_scene()
    assert [scene.card_item(i).highlight for i in ("c1", "c3", "f1", "c2")] == [1, 1, 1, 0]
    canvas.find_next()
    assert canvas.selected_ids() == ["c1"] and scene.card_item("c1").highlight == 2
    canvas.find_next()
    assert canvas.selected_ids() == ["c3"]
    canvas.find_previous()
    assert canvas.selected_ids() == ["c1"]
    canvas.find_previous()
    assert canvas.selected_ids() == ["f1"]
    centre = canvas.mapToScene(canvas.viewport().rect().center())
    assert scene.card_item("f1").sceneBoundingRect().adjusted(-150, -150, 150, 150).contains(centre)  # noqa: E501
    canvas.clear_find()
    assert scene.card_item("c1").highlight == 0
    assert doc.undo_stack.count() == 0


def test_zoom_steps_ctrl_wheel_anchor_and_fit(canvas, qtbot):
    zooms = []
    canvas.zoom_changed.connect(zooms.append)
    canvas.zoom_in()
    assert abs(canvas.zoom_factor() - 1.25) < 1e-6
    canvas.zoom_out()
    canvas.zoom_out()
    assert abs(canvas.zoom_factor() - 0.8) < 1e-6
    canvas.zoom_reset()
    assert canvas.zoom_factor() == 1.0 and zooms[-1] == 1.0
    canvas.set_zoom(2.0)  # big enough to scroll, so the anchor can be kept
    canvas.centerOn(500, 400)
    anchor = QPoint(400, 300)
    under = canvas.mapToScene(anchor)
    event = QWheelEvent(
        QPointF(anchor), QPointF(canvas.viewport().mapToGlobal(anchor)), QPoint(0, 0),
        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(canvas.viewport(), event)
    assert canvas.zoom_factor() > 2.2
    after = canvas.mapToScene(anchor)
    assert abs(after.x() - under.x()) < 2 and abs(after.y() - under.y()) < 2
    canvas.zoom_out()
    for _ in range(40):
        canvas.zoom_out()
    assert canvas.zoom_factor() == canvas.MIN_ZOOM
    canvas.fit_all()
    rect = canvas.mapFromScene(canvas.view_rect()).boundingRect()
    assert canvas.viewport().rect().adjusted(-2, -2, 2, 2).contains(rect)


def test_incremental_update_touches_only_the_cell_and_moves_lanes_below(canvas, doc):
    scene = canvas.map_scene()
    others = {i: scene.card_item(i) for i in ("c2", "c4", "t1", "f1", "n1")}
    lanes = {i: scene.lane_item(i) for i in ("act", "tp", "fr")}
    tp_y = lanes["tp"].y()
    fr_y = lanes["fr"].y()
    t1_pos = others["t1"].pos()
    c2_box = others["c2"].box
    long_text = "A much longer text that needs many lines " * 8
    c4_y = others["c4"].y()
    commands.update(doc, "c3", {"text": long_text})
    scene.flush()
    assert {i: scene.card_item(i) for i in others} == others  # same objects
    assert {i: scene.lane_item(i) for i in lanes} == lanes
    assert others["c2"].box is c2_box  # another cell: not even re-measured
    assert scene.card_item("c3").box.text.lines[0].startswith("A much longer")
    assert others["c4"].y() > c4_y  # below the edited card in its cell
    grown = lanes["tp"].y() - tp_y
    assert grown > 0 and lanes["fr"].y() - fr_y == grown  # rows below move...
    assert others["t1"].pos() == t1_pos  # ...their cards keep cell-relative positions
    assert scene.sceneRect().height() > 0
    doc.undo_stack.undo()
    scene.flush()
    assert lanes["tp"].y() == tp_y


def test_collapse_lane_shows_thin_header_with_count(canvas, doc):
    scene = canvas.map_scene()
    header = scene.lane_item("act").header
    click(canvas, header.mapToScene(LaneChevron()))
    assert doc.get("act").collapsed
    assert header.boundingRect().height() == scene.geometry.style.collapsed_lane_height
    assert header.count_text == "5 cards"
    assert not scene.card_item("c1").isVisible()
    doc.undo_stack.undo()
    scene.flush()
    assert scene.card_item("c1").isVisible() and doc.undo_stack.undoText() == ""


def LaneChevron() -> QPointF:  # noqa: N802
    from mapstudio.gui.canvas.items import LaneHeaderItem

    return LaneHeaderItem.CHEVRON.center()


def test_scene_renders_without_a_view_and_far_zoom_draws_blocks(doc):
    from PySide6.QtGui import QImage, QPainter

    from mapstudio.gui.canvas.scene import MapScene

    scene = MapScene(doc)
    rect = scene.sceneRect()
    images = []
    for scale in (1.0, 0.2):
        image = QImage(
            int(rect.width() * scale), int(rect.height() * scale), QImage.Format.Format_RGB32
        )  # noqa: E501
        image.fill(0)
        painter = QPainter(image)
        scene.render(painter, source=rect)
        painter.end()
        images.append(image)
    # a card's text is drawn at 100 %: dark pixels inside c1's box; a plain block when far out
    x, y, w, h = scene.geometry.box_rect("c1")
    ox, oy = -rect.x(), -rect.y()

    def darkest(image, s):
        values = [
            image.pixelColor(int((x + ox + dx) * s), int((y + oy + dy) * s)).lightness()
            for dx in range(8, int(w) - 8, 2)
            for dy in range(6, int(h) - 6, 2)
        ]
        return min(values)

    assert darkest(images[0], 1.0) < 100
    assert darkest(images[1], 0.2) > 180


def test_headers_stay_in_sight_while_scrolling(canvas, doc):
    from tests.canvas.conftest import dclick

    scene = canvas.map_scene()
    canvas.set_zoom(2.0)
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().maximum())
    canvas.verticalScrollBar().setValue(canvas.verticalScrollBar().maximum())
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    stage = scene.stage_item("s4")
    lane = scene.lane_item("notes")
    assert abs(stage.scenePos().y() - visible.top()) < 1
    assert abs(lane.header.scenePos().x() - visible.left()) < 1
    # the pinned header is still a header: double-click renames the stage
    dclick(canvas, stage.mapToScene(100, 40))
    assert canvas.editor.is_active() and canvas.editor.session.obj_id == "s4"
    canvas.editor.finish()
    canvas.set_zoom(1.0)
    canvas.horizontalScrollBar().setValue(0)
    canvas.verticalScrollBar().setValue(0)
    assert stage.scenePos().y() == 0 and lane.header.scenePos().x() == 0


def test_reordering_stages_and_lanes_only_moves_items(canvas, doc):
    scene = canvas.map_scene()
    boxes = {i: scene.card_item(i).box for i in ("c1", "t1", "n1")}
    commands.move_stage(doc, "s1", 3)
    commands.move_lane(doc, "notes", 0)
    commands.set_collapsed(doc, "tp", True)
    scene.flush()
    assert all(scene.card_item(i).box is box for i, box in boxes.items())  # not re-measured
    geo = scene.geometry
    assert scene.card_item("c1").scenePos().x() == geo.box_rect("c1")[0]
    assert scene.lane_item("notes").y() == geo.row("notes").y == geo.style.stage_header_height
    assert scene.stage_item("s1").number == 4 and scene.stage_item("s2").number == 1
    assert not scene.card_item("t1").isVisible()
    assert scene.lane_item("act").y() == geo.row("act").y
    for _ in range(3):
        doc.undo_stack.undo()
    scene.flush()
    assert scene.card_item("t1").isVisible() and scene.stage_item("s1").number == 1
