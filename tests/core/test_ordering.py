"""core.ordering: the one display-order rule (by ``order``, ties by which came first), as the
model's queries, the layout's MapIndex and an editing document's sequence numbers apply it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mapstudio.core.model import Card, JourneyMap, Lane, LaneKind, Stage
from mapstudio.core.ordering import cells_in_display_order, display_key, in_display_order
from mapstudio.layout.source import MapIndex

orders = st.lists(st.integers(-3, 3), min_size=1, max_size=12)


def by_rule(items: list) -> list:
    """The rule written out: order first, then position in the list."""
    return [x for _, _, x in sorted((x.order, i, x) for i, x in enumerate(items))]


@settings(max_examples=60, deadline=None)
@given(stage_orders=orders, lane_orders=orders, card_cells=st.lists(st.tuples(
    st.integers(0, 2), st.integers(0, 1), st.integers(-3, 3)), max_size=20))  # fmt: skip
def test_every_reader_of_a_map_orders_by_the_one_rule(stage_orders, lane_orders, card_cells):
    stages = [Stage(id=f"s{i}", name="S", order=o) for i, o in enumerate(stage_orders)]
    lanes = [
        Lane(id=f"l{i}", kind=LaneKind.ACTIONS, title="L", order=o)
        for i, o in enumerate(lane_orders)
    ]
    cards = [
        Card(id=f"c{i}", stage=f"s{s % len(stages)}", lane=f"l{x % len(lanes)}", order=o)
        for i, (s, x, o) in enumerate(card_cells)
    ]
    m = JourneyMap(id="m", title="T", stages=stages, lanes=lanes, cards=cards)
    index = MapIndex(m)
    assert m.ordered_stages() == index.stages() == by_rule(stages) == in_display_order(stages)
    assert m.ordered_lanes() == index.lanes() == by_rule(lanes)
    for stage in stages:
        for lane in lanes:
            in_cell = [c for c in cards if (c.stage, c.lane) == (stage.id, lane.id)]
            assert m.cards_in_cell(stage.id, lane.id) == by_rule(in_cell)
            assert index.cards_in_cell(stage.id, lane.id) == by_rule(in_cell)
            assert cells_in_display_order(cards).get((stage.id, lane.id), []) == by_rule(in_cell)
    # an editing document's key, with sequence numbers in list order, sorts the same way
    sequence = {c.id: 10 * i for i, c in enumerate(cards)}
    assert sorted(cards, key=lambda c: display_key(c, sequence[c.id])) == by_rule(cards)
