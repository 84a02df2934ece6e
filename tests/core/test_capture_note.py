"""capture_note: a workshop note signed by a participant, or by a new one added with it."""

from __future__ import annotations

import pytest

from mapstudio.core import edits
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.core.model import JourneyMap, Lane, LaneKind, Stage
from mapstudio.core.operations import EditError


def _doc() -> Document:
    return Document(
        JourneyMap(
            id="m",
            title="T",
            stages=[Stage(id="s1", name="Awareness")],
            lanes=[
                Lane(id="l1", kind=LaneKind.ACTIONS, title="Actions"),
                Lane(id="l2", kind=LaneKind.EMOTIONS, title="Feelings", order=1),
            ],
        )
    )


def test_a_note_by_a_new_participant_is_one_step_undone_whole() -> None:
    doc = _doc()
    history = History(doc)
    ana = history.push(edits.add_participant(doc, "Ana María"))
    first = history.push(edits.capture_note(doc, "s1", "l1", "  Sees an ad ", author=ana))
    second = history.push(edits.capture_note(doc, "s1", "l1", "Asks a friend", new_author="jd"))
    one, two = doc.get(first), doc.get(second)
    assert (one.text, one.author) == ("Sees an ad", ana)
    newcomer = doc.get(two.author)
    assert (newcomer.name, newcomer.initials) == ("JD", "JD")
    assert [c.order for c in doc.cards_in_cell("s1", "l1")] == [0, 1]
    history.undo()
    assert doc.get(second) is None and len(doc.map.participants) == 1
    history.undo()
    assert doc.map.cards == []


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("s1", "l1", "   "), {}, "needs some text"),
        (("s1", "l1", "Hi"), {"author": "nobody"}, 'no participant "nobody"'),
        (("s1", "l2", "Hi"), {}, "emotions lane"),
    ],
)
def test_refused_notes_change_nothing(args, kwargs, message) -> None:
    doc = _doc()
    with pytest.raises(EditError, match=message):
        edits.capture_note(doc, *args, **kwargs)
    assert doc.map.cards == [] and doc.map.participants == []
