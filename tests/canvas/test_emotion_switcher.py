"""The emotions lane says which persona and curve a click edits (a switcher on its header,
changed by click and by keys), and labels of points close together never overlap, on screen
and on paper."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPointF, QRectF, Qt

from mapstudio.core.model import Curve
from mapstudio.gui import commands
from mapstudio.gui.canvas.curve_switcher import CurveSwitcher
from mapstudio.layout import POINT_MARKER_RADIUS
from mapstudio.poster.poster_pdf import render_pdf
from mapstudio.poster.tiling import PosterOptions
from tests.canvas.conftest import click, key, vp
from tests.export.conftest import word_boxes


def _switcher(canvas) -> CurveSwitcher:
    canvas.map_scene().flush()
    header = canvas.map_scene().lane_item("emo").header
    return next(c for c in header.childItems() if isinstance(c, CurveSwitcher))


def _chip(switcher: CurveSwitcher, rect: QRectF) -> QPointF:
    return switcher.mapToScene(rect.center())


def test_the_switcher_shows_and_changes_whose_curve_a_click_edits(canvas, doc):
    messages = []
    canvas.message.connect(messages.append)
    switcher = _switcher(canvas)
    assert switcher.isVisible() and (canvas.current_persona(), canvas.current_curve()) == (
        "p1",
        Curve.AS_IS,
    )
    # on the lane's header, left of the scale's ticks, inside the lane
    lane = canvas.map_scene().geometry.row("emo")
    box = switcher.sceneBoundingRect()
    assert lane.y < box.top() and box.bottom() <= lane.y + lane.height
    assert box.right() < canvas.map_scene().geometry.style.header_width - 40
    click(canvas, _chip(switcher, switcher.persona_rect()))
    assert canvas.current_persona() == "p2"
    click(canvas, _chip(switcher, switcher.curve_rect()))
    assert canvas.current_curve() is Curve.TO_BE
    assert messages[-1] == "A click in the emotions lane now edits Marc, to be."
    assert doc.undo_stack.count() == 0  # choosing is no edit of the map
    # a click in an empty slot now sets that persona's "to be" point there, one undo step
    geo = canvas.map_scene().geometry
    x, y, w, h = geo.cell_rect("s4", "emo")
    click(canvas, QPointF(x + w / 2, geo.score_to_y("emo", 1)))
    made = [p for p in doc.map.emotion_points if p.stage == "s4" and p.persona == "p2"]
    assert len(made) == 1 and made[0].curve is Curve.TO_BE and made[0].score == 1
    doc.undo_stack.undo()
    assert not [p for p in doc.map.emotion_points if p.stage == "s4" and p.persona == "p2"]


def test_keys_change_the_persona_and_the_curve(canvas):
    switcher = _switcher(canvas)
    key(canvas, Qt.Key.Key_P)
    assert canvas.current_persona() == "p2"
    key(canvas, Qt.Key.Key_P)
    assert canvas.current_persona() == "p1"  # round again
    key(canvas, Qt.Key.Key_P, Qt.KeyboardModifier.ShiftModifier)
    assert canvas.current_persona() == "p2"
    key(canvas, Qt.Key.Key_C)
    assert canvas.current_curve() is Curve.TO_BE
    key(canvas, Qt.Key.Key_C)
    assert canvas.current_curve() is Curve.AS_IS
    # the switcher shows the persona now chosen: painted in their colour
    image = canvas.viewport().grab().toImage()
    dot = vp(canvas, switcher.mapToScene(switcher.persona_rect().left() + 11,
                                         switcher.persona_rect().center().y()))  # fmt: skip
    colour = image.pixelColor(dot * image.devicePixelRatio())
    assert colour.name() == canvas.doc.get("p2").colour


def _crowd(doc) -> list[str]:
    """Three personas' labelled points close together at one stage, both curves."""
    third = commands.add_persona(doc, "Chloé", colour="#2ca02c")
    placed = [
        ("p1", "as_is", 1.0, "Hopeful"),
        ("p2", "as_is", 1.5, "Keen to compare"),
        (third, "as_is", 2.0, "Thrilled"),
        ("p1", "to_be", 0.5, "Calm"),
        ("p2", "to_be", 1.0, "Reassured"),
        (third, "to_be", 1.5, "Confident"),
    ]
    ids = []
    for persona, curve, score, label in placed:
        ids.append(commands.set_emotion(doc, persona, "s2", curve, score, label))
    return ids


def test_labels_of_points_close_together_do_not_overlap_on_screen(canvas, doc):
    ids = _crowd(doc)
    scene = canvas.map_scene()
    scene.flush()
    lane = scene.geometry.row("emo")
    labels, markers = [], []
    for point_id in ids:
        item = scene.point_items(point_id)[0]
        labels.append(item.mapRectToScene(item.label_rect()))
        r = POINT_MARKER_RADIUS
        markers.append(item.mapRectToScene(QRectF(-r, -r, 2 * r, 2 * r)))
    for a, b in itertools.combinations(labels, 2):
        assert not a.intersects(b), (a, b)
    for label in labels:
        assert lane.y <= label.top() and label.bottom() <= lane.y + lane.height
        # a label's own marker may sit by it, no marker under its words
        assert not any(label.adjusted(0, 1, 0, -1).intersects(m) for m in markers)


def test_labels_of_points_close_together_do_not_overlap_on_paper(canvas, doc, tmp_path):
    _crowd(doc)
    pdf = render_pdf(doc.map, PosterOptions(paper="A2")).data
    _w, _h, words = word_boxes(pdf, tmp_path)[0]
    wanted = ("Hopeful", "Keen", "Thrilled", "Calm", "Reassured", "Confident")
    boxes = [w for w in words if w[4] in wanted]
    assert sorted(w[4] for w in boxes) == sorted(wanted)
    lines = {}  # one box per label line: its words' union
    for x0, y0, x1, y1, _ in boxes:
        lines[(round(y0, 1), x0)] = (x0, y0, x1, y1)
    for a, b in itertools.combinations(lines.values(), 2):
        apart = a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
        assert apart, (a, b)


def test_the_switcher_says_how_to_use_it(canvas):
    from tests.canvas.conftest import tooltip_at

    switcher = _switcher(canvas)
    tip = tooltip_at(canvas, _chip(switcher, switcher.curve_rect()))
    assert "(P, Shift+P)" in tip and "(C)" in tip
