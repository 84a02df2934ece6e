"""The document and its commands: every edit is undoable back to the same bytes."""

from __future__ import annotations

import pytest

from mapstudio.core.model import Card, JourneyMap, Lane, Persona, Stage
from mapstudio.files import dump_map, load_map_bytes
from mapstudio.gui import commands as C
from mapstudio.gui.document import EditError, MapDocument


@pytest.fixture
def doc(qapp) -> MapDocument:
    m = JourneyMap(
        id="m1",
        title="Test",
        personas=[Persona(id="p1", name="Léa")],
        stages=[Stage(id="s1", name="A"), Stage(id="s2", name="B", order=1)],
        lanes=[
            Lane(id="l1", kind="actions", title="Actions"),
            Lane(id="l2", kind="emotions", title="Emotions", order=1),
        ],
        cards=[Card(id="c1", stage="s1", lane="l1", text="héllo")],
    )
    return MapDocument(m)


def test_every_edit_undoes_to_the_same_bytes(doc: MapDocument) -> None:
    original = dump_map(doc.map)
    cid = C.add_card(doc, "s1", "l1", 0, text="nouvelle carte")
    C.move_cards(doc, [cid], "s2", "l1")
    C.update(doc, cid, {"text": "a"}, merge_key=("typing", cid))
    C.update(doc, cid, {"text": "ab"}, merge_key=("typing", cid))
    C.set_emotion(doc, "p1", "s1", "as_is", 2)
    C.set_emotion_scale(doc, "1..5")
    sid = C.add_stage(doc, "C", 0)
    C.move_stage(doc, sid, 2)
    C.remove(doc, ["s1"])
    names = [doc.undo_stack.text(i) for i in range(doc.undo_stack.count())]
    assert names == [
        "Add Card",
        "Move Card",
        "Edit Card Text",
        "Set Emotion",
        "Change Emotion Scale",
        "Add Stage",
        "Move Stage",
        "Delete Stage",
    ]
    final = dump_map(doc.map)
    load_map_bytes(final)  # the edited map is still valid
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert dump_map(doc.map) == original
    assert not doc.is_modified()
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert dump_map(doc.map) == final


def test_refused_edit_changes_nothing_and_leaves_no_step(doc: MapDocument) -> None:
    before = dump_map(doc.map)
    with pytest.raises(EditError, match="less than or equal to 3"):
        C.update(doc, "c1", {"severity": 9})
    with pytest.raises(EditError, match="emotions lane"):
        C.add_card(doc, "s1", "l2")
    assert dump_map(doc.map) == before
    assert doc.undo_stack.count() == 0


def test_scale_change_carries_points_onto_the_new_scale(doc: MapDocument) -> None:
    C.set_emotion(doc, "p1", "s1", "as_is", -2)
    C.set_emotion(doc, "p1", "s2", "as_is", 2)
    C.set_emotion_scale(doc, "1..5")
    assert sorted(p.score for p in doc.map.emotion_points) == [1, 5]
