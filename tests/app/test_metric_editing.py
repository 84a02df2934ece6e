"""Metric values are made, edited and deleted in the editor by keyboard and mouse (Qt events on
the canvas and the inspector), each gesture one undo step; the canvas shows value against target
from the shared layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from mapstudio.core.model import JourneyMap, Lane, LaneKind, MetricValue, Stage, Trend
from mapstudio.files import read_map, write_map
from tests.app.conftest import choose_cell
from tests.app.helpers import trigger, type_in_editor, type_text, undo_text

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def kpi_file(tmp_path: Path) -> Path:
    path = tmp_path / "kpi.journey.json"
    write_map(
        path,
        JourneyMap(
            id="map-k",
            title="Checkout",
            stages=[Stage(id="s1", name="Browse", order=0), Stage(id="s2", name="Pay", order=1)],
            lanes=[Lane(id="k", kind=LaneKind.METRICS, title="KPIs", order=0)],
            metric_values=[MetricValue(id="m0", stage="s2", lane="k", name="CSAT", value=4.1)],
        ),
    )
    return path


def _metric_point(canvas, metric_id: str) -> QPoint:
    item = canvas.map_scene().card_item(metric_id)
    canvas.ensureVisible(item.sceneBoundingRect())
    return canvas.mapFromScene(item.sceneBoundingRect().center())


def _lines(canvas, metric_id: str) -> list[str]:
    canvas.map_scene().flush()
    return list(canvas.map_scene().card_item(metric_id).box.text.lines)


def test_metric_made_edited_and_deleted_by_keyboard_and_mouse(window, kpi_file, tmp_path):
    doc = window.files.open_path(kpi_file)
    canvas = window.current_canvas()

    # Enter on an empty metrics cell adds a metric and opens it for typing.
    choose_cell(canvas, doc, "s1", "k")
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert undo_text(window) == "&Undo Add Metric"
    (new,) = [v for v in doc.map.metric_values if v.stage == "s1"]
    assert canvas.editing()
    QTest.keyClick(canvas, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_in_editor(canvas, "NPS\n42 / 50 pts ▲")
    depth = doc.undo_stack.count()
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert not canvas.editing()
    metric = doc.get(new.id)
    assert (metric.name, metric.value, metric.target, metric.unit, metric.trend) == (
        "NPS",
        42,
        50,
        "pts",
        Trend.UP,
    )
    assert doc.undo_stack.count() == depth + 1  # all fields in one step
    assert undo_text(window) == "&Undo Change Metric"
    assert _lines(canvas, new.id) == ["NPS", "42 / 50 pts ▲"]

    # A double-click edits it in place; a figure that is not a number changes nothing.
    QTest.mouseDClick(canvas.viewport(), LEFT, pos=_metric_point(canvas, new.id))
    assert canvas.editing()
    QTest.keyClick(canvas, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_in_editor(canvas, "NPS\nabout forty")
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert doc.undo_stack.count() == depth + 1
    assert doc.get(new.id).value == 42
    assert "number" in window.statusBar().currentMessage()

    # The inspector edits the selected metric: target typed, trend chosen by keyboard.
    QTest.mouseClick(canvas.viewport(), LEFT, pos=_metric_point(canvas, new.id))
    assert canvas.selected_ids() == [new.id]
    form = window.inspector.metric_form
    assert window.inspector.pages.currentWidget() is form
    assert form.fields["target"].text() == "50"
    assert window.inspector.metric_scale.text() == "usually -100 to 100"  # the NPS preset's
    target = form.fields["target"]
    target.selectAll()
    type_text(target, "45,5")
    assert doc.get(new.id).target == 45.5
    trend = form.fields["trend"]
    trend.setFocus()
    QTest.keyClick(trend, Qt.Key.Key_Down)  # rising -> falling
    assert doc.get(new.id).trend is Trend.DOWN
    assert _lines(canvas, new.id) == ["NPS", "42 / 45.5 pts ▼"]
    type_text(form.fields["value"], "x")  # "42x": refused in one sentence, nothing changes
    assert doc.get(new.id).value == 42
    assert window.inspector.error.isVisibleTo(window.inspector)
    trigger(window, "undo")
    assert doc.get(new.id).trend is Trend.UP
    trigger(window, "redo")

    # Delete removes it as one step; undo brings it back whole.
    QTest.mouseClick(canvas.viewport(), LEFT, pos=_metric_point(canvas, new.id))
    canvas.setFocus()
    before = doc.get(new.id).model_copy()
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert doc.get(new.id) is None
    assert undo_text(window) == "&Undo Delete Metric"
    trigger(window, "undo")
    assert doc.get(new.id) == before

    # What the editor made is what a file holds.
    path = tmp_path / "saved.journey.json"
    write_map(path, doc.map)
    saved = read_map(path).metric_values
    assert [(v.name, v.target, v.trend) for v in saved if v.id == new.id] == [
        ("NPS", 45.5, Trend.DOWN)
    ]


def test_a_new_metric_left_empty_goes_and_presets_name_it(window, kpi_file):
    doc = window.files.open_path(kpi_file)
    canvas = window.current_canvas()
    choose_cell(canvas, doc, "s1", "k")
    depth = doc.undo_stack.count()
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    QTest.keyClick(canvas, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert [v.id for v in doc.map.metric_values] == ["m0"]
    assert doc.undo_stack.index() == depth  # no undo step brings a blank metric back

    made = canvas.add_metric_in(("s1", "k"), "conversion")  # the cell menu's "Add Usual Metric"
    canvas.finish_editing()
    assert (doc.get(made).name, doc.get(made).unit) == ("Conversion rate", "%")
    assert undo_text(window) == "&Undo Add Metric"
