"""What the window shows after an edit is what a fresh paint of the map shows.

The canvas repaints only what an edit touches (items cached in view pixels, cells that keep
their cards inside them, rows moved in one step). A region it forgets stays on screen as it
was: a card shown in two cells, a "+" left behind. ``grab()`` paints the widget again and would
hide that, so each check compares the window's backing store (what the screen shows) with a
fresh paint of the viewport, pixel for pixel, after the edits a person makes most."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication, QImage

from mapstudio.core.model import JourneyMap
from mapstudio.gui import commands
from mapstudio.gui.canvas.view import MapCanvas
from tests.canvas.conftest import _send_mouse, card_pt, click, drag, key, type_text

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
NO = Qt.MouseButton.NoButton


def _rgb(image: QImage) -> QImage:
    return image.convertToFormat(QImage.Format.Format_RGB32)


def stale_area(canvas: MapCanvas, qtbot) -> QRect | None:
    """The bounding box of the pixels the screen shows differently from a fresh paint."""
    qtbot.wait(80)  # the edit's repaint is queued: let the event loop run it
    window = canvas.window()
    shown = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
    viewport = canvas.viewport()
    where = QRect(viewport.mapTo(window, QPoint(0, 0)), viewport.size())
    shown = _rgb(shown.copy(where))
    fresh = _rgb(viewport.grab().toImage())
    assert shown.size() == fresh.size() and not shown.isNull()
    if shown == fresh:
        return None
    rows = [y for y in range(shown.height()) if shown.scanLine(y) != fresh.scanLine(y)]
    cols = [
        x
        for x in range(0, shown.width(), 2)
        if any(shown.pixel(x, y) != fresh.pixel(x, y) for y in rows[:: max(1, len(rows) // 40)])
    ]
    return QRect(QPoint(min(cols or [0]), rows[0]), QPoint(max(cols or [0]), rows[-1]))


def check(canvas: MapCanvas, qtbot, what: str) -> None:
    area = stale_area(canvas, qtbot)
    assert area is None, f"after {what}, the screen still shows old pixels in {area}"


def hover(canvas: MapCanvas, pt) -> None:
    _send_mouse(canvas, QEvent.Type.MouseMove, canvas.mapFromScene(pt), NO, NO)


@pytest.fixture
def shown(canvas, qtbot) -> MapCanvas:
    qtbot.wait(100)
    assert stale_area(canvas, qtbot) is None  # the detector sees a clean start as clean
    return canvas


def test_moves_by_keyboard_and_their_undo(shown, doc, qtbot):
    canvas = shown
    for card, arrow in (("t3", Qt.Key.Key_Left), ("c2", Qt.Key.Key_Right), ("c1", Qt.Key.Key_Down)):
        click(canvas, card_pt(canvas, card))
        hover(canvas, card_pt(canvas, card))  # the mouse stays over the cell: it shows a "+"
        check(canvas, qtbot, f"selecting {card}")
        key(canvas, arrow, ALT)
        check(canvas, qtbot, f"Alt+{arrow.name} on {card}")
    for _ in range(3):
        doc.undo_stack.undo()
        check(canvas, qtbot, "undo")
    for _ in range(3):
        doc.undo_stack.redo()
        check(canvas, qtbot, "redo")


def test_mouse_drag_to_another_cell(shown, doc, qtbot):
    canvas = shown
    scene = canvas.map_scene()
    target = scene.cell_item("s3", "tp").sceneBoundingRect().center()
    drag(canvas, card_pt(canvas, "t1"), target)
    assert doc.get("t1").stage == "s3"
    check(canvas, qtbot, "dragging t1 to another stage")
    doc.undo_stack.undo()
    check(canvas, qtbot, "undoing the drag")


def test_typing_that_grows_a_card_and_its_undo(shown, doc, qtbot):
    canvas = shown
    click(canvas, card_pt(canvas, "c1"))
    key(canvas, Qt.Key.Key_F2)
    type_text(canvas, " and then a much longer sentence that wraps over several more lines")
    key(canvas, Qt.Key.Key_Return)
    check(canvas, qtbot, "a card that grew")
    doc.undo_stack.undo()
    check(canvas, qtbot, "undoing the growth")


def test_delete_add_collapse_and_zoom(shown, doc, qtbot):
    canvas = shown
    click(canvas, card_pt(canvas, "c2"))
    canvas.delete_selected()
    check(canvas, qtbot, "deleting the last card of a cell")
    doc.undo_stack.undo()
    check(canvas, qtbot, "undoing the delete")
    commands.add_card(doc, "s3", "tp", text="A new card")
    check(canvas, qtbot, "adding a card to an empty cell")
    commands.set_collapsed(doc, "act", True)
    check(canvas, qtbot, "collapsing a lane")
    doc.undo_stack.undo()
    check(canvas, qtbot, "expanding it again")
    key(canvas, Qt.Key.Key_Plus, CTRL)
    check(canvas, qtbot, "zooming in")
    key(canvas, Qt.Key.Key_Minus, CTRL)
    check(canvas, qtbot, "zooming out")


def test_stage_and_lane_edits_and_a_reload(shown, doc, qtbot):
    canvas = shown
    commands.rename(doc, "s1", "A much longer stage name than before")
    check(canvas, qtbot, "renaming a stage")
    commands.add_stage(doc, "Loyalty", 1)
    check(canvas, qtbot, "adding a stage")
    commands.add_lane(doc, "thoughts", "Doubts", 1)
    check(canvas, qtbot, "adding a lane")
    changed = JourneyMap.model_validate(doc.map.model_dump())
    changed.cards[0].text = "Changed by another program"
    commands.replace_content(doc, changed)
    check(canvas, qtbot, "reloading a map changed in one card")


def test_a_big_map_laid_out_while_shown_scrolled_and_edited(qtbot):
    """The viewport-first path: the rest of the map is laid out while the person scrolls, and
    rows above the view that change height shift what is shown."""
    from benchmarks.generate import build_map, default_stages

    from mapstudio.gui.document import MapDocument

    m = build_map(2500, default_stages(2500), 2, 11)
    canvas = MapCanvas(MapDocument(m))
    qtbot.addWidget(canvas)
    canvas.resize(1200, 800)
    canvas.show()
    qtbot.waitExposed(canvas)
    check(canvas, qtbot, "the first paint")
    bar = canvas.verticalScrollBar()
    for _ in range(4):
        bar.setValue(bar.value() + bar.pageStep())
        check(canvas, qtbot, "a page down while the map is laid out")
    while canvas.map_scene().geometry.unmeasured:
        qtbot.wait(20)
    check(canvas, qtbot, "the layout's end")
    scene = canvas.map_scene()
    view = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    item = next(i for i in scene.card_items() if view.contains(i.sceneBoundingRect()))
    stage = canvas.doc.get(item.obj_id).stage
    click(canvas, item.sceneBoundingRect().center())
    hover(canvas, item.sceneBoundingRect().center())
    key(canvas, Qt.Key.Key_Right, ALT)
    assert canvas.doc.get(item.obj_id).stage != stage
    check(canvas, qtbot, "Alt+Right on a big map")
    key(canvas, Qt.Key.Key_Down, ALT)
    check(canvas, qtbot, "Alt+Down on a big map")
