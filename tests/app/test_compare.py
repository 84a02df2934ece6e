"""File > Compare With...: differences listed and marked on the map, taken one by one or all."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from mapstudio.core import edits
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.files import dump_map, read_map, write_map
from mapstudio.gui.app import fileops
from mapstudio.gui.canvas.painting import CHANGED_MARK, MOVED_MARK, REMOVED_MARK
from tests.foundation.conftest import EXAMPLES


def other_version(path, tmp_path):
    doc = Document(read_map(path))
    history = History(doc)
    cards = list(doc.map.cards)  # a copy: the map's own list changes with the edits
    history.push(edits.update(doc, cards[0].id, {"text": "Changed in the other copy"}))
    history.push(edits.remove(doc, [cards[1].id]))
    history.push(edits.rename(doc, doc.stages()[0].id, "Renamed over there"))
    stage = doc.stages()[-1].id
    history.push(edits.move_cards(doc, [cards[2].id], stage, cards[2].lane))
    added = history.push(edits.add_card(doc, stage, cards[0].lane, 0, text="Only over there"))
    other = tmp_path / "other.journey.json"
    write_map(other, doc.map)
    return other, cards[0].id, cards[1].id, cards[2].id, added


def rows(panel) -> list[str]:
    """The lines the compare list shows."""
    model = panel.list.model()
    return [model.index(i, 0).data() for i in range(model.rowCount())]


def click_row(panel, row: int) -> None:
    rect = panel.list.visualRect(panel.list.model().index(row, 0))
    QTest.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_compare_with_a_file_marks_lists_and_takes_changes(qtbot, window, tmp_path, monkeypatch):
    mine = tmp_path / "mine.journey.json"
    mine.write_bytes((EXAMPLES / "smartphone-en.journey.json").read_bytes())
    other, edited, removed, moved, added = other_version(mine, tmp_path)
    doc = fileops.open_document(mine)
    canvas = window.add_document(doc)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.actions.compare_file.trigger()
    panel = window.compare.panel
    qtbot.waitUntil(lambda: window.compare.dock.isVisible())
    texts = rows(panel)
    assert len(texts) == 5
    assert any(t.startswith("✎") and "Changed in the other copy" in t for t in texts)
    assert any(t.startswith("+") and "Only over there" in t for t in texts)
    assert any(t.startswith("−") for t in texts) and any(t.startswith("⇄") for t in texts)
    scene = canvas.map_scene()
    assert scene.card_item(edited).mark is CHANGED_MARK
    assert scene.card_item(removed).mark is REMOVED_MARK
    assert scene.card_item(moved).mark is MOVED_MARK
    first_stage = doc.stages()[0].id
    assert scene.stage_item(first_stage).compare_mark is CHANGED_MARK
    assert scene.stage_item(doc.stages()[1].id).compare_mark is None

    row = next(i for i, t in enumerate(texts) if "Changed in the other copy" in t)
    click_row(panel, row)
    assert canvas.selected_ids() == [edited]
    QTest.mouseClick(panel.take_button, Qt.MouseButton.LeftButton)
    assert doc.get(edited).text == "Changed in the other copy"
    assert len(rows(panel)) == 4 and scene.card_item(edited).mark is None
    assert window.actions.undo.text() == "&Undo Take Change"

    QTest.mouseClick(panel.take_all_button, Qt.MouseButton.LeftButton)
    assert dump_map(doc.map) == dump_map(read_map(other))
    assert len(rows(panel)) == 1 and not panel.take_all_button.isEnabled()
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert dump_map(doc.map) == mine.read_bytes()
    qtbot.waitUntil(lambda: len(rows(panel)) == 5)  # the list follows the map's edits
