"""Opening a big map file says so while it is read: the status bar names the file, the cursor
is busy, and a read that takes a while shows a progress dialog whose Cancel leaves everything as
it was. All of it is gone once the map is open (or refused). Small files open without it."""

from __future__ import annotations

import pytest
from benchmarks.generate import build_map, default_stages
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton

from mapstudio.files import mapfile, precheck
from mapstudio.files.mapfile import write_map
from mapstudio.gui.app import file_controller


def _spy_on_reads(monkeypatch, window) -> list[tuple[str, bool]]:
    """What the window said, and whether the cursor was busy, while each file was read."""
    seen: list[tuple[str, bool]] = []
    real = mapfile.read_map_with_digest

    def reading(path, **kwargs):
        busy = QApplication.overrideCursor() is not None
        seen.append((window.statusBar().currentMessage(), busy))
        return real(path, **kwargs)

    monkeypatch.setattr(file_controller.fileops, "read_map_with_digest", reading)
    return seen


@pytest.fixture
def big_file(tmp_path, monkeypatch):
    """A map of 9,000 cards (about 5 MB), read window by window in windows of 256 KB as the
    much bigger files are, its progress dialog shown at once instead of after half a second."""
    monkeypatch.setattr(mapfile, "STREAMED_CHECK_BYTES", file_controller.BIG_FILE_BYTES)
    monkeypatch.setattr(precheck, "CHUNK_BYTES", 256 * 1024)
    monkeypatch.setattr(file_controller, "PROGRESS_DELAY_MS", 0, raising=False)
    big = tmp_path / "big.journey.json"
    write_map(big, build_map(9000, default_stages(9000), 2, seed=3))
    assert big.stat().st_size >= file_controller.BIG_FILE_BYTES
    return big


def _watch_progress(monkeypatch, window, on_step=None) -> list[tuple[int, int, bool]]:
    """The dialog's value, maximum and visibility after each report of the reader."""
    steps: list[tuple[int, int, bool]] = []
    real = mapfile.read_map_with_digest

    def reading(path, progress=None, **kwargs):
        def watched(done, total):
            progress(done, total)
            dialog = window.findChild(QProgressDialog, "opening_progress")
            steps.append((dialog.value(), dialog.maximum(), dialog.isVisible()))
            if on_step is not None:
                on_step(len(steps), dialog)

        return real(path, progress=watched if progress else None, **kwargs)

    monkeypatch.setattr(file_controller.fileops, "read_map_with_digest", reading)
    return steps


def test_a_big_file_is_named_in_the_status_bar_with_a_busy_cursor(window, big_file, monkeypatch):
    seen = _spy_on_reads(monkeypatch, window)
    doc = window.files.open_path(big_file)
    assert doc is not None and len(doc.map.cards) == 9000
    assert seen == [("Opening big.journey.json…", True)]
    assert QApplication.overrideCursor() is None and window.statusBar().currentMessage() == ""


def test_a_big_file_shows_a_progress_dialog_that_advances_to_the_end(window, big_file, monkeypatch):
    steps = _watch_progress(monkeypatch, window)
    doc = window.files.open_path(big_file)
    assert doc is not None and len(doc.map.cards) == 9000
    assert len(steps) >= 10 and all(visible for _, _, visible in steps)
    values = [value for value, _, _ in steps]
    assert values == sorted(values) and values[0] < values[-1] == steps[-1][1]
    dialog = window.findChild(QProgressDialog, "opening_progress")
    assert dialog is None or not dialog.isVisible()
    assert dialog is None or dialog.windowModality() == Qt.WindowModality.WindowModal


def test_cancel_keeps_the_map_already_open_as_it_was(window, map_file, big_file, monkeypatch):
    before = window.files.open_path(map_file)
    dump, undo_count = before.map.model_dump(), before.undo_stack.count()

    def cancel_at_third(step, dialog):
        if step == 3:
            dialog.findChild(QPushButton).click()  # the dialog's only button: Cancel

    steps = _watch_progress(monkeypatch, window, cancel_at_third)
    assert window.files.open_path(big_file) is None
    assert len(steps) == 3  # nothing read after Cancel
    assert window.documents() == [before] and window.current_document() is before
    assert before.map.model_dump() == dump and before.undo_stack.count() == undo_count
    assert not before.is_modified()
    assert str(big_file) not in window.settings.recent_files
    assert window.statusBar().currentMessage() == "Opening big.journey.json was cancelled."
    dialog = window.findChild(QProgressDialog, "opening_progress")
    assert dialog is None or not dialog.isVisible()
    assert QApplication.overrideCursor() is None


def test_a_refused_big_file_leaves_no_busy_cursor(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.journey.json"
    bad.write_text('{"cards": [' + ", ".join(['"x"'] * 1_400_000) + "]}")
    assert bad.stat().st_size >= file_controller.BIG_FILE_BYTES
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    seen = _spy_on_reads(monkeypatch, window)
    assert window.files.open_path(bad) is None
    assert seen == [("Opening bad.journey.json…", True)]
    assert window.documents() == [] and len(shown) == 1
    assert shown[0].startswith("bad.journey.json cannot be opened") and "\n" not in shown[0]
    dialog = window.findChild(QProgressDialog, "opening_progress")
    assert dialog is None or not dialog.isVisible()
    assert QApplication.overrideCursor() is None and window.statusBar().currentMessage() == ""


def test_a_small_file_opens_without_a_word(window, map_file, monkeypatch):
    seen = _spy_on_reads(monkeypatch, window)
    assert window.files.open_path(map_file) is not None
    assert seen == [("", False)]
    assert window.findChild(QProgressDialog, "opening_progress") is None
