"""Polish: a dragged stage header carries its emotion points and curves; coincident points'
labels stay apart."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtTest import QTest

from mapstudio.gui import commands
from mapstudio.layout import POINT_LABEL_HEIGHT, coincident_points, label_tops
from tests.canvas.conftest import LEFT, _send_mouse, vp

NOBUTTON = Qt.MouseButton.NoButton


def _curve_path_xs(scene) -> list[list[float]]:
    return [
        [c.boundingRect().left(), c.boundingRect().right()]
        for layer in scene.emotion_layers()
        for c in layer.curves
    ]


def test_stage_drag_carries_its_emotion_points_and_snaps_back_on_escape(canvas, doc):
    scene = canvas.map_scene()
    geo = scene.geometry
    point = scene.point_items("e2")[0]  # stage s2
    other = scene.point_items("e1")[0]  # stage s1: stays
    x0, other_x0 = point.scenePos().x(), other.scenePos().x()
    curves0 = _curve_path_xs(scene)
    a = vp(canvas, QPointF(geo.column("s2").center, 30))
    b = canvas.mapFromScene(QPointF(geo.column("s4").center, 30))
    _send_mouse(canvas, QEvent.Type.MouseButtonPress, a, LEFT, LEFT)
    for i in range(1, 4):
        _send_mouse(canvas, QEvent.Type.MouseMove, a + (b - a) * (i / 3), NOBUTTON, LEFT)
    assert point.scenePos().x() - x0 == b.x() - a.x()  # follows the header
    assert other.scenePos().x() == other_x0
    assert _curve_path_xs(scene) != curves0  # the curves through s2 are redrawn live
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    _send_mouse(canvas, QEvent.Type.MouseButtonRelease, b, LEFT, NOBUTTON)
    scene.flush()
    assert point.scenePos().x() == x0
    assert _curve_path_xs(scene) == curves0
    assert [s.id for s in doc.stages()] == ["s1", "s2", "s3", "s4"]
    assert doc.undo_stack.count() == 0


def _overlap(a: float, b: float) -> bool:
    return a < b + POINT_LABEL_HEIGHT and b < a + POINT_LABEL_HEIGHT


def test_coincident_points_labels_are_stacked_and_tagged():
    # three points at one spot, one elsewhere in the stage, one at the same y in another stage
    pts = [
        ("a", "s1", 200.0, True),
        ("b", "s1", 200.0, True),
        ("c", "s1", 200.0, True),
        ("d", "s1", 120.0, True),
        ("e", "s2", 200.0, True),
    ]
    tops = label_tops(pts, 100.0)
    same = [200.0 + tops[k] for k in "abc"] + [120.0 + tops["d"]]
    assert not any(_overlap(x, y) for i, x in enumerate(same) for y in same[i + 1 :])
    assert coincident_points(pts) == {"a", "b", "c"}
    assert coincident_points([("a", "s1", 200.0, True), ("b", "s1", 201.0, True)]) == set()


def test_canvas_tags_the_labels_of_points_sharing_a_spot(canvas, doc):
    scene = canvas.map_scene()
    e1, e7 = scene.point_items("e1")[0], scene.point_items("e7")[0]  # s1: p1 at +1, p2 at 0
    assert not e1.tagged and not e7.tagged
    commands.set_emotion(doc, "p2", "s1", "as_is", 1, "Curious too")
    scene.flush()
    assert e1.tagged and e7.tagged
    assert e1.pos().y() == e7.pos().y()  # same score: side by side (test_coincident_markers)
    a, b = (e1.mapRectToScene(e1.label_rect()), e7.mapRectToScene(e7.label_rect()))
    assert not a.intersects(b)  # stacked, not drawn over each other
    doc.undo_stack.undo()
    scene.flush()
    assert not e1.tagged and not e7.tagged
