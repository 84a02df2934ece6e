"""Keyboard and mouse input of the canvas (a mixin of MapCanvas, kept apart for size).

Mouse: click selects (Ctrl+click toggles, a drag on empty space draws a rubber band); drag cards
to move them, stage headers sideways and lane headers up/down to reorder, emotion points up and
down; double-click edits (an empty cell: a new card); click an empty slot of the emotions lane
to set the current persona's point. Keyboard: arrows move the cursor, Alt+arrows move the
selected cards, Enter/F2 edit, Up/Down change a selected emotion point, Escape clears.
Zoom with Ctrl+wheel or a pinch; pan with the wheel (Shift: sideways), space+drag or the middle
button.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QGraphicsView, QToolTip

from mapstudio.core.model import to_half_point
from mapstudio.core.vocabulary import curve_name
from mapstudio.gui import commands
from mapstudio.gui.canvas import add_button, card_fields, curve_switcher, keyboard, menus
from mapstudio.gui.canvas.gestures import CardDrag, Gesture, HeaderDrag, PointDrag
from mapstudio.gui.canvas.hits import Hit, hit_at
from mapstudio.gui.i18n import map_words

# Literal context and text at each call, so pyside6-lupdate extracts them.
translate = QCoreApplication.translate

Cell = tuple[str, str]


class CanvasInteraction(Protocol):
    """A mode that sees the canvas's clicks on cards and its keys before the canvas does (a dot
    vote); each method says whether it took the event."""

    def card_pressed(self, card_id: str, modifiers: Qt.KeyboardModifier) -> bool: ...
    def key_pressed(self, event: QKeyEvent) -> bool: ...
    def claims_key(self, event: QKeyEvent) -> bool: ...  # before the menus' shortcuts see it


class CanvasInput:
    """Event handlers of MapCanvas; relies on its state and editing helpers."""

    def _navigate(self, key: int) -> None:
        ids = self.selected_ids()
        cell = self._cell_of(ids[0]) if ids else self._cursor
        geo = self._scene.geometry
        if cell is None:
            if not geo.columns or not geo.rows:
                return
            cell = (geo.columns[0].stage, geo.rows[0].lane)
            self.select_ids([])
            self._set_cursor(cell)
            return
        target = keyboard.navigate(self._scene, cell, ids[0] if ids else None, key, self._point_for)
        if target is None:
            return
        self._set_cursor(target.cell)
        self.select_ids([target.obj_id] if target.obj_id else [])
        cell_item = self._scene.cell_item(*target.cell)
        if not target.obj_id and cell_item is not None:
            self.reveal(cell_item.sceneBoundingRect())

    def _nudge_point(self, point_id: str, step: float) -> None:
        point = self.doc.get(point_id)
        low, high = self.doc.map.emotion_scale.bounds
        score = to_half_point(max(low, min(high, point.score + step)))
        if score != point.score:
            self.run_command(
                commands.set_emotion, self.doc, point.persona, point.stage, point.curve, score
            )

    # --- keyboard ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.editing():
            super().keyPressEvent(event)
            return
        if self.interaction is not None and self.interaction.key_pressed(event):
            return
        key, mods = event.key(), event.modifiers()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
            return
        if key in keyboard.ARROWS:
            ids = self.selected_ids()
            if mods & Qt.KeyboardModifier.AltModifier:
                cards = [i for i in ids if self.doc.collection_of(i) == "cards"]
                if not cards:
                    return
                moved = self.run_command(keyboard.move_selected_cards, self._scene, cards, key)
                if moved:
                    self.reveal(self._scene.card_item(cards[0]).sceneBoundingRect())
                elif moved is not None and key in (keyboard.UP, keyboard.DOWN):
                    self.message.emit(
                        translate(
                            "MapCanvas",
                            "Alt+Up and Alt+Down move cards only into lanes of their own kind; "
                            "drag them to change lane.",
                        )
                    )
                return
            if (
                len(ids) == 1
                and self.doc.collection_of(ids[0]) == "emotion_points"
                and key in (keyboard.UP, keyboard.DOWN)
            ):
                step = half_or_whole(mods)  # Shift: half a point
                self._nudge_point(ids[0], step if key == keyboard.UP else -step)
                return
            self._navigate(key)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
            self.edit_selected()
            return
        plain = not mods & ~(Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier)
        if plain and card_fields.field_key(self, self.selected_ids(), key, event.text()):
            return
        if plain and key == Qt.Key.Key_P:  # whose curve a click in the emotions lane edits
            shift = mods & Qt.KeyboardModifier.ShiftModifier
            curve_switcher.next_persona(self, -1 if shift else 1)
            return
        if plain and key == Qt.Key.Key_C and not mods:  # ... and which of their curves
            curve_switcher.other_curve(self)
            return
        if key == Qt.Key.Key_Escape:
            if self._gesture is not None or self._press is not None:
                if self._gesture is not None:
                    self._gesture.cancel()
                self._gesture = self._press = None  # the held button no longer drags
            else:
                self.clear_find()
                self._scene.clearSelection()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
            return
        super().keyReleaseEvent(event)

    # --- mouse --------------------------------------------------------------------------------------
    def _hit(self, pos: QPoint) -> Hit:
        return hit_at(self, pos)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        hit = self._hit(pos)
        if hit.kind == "editor":
            super().mousePressEvent(event)
            return
        self.finish_editing()
        self.setFocus()
        button = event.button()
        if button == Qt.MouseButton.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if self._space or button not in (Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton):
            super().mousePressEvent(event)
            return
        self._press, self._press_pos = None, self.mapToScene(pos)
        self._select_on_release = None
        toggle = bool(
            event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier)
        )
        if hit.kind in ("card", "metric", "point"):
            item = hit.item
            if self._card_pressed(hit, button, event.modifiers()):
                return
            if button == Qt.MouseButton.RightButton:
                if not item.isSelected():
                    self.select_ids([hit.obj_id])
                return
            if toggle:
                item.setSelected(not item.isSelected())
            elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                item.setSelected(True)
            elif not item.isSelected():
                self.select_ids([hit.obj_id])
            else:
                self._select_on_release = item
            if item.isSelected() and hit.kind != "metric":
                self._press = hit
            return
        if button == Qt.MouseButton.RightButton:
            return
        if hit.kind == "switcher":
            hit.item.click(self._press_pos)
            return
        if hit.kind in ("stage", "lane"):
            if hit.kind == "lane" and hit.item.chevron_rect().contains(
                hit.item.mapFromScene(self._press_pos)
            ):
                self.toggle_collapsed(hit.obj_id)
                return
            self._press = hit
            self._select_on_release = hit.item  # a click without a drag selects the header
            return
        if hit.kind == "emotion-cell" and hit.cell is not None:
            self._click_emotion_slot(hit.cell, self._press_pos)
            return
        geo = self._scene.geometry
        on_plus = add_button.hit(geo, hit.cell, self._press_pos) if hit.kind == "cell" else False
        if on_plus and not toggle and not self.doc.read_only:
            self._set_cursor(hit.cell, show=False)
            self.add_in(hit.cell)  # the cell's "+": a card at its end, open for typing
            return
        if hit.cell is not None:
            self._set_cursor(hit.cell, show=not toggle)
        super().mousePressEvent(event)

    def _click_emotion_slot(self, cell: Cell, pos: QPointF) -> None:
        persona = self.current_persona()
        if persona is None:
            self.message.emit(
                translate("MapCanvas", "Add a persona first: each emotion curve belongs to one.")
            )
            return
        existing = self._point_for(cell[0])
        if existing is None:
            score = self._scene.geometry.y_to_score(cell[1], pos.y())
            existing = self.run_command(
                commands.set_emotion, self.doc, persona, cell[0], self._current_curve, score
            )
        if existing:
            self.select_ids([existing])
            items = self._scene.point_items(existing)
            self._press = Hit("point", existing, items[0] if items else None, cell)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._pan_from is not None:
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(
                self.horizontalScrollBar().value() - round(delta.x())
            )
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            return
        scene_pos = self.mapToScene(pos.toPoint())
        if self._gesture is not None:
            if isinstance(self._gesture, PointDrag):
                self._gesture.step = half_or_whole(event.modifiers())
            self._gesture.move(scene_pos)
            self._drag_pos = pos.toPoint()
            self._autoscroll_timer().start()
            if isinstance(self._gesture, PointDrag):
                self._show_point_value(self._gesture.point_id, pos.toPoint())
            return
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            moved = (self.mapFromScene(self._press_pos) - pos.toPoint()).manhattanLength()
            if moved >= QApplication.startDragDistance():
                self._gesture = self._start_gesture(self._press)
                self._select_on_release = None
                if isinstance(self._gesture, PointDrag):
                    self._gesture.step = half_or_whole(event.modifiers())
                if self._gesture is not None:
                    self._gesture.move(scene_pos)
            return
        super().mouseMoveEvent(event)

    def _show_point_value(self, point_id: str, pos: QPoint) -> None:
        """While an emotion point is dragged: whose curve, which stage, and the score now."""
        point = self.doc.get(point_id)
        persona = point and self.doc.get(point.persona)
        stage = point and self.doc.get(point.stage)
        if point is None or persona is None or stage is None:
            return
        score = self.doc.map.emotion_scale.score_text(point.score)
        with map_words(self.doc.map.language):  # the map's word, as in its legend
            curve = curve_name(point.curve)
        text = (
            translate("MapCanvas", "%1, %2 (%3): %4")
            .replace("%1", persona.name)
            .replace("%2", stage.name)
            .replace("%3", curve)
            .replace("%4", score)
        )
        QToolTip.showText(self.viewport().mapToGlobal(pos + QPoint(14, -28)), text, self.viewport())

    EDGE = 28  # pixels from the viewport's edge where a drag scrolls the view

    def _autoscroll_timer(self) -> QTimer:
        timer = getattr(self, "_autoscroll", None)
        if timer is None:
            timer = self._autoscroll = QTimer(self)
            timer.setInterval(30)
            timer.timeout.connect(self._autoscroll_step)
        return timer

    def _autoscroll_step(self) -> None:
        """While a drag is held near an edge, scroll towards it and let the drag follow."""
        pos = getattr(self, "_drag_pos", None)
        rect = self.viewport().rect()
        if self._gesture is None or pos is None:
            self._autoscroll.stop()
            return
        # a header drag scrolls only along its own axis: a stage header sits at the view's
        # top edge, and scrolled the map up to its top on every sideways drag
        sideways, upright = self._gesture.axes
        dx = -12 if pos.x() < self.EDGE else 12 if pos.x() > rect.width() - self.EDGE else 0
        dy = -12 if pos.y() < self.EDGE else 12 if pos.y() > rect.height() - self.EDGE else 0
        dx, dy = (dx if sideways else 0), (dy if upright else 0)
        if not dx and not dy:
            self._autoscroll.stop()
            return
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)
        self._gesture.move(self.mapToScene(pos))

    def _start_gesture(self, hit: Hit) -> Gesture | None:
        if not self.is_editable():
            return None
        if hit.kind == "card":
            ids = [i for i in self.selected_ids() if self.doc.collection_of(i) == "cards"]
            return CardDrag(self._scene, ids, self._press_pos) if ids else None
        if hit.kind in ("stage", "lane"):
            return HeaderDrag(self._scene, hit.kind, hit.obj_id, self._press_pos)
        if hit.kind == "point" and hit.cell is not None:
            return PointDrag(self._scene, hit.obj_id, hit.cell[1])
        return None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            return
        gesture, self._gesture, self._press = self._gesture, None, None
        if isinstance(gesture, PointDrag):
            QToolTip.hideText()
        if gesture is not None:
            self.run_command(gesture.finish, self.mapToScene(event.position().toPoint()))
            return
        if self._select_on_release is not None:
            self.select_ids([self._select_on_release.obj_id])
            self._select_on_release = None
        super().mouseReleaseEvent(event)

    def _card_pressed(
        self, hit: Hit, button: Qt.MouseButton, modifiers: Qt.KeyboardModifier
    ) -> bool:
        """Whether the canvas's interaction (a dot vote) took a left click on a card: nothing
        is dragged, and the interaction decides what is selected."""
        if self.interaction is None or hit.kind != "card" or button != Qt.MouseButton.LeftButton:
            return False
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier):
            return False  # Ctrl+click still toggles the selection
        return self.interaction.card_pressed(hit.obj_id, modifiers)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.interaction is not None
            and not self.editing()
            and self.interaction.claims_key(event)
        ):
            event.accept()  # the key comes to keyPressEvent, not to a menu's shortcut
            return True
        # Tab and Shift+Tab reach keyPressEvent only if no one moves the focus first
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and self.interaction is not None
            and not self.editing()
            and self.interaction.key_pressed(event)
        ):
            return True
        return super().event(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self._hit(event.position().toPoint())
        if event.button() != Qt.MouseButton.LeftButton or hit.kind == "editor":
            super().mouseDoubleClickEvent(event)
            return
        if self._card_pressed(hit, event.button(), event.modifiers()):
            return  # a second quick click on a card is a second dot, not an edit
        if hit.kind == "card":
            self.edit_card(hit.obj_id)
        elif hit.kind == "metric":
            self.edit_metric(hit.obj_id)
        elif hit.kind == "point":
            self.edit_point_label(hit.obj_id)
        elif hit.kind == "stage":
            self.rename_stage(hit.obj_id)
        elif hit.kind == "lane":
            self.rename_lane(hit.obj_id)
        elif hit.kind == "cell" and hit.cell is not None:
            self._set_cursor(hit.cell)
            scene_pos = self.mapToScene(event.position().toPoint())
            index = self._scene.geometry.insertion_index(hit.cell[0], hit.cell[1], scene_pos.y())
            self.add_in(hit.cell, index)

    def wheelEvent(self, event: QWheelEvent) -> None:
        mods = event.modifiers()
        delta = event.angleDelta().y() or event.angleDelta().x()
        if mods & Qt.KeyboardModifier.ControlModifier:
            if delta:
                self.set_zoom(self.zoom_factor() * 1.0015**delta, event.position().toPoint())
            event.accept()
            return
        if mods & Qt.KeyboardModifier.ShiftModifier:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta)
            event.accept()
            return
        super().wheelEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.NativeGesture
            and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture
        ):
            self.set_zoom(self.zoom_factor() * (1.0 + event.value()), event.position().toPoint())
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.finish_editing()
        hit, pos = self._hit(event.pos()), event.globalPos()
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            # the menu key or Shift+F10: the menu of the selected card, next to it
            item = next(
                (self._scene.card_item(i) for i in self.selected_ids() if self._scene.card_item(i)),
                None,
            )
            if item is not None:
                hit = Hit(item.kind, item.obj_id, item)
                corner = self.mapFromScene(item.sceneBoundingRect().bottomLeft())
                pos = self.viewport().mapToGlobal(corner)
        menu = menus.build_menu(self, hit)
        if menu is not None and not menu.isEmpty():
            menu.exec(pos)


def half_or_whole(modifiers: Qt.KeyboardModifier) -> float:
    """How far an emotion point moves or snaps: half a point with Shift held, else a point."""
    return 0.5 if modifiers & Qt.KeyboardModifier.ShiftModifier else 1.0
