"""A revealed vote's dots print on the poster as the canvas shows them: one disc per dot in its
voter's colour, placed by the shared dot strip, and a legend of whose colour is which; a hidden
vote prints none."""

from __future__ import annotations

import io
import re
from pathlib import Path

from pypdf import PdfReader

from mapstudio.core import edits
from mapstudio.core.document import Document
from mapstudio.core.history import History
from mapstudio.files import load_map_bytes
from mapstudio.layout.dot_strip import DOT_PITCH, DOT_RADIUS, MIN_PITCH, dot_strip
from mapstudio.poster.poster_pdf import FORM, render_pdf
from mapstudio.poster.tiling import PosterOptions

EXAMPLE = Path(__file__).parents[2] / "resources" / "examples" / "smartphone-en.journey.json"
CARDS = ["opportunities-consider-1", "opportunities-decide-1"]


def _voted(hidden: bool):
    doc = Document(load_map_bytes(EXAMPLE.read_bytes()))
    history = History(doc)
    vote = history.push(
        edits.start_vote(doc, ["opportunities"], new_names=["Ana", "Bo"], hidden=True)
    )
    ana, bo = doc.get(vote).participants
    for who, card in [(ana, CARDS[0]), (ana, CARDS[0]), (bo, CARDS[0]), (bo, CARDS[1])]:
        history.push(edits.cast_dot(doc, vote, who, card))
    if not hidden:
        history.push(edits.set_vote_hidden(doc, vote, False))
    return doc.map, doc.get(ana).colour, doc.get(bo).colour


def _fills(m) -> str:
    pdf = PdfReader(io.BytesIO(render_pdf(m, PosterOptions(paper="A2")).data))
    form = pdf.pages[0]["/Resources"]["/XObject"][f"/FormXob.{FORM}"].get_object()
    return form.get_data().decode("latin-1")


def _count_fill(stream: str, hex_code: str) -> int:
    wanted = tuple(int(hex_code[i : i + 2], 16) / 255 for i in (1, 3, 5))
    count = 0
    for m in re.finditer(r"([\d.]+) ([\d.]+) ([\d.]+) rg", stream):
        got = tuple(float(v) for v in m.groups())
        if max(abs(a - b) for a, b in zip(got, wanted, strict=True)) < 0.003:
            count += 1
    return count


def test_poster_prints_the_dots_of_a_revealed_vote_only() -> None:
    hidden, ana, bo = _voted(hidden=True)
    shown, *_ = _voted(hidden=False)
    plain = load_map_bytes(EXAMPLE.read_bytes())
    before, secret, revealed = _fills(plain), _fills(hidden), _fills(shown)
    for colour in (ana, bo):  # the palette's colours may be used by the map itself
        assert _count_fill(secret, colour) == _count_fill(before, colour)
        # two dots on the cards and one in the legend, which says whose colour it is
        assert _count_fill(revealed, colour) == _count_fill(before, colour) + 3
    words = _text(shown)
    assert "DOT VOTE 1" in words and "Ana (2 dots)" in words and "Bo (2 dots)" in words
    assert "Ana (" not in _text(hidden)


def _text(m) -> str:
    return (
        PdfReader(io.BytesIO(render_pdf(m, PosterOptions(paper="A2")).data)).pages[0].extract_text()
    )


def test_the_dot_strip_sits_on_the_bottom_edge_and_overlaps_when_crowded() -> None:
    three = dot_strip(180, 60, 3)
    assert [x for x, _ in three.centres] == [7 + DOT_RADIUS + i * DOT_PITCH for i in range(3)]
    assert all(y - DOT_RADIUS < 60 < y + DOT_RADIUS for _, y in three.centres)  # on the edge
    crowded = dot_strip(180, 60, 15)
    xs = [x for x, _ in crowded.centres]
    assert len(xs) == 15 and xs[-1] + DOT_RADIUS <= 180 - 7 + 0.01  # squeezed, still inside
    assert crowded.more == 0
    many = dot_strip(180, 60, 40)
    assert many.more > 1 and len(many.centres) - 1 + many.more == 40
    xs = [x for x, _ in many.centres]
    assert min(b - a for a, b in zip(xs, xs[1:], strict=False)) >= MIN_PITCH - 1e-9
