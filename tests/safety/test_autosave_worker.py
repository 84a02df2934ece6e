"""Autosave off the GUI thread: a snapshot taken here, serialised and written by a worker."""

from __future__ import annotations

import json
import threading
from pathlib import Path

from benchmarks.generate import build_map

from mapstudio.files import dump_map
from mapstudio.files.mapfile import validate_document
from mapstudio.files.recovery import recovery_dir
from mapstudio.files.snapshot import MapSnapshot, take_snapshot
from mapstudio.gui import commands
from mapstudio.gui.app import fileops, guard
from mapstudio.gui.app.guard import SessionGuard
from mapstudio.gui.document import MapDocument

from .conftest import sample_map

QUIET = type("P", (), {"autosave_seconds": 3600})()


def recovery_files() -> list[Path]:
    folder = recovery_dir()
    return sorted(folder.glob("*.recovery.json")) if folder.is_dir() else []


def test_a_snapshot_serialises_to_the_map_the_save_writes() -> None:
    m = build_map(300, stages=6, personas=2, seed=7)
    pauses = []
    data = take_snapshot(m).to_json(pause=lambda: pauses.append(1))
    assert json.loads(data) == json.loads(dump_map(m))
    assert dump_map(validate_document(json.loads(data))) == dump_map(m)
    assert len(pauses) > 2  # the worker hands Python's lock back between slices


def test_a_snapshot_keeps_the_map_as_it_was_when_taken() -> None:
    doc = MapDocument(sample_map())
    snapshot = take_snapshot(doc.map)
    before = dump_map(doc.map)
    commands.add_stage(doc, "Added after the snapshot")
    commands.remove(doc, ["c0"])
    assert json.loads(snapshot.to_json()) == json.loads(before)


def test_the_timer_serialises_and_writes_on_a_worker_thread(qtbot, window, monkeypatch) -> None:
    threads = []
    to_json = MapSnapshot.to_json

    def spy(self: MapSnapshot, *args, **kwargs) -> bytes:
        threads.append(threading.current_thread())
        return to_json(self, *args, **kwargs)

    monkeypatch.setattr(MapSnapshot, "to_json", spy)
    session = SessionGuard(window, QUIET)
    doc = MapDocument(sample_map())
    window.add_document(doc)
    commands.update(doc, "c1", {"text": "typed before the autosave"})
    with qtbot.waitSignal(session.autosaved, timeout=5000) as signal:
        session._on_timer()
    assert signal.args == [1]
    assert threads and all(t is not threading.main_thread() for t in threads)
    (file,) = recovery_files()
    envelope = json.loads(file.read_bytes())
    assert envelope["title"] == "Sample journey"
    texts = {c["id"]: c["text"] for c in envelope["map"]["cards"]}
    assert texts["c1"] == "typed before the autosave"
    session.shutdown()


def test_an_edit_made_while_serialising_is_never_half_written(qtbot, window, monkeypatch):
    """The worker's bytes are thrown away when the map changed meanwhile; a retry writes it."""
    monkeypatch.setattr(guard, "RETRY_MS", 20)
    release = threading.Event()
    started = threading.Event()
    to_json = MapSnapshot.to_json
    calls = []

    def slow(self: MapSnapshot, *args, **kwargs) -> bytes:
        calls.append(1)
        if len(calls) == 1:
            started.set()
            release.wait(5)
        return to_json(self, *args, **kwargs)

    monkeypatch.setattr(MapSnapshot, "to_json", slow)
    session = SessionGuard(window, QUIET)
    doc = MapDocument(sample_map())
    window.add_document(doc)
    commands.update(doc, "c1", {"text": "first"})
    assert session.autosave_in_background() == 1
    assert started.wait(5)
    commands.update(doc, "c1", {"text": "second, typed meanwhile"})
    release.set()
    with qtbot.waitSignal(session.autosaved, timeout=5000):
        pass  # the retry
    assert len(calls) == 2
    (file,) = recovery_files()
    cards = json.loads(file.read_bytes())["map"]["cards"]
    assert {c["id"]: c["text"] for c in cards}["c1"] == "second, typed meanwhile"
    session.shutdown()


def test_saving_while_a_copy_is_written_leaves_no_copy(qtbot, window, map_file, monkeypatch):
    release = threading.Event()
    writing = threading.Event()
    write = guard.write_recovery_json

    def slow_write(*args, **kwargs) -> None:
        writing.set()
        release.wait(5)
        write(*args, **kwargs)

    monkeypatch.setattr(guard, "write_recovery_json", slow_write)
    session = SessionGuard(window, QUIET)
    doc = fileops.open_document(map_file)
    window.add_document(doc)
    commands.add_stage(doc, "Renew")
    session.autosave_in_background()
    qtbot.waitUntil(writing.is_set, timeout=5000)
    saver = threading.Timer(0.2, release.set)  # the save waits for the write under way
    saver.start()
    fileops.save_document(doc)
    session.wait_for_autosave()
    saver.join()
    assert recovery_files() == []
    session.shutdown()
