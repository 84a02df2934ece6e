"""Watching the progress dialog of a big map file's read (Open, Reload, Restore Version)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from mapstudio.files import mapfile
from mapstudio.gui.app import fileops


def progress_dialog(window) -> QProgressDialog | None:
    return window.findChild(QProgressDialog, "reading_progress")


def dialog_state(window) -> dict[str, Any]:
    """What the reading dialog shows now (or that there is none on screen)."""
    dialog = progress_dialog(window)
    if dialog is None or not dialog.isVisible():
        return {"visible": False}
    cancel = dialog.findChild(QPushButton)
    return {
        "visible": True,
        "label": dialog.labelText(),
        "value": dialog.value(),
        "maximum": dialog.maximum(),
        "cancel": cancel is not None and cancel.isEnabled(),
        "modal": QApplication.activeModalWidget() is dialog,
        "status": window.statusBar().currentMessage(),
    }


def cancel_button(window) -> QPushButton:
    dialog = progress_dialog(window)
    assert dialog is not None
    return dialog.findChild(QPushButton)  # the dialog's only button


def watch_progress(
    monkeypatch, window, on_step: Callable[[int], None] | None = None
) -> tuple[list[dict[str, Any]], list[bool]]:
    """The dialog after each report of the reader, and for each read whether it was given a
    progress callback. ``on_step(n)`` runs after the n-th report (1-based)."""
    steps: list[dict[str, Any]] = []
    reads: list[bool] = []
    real = mapfile.read_map_with_digest

    def read_watched(path, hashed=True, progress=None):
        reads.append(progress is not None)

        def watched(done, total):
            progress(done, total)
            steps.append(dialog_state(window))
            if on_step is not None:
                on_step(len(steps))

        return real(path, hashed=hashed, progress=watched if progress else None)

    monkeypatch.setattr(fileops, "read_map_with_digest", read_watched)  # Open, Reload
    monkeypatch.setattr(mapfile, "read_map_with_digest", read_watched)  # Restore Version
    return steps, reads
