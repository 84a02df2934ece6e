"""The move fast path: no renumbering where order is kept, cards that only shift follow their
boxes, and the scene still equals a fresh one."""

from __future__ import annotations

import pytest
from benchmarks.generate import build_map

from mapstudio.files.mapfile import dump_map
from mapstudio.gui import commands as C
from mapstudio.gui.document import MapDocument
from tests.benchmarks.test_incremental_layout import _snapshot


@pytest.fixture
def doc(qapp) -> MapDocument:
    return MapDocument(build_map(200, stages=4, personas=2, seed=5))


def _fullest_cell(doc: MapDocument) -> tuple[str, str]:
    cells = {(c.stage, c.lane) for c in doc.map.cards}
    return max(cells, key=lambda cell: len(doc.cards_in_cell(*cell)))


def test_moving_to_the_end_of_a_cell_writes_only_the_moved_card(doc) -> None:
    stage, lane = _fullest_cell(doc)
    cell = doc.cards_in_cell(stage, lane)
    card = cell[len(cell) // 2]
    rest_before = {c.id: c.order for c in cell if c is not card}
    target = next(s.id for s in doc.stages() if s.id != stage)
    before_bytes = dump_map(doc.map)
    orders_in_target = [c.order for c in doc.cards_in_cell(target, lane)]

    C.move_cards(doc, [card.id], target, lane)

    assert {c.id: c.order for c in doc.cards_in_cell(stage, lane)} == rest_before
    moved_to = doc.cards_in_cell(target, lane)
    assert moved_to[-1].id == card.id
    assert card.order == max(orders_in_target, default=-1) + 1
    doc.undo_stack.undo()
    assert dump_map(doc.map) == before_bytes


def test_the_scene_after_moves_within_and_between_cells_matches_a_fresh_scene(doc) -> None:
    from mapstudio.gui.canvas.scene import MapScene

    scene = MapScene(doc)
    stage, lane = _fullest_cell(doc)
    other = next(s.id for s in doc.stages() if s.id != stage)
    ids = [c.id for c in doc.cards_in_cell(stage, lane)]
    edits = [
        lambda: C.move_cards(doc, [ids[1]], other, lane),  # to the end of another cell
        lambda: C.move_cards(doc, [ids[2], ids[4]], other, lane, 0),  # to its top
        lambda: C.move_cards(doc, [ids[0]], stage, lane),  # to the end of its own cell
        lambda: C.update(doc, ids[3], {"text": "A much longer text " * 6}),  # grows, others shift
    ]
    for edit in edits:
        edit()
        scene.flush()
        fresh = MapScene(doc)
        assert _snapshot(scene) == _snapshot(fresh)
        for row in scene.geometry.rows:
            ours, theirs = scene.lane_item(row.lane).header, fresh.lane_item(row.lane).header
            assert (ours.count_text, ours.boundingRect()) == (
                theirs.count_text,
                theirs.boundingRect(),
            )
    for _ in edits:
        doc.undo_stack.undo()
        scene.flush()
        assert _snapshot(scene) == _snapshot(MapScene(doc))


def test_a_shifted_box_equals_one_built_with_the_new_y(doc) -> None:
    from mapstudio.layout import compute_geometry
    from mapstudio.layout.cells import _shifted
    from mapstudio.records import replace

    box = next(b for c in compute_geometry(doc).cells.values() for b in c.boxes)
    moved = _shifted(box, box.y + 17.5)
    assert moved == replace(box, y=box.y + 17.5)
    assert hash(moved) == hash(replace(box, y=box.y + 17.5)) and box.y != moved.y
