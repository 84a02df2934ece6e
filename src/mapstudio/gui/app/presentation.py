"""Presentation mode: the shown map full screen for a room, on a projector.

No menus, docks, tabs or status bar; the map laid out with ``theme.PRESENTATION_STYLE`` (narrow
pinned headers, larger type) at a zoom that makes card text ``PRESENTATION_TEXT_PX_PER_720``
pixels per 720 pixels of screen, in a projector look (light or dark); one stage in focus, the
others veiled, stepped with Page Up / Page Down. It is the same canvas as in the editor, so the
map stays editable (and clickable) as usual; the window's actions keep their shortcuts (they are
added to the window itself, not only to its hidden menus). Escape, on the map, leaves.

Leaving puts back exactly what was there: layout, look, zoom and scroll, docks, window state.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QToolBar, QWidget

from mapstudio.layout import LayoutStyle, theme

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow
    from mapstudio.gui.canvas.view import MapCanvas


def presentation_zoom(screen_height: int, style: LayoutStyle = theme.PRESENTATION_STYLE) -> float:
    """The zoom at which card text is the projector's size on a screen this tall (pixels)."""
    text_px = max(
        theme.PRESENTATION_MIN_TEXT_PX,
        theme.PRESENTATION_TEXT_PX_PER_720 * screen_height / 720.0,
    )
    return text_px / style.font_size


def show_full_screen(window: QWidget) -> None:
    """Full screen, also where no window manager does it (the window covers its screen)."""
    window.showFullScreen()
    screen = window.screen()
    if screen is not None and window.geometry() != screen.geometry():
        window.setGeometry(screen.geometry())


@dataclass
class _Saved:
    """What presentation mode changed, to put back when it ends."""

    canvas: MapCanvas
    style: LayoutStyle
    zoom: float
    scroll: tuple[int, int]
    dock_state: QByteArray
    geometry: QRect
    window_state: Qt.WindowState
    menu_bar: bool
    status_bar: bool
    tab_bar: bool


class Presentation(QObject):
    """Enters and leaves presentation mode on a window's current map; the focused stage."""

    toggled = Signal(bool)  # entered (True) or left (False)
    focus_changed = Signal(object)  # the focused stage id (or None)
    look_changed = Signal(str)  # "light" or "dark"

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.look_name = "light"  # the projector look: "light" or "dark"
        self._saved: _Saved | None = None

    @property
    def active(self) -> bool:
        return self._saved is not None

    @property
    def canvas(self) -> MapCanvas | None:
        return self._saved.canvas if self._saved is not None else None

    # --- entering and leaving -------------------------------------------------------------------
    def enter(self) -> bool:
        w = self.window
        canvas = w.current_canvas()
        if canvas is None or self.active:
            return False
        canvas.finish_editing()
        scene = canvas.map_scene()
        self._saved = _Saved(
            canvas=canvas,
            style=scene.geometry.style,
            zoom=canvas.zoom_factor(),
            scroll=(canvas.horizontalScrollBar().value(), canvas.verticalScrollBar().value()),
            dock_state=w.saveState(),
            geometry=w.geometry(),
            window_state=w.windowState(),
            menu_bar=w.menuBar().isVisible(),
            status_bar=w.statusBar().isVisible(),
            tab_bar=w.tabs.tabBar().isVisible(),
        )
        for dock in w.findChildren(QDockWidget):
            dock.hide()
        for bar in w.findChildren(QToolBar):  # back with the dock state on leaving
            bar.hide()
        w.menuBar().hide()
        w.statusBar().hide()
        w.tabs.tabBar().hide()
        if w._find_bar is not None:
            w._find_bar.hide()
        scene.set_style(theme.PRESENTATION_STYLE)
        scene.set_look(theme.PROJECTOR_LOOKS[self.look_name])
        show_full_screen(w)
        canvas.installEventFilter(self)
        cell = canvas.current_cell()
        stages = canvas.doc.stages()
        stage = cell[0] if cell else (stages[0].id if stages else None)
        self._fit(stage)
        canvas.verticalScrollBar().setValue(0)  # from the stage headers down
        QTimer.singleShot(0, self, lambda: self._fit(scene.focus_stage))  # once full screen
        canvas.setFocus()
        self.toggled.emit(True)
        return True

    def leave(self) -> None:
        saved = self._saved
        if saved is None:
            return
        self._saved = None
        w, canvas = self.window, saved.canvas
        canvas.removeEventFilter(self)
        scene = canvas.map_scene()
        scene.set_focus_stage(None)
        scene.set_look(w.appearance.editor_look)  # the editor's ground, light or dark
        scene.set_style(saved.style)
        if saved.window_state & Qt.WindowState.WindowFullScreen:
            show_full_screen(w)
        elif saved.window_state & Qt.WindowState.WindowMaximized:
            w.showMaximized()
        else:
            w.showNormal()
            w.setGeometry(saved.geometry)
        w.menuBar().setVisible(saved.menu_bar)
        w.statusBar().setVisible(saved.status_bar)
        w.tabs.tabBar().setVisible(saved.tab_bar)
        w.restoreState(saved.dock_state)
        canvas.set_zoom(saved.zoom)
        canvas.horizontalScrollBar().setValue(saved.scroll[0])
        canvas.verticalScrollBar().setValue(saved.scroll[1])
        canvas.setFocus()
        self.focus_changed.emit(None)
        self.toggled.emit(False)

    def toggle(self) -> None:
        if self.active:
            self.leave()
        else:
            self.enter()

    # --- focus -----------------------------------------------------------------------------------
    def focus_stage(self) -> str | None:
        canvas = self.canvas
        return canvas.map_scene().focus_stage if canvas is not None else None

    def step(self, delta: int) -> str | None:
        """Focus the next (``delta`` 1) or previous (-1) stage; returns it."""
        canvas = self.canvas
        if canvas is None:
            return None
        stages = [s.id for s in canvas.doc.stages()]
        if not stages:
            return None
        current = self.focus_stage()
        at = stages.index(current) if current in stages else 0
        target = stages[max(0, min(len(stages) - 1, at + delta))]
        self.focus(target)
        return target

    def focus(self, stage_id: str | None) -> None:
        """Focus ``stage_id``: veil the others and bring it to the middle of the screen."""
        canvas = self.canvas
        if canvas is None:
            return
        scene = canvas.map_scene()
        if stage_id is not None and stage_id not in scene.geometry.column_index:
            stage_id = None
        scene.set_focus_stage(stage_id)
        if stage_id is not None:
            self._centre_on(canvas, stage_id)
        self.focus_changed.emit(stage_id)

    def _fit(self, stage_id: str | None) -> None:
        canvas = self.canvas
        if canvas is None:
            return
        screen = canvas.screen() or self.window.screen()
        height = screen.geometry().height() if screen is not None else 720
        canvas.set_zoom(presentation_zoom(height, canvas.map_scene().geometry.style))
        self.focus(stage_id)

    @staticmethod
    def _centre_on(canvas: MapCanvas, stage_id: str) -> None:
        """Scroll sideways only: the stage in the middle of the room the lane headers leave."""
        geo = canvas.map_scene().geometry
        column = geo.column(stage_id)
        zoom = canvas.zoom_factor()
        header = geo.style.header_width * zoom
        room = canvas.viewport().width() - header
        # the scene x at the view's left edge that centres the column in the room
        left = column.x - geo.style.header_width - (room / zoom - column.width) / 2
        bar = canvas.horizontalScrollBar()
        bar.setValue(round(max(0.0, left) * zoom))

    # --- looks -----------------------------------------------------------------------------------
    def set_look(self, name: str) -> None:
        """The projector look: "light" or "dark" (kept for the next presentation too)."""
        if name not in theme.PROJECTOR_LOOKS:
            return
        self.look_name = name
        self.look_changed.emit(name)
        if self.canvas is not None:
            self.canvas.map_scene().set_look(theme.PROJECTOR_LOOKS[name])

    def switch_look(self) -> None:
        self.set_look("dark" if self.look_name == "light" else "light")

    # --- keys on the map ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and watched is self.canvas
            and not self.canvas.editing()
        ):
            self.leave()
            return True
        if event.type() == QEvent.Type.Resize and watched is self.canvas:
            QTimer.singleShot(0, self, lambda: self.focus(self.focus_stage()))
        return False
