"""Toolbar and menu icons: Lucide's line icons (``resources/icons/actions``, ISC licence, see
LICENSE-Lucide.txt there), drawn from their SVG in the palette's text colour at the size and
pixel ratio asked for, so one file is crisp on any screen and follows a light or dark theme.

Why Lucide: one consistent stroke style, every toolbar and menu metaphor a desktop editor needs,
SVG sources, and a permissive licence (ISC) that fits MapStudio's MIT; the two icons it lacks
(add a stage, add a lane) are drawn on its grid with its stroke.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from mapstudio.resources import resource_path

#: Which icon each action shows (action object name -> SVG file name, without ".svg").
ACTION_ICONS = {
    "new": "file-plus",
    "new_template": "layout-template",
    "open": "folder-open",
    "save": "save",
    "save_as": "save-plus",
    "export": "share",
    "print": "printer",
    "quit": "log-out",
    "undo": "undo-2",
    "redo": "redo-2",
    "cut": "scissors",
    "copy": "copy",
    "paste": "clipboard-paste",
    "duplicate": "copy-plus",
    "delete": "trash-2",
    "find": "search",
    "copy_image": "image",
    "preferences": "settings",
    "zoom_in": "zoom-in",
    "zoom_out": "zoom-out",
    "fit": "scan",
    "present": "presentation",
    "full_screen": "fullscreen",
    "add_card": "sticky-note-plus",
    "add_stage": "stage-add",
    "add_lane": "lane-add",
    "shortcuts": "keyboard",
    "about": "info",
    "file_format": "book-open",
}


class LineIconEngine(QIconEngine):
    """Paints one SVG whose strokes are ``currentColor`` in the colour the palette gives the
    icon's mode: text, disabled text, or the highlighted text of a menu's current row."""

    def __init__(self, svg: str) -> None:
        super().__init__()
        self._svg = svg
        self._renderers: dict[str, QSvgRenderer] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        colour = icon_colour(mode).name(QColor.NameFormat.HexArgb)
        renderer = self._renderers.get(colour)
        if renderer is None:
            # Qt's SVG renderer has no currentColor: the colour is written into the source.
            data = self._svg.replace("currentColor", "#" + colour[3:])
            if colour[1:3] != "ff":  # a translucent palette colour: keep its alpha
                data = data.replace("<svg", f'<svg opacity="{int(colour[1:3], 16) / 255:.3f}"', 1)
            renderer = QSvgRenderer(QByteArray(data.encode()))
            self._renderers[colour] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, QRectF(rect))
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(  # noqa: N802 - Qt's name
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        # Drawn at the device's pixels (a 20 px icon is 40 pixels on a 2x screen), never scaled.
        pixmap = QPixmap(size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(0, 0, pixmap.width(), pixmap.height()), mode, state)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        engine = LineIconEngine(self._svg)
        _KEEP.append(engine)  # Qt owns the clone; keep its Python side alive with it
        return engine

    def key(self) -> str:
        return "mapstudio-line"


_KEEP: list[LineIconEngine] = []


def icon_colour(mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    """The colour a line icon is drawn in for ``mode``, from the application's palette (so a
    dark theme gets light icons)."""
    palette = QGuiApplication.palette()
    if mode == QIcon.Mode.Disabled:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    if mode == QIcon.Mode.Selected:
        return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.HighlightedText)
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


@cache
def _svg_source(name: str) -> str:
    return resource_path("icons", "actions", f"{name}.svg").read_text(encoding="utf-8")


def line_icon(name: str) -> QIcon:
    """The icon ``name`` (a file of resources/icons/actions, without ".svg")."""
    engine = LineIconEngine(_svg_source(name))
    _KEEP.append(engine)
    return QIcon(engine)


def action_icon(action_name: str) -> QIcon | None:
    """The icon of the action named ``action_name``, or None if it has none."""
    name = ACTION_ICONS.get(action_name)
    return line_icon(name) if name else None
