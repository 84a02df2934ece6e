"""What a facilitator runs a workshop with, for the window's menus: presentation mode, quick
capture, the timebox timer, the participants and the filter by author. Built at first use."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel

from mapstudio.gui.app.capture_bar import NOT_FOR_NOTES, CaptureBar
from mapstudio.gui.app.presentation import Presentation, show_full_screen
from mapstudio.gui.app.timebox import Timebox, TimerDisplay
from mapstudio.layout import theme

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow
    from mapstudio.gui.canvas.view import MapCanvas
    from mapstudio.gui.document import MapDocument


class Workshop(QObject):
    author_filter_changed = Signal(object)  # a participant id, or None for every note

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.presentation = Presentation(window)
        self.timebox = Timebox(parent=self)
        self._capture: CaptureBar | None = None
        self._timer: TimerDisplay | None = None
        self._notice: QLabel | None = None  # messages while the status bar is hidden
        self._told: MapCanvas | None = None  # the canvas whose messages it shows
        self._notice_timer = QTimer(self)
        self._notice_timer.setSingleShot(True)
        self._notice_timer.timeout.connect(lambda: self._notice and self._notice.hide())
        self._stage: str | None = None  # the capture stage outside presentation mode
        self.author_filter: str | None = None
        self._normal_geometry: QRect | None = None  # before F11
        self.presentation.toggled.connect(self._presentation_toggled)
        self.presentation.focus_changed.connect(self._refresh_capture)
        self.timebox.changed.connect(self._show_timer_if_used)
        window._editor_page.installEventFilter(self)  # keeps the timer in its corner

    # --- context ---------------------------------------------------------------------------------
    def set_context(self, doc: MapDocument | None, canvas: MapCanvas | None) -> None:
        """The window shows another map (or none)."""
        if self.presentation.active and canvas is not self.presentation.canvas:
            self.presentation.leave()
        self._stage = None
        self.author_filter = None
        if canvas is not None:
            canvas.map_scene().set_author_filter(None)
        self.author_filter_changed.emit(None)
        if self._capture is not None:
            self._capture.set_context(doc)
            if doc is None:
                self._capture.hide()
        self._update_stage_keys()

    # --- presentation ----------------------------------------------------------------------------
    def toggle_presentation(self) -> None:
        self.presentation.toggle()

    def _presentation_toggled(self, active: bool) -> None:
        # the status bar is hidden: hints and refusals show on the map
        if self._told is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # the canvas may be gone
                self._told.message.disconnect(self.show_notice)
            self._told = None
        if active and self.presentation.canvas is not None:
            self._told = self.presentation.canvas
            self._told.message.connect(self.show_notice)
        if not active and self._notice is not None:
            self._notice.hide()
        if self._capture is not None:
            self._capture.set_large(active)
        self._show_timer_if_used()
        self._update_stage_keys()
        self._refresh_capture()

    def toggle_full_screen(self) -> None:
        w = self.window
        if w.isFullScreen():
            w.showNormal()
            if self._normal_geometry is not None:
                w.setGeometry(self._normal_geometry)
        else:
            self._normal_geometry = w.geometry()
            show_full_screen(w)

    def step_stage(self, delta: int) -> None:
        """Page Down / Page Up: the next or previous stage in focus (and to capture into)."""
        if self.presentation.active:
            self.presentation.step(delta)
            return
        canvas, doc = self.window.current_canvas(), self.window.current_document()
        if canvas is None or doc is None:
            return
        stages = [s.id for s in doc.stages()]
        if not stages:
            return
        current = self.capture_stage()
        at = stages.index(current) if current in stages else 0
        self._stage = stages[max(0, min(len(stages) - 1, at + delta))]
        column = canvas.map_scene().geometry.column(self._stage)
        canvas.reveal_span(x=(column.x, column.x + column.width))
        self._refresh_capture()

    def show_notice(self, text: str) -> None:
        """A message on the map for a few seconds (presentation mode has no status bar)."""
        page = self.window._editor_page
        if self._notice is None:
            self._notice = QLabel(page)
            self._notice.setObjectName("PresentationNotice")
            self._notice.setWordWrap(True)
            self._notice.setStyleSheet(
                f"#PresentationNotice {{ background: {theme.NOTICE_BACKGROUND};"
                f" color: {theme.NOTICE_TEXT}; border-radius: 8px; padding: 8px 14px;"
                f" font-size: {theme.CAPTURE_BAR_LARGE_PX}px; }}"
            )
        notice = self._notice
        notice.setText(text)
        notice.setFixedWidth(min(page.width() - 40, 900))
        notice.adjustSize()
        bottom = page.height() - 20
        if self._capture is not None and not self._capture.isHidden():
            bottom = self._capture.y() - 10
        notice.move((page.width() - notice.width()) // 2, bottom - notice.height())
        notice.show()
        notice.raise_()
        self._notice_timer.start(theme.NOTICE_MS)

    # --- quick capture ---------------------------------------------------------------------------
    @property
    def capture_bar(self) -> CaptureBar:
        if self._capture is None:
            bar = CaptureBar(self.capture_stage, self.window)
            bar.hide()
            bar.set_context(self.window.current_document())
            bar.added.connect(self._note_added)
            bar.closed.connect(self._focus_map)
            bar.closed.connect(self._update_stage_keys)
            bar.set_large(self.presentation.active)
            self.window._editor_layout.addWidget(bar)
            self._capture = bar
        return self._capture

    def capture_stage(self) -> str | None:
        """Where notes go: the focused stage in presentation mode; else the stage stepped to,
        the current cell's, or the first."""
        if self.presentation.active:
            return self.presentation.focus_stage()
        doc, canvas = self.window.current_document(), self.window.current_canvas()
        if doc is None:
            return None
        if self._stage is not None and doc.get(self._stage) is not None:
            return self._stage
        cell = canvas.current_cell() if canvas is not None else None
        if cell is not None:
            return cell[0]
        stages = doc.stages()
        return stages[0].id if stages else None

    def quick_capture(self) -> None:
        canvas, doc = self.window.current_canvas(), self.window.current_document()
        if canvas is None or doc is None:
            return
        if not canvas.is_editable():
            return
        cell = canvas.current_cell()
        lane = doc.get(cell[1]) if cell else None
        start = lane.id if lane is not None and lane.kind not in NOT_FOR_NOTES else None
        if cell is not None and not self.presentation.active:
            self._stage = cell[0]
        self.capture_bar.open_bar(start)
        self._update_stage_keys()

    def _update_stage_keys(self) -> None:
        """Page Up / Page Down step stages while presenting or capturing; else they scroll."""
        capturing = self._capture is not None and not self._capture.isHidden()
        on = self.window.current_document() is not None and (self.presentation.active or capturing)
        self.window.actions.next_stage.setEnabled(on)
        self.window.actions.previous_stage.setEnabled(on)

    def _refresh_capture(self, *_args) -> None:
        if self._capture is not None and self._capture.isVisible():
            self._capture.refresh()

    def _note_added(self, card_id: str) -> None:
        canvas = self.window.current_canvas()
        if canvas is None:
            return
        canvas.map_scene().flush()  # the new note's item is made now, not at the next turn
        item = canvas.map_scene().card_item(card_id)
        if item is not None:
            canvas.reveal(item.sceneBoundingRect())

    def _focus_map(self) -> None:
        canvas = self.window.current_canvas()
        if canvas is not None:
            canvas.setFocus()

    # --- timer -----------------------------------------------------------------------------------
    @property
    def timer_display(self) -> TimerDisplay:
        if self._timer is None:
            self._timer = TimerDisplay(self.timebox, self.window._editor_page)
            self._timer.hide()
        return self._timer

    def _show_timer_if_used(self) -> None:
        box = self.timebox
        used = box.running or box.over or box.remaining() != box.duration
        shown = self.presentation.active or used
        if shown or self._timer is not None:
            display = self.timer_display
            display.setVisible(shown)
            if shown:
                self._place_timer()
                display.raise_()

    def _place_timer(self) -> None:
        display = self._timer
        if display is None:
            return
        display.adjustSize()
        page = self.window._editor_page
        canvas = self.window.current_canvas()
        right = page.width() - theme.TIMER_MARGIN_PX
        if canvas is not None and canvas.verticalScrollBar().isVisible():
            right -= canvas.verticalScrollBar().width()
        top = theme.TIMER_MARGIN_PX
        if canvas is not None:
            top += canvas.mapTo(page, canvas.rect().topLeft()).y()
        display.move(right - display.width(), top)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize and self._timer is not None:
            self._place_timer()
        return False

    # --- authors ---------------------------------------------------------------------------------
    def set_author_filter(self, participant_id: str | None) -> None:
        """Fade every note but those of ``participant_id`` (None: every note as usual)."""
        canvas, doc = self.window.current_canvas(), self.window.current_document()
        if canvas is None or doc is None:
            return
        if participant_id is not None and doc.get(participant_id) is None:
            participant_id = None
        self.author_filter = participant_id
        canvas.map_scene().set_author_filter(participant_id)
        self.author_filter_changed.emit(participant_id)
        if participant_id is not None:
            person = doc.get(participant_id)
            count = sum(1 for c in doc.map.cards if c.author == participant_id)
            text = self.tr("Notes by %1: %Ln", "", count).replace("%1", person.name)
        else:
            text = self.tr("Every author's notes shown")
        self.window.statusBar().showMessage(text, 4000)

    def next_author(self) -> None:
        """Filter by the next participant in turn, then back to every note."""
        doc = self.window.current_document()
        if doc is None:
            return
        order = [None, *(p.id for p in doc.map.participants)]
        at = order.index(self.author_filter) if self.author_filter in order else 0
        self.set_author_filter(order[(at + 1) % len(order)])

    def show_participants(self) -> None:
        doc = self.window.current_document()
        if doc is None:
            return
        from mapstudio.gui.app.participants_dialog import ParticipantsDialog

        dialog = ParticipantsDialog(doc, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.participants_dialog = dialog
