"""MapCanvas: the view of one map (a QGraphicsView on a MapScene): the public API used by the
main window, zoom, selection and the keyboard cursor, and the in-place editing helpers.
Keyboard and mouse handling live in ``input.py``."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from mapstudio.core import metrics
from mapstudio.core.model import Curve, LaneKind
from mapstudio.core.vocabulary import new_metric_name
from mapstudio.gui import commands
from mapstudio.gui.canvas import curve_switcher
from mapstudio.gui.canvas import painting as P
from mapstudio.gui.canvas.badge_strip import BadgeTips
from mapstudio.gui.canvas.drops import CanvasDrops
from mapstudio.gui.canvas.finder import Finder
from mapstudio.gui.canvas.gestures import Gesture
from mapstudio.gui.canvas.hits import Hit
from mapstudio.gui.canvas.input import CanvasInput, CanvasInteraction
from mapstudio.gui.canvas.items import CardItem
from mapstudio.gui.canvas.scene import MapScene
from mapstudio.gui.document import EditError, MapDocument
from mapstudio.gui.i18n import map_words
from mapstudio.layout import theme

if TYPE_CHECKING:
    from mapstudio.gui.canvas.editor import InPlaceEditor
    from mapstudio.gui.canvas.legend import MapLegend

# Literal context and text at each call, so pyside6-lupdate extracts them.
translate = QCoreApplication.translate

Cell = tuple[str, str]
LAYOUT_START_MS = 50  # the rest of the map is measured from then (after the first paint)
LAYOUT_SLICE_S = 0.006  # measuring while idle, in slices this long: a key waits at most that
LAYOUT_PAUSE_MS = 30  # idle work resumes this long after the view last painted a move


class MapCanvas(CanvasDrops, CanvasInput, QGraphicsView):
    selection_changed = Signal()
    zoom_changed = Signal(float)
    message = Signal(str)  # a refused edit or a hint, one sentence (for the status bar)
    deleted = Signal(str)  # a stage or lane went with what it held: what, in one sentence
    curve_target_changed = Signal()  # the persona or curve that clicks in the emotions lane edit

    MIN_ZOOM, MAX_ZOOM, STEP = 0.05, 4.0, 1.25

    def __init__(self, doc: MapDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here, not the one Qt made: PySide6 wraps a C++-made QWidget by
        # checking every QWidget subclass, building their Python enums (~5 ms at start-up).
        # Qt sets the new one up exactly as its own (setupViewport).
        self.setViewport(QWidget())
        self.legend: MapLegend | None = None  # View > Legend, built at its first showing
        self._showing = self._show_again = False  # see _show_area (setScene scrolls)
        self._ahead_done = self._layout_started = False  # see _layout_more
        self._paint_awaited = False  # the view moved: idle work waits for its paint
        self._layout_timer = QTimer(self)
        self._layout_timer.setInterval(0)
        self._layout_timer.timeout.connect(self._layout_more)
        self.doc = doc
        self._scene = MapScene(doc, self, viewed=True)
        self.setScene(self._scene)
        self._editor: InPlaceEditor | None = None  # built at the first edit (see editor)
        self.finder = Finder(self)
        self.badge_tips = BadgeTips(self)  # what a card's badges mean, under the mouse
        self._cursor: Cell | None = None
        self._current_persona: str | None = None
        self._current_curve = Curve.AS_IS
        self._press: Hit | None = None
        self._press_pos = QPointF()
        self._select_on_release: CardItem | None = None
        self._gesture: Gesture | None = None
        self._pan_from: QPointF | None = None
        self._space = False
        self._bulk = False
        self._editing_item: CardItem | None = None
        self._header: str | None = None  # the stage or lane whose header is selected
        # A mode that sees clicks on cards and keys first (a dot vote): an object with
        # card_pressed(card_id, modifiers) -> bool and key_pressed(QKeyEvent) -> bool, each
        # True when it took the event. None: the canvas edits as usual.
        self.interaction: CanvasInteraction | None = None
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        # the map's top-left corner stays at the view's: no empty band above or left of it
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)  # image files (drops.py); the viewport was set up before
        self.viewport().setAcceptDrops(True)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self._scene.selectionChanged.connect(self._on_selection)
        self._scene.layout_updated.connect(self._after_layout)
        self._scene.layout_updated.connect(self._follow_map_rect)
        # which persona and curve a click in the emotions lane edits, on the lane's header
        self._scene.layout_updated.connect(lambda: curve_switcher.sync(self))
        self.curve_target_changed.connect(lambda: curve_switcher.sync(self))
        doc.changed.connect(self._personas_changed)
        curve_switcher.sync(self)  # the scene laid the map out once already
        self._follow_map_rect()
        # Viewport first: the scene measures and makes what this view shows (_show_area);
        # the rest of the map is measured while the window is idle, a few milliseconds at a
        # time, once the first paint is done.
        QTimer.singleShot(LAYOUT_START_MS, self, self._start_layout)

    # --- contract ---------------------------------------------------------------------------------
    def map_scene(self) -> MapScene:
        return self._scene

    @property
    def editor(self) -> InPlaceEditor:
        """The in-place text editor, built at its first use (opening a map edits nothing)."""
        if self._editor is None:
            from mapstudio.gui.canvas.editor import InPlaceEditor

            self._editor = InPlaceEditor(self.doc)
            self._scene.addItem(self._editor)
            self._editor.error.connect(self.message)
            self._editor.finished.connect(self._on_editor_finished)
        return self._editor

    def editing(self) -> bool:
        """Whether an in-place editing session is under way (builds no editor)."""
        return self._editor is not None and self._editor.is_active()

    def finish_editing(self) -> None:
        """End the editing session, if any, keeping its text."""
        if self._editor is not None:
            self._editor.finish()

    def selected_ids(self) -> list[str]:
        """Selected cards (map order: lane, stage, position), then metrics and points."""
        geo = self._scene.geometry
        ids: dict[str, tuple] = {}
        positions: dict[tuple[str, str], dict[str, int]] = {}  # per cell, built once
        selected = self._scene.selectedItems()
        for item in selected:
            obj_id = getattr(item, "obj_id", None)
            if obj_id is None or obj_id in ids:
                continue
            cell = geo.box_cell.get(obj_id)
            if cell is not None and len(selected) == 1:
                ids[obj_id] = ()  # one card: no order to find (its cell may hold hundreds)
            elif cell is not None:
                if cell not in positions:
                    positions[cell] = {b.id: i for i, b in enumerate(geo.cells[cell].boxes)}
                pos = positions[cell][obj_id]
                ids[obj_id] = (0, geo.row_index[cell[1]], geo.column_index[cell[0]], pos)
            else:
                ids[obj_id] = (1, 0, 0, 0)
        if not ids and self._header is not None and self.doc.get(self._header) is not None:
            return [self._header]
        return sorted(ids, key=lambda i: ids[i])

    def select_ids(self, ids: list[str]) -> None:
        self._scene.flush()  # items of a just-made edit are created at the next turn otherwise
        headers = [i for i in ids if self.doc.collection_of(i) in ("stages", "lanes")]
        self._mark_header(headers[0] if headers else None)
        self._bulk = True
        try:
            self._scene.clearSelection()
            first = None
            for obj_id in ids:
                for item in [self._scene.card_item(obj_id), *self._scene.point_items(obj_id)]:
                    if item is not None:
                        item.setSelected(True)
                        first = first or item
        finally:
            self._bulk = False
        if first is not None:
            self.reveal(first.sceneBoundingRect())
        self._on_selection()

    def select_all_cards(self) -> None:
        self._bulk = True
        try:
            for item in self._scene.every_card_item():
                if item.kind == "card" and item.isVisible():
                    item.setSelected(True)
        finally:
            self._bulk = False
        self._on_selection()

    def current_cell(self) -> Cell | None:
        return self._cursor

    def edit_selected(self) -> None:
        """Edit the selected card, metric, point label, stage or lane name; on a cell without a
        selection, add a card (a metric in a metrics lane)."""
        ids = self.selected_ids()
        if len(ids) == 1:
            kind = self.doc.collection_of(ids[0])
            if kind == "cards":
                self.edit_card(ids[0])
            elif kind == "metric_values":
                self.edit_metric(ids[0])
            elif kind == "emotion_points":
                self.edit_point_label(ids[0])
            elif kind == "stages":
                self.rename_stage(ids[0])
            elif kind == "lanes":
                self.rename_lane(ids[0])
        elif not ids and self._cursor is not None:
            self.add_in(self._cursor)

    def delete_selected(self) -> None:
        self.delete(self.selected_ids())

    def delete(self, ids: list[str]) -> None:
        """Delete ``ids`` in one undo step; a stage or lane deleted with its content is told
        (``deleted``), so that it can be undone at once rather than go unnoticed."""
        if not ids:
            return
        summary = deletion_summary(self.doc, ids)
        before = self.doc.undo_stack.index()
        self.run_command(commands.remove, self.doc, ids)
        if summary and self.doc.undo_stack.index() != before:
            self.deleted.emit(summary)

    def duplicate_selected(self) -> list[str]:
        ids = [i for i in self.selected_ids() if self.doc.collection_of(i) == "cards"]
        if not ids:
            return []
        new = self.run_command(commands.duplicate_cards, self.doc, ids) or []
        self.select_ids(new)
        return new

    def set_current_persona(self, persona_id: str | None) -> None:
        if persona_id != self._current_persona:
            self._current_persona = persona_id
            self.curve_target_changed.emit()

    def set_current_curve(self, curve: str) -> None:
        if Curve(curve) is not self._current_curve:
            self._current_curve = Curve(curve)
            self.curve_target_changed.emit()

    def current_curve(self) -> Curve:
        return self._current_curve

    def _personas_changed(self, change) -> None:
        if change.collection == "personas":  # a name or colour on the switchers
            curve_switcher.sync(self)

    def current_persona(self) -> str | None:
        personas = self.doc.map.personas
        if self._current_persona and self.doc.get(self._current_persona) is not None:
            return self._current_persona
        return personas[0].id if personas else None

    def find(self, text: str) -> int:
        """Highlight what matches ``text`` (case and accents ignored); how many."""
        return self.finder.find(text)

    def find_next(self) -> None:
        self.finder.step(1)

    def find_previous(self) -> None:
        self.finder.step(-1)

    def find_position(self) -> tuple[int, int]:
        """(the current match, from 1; 0 before the first step) and the number of matches."""
        return self.finder.index + 1, len(self.finder.matches)

    def replace_current(self, replacement: str) -> bool:
        return self.finder.replace_current(replacement)

    def replace_all(self, replacement: str) -> int:
        return self.finder.replace_all(replacement)

    def clear_find(self) -> None:
        self.finder.clear()

    # --- zoom -------------------------------------------------------------------------------------
    def zoom_factor(self) -> float:
        return self.transform().m11()

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_factor() * self.STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_factor() / self.STEP)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0)

    def fit_all(self) -> None:
        rect = self.view_rect()
        view = self.viewport().rect()
        if rect.isEmpty() or view.isEmpty():
            return
        self.set_zoom(0.98 * min(view.width() / rect.width(), view.height() / rect.height()))
        self.centerOn(rect.center())

    def set_zoom(self, factor: float, anchor: QPoint | None = None) -> None:
        """Zoom to ``factor``, keeping the scene point under ``anchor`` (a viewport position;
        the centre by default) where it is."""
        factor = max(self.MIN_ZOOM, min(self.MAX_ZOOM, factor))
        if abs(factor - self.zoom_factor()) < 1e-9:
            return
        anchor = anchor if anchor is not None else self.viewport().rect().center()
        fixed = self.mapToScene(anchor)
        self.setTransform(QTransform.fromScale(factor, factor))
        self._scene.cache_cards(factor >= P.LOD_BLOCKS)  # far out, cards are plain blocks
        drift = self.mapFromScene(fixed) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + drift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + drift.y())
        self._pin_headers()
        self.zoom_changed.emit(factor)

    # --- pinned headers: stage and lane headers stay in sight while scrolling -----------------
    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._pin_headers()
        if self.legend is not None:
            self.legend.stay_in_place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._pin_headers()

    def reveal(self, rect: QRectF, margin: float = 16.0) -> None:
        """Scroll the least that shows ``rect`` (scene coordinates) whole, below the pinned
        stage headers and right of the pinned lane headers, which cover the view's top and
        left edges (QGraphicsView.ensureVisible does not know them); a rect too big for the
        room left shows its top and left."""
        st = self._scene.geometry.style
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        top = max(visible.top(), 0.0) + st.stage_header_height
        left = max(visible.left(), 0.0) + st.header_width
        zoom = self.zoom_factor()

        def shift(low: float, high: float, start: float, end: float) -> float:
            if start - margin < low or end - start + 2 * margin > high - low:
                return start - margin - low
            if end + margin > high:
                return end + margin - high
            return 0.0

        dx = shift(left, visible.right(), rect.left(), rect.right())
        dy = shift(top, visible.bottom(), rect.top(), rect.bottom())
        dx, dy = self._clear_of_legend(rect, margin, dx, dy, QRectF(visible), left, top)
        if dx:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + round(dx * zoom))
        if dy:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + round(dy * zoom))

    def _clear_of_legend(
        self,
        rect: QRectF,
        margin: float,
        dx: float,
        dy: float,
        visible: QRectF,
        left: float,
        top: float,
    ) -> tuple[float, float]:
        """The scroll that also keeps ``rect`` out from under the legend over the map (a match
        Find went to was hidden by it): a little further sideways or up or down, whichever is
        less and still shows ``rect`` whole; as before when neither can."""
        legend = self.legend
        if legend is None or not legend.isVisible():
            return dx, dy
        cover = self.mapToScene(legend.geometry()).boundingRect().translated(dx, dy)
        if not cover.intersects(rect.adjusted(-margin, -margin, margin, margin)):
            return dx, dy
        room = visible.translated(dx, dy)
        low_x, low_y = left + dx, top + dy
        options = []
        if legend.corner.endswith("right"):
            ex = rect.right() + margin - cover.left()
            if rect.left() - margin >= low_x + ex:
                options.append((abs(ex), dx + ex, dy))
        else:
            ex = cover.right() + margin - rect.left()
            if rect.right() + margin <= room.right() - ex:
                options.append((abs(ex), dx - ex, dy))
        if legend.corner.startswith("bottom"):
            ey = rect.bottom() + margin - cover.top()
            if rect.top() - margin >= low_y + ey:
                options.append((abs(ey), dx, dy + ey))
        else:
            ey = cover.bottom() + margin - rect.top()
            if rect.bottom() + margin <= room.bottom() - ey:
                options.append((abs(ey), dx, dy - ey))
        if not options:
            return dx, dy
        _, dx, dy = min(options)
        return dx, dy

    def reveal_span(
        self, x: tuple[float, float] | None = None, y: tuple[float, float] | None = None
    ) -> None:
        """Scroll only along the axis given (a column's x span, a lane's y span)."""
        st = self._scene.geometry.style
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        left = max(visible.left(), 0.0) + st.header_width + 20
        top = max(visible.top(), 0.0) + st.stage_header_height + 20
        x0, x1 = x if x is not None else (left, left + 1)
        y0, y1 = y if y is not None else (top, top + 1)
        self.reveal(QRectF(x0, y0, x1 - x0, y1 - y0))

    def _pin_headers(self) -> None:
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        self._scene.pin_headers(visible.left(), visible.top())
        self._show_area()

    # --- viewport first: what the view shows is measured and made before it is painted -------
    def _show_area(self) -> None:
        """Have the scene measure and make what this view shows and about a screen around it
        (before the view paints it: scrolling shows no empty place), keeping what is on
        screen where it is when rows above it move."""
        if self._showing:  # the scroll that keeps the view in place calls again
            self._show_again = True
            return
        self._showing = True
        try:
            for _ in range(5):
                self._show_again = False
                visible = self.mapToScene(self.viewport().rect()).boundingRect()
                around = visible.adjusted(
                    -visible.width() / 2, -visible.height(), visible.width() / 2, visible.height()
                )
                anchor = self._anchor()
                if self._scene.show_area(around):
                    self._restore(anchor)
                if not self._show_again:
                    break
        finally:
            self._showing = False
        self._ahead_done = False  # the cards a scroll or two further, made while idle
        if self._layout_started:  # idle work waits: the view paints what it now shows first
            self._paint_awaited = True
            self._layout_timer.start(LAYOUT_PAUSE_MS)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        super().paintEvent(event)
        if self._paint_awaited:
            # The pause counts from the end of the paint that shows the move, not from the
            # move: a paint that took longer than the pause (a full screen of new cards, a busy
            # machine) had the next slice run straight after it, in the same turn of the event
            # loop, and the next scroll or key waited for it.
            self._paint_awaited = False
            self._layout_timer.start(LAYOUT_PAUSE_MS)

    def _anchor(self) -> tuple[str, float] | None:
        """The lane under the pinned stage headers and how far down it the view starts."""
        geo = self._scene.geometry
        top = self.mapToScene(self.viewport().rect()).boundingRect().top()
        top += geo.style.stage_header_height
        lane = geo.lane_at(top)
        return (lane, top - geo.row(lane).y) if lane is not None else None

    def _restore(self, anchor: tuple[str, float] | None) -> None:
        """Scroll so that the anchor's lane starts where it did (rows above it were measured
        and grew or shrank): what is on screen does not jump."""
        geo = self._scene.geometry
        if anchor is None or anchor[0] not in geo.row_index:
            return
        lane, offset = anchor
        self._follow_map_rect()  # the scroll range follows the measured map first
        top = self.mapToScene(self.viewport().rect()).boundingRect().top()
        delta = geo.row(lane).y + offset - (top + geo.style.stage_header_height)
        if abs(delta * self.zoom_factor()) >= 1:
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + round(delta * self.zoom_factor()))

    def _start_layout(self) -> None:
        self._layout_started = True
        self._layout_timer.start()

    def _layout_more(self) -> None:
        """While idle, for a few milliseconds at a time (the window stays responsive): make
        the cards two screens around the view, so that scrolling finds them made, then
        measure the map's next cells, keeping what is on screen in place."""
        scene = self._scene
        self._layout_timer.setInterval(0)  # after a pause for a scroll's paint
        deadline = time.perf_counter() + LAYOUT_SLICE_S
        if not self._ahead_done:
            visible = self.mapToScene(self.viewport().rect()).boundingRect()
            ahead = visible.adjusted(
                -visible.width(), -2 * visible.height(), visible.width(), 2 * visible.height()
            )
            self._ahead_done = scene.make_ahead(ahead, deadline)
            # A slice makes cards or measures, not both: a cell is measured whole (about 7 ms
            # for 500 cards), and after the cards it ran to twice the slice.
            return
        if not scene.geometry.unmeasured:
            if self._ahead_done:
                self._layout_timer.stop()
            return
        anchor = self._anchor()
        moved = False
        while scene.geometry.unmeasured and time.perf_counter() < deadline:
            moved |= scene.measure_more()
        if moved:
            self._restore(anchor)
            self._show_area()

    # --- editing helpers --------------------------------------------------------------------------
    def run_command(self, func, *args, **kwargs):
        """Run a command; a refused edit becomes a one-sentence message, nothing changes."""
        if not self.is_editable():
            return None
        try:
            result = func(*args, **kwargs)
        except EditError as e:
            self.message.emit(str(e)[:1].upper() + str(e)[1:] + ".")
            return None
        self._scene.flush()
        return result

    def is_editable(self) -> bool:
        """False (with a message) when the map is open read-only."""
        if self.doc.read_only:
            self.message.emit(
                translate("MapCanvas", "This map is open read-only: save a copy to edit it.")
            )
            return False
        return True

    def add_in(self, cell: Cell, index: int | None = None) -> str | None:
        """What Enter or a double-click on a cell adds: a metric in a metrics lane (its cards
        come from the menu or a paste), a card elsewhere."""
        if self._scene.lane_kind(cell[1]) is LaneKind.METRICS:
            return self.add_metric_in(cell)
        return self.add_card_in(cell, index)

    def add_metric_in(self, cell: Cell, preset: str | None = None) -> str | None:
        """Add a metric value to a metrics cell (blank, or from one of ``core.metrics.PRESETS``)
        and edit it in place; left empty, it goes again."""
        if self._scene.lane_kind(cell[1]) is not LaneKind.METRICS:
            return None
        with map_words(self.doc.map.language):  # the new metric's name is the map's text
            usual = metrics.preset(preset) if preset else None
            name = usual.name if usual else new_metric_name()
        unit, value = (usual.unit, usual.start) if usual else ("", 0.0)
        made_at = self.doc.undo_stack.index()
        metric_id = self.run_command(
            commands.add_metric, self.doc, cell[0], cell[1], name, value, unit
        )
        if metric_id:
            self.select_ids([metric_id])
            self.edit_metric(metric_id, made_at)
        return metric_id

    def edit_metric(self, metric_id: str, made_at: int | None = None) -> None:
        """Edit a metric in place as it shows: its name, then its figure ("42 / 50 pts ▲")."""
        if not self.is_editable():
            return
        self._scene.flush()
        item = self._scene.card_item(metric_id)
        metric = self.doc.get(metric_id)
        if item is None or metric is None or item.kind != "metric":
            return
        self.editor.finish()
        self.reveal(item.sceneBoundingRect())
        self._editing_item = item
        item.set_editing(True)
        self.editor.start(
            "metric",
            metric_id,
            metrics.metric_text(metric, self.doc.map.language),
            self._card_text_rect(item),
            self._scene.geometry.style.font_size,
            theme.LANE_STYLES[LaneKind.METRICS].fill,
            made_at,
        )
        self.setFocus()

    def add_card_in(self, cell: Cell, index: int | None = None) -> str | None:
        kind = self._scene.lane_kind(cell[1])
        if kind is None or kind is LaneKind.EMOTIONS or self._scene.geometry.row(cell[1]).collapsed:
            return None
        made_at = self.doc.undo_stack.index()
        card_id = self.run_command(commands.add_card, self.doc, cell[0], cell[1], index)
        if card_id:
            self.select_ids([card_id])
            self.edit_card(card_id, made_at)
        return card_id

    def edit_card(self, card_id: str, made_at: int | None = None) -> None:
        """Edit a card's text in place; ``made_at`` marks a card just made (see the editor)."""
        if not self.is_editable():
            return
        self._scene.flush()
        item = self._scene.card_item(card_id)
        card = self.doc.get(card_id)
        if item is None or card is None or item.kind != "card":
            return
        self.editor.finish()  # the previous session ends before this card hides its text
        self.reveal(item.sceneBoundingRect())
        lane = self.doc.get(card.lane)
        fill = card.colour or theme.LANE_STYLES[lane.kind].fill
        self._editing_item = item
        item.set_editing(True)
        self.editor.start(
            "card",
            card_id,
            card.text,
            self._card_text_rect(item),
            self._scene.geometry.style.font_size,
            fill,
            made_at,
        )
        self.setFocus()

    def _card_text_rect(self, item: CardItem) -> QRectF:
        box = item.box
        local = QRectF(
            6, box.text_top - 1, box.width - 12, max(16.0, box.height - box.text_top - 5)
        )
        return item.mapRectToScene(local)

    def rename_stage(self, stage_id: str) -> None:
        if not self.is_editable():
            return
        item = self._scene.stage_item(stage_id)
        if item is None:
            return
        rect = item.mapRectToScene(QRectF(30, 9, item.boundingRect().width() - 44, 18))
        self.editor.start(
            "stage", stage_id, self.doc.get(stage_id).name, rect, 12, theme.HEADER_FILL
        )
        self.setFocus()

    def rename_lane(self, lane_id: str) -> None:
        if not self.is_editable():
            return
        lane = self._scene.lane_item(lane_id)
        if lane is None:
            return
        rect = lane.header.mapRectToScene(
            QRectF(44, 3, lane.header.boundingRect().width() - 50, 18)
        )
        self.editor.start("lane", lane_id, self.doc.get(lane_id).title, rect, 11, "#ffffff")
        self.setFocus()

    def edit_point_label(self, point_id: str) -> None:
        if not self.is_editable():
            return
        items = self._scene.point_items(point_id)
        if not items:
            return
        rect = items[0].mapRectToScene(items[0].label_rect().adjusted(20, 0, -20, 2))
        self.editor.start("label", point_id, self.doc.get(point_id).label, rect, 9, "#ffffff")
        self.setFocus()

    def toggle_collapsed(self, lane_id: str) -> None:
        lane = self.doc.get(lane_id)
        self.run_command(commands.set_collapsed, self.doc, lane_id, not lane.collapsed)

    def view_rect(self) -> QRectF:
        """What the view scrolls over: the map, with room right of and below it only. The
        pinned headers sit at the top and left of the visible area and never below 0: a
        margin there showed as a grey band above the stage headers or left of the lane
        names once scrolled to the top or left (after Find, a stage drag, or on a new map)."""
        rect = self._scene.map_rect()
        return QRectF(0.0, 0.0, rect.right(), rect.bottom())

    def _follow_map_rect(self) -> None:
        # the scene's own rect grows in steps (see MapScene._set_rect): scroll over the map only
        self.setSceneRect(self.view_rect())

    def _after_layout(self) -> None:
        self._pin_headers()
        session = self._editor.session if self._editor is not None else None
        if session is None:
            return
        obj = self.doc.get(session.obj_id)
        if session.kind == "card":
            item = self._scene.card_item(session.obj_id)
            if obj is None or item is None or obj.text != self.editor.text():
                self.editor.abandon()  # deleted, or changed by undo: stop editing
                return
            if item is not self._editing_item:
                self._editing_item = item
                item.set_editing(True)
            self.editor.place(self._card_text_rect(item))
        elif obj is None:
            self.editor.abandon()

    def _on_editor_finished(self) -> None:
        if self._editing_item is not None:
            self._editing_item.set_editing(False)
            self._editing_item = None
        self.setFocus()

    # --- selection and cursor ---------------------------------------------------------------------
    def _mark_header(self, obj_id: str | None) -> None:
        for old in (self._header, obj_id):
            lane = old and self._scene.lane_item(old)
            item = old and (self._scene.stage_item(old) or (lane.header if lane else None))
            if item:
                item.set_marked(old == obj_id)
        self._header = obj_id

    def _on_selection(self) -> None:
        if self._bulk:
            return
        if self._scene.selectedItems():
            self._mark_header(None)
        ids = self.selected_ids()
        if ids:
            cell = self._cell_of(ids[0])
            if cell is not None:
                self._set_cursor(cell, show=False)
        elif self._cursor is not None:
            self._set_cursor(self._cursor, show=True)
        self.selection_changed.emit()

    def _cell_of(self, obj_id: str) -> Cell | None:
        geo = self._scene.geometry
        if obj_id in geo.box_cell:
            return geo.box_cell[obj_id]
        items = self._scene.point_items(obj_id)
        if items:
            return (items[0].stage, items[0].parentItem().parentItem().lane_id)
        return None

    def _set_cursor(self, cell: Cell | None, show: bool = True) -> None:
        old = self._scene.cell_item(*self._cursor) if self._cursor else None
        if old is not None:
            old.set_marks(cursor=False)
        self._cursor = cell
        new = self._scene.cell_item(*cell) if cell else None
        if new is not None:
            new.set_marks(cursor=show)

    def _point_for(self, stage: str) -> str | None:
        persona = self.current_persona()
        point = self.doc.emotion_point(persona, stage, self._current_curve) if persona else None
        return point.id if point else None


def deletion_summary(doc: MapDocument, ids: list[str]) -> str:
    """What deleting ``ids`` takes with it, for the stages and lanes among them (else "")."""
    from mapstudio.core.vocabulary import card_count, point_count

    m = doc.map
    sentences = []
    for obj_id in ids:
        kind = doc.collection_of(obj_id)
        if kind == "stages":
            field, name = "stage", doc.get(obj_id).name
            what = translate("MapCanvas", "Deleted stage “%1”")
        elif kind == "lanes":
            field, name = "lane", doc.get(obj_id).title
            what = translate("MapCanvas", "Deleted lane “%1”")
        else:
            continue
        cards = sum(1 for x in (*m.cards, *m.metric_values) if getattr(x, field) == obj_id)
        points = sum(1 for p in m.emotion_points if field == "stage" and p.stage == obj_id)
        parts = [count(n) for n, count in ((cards, card_count), (points, point_count)) if n]
        sentence = what.replace("%1", name)
        if len(parts) == 2:
            parts = [
                translate("MapCanvas", "%1 and %2").replace("%1", parts[0]).replace("%2", parts[1])
            ]
        if parts:
            sentence = (
                translate("MapCanvas", "%1 with %2").replace("%1", sentence).replace("%2", parts[0])
            )
        sentences.append(sentence + ".")
    return " ".join(sentences)


__all__ = ["MapCanvas", "deletion_summary"]
