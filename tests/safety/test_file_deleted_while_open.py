"""An open map's file deleted or moved away by another program: said once, the map stays open
and modified, Save writes it back, and a file coming back is compared like any change."""

from __future__ import annotations

import shutil

import pytest

from mapstudio.files import dump_map, read_map, write_atomic, write_map
from mapstudio.gui.app.guard import SessionGuard

from .conftest import sample_map

QUIET = type("P", (), {"autosave_seconds": 3600})()
GONE = "shop.journey.json was deleted or moved by another program. Your map is still open: save it to keep it."


@pytest.fixture
def real_window(qtbot):
    from mapstudio.files.settings import Settings
    from mapstudio.gui.app.main_window import MainWindow

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    guard = SessionGuard(window, QUIET)
    yield window, guard
    guard.shutdown()
    for doc in window.documents():
        window.remove_document(doc)  # closing the window would ask to save it


def open_shop(window, folder):
    path = folder / "shop.journey.json"
    write_map(path, sample_map())
    return path, window.files.open_path(path)


def test_deleted_file_is_said_once_and_save_writes_it_back(qtbot, tmp_path, real_window, answers):
    window, guard = real_window
    path, doc = open_shop(window, tmp_path)
    answers.queue("OK", "OK")  # the second would catch a repeated message
    path.unlink()
    qtbot.waitUntil(lambda: len(answers.seen) == 1, timeout=5000)
    assert answers.seen[0].strip() == GONE
    assert doc in window.documents() and doc.is_modified()
    guard.disk.check_all()  # as when the application becomes active again
    guard.disk.check_all()
    qtbot.wait(50)
    assert len(answers.seen) == 1
    answers.stop()
    assert window.files.save(doc) is True
    assert read_map(path).title == "Sample journey" and not doc.is_modified()
    guard.disk.check_all()  # the file written back is ours: nothing to ask
    assert not doc.is_modified() and len(answers.seen) == 1


def test_moved_file_coming_back_changed_asks_reload(qtbot, tmp_path, real_window, answers):
    window, _guard = real_window
    path, doc = open_shop(window, tmp_path)
    answers.queue("OK", "Reload")
    path.rename(tmp_path / "moved.journey.json")
    qtbot.waitUntil(lambda: len(answers.seen) == 1, timeout=5000)
    assert answers.seen[0].strip() == GONE and doc.is_modified()
    theirs = sample_map()
    theirs.title = "From the sync client"
    write_atomic(path, dump_map(theirs))  # a sync client creates it again
    qtbot.waitUntil(lambda: doc.map.title == "From the sync client", timeout=5000)
    assert "shop.journey.json was changed by another program" in answers.seen[1]
    assert not doc.is_modified()


def test_folder_gone_save_says_why_then_offers_save_as(
    qtbot, tmp_path, real_window, answers, monkeypatch
):
    from PySide6.QtWidgets import QFileDialog

    window, _guard = real_window
    folder = tmp_path / "workshop"
    folder.mkdir()
    _path, doc = open_shop(window, folder)
    answers.queue("OK")
    shutil.rmtree(folder)
    qtbot.waitUntil(lambda: len(answers.seen) == 1, timeout=5000)
    elsewhere = tmp_path / "elsewhere.journey.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(elsewhere), ""))
    answers.queue("OK")
    assert window.files.save(doc) is True
    assert "its folder no longer exists" in answers.seen[1]
    assert doc.path == elsewhere and read_map(elsewhere).title == "Sample journey"
    assert not folder.exists() and not doc.is_modified()
