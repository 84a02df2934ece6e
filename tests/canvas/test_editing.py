"""Adding and editing cards in place, by mouse and by keyboard; one undo step per session."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.canvas.conftest import card_pt, cell_pt, click, dclick, key, saved, tooltip_at, type_text


def test_double_click_empty_cell_adds_card_and_types_accented_text(canvas, doc, tmp_path):
    dclick(canvas, cell_pt(canvas, "s4", "act"))
    cards = doc.cards_in_cell("s4", "act")
    assert len(cards) == 1
    assert canvas.editor.is_active()
    type_text(canvas, "Échange côté café")
    key(canvas, Qt.Key.Key_Return)  # Enter ends the session
    assert not canvas.editor.is_active()
    card_id = cards[0].id
    assert saved(doc, tmp_path).cards[-1].text == "Échange côté café"
    stack = doc.undo_stack
    assert stack.undoText() == "Edit Card Text"
    stack.undo()  # the whole typing session at once
    assert doc.get(card_id).text == ""
    assert stack.undoText() == "Add Card"
    stack.undo()
    assert doc.get(card_id) is None
    assert not [c for c in saved(doc, tmp_path).cards if c.stage == "s4" and c.lane == "act"]
    stack.redo()
    stack.redo()
    assert saved(doc, tmp_path).cards[-1].text == "Échange côté café"


def test_enter_on_selected_empty_cell_adds_card(canvas, doc):
    click(canvas, cell_pt(canvas, "s4", "fr"))
    assert canvas.current_cell() == ("s4", "fr")
    key(canvas, Qt.Key.Key_Return)
    assert len(doc.cards_in_cell("s4", "fr")) == 1
    type_text(canvas, "x")
    key(canvas, Qt.Key.Key_Escape)
    assert doc.cards_in_cell("s4", "fr")[0].text == "x"


def test_edit_existing_card_is_one_undo_step(canvas, doc, tmp_path):
    dclick(canvas, card_pt(canvas, "c1"))
    assert canvas.editor.is_active()
    type_text(canvas, " – ça")
    # Shift+Enter inserts a line break inside the card
    key(canvas, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(canvas, "ok")
    click(canvas, cell_pt(canvas, "s4", "notes"))  # a click elsewhere commits
    assert not canvas.editor.is_active()
    expected = "Sees an ad for the newest model – ça\nok"
    assert doc.get("c1").text == expected
    stack = doc.undo_stack
    assert stack.count() == 1 and stack.undoText() == "Edit Card Text"
    stack.undo()
    assert saved(doc, tmp_path).cards[0].text == "Sees an ad for the newest model"
    stack.redo()
    assert saved(doc, tmp_path).cards[0].text == expected


def test_f2_edits_selected_card_and_undo_while_editing_stops_editor(canvas, doc):
    click(canvas, card_pt(canvas, "c2"))
    assert canvas.selected_ids() == ["c2"]
    key(canvas, Qt.Key.Key_F2)
    assert canvas.editor.is_active()
    type_text(canvas, "!")
    assert doc.get("c2").text.endswith("!")
    doc.undo_stack.undo()
    canvas.map_scene().flush()
    assert not canvas.editor.is_active()
    assert doc.get("c2").text == "Friends talk about camera features"


def test_rename_stage_and_lane_in_place(canvas, doc, tmp_path):
    geo = canvas.map_scene().geometry
    col = geo.column("s2")
    dclick(canvas, canvas.map_scene().stage_item("s2").mapToScene(col.width / 2, 40))
    assert canvas.editor.is_active()
    for _ in range(len("Consideration")):
        key(canvas, Qt.Key.Key_Backspace)
    type_text(canvas, "Évaluation")
    key(canvas, Qt.Key.Key_Return)
    assert saved(doc, tmp_path).stages[1].name == "Évaluation"
    assert doc.undo_stack.undoText() == "Rename Stage"
    assert canvas.map_scene().stage_item("s2").name == "Évaluation"
    header = canvas.map_scene().lane_item("fr").header
    dclick(canvas, header.mapToScene(100, 40))
    type_text(canvas, " (web)")
    key(canvas, Qt.Key.Key_Escape)
    assert doc.get("fr").title == "Pain points (web)"
    doc.undo_stack.undo()
    assert saved(doc, tmp_path).lanes[3].title == "Pain points"


def test_empty_name_is_refused_with_a_message(canvas, doc, qtbot):
    canvas.rename_lane("fr")
    for _ in range(len("Pain points")):
        key(canvas, Qt.Key.Key_Backspace)
    with qtbot.waitSignal(canvas.message) as blocker:
        key(canvas, Qt.Key.Key_Return)
    assert "empty" in blocker.args[0]
    assert doc.get("fr").title == "Pain points"
    assert doc.undo_stack.count() == 0


def test_duplicate_and_delete_selected(canvas, doc, tmp_path):
    click(canvas, card_pt(canvas, "c1"))
    new = canvas.duplicate_selected()
    assert len(new) == 1 and canvas.selected_ids() == new
    assert [c.id for c in doc.cards_in_cell("s1", "act")] == ["c1", new[0], "c2"]
    assert doc.get(new[0]).text == doc.get("c1").text
    assert doc.undo_stack.undoText() == "Duplicate Card"
    canvas.delete_selected()
    assert doc.get(new[0]) is None
    click(canvas, card_pt(canvas, "c1"))
    click(canvas, card_pt(canvas, "c3"), Qt.KeyboardModifier.ControlModifier)
    canvas.delete_selected()
    m = saved(doc, tmp_path)
    assert {"c1", "c3"}.isdisjoint(c.id for c in m.cards)
    doc.undo_stack.undo()
    assert {"c1", "c3"} <= {c.id for c in saved(doc, tmp_path).cards}
    doc.undo_stack.redo()
    assert doc.get("c1") is None


def test_context_menu_on_cell_adds_card(canvas, doc):
    from mapstudio.gui.canvas import menus
    from mapstudio.gui.canvas.hits import hit_at

    pos = canvas.mapFromScene(cell_pt(canvas, "s4", "op"))
    menu = menus.build_menu(canvas, hit_at(canvas, pos))
    [add] = [a for a in menu.actions() if a.text() == "Add Card"]
    add.trigger()
    assert len(doc.cards_in_cell("s4", "op")) == 1
    assert canvas.editor.is_active()


def test_editing_another_card_ends_the_first_session(canvas, doc):
    scene = canvas.map_scene()
    dclick(canvas, card_pt(canvas, "c1"))
    type_text(canvas, "1")
    dclick(canvas, card_pt(canvas, "c3"))
    type_text(canvas, "3")
    assert scene.card_item("c3").editing and not scene.card_item("c1").editing
    key(canvas, Qt.Key.Key_Return)
    assert doc.get("c1").text.endswith("1") and doc.get("c3").text.endswith("3")
    assert doc.undo_stack.count() == 2  # one step per session


def test_truncated_card_has_marker_and_full_text_tooltip(canvas, doc):
    from mapstudio.gui import commands

    text = "Every word of a very long interview note. " * 40
    commands.update(doc, "n1", {"text": text})
    canvas.map_scene().flush()
    item = canvas.map_scene().card_item("n1")
    assert item.box.text.truncated and item.box.text.lines[-1].endswith("…")
    assert tooltip_at(canvas, card_pt(canvas, "n1")).startswith(text.strip())


def test_ctrl_z_while_editing_undoes_the_session(canvas, doc):
    dclick(canvas, card_pt(canvas, "c5"))
    type_text(canvas, " – ok")
    key(canvas, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not canvas.editor.is_active()
    assert doc.get("c5").text == "Weighs price, warranty, delivery"
    doc.undo_stack.redo()  # outside the editor, redo belongs to the main window
    assert doc.get("c5").text == "Weighs price, warranty, delivery – ok"


def test_f2_on_a_selected_header_renames_it(canvas, doc, tmp_path):
    header = canvas.map_scene().lane_item("kpi").header
    click(canvas, header.mapToScene(100, 40))
    assert canvas.selected_ids() == ["kpi"]
    key(canvas, Qt.Key.Key_F2)
    type_text(canvas, " clés")
    key(canvas, Qt.Key.Key_Return)
    assert saved(doc, tmp_path).lanes[5].title == "KPIs clés"
    assert doc.undo_stack.undoText() == "Rename Lane"
