"""Emotion points on half points, through mouse and key events on the canvas: a plain drag
snaps to whole points, a drag with Shift held to half points; Shift+Up/Down step by a half.
The curve and the point sit at the half point, from the shared layout. And the card menu's
bright spot mark, on cards of any lanes at once."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt

from tests.canvas.conftest import drag, key, saved

SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_a_drag_with_shift_snaps_to_half_points_in_one_step(canvas, doc, tmp_path):
    scene = canvas.map_scene()
    geo = scene.geometry
    start = scene.point_items("e2")[0].scenePos()  # score -1
    drag(canvas, start, QPointF(start.x() + 3, geo.score_to_y("emo", 0.6)), mods=SHIFT, steps=10)
    assert doc.get("e2").score == 0.5
    assert scene.point_items("e2")[0].scenePos().y() == geo.score_to_y("emo", 0.5)
    curve = next(c for c in geo.curves(doc, "emo") if any(p.point_id == "e2" for p in c.points))
    assert next(p for p in curve.points if p.point_id == "e2").y == geo.score_to_y("emo", 0.5)
    assert doc.undo_stack.count() == 1
    assert next(p for p in saved(doc, tmp_path).emotion_points if p.id == "e2").score == 0.5
    # without Shift the same spot is a whole point
    doc.undo_stack.undo()
    drag(canvas, start, QPointF(start.x() + 3, geo.score_to_y("emo", 0.6)), steps=10)
    assert doc.get("e2").score == 1


def test_shift_up_and_down_move_a_selected_point_half_a_point(canvas, doc):
    canvas.select_ids(["e1"])  # score 1
    key(canvas, Qt.Key.Key_Up, SHIFT)
    assert doc.get("e1").score == 1.5
    key(canvas, Qt.Key.Key_Up, SHIFT)
    assert doc.get("e1").score == 2
    key(canvas, Qt.Key.Key_Up, SHIFT)  # the top of the scale: nothing more
    assert doc.get("e1").score == 2
    key(canvas, Qt.Key.Key_Down)
    assert doc.get("e1").score == 1
    item = canvas.map_scene().point_items("e1")[0]
    key(canvas, Qt.Key.Key_Down, SHIFT)
    assert item.score == 0.5 and "Score 0.5" in item.toolTip()


def test_the_card_menu_marks_selected_cards_of_any_lanes_as_bright_spots(canvas, doc, qtbot):
    from PySide6.QtCore import QPoint, QTimer
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.canvas.conftest import card_pt, click

    click(canvas, card_pt(canvas, "c1"))
    click(canvas, card_pt(canvas, "f2"), Qt.KeyboardModifier.ControlModifier)
    assert sorted(canvas.selected_ids()) == ["c1", "f2"]

    def open_menu_and_click(label: str) -> None:
        def click_entry() -> None:
            popup = QApplication.activePopupWidget()
            if popup is None:
                QTimer.singleShot(20, click_entry)
                return
            action = next(a for a in popup.actions() if a.text().endswith(label))
            QTest.mouseClick(
                popup, Qt.MouseButton.LeftButton, pos=popup.actionGeometry(action).center()
            )

        QTimer.singleShot(0, click_entry)
        where = QPoint(5, 5)
        QApplication.sendEvent(
            canvas.viewport(),
            QContextMenuEvent(
                QContextMenuEvent.Reason.Keyboard, where, canvas.viewport().mapToGlobal(where)
            ),
        )
        canvas.map_scene().flush()

    open_menu_and_click("Bright spot")
    assert doc.get("c1").positive and doc.get("f2").positive
    assert doc.undo_stack.count() == 1 and doc.undo_stack.undoText() == "Set Bright spot"
    assert canvas.map_scene().card_item("f2").positive
    open_menu_and_click("Bright spot")  # all marked: the entry is checked and unmarks them
    assert not doc.get("c1").positive and not doc.get("f2").positive
    doc.undo_stack.undo()
    assert doc.get("c1").positive and doc.get("f2").positive
