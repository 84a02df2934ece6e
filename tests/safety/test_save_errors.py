"""Safe save: previous versions kept, and a failed save (disk full, permission denied, folder
gone) leaves the old file whole, the map open and modified, and says so in one sentence."""

from __future__ import annotations

import errno
import os

import pytest
from PySide6.QtWidgets import QPlainTextEdit

from mapstudio.files import atomic, dump_map, read_map
from mapstudio.files.history import KEEP, list_versions
from mapstudio.files.recovery import recovery_dir
from mapstudio.gui import commands
from mapstudio.gui.app import fileops
from mapstudio.gui.app.guard import SessionGuard


def full_disk(monkeypatch, only_in=None) -> None:
    """Atomic writes (into folder ``only_in``, or anywhere) fail half-way, as on a full disk."""
    real_fdopen, real_mkstemp = os.fdopen, atomic.tempfile.mkstemp
    last_dir = []

    def mkstemp(*args, dir=None, **kwargs):
        last_dir.append(str(dir))
        return real_mkstemp(*args, dir=dir, **kwargs)

    class Full:
        def __init__(self, fd, mode):
            self.f = real_fdopen(fd, mode)
            self.full = only_in is None or last_dir[-1] == str(only_in)

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, data):
            if not self.full:
                return self.f.write(data)
            self.f.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")

        def __getattr__(self, name):
            return getattr(self.f, name)

    monkeypatch.setattr(atomic.tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(atomic.os, "fdopen", Full)


def no_permission(monkeypatch, only_in=None) -> None:
    real_mkstemp = atomic.tempfile.mkstemp

    def refuse(*args, dir=None, **kwargs):
        if only_in is None or str(dir) == str(only_in):
            raise PermissionError(errno.EACCES, "Permission denied")
        return real_mkstemp(*args, dir=dir, **kwargs)

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)


@pytest.mark.parametrize("everywhere", [True, False], ids=["history-too", "map-folder-only"])
@pytest.mark.parametrize(
    ("break_disk", "expected"),
    [(full_disk, "the disk is full"), (no_permission, "permission denied")],
)
def test_failed_save_keeps_old_file_and_modified_map(
    qapp, map_file, monkeypatch, break_disk, expected, everywhere
):
    doc = fileops.open_document(map_file)
    commands.add_card(doc, "s1", "l1", text="not yet on disk")
    before = map_file.read_bytes()
    edited = dump_map(doc.map)
    break_disk(monkeypatch, None if everywhere else map_file.parent)
    with pytest.raises(fileops.SaveError) as failure:
        fileops.save_document(doc)
    message = str(failure.value)
    assert expected in message and "journey.json" in message and "\n" not in message
    assert map_file.read_bytes() == before
    assert doc.is_modified() and dump_map(doc.map) == edited
    assert [p.name for p in map_file.parent.iterdir()] == [map_file.name]  # no temp file left
    monkeypatch.undo()
    fileops.save_document(doc)  # once there is room again, saving works
    assert not doc.is_modified()
    assert any(c.text == "not yet on disk" for c in read_map(map_file).cards)


def test_save_into_a_folder_that_is_gone(qapp, tmp_path, map_file):
    doc = fileops.open_document(map_file)
    commands.add_stage(doc, "Loyalty")
    with pytest.raises(fileops.SaveError, match="folder no longer exists"):
        fileops.save_document(doc, tmp_path / "gone" / "copy.journey.json")
    assert doc.path == map_file and doc.is_modified()


def test_failed_save_in_the_window_shows_the_message(qapp, map_file, monkeypatch, answers):
    doc = fileops.open_document(map_file)
    commands.add_stage(doc, "Loyalty")
    full_disk(monkeypatch)
    answers.queue("OK")
    assert fileops.save_in_window(None, doc) is False
    assert "the disk is full" in answers.seen[0]


def test_autosave_on_a_full_disk_warns_and_retries(qtbot, window, map_file, monkeypatch):
    guard = SessionGuard(window, type("P", (), {"autosave_seconds": 3600})())
    doc = fileops.open_document(map_file)
    window.add_document(doc)
    commands.add_card(doc, "s1", "l1", text="kept in memory")
    before = map_file.read_bytes()
    full_disk(monkeypatch)
    with qtbot.waitSignal(guard.autosave_failed) as failed:
        assert guard.autosave_now() == 0
    assert "the disk is full" in failed.args[0]
    assert map_file.read_bytes() == before and doc.is_modified()
    assert list(recovery_dir().glob("*")) == []  # no half-written copy either
    monkeypatch.undo()
    assert guard.autosave_now() == 1  # retried at the next tick
    assert guard.last_error == ""
    guard.shutdown()


def test_each_save_keeps_the_previous_version_last_ten(qapp, map_file):
    doc = fileops.open_document(map_file)
    first = map_file.read_bytes()
    for i in range(KEEP + 2):
        commands.update(doc, doc.map.id, {"title": f"Version {i}"})
        fileops.save_document(doc)
    versions = list_versions(map_file)
    assert len(versions) == KEEP
    assert versions[0].file.read_bytes() != map_file.read_bytes()
    assert read_map(versions[0].file).title == f"Version {KEEP}"
    assert all(v.file.read_bytes() != first for v in versions)  # the oldest were pruned
    assert versions[0].size == versions[0].file.stat().st_size


def test_restore_previous_version_is_one_undoable_step(qtbot, window, map_file, answers):
    guard = SessionGuard(window)
    doc = fileops.open_document(map_file)
    window.add_document(doc)
    original = dump_map(doc.map)
    commands.update(doc, doc.map.id, {"title": "Rewritten"})
    commands.remove(doc, ["s1"])
    fileops.save_document(doc)
    saved = dump_map(doc.map)
    assert guard.restore_action is not None
    answers.queue("Restore")
    guard.restore_action.trigger()
    assert answers.seen == ["versions_dialog"]
    assert dump_map(doc.map) == original
    assert doc.is_modified() and map_file.read_bytes() == saved  # nothing written yet
    doc.undo_stack.undo()
    assert dump_map(doc.map) == saved
    guard.shutdown()


def test_restore_previous_version_shows_what_will_change_first(qtbot, window, map_file, answers):
    guard = SessionGuard(window)
    doc = fileops.open_document(map_file)
    window.add_document(doc)
    commands.update(doc, doc.map.id, {"title": "Rewritten"})
    commands.remove(doc, ["c1"])
    fileops.save_document(doc)
    seen: list[str] = []

    def read_then_cancel(dialog) -> None:
        seen.append(dialog.findChild(QPlainTextEdit, "versions_changes").toPlainText())
        dialog.reject()

    answers.queue(read_then_cancel)
    guard.restore_action.trigger()
    lines = seen[0].splitlines()
    assert lines[0] == "Restoring this version would change 2 things:"
    assert 'Map changed: title: "Rewritten" → "Sample journey"' in lines
    assert any(line.startswith("Card added in") and "carte 1" in line for line in lines)
    assert doc.map.title == "Rewritten"  # cancelled: nothing restored
    guard.shutdown()
