"""Service blueprint, lanes tied to personas, positive moments and half-point scores: the core
edits, the file rules and the layout that the canvas and the poster share."""

from __future__ import annotations

import json

import pytest

from mapstudio.core import edits
from mapstudio.core.blueprint import BlueprintLine, lines_before
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.core.model import EmotionScale, JourneyMap, LaneKind
from mapstudio.core.operations import EditError
from mapstudio.files import dump_map, load_map_bytes
from mapstudio.files.mapfile import MapFileError
from mapstudio.layout import compute_geometry
from mapstudio.layout.badges import badge_texts
from mapstudio.layout.source import MapIndex
from tests.canvas.sample import sample_map

K = LaneKind


def test_lines_sit_between_the_layers_in_blueprint_order():
    kinds = [K.ACTIONS, K.EMOTIONS, K.TOUCHPOINTS, K.BACKSTAGE, K.SUPPORT, K.NOTES]
    assert lines_before(kinds) == {
        2: BlueprintLine.INTERACTION,
        3: BlueprintLine.VISIBILITY,
        4: BlueprintLine.INTERNAL_INTERACTION,
    }
    # annotations between two layers do not break the order: the line goes above the lower one
    assert lines_before([K.ACTIONS, K.OPPORTUNITIES, K.TOUCHPOINTS]) == {
        2: BlueprintLine.INTERACTION
    }


def test_a_shuffled_or_incomplete_map_gets_no_misleading_line():
    # a backstage lane above a touchpoints lane: no line of visibility; the others still
    # separate what is above them from all that is below
    shuffled = [K.ACTIONS, K.BACKSTAGE, K.TOUCHPOINTS, K.SUPPORT]
    assert lines_before(shuffled) == {
        1: BlueprintLine.INTERACTION,
        3: BlueprintLine.INTERNAL_INTERACTION,
    }
    # a customer lane below the frontstage: no line of interaction, the visibility one holds
    assert lines_before([K.TOUCHPOINTS, K.ACTIONS, K.BACKSTAGE]) == {2: BlueprintLine.VISIBILITY}
    # no frontstage lane: neither of the lines that border it
    assert lines_before([K.ACTIONS, K.BACKSTAGE, K.SUPPORT]) == {
        2: BlueprintLine.INTERNAL_INTERACTION
    }
    assert lines_before([K.NOTES, K.METRICS]) == {}


def _doc() -> tuple[Document, History]:
    doc = Document(sample_map())
    return doc, History(doc)


def test_make_blueprint_orders_lanes_adds_missing_layers_and_undoes_in_one_step():
    doc, history = _doc()
    before = dump_map(doc.map)
    added = history.push(edits.make_blueprint(doc))
    kinds = [lane.kind for lane in doc.lanes()]
    assert kinds == [
        K.ACTIONS, K.EMOTIONS, K.FRICTIONS, K.TOUCHPOINTS, K.BACKSTAGE, K.SUPPORT,
        K.OPPORTUNITIES, K.METRICS, K.NOTES,
    ]  # fmt: skip
    new = [doc.get(i) for i in added]
    assert [(x.kind, x.title) for x in new] == [
        (K.BACKSTAGE, "Backstage actions"),
        (K.SUPPORT, "Support processes"),
    ]
    assert [x.order for x in doc.lanes()] == list(range(9)) and doc.map.blueprint
    assert len(history) == 1 and history.undo_name() == "Make Service Blueprint"
    assert edits.make_blueprint(doc).ops == []  # a blueprint already: nothing to do
    history.undo()
    assert dump_map(doc.map) == before
    history.redo()
    assert doc.map.blueprint and len(doc.lanes()) == 9


def test_new_lanes_are_titled_in_the_maps_language():
    m = sample_map()
    m.language = "fr"
    doc = Document(m)
    added = History(doc).push(edits.make_blueprint(doc))
    assert [doc.get(i).title for i in added] == [
        "Actions invisibles (back-office)",
        "Processus de support",
    ]


def test_geometry_gives_each_line_a_band_that_moves_the_lanes_below():
    doc, history = _doc()
    history.push(edits.make_blueprint(doc))
    geo = compute_geometry(MapIndex(doc.map))
    style = geo.style
    assert [bl.line for bl in geo.blueprint_lines] == list(BlueprintLine)
    for bl in geo.blueprint_lines:
        upper = next(r for r in geo.rows if r.y + r.height == bl.top)
        lower = next(r for r in geo.rows if r.y == bl.top + bl.height)
        assert bl.height == style.blueprint_gap and bl.y == bl.top + bl.height / 2
        assert upper.kind is not lower.kind
    # the same map without the flag: no lines, no gaps, rows end to end
    doc.map.blueprint = False
    plain = compute_geometry(MapIndex(doc.map))
    assert plain.blueprint_lines == []
    assert plain.height == geo.height - 3 * style.blueprint_gap


def test_a_lane_tied_to_a_persona_is_untied_when_the_persona_goes():
    doc, history = _doc()
    history.push(edits.update(doc, "act", {"persona": "p2"}))
    assert doc.get("act").persona == "p2"
    with pytest.raises(EditError, match='there is no persona "nobody"'):
        edits.update(doc, "act", {"persona": "nobody"})
    history.push(edits.remove(doc, ["p2"]))
    assert doc.get("act").persona is None and doc.get("p2") is None
    history.undo()
    assert doc.get("act").persona == "p2"


def test_a_file_lane_tied_to_a_missing_persona_is_refused_in_one_line():
    data = json.loads(dump_map(sample_map()))
    data["lanes"][0]["persona"] = "ghost"
    with pytest.raises(MapFileError, match=r'lanes\[0\]\.persona: there is no persona "ghost"'):
        load_map_bytes(json.dumps(data).encode())


def test_a_positive_moment_shows_a_badge_on_any_lane():
    doc, history = _doc()
    card = doc.get("c1")
    assert "bright spot" not in badge_texts(card, K.ACTIONS)[0]
    history.push(edits.update(doc, "c1", {"positive": True}))
    assert badge_texts(doc.get("c1"), K.ACTIONS)[0].startswith("☀ bright spot")
    assert badge_texts(doc.get("c1"), K.FRICTIONS)[0].startswith("⚠ ☀ bright spot")


def test_half_points_are_kept_and_other_fractions_refused():
    doc, history = _doc()
    history.push(edits.set_emotion(doc, "p1", "s1", "as_is", -1.5))
    assert doc.emotion_point("p1", "s1", "as_is").score == -1.5
    for bad, says in ((1.25, "1.25 is not a whole or half point"), (2.5, "outside")):
        with pytest.raises(EditError, match=says):
            edits.set_emotion(doc, "p1", "s1", "as_is", bad)
    with pytest.raises(EditError):
        edits.update(doc, doc.emotion_point("p1", "s1", "as_is").id, {"score": "1"})
    text = dump_map(doc.map).decode()
    assert '"score": -1.5' in text and '"score": 2,' in text  # whole scores stay whole
    again = load_map_bytes(dump_map(doc.map))
    assert again == doc.map


def test_a_file_with_a_quarter_point_is_refused_and_a_half_point_accepted():
    data = json.loads(dump_map(sample_map()))
    data["emotion_points"][0]["score"] = 0.5
    assert load_map_bytes(json.dumps(data).encode()).emotion_points[0].score == 0.5
    data["emotion_points"][0]["score"] = 0.75
    with pytest.raises(MapFileError, match="0.75 is not a whole or half point"):
        load_map_bytes(json.dumps(data).encode())


def test_a_scale_change_carries_scores_to_the_nearest_half_point():
    assert EmotionScale.MINUS2_PLUS2.carry(1, EmotionScale.ONE_FIVE) == 4
    assert EmotionScale.MINUS2_PLUS2.carry(-1.5, EmotionScale.ONE_FIVE) == 1.5
    assert EmotionScale.ONE_FIVE.carry(2, EmotionScale.MINUS3_PLUS3) == -1.5
    assert EmotionScale.MINUS2_PLUS2.score_text(1.5) == "+1.5"
    assert EmotionScale.ONE_FIVE.score_text(3) == "3"


def test_format_3_files_without_the_new_fields_read_with_their_defaults():
    data = json.loads(dump_map(sample_map()))
    data.pop("blueprint")
    for lane in data["lanes"]:
        lane.pop("persona")
    for card in data["cards"]:
        card.pop("positive")
    m = load_map_bytes(json.dumps(data).encode())
    assert isinstance(m, JourneyMap) and not m.blueprint
    assert all(x.persona is None for x in m.lanes) and not any(c.positive for c in m.cards)


def test_a_merge_keeps_the_persona_a_lane_was_tied_to_on_the_other_side():
    from mapstudio.core.merge import merge
    from mapstudio.core.model import map_rule_problems

    base = sample_map()
    ours = base.model_copy(deep=True)
    ours.personas = [p for p in ours.personas if p.id != "p2"]
    ours.emotion_points = [p for p in ours.emotion_points if p.persona != "p2"]
    theirs = base.model_copy(deep=True)
    next(x for x in theirs.lanes if x.id == "act").persona = "p2"
    result = merge(base, ours, theirs)
    assert next(x for x in result.map.lanes if x.id == "act").persona == "p2"
    assert any(p.id == "p2" for p in result.map.personas)
    assert map_rule_problems(result.map) == []


def test_a_duplicated_lane_keeps_its_persona():
    doc, history = _doc()
    history.push(edits.update(doc, "act", {"persona": "p2"}))
    copy = history.push(edits.duplicate_lane(doc, "act"))
    assert doc.get(copy).persona == "p2"


def test_insights_find_the_bright_spots_and_follow_an_edit():
    from mapstudio.core.insights import InsightsTracker, bright_spots_text

    doc, history = _doc()
    tracker = InsightsTracker(doc)
    assert bright_spots_text(tracker.insights()) == ""
    history.push(edits.update(doc, "c1", {"positive": True}))
    found = tracker.insights()
    assert tracker.recounted == 1  # only the card's stage is counted again
    stage = next(s for s in found.stages if s.stage_id == doc.get("c1").stage)
    assert [card_id for card_id, _ in stage.tally.bright_spots] == ["c1"]
    assert bright_spots_text(found).startswith(f"{stage.name}: ")
    assert found.to_json()["stages"][0]["bright_spots"] == ["c1"]
