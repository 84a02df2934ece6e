"""Files changed by others while open, files open in two MapStudio processes, and files the
app cannot or must not write."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from mapstudio.files import dump_map, read_map, write_atomic
from mapstudio.files.history import list_versions
from mapstudio.files.locks import map_opened_elsewhere
from mapstudio.gui import commands
from mapstudio.gui.app import fileops
from mapstudio.gui.app.guard import SessionGuard

QUIET = type("P", (), {"autosave_seconds": 3600})()


def replace_like_a_sync_client(path, title: str) -> None:
    m = read_map(path)
    m.title = title
    write_atomic(path, dump_map(m))  # a new file renamed over the old one


def test_reload_a_file_changed_by_a_sync_client(qtbot, window, map_file, answers):
    guard = SessionGuard(window, QUIET)
    doc = fileops.open_document(map_file)
    window.add_document(doc)
    mine = dump_map(doc.map)
    answers.queue("Reload")
    replace_like_a_sync_client(map_file, "From a colleague")
    qtbot.waitUntil(lambda: doc.map.title == "From a colleague", timeout=5000)
    assert "was changed by another program" in answers.seen[0]
    assert not doc.is_modified()
    # The watcher still follows the file after the rename: a second change is noticed too.
    answers.queue("Reload")
    replace_like_a_sync_client(map_file, "Second change")
    qtbot.waitUntil(lambda: doc.map.title == "Second change", timeout=5000)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert dump_map(doc.map) == mine  # reloading is undoable
    guard.shutdown()


def test_keep_mine_then_save_overwrites_without_asking_again(qtbot, window, map_file, answers):
    guard = SessionGuard(window, QUIET)
    doc = fileops.open_document(map_file)
    window.add_document(doc)
    commands.add_stage(doc, "Mine")
    answers.queue("Keep Mine")
    replace_like_a_sync_client(map_file, "Theirs")
    qtbot.waitUntil(lambda: len(answers.seen) == 1, timeout=5000)
    assert doc.is_modified() and doc.map.title == "Sample journey"
    assert fileops.save_in_window(window, doc)
    assert read_map(map_file).title == "Sample journey"
    assert read_map(list_versions(map_file)[0].file).title == "Theirs"  # theirs is kept
    guard.shutdown()


def test_saving_over_a_file_changed_since_loading_asks_first(qapp, map_file, answers):
    doc = fileops.open_document(map_file)
    commands.add_stage(doc, "Mine")
    replace_like_a_sync_client(map_file, "Theirs")
    with pytest.raises(fileops.ChangedOnDiskError):
        fileops.save_document(doc)
    answers.queue("Cancel")
    assert fileops.save_in_window(None, doc) is False
    assert read_map(map_file).title == "Theirs" and doc.is_modified()
    answers.queue("Overwrite")
    assert fileops.save_in_window(None, doc) is True
    assert any(s.name == "Mine" for s in read_map(map_file).stages)


def test_touching_a_file_is_not_a_change(qapp, map_file):
    doc = fileops.open_document(map_file)
    os.utime(map_file, (time.time() + 100, time.time() + 100))
    assert not fileops.changed_on_disk(doc)


HOLD_LOCK = """
import os, sys, time
from mapstudio.files.locks import lock_map
lock = lock_map(sys.argv[1])
print("locked", flush=True)
if sys.argv[2] == "crash":
    os._exit(0)
time.sleep(30)
"""


def test_a_map_open_in_another_mapstudio_opens_read_only(qtbot, window, map_file, answers):
    other = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(map_file), "hold"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert other.stdout.readline().strip() == "locked"
        assert map_opened_elsewhere(map_file).pid == other.pid
        guard = SessionGuard(window, QUIET)
        doc = fileops.open_document(map_file)
        answers.queue("Open Read-Only")
        window.add_document(doc)
        assert f"process {other.pid}" in answers.seen[0]
        assert doc.read_only
        commands.add_stage(doc, "Edit")
        before = map_file.read_bytes()
        with pytest.raises(fileops.ReadOnlyError, match="another MapStudio window"):
            fileops.save_document(doc)
        assert map_file.read_bytes() == before and doc.is_modified()
        guard.shutdown()
    finally:
        other.kill()
        other.wait()
    assert map_opened_elsewhere(map_file) is None  # its lock died with it


def test_a_stale_lock_is_ignored_and_ours_is_released_on_close(qtbot, window, map_file):
    subprocess.run([sys.executable, "-c", HOLD_LOCK, str(map_file), "crash"], check=True)
    assert map_opened_elsewhere(map_file) is None  # the file is there, its owner is not
    guard = SessionGuard(window, QUIET)
    doc = fileops.open_document(map_file)
    window.add_document(doc)  # no question: would fail on an unanswered dialog
    assert not doc.read_only
    check = "from mapstudio.files.locks import map_opened_elsewhere as m; import sys; i = m(sys.argv[1]); print(i.pid if i else 0)"
    seen = subprocess.run(
        [sys.executable, "-c", check, str(map_file)], capture_output=True, text=True
    )
    assert int(seen.stdout) == os.getpid()  # another process sees our lock
    window.close_document(doc)
    seen = subprocess.run(
        [sys.executable, "-c", check, str(map_file)], capture_output=True, text=True
    )
    assert int(seen.stdout) == 0
    guard.shutdown()


def test_a_newer_file_is_refused_with_its_explanation_and_left_alone(qapp, tmp_path, answers):
    newer = tmp_path / "future.journey.json"
    newer.write_text('{"schema_version": 99, "id": "m", "title": "From the future"}')
    before = newer.read_bytes()
    answers.queue("OK")
    assert fileops.open_in_window(None, newer) is None
    assert "newer MapStudio" in answers.seen[0] and "update MapStudio" in answers.seen[0]
    assert newer.read_bytes() == before


def test_a_broken_file_shows_the_readers_message(qapp, tmp_path, answers):
    broken = tmp_path / "broken.journey.json"
    broken.write_text('{"schema_version": 2, "id": "m", "title": ')
    answers.queue("OK")
    assert fileops.open_in_window(None, broken) is None
    assert "JSON syntax error at line 1" in answers.seen[0]


def test_save_in_the_real_window_says_why_a_read_only_map_is_refused(qtbot, map_file, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from mapstudio.files.settings import Settings
    from mapstudio.gui.app.main_window import MainWindow

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    doc = window.files.open_path(map_file)
    doc.read_only, doc.read_only_reason = True, "it is open in another MapStudio window"
    commands.add_stage(doc, "Edit")
    shown, offered = [], []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: offered.append(a) or ("", "")
    )
    before = map_file.read_bytes()
    assert window.files.save(doc) is False
    assert shown == [fileops.read_only_message(doc)]
    assert "another MapStudio window" in shown[0] and offered  # then Save As is offered
    assert map_file.read_bytes() == before and doc.is_modified()
    window.remove_document(doc)  # closing the window would ask to save it
