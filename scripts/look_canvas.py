"""Show a MapCanvas on a map in a QMainWindow and save screenshots (for checking by eye).

Usage: python scripts/look_canvas.py [map.journey.json] [out-prefix]
Without a file, the canvas tests' sample map is used.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def main() -> None:
    app = QApplication(sys.argv)
    from mapstudio.files import read_map
    from mapstudio.gui.canvas.view import MapCanvas
    from mapstudio.gui.document import MapDocument

    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    if args and args[0].endswith(".json"):
        m = read_map(args[0])
    else:
        from tests.canvas.sample import sample_map

        m = sample_map()
    prefix = args[1] if len(args) > 1 else "/tmp/canvas"
    doc = MapDocument(m)
    win = QMainWindow()
    canvas = MapCanvas(doc)
    win.setCentralWidget(canvas)
    win.resize(1400, 900)
    win.show()

    def shoot() -> None:
        win.grab().save(f"{prefix}-100.png")
        canvas.select_ids([c.id for c in m.cards[:1]])
        canvas.find("review")
        canvas.set_zoom(0.3)
        win.grab().save(f"{prefix}-30.png")
        canvas.fit_all()
        win.grab().save(f"{prefix}-fit.png")
        app.quit()

    QTimer.singleShot(500, shoot)
    app.exec()


if __name__ == "__main__":
    main()
