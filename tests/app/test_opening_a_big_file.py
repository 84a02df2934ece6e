"""Opening a big map file says so while it is read: the status bar names the file, the cursor
is busy, and both are gone once the map is open (or refused). Small files open without it."""

from __future__ import annotations

from benchmarks.generate import build_map, default_stages
from PySide6.QtWidgets import QApplication, QMessageBox

from mapstudio.files import mapfile
from mapstudio.files.mapfile import write_map
from mapstudio.gui.app import file_controller


def _spy_on_reads(monkeypatch, window) -> list[tuple[str, bool]]:
    """What the window said, and whether the cursor was busy, while each file was read."""
    seen: list[tuple[str, bool]] = []
    real = mapfile.read_map_with_digest

    def reading(path):
        busy = QApplication.overrideCursor() is not None
        seen.append((window.statusBar().currentMessage(), busy))
        return real(path)

    monkeypatch.setattr(file_controller.fileops, "read_map_with_digest", reading)
    return seen


def test_a_big_file_is_named_in_the_status_bar_with_a_busy_cursor(window, tmp_path, monkeypatch):
    big = tmp_path / "big.journey.json"
    write_map(big, build_map(9000, default_stages(9000), 2, seed=3))
    assert big.stat().st_size >= file_controller.BIG_FILE_BYTES
    seen = _spy_on_reads(monkeypatch, window)
    doc = window.files.open_path(big)
    assert doc is not None and len(doc.map.cards) == 9000
    assert seen == [("Opening big.journey.json…", True)]
    assert QApplication.overrideCursor() is None and window.statusBar().currentMessage() == ""


def test_a_refused_big_file_leaves_no_busy_cursor(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.journey.json"
    bad.write_text('{"cards": [' + ", ".join(['"x"'] * 1_400_000) + "]}")
    assert bad.stat().st_size >= file_controller.BIG_FILE_BYTES
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    seen = _spy_on_reads(monkeypatch, window)
    assert window.files.open_path(bad) is None
    assert seen == [("Opening bad.journey.json…", True)]
    assert window.documents() == [] and shown[0].startswith("bad.journey.json cannot be opened")
    assert QApplication.overrideCursor() is None and window.statusBar().currentMessage() == ""


def test_a_small_file_opens_without_a_word(window, map_file, monkeypatch):
    seen = _spy_on_reads(monkeypatch, window)
    assert window.files.open_path(map_file) is not None
    assert seen == [("", False)]
