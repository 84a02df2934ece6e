"""The re-measure fast path (a cell keeps its unedited head and tail boxes, the scene touches
only the rest) gives exactly what a layout and a scene built from scratch give, after each of
many random card and metric edits, undos and redos, each flushed on its own (the case the
fast path serves)."""

from __future__ import annotations

import random

import pytest
from benchmarks.generate import build_map

from mapstudio.core.model import LaneKind
from mapstudio.gui import commands
from mapstudio.gui.canvas.scene import MapScene
from mapstudio.gui.document import EditError, MapDocument
from mapstudio.layout import compute_geometry


def _shown(scene: MapScene) -> dict[str, tuple]:
    geo = scene.geometry
    return {
        item.obj_id: (
            item.scenePos().toTuple(),  # exact, not rounded: same floats as a fresh layout
            item.box,
            item.fingerprint,
            item.parentItem() is scene.cell_item(*geo.box_cell[item.obj_id]),
            item.isVisible(),
        )
        for item in scene.card_items()
    }


def _card_edit(doc: MapDocument, rng: random.Random) -> None:
    stages = [s.id for s in doc.stages()]
    lanes = [x.id for x in doc.lanes() if x.kind is not LaneKind.EMOTIONS]
    metrics_lane = next(x.id for x in doc.lanes() if x.kind is LaneKind.METRICS)
    cards = [c.id for c in doc.map.cards]
    choice = rng.randrange(10)
    if choice == 0:  # a new card anywhere in a cell, metrics lanes included
        cell = doc.get(rng.choice(cards))
        lane = metrics_lane if rng.random() < 0.2 else cell.lane
        size = len(doc.cards_in_cell(cell.stage, lane))
        commands.add_card(doc, cell.stage, lane, rng.randrange(size + 1), text="neuf " * 3)
    elif choice in (1, 2):  # moves: to the end, to the top, in the middle, in its own cell
        card = doc.get(rng.choice(cards))
        stage = card.stage if rng.random() < 0.3 else rng.choice(stages)
        size = len(doc.cards_in_cell(stage, card.lane))
        index = rng.choice([None, 0, rng.randrange(size + 1)])
        commands.move_cards(doc, [card.id], stage, card.lane, index)
    elif choice == 3:  # two cards from anywhere to one place
        commands.move_cards(doc, rng.sample(cards, 2), rng.choice(stages), rng.choice(lanes), 1)
    elif choice == 4:  # text: same height, or taller / shorter (the cards below shift)
        card = doc.get(rng.choice(cards))
        text = rng.choice([card.text[:-1] + "x", "court", "beaucoup plus long " * 12])
        commands.update(doc, card.id, {"text": text})
    elif choice == 5:  # a badge strip appears or goes: the card's height changes
        card = doc.get(rng.choice(cards))
        commands.update(doc, card.id, {"tags": [] if card.tags else ["ux"]})
    elif choice == 6:
        commands.remove(doc, [rng.choice(cards)])
    elif choice == 7:  # metrics: a value changes, or a new one above the cell's cards
        metric = rng.choice(doc.map.metric_values)
        if rng.random() < 0.5:
            commands.update(doc, metric.id, {"value": rng.randrange(100), "name": "Taux\nmoyen"})
        else:
            commands.add_metric(doc, metric.stage, metric.lane, "Contacts", 12.0)
    else:
        doc.undo_stack.undo() if rng.random() < 0.6 else doc.undo_stack.redo()


@pytest.mark.parametrize("seed", [1, 2])
def test_each_card_edit_flushed_alone_matches_a_fresh_layout_and_scene(qapp, seed) -> None:
    rng = random.Random(seed)
    doc = MapDocument(build_map(120, stages=3, personas=1, seed=10 + seed))
    live = MapScene(doc)
    seen = {"head": 0, "tail": 0, "tail moved": 0}
    for step in range(70):
        try:
            _card_edit(doc, rng)
        except EditError:
            continue
        live.flush()
        geo, fresh = live.geometry, compute_geometry(doc)
        assert geo.cells == fresh.cells, f"step {step}"  # every box, y to the last bit
        assert geo.box_cell == fresh.box_cell, f"step {step}"
        assert geo.rows == fresh.rows, f"step {step}"
        assert _shown(live) == _shown(MapScene(doc)), f"step {step}"
        for key, cell in geo.cells.items():
            assert live.cell_item(*key).synced == cell.serial  # the scene shows this measure
            if cell.based_on:
                seen["head"] += cell.head > 0
                seen["tail"] += cell.tail > 0
                seen["tail moved"] += cell.tail_moved
    assert all(seen.values()), seen  # the fast path really ran, in all its branches


def test_a_cell_measured_twice_between_two_scene_updates_is_synced_in_full(qapp) -> None:
    doc = MapDocument(build_map(120, stages=3, personas=1, seed=4))
    live = MapScene(doc)
    stage, lane = max(
        {(c.stage, c.lane) for c in doc.map.cards},
        key=lambda cell: len(doc.cards_in_cell(*cell)),
    )
    cell = doc.cards_in_cell(stage, lane)
    first, third = cell[0], cell[2]
    commands.update(doc, first.id, {"text": "beaucoup plus long " * 12})  # the rest shift down
    # Someone re-measures the cell without the scene seeing it. The next measure keeps the
    # bottom cards where that one put them, but the scene still shows them higher up: it
    # must not trust a head and tail that describe a measure it never showed.
    live.geometry.update_cells(doc, [(stage, lane)], {first.id})
    commands.update(doc, third.id, {"text": third.text[:-1] + "x"})  # keeps its height
    live.flush()
    assert live.geometry.cells == compute_geometry(doc).cells
    fresh = MapScene(doc)
    for card in doc.cards_in_cell(stage, lane):  # in their cell (the lane's own place aside)
        ours, theirs = live.card_item(card.id), fresh.card_item(card.id)
        assert (ours.pos().toTuple(), ours.box) == (theirs.pos().toTuple(), theirs.box)


def test_cards_leave_the_scene_with_their_lane_turned_into_an_emotions_lane(qapp) -> None:
    doc = MapDocument(build_map(120, stages=3, personas=1, seed=6))
    live = MapScene(doc)
    lane = next(x for x in doc.lanes() if x.kind is LaneKind.NOTES)
    gone = {c.id for c in doc.map.cards if c.lane == lane.id}
    assert gone
    commands.update(doc, lane.id, {"kind": LaneKind.EMOTIONS})  # no card is removed
    live.flush()
    assert _shown(live) == _shown(MapScene(doc))
    assert not gone & {item.obj_id for item in live.card_items()}
    doc.undo_stack.undo()
    live.flush()
    assert _shown(live) == _shown(MapScene(doc))


def test_moving_cards_to_the_end_of_a_cell_they_partly_sit_in(qapp) -> None:
    doc = MapDocument(build_map(120, stages=3, personas=1, seed=8))
    live = MapScene(doc)
    stage, lane = max(
        {(c.stage, c.lane) for c in doc.map.cards},
        key=lambda cell: len(doc.cards_in_cell(*cell)),
    )
    cell = [c.id for c in doc.cards_in_cell(stage, lane)]
    stranger = next(c.id for c in doc.map.cards if c.lane == lane and c.stage != stage)
    last_two = cell[-2:]
    commands.move_cards(doc, last_two, stage, lane)  # already there, in that order
    assert not doc.undo_stack.count()
    commands.move_cards(doc, [cell[0], stranger, cell[-1]], stage, lane)
    assert [c.id for c in doc.cards_in_cell(stage, lane)] == [
        *cell[1:-1],
        cell[0],
        stranger,
        cell[-1],
    ]
    live.flush()
    assert _shown(live) == _shown(MapScene(doc))
    doc.undo_stack.undo()
    assert [c.id for c in doc.cards_in_cell(stage, lane)] == cell
    live.flush()
    assert _shown(live) == _shown(MapScene(doc))
