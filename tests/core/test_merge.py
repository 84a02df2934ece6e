"""Three-way merge: what does not overlap is all kept; what does is settled by a rule, listed."""

from __future__ import annotations

import random

import pytest

from mapstudio.core import edits
from mapstudio.core.compare import compare
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.core.merge import (
    EDIT_DELETE,
    FIELD,
    KEPT_FOR_CONTENT,
    LANE_KIND,
    REORDERED,
    merge,
    merge_sequence,
)
from mapstudio.core.model import LaneKind, map_rule_problems
from mapstudio.files import dump_map, load_map_bytes, read_map
from tests.core.random_edits import edited
from tests.foundation.conftest import EXAMPLES

EXAMPLE = EXAMPLES / "smartphone-en.journey.json"


def side(edit) -> object:
    doc = Document(read_map(EXAMPLE))
    history = History(doc)
    edit(doc, history)
    return doc.map


def _summary(differences) -> set:
    return {(d.collection, d.id, d.action, frozenset(d.fields), d.moved) for d in differences}


def test_edits_that_do_not_overlap_are_all_kept_and_each_side_sees_the_other_sides() -> None:
    base = read_map(EXAMPLE)
    card, other, gone = base.cards[0].id, base.cards[3].id, base.cards[10].id
    stages = [s.id for s in base.ordered_stages()]

    def ours_edits(doc, h):
        h.push(edits.update(doc, card, {"text": "Edited on the train"}))
        h.push(edits.add_card(doc, stages[1], doc.get(other).lane, 0, text="Added at the office"))
        h.push(edits.rename(doc, stages[2], "Choice"))

    def theirs_edits(doc, h):
        h.push(edits.move_cards(doc, [card], stages[3], doc.get(card).lane))
        h.push(edits.remove(doc, [gone]))
        h.push(edits.move_stage(doc, stages[0], 2))
        h.push(edits.update(doc, other, {"votes": 4}))

    ours, theirs = side(ours_edits), side(theirs_edits)
    result = merge(base, ours, theirs)
    assert result.conflicts == []
    merged = load_map_bytes(dump_map(result.map))  # a valid map, as `mapstudio check` reads it
    moved_card = next(c for c in merged.cards if c.id == card)
    assert moved_card.text == "Edited on the train" and moved_card.stage == stages[3]
    assert gone not in {c.id for c in merged.cards}
    assert _summary(compare(ours, merged)) == _summary(compare(base, theirs))
    assert _summary(compare(theirs, merged)) == _summary(compare(base, ours))


def test_a_field_changed_both_ways_keeps_ours_and_is_listed() -> None:
    base = read_map(EXAMPLE)
    card = base.cards[2].id
    ours = side(lambda d, h: h.push(edits.update(d, card, {"text": "ours"})))
    theirs = side(lambda d, h: h.push(edits.update(d, card, {"text": "theirs", "votes": 2})))
    result = merge(base, ours, theirs)
    merged = next(c for c in result.map.cards if c.id == card)
    assert (merged.text, merged.votes) == ("ours", 2)  # their other field still lands
    assert [(c.kind, c.id, c.field) for c in result.conflicts] == [(FIELD, card, "text")]


def test_a_card_edited_on_one_side_and_deleted_on_the_other_is_kept() -> None:
    base = read_map(EXAMPLE)
    card = base.cards[4].id
    ours = side(lambda d, h: h.push(edits.remove(d, [card])))
    theirs = side(lambda d, h: h.push(edits.update(d, card, {"text": "still needed"})))
    result = merge(base, ours, theirs)
    assert any(c.id == card and c.text == "still needed" for c in result.map.cards)
    assert [(c.kind, c.id, c.kept) for c in result.conflicts] == [(EDIT_DELETE, card, "theirs")]


def test_a_card_deleted_on_one_side_and_untouched_on_the_other_is_gone() -> None:
    base = read_map(EXAMPLE)
    card = base.cards[4].id
    ours = side(lambda d, h: h.push(edits.remove(d, [card])))
    result = merge(base, ours, read_map(EXAMPLE))
    assert card not in {c.id for c in result.map.cards} and result.conflicts == []


def test_both_sides_reordering_one_cell_keeps_our_order_and_their_new_card() -> None:
    base = read_map(EXAMPLE)
    cell = max(_cells(base).items(), key=lambda kv: len(kv[1]))
    (stage, lane), ids = cell
    assert len(ids) >= 3

    def ours_edits(doc, h):
        h.push(edits.move_cards(doc, [ids[-1]], stage, lane, 0))

    def theirs_edits(doc, h):
        h.push(edits.move_cards(doc, [ids[0]], stage, lane))
        h.push(edits.add_card(doc, stage, lane, 1, text="theirs, second"))

    ours, theirs = side(ours_edits), side(theirs_edits)
    result = merge(base, ours, theirs)
    got = _cells(load_map_bytes(dump_map(result.map)))[(stage, lane)]
    new_id = next(c.id for c in theirs.cards if c.text == "theirs, second")
    assert got[0] == ids[-1] and new_id in got
    theirs_cell = _cells(theirs)[(stage, lane)]
    before_new = theirs_cell[theirs_cell.index(new_id) - 1]
    assert got.index(new_id) == got.index(before_new) + 1  # after the card it followed there
    assert [c.kind for c in result.conflicts] == [REORDERED]


def test_a_persona_deleted_while_the_other_side_gives_it_points_is_kept() -> None:
    base = read_map(EXAMPLE)
    persona = base.personas[0].id
    point = next(p for p in base.emotion_points if p.persona == persona)
    stage = base.stages[0].id

    def theirs_edits(doc, h):
        h.push(edits.set_emotion(doc, persona, point.stage, point.curve, -point.score or 1))
        new_stage = h.push(edits.add_stage(doc, "After sales"))
        h.push(edits.set_emotion(doc, persona, new_stage, "as_is", 2))

    ours = side(lambda d, h: h.push(edits.remove(d, [persona, stage])))
    result = merge(base, ours, side(theirs_edits))
    assert persona in {p.id for p in result.map.personas}
    kinds = {(c.kind, c.id) for c in result.conflicts}
    assert (KEPT_FOR_CONTENT, persona) in kinds and (EDIT_DELETE, point.id) in kinds
    assert map_rule_problems(result.map) == []


def test_a_lane_turned_into_an_emotions_lane_while_the_other_side_adds_cards_holds_them() -> None:
    base = read_map(EXAMPLE)
    lane = next(x for x in base.lanes if x.kind is LaneKind.NOTES or x.kind is LaneKind.THOUGHTS)
    stage = base.stages[0].id

    def ours_edits(doc, h):
        h.push(edits.remove(doc, [c.id for c in doc.map.cards if c.lane == lane.id]))
        h.push(edits.update(doc, lane.id, {"kind": LaneKind.EMOTIONS}))

    theirs = side(lambda d, h: h.push(edits.add_card(d, stage, lane.id, text="a new thought")))
    result = merge(base, side(ours_edits), theirs)
    assert LANE_KIND in [c.kind for c in result.conflicts]
    assert map_rule_problems(result.map) == []


def test_a_scale_change_on_one_side_carries_the_other_sides_points() -> None:
    base = read_map(EXAMPLE)
    point = base.emotion_points[0]
    ours = side(lambda d, h: h.push(edits.set_emotion_scale(d, "1..5")))
    theirs = side(
        lambda d, h: h.push(edits.set_emotion(d, point.persona, point.stage, point.curve, -2))
    )
    result = merge(base, ours, theirs)
    assert result.conflicts == []
    merged = next(p for p in result.map.emotion_points if p.id == point.id)
    assert result.map.emotion_scale == "1..5" and merged.score == 1  # -2 on -2..+2 is 1 on 1..5


@pytest.mark.parametrize("seed", range(25))
def test_any_two_sets_of_random_edits_merge_into_a_valid_map(seed: int) -> None:
    rng = random.Random(seed)
    base = read_map(EXAMPLE)
    ours, theirs = edited(base, rng), edited(base, rng)
    result = merge(base, ours, theirs)
    assert map_rule_problems(result.map) == []
    load_map_bytes(dump_map(result.map))  # every field valid too
    if not result.conflicts:
        allowed = _summary(compare(base, theirs)) | _moves(compare(ours, result.map))
        # When the other side's move crosses a stage this side inserted, which run "moved" is a
        # tie that compare may break either way (seed 24): the change itself must be the same.
        assert {s[:4] for s in _summary(compare(ours, result.map))} <= {s[:4] for s in allowed}


def _moves(differences) -> set:
    # renumbering never shows, but a card placed after a neighbour the other side moved can
    return {s for s in _summary(differences) if s[2] == "changed" and not s[3] and s[4]}


def test_merge_sequence_places_each_sides_additions_after_their_neighbour() -> None:
    seq, clash = merge_sequence(list("abcd"), list("abxcd"), list("aybcd"), set("abcdxy"))
    assert seq == list("aybxcd") and not clash
    seq, clash = merge_sequence(list("abcd"), list("dabc"), list("bacd"), set("abcd"))
    assert seq == list("dabc") and clash
    seq, clash = merge_sequence(list("abcd"), list("abcd"), list("bacd"), set("abcd"))
    assert seq == list("bacd") and not clash


def _cells(m) -> dict:
    cells: dict = {}
    for c in sorted(m.cards, key=lambda c: c.order):
        cells.setdefault((c.stage, c.lane), []).append(c.id)
    return cells
