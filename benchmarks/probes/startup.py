"""Start-up to the first painted window, for both sides, with the same first-paint hook.

The hook is a QMainWindow subclass whose ``event()`` sees the window's own paint events, and a
QGraphicsView subclass whose ``viewportEvent()`` sees the map view's; once the first paint pass
that includes them has ended, the probe reports ``time.monotonic()`` and its CPU time so far
(the harness subtracts the time it spawned the process, for the wall clock). MapStudio needs no
code for this: the probe swaps ``QtWidgets.QMainWindow`` and ``QtWidgets.QGraphicsView`` for the
hooked subclasses before importing MapStudio, whose window and canvas derive from them.

(An application-wide event filter was used before. It hands every event of every Qt object to
Python, and wrapping those objects makes PySide6 build Python classes and enums the program
itself never asks for: about 16 ms more for MapStudio's window, whose scroll areas create such
objects, than for the bare window. The hooks now only see the two widgets they watch.)

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

# As `mapstudio FILE` starts: the package, and pydantic with its model, before Qt. (PySide6's
# import hook reads the source of every module imported after it, ~15 ms for pydantic's.)
if __name__ == "__main__" and sys.argv[1:2] == ["mapstudio"]:
    import mapstudio  # noqa: F401
elif __name__ == "__main__" and sys.argv[1:2] == ["stack"]:
    from pydantic import BaseModel, ConfigDict  # noqa: F401

from PySide6 import QtWidgets  # noqa: E402
from PySide6.QtCore import QEvent, QTimer  # noqa: E402

from benchmarks.probes.common import VIEW_SIZE, cpu_seconds, maxrss_mb, report  # noqa: E402


class _FirstPaint:
    """Reports once the main window and (when needed) a view showing a map have painted."""

    def __init__(self) -> None:
        self.need_map = False
        self.window_painted = False
        self.map_painted = False
        self.pending = False

    def saw(self, window: bool = False, map_view: bool = False) -> None:
        self.window_painted |= window
        self.map_painted |= map_view
        ready = self.window_painted and (self.map_painted or not self.need_map)
        if ready and not self.pending:
            self.pending = True
            QTimer.singleShot(0, self.done)  # runs after the current paint pass has finished

    def done(self) -> None:
        report({"painted_at": time.monotonic(), "cpu_s": cpu_seconds(), "rss_mb": maxrss_mb()})
        os._exit(0)  # the figure ends at the first paint; skip the teardown


_watch = _FirstPaint()


class _HookedMainWindow(QtWidgets.QMainWindow):
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.isWindow():
            _watch.saw(window=True)
        return super().event(event)


class _HookedView(QtWidgets.QGraphicsView):
    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            scene = self.scene()  # a map is in it once it holds items (no Python wrappers made)
            if scene is not None and not scene.itemsBoundingRect().isEmpty():
                _watch.saw(map_view=True)
        return super().viewportEvent(event)


def main() -> None:
    side = sys.argv[1]
    _watch.need_map = side != "floor"
    if side == "floor":
        app = QtWidgets.QApplication(sys.argv[:1])
        window = _HookedMainWindow()
        window.resize(*VIEW_SIZE)
        window.show()
        app.exec()
    elif side == "stack":
        _stack(sys.argv[2])
    else:
        QtWidgets.QMainWindow = _HookedMainWindow
        QtWidgets.QGraphicsView = _HookedView
        from mapstudio.cli import main as mapstudio_command

        mapstudio_command([sys.argv[2]])  # as `mapstudio FILE` starts, through the command
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
    app = QtWidgets.QApplication(sys.argv[:1])
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
    window = _HookedMainWindow()
    view = _HookedView(scene)
    view.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    window.setCentralWidget(view)
    window.resize(*VIEW_SIZE)
    window.show()
    app.exec()


if __name__ == "__main__":
    main()
