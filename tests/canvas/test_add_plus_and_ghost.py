"""The "+" of the cell under the mouse adds a card there (one undo step); dragged cards leave a
ghost under the mouse and wait, faded, where they were; dialog buttons carry no icons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QProxyStyle, QStyle

from mapstudio.gui.canvas import add_button
from mapstudio.gui.canvas.drag_ghost import DragGhost
from mapstudio.gui.canvas.painting import SELECTION
from tests.canvas.conftest import (
    LEFT,
    _send_mouse,
    card_pt,
    cell_pt,
    click,
    key,
    type_text,
    vp,
)


def _hover(canvas, scene_pt: QPointF) -> None:
    _send_mouse(canvas, QEvent.Type.MouseMove, vp(canvas, scene_pt), Qt.MouseButton.NoButton,
                Qt.MouseButton.NoButton)  # fmt: skip


def _pixel(canvas, scene_pt: QPointF) -> QColor:
    image = canvas.viewport().grab().toImage()
    pos = canvas.mapFromScene(scene_pt) * image.devicePixelRatio()
    return QColor(image.pixel(pos))


def test_the_plus_under_the_mouse_adds_a_card_at_the_end_of_the_cell(canvas, doc):
    scene = canvas.map_scene()
    geo = scene.geometry
    cell = ("s1", "act")  # two cards, room below them
    plus = add_button.button_rect(geo, cell)
    assert plus is not None and plus.top() > max(
        scene.card_item(c).sceneBoundingRect().bottom() - 6 for c in ("c1", "c2")
    )
    arm = QPointF(plus.center().x() + add_button.RADIUS * 0.3, plus.center().y())
    _hover(canvas, cell_pt(canvas, *cell, dy=-4))  # in the cell, away from the "+"
    faint = _pixel(canvas, arm)
    _hover(canvas, plus.center())
    hot = _pixel(canvas, arm)
    assert scene.cell_item(*cell)._hover
    assert hot.blue() > hot.red() + 80 and hot != faint  # lit in the selection's blue
    assert QColor(SELECTION).blue() > 200
    before = len(doc.cards_in_cell(*cell))
    click(canvas, plus.center())
    cards = doc.cards_in_cell(*cell)
    assert len(cards) == before + 1 and canvas.editing()  # at the end, open for typing
    new = cards[-1]
    type_text(canvas, "Asks a friend")
    key(canvas, Qt.Key.Key_Return)
    assert doc.get(new.id).text == "Asks a friend"
    stack = doc.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["Add Card", "Edit Card Text"]
    stack.undo()
    stack.undo()
    assert doc.get(new.id) is None and len(doc.cards_in_cell(*cell)) == before


def test_a_full_cell_or_the_emotions_lane_has_no_plus(canvas, doc):
    geo = canvas.map_scene().geometry
    emotions = next(r.lane for r in geo.rows if r.kind.value == "emotions")
    assert add_button.button_rect(geo, ("s1", emotions)) is None
    # a click elsewhere in a cell only puts the keyboard cursor there
    before = len(doc.map.cards)
    click(canvas, cell_pt(canvas, "s1", "act", dy=-3))
    assert len(doc.map.cards) == before and not canvas.editing()
    assert canvas.current_cell() == ("s1", "act")


def test_dragged_cards_leave_a_ghost_under_the_mouse_and_move_on_drop(canvas, doc):
    scene = canvas.map_scene()
    click(canvas, card_pt(canvas, "c1"))
    click(canvas, card_pt(canvas, "c2"), mods=Qt.KeyboardModifier.ControlModifier)
    assert set(canvas.selected_ids()) == {"c1", "c2"}
    items = [scene.card_item(i) for i in ("c1", "c2")]
    origins = [i.scenePos() for i in items]
    a = vp(canvas, card_pt(canvas, "c1"))
    b = canvas.mapFromScene(cell_pt(canvas, "s4", "act"))
    _send_mouse(canvas, QEvent.Type.MouseButtonPress, a, LEFT, LEFT)
    for i in range(1, 5):
        _send_mouse(canvas, QEvent.Type.MouseMove, a + (b - a) * (i / 4), Qt.MouseButton.NoButton,
                    LEFT)  # fmt: skip
    ghosts = [g for g in scene.items() if isinstance(g, DragGhost)]
    assert len(ghosts) == 1
    ghost = ghosts[0]
    under = canvas.mapToScene(b)
    assert ghost.sceneBoundingRect().contains(under) and ghost.isVisible()
    assert ghost.zValue() > max(i.zValue() for i in scene.items() if i is not ghost)
    # the first card's corner keeps its distance to the mouse, as where it was taken
    taken = canvas.mapToScene(a) - origins[0]
    corner = ghost.mapToScene(QPointF(0, 0)) + QPointF(8, 8) - QPointF(-3, -3)
    assert abs((under - corner - taken).manhattanLength()) < 3
    assert [i.scenePos() for i in items] == origins and all(i.opacity() < 0.5 for i in items)
    _send_mouse(canvas, QEvent.Type.MouseButtonRelease, b, LEFT, Qt.MouseButton.NoButton)
    scene.flush()
    assert not any(isinstance(g, DragGhost) for g in scene.items())
    assert [doc.get(i).stage for i in ("c1", "c2")] == ["s4", "s4"]
    assert all(i.opacity() == 1.0 for i in items)
    doc.undo_stack.undo()
    assert [doc.get(i).stage for i in ("c1", "c2")] == ["s1", "s1"]


class _TickAndCross(QProxyStyle):
    """A desktop style that puts icons on dialog buttons (as some do)."""

    def styleHint(self, hint, option=None, widget=None, data=None):  # noqa: N802
        if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
            return 1
        return super().styleHint(hint, option, widget, data)


def test_dialog_buttons_have_no_tick_or_cross(qapp):
    from mapstudio.gui.app.application import create_application
    from mapstudio.gui.app.plain_buttons import PLAIN_BUTTONS

    app = create_application()
    assert PLAIN_BUTTONS in app.styleSheet()
    buttons = QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Discard

    def box_with_icons_style() -> QDialogButtonBox:
        box = QDialogButtonBox()
        box.setStyle(_TickAndCross())  # a desktop style that shows icons on dialog buttons
        box.setStandardButtons(buttons)
        return box

    message = QMessageBox(QMessageBox.Icon.Question, "Save?", "Save changes?")
    message.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
    assert all(b.icon().isNull() for b in message.buttons())
    plain = box_with_icons_style()
    assert all(b.icon().isNull() for b in plain.buttons())
    # without the rule, the same desktop style shows the tick and the cross
    sheet = app.styleSheet()
    app.setStyleSheet("")
    try:
        shown = box_with_icons_style()
        assert not any(b.icon().isNull() for b in shown.buttons())
    finally:
        app.setStyleSheet(sheet)


def test_no_plus_while_a_button_is_held(canvas):
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    scene = canvas.map_scene()
    plus = add_button.button_rect(scene.geometry, ("s1", "act"))
    arm = QPointF(plus.center().x() + add_button.RADIUS * 0.3, plus.center().y())
    _hover(canvas, plus.center())
    lit = _pixel(canvas, arm)
    QTest.mousePress(canvas.viewport(), LEFT, pos=vp(canvas, cell_pt(canvas, "s2", "act", -4)))
    try:
        assert QGuiApplication.mouseButtons() & LEFT
        canvas.viewport().update()
        held = _pixel(canvas, arm)
    finally:
        QTest.mouseRelease(
            canvas.viewport(), LEFT, pos=vp(canvas, cell_pt(canvas, "s2", "act", -4))
        )
    assert lit.blue() > lit.red() + 80 and held.blue() < held.red() + 40


def test_an_empty_cells_hint_says_what_its_plus_adds(canvas, doc):
    from mapstudio.core.model import LaneKind
    from mapstudio.gui import commands

    commands.add_lane(doc, LaneKind.METRICS, "Metrics")
    commands.add_lane(doc, LaneKind.NOTES, "Notes")
    canvas.map_scene().flush()
    metrics, notes = (lane.id for lane in doc.map.lanes[-2:])
    geo = canvas.map_scene().geometry
    stage = doc.map.stages[0].id
    assert add_button.empty_cell_hint(geo, (stage, metrics)) == (
        "Click + or double-click to add a metric"
    )
    assert add_button.empty_cell_hint(geo, (stage, notes)) == (
        "Click + or double-click to add a card"
    )
