"""Random edits through the core, as a person (or another program) makes them."""

from __future__ import annotations

import contextlib
import random

from mapstudio.core import edits
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.core.model import JourneyMap, LaneKind
from mapstudio.core.operations import EditError


def edited(m: JourneyMap, rng: random.Random, count: int = 8) -> JourneyMap:
    """A copy of ``m`` with ``count`` random edits (text, moves, adds, deletes, renames...)."""
    doc = Document(m.model_copy(deep=True))
    history = History(doc)
    for _ in range(count):
        # an edit that does not apply to this map (no card left...) is skipped
        with contextlib.suppress(EditError, IndexError, ValueError):
            history.push(_one_edit(doc, rng))
    return doc.map


def _one_edit(doc: Document, rng: random.Random):
    m = doc.map
    card_lanes = [x for x in doc.lanes() if x.kind is not LaneKind.EMOTIONS]
    choice = rng.randrange(11)
    if choice == 0:
        card = rng.choice(m.cards)
        return edits.update(doc, card.id, {"text": f"{card.text} [{rng.randrange(1000)}]"})
    if choice == 1:
        card = rng.choice(m.cards)
        lane = rng.choice(card_lanes)
        return edits.move_cards(
            doc, [card.id], rng.choice(doc.stages()).id, lane.id, rng.randrange(3)
        )
    if choice == 2:
        lane = rng.choice(card_lanes)
        return edits.add_card(
            doc,
            rng.choice(doc.stages()).id,
            lane.id,
            rng.randrange(3),
            text=f"new {rng.random():.4f}",
        )
    if choice == 3:
        return edits.remove(doc, [rng.choice(m.cards).id])
    if choice == 4:
        stage = rng.choice(doc.stages())
        return edits.rename(doc, stage.id, stage.name + " bis")
    if choice == 5:
        return edits.move_stage(doc, rng.choice(doc.stages()).id, rng.randrange(len(m.stages)))
    if choice == 6:
        return edits.add_stage(doc, f"Stage {rng.randrange(100)}", rng.randrange(len(m.stages) + 1))
    if choice == 7 and m.personas:
        return edits.set_emotion(
            doc, rng.choice(m.personas).id, rng.choice(m.stages).id, "as_is", rng.choice([-1, 0, 1])
        )
    if choice == 8 and rng.random() < 0.3:
        return edits.remove(doc, [rng.choice(m.stages).id])
    if choice == 9 and rng.random() < 0.3 and m.personas:
        return edits.remove(doc, [rng.choice(m.personas).id])
    if choice == 10:
        card = rng.choice(m.cards)
        return edits.update(doc, card.id, {"votes": card.votes + 1, "tags": [*card.tags, "t"]})
    return edits.update(doc, m.id, {"title": m.title + "!"})
