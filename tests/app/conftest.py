"""Fixtures for the application tests: a main window with isolated settings, sample maps."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapstudio.core.model import Card, EmotionPoint, JourneyMap, Lane, LaneKind, Persona, Stage
from mapstudio.files import write_map


def sample_map(title: str = "Perfume shop") -> JourneyMap:
    return JourneyMap(
        id="map-1",
        title=title,
        personas=[Persona(id="p1", name="Paul")],
        stages=[
            Stage(id="s1", name="Awareness", order=0),
            Stage(id="s2", name="Purchase", order=1),
        ],
        lanes=[
            Lane(id="l1", kind=LaneKind.ACTIONS, title="Actions", order=0),
            Lane(id="l2", kind=LaneKind.EMOTIONS, title="Emotions", order=1),
            Lane(id="l3", kind=LaneKind.TOUCHPOINTS, title="Touchpoints", order=2),
        ],
        cards=[
            Card(id="c1", stage="s1", lane="l1", text="Searches the web", order=0),
            Card(id="c2", stage="s1", lane="l1", text="Visits the shop", order=1),
            Card(id="c3", stage="s2", lane="l3", text="Instagram post", order=0),
        ],
        emotion_points=[EmotionPoint(id="e1", stage="s1", persona="p1", score=1)],
    )


@pytest.fixture
def map_file(tmp_path: Path) -> Path:
    path = tmp_path / "perfume.journey.json"
    write_map(path, sample_map())
    return path


@pytest.fixture
def big_file(tmp_path, monkeypatch) -> Path:
    """A map of 9,000 cards (about 5 MB), read window by window in windows of 256 KB as the
    much bigger files are, its progress dialog shown at once instead of after half a second."""
    from benchmarks.generate import build_map, default_stages

    from mapstudio.files import mapfile, precheck
    from mapstudio.gui.app import reading

    monkeypatch.setattr(mapfile, "STREAMED_CHECK_BYTES", reading.BIG_FILE_BYTES)
    monkeypatch.setattr(precheck, "CHUNK_BYTES", 256 * 1024)
    monkeypatch.setattr(reading, "PROGRESS_DELAY_MS", 0)
    big = tmp_path / "big.journey.json"
    write_map(big, build_map(9000, default_stages(9000), 2, seed=3))
    assert big.stat().st_size >= reading.BIG_FILE_BYTES
    return big


@pytest.fixture
def window(qtbot):
    from mapstudio.files.settings import Settings
    from mapstudio.gui.app.application import create_application
    from mapstudio.gui.app.main_window import MainWindow

    create_application()
    w = MainWindow(Settings.load())
    w.show()
    qtbot.waitExposed(w)
    yield w
    for doc in w.documents():  # never leave a modal question behind at teardown
        doc.undo_stack.setClean()
    w.close()
    w.deleteLater()


def choose_cell(canvas, doc, stage: str, lane: str) -> None:
    """Make (stage, lane) the canvas' current cell by a click on it."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from mapstudio.layout import compute_geometry

    geo = compute_geometry(doc)
    x, y, w, h = geo.cell_rect(stage, lane)
    point = canvas.mapFromScene(x + w - 4, y + h - 4)
    canvas.ensureVisible(x, y, w, h)
    point = canvas.mapFromScene(x + w - 4, y + h - 4)
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point))


@pytest.fixture(autouse=True)
def _no_unexpected_dialogs(monkeypatch):
    """A modal box nobody answers would hang the run: fail instead (tests that expect one
    patch it again)."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    def unexpected(*args, **kwargs):
        raise AssertionError(f"unexpected dialog: {args[2:4] if len(args) > 2 else args}")

    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, unexpected)
    for name in ("getOpenFileNames", "getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, unexpected)
    from mapstudio.gui.app import unsaved_dialog

    monkeypatch.setattr(unsaved_dialog, "ask_save_changes", unexpected)
    yield
    # The offscreen platform crashes at exit when a QMimeData is left on its clipboard.
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        QApplication.clipboard().clear()


@pytest.fixture
def language(request, qapp):
    """The interface in ``request.param`` (parametrize with ``indirect=True``), then back."""
    from mapstudio.gui import i18n

    before = i18n.current_language()
    i18n.install_translators(qapp, request.param)
    yield request.param
    i18n.install_translators(qapp, before)
