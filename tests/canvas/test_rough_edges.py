"""Gestures that went wrong for a new user (issue "no rough edges"), each driven through Qt
events on the canvas: Escape on a new empty card, Enter under the pinned stage headers, Alt+Down
at the bottom of a cell."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt

from mapstudio.core.model import Lane
from mapstudio.gui import commands
from tests.canvas.conftest import card_pt, cell_pt, click, dclick, key, type_text

ALT = Qt.KeyboardModifier.AltModifier


def _cards(doc) -> list[str]:
    return sorted(c.id for c in doc.map.cards)


# --- 3. Escape on a new, still-empty card ----------------------------------------------------
def test_escape_on_a_new_empty_card_leaves_no_card(canvas, doc):
    before = _cards(doc)
    dclick(canvas, cell_pt(canvas, "s4", "act"))  # an empty cell: a new card, editing
    assert canvas.editing() and len(doc.map.cards) == len(before) + 1
    key(canvas, Qt.Key.Key_Escape)
    assert not canvas.editing()
    assert _cards(doc) == before
    assert not doc.undo_stack.canUndo()  # no step left that would bring a blank card back
    assert not doc.is_modified()


def test_typed_then_erased_new_card_goes_on_enter_and_ctrl_z(canvas, doc):
    before = _cards(doc)
    click(canvas, cell_pt(canvas, "s4", "act"))
    key(canvas, Qt.Key.Key_Return)  # Enter on an empty cell adds a card
    type_text(canvas, "Ab")
    key(canvas, Qt.Key.Key_Backspace)
    key(canvas, Qt.Key.Key_Backspace)
    key(canvas, Qt.Key.Key_Return)
    assert _cards(doc) == before and doc.undo_stack.index() == 0
    dclick(canvas, cell_pt(canvas, "s4", "act"))
    key(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo = take it back only
    assert _cards(doc) == before and doc.undo_stack.index() == 0


def test_a_new_card_with_text_stays_and_an_emptied_old_card_stays(canvas, doc):
    dclick(canvas, cell_pt(canvas, "s4", "act"))
    type_text(canvas, "Calls the shop")
    key(canvas, Qt.Key.Key_Escape)
    assert any(c.text == "Calls the shop" for c in doc.map.cards)
    dclick(canvas, card_pt(canvas, "c5"))  # an existing card, emptied on purpose
    for _ in doc.get("c5").text:
        key(canvas, Qt.Key.Key_Backspace)
    key(canvas, Qt.Key.Key_Escape)
    assert doc.get("c5") is not None and doc.get("c5").text == ""


# --- 4. Enter on a cell whose top is under the pinned stage header ----------------------------
def _editor_rect_in_viewport(canvas) -> QRectF:
    editor = canvas.editor
    return canvas.mapFromScene(editor.sceneBoundingRect()).boundingRect().toRectF()


def test_enter_on_a_cell_under_the_pinned_header_shows_the_editor_whole(canvas, doc):
    canvas.resize(900, 420)
    geo = canvas.map_scene().geometry
    x, y, w, h = geo.cell_rect("s3", "tp")  # an empty cell
    click(canvas, cell_pt(canvas, "s3", "tp"))
    # scroll so that the cell's top sits just under the pinned stage header row
    header = geo.style.stage_header_height
    bar = canvas.verticalScrollBar()
    bar.setValue(bar.value() + round(y - header / 2 - canvas.mapToScene(0, 0).y()))
    assert canvas.mapFromScene(QPointF(x, y)).y() < header  # the cell's top is covered
    key(canvas, Qt.Key.Key_Return)
    assert canvas.editing()
    rect = _editor_rect_in_viewport(canvas)
    assert rect.top() >= header  # below the pinned stage headers, all of it
    assert rect.left() >= geo.style.header_width  # right of the pinned lane headers
    assert rect.bottom() <= canvas.viewport().height()


def test_selecting_a_card_under_the_pinned_lane_headers_scrolls_it_clear(canvas, doc):
    canvas.resize(700, 900)
    geo = canvas.map_scene().geometry
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().maximum())
    click(canvas, card_pt(canvas, "c5"))
    key(canvas, Qt.Key.Key_Left)  # to c3/c4's stage, then the first stage
    key(canvas, Qt.Key.Key_Left)
    assert canvas.selected_ids() == ["c1"]
    item = canvas.map_scene().card_item("c1")
    left = canvas.mapFromScene(item.sceneBoundingRect().topLeft()).x()
    assert left >= geo.style.header_width


# --- 5. Alt+Down at the bottom of a cell ---------------------------------------------------------
def test_alt_down_at_the_bottom_keeps_the_card_in_its_kind_of_lane(canvas, doc):
    messages: list[str] = []
    canvas.message.connect(messages.append)
    click(canvas, card_pt(canvas, "c2"))  # the last action of Awareness
    key(canvas, Qt.Key.Key_Down, ALT)
    assert doc.get("c2").lane == "act"  # not the touchpoints lane below
    assert doc.undo_stack.count() == 0
    assert messages and "lanes of their own kind" in messages[-1]


def test_alt_down_crosses_into_the_next_lane_of_the_same_kind(canvas, doc):
    commands.add_lane(doc, "actions", "Actions (store)", 3)
    canvas.map_scene().flush()
    second = next(lane.id for lane in doc.map.lanes if lane.title == "Actions (store)")
    assert isinstance(doc.get(second), Lane)
    click(canvas, card_pt(canvas, "c2"))
    key(canvas, Qt.Key.Key_Down, ALT)
    assert (doc.get("c2").lane, doc.get("c2").stage) == (second, "s1")
    assert canvas.selected_ids() == ["c2"]
