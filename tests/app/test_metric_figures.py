"""A metric's figures show as the map's language writes numbers ("48,200" on an English map,
"48 200" and "3,5" on a French one), on the canvas, in the in-place editor and in the
inspector, and what they show reads back as the same number (Qt events on the canvas and the
inspector; the model's values checked)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from mapstudio.core.model import JourneyMap, Lane, LaneKind, MetricValue, Stage
from mapstudio.files import write_map
from mapstudio.gui import commands
from tests.app.helpers import type_in_editor, type_text

LEFT = Qt.MouseButton.LeftButton
NNBSP = "\u202f"  # the narrow no-break space French groups digits with


def _map_file(tmp_path: Path, language: str, value: float, target: float | None) -> Path:
    path = tmp_path / f"figures-{language}.journey.json"
    write_map(
        path,
        JourneyMap(
            id="map-f",
            title="Figures",
            language=language,
            stages=[Stage(id="s1", name="Browse", order=0)],
            lanes=[Lane(id="k", kind=LaneKind.METRICS, title="KPIs", order=0)],
            metric_values=[
                MetricValue(id="m0", stage="s1", lane="k", name="Views", value=value, target=target)
            ],
        ),
    )
    return path


def _lines(canvas) -> list[str]:
    canvas.map_scene().flush()
    return list(canvas.map_scene().card_item("m0").box.text.lines)


def _double_click(canvas) -> None:
    item = canvas.map_scene().card_item("m0")
    canvas.ensureVisible(item.sceneBoundingRect())
    point = canvas.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseDClick(canvas.viewport(), LEFT, pos=point)
    assert canvas.editing()


@pytest.mark.parametrize(
    ("language", "shown"),
    [
        ("en", "1,234,567.5 / 1,000,000"),
        ("fr", f"1{NNBSP}234{NNBSP}567,5 / 1{NNBSP}000{NNBSP}000"),
    ],
)
def test_figures_show_grouped_and_whole_and_read_back_unchanged(window, tmp_path, language, shown):
    doc = window.files.open_path(_map_file(tmp_path, language, 1234567.5, 1e6))
    canvas = window.current_canvas()
    assert _lines(canvas) == ["Views", shown]

    # The in-place editor starts from what the card shows; Enter on it changes nothing.
    _double_click(canvas)
    assert canvas.editor.toPlainText() == f"Views\n{shown}"
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert not canvas.editing()
    metric = doc.get("m0")
    assert (metric.value, metric.target) == (1234567.5, 1e6)

    # The inspector shows the same figures.
    QTest.mouseClick(
        canvas.viewport(),
        LEFT,
        pos=canvas.mapFromScene(canvas.map_scene().card_item("m0").sceneBoundingRect().center()),
    )
    form = window.inspector.metric_form
    assert window.inspector.pages.currentWidget() is form
    value, target = shown.split(" / ")
    assert (form.fields["value"].text(), form.fields["target"].text()) == (value, target)


@pytest.mark.parametrize(
    ("language", "typed", "value", "target"),
    [
        ("en", "48,200 / 3,5", 48200, 3.5),  # a comma before three digits groups them
        ("en", "1,234.25 / 50,000", 1234.25, 50000),
        ("fr", "48 200 / 3,5", 48200, 3.5),
        ("fr", f"48{NNBSP}200 / 1\u00a0000,5", 48200, 1000.5),  # any kind of space groups
    ],
)
def test_figures_typed_in_place_as_the_map_language_writes_them(
    window, tmp_path, language, typed, value, target
):
    doc = window.files.open_path(_map_file(tmp_path, language, 1, None))
    canvas = window.current_canvas()
    _double_click(canvas)
    QTest.keyClick(canvas, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_in_editor(canvas, f"Views\n{typed}")
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    metric = doc.get("m0")
    assert (metric.value, metric.target) == (value, target)


def test_inspector_reads_a_grouped_figure_on_an_english_map(window, tmp_path):
    doc = window.files.open_path(_map_file(tmp_path, "en", 1, None))
    canvas = window.current_canvas()
    item = canvas.map_scene().card_item("m0")
    canvas.ensureVisible(item.sceneBoundingRect())
    QTest.mouseClick(
        canvas.viewport(), LEFT, pos=canvas.mapFromScene(item.sceneBoundingRect().center())
    )
    field = window.inspector.metric_form.fields["value"]
    field.selectAll()
    type_text(field, "48,200")
    assert doc.get("m0").value == 48200
    assert _lines(canvas) == ["Views", "48,200"]


def test_figures_follow_the_map_when_its_language_changes(window, tmp_path):
    doc = window.files.open_path(_map_file(tmp_path, "en", 48200.5, None))
    canvas = window.current_canvas()
    assert _lines(canvas) == ["Views", "48,200.5"]
    language = window.inspector.map_form.fields["language"]
    assert window.inspector.pages.currentWidget() is window.inspector.map_form
    language.selectAll()
    type_text(language, "fr")
    assert doc.map.language == "fr"
    assert _lines(canvas) == ["Views", f"48{NNBSP}200,5"]


def test_a_figure_left_as_it_was_changes_nothing_even_when_it_reads_two_ways(window, tmp_path):
    # "4.2 /5" with the unit "/5" would read back as a target of 5 and no unit.
    path = _map_file(tmp_path, "en", 4.2, None)
    doc = window.files.open_path(path)
    commands.update(doc, "m0", {"unit": "/5"})
    canvas = window.current_canvas()
    assert _lines(canvas) == ["Views", "4.2 /5"]
    steps = doc.undo_stack.count()
    _double_click(canvas)
    QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert not canvas.editing()
    metric = doc.get("m0")
    assert (metric.value, metric.target, metric.unit) == (4.2, None, "/5")
    assert doc.undo_stack.count() == steps  # no step for an edit that changed nothing
