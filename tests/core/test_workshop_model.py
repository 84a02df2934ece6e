"""Workshop objects in the map: participants as authors, votes and their dots.

Deleting what they refer to takes them along (or unsigns a note) in the same undo step, so a
saved map always reads back.
"""

from __future__ import annotations

import pytest

from mapstudio.core import edits
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.core.model import (
    Card,
    Dot,
    DotVote,
    JourneyMap,
    Lane,
    Participant,
    Stage,
    map_rule_problems,
)
from mapstudio.core.operations import EditError
from mapstudio.files import dump_map, load_map_bytes


def _map() -> JourneyMap:
    return JourneyMap(
        id="m1",
        title="Workshop",
        participants=[
            Participant(id="ana", name="Ana", initials="AM"),
            Participant(id="bo", name="Bo"),
        ],
        stages=[Stage(id="s1", name="A"), Stage(id="s2", name="B", order=1)],
        lanes=[Lane(id="op", kind="opportunities", title="Ideas")],
        cards=[
            Card(id="c1", stage="s1", lane="op", text="x", author="ana"),
            Card(id="c2", stage="s2", lane="op", text="y", author="bo"),
        ],
        votes=[DotVote(id="v1", lanes=["op"], participants=["ana", "bo"], dots_each=2)],
        dots=[
            Dot(id="d1", vote="v1", participant="ana", card="c1"),
            Dot(id="d2", vote="v1", participant="bo", card="c1"),
            Dot(id="d3", vote="v1", participant="bo", card="c2"),
        ],
    )


def test_a_saved_workshop_reads_back_equal() -> None:
    m = _map()
    assert load_map_bytes(dump_map(m)) == m


@pytest.mark.parametrize(
    ("target", "gone", "signed"),
    [
        ("c1", {"c1", "d1", "d2"}, {"c2": "bo"}),
        ("s2", {"s2", "c2", "d3"}, {"c1": "ana"}),
        ("op", {"op", "c1", "c2", "d1", "d2", "d3"}, {}),
        ("v1", {"v1", "d1", "d2", "d3"}, {"c1": "ana", "c2": "bo"}),
        ("bo", {"bo", "d2", "d3"}, {"c1": "ana", "c2": None}),
    ],
)
def test_deleting_takes_dependent_dots_and_unsigns_notes_in_one_undoable_step(
    target: str, gone: set[str], signed: dict[str, str | None]
) -> None:
    doc = Document(_map())
    before = dump_map(doc.map)
    history = History(doc)
    history.push(edits.remove(doc, [target]))
    assert {
        i for i in ("c1", "c2", "s2", "op", "v1", "bo", "d1", "d2", "d3") if doc.get(i) is None
    } == gone
    assert {c.id: c.author for c in doc.map.cards} == signed
    assert map_rule_problems(doc.map) == []
    assert load_map_bytes(dump_map(doc.map)) == doc.map  # it saves and reads back
    if target == "bo":
        assert doc.get("v1").participants == ["ana"]
    history.undo()
    assert dump_map(doc.map) == before


def test_broken_workshop_references_are_named() -> None:
    m = _map()
    m.cards[0].author = "zed"
    m.dots.append(Dot(id="d4", vote="v1", participant="bo", card="c2"))  # bo's third dot of 2
    m.dots.append(Dot(id="d5", vote="v9", participant="ana", card="nope"))
    problems = map_rule_problems(m)
    assert 'cards[0].author: there is no participant "zed"' in problems
    assert 'dots[3]: "bo" has placed more than 2 dots in vote "v1"' in problems
    assert 'dots[4].vote: there is no vote "v9"' in problems
    assert 'dots[4].card: there is no card "nope"' in problems


def test_participants_get_initials_and_distinct_colours_and_a_name_is_required() -> None:
    doc = Document(JourneyMap(id="m", title="T"))
    history = History(doc)
    ana = history.push(edits.add_participant(doc, "  Ana   María Pérez "))
    bo = history.push(edits.add_participant(doc, "bo", initials="BO"))
    a, b = doc.get(ana), doc.get(bo)
    assert (a.name, a.initials, b.initials) == ("Ana María Pérez", "AMP", "BO")
    assert a.colour != b.colour
    with pytest.raises(EditError, match="needs a name"):
        edits.add_participant(doc, "   ")
    history.undo()
    assert doc.get(bo) is None and len(doc.map.participants) == 1
