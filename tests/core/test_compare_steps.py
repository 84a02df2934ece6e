"""``compare`` on a big map calls ``keep_going`` as it goes (the editor repaints then and stops
at Cancel): the same differences as without it, and what it raises stops the comparison."""

from __future__ import annotations

import pytest
from benchmarks.generate import build_map, default_stages

from mapstudio.core.compare import OBJECTS_PER_STEP, compare
from mapstudio.files import read_map
from tests.foundation.conftest import EXAMPLES

CARDS = 10_000


class Stop(Exception):
    pass


def test_compare_calls_keep_going_every_few_thousand_objects_and_stops_when_it_raises():
    small = read_map(EXAMPLES / "smartphone-en.journey.json")
    big = build_map(CARDS, default_stages(CARDS), 2, seed=5)
    calls = []
    found = compare(small, big, keep_going=lambda: calls.append(1))
    assert found == compare(small, big)
    assert len(calls) >= CARDS // OBJECTS_PER_STEP

    def stop_at_third() -> None:
        calls.append(1)
        if len(calls) == 3:
            raise Stop

    calls.clear()
    with pytest.raises(Stop):
        compare(small, big, keep_going=stop_at_third)
    assert len(calls) == 3


def test_taking_several_differences_at_once_is_taking_them_one_after_another():
    # adopted_all copies the map once; the result is the one of adopted in turn.
    from mapstudio.core.adopt import adopted, adopted_all
    from mapstudio.core.compare import REMOVED
    from mapstudio.files import dump_map

    ours = read_map(EXAMPLES / "smartphone-en.journey.json")
    theirs = read_map(EXAMPLES / "smartphone-en.journey.json")
    theirs.cards[0].text = "Changed there"
    theirs.cards[3].order = 99  # moved to the end of its cell
    del theirs.cards[5]
    theirs.cards.append(theirs.cards[1].model_copy(update={"id": "new-card", "text": "New"}))
    chosen = compare(ours, theirs)
    assert {d.action for d in chosen} >= {"added", "changed", REMOVED}
    in_turn = ours
    for d in chosen:
        in_turn = adopted(in_turn, d, theirs)
    at_once = adopted_all(ours, chosen, theirs)
    assert dump_map(at_once) == dump_map(in_turn)
    assert compare(at_once, theirs) == []
    assert ours.cards[0].text != "Changed there"  # the map given is left as it was
