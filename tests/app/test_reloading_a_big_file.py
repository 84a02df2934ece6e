"""Reloading a big map file changed on disk, restoring a big previous version and comparing with
a big file show the same progress dialog as opening one: it advances while the file is read,
says what is left once it is read, and Cancel leaves the open map untouched and says so in the
status bar. No other window takes input while the file is read."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolBar

from mapstudio.files import dump_map, read_map, write_atomic
from mapstudio.files.settings import Settings
from mapstudio.gui.app import diskwatch, fileops, safety_dialogs
from mapstudio.gui.app.guard import SessionGuard
from mapstudio.gui.app.main_window import MainWindow
from tests.app.reading_helpers import cancel_button, dialog_state, watch_progress

QUIET = type("P", (), {"autosave_seconds": 3600})()


@pytest.fixture
def guarded(window):
    guard = SessionGuard(window, QUIET)
    yield guard
    guard.shutdown()


def _changed_by_a_colleague(path, text="Changed by a colleague"):
    other = read_map(path)
    other.cards[0].text = text
    write_atomic(path, dump_map(other))
    return other


def _answer_reload(monkeypatch, answer=True, then=None) -> list[list[str]]:
    """Answer the reload question; record the changes it listed."""
    asked: list[list[str]] = []

    def ask_reload(parent, name, modified, changes):
        asked.append(changes)
        if then is not None:
            then()
        return answer

    monkeypatch.setattr(safety_dialogs, "ask_reload", ask_reload)
    return asked


def _spy_on_updates(monkeypatch, window) -> list[dict]:
    """The dialog while the reloaded or restored map replaces the open one."""
    seen: list[dict] = []
    real = diskwatch.commands.replace_content

    def replacing(doc, new_map, text):
        seen.append(dialog_state(window, with_value=False))
        return real(doc, new_map, text)

    monkeypatch.setattr(diskwatch.commands, "replace_content", replacing)
    return seen


def test_reload_of_a_big_file_shows_its_progress_and_reads_it_once(
    window, big_file, guarded, monkeypatch
):
    doc = window.files.open_path(big_file)
    other = _changed_by_a_colleague(big_file)
    asked = _answer_reload(monkeypatch)
    steps, reads = watch_progress(monkeypatch, window)
    updates = _spy_on_updates(monkeypatch, window)
    guarded.disk.check_all()

    assert reads["fileops"] == [True]  # read once, for the question and the reload
    reading = [s for s in steps if s["label"] == "Reloading big.journey.json…"]
    assert len(reading) >= 10 and all(s["visible"] and s["modal"] and s["cancel"] for s in reading)
    assert [s["value"] for s in reading] == sorted(s["value"] for s in reading)
    assert reading[-1]["status"] == "Reloading big.journey.json…"
    assert steps[-1]["label"] == "Comparing with your map…" and steps[-1]["maximum"] == 0
    assert len(asked) == 1 and asked[0][0].startswith("Card edited in")
    assert updates == [
        {
            "visible": True,  # shown at once: the read took long enough to show its dialog
            "label": "Updating the map…",
            "maximum": 0,
            "cancel": False,
            "modal": True,
            "status": "Updating the map…",
        }
    ]
    assert dump_map(doc.map) == dump_map(other) and not doc.is_modified()
    assert doc.undo_stack.undoText() == "Reload from Disk"
    assert not fileops.changed_on_disk(doc)
    assert not dialog_state(window)["visible"] and QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""


def test_cancel_while_reloading_keeps_the_map_untouched(window, big_file, guarded, monkeypatch):
    doc = window.files.open_path(big_file)
    before, undo_count = dump_map(doc.map), doc.undo_stack.count()
    _changed_by_a_colleague(big_file)
    asked = _answer_reload(monkeypatch)

    def cancel_at_third(step):
        if step == 3:
            cancel_button(window).click()

    steps, _ = watch_progress(monkeypatch, window, cancel_at_third)
    guarded.disk.check_all()

    assert len(steps) == 3 and asked == []  # nothing read after Cancel, nothing asked
    assert dump_map(doc.map) == before and doc.undo_stack.count() == undo_count
    assert not doc.is_modified()
    assert window.statusBar().currentMessage() == (
        "Reloading big.journey.json was cancelled: your map is unchanged."
    )
    assert fileops.changed_on_disk(doc)  # not acknowledged: saving still warns
    assert not dialog_state(window)["visible"] and QApplication.overrideCursor() is None


def test_a_file_changed_again_during_the_question_is_read_again(
    window, map_file, guarded, monkeypatch
):
    doc = window.files.open_path(map_file)
    _changed_by_a_colleague(map_file, "First change")
    latest: list = []
    _answer_reload(monkeypatch, then=lambda: latest.append(_changed_by_a_colleague(map_file)))
    guarded.disk.check_all()
    assert dump_map(doc.map) == dump_map(latest[0]) and not doc.is_modified()
    assert not fileops.changed_on_disk(doc)


def _version_of(window, big_file, guarded):
    """The big file open, saved once with a new title: its big content is now a previous
    version, which the versions dialog offers first."""
    doc = window.files.open_path(big_file)
    original = dump_map(doc.map)
    from mapstudio.gui import commands

    commands.update(doc, doc.map.id, {"title": "Rewritten"})
    assert window.files.save(doc)
    return doc, original


def test_restoring_a_big_version_shows_its_progress(window, big_file, guarded, monkeypatch):
    doc, original = _version_of(window, big_file, guarded)
    monkeypatch.setattr(safety_dialogs.VersionsDialog, "exec", lambda self: 1)  # Restore
    steps, reads = watch_progress(monkeypatch, window)
    updates = _spy_on_updates(monkeypatch, window)
    assert guarded.restore_previous_version()

    assert reads["mapfile"].count(True) == 1  # the restore (the dialog's list of changes: no)
    label = "Restoring a previous version of big.journey.json…"
    reading = [s for s in steps if s["label"] == label]
    assert len(reading) >= 10 and all(s["visible"] and s["modal"] and s["cancel"] for s in reading)
    assert [u["label"] for u in updates] == ["Updating the map…"] and updates[0]["maximum"] == 0
    assert dump_map(doc.map) == original and doc.is_modified()
    assert not dialog_state(window)["visible"] and QApplication.overrideCursor() is None


def test_cancel_while_restoring_keeps_the_map_untouched(window, big_file, guarded, monkeypatch):
    doc, _ = _version_of(window, big_file, guarded)
    before, undo_count = dump_map(doc.map), doc.undo_stack.count()
    monkeypatch.setattr(safety_dialogs.VersionsDialog, "exec", lambda self: 1)

    def cancel_at_third(step):
        if step == 3:
            cancel_button(window).click()

    steps, _ = watch_progress(monkeypatch, window, cancel_at_third)
    assert not guarded.restore_previous_version()
    assert len(steps) == 3
    assert dump_map(doc.map) == before and doc.undo_stack.count() == undo_count
    assert not doc.is_modified()
    assert window.statusBar().currentMessage() == (
        "Restoring a previous version of big.journey.json was cancelled: your map is unchanged."
    )
    assert not dialog_state(window)["visible"] and QApplication.overrideCursor() is None


def test_no_other_window_takes_a_click_while_a_file_is_read(
    qtbot, window, big_file, map_file, guarded, monkeypatch
):
    """A second main window, its own map open: a click on its Add Stage button while the first
    window reads a big file reaches nothing (a window-modal dialog would let it through)."""
    doc = window.files.open_path(big_file)
    _changed_by_a_colleague(big_file)
    _answer_reload(monkeypatch)
    other = MainWindow(Settings.load())
    qtbot.addWidget(other)
    other.show()
    qtbot.waitExposed(other)
    other_doc = other.files.open_path(map_file)
    stages = len(other_doc.map.stages)
    button = other.findChild(QToolBar).widgetForAction(other.actions.add_stage)
    assert button is not None and button.isEnabled()
    at = button.mapTo(other, button.rect().center())

    def click_the_other_window(step):
        if step == 3:
            QTest.mouseClick(
                other.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), QPoint(at)
            )
            QApplication.processEvents()

    watch_progress(monkeypatch, window, click_the_other_window)
    guarded.disk.check_all()
    assert doc.map.cards[0].text == "Changed by a colleague"  # reloaded
    assert len(other_doc.map.stages) == stages and not other_doc.is_modified()
    # the same click once nothing is read does add a stage: the click itself was right
    QTest.mouseClick(
        other.windowHandle(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier(0), QPoint(at)
    )
    qtbot.waitUntil(lambda: len(other_doc.map.stages) == stages + 1, timeout=3000)
    other_doc.undo_stack.setClean()
    other.close()


def test_the_versions_dialog_reads_a_big_version_once_with_its_progress(
    qtbot, window, big_file, guarded, monkeypatch
):
    """The list of what restoring would change reads the version with its progress shown over
    the versions dialog; Restore then uses that read instead of reading the file again."""
    doc, original = _version_of(window, big_file, guarded)
    listed: list[str] = []

    def choose_once_listed(dialog):
        dialog.show()
        qtbot.waitUntil(lambda: dialog.changes.toPlainText() != "", timeout=10000)
        listed.append(dialog.changes.toPlainText())
        dialog.hide()
        return 1  # Restore

    monkeypatch.setattr(safety_dialogs.VersionsDialog, "exec", choose_once_listed)
    steps, reads = watch_progress(monkeypatch, window)
    updates = _spy_on_updates(monkeypatch, window)
    assert guarded.restore_previous_version()

    assert reads["mapfile"].count(True) == 1  # read once, for the list and the restore
    labels = [s["label"] for s in steps]
    assert labels[0].startswith("Reading the version saved over at ") and labels[0].endswith("…")
    assert labels.count(labels[0]) >= 10 and labels[-1] == "Comparing with your map…"
    assert all(s["visible"] and s["modal"] for s in steps)
    assert listed[0].splitlines()[1].startswith('Map changed: title: "Rewritten" → ')
    assert [(u["visible"], u["label"]) for u in updates] == [(True, "Updating the map…")]
    assert dump_map(doc.map) == original and doc.undo_stack.undoText() == "Restore Previous Version"
    assert not dialog_state(window)["visible"] and QApplication.overrideCursor() is None


def test_pictures_of_recent_maps_wait_for_the_read(qtbot, window, big_file, guarded, monkeypatch):
    """The welcome page drew a picture of each recent map on a timer, reading the map: run in
    the read's event processing, it stalled a big reload for seconds. A hidden page now asks
    for no picture at all, and the picture is made by the worker once the page shows."""
    from mapstudio.gui.app.picture_worker import PictureWorker

    asked: list[str] = []
    real = PictureWorker.request
    monkeypatch.setattr(
        PictureWorker, "request", lambda self, path, *a: (asked.append(path), real(self, path, *a))
    )
    doc = window.files.open_path(big_file)
    recent = window.welcome.recent
    assert recent.pictures_pending() >= 1  # the big map's picture, wanted once the page shows
    _changed_by_a_colleague(big_file)
    _answer_reload(monkeypatch)
    steps, reads = watch_progress(monkeypatch, window)
    guarded.disk.check_all()
    assert doc.map.cards[0].text == "Changed by a colleague" and len(steps) >= 10
    assert reads == {"fileops": [True], "mapfile": []}  # no picture read during the reload
    qtbot.wait(300)
    assert asked == [] and recent.pictures_pending() >= 1  # hidden: no picture made
    window.files.close_current()
    qtbot.waitUntil(lambda: recent.pictures_pending() == 0, timeout=20000)
    assert str(big_file) in asked and reads["mapfile"] == []  # read by the worker process


def _compare_with(monkeypatch, window, path) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    window.compare.with_file()


def test_compare_with_a_big_file_shows_its_progress(window, map_file, big_file, monkeypatch):
    doc = window.files.open_path(map_file)
    steps, reads = watch_progress(monkeypatch, window)
    _compare_with(monkeypatch, window, big_file)

    assert reads["mapfile"] == [True]
    reading = [s for s in steps if s["label"] == "Reading big.journey.json…"]
    assert len(reading) >= 10 and all(s["visible"] and s["modal"] and s["cancel"] for s in reading)
    assert window.compare.panel.doc is doc and window.compare.dock.isVisible()
    assert not dialog_state(window)["visible"]


def test_cancel_while_comparing_with_a_big_file_changes_nothing(
    window, map_file, big_file, monkeypatch
):
    doc = window.files.open_path(map_file)
    before = doc.map.model_copy(deep=True)

    def cancel_at_third(step):
        if step == 3:
            cancel_button(window).click()

    watch_progress(monkeypatch, window, cancel_at_third)
    _compare_with(monkeypatch, window, big_file)

    assert window.statusBar().currentMessage() == (
        "Comparing with big.journey.json was cancelled: your map is unchanged."
    )
    assert window.compare.panel.doc is None and not window.compare.dock.isVisible()
    assert doc.map == before and not doc.is_modified()
