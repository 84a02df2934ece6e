"""Emotion points on half points, through mouse and key events on the canvas: a plain drag
snaps to whole points, a drag with Shift held to half points; Shift+Up/Down step by a half.
The curve and the point sit at the half point, from the shared layout."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from tests.canvas.conftest import drag, key, saved

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_a_drag_with_shift_snaps_to_half_points_in_one_step(canvas, doc, tmp_path):
    scene = canvas.map_scene()
    geo = scene.geometry
    start = scene.point_items("e2")[0].scenePos()  # score -1
    drag(canvas, start, QPointF(start.x() + 3, geo.score_to_y("emo", 0.6)), mods=SHIFT, steps=10)
    assert doc.get("e2").score == 0.5
    assert scene.point_items("e2")[0].scenePos().y() == geo.score_to_y("emo", 0.5)
    curve = next(c for c in geo.curves(doc, "emo") if any(p.point_id == "e2" for p in c.points))
    assert next(p for p in curve.points if p.point_id == "e2").y == geo.score_to_y("emo", 0.5)
    assert doc.undo_stack.count() == 1
    assert next(p for p in saved(doc, tmp_path).emotion_points if p.id == "e2").score == 0.5
    # without Shift the same spot is a whole point
    doc.undo_stack.undo()
    drag(canvas, start, QPointF(start.x() + 3, geo.score_to_y("emo", 0.6)), steps=10)
    assert doc.get("e2").score == 1


def test_shift_up_and_down_move_a_selected_point_half_a_point(canvas, doc):
    canvas.select_ids(["e1"])  # score 1
    key(canvas, Qt.Key.Key_Up, SHIFT)
    assert doc.get("e1").score == 1.5
    key(canvas, Qt.Key.Key_Up, SHIFT)
    assert doc.get("e1").score == 2
    key(canvas, Qt.Key.Key_Up, SHIFT)  # the top of the scale: nothing more
    assert doc.get("e1").score == 2
    key(canvas, Qt.Key.Key_Down)
    assert doc.get("e1").score == 1
    item = canvas.map_scene().point_items("e1")[0]
    key(canvas, Qt.Key.Key_Down, SHIFT)
    assert item.score == 0.5 and "Score 0.5" in item.toolTip()
