"""Comment edits headless: each one undo step, refusals change nothing, a thread survives a
file round trip, and comment ids are unique in a map like every other id."""

from __future__ import annotations

import json

import pytest

from mapstudio.core import edits
from mapstudio.core.comments import remarks
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.core.operations import EditError
from mapstudio.files import MapFileError, dump_map, load_map_bytes
from tests.canvas.sample import sample_map


def test_each_comment_edit_is_one_step_and_round_trips():
    doc = Document(sample_map())
    history = History(doc)
    original = dump_map(doc.map)
    note = history.push(edits.add_comment(doc, "c1", "  Why here?  ", author="Ana"))
    history.push(edits.add_comment(doc, "kpi", "Which source?"))
    history.push(edits.edit_comment(doc, note, "Why here, really?"))
    history.push(edits.resolve_comment(doc, note))
    assert len(history) == 4
    assert [r.comment.text for r in remarks(doc.map)] == ["Which source?"]  # lanes before cards
    assert [r.comment.text for r in remarks(doc.map, open_only=False)] == [
        "Which source?",
        "Why here, really?",
    ]
    reread = load_map_bytes(dump_map(doc.map))
    assert reread.cards[0].comments == doc.get("c1").comments
    history.push(edits.remove_comment(doc, note))
    assert doc.get("c1").comments == []
    while history.undo():
        pass
    assert dump_map(doc.map) == original


@pytest.mark.parametrize(
    ("edit", "args"),
    [
        (edits.add_comment, ("c1", "   ")),
        (edits.add_comment, ("e1", "on an emotion point")),
        (edits.add_comment, ("nowhere", "text")),
        (edits.edit_comment, ("comment-x", "text")),
        (edits.resolve_comment, ("comment-x",)),
    ],
)
def test_refused_comment_edits_change_nothing(edit, args):
    doc = Document(sample_map())
    before = dump_map(doc.map)
    with pytest.raises(EditError) as refused:
        History(doc).push(edit(doc, *args))
    assert "\n" not in str(refused.value)
    assert dump_map(doc.map) == before


def test_a_comment_id_used_twice_is_refused_by_the_file_rules():
    doc = Document(sample_map())
    note = History(doc).push(edits.add_comment(doc, "c1", "One"))
    data = json.loads(dump_map(doc.map))
    data["stages"][0]["comments"] = data["cards"][0]["comments"]  # the same id on a stage
    with pytest.raises(MapFileError) as refused:
        load_map_bytes(json.dumps(data).encode())
    assert note in str(refused.value) and "\n" not in str(refused.value)


def test_copied_and_duplicated_cards_take_their_thread_under_new_ids():
    doc = Document(sample_map())
    history = History(doc)
    history.push(edits.add_comment(doc, "c1", "Keep this"))
    (copy_id,) = history.push(edits.duplicate_cards(doc, ["c1"]))
    pasted = history.push(edits.add_cards(doc, [doc.get("c1")], "s2", "act"))
    threads = [doc.get(i).comments for i in ("c1", copy_id, *pasted)]
    assert [t[0].text for t in threads] == ["Keep this"] * 3
    assert len({t[0].id for t in threads}) == 3
    assert load_map_bytes(dump_map(doc.map)) == doc.map  # the file rules still hold
