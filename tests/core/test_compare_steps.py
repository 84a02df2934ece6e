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
