"""How long the GUI thread stops while the welcome page refreshes its recent maps' pictures.

    python -m benchmarks.welcome_stall MAP [MAP...]

The maps become the recent files of a fresh profile (empty picture cache), the welcome page is
refreshed, and a 10 ms timer on the GUI thread records its longest gap until every picture is
made (or 120 s). Prints the longest gap and the time until the last picture.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time


def main(paths: list[str]) -> None:
    home = tempfile.mkdtemp(prefix="welcome-stall-")
    os.environ.update(HOME=home, XDG_CACHE_HOME=f"{home}/cache", XDG_CONFIG_HOME=f"{home}/config")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from benchmarks.probes.common import StallWatch
    from mapstudio.files.settings import Settings
    from mapstudio.gui.app.application import create_application
    from mapstudio.gui.app.main_window import MainWindow

    app = create_application()
    window = MainWindow(Settings.load())
    window.show()
    page = window.welcome
    deadline = time.perf_counter() + 60
    while page.pictures_pending() and time.perf_counter() < deadline:  # the templates first
        app.processEvents()
        time.sleep(0.01)
    for path in reversed(paths):
        window.settings.add_recent(os.path.abspath(path))
    watch = StallWatch()
    start = watch.start()
    window.refresh_welcome()
    while page.pictures_pending() and time.perf_counter() - start < 120:
        app.processEvents()
        time.sleep(0.002)
    done = time.perf_counter() - start
    app.processEvents()
    print(f"longest gap between 10 ms ticks: {watch.longest * 1000:.0f} ms")
    print(f"every picture made after {done:.2f} s; still waiting: {page.pictures_pending()}")
    sys.stdout.flush()
    app.aboutToQuit.emit()  # ends the picture worker, as quitting does
    os._exit(0)


if __name__ == "__main__":
    main(sys.argv[1:])
