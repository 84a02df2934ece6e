"""Copy, cut and paste of cards: between two maps, from plain text, into the wrong lane."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData
from PySide6.QtWidgets import QApplication

from mapstudio.gui.app.clipboard import CARDS_MIME
from mapstudio.gui.document import MapDocument
from tests.app.conftest import choose_cell, sample_map
from tests.app.helpers import trigger


def test_copy_paste_between_two_tabs(window, map_file):
    source = window.files.open_path(map_file)
    window.current_canvas().select_ids(["c1", "c2"])
    trigger(window, "copy")
    mime = QApplication.clipboard().mimeData()
    assert [c["text"] for c in json.loads(bytes(mime.data(CARDS_MIME).data()))] == [
        "Searches the web",
        "Visits the shop",
    ]
    assert mime.text() == "Searches the web\nVisits the shop"

    target = MapDocument(sample_map("Other"))
    window.add_document(target)
    canvas = window.current_canvas()
    choose_cell(canvas, target, "s2", "l1")
    trigger(window, "paste")
    pasted = target.cards_in_cell("s2", "l1")
    assert [c.text for c in pasted] == ["Searches the web", "Visits the shop"]
    assert not {c.id for c in pasted} & {c.id for c in source.map.cards}  # fresh ids
    assert sorted(canvas.selected_ids()) == sorted(c.id for c in pasted)
    assert window.actions.undo.text() == "&Undo Paste 2 Cards"
    trigger(window, "undo")
    assert target.cards_in_cell("s2", "l1") == []
    assert len(source.map.cards) == 3  # the source is untouched


def test_plain_text_becomes_one_card_per_line(window, map_file):
    doc = window.files.open_path(map_file)
    mime = QMimeData()
    mime.setText("Reads reviews\n\n   \nAsks a friend  \n")
    QApplication.clipboard().setMimeData(mime)
    window.current_canvas().select_ids(["c3"])  # no current cell: after the selected card
    trigger(window, "paste")
    assert [c.text for c in doc.cards_in_cell("s2", "l3")] == [
        "Instagram post",
        "Reads reviews",
        "Asks a friend",
    ]
    assert doc.undo_stack.count() == 1


def test_paste_into_emotions_lane_says_why(window, map_file):
    doc = window.files.open_path(map_file)
    mime = QMimeData()
    mime.setText("happy")
    QApplication.clipboard().setMimeData(mime)
    choose_cell(window.current_canvas(), doc, "s1", "l2")
    trigger(window, "paste")
    assert "emotions lane" in window.statusBar().currentMessage()
    assert len(doc.map.cards) == 3 and doc.undo_stack.count() == 0


def test_cut_is_copy_plus_one_delete_step(window, map_file):
    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    canvas.select_ids(["c2"])
    trigger(window, "cut")
    assert doc.get("c2") is None and doc.undo_stack.count() == 1
    choose_cell(canvas, doc, "s2", "l1")
    canvas.select_ids([])
    trigger(window, "paste")
    assert [c.text for c in doc.cards_in_cell("s2", "l1")] == ["Visits the shop"]
    trigger(window, "undo")
    trigger(window, "undo")
    assert [c.id for c in doc.cards_in_cell("s1", "l1")] == ["c1", "c2"]


def test_duplicate_delete_and_select_all(window, map_file):
    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    canvas.select_ids(["c1"])
    trigger(window, "duplicate")
    assert [c.text for c in doc.cards_in_cell("s1", "l1")] == [
        "Searches the web",
        "Searches the web",
        "Visits the shop",
    ]
    trigger(window, "select_all")
    assert len(canvas.selected_ids()) == 4
    trigger(window, "delete")
    assert doc.map.cards == []
    trigger(window, "undo")
    assert len(doc.map.cards) == 4
