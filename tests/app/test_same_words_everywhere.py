"""One word per thing in every view: a lane kind, a channel, a severity reads the same in the
Map menu, the inspector, the canvas's lane header and card badges, and on the printed poster
(read back from the PDF that `mapstudio export` writes), in English and in French."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRectF
from PySide6.QtGui import QImage, QPainter

from mapstudio.core.model import Channel, LaneKind
from mapstudio.files import write_map
from mapstudio.gui import commands
from tests.app.conftest import sample_map
from tests.app.helpers import trigger

ROOT = Path(__file__).resolve().parents[2]

#: What each view must say, per interface (and map) language.
EXPECTED = {
    "en": {
        LaneKind.FRICTIONS: "Pain points",
        LaneKind.TOUCHPOINTS: "Touchpoints",
        LaneKind.BACKSTAGE: "Backstage",
        LaneKind.METRICS: "Metrics",
        Channel.SOCIAL: "Social network",
        "major": ("Major", "major"),
    },
    "fr": {
        LaneKind.FRICTIONS: "Points de friction",
        LaneKind.TOUCHPOINTS: "Points de contact",
        LaneKind.BACKSTAGE: "Coulisses",
        LaneKind.METRICS: "Indicateurs",
        Channel.SOCIAL: "Réseau social",
        "major": ("Majeure", "majeure"),
    },
}
KINDS = [k for k in EXPECTED["en"] if isinstance(k, LaneKind)]


def poster_text(map_path: Path, tmp_path: Path) -> str:
    """The text of the poster `mapstudio export` prints (the map's language on paper)."""
    out = tmp_path / "poster.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-m", "mapstudio", "export", str(map_path), "-o", str(out)],
        capture_output=True,
        text=True,
        env={**env, "PYTHONPATH": str(ROOT / "src")},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return " ".join(page.extract_text() for page in PdfReader(out).pages)


@pytest.mark.parametrize("language", ["en", "fr"], indirect=True)
def test_a_kind_channel_and_severity_read_alike_in_every_view(
    language, window, tmp_path
):  # the language first: the window is built speaking it
    words = EXPECTED[language]
    path = tmp_path / "map.journey.json"
    write_map(path, sample_map().model_copy(update={"language": language}))
    doc = window.files.open_path(path)
    canvas = window.current_canvas()
    scene = canvas.map_scene()
    lane_ids = {}
    for kind in KINDS:
        trigger(window, f"add_lane_{kind.value}")  # Map > Add Lane > (kind)
        action = getattr(window.actions, f"add_lane_{kind.value}")
        lane = doc.lanes()[-1]
        lane_ids[kind] = lane.id
        # the menu, the new lane's title and the inspector's kind choice say the same word
        inspector = window.inspector
        assert inspector.target_id == lane.id
        form = inspector.lane_form
        assert action.text() == lane.title == form.fields["kind"].currentText() == words[kind]
        scene.flush()
        header = scene.lane_item(lane.id).header
        assert header.title == words[kind] and header.toolTip() == words[kind]

    # a touchpoint card on the social network, a friction card of major severity
    stage = doc.stages()[0].id
    touchpoint = commands.add_card(doc, stage, lane_ids[LaneKind.TOUCHPOINTS])
    friction = commands.add_card(doc, stage, lane_ids[LaneKind.FRICTIONS])
    canvas.select_ids([touchpoint])
    card_form = window.inspector.card_form
    channel = card_form.fields["channel"]
    channel.activated.emit(channel.findData(Channel.SOCIAL))
    assert doc.get(touchpoint).channel is Channel.SOCIAL
    assert channel.currentText() == words[Channel.SOCIAL]
    canvas.select_ids([friction])
    severity = card_form.fields["severity"]
    severity.activated.emit(severity.findData(2))
    assert doc.get(friction).severity == 2
    assert severity.currentText() == words["major"][0]
    # the card's badge strip on the canvas, as painted
    scene.flush()
    image = QImage(800, 600, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), scene.itemsBoundingRect())
    painter.end()
    strip = scene.card_item(friction).badges().strip  # what the painting drew
    assert " ".join(p.text for p in strip.badges) == f"⚠ !! {words['major'][1]}"

    # the poster, in the map's language: the legend and the lane headers say the same words
    write_map(path, doc.map)
    text = poster_text(path, tmp_path)
    for kind in KINDS:
        assert words[kind] in text, words[kind]
    assert words[Channel.SOCIAL] in text
    assert f"!! {words['major'][1]}" in text  # the friction card's badge


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_the_maps_own_words_follow_its_language_on_the_canvas(language, window, tmp_path):
    """An English interface on a French map: the map's words (badges, lane counts, the names
    of new stages and lanes) are French on the canvas, as on the map's poster; the interface
    (menus, inspector) stays English. Changing the map's language rewords them at once."""
    journey = sample_map().model_copy(update={"language": "fr"})
    path = tmp_path / "map.journey.json"
    write_map(path, journey)
    doc = window.files.open_path(path)
    canvas = window.current_canvas()
    scene = canvas.map_scene()
    trigger(window, "add_lane_frictions")
    lane = doc.lanes()[-1]
    assert window.actions.add_lane_frictions.text() == "Pain points"  # the interface's
    assert lane.title == "Points de friction"  # the map's
    assert window.inspector.lane_form.fields["kind"].currentText() == "Pain points"
    canvas.select_ids(["c1"])
    trigger(window, "add_stage")
    assert [s.name for s in doc.stages()][1] == "Nouvelle étape"
    card = commands.add_card(doc, "s1", lane.id)
    commands.update(doc, card, {"severity": 2})
    scene.flush()
    actions = scene.lane_item("l1").header
    assert actions.count_text == "2 fiches"

    def painted_badges() -> str:
        item = scene.card_item(card)
        image = QImage(item.boundingRect().size().toSize(), QImage.Format.Format_ARGB32)
        painter = QPainter(image)  # the card at full size, so its badges are drawn
        scene.render(painter, QRectF(image.rect()), item.sceneBoundingRect())
        painter.end()
        return " ".join(p.text for p in item.badges().strip.badges)

    assert painted_badges() == "⚠ !! majeure"
    # the inspector sets the map's language: the canvas rewords, nothing else changes
    canvas.select_ids([])  # nothing selected: the inspector edits the map
    assert window.inspector.target_id == doc.map.id
    field = window.inspector.map_form.fields["language"]
    field.setText("en")
    field.textEdited.emit("en")
    assert doc.map.language == "en"
    scene.flush()
    assert actions.count_text == "2 cards"
    assert painted_badges() == "⚠ !! major"
