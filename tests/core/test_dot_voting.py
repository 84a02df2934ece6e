"""Dot votes headless: starting one (voters by id, by name, by count, in one step), casting and
taking back dots, refusals that change nothing, hidden and revealed dots, closing (totals into
the opportunities' votes, one step) and the ranked result; a vote saved half-way continues."""

from __future__ import annotations

import pytest

from mapstudio.core import edits, voting
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.core.model import Card, JourneyMap, Lane, Participant, Stage
from mapstudio.core.operations import EditError
from mapstudio.files import dump_map, load_map_bytes


def _map() -> JourneyMap:
    return JourneyMap(
        id="m1",
        title="Workshop",
        participants=[Participant(id="ana", name="Ana", colour="#aa0000")],
        stages=[Stage(id="s1", name="A"), Stage(id="s2", name="B", order=1)],
        lanes=[
            Lane(id="op", kind="opportunities", title="Ideas"),
            Lane(id="pain", kind="frictions", title="Pains", order=1),
            Lane(id="emo", kind="emotions", title="Feelings", order=2),
        ],
        cards=[
            Card(id="c1", stage="s1", lane="op", text="Faster checkout", votes=5),
            Card(id="c2", stage="s2", lane="op", text="Chat support"),
            Card(id="c3", stage="s1", lane="op", text="Clear prices", order=1),
            Card(id="p1", stage="s1", lane="pain", text="Slow site"),
        ],
    )


@pytest.fixture
def setup() -> tuple[Document, History]:
    doc = Document(_map())
    return doc, History(doc)


def test_start_vote_adds_new_voters_in_the_same_undo_step(setup) -> None:
    doc, history = setup
    vote_id = history.push(
        edits.start_vote(doc, ["op"], ["ana"], ["Bo", " ana "], count=2, dots_each=3)
    )
    vote = doc.get(vote_id)
    names = [doc.get(p).name for p in vote.participants]
    assert names == ["Ana", "Bo", "Participant 1", "Participant 2"]  # "ana" is Ana
    colours = {doc.get(p).colour for p in vote.participants}
    assert len(colours) == 4
    assert (vote.lanes, vote.dots_each, vote.hidden, vote.title) == (["op"], 3, False, "Dot vote 1")
    assert len(history) == 1
    history.undo()
    assert doc.map.votes == [] and [p.id for p in doc.map.participants] == ["ana"]


def test_a_second_count_reuses_the_numbered_participants(setup) -> None:
    doc, history = setup
    first = history.push(edits.start_vote(doc, ["op"], count=2))
    history.push(edits.close_vote(doc, first))
    second = history.push(edits.start_vote(doc, ["op"], count=3))
    assert doc.get(second).participants[:2] == doc.get(first).participants
    assert len(doc.map.participants) == 4


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"lanes": []}, "choose at least one lane"),
        ({"lanes": ["emo"], "count": 2}, "emotions lane"),
        ({"lanes": ["op"]}, "at least one participant"),
        ({"lanes": ["op"], "participants": ["nobody"]}, 'no participant "nobody"'),
        ({"lanes": ["op"], "count": 2, "dots_each": 0}, "from 1 to 99"),
    ],
)
def test_a_vote_that_cannot_start_changes_nothing(setup, kwargs, message) -> None:
    doc, history = setup
    before = dump_map(doc.map)
    with pytest.raises(EditError, match=message):
        history.push(edits.start_vote(doc, **kwargs))
    assert dump_map(doc.map) == before


def test_one_open_vote_at_a_time(setup) -> None:
    doc, history = setup
    history.push(edits.start_vote(doc, ["op"], count=1))
    with pytest.raises(EditError, match="already open"):
        edits.start_vote(doc, ["pain"], count=1)


def test_casting_refusals_and_taking_back(setup) -> None:
    doc, history = setup
    vote_id = history.push(edits.start_vote(doc, ["op"], ["ana"], ["Bo"], dots_each=2))
    vote = doc.get(vote_id)
    bo = vote.participants[1]
    history.push(edits.cast_dot(doc, vote_id, "ana", "c1"))
    history.push(edits.cast_dot(doc, vote_id, "ana", "c1"))  # two on one card is allowed
    with pytest.raises(EditError, match="Ana has no dots left"):
        edits.cast_dot(doc, vote_id, "ana", "c2")
    with pytest.raises(EditError, match="not in the vote"):
        edits.cast_dot(doc, vote_id, bo, "p1")
    with pytest.raises(EditError, match="no dot on this card"):
        edits.remove_dot(doc, vote_id, bo, "c1")
    assert voting.dots_left(doc.map, vote, "ana") == 0
    assert voting.next_voter(doc.map, vote, "ana") == bo
    history.push(edits.remove_dot(doc, vote_id, "ana", "c1"))
    assert voting.dots_left(doc.map, vote, "ana") == 1
    assert voting.tally(doc.map, vote_id) == {"c1": 1}
    history.undo()  # the dot taken back is back
    assert voting.tally(doc.map, vote_id) == {"c1": 2}


def test_hidden_dots_are_not_shown_until_revealed(setup) -> None:
    doc, history = setup
    vote_id = history.push(edits.start_vote(doc, ["op"], ["ana"], hidden=True))
    history.push(edits.cast_dot(doc, vote_id, "ana", "c2"))
    assert voting.shown_dots(doc.map) == {}
    history.push(edits.set_vote_hidden(doc, vote_id, False))
    assert voting.shown_dots(doc.map) == {"c2": ["#aa0000"]}
    history.undo()
    assert voting.shown_dots(doc.map) == {}


def test_close_writes_totals_into_opportunities_in_one_step(setup) -> None:
    doc, history = setup
    vote_id = history.push(edits.start_vote(doc, ["op", "pain"], ["ana"], ["Bo"], dots_each=3))
    bo = doc.get(vote_id).participants[1]
    for who, card in [("ana", "c2"), ("ana", "c2"), (bo, "c2"), (bo, "c3"), ("ana", "p1")]:
        history.push(edits.cast_dot(doc, vote_id, who, card))
    steps = len(history)
    history.push(edits.close_vote(doc, vote_id))
    assert len(history) == steps + 1
    assert [doc.get(c).votes for c in ("c1", "c2", "c3", "p1")] == [0, 3, 1, 0]
    assert doc.get(vote_id).closed and voting.open_vote(doc.map) is None
    with pytest.raises(EditError, match="closed"):
        edits.cast_dot(doc, vote_id, bo, "c1")
    history.undo()
    assert [doc.get(c).votes for c in ("c1", "c2", "c3")] == [5, 0, 0]
    assert not doc.get(vote_id).closed


def test_ranking_shares_ranks_and_explains_ties(setup) -> None:
    doc, history = setup
    vote_id = history.push(edits.start_vote(doc, ["op"], ["ana"], ["Bo"], dots_each=3))
    bo = doc.get(vote_id).participants[1]
    # c2: 2 dots from Ana alone; c3: 2 dots from two people; c1: 1 dot
    for who, card in [("ana", "c2"), ("ana", "c2"), ("ana", "c3"), (bo, "c3"), (bo, "c1")]:
        history.push(edits.cast_dot(doc, vote_id, who, card))
    result = voting.ranking(doc.map, doc.get(vote_id))
    assert [(r.card, r.dots, r.voters, r.rank, r.tied) for r in result] == [
        ("c3", 2, 2, 1, True),
        ("c2", 2, 1, 1, True),
        ("c1", 1, 1, 3, False),
    ]
    notes = voting.tie_notes(result)
    assert notes == [
        "Rank 1: “Clear prices”, “Chat support” tied with 2 dots, "
        "ordered by how many participants chose each one."
    ]


def test_a_saved_vote_continues_after_reopening(setup) -> None:
    doc, history = setup
    vote_id = history.push(edits.start_vote(doc, ["op"], count=2, dots_each=2, hidden=True))
    first, second = doc.get(vote_id).participants
    history.push(edits.cast_dot(doc, vote_id, first, "c1"))
    reopened = Document(load_map_bytes(dump_map(doc.map)))
    later = History(reopened)
    vote = voting.open_vote(reopened.map)
    assert vote is not None and vote.id == vote_id and vote.hidden
    assert voting.dots_left(reopened.map, vote, first) == 1
    later.push(edits.cast_dot(reopened, vote_id, first, "c2"))
    later.push(edits.cast_dot(reopened, vote_id, second, "c2"))
    with pytest.raises(EditError, match="no dots left"):
        edits.cast_dot(reopened, vote_id, first, "c3")
    assert voting.tally(reopened.map, vote_id) == {"c1": 1, "c2": 2}
    assert load_map_bytes(dump_map(reopened.map)) == reopened.map
