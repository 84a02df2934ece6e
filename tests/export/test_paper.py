from __future__ import annotations

import pytest

from mapstudio.poster.paper import INCH, MM, OptionError, parse_length, parse_paper
from mapstudio.poster.tiling import PosterOptions, plan


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("A0", (841 * MM, 1189 * MM)),
        ("a4", (210 * MM, 297 * MM)),
        ("Letter", (612, 792)),
        ("Legal", (612, 1008)),
        ("tabloid", (792, 1224)),
        ("ARCH D", (24 * INCH, 36 * INCH)),
        ("archE", (36 * INCH, 48 * INCH)),
        ("500x700mm", (500 * MM, 700 * MM)),
        ("24x36in", (24 * INCH, 36 * INCH)),
    ],
)
def test_paper_names_and_custom_sizes(text, size):
    paper = parse_paper(text)
    assert paper.width == pytest.approx(size[0])
    assert paper.height == pytest.approx(size[1])
    landscape = paper.oriented("landscape")
    assert (landscape.width, landscape.height) == pytest.approx(sorted(size, reverse=True))


@pytest.mark.parametrize("bad", ["A7", "10xx", "0x0mm", "huge", "500x700"])
def test_bad_paper_is_one_sentence(bad):
    with pytest.raises(OptionError) as e:
        parse_paper(bad)
    assert bad in str(e.value) and "\n" not in str(e.value)


def test_lengths():
    assert parse_length("10mm") == pytest.approx(10 * MM)
    assert parse_length("1cm") == pytest.approx(10 * MM)
    assert parse_length("0.5in") == pytest.approx(36)
    assert parse_length("12pt") == pytest.approx(12)
    assert parse_length("7") == pytest.approx(7 * MM)
    with pytest.raises(OptionError, match="10xx"):
        parse_length("10xx", "overlap")


def test_fit_picks_the_orientation_that_prints_larger():
    wide = plan(PosterOptions(paper="A1"), 3000, 1000, 10)
    assert wide.paper.landscape and len(wide.tiles) == 1 and not wide.tiled
    tall = plan(PosterOptions(paper="A1"), 1000, 3000, 10)
    assert not tall.paper.landscape


def test_tiling_counts_sheets_with_overlap_and_readable_scale():
    # 1000 x 500 units at scale 1 on A4 landscape (area 785 x 523 with 10 mm margins)
    p = plan(
        PosterOptions(paper="A4", orientation="landscape", tile=True, scale=1.0), 1000, 500, 10
    )
    assert (p.rows, p.columns, p.pages) == (1, 2, 3)
    step = p.tiles[1].x0 - p.tiles[0].x0
    assert (p.tiles[0].width - step) * p.scale == pytest.approx(10 * MM)
    readable = plan(PosterOptions(paper="A4", tile=True, min_text=14), 1000, 500, 7)
    assert readable.scale == pytest.approx(2.0) and readable.smallest_text == pytest.approx(14)
    # sheets are numbered in reading order, and their labels say where they lie
    assert [readable.sheet_number(t) for t in readable.tiles] == list(
        range(1, len(readable.tiles) + 1)
    )
    second = readable.tiles[1]
    assert readable.sheet_label(second) == (f"Sheet 2 of {len(readable.tiles)} · row 1, column 2")


@pytest.mark.parametrize(
    "options",
    [
        PosterOptions(tile=True, scale=0),
        PosterOptions(tile=True, scale=-1),
        PosterOptions(tile=True, overlap=900),
        PosterOptions(paper="A4", margin=400),
        PosterOptions(paper="A4", tile=True, scale=100),
    ],
)
def test_impossible_options_are_refused(options):
    with pytest.raises(OptionError):
        plan(options, 1000, 800, 10)
