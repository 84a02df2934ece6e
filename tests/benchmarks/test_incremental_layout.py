"""The cheap grid relayout used after stage and lane edits gives the full layout's result."""

from __future__ import annotations

import pytest
from benchmarks.generate import build_map

from mapstudio.core.model import LaneKind
from mapstudio.gui import commands as C
from mapstudio.gui.document import MapDocument
from mapstudio.layout import compute_geometry


@pytest.fixture
def doc(qapp) -> MapDocument:
    return MapDocument(build_map(120, stages=4, personas=2, seed=3))


def _edits(doc: MapDocument) -> list:
    stages, lanes = doc.stages(), doc.lanes()
    return [
        lambda: C.add_stage(doc, "New", 1),
        lambda: C.add_stage(doc, "Last"),
        lambda: C.move_stage(doc, stages[0].id, 3),
        lambda: C.remove(doc, [stages[2].id]),
        lambda: C.add_lane(doc, LaneKind.NOTES, "More notes", 2),
        lambda: C.move_lane(doc, lanes[1].id, 5),
        lambda: C.remove(doc, [lanes[0].id]),
        lambda: C.update(doc, lanes[2].id, {"collapsed": True}),
        lambda: C.update(doc, lanes[1].id, {"kind": LaneKind.FRICTIONS}),
    ]


def test_update_grid_matches_a_full_layout_after_each_stage_or_lane_edit(doc) -> None:
    geo = compute_geometry(doc)
    for edit in _edits(doc):
        edit()
        changed_kind = [x.id for x in doc.lanes() if x.kind is LaneKind.FRICTIONS]
        geo.update_grid(doc, remeasure_lanes=changed_kind)
        assert geo == compute_geometry(doc)
        doc.undo_stack.undo()
        geo.update_grid(doc, remeasure_lanes=[x.id for x in doc.lanes()])
        assert geo == compute_geometry(doc)
        doc.undo_stack.redo()
        geo.update_grid(doc, remeasure_lanes=changed_kind)
        assert geo == compute_geometry(doc)


def _snapshot(scene) -> dict:
    """Where every card, stage and lane is drawn, and what each card shows."""
    from mapstudio.gui.canvas.scene import MapScene

    assert isinstance(scene, MapScene)
    cards = {
        item.obj_id: (item.scenePos().toTuple(), item.box, item.fingerprint, item.isVisible())
        for item in scene.card_items()
    }
    stages = {s: scene.stage_item(s).scenePos().toTuple() for s in scene.geometry.column_index}
    lanes = {x: scene.lane_item(x).scenePos().toTuple() for x in scene.geometry.row_index}
    rect = scene.map_rect().getRect()
    assert scene.sceneRect().contains(scene.map_rect())  # the index area covers the map
    return {"cards": cards, "stages": stages, "lanes": lanes, "rect": rect}


def test_the_scene_after_stage_and_lane_edits_matches_a_fresh_scene(doc) -> None:
    from mapstudio.gui.canvas.scene import MapScene

    scene = MapScene(doc)
    card = doc.map.cards[7]
    edits = [
        *_edits(doc),
        lambda: C.update(doc, card.id, {"text": card.text + " and a few more words to wrap"}),
        lambda: C.move_cards(doc, [card.id], doc.stages()[0].id, card.lane, 0),
    ]
    for edit in edits:
        edit()
        scene.flush()
        assert _snapshot(scene) == _snapshot(MapScene(doc))
        doc.undo_stack.undo()
        scene.flush()
        assert _snapshot(scene) == _snapshot(MapScene(doc))
        doc.undo_stack.redo()
        scene.flush()
        assert _snapshot(scene) == _snapshot(MapScene(doc))


def test_the_view_scrolls_over_the_map_even_when_the_scene_rect_is_larger(doc) -> None:
    from mapstudio.gui.canvas.view import MapCanvas

    canvas = MapCanvas(doc)
    canvas.map_scene().complete_layout()  # the whole map measured (a view does it while idle)
    first = canvas.sceneRect()
    assert canvas.map_scene().sceneRect() == canvas.map_scene().map_rect()
    assert first == canvas.view_rect()  # the map from its top-left corner, margin right and below
    for i in range(12):  # wide enough to grow the scene rect by a step
        C.add_stage(doc, f"Stage {i}")
    canvas.map_scene().flush()
    assert canvas.sceneRect() == canvas.view_rect()
    assert canvas.sceneRect().width() == first.width() + 12 * 200.0
    for _ in range(12):
        doc.undo_stack.undo()
    canvas.map_scene().flush()
    assert canvas.sceneRect() == first
