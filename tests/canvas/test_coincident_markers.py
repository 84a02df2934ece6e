"""Emotion points that share a spot (stage and score) are spread side by side, so every marker
shows, on the canvas and on the poster alike; they still drag and undo one by one."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import QPointF
from reportlab.pdfgen.canvas import Canvas

from mapstudio.gui import commands
from mapstudio.layout import POINT_MARKER_RADIUS, POINT_SPREAD, MapIndex, spread_offsets
from mapstudio.poster.poster_map import MapPainter
from mapstudio.poster.surface import Surface
from tests.canvas.conftest import click, drag


def test_spread_offsets_centre_a_shared_spot_in_the_given_order():
    pts = [("a", "s1", 50.0), ("b", "s1", 50.0), ("c", "s1", 50.0), ("d", "s1", 80.0)]
    dx = spread_offsets(pts)
    assert "d" not in dx  # alone at its spot: stays on the stage centre
    assert dx["a"] < dx["b"] < dx["c"]  # order given = persona order, as-is before to-be
    assert dx["a"] + dx["c"] == pytest.approx(0) and dx["b"] == pytest.approx(0)
    assert dx["b"] - dx["a"] == pytest.approx(POINT_SPREAD)
    assert POINT_SPREAD > 2 * POINT_MARKER_RADIUS
    assert spread_offsets([("a", "s1", 50.0), ("b", "s2", 50.0)]) == {}
    tight = spread_offsets([(str(i), "s1", 50.0) for i in range(5)], {"s1": 20.0})
    assert max(tight.values()) - min(tight.values()) == pytest.approx(20.0)


def _share_s1(doc, canvas):
    """p2's as-is point at s1 (e7, score 0) moved to p1's score there (e1, +1)."""
    commands.set_emotion(doc, "p2", "s1", "as_is", 1)
    canvas.map_scene().flush()
    scene = canvas.map_scene()
    return scene.point_items("e1")[0], scene.point_items("e7")[0]


def test_canvas_shows_every_marker_of_a_shared_spot_and_curves_run_through_them(canvas, doc):
    scene = canvas.map_scene()
    geo = scene.geometry
    centre = geo.column("s1").center
    assert scene.point_items("e1")[0].scenePos().x() == centre  # alone: on the centre
    e1, e7 = _share_s1(doc, canvas)
    a, b = e1.scenePos(), e7.scenePos()
    assert a.y() == b.y() == geo.score_to_y("emo", 1)
    assert a.x() < centre < b.x()  # p1 (first persona) left, p2 right
    assert a.x() + b.x() == pytest.approx(2 * centre)
    assert b.x() - a.x() > 2 * POINT_MARKER_RADIUS  # markers do not cover each other
    # each persona's curve passes through its own marker
    for item, persona in ((e1, "p1"), (e7, "p2")):
        curve = next(c for c in scene.emotion_layers()[0].curves if c._geom.persona == persona)
        path = curve._path
        start = curve.mapToScene(path.elementAt(0).x, path.elementAt(0).y)
        assert start == item.scenePos()
    # each marker is its own click target
    click(canvas, a)
    assert canvas.selected_ids() == ["e1"]
    click(canvas, b)
    assert canvas.selected_ids() == ["e7"]


def test_drag_one_of_two_shared_markers_then_undo_redo(canvas, doc):
    e1, e7 = _share_s1(doc, canvas)
    geo = canvas.map_scene().geometry
    start = e7.scenePos()
    before = doc.undo_stack.count()
    drag(canvas, start, QPointF(start.x(), geo.score_to_y("emo", -2)))
    assert doc.get("e7").score == -2 and doc.get("e1").score == 1
    assert doc.undo_stack.count() == before + 1
    centre = geo.column("s1").center
    assert e1.scenePos().x() == e7.scenePos().x() == centre  # apart again: both on the centre
    doc.undo_stack.undo()
    canvas.map_scene().flush()
    assert doc.get("e7").score == 1
    assert e1.scenePos().x() < centre < e7.scenePos().x()
    doc.undo_stack.redo()
    canvas.map_scene().flush()
    assert doc.get("e7").score == -2 and e7.scenePos().x() == centre


class _Recorder(Surface):
    """The poster's Surface on a real PDF canvas, keeping the point markers MapPainter draws."""

    def __init__(self) -> None:
        super().__init__(Canvas(io.BytesIO()))
        self.markers: list[tuple[float, float, str]] = []

    def marker(self, kind: str, x: float, y: float, r: float, fill: str, stroke: str) -> None:
        if r > 4:  # point markers, not the small persona tags in front of labels
            self.markers.append((x, y, stroke))
        super().marker(kind, x, y, r, fill, stroke)


def test_poster_places_shared_markers_where_the_canvas_does(canvas, doc):
    e1, e7 = _share_s1(doc, canvas)
    geo = canvas.map_scene().geometry
    surface = _Recorder()
    MapPainter(surface, MapIndex(doc.map), geo).draw()
    printed = {(round(x, 3), round(y, 3)) for x, y, _ in surface.markers}
    for item in (e1, e7):
        pos = item.scenePos()
        assert (round(pos.x(), 3), round(pos.y(), 3)) in printed
    on_spot = [m for m in surface.markers if m[1] == pytest.approx(e1.scenePos().y())]
    assert len({round(x, 3) for x, _, _ in on_spot if abs(x - geo.column("s1").center) < 20}) == 2


def test_a_spot_orders_personas_then_as_is_before_to_be(canvas, doc):
    # s3 at +1: p1's to-be (e6) and p2's as-is (e8); p1's as-is (e3) joins them
    commands.set_emotion(doc, "p1", "s3", "as_is", 1)
    scene = canvas.map_scene()
    scene.flush()
    xs = [scene.point_items(i)[0].scenePos().x() for i in ("e3", "e6", "e8")]
    assert xs[0] < xs[1] < xs[2]
    assert xs[1] == scene.geometry.column("s3").center
    assert xs[2] - xs[1] == xs[1] - xs[0] == POINT_SPREAD
