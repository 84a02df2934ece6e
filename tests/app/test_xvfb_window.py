"""Acceptance check against a real window: ``python -m mapstudio FILE`` under Xvfb, driven only
with xdotool (keyboard and mouse), then the saved file is compared with the original.

The user adds a card with accented text, moves it to the previous stage with Alt+Left, drags an
emotion point, undoes and redoes the drag, and saves with Ctrl+S after each. The saved JSON must
hold exactly those changes.

To aim the mouse the app prints the screen position of the map's layout origin and the zoom
(test hook ``MAPSTUDIO_PRINT_ORIGIN``, see main_window.py); positions come from
``mapstudio.layout``, the geometry the canvas draws from.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mapstudio.core.model import Card, JourneyMap
from mapstudio.files import write_map
from mapstudio.layout import MapIndex, compute_geometry
from tests.app.conftest import sample_map

pytestmark = pytest.mark.xvfb

SRC = Path(__file__).resolve().parents[2] / "src"
TEXT = "Café crème à emporter"


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} is not installed")
    return path


def xvfb_server(screen: str):
    """Runs a private Xvfb of ``screen`` (e.g. "1366x768x24") and yields its display name, as
    the benchmarks' real windows get theirs (Xvfb picks a free display number itself). Skips
    without Xvfb or xdotool."""
    from benchmarks.display import real_display

    _need("Xvfb")
    _need("xdotool")
    with real_display(screen) as (env, note):
        if not env:
            pytest.skip(note)
        yield env["DISPLAY"]


@pytest.fixture
def display():
    """A private 1366x768 Xvfb (a common laptop screen)."""
    yield from xvfb_server("1366x768x24")


class App:
    """The editor in a subprocess and the xdotool calls that drive it."""

    def __init__(self, display: str, path: Path) -> None:
        self.env = dict(
            os.environ,
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            MAPSTUDIO_PRINT_ORIGIN="1",
            PYTHONPATH=str(SRC),
        )
        self.env.pop("XAUTHORITY", None)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mapstudio", str(path)],
            env=self.env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        self.stderr: list[str] = []

    def wait_for_origin(self, timeout: float = 15) -> tuple[float, float, float]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                break
            ready, _, _ = select.select([self.proc.stderr], [], [], 0.2)
            if ready:
                line = self.proc.stderr.readline().decode("utf-8", "replace")
                self.stderr.append(line)
                if line.startswith("MAPSTUDIO_MAP_ORIGIN"):
                    # Keep draining stderr so a chatty app never blocks on a full pipe.
                    threading.Thread(target=self._drain, daemon=True).start()
                    _, x, y, zoom = line.split()
                    return float(x), float(y), float(zoom)
        raise AssertionError("the window did not come up:\n" + "".join(self.stderr))

    def _drain(self) -> None:
        for raw in self.proc.stderr:
            self.stderr.append(raw.decode("utf-8", "replace"))

    def xdo(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=10
        )
        assert done.returncode == 0, f"xdotool {args}: {done.stderr}"
        return done.stdout.strip()

    def type_text(self, text: str) -> None:
        """Type UTF-8 text. For a character missing from the keymap xdotool binds a spare
        keycode, presses it and unbinds it after half the delay; a busy app that reads the
        keymap after the unbinding drops the character. A long delay on those keeps it."""
        chunk = ""
        for ch in text + "\0":
            if ch.isascii() and ch != "\0":
                chunk += ch
                continue
            if chunk:
                self.xdo("type", "--delay", "40", chunk)
                chunk = ""
            if ch != "\0":
                self.xdo("type", "--delay", "1200", ch)

    def window(self) -> str:
        ids = self.xdo("search", "--sync", "--onlyvisible", "--pid", str(self.proc.pid))
        return ids.split()[0]

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=10)


def _wait_for_file(path: Path, previous: bytes, timeout: float = 8) -> bytes:
    """Poll until the file's bytes differ from ``previous`` (saves are atomic renames)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        data = path.read_bytes()
        if data != previous:
            return data
        time.sleep(0.05)
    raise AssertionError("the file was not saved")


def _with_new_card(journey: JourneyMap) -> JourneyMap:
    m = journey.model_copy(deep=True)
    for card in m.cards:
        if (card.stage, card.lane) == ("s1", "l1"):
            card.order += 1
    m.cards.append(Card(id="new", stage="s1", lane="l1", order=0, text=TEXT))
    return m


def _without_volatile(data: dict) -> dict:
    data = json.loads(json.dumps(data))
    data.pop("modified", None)
    return data


def test_edit_a_map_in_a_real_window(display, tmp_path):
    path = tmp_path / "perfume.journey.json"
    journey = sample_map()
    write_map(path, journey)
    original = json.loads(path.read_bytes())
    geo = compute_geometry(MapIndex(journey))

    app = App(display, path)
    try:
        ox, oy, zoom = app.wait_for_origin()

        def at(x: float, y: float) -> tuple[str, str]:
            return str(round(ox + x * zoom)), str(round(oy + y * zoom))

        window = app.window()
        app.xdo("windowfocus", "--sync", window)

        # 1. Click an empty cell (Purchase x Actions), Enter adds a card, type, Enter commits.
        x, y, w, h = geo.cell_rect("s2", "l1")
        app.xdo("mousemove", *at(x + w / 2, y + h - 12), "click", "1")
        app.xdo("key", "--delay", "60", "Return")
        app.type_text(TEXT)
        app.xdo("key", "--delay", "60", "Return")
        # 2. Alt+Left: the (still selected) new card goes to the previous stage.
        app.xdo("key", "--delay", "60", "alt+Left")
        # 3. Drag Paul's "as is" point at Awareness from +1 down to -1 (the actions lane has
        # grown by the new card: aim with the geometry of the map as it is now).
        geo = compute_geometry(MapIndex(_with_new_card(journey)))
        px = geo.column("s1").center
        app.xdo("mousemove", *at(px, geo.score_to_y("l2", 1)))
        app.xdo("mousedown", "1")
        for score in (0.7, 0.3, 0.0, -0.4, -0.8, -1.0):
            app.xdo("mousemove", "--sync", *at(px, geo.score_to_y("l2", score)))
        app.xdo("mouseup", "1")
        # 4. Undo the drag and save; redo it and save again.
        app.xdo("key", "--delay", "60", "ctrl+z")
        before = path.read_bytes()
        app.xdo("key", "--delay", "60", "ctrl+s")
        undone_bytes = _wait_for_file(path, before)
        app.xdo("key", "--delay", "60", "ctrl+shift+z")
        app.xdo("key", "--delay", "60", "ctrl+s")
        redone = json.loads(_wait_for_file(path, undone_bytes))
        undone = json.loads(undone_bytes)
        assert "*" not in app.xdo("getwindowname", window)  # saved: no modified marker
    finally:
        app.close()

    def expected(score: int, new_card: dict) -> dict:
        data = _without_volatile(original)
        data["emotion_points"][0]["score"] = score
        cards = data["cards"]
        for card in cards:
            if card["stage"] == "s1" and card["lane"] == "l1":
                card["order"] += 1
        cards.append({**new_card})
        return data

    new_cards = [c for c in redone["cards"] if c["id"] not in {"c1", "c2", "c3"}]
    assert len(new_cards) == 1, redone["cards"]
    new_card = new_cards[0]
    assert new_card["text"] == TEXT
    assert (new_card["stage"], new_card["lane"], new_card["order"]) == ("s1", "l1", 0)
    assert _without_volatile(undone) == expected(1, new_card)
    assert _without_volatile(redone) == expected(-1, new_card)
    assert JourneyMap.model_validate(redone)
