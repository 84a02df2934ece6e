"""MapGeometry.update_cells must not depend on the order in which cells are re-measured."""

from __future__ import annotations

from itertools import permutations

from mapstudio.layout import MapIndex, compute_geometry
from tests.canvas.sample import sample_map


def test_moved_card_is_found_whatever_the_order_of_cells():
    for order in permutations([("s1", "act"), ("s4", "act")]):
        m = sample_map()
        geo = compute_geometry(MapIndex(m))
        card = next(c for c in m.cards if c.id == "c1")
        card.stage = "s4"
        geo.update_cells(MapIndex(m), order)
        assert geo.box_cell["c1"] == ("s4", "act"), order
        assert [b.id for b in geo.cells[("s4", "act")].boxes] == ["c1"]
