"""How long File > Compare With File... takes on a big file, and how long the GUI thread stops.

    python -m benchmarks.compare_stall FILE [MAP]

MAP (the bundled smartphone example by default) is opened in a fresh profile, FILE is chosen in
Compare With File..., and a 10 ms timer on the GUI thread records its longest gap from the
choice until the Compare panel is up and the event loop has run once more. Prints the time
until then, the longest gap, and the time a comparison takes again after an edit of the map.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def main(file: str, map_path: str | None = None) -> None:
    home = tempfile.mkdtemp(prefix="compare-stall-")
    os.environ.update(HOME=home, XDG_CACHE_HOME=f"{home}/cache", XDG_CONFIG_HOME=f"{home}/config")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QFileDialog

    from benchmarks.probes.common import StallWatch
    from mapstudio.files.settings import Settings
    from mapstudio.gui.app import fileops
    from mapstudio.gui.app.application import create_application
    from mapstudio.gui.app.main_window import MainWindow
    from mapstudio.resources import resource_path

    create_application()
    window = MainWindow(Settings.load())
    window.resize(1366, 768)
    window.show()
    mine = Path(map_path) if map_path else resource_path("examples", "smartphone-en.journey.json")
    doc = fileops.open_document(mine)
    window.add_document(doc)
    QApplication.processEvents()
    QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (file, ""))  # type: ignore[method-assign]

    watch = StallWatch()
    start = watch.start()
    window.compare.with_file()
    QApplication.processEvents()
    watch.stop()
    until_panel = time.perf_counter() - start
    panel = window.compare.panel
    if panel.doc is None:
        raise SystemExit("the comparison did not show (cancelled or refused)")
    again = time.perf_counter()
    panel.recompare()  # as after an edit of the map
    QApplication.processEvents()
    recompare = time.perf_counter() - again
    print(f"{len(panel.differences):,} differences")
    print(f"panel up after {until_panel:.2f} s; longest GUI stop {watch.longest * 1000:.0f} ms")
    print(f"compared again (after an edit) in {recompare:.2f} s")


if __name__ == "__main__":
    if not 2 <= len(sys.argv) <= 3:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
