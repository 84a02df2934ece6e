"""Autosave to the recovery folder, and recovery of maps left by a dead session."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from mapstudio.files import dump_map
from mapstudio.files.recovery import list_orphans, recovery_dir
from mapstudio.gui import commands
from mapstudio.gui.app import fileops
from mapstudio.gui.app.guard import SessionGuard
from mapstudio.gui.document import MapDocument

from .conftest import sample_map


class Prefs:
    autosave_seconds = 1


def recovery_files() -> list[Path]:
    folder = recovery_dir()
    return sorted(folder.glob("*.recovery.json")) if folder.is_dir() else []


def test_autosave_writes_modified_maps_only_and_never_the_users_file(qtbot, window, map_file):
    guard = SessionGuard(window, Prefs())
    before = map_file.read_bytes()
    doc = fileops.open_document(map_file)
    untitled = MapDocument(sample_map(1))
    window.add_document(doc)
    window.add_document(untitled)
    assert guard.autosave_now() == 0  # nothing modified yet
    commands.add_card(doc, "s1", "l1", text="written in the workshop")
    commands.update(untitled, "c0", {"text": "untitled draft"})
    with qtbot.waitSignal(guard.autosaved, timeout=3000):
        pass  # the 1 s timer fires
    files = recovery_files()
    assert len(files) == 2
    envelopes = [json.loads(f.read_bytes()) for f in files]
    by_path = {e["original_path"]: e for e in envelopes}
    assert by_path[str(map_file)]["pid"] == os.getpid()
    assert "written in the workshop" in json.dumps(by_path[str(map_file)]["map"])
    assert by_path[None]["map"]["cards"][0]["text"] == "untitled draft"
    assert map_file.read_bytes() == before  # the user's own file is untouched
    # Saving removes the copy; closing the other map cleanly removes its copy too.
    fileops.save_document(doc)
    window.close_document(untitled)
    assert recovery_files() == []
    guard.shutdown()


def test_losing_focus_autosaves_at_once(qtbot, window):
    guard = SessionGuard(window, type("P", (), {"autosave_seconds": 3600})())
    doc = MapDocument(sample_map())
    window.add_document(doc)
    commands.add_stage(doc, "Renew")
    with qtbot.waitSignal(guard.autosaved, timeout=3000):  # written on the worker thread
        QApplication.instance().applicationStateChanged.emit(
            Qt.ApplicationState.ApplicationInactive
        )
    assert len(recovery_files()) == 1
    guard.shutdown()


def test_clean_exit_keeps_no_orphans_but_unsaved_maps_are_offered(qtbot, window):
    guard = SessionGuard(window, Prefs())
    saved_doc = MapDocument(sample_map())
    window.add_document(saved_doc)
    commands.add_stage(saved_doc, "Later undone")
    guard.autosave_now()
    saved_doc.undo_stack.undo()  # back to clean: the copy goes
    assert recovery_files() == []
    guard.shutdown()
    assert list_orphans() == []


DEAD_SESSION = """
import os, sys
from PySide6.QtCore import QCoreApplication
from mapstudio.gui import commands
from mapstudio.gui.document import MapDocument
from mapstudio.files import read_map
from mapstudio.files.locks import start_session
from mapstudio.files.recovery import new_recovery_path, write_recovery
app = QCoreApplication([])
session = start_session()
doc = MapDocument(read_map(sys.argv[1]), sys.argv[1])
commands.add_card(doc, "s2", "l1", text="edit from the dead session")
write_recovery(new_recovery_path(), doc.map, doc.path, session.info.token)
os._exit(0)  # dies without cleaning up, like a crash
"""


def test_restore_from_a_dead_session_opens_the_map_modified(qtbot, window, map_file, answers):
    subprocess.run([sys.executable, "-c", DEAD_SESSION, str(map_file)], check=True, env=os.environ)
    orphans = list_orphans()
    assert [o.original_path for o in orphans] == [map_file]
    guard = SessionGuard(window, Prefs())
    answers.queue("Restore")
    assert guard.offer_recovery() == 1
    (doc,) = window.documents()
    assert doc.path == map_file and doc.is_modified()
    assert any(c.text == "edit from the dead session" for c in doc.map.cards)
    assert list_orphans() == []  # replaced by this session's own copy
    assert len(recovery_files()) == 1
    fileops.save_document(doc)
    assert "edit from the dead session" in map_file.read_text()
    assert recovery_files() == []
    guard.shutdown()


def test_later_keeps_and_discard_deletes_the_recovery_file(qtbot, window, map_file, answers):
    subprocess.run([sys.executable, "-c", DEAD_SESSION, str(map_file)], check=True, env=os.environ)
    guard = SessionGuard(window, Prefs())
    answers.queue("Later")
    guard.offer_recovery()
    assert window.documents() == [] and len(list_orphans()) == 1
    answers.queue("Discard", "Yes")
    guard.offer_recovery()
    assert list_orphans() == [] and recovery_files() == []
    guard.shutdown()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_the_gui_saves_modified_maps_and_keeps_going(qtbot, window):
    guard = SessionGuard(window, type("P", (), {"autosave_seconds": 3600})())
    guard.install_excepthook()
    doc = MapDocument(sample_map())
    window.add_document(doc)
    commands.add_card(doc, "s1", "l1", text="precious")
    original = dump_map(doc.map)

    def broken_slot() -> None:
        raise RuntimeError("boom in a slot")

    QTimer.singleShot(0, broken_slot)  # raised inside Qt's event loop, as a GUI bug would be
    qtbot.waitUntil(lambda: len(guard.error_dialogs()) == 1)
    (dialog,) = guard.error_dialogs()
    assert dialog.isVisible()
    assert "boom in a slot" in dialog.details.toPlainText()
    assert "Traceback" in dialog.details.toPlainText()
    (copy,) = recovery_files()
    assert "precious" in copy.read_text()
    assert dump_map(doc.map) == original and doc.is_modified()
    dialog.close()
    guard.shutdown()
    assert sys.excepthook is not guard.handle_exception


def test_a_new_interval_from_preferences_applies_without_restart(qtbot, window):
    from mapstudio.files.settings import Settings

    settings = Settings(autosave_seconds=3600)
    guard = SessionGuard(window, settings)
    doc = MapDocument(sample_map())
    window.add_document(doc)
    commands.add_persona(doc, "Nadia")
    settings.autosave_seconds = 1  # what the Preferences dialog does on OK
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    with qtbot.waitSignal(guard.autosaved, timeout=3000):
        pass
    assert len(recovery_files()) == 1
    guard.shutdown()


def test_restore_when_the_map_is_already_open_uses_its_tab(qtbot, window, map_file, answers):
    # The app was started with the map's path (mapstudio map.journey.json) after a crash:
    # the map is open from its file, and the recovery dialog then offers its unsaved edits.
    subprocess.run([sys.executable, "-c", DEAD_SESSION, str(map_file)], check=True, env=os.environ)
    on_disk = map_file.read_bytes()
    opened = fileops.open_document(map_file)
    window.add_document(opened)
    guard = SessionGuard(window, Prefs())
    answers.queue("Restore")
    assert guard.offer_recovery() == 1
    assert window.documents() == [opened]  # one tab, not a second one for the same file
    assert opened.is_modified()
    assert any(c.text == "edit from the dead session" for c in opened.map.cards)
    assert len(answers.seen) == 1  # the recovery dialog, and no warning about another tab
    opened.undo_stack.undo()  # one step back: the file's own content
    assert not opened.is_modified() and map_file.read_bytes() == on_disk
    assert all(c.text != "edit from the dead session" for c in opened.map.cards)
    guard.shutdown()
