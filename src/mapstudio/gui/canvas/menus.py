"""Context menus of the canvas: on stage and lane headers, cells, cards and emotion points.
Every action runs a command (one undo step)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from mapstudio.core.metrics import PRESETS
from mapstudio.core.model import LaneKind
from mapstudio.core.vocabulary import lane_kind_name, new_stage_name
from mapstudio.gui import commands
from mapstudio.gui.canvas.card_fields import add_field_menus
from mapstudio.gui.canvas.hits import Hit
from mapstudio.gui.i18n import map_words

# Literal context and text at each call, so pyside6-lupdate extracts them.
translate = QCoreApplication.translate

if TYPE_CHECKING:
    from mapstudio.gui.canvas.view import MapCanvas


def _add(menu: QMenu, text: str, slot: Callable[[], object]) -> None:
    menu.addAction(text).triggered.connect(lambda _checked=False: slot())


def build_menu(canvas: MapCanvas, hit: Hit) -> QMenu | None:
    """The menu for what was clicked (None when there is nothing to offer)."""
    menu = QMenu(canvas)
    doc = canvas.doc
    if hit.kind == "stage":
        stage_id = hit.obj_id
        index = [s.id for s in doc.stages()].index(stage_id)
        _add(menu, translate("MapCanvas", "Rename"), lambda: canvas.rename_stage(stage_id))
        _add(menu, translate("MapCanvas", "Add Stage Before"), lambda: _add_stage(canvas, index))
        _add(menu, translate("MapCanvas", "Add Stage After"), lambda: _add_stage(canvas, index + 1))
        menu.addSeparator()
        _add(
            menu,
            translate("MapCanvas", "Delete Stage"),
            lambda: canvas.delete([stage_id]),
        )
    elif hit.kind == "lane":
        lane_id = hit.obj_id
        lane = doc.get(lane_id)
        index = [x.id for x in doc.lanes()].index(lane_id)
        _add(menu, translate("MapCanvas", "Rename"), lambda: canvas.rename_lane(lane_id))
        kinds = menu.addMenu(translate("MapCanvas", "Add Lane Below"))
        for kind in LaneKind:
            _add(kinds, lane_kind_name(kind), lambda k=kind: _add_lane(canvas, k, index + 1))
        _add(
            menu,
            translate("MapCanvas", "Expand")
            if lane.collapsed
            else translate("MapCanvas", "Collapse"),
            lambda: canvas.toggle_collapsed(lane_id),
        )
        menu.addSeparator()
        _add(
            menu,
            translate("MapCanvas", "Delete Lane"),
            lambda: canvas.delete([lane_id]),
        )
    elif hit.kind in ("card", "metric"):
        ids = canvas.selected_ids() or [hit.obj_id]
        cards = [i for i in ids if doc.collection_of(i) == "cards"]
        if hit.kind == "metric":
            _add(menu, translate("MapCanvas", "Edit"), lambda: canvas.edit_metric(hit.obj_id))
        if hit.kind == "card":
            _add(menu, translate("MapCanvas", "Edit"), lambda: canvas.edit_card(hit.obj_id))
            cell = canvas.map_scene().geometry.box_cell.get(hit.obj_id)
            if cell is not None:
                after = [c.id for c in doc.cards_in_cell(*cell)].index(hit.obj_id) + 1
                _add(
                    menu,
                    translate("MapCanvas", "Add Card Below"),
                    lambda: canvas.add_card_in(cell, after),
                )
        if cards:
            _add(menu, translate("MapCanvas", "Duplicate"), canvas.duplicate_selected)
            menu.addSeparator()
            add_field_menus(menu, canvas, cards)  # channel, severity, impact, effort, votes
            menu.addSeparator()
        _add(
            menu,
            translate("MapCanvas", "Delete"),
            lambda: canvas.delete(ids),
        )
    elif hit.kind == "point":
        point_id = hit.obj_id
        _add(menu, translate("MapCanvas", "Edit Label"), lambda: canvas.edit_point_label(point_id))
        _add(
            menu,
            translate("MapCanvas", "Clear Point"),
            lambda: canvas.run_command(commands.remove, doc, [point_id]),
        )
    elif hit.kind == "cell" and hit.cell is not None:
        cell = hit.cell
        if canvas.map_scene().lane_kind(cell[1]) is LaneKind.METRICS:
            _add(menu, translate("MapCanvas", "Add Metric"), lambda: canvas.add_metric_in(cell))
            usual = menu.addMenu(translate("MapCanvas", "Add Usual Metric"))
            with map_words(doc.map.language):  # the preset names as the new metric will be named
                for preset in PRESETS:
                    _add(usual, preset.name, lambda k=preset.key: canvas.add_metric_in(cell, k))
        _add(menu, translate("MapCanvas", "Add Card"), lambda: canvas.add_card_in(cell))
    else:
        return None
    return menu


def _add_stage(canvas: MapCanvas, index: int) -> None:
    with map_words(canvas.doc.map.language):  # a new stage's name is the map's text
        name = new_stage_name()
    stage_id = canvas.run_command(commands.add_stage, canvas.doc, name, index)
    if stage_id:
        canvas.rename_stage(stage_id)


def _add_lane(canvas: MapCanvas, kind: LaneKind, index: int) -> None:
    with map_words(canvas.doc.map.language):
        title = lane_kind_name(kind)
    lane_id = canvas.run_command(commands.add_lane, canvas.doc, kind, title, index)
    if lane_id:
        canvas.rename_lane(lane_id)
