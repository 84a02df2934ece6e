"""A selected emotion point's inspector says whose curve it is on, at which stage, and which
curve, and follows renames."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mapstudio.gui import commands


def test_the_point_inspector_names_persona_stage_and_curve(window, map_file):
    window.open_paths([map_file])
    canvas = window.current_canvas()
    doc = canvas.doc
    to_be = commands.set_emotion(doc, "p1", "s2", "to_be", 2, "Pleased")
    canvas.map_scene().flush()
    point = canvas.map_scene().point_items("e1")[0]
    canvas.ensureVisible(point.sceneBoundingRect())
    pos = canvas.mapFromScene(point.scenePos())
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert canvas.selected_ids() == ["e1"]
    inspector = window.inspector
    where = {name: label.text() for name, label in inspector.point_where.items()}
    assert where == {"persona": "Paul", "stage": "Awareness", "curve": "As is"}
    assert inspector.pages.currentWidget() is inspector.point_form
    commands.update(doc, "p1", {"name": "Paula"})
    commands.update(doc, "s1", {"name": "Discovery"})
    assert inspector.point_where["persona"].text() == "Paula"
    assert inspector.point_where["stage"].text() == "Discovery"
    canvas.select_ids([to_be])
    assert inspector.point_where["curve"].text() == "To be"
    assert inspector.point_where["stage"].text() == "Purchase"


def test_the_personas_panel_follows_the_lane_headers_switcher(window, map_file):
    from mapstudio.core.model import Curve

    window.open_paths([map_file])
    canvas = window.current_canvas()
    commands.add_persona(canvas.doc, "Zoé", colour="#2ca02c")
    window.show_personas()
    panel = window.personas
    assert panel.current_id() == "p1"
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_P)  # the next persona's curve
    QTest.keyClick(canvas, Qt.Key.Key_C)  # ... its "to be" curve
    assert canvas.current_persona() != "p1" and canvas.current_curve() is Curve.TO_BE
    assert panel.current_id() == canvas.current_persona()
    assert panel.curve.currentData() == Curve.TO_BE
    assert "Zoé" in window.statusBar().currentMessage()
