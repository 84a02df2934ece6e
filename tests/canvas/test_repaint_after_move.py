"""A card moved to another cell is repainted away from where it was.

Seen in a real window: after Alt+Right the card showed in both cells until something else
repainted the old one. Painting the whole viewport again (``grab``) hides such a bug, so the
test records the regions Qt actually repaints on the viewport after the key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QRegion

from tests.canvas.conftest import _send_mouse, card_pt, click, key

ALT = Qt.KeyboardModifier.AltModifier


class _PaintedRegions(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.region = QRegion()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.region = self.region.united(event.region())
        return False


def _viewport_rect(canvas, item) -> QRect:
    return canvas.mapFromScene(item.sceneBoundingRect()).boundingRect()


def _settle(qtbot) -> None:
    qtbot.wait(60)  # the move's repaint is queued: let the event loop run it


def test_alt_left_repaints_the_cell_the_card_left(canvas, doc, qtbot):
    scene = canvas.map_scene()
    # t3 is the last card of its cell (no card below it moves up and repaints its place),
    # and the cell it goes to stays within the lane's height (the rows below stay put)
    assert [c.id for c in doc.cards_in_cell("s2", "tp")] == ["t2", "t3"]
    lane_height = scene.lane_item("tp").boundingRect().height()
    click(canvas, card_pt(canvas, "t3"))
    # the mouse stays over the cell: it shows its "+" below the cards, which moves up too
    mouse = canvas.mapFromScene(card_pt(canvas, "t3"))
    _send_mouse(
        canvas, QEvent.Type.MouseMove, mouse, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton
    )
    _settle(qtbot)
    was = _viewport_rect(canvas, scene.card_item("t3"))
    cell = canvas.mapFromScene(scene.cell_item("s2", "tp").sceneBoundingRect()).boundingRect()
    painted = _PaintedRegions()
    canvas.viewport().installEventFilter(painted)
    try:
        key(canvas, Qt.Key.Key_Left, ALT)
        _settle(qtbot)
    finally:
        canvas.viewport().removeEventFilter(painted)
    assert doc.get("t3").stage == "s1"  # moved to the stage before
    assert scene.lane_item("tp").boundingRect().height() == lane_height
    now = _viewport_rect(canvas, scene.card_item("t3"))
    assert not now.intersects(was)
    inner = was.adjusted(2, 2, -2, -2)
    missed = QRegion(inner).subtracted(painted.region)
    assert missed.isEmpty(), f"left unpainted: {missed.boundingRect()} of {inner}"
    missed = QRegion(cell.adjusted(2, 2, -2, -2)).subtracted(painted.region)
    assert missed.isEmpty(), f"the hovered cell left unpainted: {missed.boundingRect()}"
    assert painted.region.contains(now.center())


def test_undoing_the_move_repaints_the_cell_it_came_back_from(canvas, doc, qtbot):
    scene = canvas.map_scene()
    click(canvas, card_pt(canvas, "t3"))
    key(canvas, Qt.Key.Key_Left, ALT)
    _settle(qtbot)
    moved = _viewport_rect(canvas, scene.card_item("t3"))
    painted = _PaintedRegions()
    canvas.viewport().installEventFilter(painted)
    try:
        doc.undo_stack.undo()
        _settle(qtbot)
    finally:
        canvas.viewport().removeEventFilter(painted)
    assert doc.get("t3").stage == "s2"
    missed = QRegion(moved.adjusted(2, 2, -2, -2)).subtracted(painted.region)
    assert missed.isEmpty(), f"left unpainted: {missed.boundingRect()}"


def test_deleting_a_card_repaints_its_place(canvas, doc, qtbot):
    scene = canvas.map_scene()
    # c2 is the last card of its cell, and the actions lane's height is its long c4's
    assert [c.id for c in doc.cards_in_cell("s1", "act")] == ["c1", "c2"]
    lane_height = scene.lane_item("act").boundingRect().height()
    click(canvas, card_pt(canvas, "c2"))
    _settle(qtbot)
    was = _viewport_rect(canvas, scene.card_item("c2"))
    painted = _PaintedRegions()
    canvas.viewport().installEventFilter(painted)
    try:
        canvas.delete_selected()  # Edit > Delete (the window's action)
        _settle(qtbot)
    finally:
        canvas.viewport().removeEventFilter(painted)
    assert doc.get("c2") is None
    assert scene.lane_item("act").boundingRect().height() == lane_height
    missed = QRegion(was.adjusted(2, 2, -2, -2)).subtracted(painted.region)
    assert missed.isEmpty(), f"left unpainted: {missed.boundingRect()}"
