"""The export dialog: options to pages, export off the GUI thread, cancel, remembered settings."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sample_maps import big_map

from mapstudio.files.settings import legacy_export_path, settings_path
from mapstudio.gui.document import MapDocument
from mapstudio.gui.export.dialog import ExportDialog


@pytest.fixture
def dialog(qtbot, rich):
    d = ExportDialog(MapDocument(rich.model_copy(deep=True)))
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_preview_follows_the_options(dialog, qtbot):
    assert dialog.plan is not None and dialog.plan.pages == 1
    assert "One sheet of A1" in dialog.summary.text()
    qtbot.mouseClick(dialog.tile_radio, Qt.MouseButton.LeftButton)
    dialog.paper_box.setCurrentText("A4")
    assert dialog.plan.tiled and dialog.plan.pages == len(dialog.plan.tiles) + 1 > 2
    assert "10.0 pt" in dialog.summary.text()
    dialog.readable_spin.setValue(14)
    assert dialog.plan.smallest_text == pytest.approx(14)
    assert dialog.warnings.count() == 1


def test_bad_paper_disables_export(dialog):
    dialog.paper_box.setCurrentText("10xx")
    assert "10xx" in dialog.error.text()
    assert not dialog.export_button.isEnabled()
    dialog.paper_box.setCurrentText("500x700mm")
    assert dialog.export_button.isEnabled() and not dialog.error.text()


def test_export_runs_in_the_background_and_is_remembered(dialog, qtbot, tmp_path, rich):
    dialog.tile_radio.setChecked(True)
    dialog.paper_box.setCurrentText("A3")
    out = tmp_path / "carte.pdf"
    with qtbot.waitSignal(dialog.export_finished, timeout=20000) as done:
        dialog.export_to(out)
        assert dialog.worker is not None  # the GUI thread is free while it runs
    assert done.args == [str(out)]
    assert len(PdfReader(out).pages) == dialog.plan.pages
    assert dialog.open_button.isVisibleTo(dialog) and dialog.folder_button.isVisibleTo(dialog)
    saved = json.loads(settings_path().read_text(encoding="utf-8"))["export"]
    assert saved[rich.id]["paper"] == "A3" and saved[rich.id]["tile"] is True
    again = ExportDialog(MapDocument(rich.model_copy(deep=True)))
    qtbot.addWidget(again)
    assert again.paper_box.currentText() == "A3" and again.tile_radio.isChecked()


def test_the_export_memory_of_an_earlier_version_is_restored(qtbot, rich):
    """What the dialog remembered in its own file before the one settings store is still used."""
    legacy_export_path().parent.mkdir(parents=True, exist_ok=True)
    old = {rich.id: {"format": "svg", "paper": "A2", "tile": True, "margin_mm": 12.0}}
    legacy_export_path().write_text(json.dumps(old, indent=1), encoding="utf-8")
    d = ExportDialog(MapDocument(rich.model_copy(deep=True)))
    qtbot.addWidget(d)
    assert d.format() == "svg" and d.paper_box.currentText() == "A2"
    assert d.tile_radio.isChecked() and d.margin_spin.value() == 12.0


def test_cancel_leaves_no_file(qtbot, tmp_path):
    d = ExportDialog(MapDocument(big_map(600)))
    qtbot.addWidget(d)
    out = tmp_path / "big.pdf"
    with qtbot.waitSignal(d.export_cancelled, timeout=20000):
        d.export_to(out)
        d.progress.findChild(QPushButton).click()  # the progress dialog's Cancel button
    assert list(tmp_path.iterdir()) == []
    assert "cancelled" in d.error.text()


def _png_dialog(qtbot, cards: int) -> ExportDialog:
    d = ExportDialog(MapDocument(big_map(cards)))
    qtbot.addWidget(d)
    d.format_box.setCurrentIndex(d.format_box.findData("png"))
    d.dpi_spin.setValue(96)
    return d


def test_a_large_image_is_drawn_in_steps_behind_the_progress_dialog(qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QImage

    from mapstudio.gui.export import image

    monkeypatch.setattr(image, "PNG_BAND_PIXELS", 200_000)  # many steps on a small map
    d = _png_dialog(qtbot, 60)
    steps: list[tuple[int, int, bool]] = []
    drawn = d._progressed

    def watch(done: int, total: int) -> None:
        progress = d.progress  # the last step's event processing may end the export
        drawn(done, total)
        steps.append((done, total, progress is not None and progress.isModal()))

    monkeypatch.setattr(d, "_progressed", watch)
    out = tmp_path / "map.png"
    with qtbot.waitSignal(d.export_finished, timeout=20000):
        d.export_to(out)
    total = steps[0][1]
    assert total > 8 and steps[:total] == [(i, total, True) for i in range(1, total + 1)]
    banded = QImage(str(out))
    whole = image.render_image(d.doc.map, 96)  # no progress wanted: one pass
    assert banded.size() == whole.size()
    differing = sum(
        banded.pixel(x, y) != whole.pixel(x, y)
        for x in range(0, whole.width(), 7)
        for y in range(0, whole.height(), 7)
    )
    assert differing < 0.002 * (whole.width() // 7) * (whole.height() // 7)  # seams at most


def test_cancel_while_the_image_is_drawn_writes_nothing(qtbot, tmp_path, monkeypatch):
    from mapstudio.gui.export import image

    monkeypatch.setattr(image, "PNG_BAND_PIXELS", 200_000)
    d = _png_dialog(qtbot, 60)
    drawn = d._progressed
    seen: list[int] = []

    def cancel_after_first(done: int, total: int) -> None:
        drawn(done, total)
        seen.append(done)
        if done == 1:
            d.progress.findChild(QPushButton).click()

    monkeypatch.setattr(d, "_progressed", cancel_after_first)
    with qtbot.waitSignal(d.export_cancelled, timeout=20000):
        d.export_to(tmp_path / "map.png")
    assert seen == [1]  # no band drawn after Cancel
    assert list(tmp_path.iterdir()) == []
    assert "cancelled" in d.error.text() and d.worker is None
