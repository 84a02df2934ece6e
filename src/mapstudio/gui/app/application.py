"""GUI entry point: ``run_gui(paths)`` starts the application, opens ``paths`` and runs."""

from __future__ import annotations

import gc
import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication

from mapstudio.core.model import warm_up
from mapstudio.files.settings import Settings
from mapstudio.gui import appearance, i18n, qtfonts
from mapstudio.gui.app.plain_buttons import use_plain_buttons
from mapstudio.resources import resource_path

WARM_UP_DELAY_MS = 800  # after the first paint, before a person's first edit

if TYPE_CHECKING:
    from mapstudio.gui.app.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("MapStudio")
    app.setOrganizationName("MapStudio")
    app.setApplicationDisplayName("MapStudio")
    app.setDesktopFileName("org.mapstudio.MapStudio")  # packaging/linux: window <-> menu entry
    family = qtfonts.install_fonts()
    font = QFont(family)
    font.setPointSizeF(max(9.0, app.font().pointSizeF()))
    app.setFont(font)
    use_plain_buttons(app)  # no tick and cross icons on dialog buttons
    icon = _app_icon()
    if icon is not None:
        app.setWindowIcon(icon)
    return app


def _app_icon() -> QIcon | None:
    try:
        folder = resource_path("icons")
    except FileNotFoundError:
        return None
    if not folder.is_dir():
        return None
    icon = QIcon()
    # names compared as text: a glob compiles a regular expression per pattern at start-up
    names = [n for n in os.listdir(folder) if n.startswith("mapstudio")]
    for suffix in (".png", ".svg"):
        for name in sorted(n for n in names if n.endswith(suffix)):
            icon.addFile(str(folder / name))
    return None if icon.isNull() else icon


def open_main_window(paths: list[str]) -> MainWindow:
    """Set the application up (fonts, icon, interface language from the settings or the
    system), then show the main window with ``paths`` open. Keep a reference to the window."""
    from mapstudio.gui.app.main_window import MainWindow

    app = create_application()
    settings = Settings.load()
    i18n.install_translators(app, settings.language)
    appearance.install(app, settings.appearance)  # before any widget: nothing to repolish
    window = MainWindow(settings)
    if getattr(window, "_session_guard", None) is None:
        from mapstudio.gui.app import guard  # autosave, recovery, locks, error dialog

        guard.attach(window, settings)
    window.show()
    window.open_paths(paths)
    # Opening a map needs no pydantic validator (io.fastload); build them once the window is
    # up, so the first edit or save does not pay ~25 ms for it.
    QTimer.singleShot(WARM_UP_DELAY_MS, warm_up)
    return window


def run_gui(paths: list[str]) -> int:
    """Start MapStudio with ``paths`` open (each in a tab); returns the exit code."""
    # Start-up makes some hundred thousand objects that live as long as the program (modules,
    # classes, the window, the map), and the cyclic collector's passes over them find nothing to
    # free: about 3 % of the start-up. It pauses until the window is up, then one collection frees
    # what start-up left and the survivors are frozen, so later passes (while editing a big map)
    # do not walk them again.
    gc.disable()
    window = open_main_window(paths)  # noqa: F841 (alive until the event loop ends)
    QTimer.singleShot(WARM_UP_DELAY_MS, settle_after_start)
    return QApplication.instance().exec()


def settle_after_start() -> None:
    """The collection paused by ``run_gui``: run once, freeze the survivors, collect again."""
    gc.collect()
    gc.freeze()
    gc.enable()
