"""A map with pictures, exported by the command line: the PDF poster holds every picture at print
resolution (``pdfimages -list``: 150 dpi or more at the poster's scale), the PNG shows them, the
SVG embeds them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from mapstudio.core.model import Card, EmotionPoint, JourneyMap, Lane, LaneKind, Persona, Stage
from mapstudio.files import write_map
from mapstudio.files.images import image_from_bytes
from tests.foundation.conftest import run_cli
from tests.images.pictures import picture_bytes

COLOURS = ["#c0392b", "#2a6fb0", "#27ae60"]


def storyboard_map() -> JourneyMap:
    stages = [Stage(id=f"s{i}", name=f"Step {i + 1}", order=i) for i in range(3)]
    cards = [
        Card(
            id=f"sb{i}",
            stage=f"s{i}",
            lane="sb",
            text=f"Scene {i + 1}",
            order=0,
            image=image_from_bytes(picture_bytes(2400, 1600, COLOURS[i]), alt=f"scene {i + 1}"),
        )
        for i in range(3)
    ]
    cards.append(Card(id="a1", stage="s0", lane="act", text="Looks at the shop window"))
    photo = image_from_bytes(picture_bytes(600, 800, "#d4a373"), alt="Paul")
    return JourneyMap(
        id="story",
        title="Storyboard",
        personas=[Persona(id="p1", name="Paul", description="Buys on impulse", photo=photo)],
        stages=stages,
        lanes=[
            Lane(id="sb", kind=LaneKind.STORYBOARD, title="Storyboard", order=0),
            Lane(id="act", kind=LaneKind.ACTIONS, title="Actions", order=1),
            Lane(id="emo", kind=LaneKind.EMOTIONS, title="Emotions", order=2),
        ],
        cards=cards,
        emotion_points=[
            EmotionPoint(id=f"e{i}", stage=f"s{i}", persona="p1", score=i - 1) for i in range(3)
        ],
    )


@pytest.fixture
def story_file(tmp_path: Path) -> Path:
    path = tmp_path / "story.journey.json"
    write_map(path, storyboard_map())
    return path


@pytest.mark.skipif(shutil.which("pdfimages") is None, reason="needs poppler-utils")
def test_the_poster_prints_every_picture_at_150_dpi_or_more(story_file: Path, tmp_path: Path):
    out = tmp_path / "story.pdf"
    done = run_cli("export", str(story_file), "-o", str(out), "--paper", "A1")
    assert done.returncode == 0, done.stderr
    listing = subprocess.run(
        ["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    rows = [line.split() for line in listing]
    sizes = {(int(r[3]), int(r[4])) for r in rows}
    # three scenes at 1600 px, the persona's photo in the title block and the legend
    assert (1600, 1067) in sizes and (600, 800) in sizes
    assert sum(1 for r in rows if (int(r[3]), int(r[4])) == (1600, 1067)) == 3
    assert all(int(r[12]) >= 150 and int(r[13]) >= 150 for r in rows), listing


def test_png_and_svg_show_the_pictures(story_file: Path, tmp_path: Path, qapp):
    from PySide6.QtGui import QColor, QImage

    png, svg = tmp_path / "story.png", tmp_path / "story.svg"
    for out in (png, svg):
        done = run_cli("export", str(story_file), "-o", str(out), "--dpi", "72")
        assert done.returncode == 0, done.stderr
    image = QImage(str(png))
    seen = {
        image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, 400, 3)
    }

    def near(colour: str) -> bool:
        want = QColor(colour)
        return any(
            abs(QColor(c).red() - want.red()) + abs(QColor(c).green() - want.green())
            + abs(QColor(c).blue() - want.blue()) < 24
            for c in seen
        )  # fmt: skip

    assert all(near(c) for c in COLOURS)  # each scene's colour is on the image
    text = svg.read_text(encoding="utf-8")
    assert text.count("<image") >= 3
