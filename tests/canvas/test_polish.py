"""Polish: a dragged stage header carries its emotion points and curves; coincident points'
labels stay apart."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtTest import QTest

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
