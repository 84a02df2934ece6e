"""Gestures that went wrong for a new user (issue "no rough edges"), each driven through Qt
events on the canvas: Escape on a new empty card, Enter under the pinned stage headers, Alt+Down
at the bottom of a cell."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from mapstudio.core.model import Lane
from mapstudio.gui import commands
from mapstudio.gui.canvas.headers import CornerItem, HeaderRowItem, StageHeaderItem
from mapstudio.gui.canvas.view import MapCanvas
from mapstudio.gui.document import MapDocument
from tests.canvas.conftest import (
    LEFT,
    _send_mouse,
    card_pt,
    cell_pt,
    click,
    dclick,
    drag,
    key,
    type_text,
    vp,
)

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


# --- 2. Dragging a stage header while scrolled down -------------------------------------------
def _press_move(canvas, start: QPoint, points: list[QPoint]) -> None:
    _send_mouse(canvas, QEvent.Type.MouseButtonPress, start, LEFT, LEFT)
    for p in points:
        _send_mouse(canvas, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, LEFT)


def _top_item_at(canvas, pos: QPoint):
    items = [i for i in canvas.items(pos) if i.isVisible()]
    return items[0] if items else None


def test_stage_drag_while_scrolled_down_keeps_the_view_and_the_header_row(canvas, doc, qtbot):
    canvas.resize(1000, 520)
    scene, geo = canvas.map_scene(), canvas.map_scene().geometry
    bar = canvas.verticalScrollBar()
    bar.setValue(geo.row("emo").y - 60)  # the emotion curves just under the header row
    scrolled = bar.value()
    header = geo.style.stage_header_height
    s1, s2, s3 = geo.column("s1"), geo.column("s2"), geo.column("s3")
    y = round(header / 2)  # on the pinned header row, within the autoscroll edge
    x1 = canvas.mapFromScene(QPointF(s1.center, 0)).x()
    x3 = canvas.mapFromScene(QPointF(s3.center + 20, 0)).x()
    steps = [QPoint(x1 + (x3 - x1) * i // 8, y) for i in range(1, 9)]
    _press_move(canvas, QPoint(x1, y), steps)
    qtbot.wait(300)  # the button held at the top edge: a stage drag must not scroll up
    assert bar.value() == scrolled
    dragged = scene.stage_item("s1")
    header_at = canvas.mapFromScene(dragged.scenePos())
    assert header_at.y() == 0  # still in the pinned header row
    assert abs(canvas.mapFromScene(dragged.sceneBoundingRect().center()).x() - x3) <= 2
    # the neighbours slid aside: s2 and s3 now stand where s1 and s2 stood, cells too
    assert scene.stage_item("s2").x() == s1.x and scene.stage_item("s3").x() == s2.x
    assert scene.cell_item("s2", "act").x() == s1.x and scene.cell_item("s3", "act").x() == s2.x
    # nothing of the lanes (emotion curves, points, cells) is drawn over the header row
    for x in range(20, canvas.viewport().width() - 20, 40):
        for yy in (4, header // 2, header - 4):
            top = _top_item_at(canvas, QPoint(x, yy))
            assert isinstance(top, StageHeaderItem | CornerItem | HeaderRowItem), (x, yy, top)
    _send_mouse(canvas, QEvent.Type.MouseButtonRelease, steps[-1], LEFT, Qt.MouseButton.NoButton)
    scene.flush()
    assert [s.id for s in doc.stages()] == ["s2", "s3", "s1", "s4"]
    assert doc.undo_stack.count() == 1 and bar.value() == scrolled
    assert canvas.mapFromScene(scene.stage_item("s1").scenePos()).y() == 0


def test_escape_during_a_stage_drag_puts_every_column_back(canvas, doc):
    scene, geo = canvas.map_scene(), canvas.map_scene().geometry
    x1 = canvas.mapFromScene(QPointF(geo.column("s1").center, 0)).x()
    x3 = canvas.mapFromScene(QPointF(geo.column("s3").center, 0)).x()
    _press_move(canvas, QPoint(x1, 30), [QPoint(x1 + 10, 30), QPoint(x3, 30)])
    key(canvas, Qt.Key.Key_Escape)
    _send_mouse(
        canvas, QEvent.Type.MouseButtonRelease, QPoint(x3, 30), LEFT, Qt.MouseButton.NoButton
    )
    for stage in ("s1", "s2", "s3", "s4"):
        assert scene.stage_item(stage).x() == geo.column(stage).x
        assert scene.cell_item(stage, "act").x() == geo.column(stage).x
    assert doc.undo_stack.count() == 0


def test_a_dragged_lane_passes_under_the_stage_header_row(canvas, doc, qtbot):
    scene, geo = canvas.map_scene(), canvas.map_scene().geometry
    header = geo.style.stage_header_height
    start = canvas.mapFromScene(QPointF(100, geo.row("tp").y + 30))
    _press_move(canvas, start, [start + QPoint(0, -10), QPoint(start.x(), round(header / 2))])
    assert scene.lane_item("tp").y() < header  # dragged up into the header row...
    top = _top_item_at(canvas, QPoint(canvas.mapFromScene(QPointF(400, 0)).x(), 10))
    assert isinstance(top, StageHeaderItem)  # ...and drawn under it
    key(canvas, Qt.Key.Key_Escape)
    _send_mouse(canvas, QEvent.Type.MouseButtonRelease, start, LEFT, Qt.MouseButton.NoButton)


# --- 6. No grey band above the stage headers or left of the lane names -----------------------
def _wheel(canvas, dy: int, mods=Qt.KeyboardModifier.NoModifier) -> None:
    pos = QPointF(200, 200)
    event = QWheelEvent(
        pos, QPointF(canvas.viewport().mapToGlobal(pos.toPoint())), QPoint(0, 0),
        QPoint(0, dy), Qt.MouseButton.NoButton, mods, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(canvas.viewport(), event)


def _map_corner_at_view_corner(canvas) -> bool:
    return canvas.mapFromScene(QPointF(0, 0)) == QPoint(0, 0)


def test_scrolled_to_the_top_and_left_the_map_meets_the_view_edges(canvas, doc):
    canvas.resize(700, 500)
    canvas.verticalScrollBar().setValue(300)
    canvas.horizontalScrollBar().setValue(300)
    for _ in range(10):
        _wheel(canvas, 120)  # up
        _wheel(canvas, 120, Qt.KeyboardModifier.ShiftModifier)  # left
    assert _map_corner_at_view_corner(canvas)
    scene = canvas.map_scene()
    assert canvas.mapFromScene(scene.stage_item("s1").scenePos()).y() == 0
    assert canvas.mapFromScene(scene.lane_item("act").header.scenePos()).x() == 0


def test_find_and_a_stage_drag_leave_no_band(canvas, doc):
    canvas.resize(700, 500)
    canvas.find("sees an ad")
    canvas.find_next()  # centres on c1, in the map's top-left cell
    assert _map_corner_at_view_corner(canvas)
    geo = canvas.map_scene().geometry
    drag(canvas, QPointF(geo.column("s1").center, 30), QPointF(geo.column("s2").center, 30))
    assert [s.id for s in doc.stages()][:2] == ["s2", "s1"]
    assert _map_corner_at_view_corner(canvas)


def test_a_new_blank_map_and_fit_show_no_band(qtbot):
    from mapstudio.gui.app.file_controller import blank_map

    view = MapCanvas(MapDocument(blank_map()))
    qtbot.addWidget(view)
    view.resize(1366 - 300, 768 - 100)
    view.show()
    qtbot.waitExposed(view)
    assert _map_corner_at_view_corner(view)
    view.zoom_out()
    view.zoom_out()
    view.fit_all()
    assert _map_corner_at_view_corner(view)


# --- 11. Stage names, lane titles and the map title whole, as on the poster --------------------
LONG_STAGE = "Après-achat et service client en boutique"
LONG_LANE = "Pensées, besoins et questions du client pendant le parcours"
LONG_TITLE = "Acheter un parfum pour homme dans une petite boutique du quartier"


def test_long_header_texts_wrap_whole_like_the_poster(canvas, doc):
    from mapstudio.layout.textfit import lane_title_fit, stage_name_fit

    scene, geo = canvas.map_scene(), canvas.map_scene().geometry
    # rename the stage in place, as a user does: double-click its header, type, Enter
    item = scene.stage_item("s2")
    pos = canvas.mapFromScene(item.sceneBoundingRect().center())
    QTest.mouseDClick(canvas.viewport(), LEFT, Qt.KeyboardModifier.NoModifier, pos)
    assert canvas.editing()
    key(canvas, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(canvas, LONG_STAGE)
    key(canvas, Qt.Key.Key_Return)
    assert doc.get("s2").name == LONG_STAGE
    commands.rename(doc, "tp", LONG_LANE)
    commands.update(doc, doc.map.id, {"title": LONG_TITLE})
    scene.flush()
    stage = scene.stage_item("s2")
    assert " ".join(stage._name.lines) == LONG_STAGE and len(stage._name.lines) == 2
    assert "…" not in "".join(stage._name.lines)
    paper = stage_name_fit(LONG_STAGE, geo.column("s2").width - 42, geo.style.stage_font_size)
    assert stage._name.lines == paper.lines  # the poster's own rule, the same lines
    lane = scene.lane_item("tp").header
    assert " ".join(lane._title_lines) == LONG_LANE and len(lane._title_lines) >= 2
    assert lane_title_fit(LONG_LANE, geo.style.header_width - 44, 11.0).truncated is False
    corner = scene._corner
    assert " ".join(corner._lines) == LONG_TITLE and "…" not in "".join(corner._lines)
    # drawn, not just measured: the corner's lines fit inside it
    assert corner._size * 1.25 * len(corner._lines) <= geo.style.stage_header_height


# --- 14. The emotion curve never overshoots: one monotone spline for screen and paper ---------
def _bezier_ys(segment, steps: int = 40) -> list[float]:
    (_, y0), (_, y1), (_, y2), (_, y3) = segment
    ys = []
    for i in range(steps + 1):
        t = i / steps
        u = 1 - t
        ys.append(u**3 * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t**3 * y3)
    return ys


def test_a_curve_between_two_equal_scores_stays_flat_on_screen_and_on_paper(canvas, doc):
    from mapstudio.layout import MapIndex, compute_geometry

    # Léa: s1 +1, s2 0, s3 0, s4 +2 (s2 and s3 scored alike, between a rise and a fall)
    commands.set_emotion(doc, "p1", "s2", "as_is", 0)
    commands.set_emotion(doc, "p1", "s3", "as_is", 0)
    canvas.map_scene().flush()
    geo = compute_geometry(MapIndex(doc.map))  # what the poster draws from
    curve = next(
        c for c in geo.curves(MapIndex(doc.map), "emo") if c.persona == "p1" and c.curve == "as_is"
    )
    zero = geo.score_to_y("emo", 0)
    ys_points = [p.y for p in curve.points]
    bands = list(zip(ys_points, ys_points[1:], strict=False))
    for segment, (a, b) in zip(curve.segments, bands, strict=True):
        ys = _bezier_ys(segment)
        assert min(a, b) - 1e-6 <= min(ys) and max(ys) <= max(a, b) + 1e-6  # no overshoot
    flat = curve.segments[1]  # s2 -> s3, both 0
    assert all(abs(y - zero) < 1e-6 for y in _bezier_ys(flat))
    # the canvas draws those very segments: its path stays within the points' band
    layer = canvas.map_scene().emotion_layers()[0]
    item = next(c for c in layer.curves if c._geom.persona == "p1" and c._geom.curve == "as_is")
    lane_y = geo.row("emo").y
    path = item._path.boundingRect()
    assert path.top() >= min(ys_points) - lane_y - 1e-6
    assert path.bottom() <= max(ys_points) - lane_y + 1e-6


# --- 13. Long notes keep their text size: the card grows -----------------------------------------
def test_a_long_note_keeps_its_text_size_and_its_card_grows(canvas, doc):
    scene = canvas.map_scene()
    style = scene.geometry.style
    before = scene.card_item("n1").box.height
    dclick(canvas, card_pt(canvas, "n1"))
    assert canvas.editing()
    sentence = " Interview #5: she compares the pickup counter with a café and wants a seat."
    type_text(canvas, sentence * 8)  # about 40 lines' worth at the old 8-line limit
    key(canvas, Qt.Key.Key_Escape)
    box = scene.card_item("n1").box
    assert box.text.size == style.font_size == 10.0  # not shrunk (it went down to 7)
    assert not box.text.truncated and "".join(box.text.lines).endswith("wants a seat.")
    assert box.height > before + 200  # the card grew instead
    zoom = canvas.zoom_factor()
    assert box.text.size * zoom >= 10.0  # on screen at 100 %: 10 px, as every card


# --- 18. A card under the mouse shows it; the in-place editor has no dotted box ---------------
def test_the_card_under_the_mouse_is_lifted_and_let_go(canvas, doc, qtbot):
    scene = canvas.map_scene()
    item = scene.card_item("c1")
    none = Qt.MouseButton.NoButton
    _send_mouse(canvas, QEvent.Type.MouseMove, vp(canvas, card_pt(canvas, "c1")), none, none)
    assert item.hovered
    _send_mouse(canvas, QEvent.Type.MouseMove, vp(canvas, card_pt(canvas, "c3")), none, none)
    assert not item.hovered and scene.card_item("c3").hovered


def test_the_in_place_editor_draws_no_dotted_focus_box(canvas, doc):
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleOptionGraphicsItem

    dclick(canvas, card_pt(canvas, "c5"))
    editor = canvas.editor
    assert editor.hasFocus()
    rect = editor.boundingRect()
    image = QImage(int(rect.width()) + 20, int(rect.height()) + 20, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    painter.translate(10, 10)
    option = QStyleOptionGraphicsItem()
    option.state = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected
    option.exposedRect = rect
    editor.paint(painter, option, None)
    painter.end()
    # Qt's dotted box runs along the text item's bounds in black and white dashes; the frame
    # the editor draws itself is blue, 3 px outside, on the card's fill
    width = int(rect.width())
    edge = {image.pixelColor(x, 10).name() for x in range(14, width + 6)}
    assert not {"#000000", "#ffffff"} & edge, edge
    key(canvas, Qt.Key.Key_Escape)


# --- 14. The value while dragging an emotion point ---------------------------------------------
def test_dragging_a_point_shows_whose_curve_which_stage_and_the_score(canvas, doc):
    from PySide6.QtWidgets import QToolTip

    scene, geo = canvas.map_scene(), canvas.map_scene().geometry
    start = vp(canvas, scene.point_items("e2")[0].scenePos())  # Léa, Consideration, -1
    end = canvas.mapFromScene(QPointF(scene.point_items("e2")[0].scenePos().x(), 0))
    end.setY(canvas.mapFromScene(QPointF(0, geo.score_to_y("emo", 1))).y())
    steps = [start + (end - start) * (i / 6) for i in range(1, 7)]
    _press_move(canvas, start, steps)
    assert doc.get("e2").score == 1
    assert QToolTip.isVisible() and QToolTip.text() == "Léa, Consideration (as is): +1"
    _send_mouse(canvas, QEvent.Type.MouseButtonRelease, steps[-1], LEFT, Qt.MouseButton.NoButton)
    assert not QToolTip.isVisible()
    assert doc.undo_stack.count() == 1


# --- 15. A card's channel, severity, impact, effort and votes without the inspector ----------
def test_keys_set_a_pain_points_severity_and_an_opportunitys_votes(canvas, doc):
    click(canvas, card_pt(canvas, "f1"))  # severity 2
    key(canvas, Qt.Key.Key_3)
    assert doc.get("f1").severity == 3 and doc.undo_stack.count() == 1
    click(canvas, card_pt(canvas, "o1"))  # 4 votes
    QTest.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(canvas, Qt.Key.Key_Plus, Qt.KeyboardModifier.NoModifier)
    QTest.keyClick(canvas, Qt.Key.Key_Minus, Qt.KeyboardModifier.NoModifier)
    assert doc.get("o1").votes == 5 and doc.undo_stack.count() == 4
    click(canvas, card_pt(canvas, "c1"))  # an action: digits do nothing to it
    key(canvas, Qt.Key.Key_2)
    assert doc.undo_stack.count() == 4


def _menu_action(menu, *path: str):
    for text in path[:-1]:
        menu = next(a.menu() for a in menu.actions() if a.menu() and a.text() == text)
    return next(a for a in menu.actions() if a.text().endswith(path[-1]))


def test_the_card_menu_sets_the_channel_of_every_selected_touchpoint_in_one_step(canvas, doc):
    from mapstudio.gui.canvas import menus
    from mapstudio.gui.canvas.hits import Hit

    canvas.select_ids(["t2", "t3"])
    scene = canvas.map_scene()
    menu = menus.build_menu(canvas, Hit("card", "t2", scene.card_item("t2")))
    email = _menu_action(menu, "Channel", "Email")
    assert email.text().startswith("✉")  # with the channel's symbol
    email.trigger()
    assert doc.get("t2").channel == doc.get("t3").channel == "email"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert (doc.get("t2").channel, doc.get("t3").channel) == ("website", "store")
    canvas.select_ids(["o1"])
    menu = menus.build_menu(canvas, Hit("card", "o1", scene.card_item("o1")))
    _menu_action(menu, "Effort", "High").trigger()
    assert doc.get("o1").effort == 3


def test_the_menu_key_opens_the_selected_cards_menu(canvas, doc, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QContextMenuEvent

    click(canvas, card_pt(canvas, "f2"))
    seen: list[list[str]] = []

    def look() -> None:
        popup = QApplication.activePopupWidget()
        if popup is None:
            QTimer.singleShot(20, look)
            return
        seen.append([a.text() for a in popup.actions()])
        popup.close()

    QTimer.singleShot(0, look)
    where = QPoint(5, 5)
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, where, canvas.viewport().mapToGlobal(where)
    )
    QApplication.sendEvent(canvas.viewport(), event)
    assert seen and "Severity" in seen[0] and "Edit" in seen[0]
