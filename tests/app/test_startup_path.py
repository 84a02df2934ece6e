"""Start-up stays lean: opening a map from the command line builds and imports only what the
first window shows; what is hidden (welcome page, find bar, personas panel, dialogs, the
in-place text editor) is built at
its first use and then works as before.

Run in a fresh process, as a user's start is: the test suite has imported everything already.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Modules the first painted window with a map does not need.
NOT_AT_START = (
    "mapstudio.gui.app.welcome",
    "mapstudio.gui.app.find_bar",
    "mapstudio.gui.app.personas_panel",
    "mapstudio.gui.app.safety_dialogs",
    "mapstudio.gui.app.preferences",
    "mapstudio.gui.app.template_chooser",
    "mapstudio.gui.app.vote_bar",
    "mapstudio.gui.app.vote_dialogs",
    "mapstudio.gui.app.shortcuts_dialog",
    "mapstudio.gui.canvas.editor",
    "mapstudio.gui.app.workshop",
    "mapstudio.gui.canvas.legend",
    "mapstudio.layout.legend",
    "mapstudio.gui.app.presentation",
    "mapstudio.gui.app.capture_bar",
    "mapstudio.gui.app.timebox",
    "mapstudio.gui.app.participants_dialog",
    "mapstudio.gui.app.shortcuts_dialog",
    "mapstudio.gui.export.dialog",
    "xml.etree.ElementTree",
)

SCRIPT = r"""
import json, os, sys
from PySide6.QtWidgets import QApplication
from mapstudio.gui.app.application import WARM_UP_DELAY_MS, open_main_window
from mapstudio.files.locks import holder, map_lock_path
from mapstudio.core.model import MODELS

path = sys.argv[1]
window = open_main_window([path])
app = QApplication.instance()
for _ in range(5):
    app.processEvents()
canvas = window.current_canvas()
lock = holder(map_lock_path(path))
report = {
    "imported": [m for m in json.loads(sys.argv[2]) if m in sys.modules],
    "map_shown": canvas is not None and canvas.isVisible() and bool(canvas.scene().items()),
    "inspector_shown": window.inspector.isVisible(),
    "form": window.inspector.pages.currentWidget() is window.inspector.map_form,
    "docks": [window.tabifiedDockWidgets(window.inspector_dock) == [window.personas_dock]],
    "status": window.counts_label.text(),
    "menus": [a.text() for a in window.menuBar().actions()],
    "locked_here": lock is not None and lock.pid == os.getpid(),
    "guarded": getattr(window, "_session_guard", None) is not None,
    "validators_at_start": [m.__name__ for m in MODELS if m.__pydantic_complete__],
}
# Once the window is up, the validators are built before the first edit needs them.
from PySide6.QtCore import QEventLoop, QTimer
loop = QEventLoop()
QTimer.singleShot(WARM_UP_DELAY_MS + 200, loop.quit)
loop.exec()
report["validators_later"] = [m.__name__ for m in MODELS if not m.__pydantic_complete__]
# What was left out is built when first used, and works.
window.actions.personas.trigger()
app.processEvents()
report["personas"] = [window.personas.isVisible(), window.personas.list.count()]
window.actions.find.trigger()
window.find_bar.field.setText("shop")
report["find"] = [window.find_bar.isVisible(), window.find_bar.count.text()]
# The in-place editor: a double-click on a card starts it, typing edits the card.
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
card = window.current_document().map.cards[0]
item = canvas.map_scene().card_item(card.id)
canvas.ensureVisible(item)
pos = canvas.mapFromScene(item.mapToScene(item.boundingRect().center()))
QTest.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
started = canvas.editor.is_active() and canvas.editor.isVisible()
for ch in "é!":
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(canvas, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
QTest.keyClick(canvas, Qt.Key.Key_Return)
doc = window.current_document()
report["editor"] = [started, doc.get(card.id).text.endswith("é!"), canvas.editor.is_active()]
empty = type(window)(window.settings)  # a window with no map shows the welcome page
empty.show()
for _ in range(3):
    app.processEvents()
report["welcome"] = empty.welcome.isVisible()
print("REPORT " + json.dumps(report), flush=True)
os._exit(0)
"""


def test_opening_a_map_builds_only_what_the_first_window_shows(map_file: Path, tmp_path: Path):
    home = tmp_path / "home"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(map_file), json.dumps(NOT_AT_START)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = [x for x in done.stdout.splitlines() if x.startswith("REPORT ")]
    assert lines, done.stderr[-2000:]
    report = json.loads(lines[0][len("REPORT ") :])
    assert report["imported"] == []  # none of them on the way to the first paint
    assert report["map_shown"] and report["inspector_shown"] and report["form"]
    assert report["docks"] == [True]
    assert report["status"] == "2 stages, 3 cards"
    assert report["menus"] == ["&File", "&Edit", "&View", "&Map", "&Workshop", "&Session", "&Help"]
    assert report["locked_here"] and report["guarded"]
    assert report["validators_at_start"] == []  # io.fastload opened the map
    assert report["validators_later"] == []  # model.warm_up ran once the window was up
    assert report["personas"] == [True, 1]
    assert report["find"] == [True, "1 match"]
    assert report["welcome"] is True
    assert report["editor"] == [True, True, False]  # started, typed into the card, ended


GC_SCRIPT = r"""
import gc, json, os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from mapstudio.gui.app.application import WARM_UP_DELAY_MS, create_application, run_gui

app = create_application(["mapstudio"])
seen = {}
def early():
    seen["early"] = [gc.isenabled(), gc.get_freeze_count()]
# The warm-up runs WARM_UP_DELAY_MS after start-up; on a loaded machine it may come late, so poll
# until the collector is running again (or give up after about 20 s) instead of waiting a fixed time.
polls = [0]
def late():
    polls[0] += 1
    if not gc.isenabled() and polls[0] < 400:
        QTimer.singleShot(50, late)
        return
    seen["late"] = [gc.isenabled(), gc.get_freeze_count()]
    print("REPORT " + json.dumps(seen), flush=True)
    os._exit(0)
QTimer.singleShot(50, early)
QTimer.singleShot(WARM_UP_DELAY_MS, late)
run_gui([sys.argv[1]])
"""


def test_the_collector_pauses_during_start_up_then_freezes_what_start_up_made(
    map_file: Path, tmp_path: Path
):
    home = tmp_path / "home"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    env |= {f"XDG_{k}_HOME": str(home / k.lower()) for k in ("CONFIG", "DATA", "STATE", "CACHE")}
    out = subprocess.run(
        [sys.executable, "-c", GC_SCRIPT, str(map_file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    line = next(x for x in out.stdout.splitlines() if x.startswith("REPORT "))
    seen = json.loads(line[len("REPORT ") :])
    paused, frozen_early = seen["early"]
    assert paused is False  # paused while the window comes up
    enabled, frozen = seen["late"]
    assert enabled and frozen > frozen_early + 10_000  # running again; start-up's objects frozen


def test_importing_the_package_leaves_the_collector_running_with_nothing_to_walk():
    # The model's import objects are frozen, not left for the first pass after the pause.
    script = (
        "import gc, json; import mapstudio; "
        "print(json.dumps([gc.isenabled(), gc.get_freeze_count(), gc.get_count()[0]]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    enabled, frozen, young = json.loads(out.stdout.strip().splitlines()[-1])
    assert enabled and frozen > 10_000
    assert young < 1_000  # the pass the first allocation would make has (almost) nothing to see
