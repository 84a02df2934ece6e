"""Reload and Restore Version: the difference between two versions, as few primitives."""

from __future__ import annotations

import random

import pytest

from mapstudio.core import edits
from mapstudio.core.diff import diff_ops
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.core.operations import Update
from mapstudio.files import dump_map, read_map
from tests.foundation.conftest import EXAMPLES

EXAMPLE = EXAMPLES / "smartphone-fr.journey.json"


def test_one_card_changed_is_one_update_of_that_card() -> None:
    doc = Document(read_map(EXAMPLE))
    other = doc.map.model_copy(deep=True)
    other.cards[7].text = "Changé ailleurs"
    ops = diff_ops(doc, other)
    assert ops == [Update("cards", other.cards[7].id, {"text": "Changé ailleurs"})]


def test_the_same_map_is_no_change() -> None:
    doc = Document(read_map(EXAMPLE))
    assert diff_ops(doc, read_map(EXAMPLE)) == []


@pytest.mark.parametrize("seed", range(12))
def test_any_other_version_gives_its_bytes_and_undoes_to_ours(seed: int) -> None:
    rng = random.Random(seed)
    doc = Document(read_map(EXAMPLE))
    ours = dump_map(doc.map)
    other = _another_version(read_map(EXAMPLE), rng)
    history = History(doc)
    history.push(edits.replace_map(doc, other))
    assert dump_map(doc.map) == dump_map(other)
    history.undo()
    assert dump_map(doc.map) == ours
    history.redo()
    assert dump_map(doc.map) == dump_map(other)


def _another_version(m, rng: random.Random):
    """Edits as another program might make them: some removed, changed, added, moved in the
    JSON lists, and the map's own fields."""
    doc = Document(m)
    history = History(doc)
    for card in rng.sample(m.cards, 3):
        history.push(edits.update(doc, card.id, {"text": card.text + " (bis)"}))
    history.push(edits.remove(doc, [c.id for c in rng.sample(m.cards, 4)]))
    stage = rng.choice(doc.stages()).id
    lane = next(lane.id for lane in doc.lanes() if lane.kind == "actions")
    history.push(edits.add_card(doc, stage, lane, 0, text="Ajoutée"))
    history.push(edits.move_stage(doc, stage, 0))
    if rng.random() < 0.5:
        history.push(edits.remove(doc, [rng.choice(doc.lanes()).id]))
    new = doc.map.model_copy(deep=True)
    rng.shuffle(new.cards)  # list order differs too: the bytes must follow it
    new.title = "Version de Paul"
    return new
