"""Property: any sequence of edits, undone completely, gives back the original bytes; redone,
the final bytes; a refused edit changes nothing; the edited map is always valid."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from mapstudio.core.model import Card, Lane, LaneKind, Stage
from mapstudio.files import dump_map, load_map_bytes
from mapstudio.gui import commands as C
from mapstudio.gui.document import EditError, MapDocument

from .conftest import sample_map

KINDS = [
    "add_card",
    "add_cards",
    "move_cards",
    "duplicate_cards",
    "update_card",
    "update_stage",
    "update_lane",
    "update_persona",
    "update_point",
    "update_metric",
    "update_map",
    "remove_cards",
    "remove_stage",
    "remove_lane",
    "remove_persona",
    "remove_point",
    "remove_metric",
    "add_stage",
    "move_stage",
    "add_lane",
    "move_lane",
    "add_persona",
    "set_emotion",
    "set_scale",
    "add_metric",
    "typing",
    "replace_content",
    "rename",
    "set_collapsed",
]

step = st.tuples(
    st.sampled_from(KINDS),
    st.integers(0, 40),
    st.integers(0, 40),
    st.integers(-4, 6),
    st.text(alphabet="aé z€\n", max_size=6),
)


def pick(items: list[Any], i: int) -> Any:
    return items[i % len(items)] if items else None


def card_lanes(doc: MapDocument) -> list[Lane]:
    return [x for x in doc.lanes() if x.kind not in (LaneKind.EMOTIONS,)]


def run_step(doc: MapDocument, kind: str, a: int, b: int, n: int, text: str) -> None:
    m = doc.map
    stages, lanes, cards = doc.stages(), card_lanes(doc), list(m.cards)
    stage, lane, card = pick(stages, a), pick(lanes, b), pick(cards, a + b)
    if kind == "add_card" and stage and lane:
        C.add_card(doc, stage.id, lane.id, n if n >= 0 else None, text=text)
    elif kind == "add_cards" and stage and lane:
        new = [Card(id=f"x{i}", stage="s", lane="l", text=text) for i in range(1 + a % 3)]
        C.add_cards(doc, new, stage.id, lane.id, b % 4)
    elif kind == "move_cards" and stage and lane and cards:
        chosen = list(dict.fromkeys(pick(cards, a + i).id for i in range(1 + b % 3)))
        C.move_cards(doc, chosen, stage.id, lane.id, n if n >= 0 else None)
    elif kind == "duplicate_cards" and cards:
        C.duplicate_cards(doc, [card.id, pick(cards, b).id])
    elif kind == "update_card" and card:
        C.update(doc, card.id, {"text": text, "severity": 1 + a % 3, "votes": b})
    elif kind == "update_stage" and stage:
        C.update(doc, stage.id, {"name": text or "S", "description": text})
    elif kind == "update_lane" and lane:
        C.update(doc, lane.id, {"title": text or "L", "collapsed": bool(a % 2)})
    elif kind == "update_persona" and m.personas:
        C.update(doc, pick(m.personas, a).id, {"name": text or "P", "goals": [text]})
    elif kind == "update_point" and m.emotion_points:
        C.update(doc, pick(m.emotion_points, a).id, {"score": n, "label": text})
    elif kind == "update_metric" and m.metric_values:
        C.update(doc, pick(m.metric_values, a).id, {"value": n * 1.5, "unit": text})
    elif kind == "update_map":
        C.update(doc, m.id, {"title": text or "T", "emotion_scale": pick(SCALES, a)})
    elif kind == "remove_cards" and cards:
        C.remove(doc, [card.id, pick(cards, n).id])
    elif kind == "remove_stage" and stage:
        C.remove(doc, [stage.id])
    elif kind == "remove_lane" and lanes:
        C.remove(doc, [pick(doc.lanes(), b).id])
    elif kind == "remove_persona" and m.personas:
        C.remove(doc, [pick(m.personas, a).id])
    elif kind == "remove_point" and m.emotion_points:
        C.remove(doc, [pick(m.emotion_points, a).id])
    elif kind == "remove_metric" and m.metric_values:
        C.remove(doc, [pick(m.metric_values, a).id])
    elif kind == "add_stage":
        C.add_stage(doc, text or "New", n if n >= 0 else None)
    elif kind == "move_stage" and stage:
        C.move_stage(doc, stage.id, b)
    elif kind == "add_lane":
        C.add_lane(doc, pick(list(LaneKind), a), text or "Lane", n if n >= 0 else None)
    elif kind == "move_lane" and lanes:
        C.move_lane(doc, pick(doc.lanes(), a).id, b)
    elif kind == "add_persona":
        C.add_persona(doc, text or "P")
    elif kind == "set_emotion" and stage and m.personas:
        C.set_emotion(doc, pick(m.personas, b).id, stage.id, pick(["as_is", "to_be"], a), n)
    elif kind == "set_scale":
        C.set_emotion_scale(doc, pick(SCALES, a + n))
    elif kind == "add_metric" and stage:
        metrics = [x for x in doc.lanes() if x.kind is LaneKind.METRICS]
        C.add_metric(doc, stage.id, pick(metrics, b).id if metrics else "none", text or "M", n)
    elif kind == "typing" and card:  # merged steps, as in-place text editing does
        for i in range(1 + a % 4):
            C.update(doc, card.id, {"text": text + "x" * i}, merge_key=("typing", card.id))
    elif kind == "rename":
        target = pick([*stages, *doc.lanes(), *m.personas], a + n)
        if target:
            C.rename(doc, target.id, text)
    elif kind == "set_collapsed" and lanes:
        C.set_collapsed(doc, pick(doc.lanes(), a).id, bool(b % 2))
    elif kind == "replace_content":
        other = sample_map(cards=a % 5)
        other.title = text or "Restored"
        other.stages.append(Stage(id=f"st{b}", name="Extra", order=b % 3))
        C.replace_content(doc, other)


SCALES = ["-2..+2", "-3..+3", "1..5", "0..5"]


def visible_order(doc: MapDocument) -> list[Any]:
    """What a view shows: stage and lane order, and the cards of each cell in order."""
    stages, lanes = doc.stages(), doc.lanes()
    cells = [[c.id for c in doc.cards_in_cell(s.id, x.id)] for s in stages for x in lanes]
    return [[s.id for s in stages], [x.id for x in lanes], cells]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, min_size=1, max_size=12))
def test_undo_all_gives_back_the_original_bytes_and_redo_the_final(qapp, steps) -> None:
    doc = MapDocument(sample_map())
    original = dump_map(doc.map)
    for kind, a, b, n, text in steps:
        before = dump_map(doc.map)
        depth = doc.undo_stack.count()
        try:
            run_step(doc, kind, a, b, n, text)
            event("applied" if doc.undo_stack.count() > depth else "no-op")
        except EditError:
            assert dump_map(doc.map) == before, f"refused {kind} changed the map"
            assert doc.undo_stack.count() == depth
    final = dump_map(doc.map)
    reloaded = MapDocument(load_map_bytes(final))  # the edited map is valid...
    assert visible_order(reloaded) == visible_order(doc)  # ...and reopens as it is shown
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert dump_map(doc.map) == original
    assert not doc.is_modified()
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert dump_map(doc.map) == final
