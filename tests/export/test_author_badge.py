"""A signed note shows its author's initials in a badge of their colour, on the poster as on
screen: the badge is computed once in ``layout.badges`` for both."""

from __future__ import annotations

from conftest import word_boxes
from mapstudio.core.model import Card, JourneyMap, Lane, LaneKind, Participant, Stage
from mapstudio.layout import MapIndex, compute_geometry
from mapstudio.layout.badges import author_mark, card_has_badges, participants_by_id
from mapstudio.poster.poster_pdf import render_pdf
from mapstudio.poster.tiling import PosterOptions


def _map() -> JourneyMap:
    return JourneyMap(
        id="m",
        title="Workshop",
        stages=[Stage(id="s1", name="Awareness")],
        lanes=[Lane(id="l1", kind=LaneKind.ACTIONS, title="Actions")],
        participants=[
            Participant(id="p1", name="Zoé Keller", initials="ZK", colour="#bcbd22"),
            Participant(id="p2", name="Bo", initials="BO", colour="#1f77b4"),
        ],
        cards=[
            Card(id="c1", stage="s1", lane="l1", text="Sees an ad", author="p1"),
            Card(id="c2", stage="s1", lane="l1", text="Asks a friend", order=1),
        ],
    )


def test_the_author_mark_is_the_participants_initials_in_their_colour_with_readable_ink():
    m = _map()
    people = participants_by_id(m.participants)
    mark = author_mark(m.cards[0], people)
    assert (mark.initials, mark.fill, mark.ink) == ("ZK", "#bcbd22", "#000000")
    assert author_mark(m.cards[1], people) is None
    assert card_has_badges(m.cards[0], LaneKind.ACTIONS)  # room for the strip is kept
    assert not card_has_badges(m.cards[1], LaneKind.ACTIONS)
    geo = compute_geometry(MapIndex(m))
    assert geo.box("c1").height > geo.box("c2").height


def test_the_poster_prints_the_authors_initials_on_their_notes(tmp_path):
    result = render_pdf(_map(), PosterOptions(paper="A4"), "m.json")
    words = [w for page in word_boxes(result.data, tmp_path) for w in page[2]]
    initials = [w for w in words if w[4] == "ZK"]
    note = [w for w in words if w[4] == "Sees"]
    assert len(initials) == 1 and note
    assert initials[0][1] < note[0][1]  # in the badge strip, above the note's text
    assert not any(w[4] == "BO" for w in words)  # Bo signed nothing
