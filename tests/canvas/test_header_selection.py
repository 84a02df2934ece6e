"""Clicking a stage or lane header selects it (for the inspector); a rubber band never does."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from mapstudio.gui.canvas.view import MapCanvas
from tests.canvas.conftest import click, drag


def _header_pt(canvas: MapCanvas, obj_id: str) -> QPointF:
    scene = canvas.map_scene()
    lane = scene.lane_item(obj_id)
    item = scene.stage_item(obj_id) or lane.header
    return item.mapToScene(item.boundingRect().center())


def test_click_selects_stage_then_lane_header_then_a_card_clears_it(canvas: MapCanvas, doc) -> None:
    stage = doc.stages()[1]
    lane = doc.lanes()[0]
    click(canvas, _header_pt(canvas, stage.id))
    assert canvas.selected_ids() == [stage.id]
    assert canvas.map_scene().stage_item(stage.id).marked
    click(canvas, _header_pt(canvas, lane.id))
    assert canvas.selected_ids() == [lane.id]
    assert not canvas.map_scene().stage_item(stage.id).marked
    card = (
        doc.cards_in_cell(stage.id, lane.id)[0]
        if doc.cards_in_cell(stage.id, lane.id)
        else doc.map.cards[0]
    )
    canvas.select_ids([card.id])
    assert canvas.selected_ids() == [card.id]
    assert not canvas.map_scene().lane_item(lane.id).header.marked


def test_rubber_band_over_headers_selects_only_cards(canvas: MapCanvas, doc) -> None:
    geo = canvas.map_scene().geometry
    drag(canvas, QPointF(5, 5), QPointF(geo.width - 5, geo.height - 5))
    selected = canvas.selected_ids()
    assert selected, "the band should select cards"
    assert all(
        doc.collection_of(i) in ("cards", "metric_values", "emotion_points") for i in selected
    )
