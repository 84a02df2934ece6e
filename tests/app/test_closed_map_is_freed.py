"""A closed map is freed (no memory kept for good) without crashing the app: its undo stack owns its commands, and no
command keeps its document alive (a reference cycle that Python's collector would then tear
down in an order Qt cannot survive: a crash, seen with two or more undo steps)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "examples" / "perfume-en.journey.json"

SCRIPT = textwrap.dedent(
    """
    import gc, sys, weakref
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication
    from mapstudio.gui import commands
    from mapstudio.gui.app.application import open_main_window

    window = open_main_window([sys.argv[1]])
    app = QApplication.instance()
    doc = window.current_document()
    card = doc.map.cards[0]
    commands.update(doc, card.id, {"text": "first edit"})
    commands.move_stage(doc, doc.map.stages[0].id, 2)
    commands.add_stage(doc, "Another stage", 0)
    assert doc.undo_stack.count() == 3
    gone = weakref.ref(doc)
    window.remove_document(doc)
    del doc
    for _ in range(3):  # the closed tab's widgets go with deleteLater, as in the event loop
        app.processEvents()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    app.processEvents()
    print("freed" if gone() is None else "alive", flush=True)
    """
)


def test_a_closed_map_with_undo_steps_is_freed_without_a_crash(tmp_path: Path) -> None:
    target = tmp_path / "map.journey.json"
    target.write_bytes(EXAMPLE.read_bytes())
    run = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", SCRIPT, str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().splitlines()[-1] == "freed"
