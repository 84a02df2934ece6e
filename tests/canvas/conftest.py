"""Canvas test helpers: a shown MapCanvas on the sample map, and real input events sent to
its viewport (mouse drags are sent as QMouseEvents with the button held)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QKeyEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip

from mapstudio.core.model import JourneyMap
from mapstudio.files import read_map, write_map
from mapstudio.gui.canvas.view import MapCanvas
from mapstudio.gui.document import MapDocument
from tests.canvas.sample import sample_map

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def doc(qapp) -> MapDocument:
    return MapDocument(sample_map())


@pytest.fixture
def canvas(qtbot, doc: MapDocument) -> MapCanvas:
    view = MapCanvas(doc)
    qtbot.addWidget(view)
    view.resize(1300, 1000)
    view.show()
    qtbot.waitExposed(view)
    view.setFocus()
    return view


def vp(canvas: MapCanvas, scene_pt: QPointF) -> QPoint:
    """Viewport position of a scene point (scrolling it into view first)."""
    canvas.ensureVisible(scene_pt.x() - 5, scene_pt.y() - 5, 10, 10, 60, 60)
    return canvas.mapFromScene(scene_pt)


def card_pt(canvas: MapCanvas, card_id: str) -> QPointF:
    canvas.map_scene().flush()
    item = canvas.map_scene().card_item(card_id)
    return item.mapToScene(item.boundingRect().center())


def cell_pt(canvas: MapCanvas, stage: str, lane: str, dy: float = -12) -> QPointF:
    """A point near the bottom of a cell (below its cards)."""
    x, y, w, h = canvas.map_scene().geometry.cell_rect(stage, lane)
    return QPointF(x + w / 2, y + h + dy)


def tooltip_at(canvas: MapCanvas, pt: QPointF) -> str:
    """The tooltip the viewport shows when the mouse rests at scene point ``pt`` ("": none)."""
    QToolTip.hideText()
    for _ in range(100):  # a tooltip fades out: wait until the last one is gone
        if not QToolTip.isVisible():
            break
        QTest.qWait(10)
    pos = vp(canvas, pt)
    event = QHelpEvent(QEvent.Type.ToolTip, pos, canvas.viewport().mapToGlobal(pos))
    QApplication.sendEvent(canvas.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def click(canvas: MapCanvas, pt: QPointF, mods=NONE, button=LEFT) -> None:
    QTest.mouseClick(canvas.viewport(), button, mods, vp(canvas, pt))


def dclick(canvas: MapCanvas, pt: QPointF) -> None:
    pos = vp(canvas, pt)
    QTest.mouseClick(canvas.viewport(), LEFT, NONE, pos)
    QTest.mouseDClick(canvas.viewport(), LEFT, NONE, pos)


def _send_mouse(canvas: MapCanvas, kind: QEvent.Type, pos: QPoint, button, buttons, mods=NONE):
    viewport = canvas.viewport()
    event = QMouseEvent(
        kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, mods
    )
    QApplication.sendEvent(viewport, event)


def drag(canvas: MapCanvas, start: QPointF, end: QPointF, mods=NONE, steps: int = 6) -> None:
    """Press at ``start``, move in steps with the button held, release at ``end``."""
    a = vp(canvas, start)
    b = canvas.mapFromScene(end)
    _send_mouse(canvas, QEvent.Type.MouseButtonPress, a, LEFT, LEFT, mods)
    for i in range(1, steps + 1):
        p = a + (b - a) * (i / steps)
        _send_mouse(canvas, QEvent.Type.MouseMove, p, Qt.MouseButton.NoButton, LEFT, mods)
    _send_mouse(canvas, QEvent.Type.MouseButtonRelease, b, LEFT, Qt.MouseButton.NoButton, mods)
    canvas.map_scene().flush()


def key(canvas: MapCanvas, k: Qt.Key, mods=NONE) -> None:
    QTest.keyClick(canvas, k, mods)
    canvas.map_scene().flush()


def type_text(canvas: MapCanvas, text: str) -> None:
    """One key event per character (QTest.keyClicks aborts on non-ASCII)."""
    target = canvas
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(target, QKeyEvent(kind, 0, NONE, ch))
    canvas.map_scene().flush()


def saved(doc: MapDocument, tmp_path: Path) -> JourneyMap:
    """The map as written to disk and read back."""
    path = tmp_path / "saved.journey.json"
    write_map(path, doc.map)
    return read_map(path)


def undo_redo_check(doc: MapDocument, before, after, tmp_path: Path, name: str | None = None):
    """One undo step restores ``before(saved map)``, redo gives ``after`` again."""
    stack = doc.undo_stack
    if name is not None:
        assert stack.undoText() == name
    stack.undo()
    assert before(saved(doc, tmp_path))
    stack.redo()
    assert after(saved(doc, tmp_path))
