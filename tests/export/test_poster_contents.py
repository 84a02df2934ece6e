"""What the poster prints, read back from the PDF: long texts get room or are reported as cut,
and the legend keys only what the map shows."""

from __future__ import annotations

from sample_maps import LONG_DESCRIPTION, rich_map, shaped_map

from conftest import word_boxes
from mapstudio.core.model import LaneKind
from mapstudio.poster.poster_pdf import build_poster, render_pdf
from mapstudio.poster.tiling import PosterOptions

ENGINEER = "Field engineer (after-sales team {n})"


def _text(data: bytes, tmp_path) -> str:
    return " ".join(w[4] for page in word_boxes(data, tmp_path) for w in page[2])


def test_a_long_description_is_printed_whole(tmp_path):
    m = shaped_map(description=LONG_DESCRIPTION)
    result = render_pdf(m, PosterOptions(paper="A3"), "m.json")
    assert " ".join(LONG_DESCRIPTION.split()) in _text(result.data, tmp_path)
    assert result.warnings == []


def test_a_description_too_long_for_the_title_block_is_reported(tmp_path):
    m = shaped_map(description=" ".join([LONG_DESCRIPTION] * 4))
    result = render_pdf(m, PosterOptions(paper="A3"), "m.json")
    assert len(result.warnings) == 1
    assert "description" in result.warnings[0] and "16" in result.warnings[0]
    text = _text(result.data, tmp_path)
    assert LONG_DESCRIPTION.split()[0] in text and "…" in text


def test_long_persona_names_are_whole_in_the_legend_and_each_header_cut_is_reported(tmp_path):
    m = shaped_map(personas=6, persona_name=ENGINEER)
    result = render_pdf(m, PosterOptions(paper="A1"), "m.json")
    text = _text(result.data, tmp_path)
    names = [ENGINEER.format(n=n) for n in range(1, 7)]
    # whole in the title block and in the legend, and in the lane header where it fits
    cut = [w for w in result.warnings if "header of the lane" in w]
    assert len(cut) == len(result.warnings) >= 1
    for name in names:
        reported = any(f'"{name}"' in w for w in cut)
        assert text.count(name) == (2 if reported else 3), name
    assert "(aft…" not in text


def test_a_tiny_map_has_a_legend_of_what_it_shows(tmp_path):
    m = shaped_map(stages=1, personas=0, kinds=(LaneKind.ACTIONS, LaneKind.TOUCHPOINTS))
    poster = build_poster(m)
    assert poster.legend.height < poster.geo.height
    text = _text(render_pdf(m, PosterOptions(paper="A4"), "m.json").data, tmp_path)
    assert "Actions" in text and "Touchpoints" in text
    for absent in ("EMOTIONS", "Emotions", "FRICTION", "OPPORTUNITY", "EVIDENCE", "CHANNELS"):
        assert absent not in text, absent
    assert "EMOTION SCALE" not in text  # nor in the title block


def test_the_legend_keys_the_channels_severities_and_curves_in_use(tmp_path):
    m = rich_map()
    text = _text(render_pdf(m, PosterOptions(paper="A1"), "m.json").data, tmp_path)
    used = {c.channel for c in m.cards if c.channel is not None}
    assert len(used) < 13
    from mapstudio.core.vocabulary import channel_name

    with_lang = [channel_name(ch) for ch in used]
    for name in with_lang:
        assert name in text
    assert "Word of mouth" not in text or any(ch.value == "word_of_mouth" for ch in used)
    assert "Proposed" not in text  # only "observed" evidence is on the map
    assert "Observed (from data)" in text
    assert "Léa, 34 ans, to be" in text and "Jérôme, 52 ans, to be" not in text


def test_long_stage_names_lane_titles_and_emotion_labels_are_reported_when_cut(tmp_path):
    m = shaped_map()
    long = "Waiting for the engineer while the service desk reschedules the visit twice " * 2
    m = m.model_copy(
        update={
            "stages": [m.stages[0].model_copy(update={"name": long.strip()}), *m.stages[1:]],
            "lanes": [m.lanes[0].model_copy(update={"title": long.strip()}), *m.lanes[1:]],
            "emotion_points": [
                m.emotion_points[0].model_copy(update={"label": long.strip()}),
                *m.emotion_points[1:],
            ],
        }
    )
    result = render_pdf(m, PosterOptions(paper="A1"), "m.json")
    assert len(result.warnings) == 3
    assert "stage name" in result.warnings[0] and "lane title" in result.warnings[1]
    assert "emotion label" in result.warnings[2]
    assert "…" in _text(result.data, tmp_path)


def test_the_bundled_examples_print_without_cuts():
    from pathlib import Path

    from mapstudio.files import read_map

    for path in sorted((Path(__file__).parents[2] / "resources" / "examples").glob("*.json")):
        assert build_poster(read_map(path)).warnings == [], path.name


def test_a_long_channel_list_reads_as_one_list_when_its_halves_share_a_column(tmp_path):
    """More than seven channels are split in two to balance the legend's columns; when both
    halves land in one column (the smartphone example on A1 portrait), they print as one list:
    the row after the split is as far below as every other row, with no gap or empty heading."""
    from mapstudio.files.mapfile import read_map
    from mapstudio.resources import resource_path

    m = read_map(resource_path("examples", "smartphone-en.journey.json"))
    pages = word_boxes(render_pdf(m, PosterOptions(paper="A1"), "m.json").data, tmp_path)
    words = pages[0][2]
    names = ["Website", "Search", "Online", "Email", "SMS", "Mobile", "Physical", "Phone", "Chat"]
    tops = []
    for name in names:
        hits = [w for w in words if w[4] == name and w[0] > pages[0][0] * 0.8]  # the legend
        assert hits, name
        tops.append(hits[0][1])
    steps = [round(b - a, 1) for a, b in zip(tops, tops[1:], strict=False)]
    assert max(steps) - min(steps) < 1.0, steps  # SMS -> Mobile app as every other step
