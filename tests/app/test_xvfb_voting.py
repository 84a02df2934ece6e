"""Acceptance check of dot voting in a real window at 1280x720, driven only with xdotool: a hidden
3-dot vote for 4 participants on the opportunities, every dot cast with the mouse (a second
quick click on a card is a second dot), revealed with R, the last dot undone with Ctrl+Z, saved
with Ctrl+S; the saved file must hold who put which dot where."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from mapstudio.core.model import Card, JourneyMap, Lane, LaneKind, Stage
from mapstudio.files import write_map
from mapstudio.layout import MapIndex, compute_geometry
from tests.app.test_xvfb_window import App, _wait_for_file, display  # noqa: F401

pytestmark = pytest.mark.xvfb


def _workshop_map() -> JourneyMap:
    stages = [Stage(id=f"s{i}", name=f"Stage {i}", order=i) for i in range(3)]
    return JourneyMap(
        id="workshop",
        title="Workshop",
        stages=stages,
        lanes=[
            Lane(id="ideas", kind=LaneKind.OPPORTUNITIES, title="Opportunities", order=0),
            Lane(id="pains", kind=LaneKind.FRICTIONS, title="Pain points", order=1),
        ],
        cards=[
            Card(id="o1", stage="s0", lane="ideas", text="Clear prices", votes=7),
            Card(id="o2", stage="s1", lane="ideas", text="Chat support"),
            Card(id="o3", stage="s2", lane="ideas", text="Faster checkout"),
            Card(id="p1", stage="s0", lane="pains", text="Hidden fees"),
        ],
    )


# (voter, card) in the order cast: each voter's three dots, then the turn passes by itself
CASTS = [
    (1, "o1"), (1, "o1"), (1, "o3"),
    (2, "o2"), (2, "o3"), (2, "o1"),
    (3, "o3"), (3, "o3"), (3, "o2"),
    (4, "o2"), (4, "o3"), (4, "o1"),
]  # fmt: skip


def test_a_dot_vote_in_a_real_window(display, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "workshop.journey.json"
    journey = _workshop_map()
    write_map(path, journey)
    before = path.read_bytes()
    geo = compute_geometry(MapIndex(journey))
    app = App(display, path)
    try:
        ox, oy, zoom = app.wait_for_origin()
        window = app.window()
        app.xdo("windowsize", window, "1280", "720")
        app.xdo("windowfocus", "--sync", window)

        def centre(card: str) -> tuple[str, str]:
            x, y, w, h = geo.box_rect(card)
            return str(round(ox + (x + w / 2) * zoom)), str(round(oy + (y + h / 2) * zoom))

        # Start Dot Vote: the opportunities are chosen already; 4 participants, hidden
        app.xdo("key", "--delay", "80", "ctrl+shift+v")
        time.sleep(1.0)
        app.xdo("key", "--delay", "80", "alt+n", "ctrl+a")
        app.xdo("type", "4")
        app.xdo("key", "--delay", "80", "alt+h", "Return")
        time.sleep(0.8)
        for _voter, card in CASTS:
            app.xdo("mousemove", *centre(card), "click", "1")
            time.sleep(0.15)
        app.xdo("mousemove", *centre("p1"), "click", "1")  # not in the vote: refused
        app.xdo("key", "--delay", "120", "r", "ctrl+z", "ctrl+s")
        saved = json.loads(_wait_for_file(path, before))
    finally:
        app.close()
    names = {p["id"]: p["name"] for p in saved["participants"]}
    (vote,) = saved["votes"]
    assert vote["lanes"] == ["ideas"] and vote["dots_each"] == 3
    assert not vote["hidden"] and not vote["closed"]  # revealed, still open
    assert [names[p] for p in vote["participants"]] == [f"Participant {i}" for i in range(1, 5)]
    dots = [(names[d["participant"]], d["card"]) for d in saved["dots"]]
    expected = [(f"Participant {voter}", card) for voter, card in CASTS[:-1]]  # the last undone
    assert dots == expected
    assert next(c for c in saved["cards"] if c["id"] == "o1")["votes"] == 7  # until closed
