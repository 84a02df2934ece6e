"""Mouse drags: cards between cells and within a cell, stage and lane headers, emotion points,
rubber band and Ctrl+click selection. Each gesture is one undo step."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from tests.canvas.conftest import card_pt, cell_pt, click, drag, saved


def _cell_ids(m, stage, lane):
    return [c.id for c in m.cards_in_cell(stage, lane)]


def test_drag_card_to_another_stage(canvas, doc, tmp_path):
    drag(canvas, card_pt(canvas, "c1"), cell_pt(canvas, "s4", "act"))
    m = saved(doc, tmp_path)
    assert _cell_ids(m, "s4", "act") == ["c1"]
    assert _cell_ids(m, "s1", "act") == ["c2"]
    assert doc.undo_stack.undoText() == "Move Card"
    doc.undo_stack.undo()
    m = saved(doc, tmp_path)
    assert _cell_ids(m, "s1", "act") == ["c1", "c2"] and not _cell_ids(m, "s4", "act")
    doc.undo_stack.redo()
    assert _cell_ids(saved(doc, tmp_path), "s4", "act") == ["c1"]
    # the item moved with its card: it is now a child of the target cell
    item = canvas.map_scene().card_item("c1")
    assert item.parentItem() is canvas.map_scene().cell_item("s4", "act")


def test_reorder_within_a_cell(canvas, doc, tmp_path):
    geo = canvas.map_scene().geometry
    x, y, w, h = geo.box_rect("c2")
    drag(canvas, card_pt(canvas, "c2"), QPointF(x + w / 2, geo.box_rect("c1")[1] + 3))
    assert _cell_ids(saved(doc, tmp_path), "s1", "act") == ["c2", "c1"]
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert _cell_ids(saved(doc, tmp_path), "s1", "act") == ["c1", "c2"]
    doc.undo_stack.redo()
    assert _cell_ids(saved(doc, tmp_path), "s1", "act") == ["c2", "c1"]


def test_drag_several_selected_cards_keeps_their_order(canvas, doc, tmp_path):
    click(canvas, card_pt(canvas, "c1"))
    click(canvas, card_pt(canvas, "c3"), Qt.KeyboardModifier.ControlModifier)
    assert canvas.selected_ids() == ["c1", "c3"]
    drag(canvas, card_pt(canvas, "c3"), cell_pt(canvas, "s3", "act"))
    assert _cell_ids(saved(doc, tmp_path), "s3", "act") == ["c5", "c1", "c3"]
    assert doc.undo_stack.undoText() == "Move 2 Cards"
    doc.undo_stack.undo()
    assert _cell_ids(saved(doc, tmp_path), "s3", "act") == ["c5"]


def test_drop_outside_any_cell_changes_nothing(canvas, doc):
    before = canvas.map_scene().card_item("c1").pos()
    drag(canvas, card_pt(canvas, "c1"), QPointF(-30, -30))
    assert doc.undo_stack.count() == 0
    assert canvas.map_scene().card_item("c1").pos() == before


def test_drag_stage_header(canvas, doc, tmp_path):
    scene = canvas.map_scene()
    geo = scene.geometry
    start = QPointF(geo.column("s1").center, 30)
    drag(canvas, start, QPointF(geo.column("s3").center + 20, 30))
    assert [s.id for s in saved(doc, tmp_path).ordered_stages()] == ["s2", "s3", "s1", "s4"]
    assert doc.undo_stack.undoText() == "Move Stage"
    assert scene.card_item("c1").scenePos().x() > scene.card_item("c5").scenePos().x()
    doc.undo_stack.undo()
    assert [s.id for s in saved(doc, tmp_path).ordered_stages()] == ["s1", "s2", "s3", "s4"]
    doc.undo_stack.redo()
    assert [s.id for s in saved(doc, tmp_path).ordered_stages()] == ["s2", "s3", "s1", "s4"]


def test_drag_lane_header(canvas, doc, tmp_path):
    geo = canvas.map_scene().geometry
    start = QPointF(100, geo.row("notes").y + 40)
    drag(canvas, start, QPointF(100, geo.row("act").y + 10))
    order = [x.id for x in saved(doc, tmp_path).ordered_lanes()]
    assert order == ["notes", "act", "tp", "emo", "fr", "op", "kpi"]
    assert doc.undo_stack.undoText() == "Move Lane"
    doc.undo_stack.undo()
    assert [x.id for x in saved(doc, tmp_path).ordered_lanes()][0] == "act"
    doc.undo_stack.redo()
    assert [x.id for x in saved(doc, tmp_path).ordered_lanes()][0] == "notes"


def test_drag_emotion_point_snaps_to_scale_in_one_step(canvas, doc, tmp_path):
    scene = canvas.map_scene()
    geo = scene.geometry
    start = scene.point_items("e2")[0].scenePos()  # score -1
    # end between +1 and +2, nearer +2: the point snaps to +2
    y = geo.score_to_y("emo", 1.7)
    drag(canvas, start, QPointF(start.x() + 3, y), steps=10)
    point = next(p for p in saved(doc, tmp_path).emotion_points if p.id == "e2")
    assert point.score == 2
    assert scene.point_items("e2")[0].scenePos().y() == geo.score_to_y("emo", 2)
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Set Emotion"
    doc.undo_stack.undo()
    assert next(p for p in saved(doc, tmp_path).emotion_points if p.id == "e2").score == -1
    doc.undo_stack.redo()
    assert doc.get("e2").score == 2


def test_click_empty_slot_creates_point_for_current_persona_and_curve(canvas, doc, tmp_path):
    canvas.set_current_persona("p2")
    canvas.set_current_curve("to_be")
    geo = canvas.map_scene().geometry
    click(canvas, QPointF(geo.column("s4").center, geo.score_to_y("emo", -1) + 2))
    point = doc.emotion_point("p2", "s4", "to_be")
    assert point is not None and point.score == -1
    assert canvas.selected_ids() == [point.id]
    key_up = Qt.Key.Key_Up
    from tests.canvas.conftest import key

    key(canvas, key_up)
    assert doc.get(point.id).score == 0
    m = saved(doc, tmp_path)
    assert any(p.persona == "p2" and p.stage == "s4" and p.score == 0 for p in m.emotion_points)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.emotion_point("p2", "s4", "to_be") is None
    canvas.select_ids(["e1"])
    canvas.delete_selected()
    assert doc.get("e1") is None and doc.undo_stack.undoText() == "Clear Emotion Point"


def test_rubber_band_and_ctrl_click(canvas, doc):
    geo = canvas.map_scene().geometry
    x1, y1, _, _ = geo.box_rect("c1")
    x3, y3, w3, h3 = geo.box_rect("c4")
    # from the empty top-left corner of the Awareness actions cell to the middle of c4
    drag(canvas, QPointF(x1 - 6, y1 - 6), QPointF(x3 + w3 / 2, y3 + h3 / 2))
    assert canvas.selected_ids() == ["c1", "c2", "c3", "c4"]
    click(canvas, card_pt(canvas, "c2"), Qt.KeyboardModifier.ControlModifier)
    assert canvas.selected_ids() == ["c1", "c3", "c4"]
    click(canvas, card_pt(canvas, "t1"), Qt.KeyboardModifier.ControlModifier)
    assert canvas.selected_ids() == ["c1", "c3", "c4", "t1"]
    click(canvas, cell_pt(canvas, "s4", "notes", dy=-4))
    assert canvas.selected_ids() == []
    assert doc.undo_stack.count() == 0
