"""The bundled example maps: canonical, valid, complete, and offered as templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from mapstudio.core.model import Curve, LaneKind
from mapstudio.files import dump_map, read_map
from mapstudio.files.templates import list_templates, new_from_template

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
JOURNEYS = ["smartphone", "perfume", "cosmetics"]
ALL = [f"{j}-{lang}" for j in [*JOURNEYS, "blank"] for lang in ("en", "fr")]


def path_of(name: str) -> Path:
    return EXAMPLES / f"{name}.journey.json"


def test_exactly_the_expected_examples_are_bundled():
    assert sorted(p.name for p in EXAMPLES.glob("*.journey.json")) == sorted(
        f"{n}.journey.json" for n in ALL
    )


@pytest.mark.parametrize("name", ALL)
def test_example_is_valid_and_canonical(name: str):
    raw = path_of(name).read_bytes()
    m = read_map(path_of(name))
    assert dump_map(m) == raw
    assert m.language == name.rsplit("-", 1)[1]


@pytest.mark.parametrize("name", [f"{j}-{lang}" for j in JOURNEYS for lang in ("en", "fr")])
def test_journey_example_uses_every_part_of_the_model(name: str):
    m = read_map(path_of(name))
    assert 4 <= len(m.stages) <= 6 and all(s.description for s in m.stages)
    p = m.personas[0]
    assert all([p.name, p.description, p.goals, p.needs, p.frustrations, p.quote, p.sources])
    kinds = {lane.kind for lane in m.lanes}
    assert kinds == set(LaneKind)
    lane_kind = {lane.id: lane.kind for lane in m.lanes}
    by_kind = {k: [c for c in m.cards if lane_kind[c.lane] is k] for k in LaneKind}
    assert all(by_kind[k] for k in LaneKind if k not in (LaneKind.EMOTIONS, LaneKind.METRICS))
    assert all(c.channel and c.online is not None for c in by_kind[LaneKind.TOUCHPOINTS])
    assert all(c.severity for c in by_kind[LaneKind.FRICTIONS])
    opportunities = by_kind[LaneKind.OPPORTUNITIES]
    assert all(c.impact and c.effort and c.owner for c in opportunities)
    assert any(c.votes for c in opportunities)
    assert any(c.evidence for c in m.cards) and any(c.source for c in m.cards)
    assert max(len(c.text) for c in m.cards) > 300  # a few long texts
    assert min(len(c.text) for c in m.cards) < 40
    assert m.metric_values and all(v.name for v in m.metric_values)
    curves = {(pt.persona, pt.curve) for pt in m.emotion_points}
    for curve in (Curve.AS_IS, Curve.TO_BE):
        points = [pt for pt in m.emotion_points if pt.curve is curve]
        assert len({pt.stage for pt in points}) == len(m.stages)
        assert all(pt.label and len(pt.label) < 20 for pt in points)
    assert (p.id, Curve.TO_BE) in curves


@pytest.mark.parametrize("journey", JOURNEYS)
def test_english_and_french_share_structure_but_not_words(journey: str):
    en, fr = read_map(path_of(f"{journey}-en")), read_map(path_of(f"{journey}-fr"))
    assert [c.id for c in en.cards] == [c.id for c in fr.cards]
    assert [c.text for c in en.cards] != [c.text for c in fr.cards]
    french_text = " ".join(c.text for c in fr.cards)
    assert any(ch in french_text for ch in "éèàçê")


def test_blank_starters_have_stages_and_lanes_but_no_cards():
    for lang in ("en", "fr"):
        m = read_map(path_of(f"blank-{lang}"))
        assert len(m.stages) == 5 and {lane.kind for lane in m.lanes} == set(LaneKind)
        assert not m.cards and not m.metric_values and not m.emotion_points


def test_templates_list_blank_first_and_new_map_gets_fresh_id():
    names = [t.name for t in list_templates()]
    assert names[:2] == ["blank-en", "blank-fr"] and "smartphone-fr" in names
    assert [t.name for t in list_templates("fr")] == [n for n in names if n.endswith("-fr")]
    fresh = new_from_template("perfume-en")
    assert (
        fresh.id != "example-perfume-en" and fresh.created > read_map(path_of("perfume-en")).created
    )
