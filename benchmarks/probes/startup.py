"""Start-up to the first painted window, for both sides, with the same first-paint hook.

The hook is a QApplication subclass that watches every event (an application-wide event
filter) and reports ``time.monotonic()`` and its CPU time so far once the main window's first
paint pass has ended; the harness subtracts the time it spawned the process (wall clock). MapStudio needs no code for this: the
probe swaps ``QtWidgets.QApplication`` for the hooked subclass before importing MapStudio.

    python -m benchmarks.probes.startup floor
    python -m benchmarks.probes.startup stack MAP_FILE
    python -m benchmarks.probes.startup mapstudio MAP_FILE

``stack`` is context, not a floor: the libraries MapStudio is built on doing the least a map
window needs (pydantic imported with one model built lazily and filled without validation, Qt's
enums, and one rectangle and one text item per card in a QGraphicsView), with no MapStudio code.
It shows how much of the start-up budget the chosen stack takes by itself.

For MapStudio the report waits for a paint pass that included the map (a graphics view whose
scene holds items), so a window painted before the map is loaded does not count.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer

from benchmarks.probes.common import VIEW_SIZE, cpu_seconds, maxrss_mb, report

_BaseApplication = QtWidgets.QApplication


class _FirstPaint(QObject):
    def __init__(self, need_map: bool) -> None:
        super().__init__()
        self.need_map = need_map
        self.window_painted = False
        self.map_painted = False
        self.pending = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.Paint:
            return False
        if isinstance(obj, QtWidgets.QMainWindow) and obj.isWindow():
            self.window_painted = True
        elif self.need_map and _is_map_viewport(obj):
            self.map_painted = True
        if self.window_painted and (self.map_painted or not self.need_map) and not self.pending:
            self.pending = True
            QTimer.singleShot(0, self.done)  # runs after the current paint pass has finished
        return False

    def done(self) -> None:
        report({"painted_at": time.monotonic(), "cpu_s": cpu_seconds(), "rss_mb": maxrss_mb()})
        os._exit(0)  # the figure ends at the first paint; skip the teardown


def _is_map_viewport(obj: QObject) -> bool:
    view = obj.parent()
    if not isinstance(view, QtWidgets.QGraphicsView) or view.viewport() is not obj:
        return False
    scene = view.scene()
    return scene is not None and bool(scene.items())


def _hooked_application(need_map: bool) -> type:
    class HookedApplication(_BaseApplication):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            self._first_paint = _FirstPaint(need_map)
            self.installEventFilter(self._first_paint)

    return HookedApplication


def main() -> None:
    side = sys.argv[1]
    if side == "floor":
        app = _hooked_application(need_map=False)(sys.argv[:1])
        window = QtWidgets.QMainWindow()
        window.resize(*VIEW_SIZE)
        window.show()
        app.exec()
    elif side == "stack":
        _stack(sys.argv[2])
    else:
        QtWidgets.QApplication = _hooked_application(need_map=True)
        from mapstudio.app.application import run_gui

        run_gui([sys.argv[2]])
    raise SystemExit("the window closed before it painted")


def _stack(map_file: str) -> None:
    import json

    from pydantic import BaseModel, ConfigDict
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QFont, QFontDatabase

    from benchmarks.probes.scene_floor import CARD_H, CARD_W, FONT

    class Card(BaseModel):
        model_config = ConfigDict(defer_build=True)
        id: str
        text: str = ""

    with open(map_file, encoding="utf-8") as f:
        cards = [Card.model_construct(id=c["id"], text=c["text"]) for c in json.load(f)["cards"]]
    app = _hooked_application(need_map=True)(sys.argv[:1])
    QFontDatabase.addApplicationFont(str(FONT))
    font = QFont("DejaVu Sans")
    font.setPixelSize(10)
    scene = QtWidgets.QGraphicsScene()
    for i, card in enumerate(cards):
        rect = scene.addRect(0, 0, CARD_W, CARD_H)
        rect.setPos((i % 10) * (CARD_W + 10), (i // 10) * (CARD_H + 10))
        words = card.text.split()
        lines = "\n".join(" ".join(words[k : k + 5]) for k in range(0, len(words), 5))
        text = QtWidgets.QGraphicsSimpleTextItem(lines, rect)
        text.setFont(font)
        text.setPos(6, 4)
    window = QtWidgets.QMainWindow()
    view = QtWidgets.QGraphicsView(scene)
    view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    window.setCentralWidget(view)
    window.resize(*VIEW_SIZE)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
