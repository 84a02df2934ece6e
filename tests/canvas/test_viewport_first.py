"""Viewport first: a large map's view measures and makes what it shows first, the rest while
idle or when asked for, and ends with the very layout of a map measured at once."""

from __future__ import annotations

import time

import pytest
from benchmarks.generate import build_map, default_stages
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mapstudio.gui import commands
from mapstudio.gui.canvas.view import MapCanvas
from mapstudio.gui.document import MapDocument
from mapstudio.layout import compute_geometry, start_geometry
from mapstudio.layout.source import MapIndex

CARDS = 4000  # enough for many screens of lanes to lay out while idle


@pytest.fixture(scope="module")
def big_map():
    return build_map(CARDS, default_stages(CARDS), 3, 7)


def same_layout(a, b) -> bool:
    return (a.rows, a.columns, a.cells, a.box_cell) == (b.rows, b.columns, b.cells, b.box_cell)


def test_measured_lane_by_lane_the_layout_is_the_one_measured_at_once(big_map) -> None:
    source = MapIndex(big_map)
    partial = start_geometry(source)
    assert partial.unmeasured and not partial.cells  # only the grid, rows estimated
    whole = compute_geometry(source)
    assert abs(partial.height - whole.height) < 0.15 * whole.height  # a fair estimate
    steps = 0
    while partial.unmeasured:
        partial.measure_next(source, cells=3)
        steps += 1
    assert steps > len(whole.rows)  # a lane at a time, a few cells a step
    assert same_layout(partial, whole)
    assert partial.blueprint_lines == whole.blueprint_lines


def shown(qtbot, m) -> MapCanvas:
    canvas = MapCanvas(MapDocument(m))
    qtbot.addWidget(canvas)
    canvas.resize(1200, 800)
    canvas.show()
    qtbot.waitExposed(canvas)
    return canvas


def visible_boxes(canvas: MapCanvas) -> list[str]:
    geo = canvas.map_scene().geometry
    view = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    ids = []
    for (stage, lane), cell in geo.cells.items():
        col, row = geo.column(stage), geo.row(lane)
        if col.x > view.right() or col.x + col.width < view.left():
            continue
        ids += [b.id for b in cell.boxes if view.top() < row.y + b.y < view.bottom()]
    return ids


def idle_until_laid_out(canvas: MapCanvas, seconds: float = 30.0) -> None:
    limit = time.monotonic() + seconds
    while canvas.map_scene().geometry.unmeasured:
        assert time.monotonic() < limit, "the rest of the map was never laid out"
        QApplication.processEvents()


def test_the_view_shows_its_cards_first_and_lays_out_the_rest_while_idle(qtbot, big_map) -> None:
    canvas = shown(qtbot, big_map)
    scene = canvas.map_scene()
    geo = scene.geometry
    assert geo.unmeasured  # not all of it before the first paint
    on_screen = visible_boxes(canvas)
    assert on_screen and all(scene.made_card_item(i) is not None for i in on_screen)
    made = sum(1 for _ in scene.card_items())
    assert made < len(big_map.cards) / 2  # the rest is made when reached
    idle_until_laid_out(canvas)
    assert same_layout(scene.geometry, compute_geometry(MapIndex(big_map)))


def test_scrolling_down_shows_every_card_with_its_item_and_rows_above_do_not_jump(
    qtbot, big_map
) -> None:
    canvas = shown(qtbot, big_map)
    scene = canvas.map_scene()
    bar = canvas.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # a jump past lanes not measured yet
    QApplication.processEvents()
    on_screen = visible_boxes(canvas)
    assert on_screen and all(scene.made_card_item(i) is not None for i in on_screen)
    card = on_screen[len(on_screen) // 2]
    item = scene.made_card_item(card)
    before = canvas.mapFromScene(item.sceneBoundingRect().topLeft())
    idle_until_laid_out(canvas)  # the lanes above get measured: their heights change
    after = canvas.mapFromScene(item.sceneBoundingRect().topLeft())
    assert abs(after.y() - before.y()) <= 1  # the card stays where the user sees it
    for _ in range(3):  # page by page: nothing on screen without its item
        bar.setValue(bar.value() + bar.pageStep())
        QApplication.processEvents()
        assert all(scene.made_card_item(i) is not None for i in visible_boxes(canvas))


def test_far_cards_are_made_when_asked_for_and_edits_there_lay_their_lane_out(
    qtbot, big_map
) -> None:
    canvas = shown(qtbot, big_map)
    scene, doc = canvas.map_scene(), canvas.doc
    far = doc.map.cards[-1]  # the last lane: not measured at first
    assert far.lane in scene.geometry.unmeasured
    canvas.select_ids([far.id])  # found, outlined, selected: its lane measured, its item made
    assert canvas.selected_ids() == [far.id]
    assert far.lane not in scene.geometry.unmeasured
    canvas.edit_card(far.id)
    QTest.keyClicks(canvas, " plus")
    assert doc.get(far.id).text.endswith(" plus")
    assert scene.card_item(far.id).box.text.lines[-1].endswith("plus")
    QTest.keyClick(canvas, Qt.Key.Key_Escape)
    other = next(c for c in doc.map.cards if c.lane in scene.geometry.unmeasured)
    commands.update(doc, other.id, {"text": other.text + " et encore"})
    scene.flush()  # an edit in a lane no view reached: the lane is measured whole first
    assert other.lane not in scene.geometry.unmeasured
    idle_until_laid_out(canvas)
    assert same_layout(scene.geometry, compute_geometry(doc))
    canvas.select_all_cards()
    assert len(canvas.selected_ids()) == len(doc.map.cards)


def test_a_small_map_also_comes_viewport_first_with_the_same_first_frame(qtbot) -> None:
    # Every map is shown viewport first: the first painted frame of an example map is the one of
    # the same map measured whole beforehand, and its other lanes follow while idle.
    from mapstudio.files import read_map
    from tests.foundation.conftest import EXAMPLES

    def first_frame(measure_first: bool):
        doc = MapDocument(read_map(EXAMPLES / "smartphone-en.journey.json"))
        canvas = MapCanvas(doc)
        qtbot.addWidget(canvas)
        canvas.resize(900, 500)
        scene = canvas.map_scene()
        if measure_first:
            scene.complete_layout()
        else:
            assert scene.geometry.unmeasured  # lanes out of sight wait
        canvas.show()
        qtbot.waitExposed(canvas)
        return canvas, canvas.viewport().grab().toImage()

    lazy, lazy_frame = first_frame(measure_first=False)
    whole, whole_frame = first_frame(measure_first=True)
    assert lazy_frame == whole_frame
    qtbot.waitUntil(lambda: not lazy.map_scene().geometry.unmeasured, timeout=5000)
    assert lazy.sceneRect() == whole.sceneRect()


def test_idle_work_waits_for_the_paint_of_a_scroll_however_long_it_takes(
    qtbot, big_map, monkeypatch
) -> None:
    # A page scroll's paint that takes longer than the pause (a screen of new cards on a busy
    # machine): the next idle slice must not run straight after it, in the same turn of the
    # event loop, where the next scroll or key waits for it. The pause counts from the paint.
    from mapstudio.gui.canvas import view
    from mapstudio.gui.canvas.scene import MapScene

    painted: list[float] = []
    slow = {"on": False}
    draw = MapScene.drawBackground

    def slow_background(scene, painter, rect) -> None:
        draw(scene, painter, rect)
        if slow["on"]:
            time.sleep(2 * view.LAYOUT_PAUSE_MS / 1000)
            painted.append(time.perf_counter())

    monkeypatch.setattr(MapScene, "drawBackground", slow_background)
    canvas = shown(qtbot, big_map)
    scene = canvas.map_scene()
    qtbot.wait(3 * view.LAYOUT_START_MS)  # the layout goes on while idle

    def work_done() -> tuple[int, int]:
        return len(scene.geometry.cells), sum(1 for _ in scene.card_items())

    slow["on"] = True
    bar = canvas.verticalScrollBar()
    bar.setValue(bar.value() + bar.pageStep())
    before = work_done()  # what the scroll itself measured and made
    while not painted:
        QApplication.processEvents()
    slow["on"] = False
    end = time.perf_counter() + view.LAYOUT_PAUSE_MS / 3000  # a third of the pause
    while time.perf_counter() < end:
        QApplication.processEvents()
    assert work_done() == before  # nothing done between the paint and the pause's end
    # then the idle work goes on: the cards two screens around first
    qtbot.waitUntil(lambda: work_done() != before, timeout=2000)


def test_a_lane_measured_cell_by_cell_measures_each_cell_once(big_map, monkeypatch) -> None:
    from mapstudio.layout import grid

    measured = []
    measure = grid.measure_cell

    def counted(source, stage_id, lane, *args, **kwargs):
        measured.append((stage_id, lane.id))
        return measure(source, stage_id, lane, *args, **kwargs)

    monkeypatch.setattr(grid, "measure_cell", counted)
    source = MapIndex(big_map)
    partial = start_geometry(source)
    lane = partial.unmeasured[0]
    while lane in partial.unmeasured:
        partial.measure_next(source, cells=4)
    assert len(measured) == len(set(measured)) == len(partial.columns)
    while partial.unmeasured:
        partial.measure_next(source, cells=4)
    assert same_layout(partial, compute_geometry(MapIndex(big_map)))


def test_an_edit_in_a_lane_measured_half_way_is_laid_out_as_measured_at_once(
    qtbot, big_map
) -> None:
    # A lane's cells measured while idle are kept when the rest of it is measured: an edit in
    # one of them in between must show in the lane's layout.
    canvas = shown(qtbot, big_map)
    scene, doc = canvas.map_scene(), canvas.doc
    geo = scene.geometry
    while True:  # two more cells of the lane measured next, not the whole of it
        lane = geo.unmeasured[0]
        scene.measure_more(cells=2)
        if lane in geo.unmeasured:
            break
    stage = next(c.stage for c in geo.columns if (c.stage, lane) in geo.cells)
    card = doc.cards_in_cell(stage, lane)[0]
    commands.update(doc, card.id, {"text": card.text + " and a much longer ending " * 4})
    scene.flush()
    idle_until_laid_out(canvas)
    assert same_layout(scene.geometry, compute_geometry(doc))
    assert scene.card_item(card.id).box.text == geo.box(card.id).text
