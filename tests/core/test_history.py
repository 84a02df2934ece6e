"""The headless undo history: steps, merge keys, the clean state, refused edits."""

from __future__ import annotations

import pytest

from mapstudio.core import edits
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.core.model import Card, JourneyMap, Lane, Stage
from mapstudio.core.operations import EditError
from mapstudio.files import dump_map


@pytest.fixture
def doc() -> Document:
    return Document(
        JourneyMap(
            id="m1",
            title="T",
            stages=[Stage(id="s1", name="A")],
            lanes=[
                Lane(id="l1", kind="actions", title="Actions"),
                Lane(id="l2", kind="emotions", title="Emotions", order=1),
            ],
            cards=[Card(id="c1", stage="s1", lane="l1", text="a")],
        )
    )


def test_typing_in_one_card_is_one_step_and_undoes_to_the_text_before(doc: Document) -> None:
    history = History(doc)
    for text in ("ab", "abc", "abcd"):
        history.push(edits.update(doc, "c1", {"text": text}, merge_key=("typing", "c1")))
    assert len(history) == 1 and history.undo_name() == "Edit Card Text"
    history.undo()
    assert doc.get("c1").text == "a"
    history.redo()
    assert doc.get("c1").text == "abcd"


def test_steps_never_merge_across_the_saved_state(doc: Document) -> None:
    history = History(doc)
    history.push(edits.update(doc, "c1", {"text": "ab"}, merge_key="k"))
    history.set_clean()
    history.push(edits.update(doc, "c1", {"text": "abc"}, merge_key="k"))
    assert len(history) == 2 and not history.is_clean()
    history.undo()
    assert history.is_clean() and doc.get("c1").text == "ab"


def test_a_new_step_after_undo_drops_the_redo_and_the_unreachable_clean_state(
    doc: Document,
) -> None:
    history = History(doc)
    history.push(edits.add_stage(doc, "B"))
    history.set_clean()
    history.undo()
    history.push(edits.add_stage(doc, "C"))
    assert not history.can_redo() and not history.is_clean()
    assert [s.name for s in doc.stages()] == ["A", "C"]


def test_a_refused_edit_changes_nothing_and_leaves_no_step(doc: Document) -> None:
    history = History(doc)
    before = dump_map(doc.map)
    with pytest.raises(EditError, match="emotions lane"):
        history.push(edits.add_card(doc, "s1", "l2", text="x"))
    with pytest.raises(EditError, match='no stage "nope"'):
        history.push(edits.move_cards(doc, ["c1"], "nope", "l1"))
    with pytest.raises(EditError):  # a score off the scale, refused by the model's rules
        history.push(edits.update(doc, "c1", {"severity": 9}))
    assert dump_map(doc.map) == before and len(history) == 0


def test_a_step_that_fails_half_way_rolls_back_what_it_applied(doc: Document) -> None:
    from mapstudio.core.history import step
    from mapstudio.core.operations import Insert, Update

    broken = step(
        "Broken",
        [Insert("cards", Card(id="c2", stage="s1", lane="l1")), Update("cards", "c1", {"x": 1})],
    )
    before = dump_map(doc.map)
    with pytest.raises(EditError):
        History(doc).push(broken)
    assert dump_map(doc.map) == before and doc.get("c2") is None


def test_an_edit_that_changes_nothing_is_no_step(doc: Document) -> None:
    history = History(doc)
    history.push(edits.update(doc, "c1", {"text": "a"}))
    history.push(edits.move_cards(doc, ["c1"], "s1", "l1"))
    assert len(history) == 0 and history.is_clean()


def test_listeners_hear_what_changed(doc: Document) -> None:
    heard = []
    doc.subscribe(heard.append)
    history = History(doc)
    card = history.push(edits.add_card(doc, "s1", "l1", text="new"))
    history.push(edits.update(doc, card, {"text": "newer"}))
    stage = history.push(edits.add_stage(doc, "B"))
    history.push(edits.move_cards(doc, [card], stage, "l1"))
    actions = [(c.collection, c.action, c.ids) for c in heard]
    assert ("cards", "added", (card,)) in actions
    assert ("cards", "updated", (card,)) in actions
    moved = [c for c in heard if c.action == "moved"]
    assert moved and moved[0].cells == {("s1", "l1"), (stage, "l1")}


def test_merged_steps_that_touch_other_fields_or_objects_undo_all_of_them(doc: Document) -> None:
    history = History(doc)
    history.push(edits.add_card(doc, "s1", "l1", text="b"))
    before = dump_map(doc.map)
    card = doc.cards_in_cell("s1", "l1")[-1].id
    history.push(edits.update(doc, "c1", {"text": "a2"}, merge_key="gesture"))
    history.push(edits.update(doc, "c1", {"votes": 3}, merge_key="gesture"))
    history.push(edits.update(doc, card, {"text": "b2"}, merge_key="gesture"))
    assert len(history) == 2
    history.undo()
    assert dump_map(doc.map) == before
    history.redo()
    assert (doc.get("c1").text, doc.get("c1").votes, doc.get(card).text) == ("a2", 3, "b2")
