"""Watching the progress dialog of a big map file's read (Open, Reload, Restore Version)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from mapstudio.files import mapfile
from mapstudio.gui.app import fileops


def progress_dialog(window) -> QProgressDialog | None:
    """The reading dialog on screen, else the last one made (closed ones are deleted later)."""
    dialogs = window.findChildren(QProgressDialog, "reading_progress")
    shown = [d for d in dialogs if d.isVisible()]
    return (shown or dialogs or [None])[-1]


def dialog_state(window, with_value: bool = True) -> dict[str, Any]:
    """What the reading dialog shows now (or that there is none on screen); its bar's value
    only ``with_value`` (a busy bar has none worth comparing)."""
    dialog = progress_dialog(window)
    if dialog is None or not dialog.isVisible():
        return {"visible": False}
    cancel = dialog.findChild(QPushButton)
    state = {
        "visible": True,
        "label": dialog.labelText(),
        "value": dialog.value(),
        "maximum": dialog.maximum(),
        "cancel": cancel is not None and cancel.isEnabled(),
        "modal": QApplication.activeModalWidget() is dialog,
        "status": window.statusBar().currentMessage(),
    }
    if not with_value:
        del state["value"]
    return state


def cancel_button(window) -> QPushButton:
    dialog = progress_dialog(window)
    assert dialog is not None
    return dialog.findChild(QPushButton)  # the dialog's only button


def watch_progress(
    monkeypatch, window, on_step: Callable[[int], None] | None = None
) -> tuple[list[dict[str, Any]], dict[str, list[bool]]]:
    """The dialog after each report of the reader, and for each read whether it was given a
    progress callback, by the way it was asked for: "fileops" (Open, Reload) or "mapfile"
    (Restore Version, and whatever else reads a map). ``on_step(n)`` runs after the n-th
    report (1-based)."""
    steps: list[dict[str, Any]] = []
    reads: dict[str, list[bool]] = {"fileops": [], "mapfile": []}
    real = mapfile.read_map_with_digest

    def watching(way: str):
        def read_watched(path, hashed=True, progress=None):
            reads[way].append(progress is not None)

            def watched(done, total):
                progress(done, total)
                steps.append(dialog_state(window))
                if on_step is not None:
                    on_step(len(steps))

            return real(path, hashed=hashed, progress=watched if progress else None)

        return read_watched

    monkeypatch.setattr(fileops, "read_map_with_digest", watching("fileops"))
    monkeypatch.setattr(mapfile, "read_map_with_digest", watching("mapfile"))
    return steps, reads
