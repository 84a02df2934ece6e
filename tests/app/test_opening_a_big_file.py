"""Opening a big map file says so while it is read: the status bar names the file, the cursor
is busy, and a read that takes a while shows a progress dialog whose Cancel leaves everything as
it was. All of it is gone once the map is open (or refused). Small files open without it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mapstudio.files import dump_map, mapfile, read_map, write_atomic
from mapstudio.gui.app import file_controller, reading, safety_dialogs
from mapstudio.gui.app import guard as guard_module
from mapstudio.gui.app.guard import SessionGuard
from tests.app.reading_helpers import cancel_button, dialog_state, progress_dialog, watch_progress

QUIET = type("P", (), {"autosave_seconds": 3600})()


def _spy_on_reads(monkeypatch, window) -> list[tuple[str, bool]]:
    """What the window said, and whether the cursor was busy, while each file was read."""
    seen: list[tuple[str, bool]] = []
    real = mapfile.read_map_with_digest

    def read_spied(path, **kwargs):
        busy = QApplication.overrideCursor() is not None
        seen.append((window.statusBar().currentMessage(), busy))
        return real(path, **kwargs)

    monkeypatch.setattr(file_controller.fileops, "read_map_with_digest", read_spied)
    return seen


def test_a_big_file_is_named_in_the_status_bar_with_a_busy_cursor(window, big_file, monkeypatch):
    seen = _spy_on_reads(monkeypatch, window)
    doc = window.files.open_path(big_file)
    assert doc is not None and len(doc.map.cards) == 9000
    assert seen == [("Opening big.journey.json…", True)]
    assert QApplication.overrideCursor() is None and window.statusBar().currentMessage() == ""


def test_a_big_file_shows_a_progress_dialog_that_advances_to_the_end(window, big_file, monkeypatch):
    steps, _ = watch_progress(monkeypatch, window)
    doc = window.files.open_path(big_file)
    assert doc is not None and len(doc.map.cards) == 9000
    reading_steps = [s for s in steps if s["label"] == "Opening big.journey.json…"]
    assert len(reading_steps) >= 10 and all(s["visible"] and s["modal"] for s in steps)
    values = [s["value"] for s in reading_steps]
    assert values == sorted(values) and values[0] < values[-1] <= reading_steps[-1]["maximum"]
    assert all(s["cancel"] for s in reading_steps)
    assert progress_dialog(window) is None or not progress_dialog(window).isVisible()


def test_the_map_is_laid_out_under_a_busy_dialog_not_a_full_bar(window, big_file, monkeypatch):
    """Once the file is read, building the canvas takes a while (0.7 s at 100,000 cards): the
    dialog says so with a busy bar, and Cancel, which could no longer stop anything, is off."""
    watch_progress(monkeypatch, window)
    while_laid_out: list[dict] = []
    add_document = window.add_document

    def adding(doc):
        while_laid_out.append(dialog_state(window, with_value=False))
        return add_document(doc)

    monkeypatch.setattr(window, "add_document", adding)
    doc = window.files.open_path(big_file)
    assert doc is not None and window.current_document() is doc
    assert while_laid_out == [
        {
            "visible": True,
            "label": "Laying out the map…",
            "maximum": 0,  # Qt's busy indicator: no stuck 100 %
            "cancel": False,
            "modal": True,
            "status": "Laying out the map…",
        }
    ]
    assert not dialog_state(window)["visible"] and QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""


def test_cancel_keeps_the_map_already_open_as_it_was(window, map_file, big_file, monkeypatch):
    before = window.files.open_path(map_file)
    dump, undo_count = before.map.model_dump(), before.undo_stack.count()

    def cancel_at_third(step):
        if step == 3:
            cancel_button(window).click()

    steps, _ = watch_progress(monkeypatch, window, cancel_at_third)
    assert window.files.open_path(big_file) is None
    assert len(steps) == 3  # nothing read after Cancel
    assert window.documents() == [before] and window.current_document() is before
    assert before.map.model_dump() == dump and before.undo_stack.count() == undo_count
    assert not before.is_modified()
    assert str(big_file) not in window.settings.recent_files
    assert window.statusBar().currentMessage() == "Opening big.journey.json was cancelled."
    assert not dialog_state(window)["visible"]
    assert QApplication.overrideCursor() is None


def test_a_refused_big_file_leaves_no_busy_cursor(window, tmp_path, monkeypatch):
    bad = tmp_path / "bad.journey.json"
    bad.write_text('{"cards": [' + ", ".join(['"x"'] * 1_400_000) + "]}")
    assert bad.stat().st_size >= reading.BIG_FILE_BYTES
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    seen = _spy_on_reads(monkeypatch, window)
    assert window.files.open_path(bad) is None
    assert seen == [("Opening bad.journey.json…", True)]
    assert window.documents() == [] and len(shown) == 1
    assert shown[0].startswith("bad.journey.json cannot be opened") and "\n" not in shown[0]
    assert not dialog_state(window)["visible"]
    assert QApplication.overrideCursor() is None and window.statusBar().currentMessage() == ""


def test_a_small_file_opens_without_a_word(window, map_file, monkeypatch):
    seen = _spy_on_reads(monkeypatch, window)
    assert window.files.open_path(map_file) is not None
    assert seen == [("", False)]
    assert progress_dialog(window) is None


def test_the_crash_recovery_offer_waits_for_the_map_being_opened(
    qtbot, window, big_file, monkeypatch
):
    """At start-up the recovery offer is queued before the maps given on the command line are
    opened, and is meant to come after them (a recovered map whose file is open replaces its
    content): a big map's read runs the event loop, and the offer must not come inside it."""
    guard = SessionGuard(window, QUIET)
    offered: list[tuple[list, bool]] = []

    class Offer:
        def __init__(self, entries, restore, discard, parent):
            offered.append((window.documents(), reading.under_way()))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(guard_module, "list_orphans", lambda: ["a map left unsaved"])
    monkeypatch.setattr(safety_dialogs, "RecoveryDialog", Offer)
    QTimer.singleShot(0, guard.offer_recovery)  # as guard.attach does at start-up
    doc = window.files.open_path(big_file)
    qtbot.waitUntil(lambda: offered != [], timeout=5000)
    assert offered == [([doc], False)]
    guard.shutdown()


def test_a_file_changed_on_disk_is_asked_about_after_the_big_map_is_open(
    qtbot, window, map_file, big_file, monkeypatch
):
    guard = SessionGuard(window, QUIET)
    small = window.files.open_path(map_file)
    changed = read_map(map_file)
    changed.title = "Changed by a colleague"
    write_atomic(map_file, dump_map(changed))
    asked: list[tuple[list, bool]] = []

    def ask_reload(parent, name, modified, changes):
        asked.append((window.documents(), reading.under_way()))
        return True

    monkeypatch.setattr(safety_dialogs, "ask_reload", ask_reload)
    QTimer.singleShot(0, guard.disk.check_all)  # as the file watcher's event would
    big = window.files.open_path(big_file)
    qtbot.waitUntil(lambda: asked != [], timeout=5000)
    assert asked == [([small, big], False)]
    assert small.map.title == "Changed by a colleague"
    guard.shutdown()
