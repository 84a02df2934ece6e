"""The canvas paints a revealed vote's dots on the cards, in the voters' colours, where the
shared dot strip puts them; a hidden vote shows none; undoing a cast takes its dot off, and a
deleted card comes back with its dots."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from mapstudio.gui import commands
from mapstudio.layout.dot_strip import dot_strip


def _pixel(canvas, scene_pt: QPointF) -> str:
    image = canvas.viewport().grab().toImage()
    point = canvas.mapFromScene(scene_pt)
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio)).name()


def _dot_centres(canvas, card_id: str, count: int) -> list[QPointF]:
    item = canvas.map_scene().card_item(card_id)
    rect = item._rect  # the card itself (its bounds reach past it for shadow and dots)
    strip = dot_strip(rect.width(), rect.height(), count)
    return [item.mapToScene(rect.left() + x, rect.top() + y) for x, y in strip.centres]


def test_revealed_dots_are_painted_in_the_voters_colours(canvas, doc, qtbot) -> None:
    card = next(c.id for c in doc.map.cards if c.lane == "op")
    vote = commands.start_vote(doc, ["op"], new_names=["Ana", "Bo"], hidden=True)
    ana, bo = doc.get(vote).participants
    commands.cast_dot(doc, vote, ana, card)
    commands.cast_dot(doc, vote, bo, card)
    scene = canvas.map_scene()
    scene.flush()
    item = scene.card_item(card)
    canvas.centerOn(item)
    assert item.dots == ()  # hidden: nothing on the card
    commands.set_vote_hidden(doc, vote, False)
    scene.flush()
    colours = (doc.get(ana).colour, doc.get(bo).colour)
    assert item.dots == colours
    centres = _dot_centres(canvas, card, 2)
    assert [_pixel(canvas, c) for c in centres] == list(colours)
    doc.undo_stack.undo()  # Bo's dot (revealing is no undo step)
    scene.flush()
    assert item.dots == colours[:1]
    commands.remove(doc, [card])  # the card goes with its dot...
    scene.flush()
    doc.undo_stack.undo()  # ...and comes back with it, on a new item
    scene.flush()
    assert scene.card_item(card).dots == colours[:1]
