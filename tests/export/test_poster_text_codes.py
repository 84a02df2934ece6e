"""The poster's text stays copyable and searchable: every badge word and every card text reads
back from the PDF (``pdftotext``), also a text whose characters fill more than one subset of
the embedded font (a poster writes a line through a table of the subset's codes, and a line
with characters of a later subset the way reportlab cuts it)."""

from __future__ import annotations

import re
import shutil

import pytest
from sample_maps import rich_map

from conftest import pdftotext
from mapstudio.core.model import Card, JourneyMap, Lane, LaneKind, Stage
from mapstudio.layout.badges import card_badges
from mapstudio.poster.poster_pdf import render_pdf
from mapstudio.poster.tiling import PosterOptions

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
)

# 360 different ideographs: more characters than the first subset of a font holds
IDEOGRAPHS = "".join(chr(0x4E00 + i) for i in range(360))


def _without_space(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_every_badge_word_and_card_text_reads_back_from_the_poster(tmp_path):
    m = rich_map()
    kinds = {lane.id: lane.kind for lane in m.lanes if not lane.collapsed}
    words = {
        word
        for card in m.cards
        if card.lane in kinds
        for badge in card_badges(card, kinds[card.lane])
        for word in badge.text.split()
    }
    assert {"⚠", "★"} <= words and len(words) > 15  # symbols, severities, channels, levels...
    text = pdftotext(render_pdf(m, PosterOptions(paper="A0"), "riche.json").data, tmp_path)
    assert sorted(words - set(text.split())) == []
    flat = _without_space(text)
    short = [c.text for c in m.cards if c.lane in kinds and len(c.text) < 60]
    assert len(short) > 30
    assert [t for t in short if _without_space(t) not in flat] == []


def test_a_text_of_several_font_subsets_reads_back_whole(tmp_path):
    stages = [Stage(id=f"s{i}", name=f"Étape {i + 1}", order=i) for i in range(5)]
    lanes = [
        Lane(id="a", kind=LaneKind.ACTIONS, title="Actions", order=0),
        Lane(id="f", kind=LaneKind.FRICTIONS, title="Frictions", order=1),
    ]
    texts = [
        f"{IDEOGRAPHS[i * 12 : i * 12 + 12]} {extra}"
        for i, extra in enumerate(["été", "😀 ok", "a\u00a0b", "(x) \\ y", "Ωμέγα", "ж"] * 5)
    ]
    cards = [
        Card(
            id=f"c{i}",
            stage=stages[i % 5].id,
            lane=lanes[i % 2].id,
            order=i,
            text=text,
            tags=[f"t{i}é"],
            severity=1 + i % 3 if i % 2 else None,
        )
        for i, text in enumerate(texts)
    ]
    m = JourneyMap(id="cjk", title="Idéogrammes", stages=stages, lanes=lanes, cards=cards)
    data = render_pdf(m, PosterOptions(paper="A1"), "cjk.json").data
    assert len(set(re.findall(rb"/BaseFont /[A-Z]{6}\+DejaVuSans\b", data))) >= 2  # subsets
    text = pdftotext(data, tmp_path)
    flat = _without_space(text.replace("\u00a0", " "))
    assert [t for t in texts if _without_space(t.replace("\u00a0", " ")) not in flat] == []
    assert {f"#t{i}é" for i in range(len(texts))} <= set(text.split())
