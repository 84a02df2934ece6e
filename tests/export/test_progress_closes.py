"""After an export the progress window is gone for good: it must not come back up over the
dialog later (it reappeared at 100 % with its Cancel button, blocking the dialog, while the
user chose the file of the next export)."""

from __future__ import annotations

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog
from tests.app.conftest import sample_map

from mapstudio.gui.document import MapDocument
from mapstudio.gui.export.dialog import ExportDialog


def _visible_progress() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def _file_chooser(target, seen: list):
    """A file dialog the user takes a second to answer (its own event loop), noting whether a
    progress window is up meanwhile."""

    def choose(*_args, **_kwargs):
        loop = QEventLoop()
        QTimer.singleShot(1000, loop.quit)
        loop.exec()
        seen.extend(_visible_progress())
        return str(target), ""

    return staticmethod(choose)


def test_two_exports_from_the_button_leave_no_progress_window(qtbot, tmp_path, monkeypatch):
    dialog = ExportDialog(MapDocument(sample_map()))  # a small map: exported within 300 ms
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    seen: list = []
    for n in (1, 2, 3):
        target = tmp_path / f"poster-{n}.pdf"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", _file_chooser(target, seen))
        with qtbot.waitSignal(dialog.export_finished, timeout=30000):
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        qtbot.wait(700)  # past the progress dialog's minimum duration
        assert target.stat().st_size > 0
        assert _visible_progress() == [] and seen == []
        assert dialog.export_button.isEnabled()
        assert dialog.done_label.text().endswith(target.name)


def test_the_dialog_does_not_jump_when_exported_to_appears(qtbot, tmp_path, monkeypatch):
    dialog = ExportDialog(MapDocument(sample_map()))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = (dialog.preview.geometry(), dialog.summary.geometry(), dialog.buttons.geometry())
    target = tmp_path / ("a-rather-long-file-name-for-a-poster-of-the-shop-" * 2 + ".pdf")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", _file_chooser(target, []))
    with qtbot.waitSignal(dialog.export_finished, timeout=30000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)  # the layout settles
    after = (dialog.preview.geometry(), dialog.summary.geometry(), dialog.buttons.geometry())
    assert after == before
    assert dialog.open_button.isVisible() and dialog.done_label.toolTip() == str(target)
