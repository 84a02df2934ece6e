"""A real window under Xvfb, driven only with xdotool: File > Export (Ctrl+E), export the poster,
then export it again from the same dialog. Neither export may leave a progress window behind
(one stayed up at 100 % after every export and blocked the dialog until Cancel was clicked):
each file is written, and the only windows left are the main window and the export dialog."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from pypdf import PdfReader

from mapstudio.files import write_map
from tests.app.conftest import sample_map
from tests.app.test_xvfb_window import App, display  # noqa: F401 - the Xvfb fixture

pytestmark = pytest.mark.xvfb


def _visible_windows(app: App) -> list[str]:
    out = app.xdo("search", "--onlyvisible", "--pid", str(app.proc.pid))
    return [app.xdo("getwindowname", w) for w in out.split()]


def _wait_for(predicate, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def _export(app: App, dialog: str, target: Path) -> None:
    """Alt+E presses Export..., then name the file and confirm. (With no window manager the
    keyboard focus does not come back to the dialog by itself when the file dialog closes.)"""
    app.xdo("windowfocus", "--sync", dialog)
    before = len(_visible_windows(app))
    app.xdo("key", "--delay", "80", "alt+e")
    assert _wait_for(lambda: len(_visible_windows(app)) == before + 1), "no file dialog"
    time.sleep(0.5)
    app.xdo("key", "--delay", "60", "ctrl+a")
    app.xdo("type", "--delay", "30", str(target))
    app.xdo("key", "--delay", "80", "Return")
    assert _wait_for(lambda: target.exists() and target.stat().st_size > 0), "not exported"


def test_export_twice_from_the_dialog_in_a_real_window(display, tmp_path):  # noqa: F811
    path = tmp_path / "perfume.journey.json"
    write_map(path, sample_map())
    app = App(display, path)
    try:
        app.wait_for_origin()
        window = app.window()
        app.xdo("windowfocus", "--sync", window)
        app.xdo("key", "--delay", "80", "ctrl+e")
        assert _wait_for(lambda: "Export Map — MapStudio" in _visible_windows(app))
        dialog = app.xdo("search", "--onlyvisible", "--name", "^Export Map").split()[0]
        for n in (1, 2):
            target = tmp_path / f"poster-{n}.pdf"
            _export(app, dialog, target)
            time.sleep(1.5)  # well past the progress window's 300 ms minimum duration
            windows = _visible_windows(app)
            assert len(windows) == 2, windows  # the map's window and the export dialog
            assert len(PdfReader(target).pages) == 1
        app.xdo("windowfocus", "--sync", dialog)
        app.xdo("key", "--delay", "80", "Escape")  # the dialog closes: nothing blocks it
        assert _wait_for(lambda: len(_visible_windows(app)) == 1), _visible_windows(app)
    finally:
        app.close()
