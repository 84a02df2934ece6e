"""Comment threads in the editor: View > Comments opens the dock; a comment is added to the
selected card or stage, listed, chosen (which selects what it is about), edited, resolved and
deleted through Qt events, each one undo step; the canvas marks what has open comments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.app.helpers import trigger, type_text, undo_text

LEFT = Qt.MouseButton.LeftButton


def _click_card(canvas, card_id: str) -> None:
    canvas.map_scene().flush()
    item = canvas.map_scene().card_item(card_id)
    canvas.ensureVisible(item.sceneBoundingRect())
    pos = canvas.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseClick(canvas.viewport(), LEFT, pos=pos)


def _marker(canvas, obj_id: str) -> int:
    """How many open comments the canvas marks on a card or header."""
    scene = canvas.map_scene()
    scene.flush()
    item = scene.card_item(obj_id) or scene.stage_item(obj_id)
    return item.open_comments


def _click_item(panel, row: int, double: bool = False) -> None:
    view = panel.list
    rect = view.visualItemRect(view.item(row))
    QTest.mouseClick(view.viewport(), LEFT, pos=rect.center())
    if double:
        QTest.mouseDClick(view.viewport(), LEFT, pos=rect.center())


def test_comment_added_listed_edited_resolved_and_deleted(window, map_file):
    doc = window.files.open_path(map_file)
    canvas = window.current_canvas()
    assert window._comments is None  # built at first use
    trigger(window, "show_comments")
    panel = window.comments.panel
    assert window.comments.dock.isVisible()
    assert panel.empty.isVisibleTo(panel)

    # A comment on the clicked card: Enter in the dock's line adds it, one undo step.
    _click_card(canvas, "c1")
    type_text(panel.line, "Which search engine?\n")
    (comment,) = doc.get("c1").comments
    assert (comment.text, comment.resolved) == ("Which search engine?", False)
    assert undo_text(window) == "&Undo Add Comment"
    assert _marker(canvas, "c1") == 1  # the canvas marker
    assert window.inspector.card_form.fields["comments"].text() == "1 open, 0 resolved"

    # One on a stage, through its selected header; it lists first (the map's reading order).
    canvas.select_ids(["s1"])
    type_text(panel.line, "Split this stage?\n")
    window.comments.panel.refresh()
    assert panel.list.count() == 2
    assert panel.list.item(0).text().startswith("1. Stage: Awareness")
    assert _marker(canvas, "s1") == 1

    # Clicking a comment selects what it is about.
    _click_item(panel, 1)
    assert canvas.selected_ids() == ["c1"]

    # A double-click edits it in the line; Enter saves.
    _click_item(panel, 1, double=True)
    assert panel.line.text() == "Which search engine?"
    panel.line.selectAll()
    type_text(panel.line, "Which engine, Google or Bing?\n")
    assert doc.get("c1").comments[0].text == "Which engine, Google or Bing?"
    assert undo_text(window) == "&Undo Edit Comment"
    type_text(panel.line, "\n")  # nothing to comment: refused in one sentence, nothing added
    assert panel.error.isVisibleTo(panel) and "\n" not in panel.error.text()

    # Resolve: it leaves the list and the marker, stays in the thread; undo brings it back.
    window.comments.panel.refresh()
    _click_item(panel, 1)
    QTest.mouseClick(panel.resolve_button, LEFT)
    QTest.qWait(0)
    assert doc.get("c1").comments[0].resolved
    assert panel.list.count() == 1
    assert _marker(canvas, "c1") == 0
    trigger(window, "undo")
    QTest.qWait(0)
    assert panel.list.count() == 2 and not doc.get("c1").comments[0].resolved

    # Delete removes it from the thread.
    _click_item(panel, 1)
    QTest.mouseClick(panel.delete_button, LEFT)
    QTest.qWait(0)
    assert doc.get("c1").comments == []
    assert undo_text(window) == "&Undo Delete Comment"
    assert panel.list.count() == 1
