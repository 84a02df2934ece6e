"""The poster uses its paper: the legend goes beside the grid when that prints larger, tiled
posters never put a legend section across a seam, and exports say how full the sheets are."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sample_maps import rich_map, shaped_map
from test_command import _export

from conftest import word_boxes
from mapstudio.core.model import LaneKind
from mapstudio.files import read_map
from mapstudio.poster.arrangement import PAD
from mapstudio.poster.composition import _plan
from mapstudio.poster.poster_pdf import (
    build_poster,
    describe_fill,
    plan_pages,
    render_pdf,
    sheet_fill,
)
from mapstudio.poster.tiling import PosterOptions

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
MAPS = ["smartphone-en", "cosmetics-en", "perfume-en", "blank-en"]


def _maps():
    return [read_map(EXAMPLES / f"{name}.journey.json") for name in MAPS] + [rich_map()]


@pytest.mark.parametrize("paper", ["A1", "A4"])
def test_landscape_sheets_get_title_and_legend_beside_the_grid_and_print_larger(paper):
    for m in _maps():
        poster = build_poster(m)
        options = PosterOptions(paper=paper, orientation="landscape")
        stacked = _plan(poster, poster.arrangements[0], options)
        pages = plan_pages(poster, options)
        assert "beside" in poster.arrangement.name, m.title
        assert pages.smallest_text > stacked.smallest_text * 1.1
        width_used = poster.width * pages.scale / pages.area[2]
        stacked_width = poster.arrangements[0].width * stacked.scale / pages.area[2]
        assert width_used > 0.65 and width_used > stacked_width + 0.15, m.title
        assert sheet_fill(poster, pages)[0] > sheet_fill_of(poster, 0, stacked)


def sheet_fill_of(poster, rank, pages) -> float:
    kept = poster.arrangement
    poster.arrangement = poster.arrangements[rank]
    try:
        return sheet_fill(poster, pages)[0]
    finally:
        poster.arrangement = kept


def test_wide_maps_and_portrait_sheets_stay_stacked():
    wide = shaped_map(stages=10, kinds=tuple(LaneKind))
    poster = build_poster(wide)
    plan_pages(poster, PosterOptions(paper="A1"))
    assert poster.arrangement.name == "stacked"
    poster = build_poster(rich_map())
    plan_pages(poster, PosterOptions(paper="A1", orientation="portrait"))
    assert poster.arrangement.name == "stacked"


def test_the_pdf_prints_title_block_and_legend_right_of_the_grid(tmp_path):
    m = rich_map()
    result = render_pdf(m, PosterOptions(paper="A1", orientation="landscape"), "m.json")
    ((width, height, words),) = word_boxes(result.data, tmp_path)
    legend = next(w for w in words if w[4] == "Legend")
    title = max((w for w in words if w[4] == "Achat"), key=lambda w: w[3] - w[1])  # the big one
    last_stage = next(w for w in words if w[4] == "Fidélité")
    first_lane = next(w for w in words if w[4] == "Actions")
    last_lane = next(w for w in words if w[4] == "Indicateurs")
    assert legend[0] > last_stage[2] and title[0] > last_stage[2]  # right of the grid
    assert title[1] < first_lane[1] < legend[1] < last_lane[1]  # beside it, not above or under
    assert all(w[0] >= 0 and w[2] <= width and w[3] <= height for w in words)


TILINGS = [
    PosterOptions(paper="A4", tile=True, scale=1.0),
    PosterOptions(paper="A3", tile=True, min_text=12),
    PosterOptions(paper="A4", tile=True, min_text=9),
    PosterOptions(paper="Letter", orientation="landscape", tile=True, scale=1.0),
    PosterOptions(paper="A4", tile=True, poster_paper="A1"),
]


@pytest.mark.parametrize("options", TILINGS, ids=lambda o: f"{o.paper}-{o.min_text}-{o.scale}")
def test_tiles_never_cut_a_legend_section_and_take_no_more_sheets(options):
    for m in _maps():
        poster = build_poster(m)
        first = _plan(poster, poster.arrangements[0], options)
        pages = plan_pages(poster, options)
        if options.poster_paper is None:
            assert len(pages.tiles) <= len(first.tiles), m.title
        else:  # as large as it prints on one sheet of that paper
            whole = plan_pages(build_poster(m), PosterOptions(paper=options.poster_paper))
            assert pages.smallest_text == pytest.approx(whole.smallest_text)
        band = pages.overlap / pages.scale
        seams_x = [t.x0 + band for t in pages.tiles if t.row == 0][1:]
        seams_y = [t.y0 + band for t in pages.tiles if t.column == 0][1:]
        a = poster.arrangement
        for x, y, sec in a.legend.placed:
            left, top = a.legend_x + x, a.legend_y + y
            assert not any(left < s < left + 200 for s in seams_x), (m.title, sec.heading)
            assert not any(top < s < top + sec.height for s in seams_y), (m.title, sec.heading)
        assert not any(a.title_y < s < a.title_y + a.title.height for s in seams_y), m.title
        if a.title_x > PAD:  # a title block beside the grid sits on one column of sheets
            assert not any(a.title_x < s < a.title_x + a.title.width for s in seams_x), m.title
        # every sheet shows some of the poster, not only its blank border
        assert min(sheet_fill(poster, pages)) > 0
        # ... and all of its ink is on them (the legend's blank bottom padding may fall off)
        ink_bottom = max(y + h for _, y, _, h in poster.content())
        assert ink_bottom <= max(t.y0 + t.height for t in pages.tiles) + 1


def test_exports_report_how_full_the_sheets_are(rich_file, tmp_path):
    r = _export(str(rich_file), "-o", str(tmp_path / "p.pdf"), "--tile", "A4")
    assert r.returncode == 0, r.stderr
    assert "% of the paper is used" in r.stdout
    sheets = int(re.search(r"(\d+) page\(s\)", r.stdout).group(1)) - 1
    # the command line names the sheets as they are printed: by number, after the plan
    assert f"page 1: assembly plan, pages 2–{sheets + 1}: sheets 1–{sheets};" in r.stdout
    # one sheet is said as one
    r = _export(str(rich_file), "-o", str(tmp_path / "p.pdf"), "--paper", "A4", "--tile", "A4")
    assert r.returncode == 0, r.stderr
    assert "2 pages of A4" in r.stdout or "2 page(s) of A4" in r.stdout
    assert "page 1: assembly plan, page 2: sheet 1;" in r.stdout


def test_nearly_blank_sheets_are_named_by_their_numbers():
    """The summary says which sheets may be left unprinted, by the numbers printed on them."""
    text = describe_fill([0.8, 0.05, 0.6, 0.0, 0.3], tiled=True)
    assert text == "35 % of the paper is used (2 sheets nearly blank: 2, 4)"
    assert describe_fill([0.9, 0.02], tiled=True).endswith("(1 sheet nearly blank: 2)")
    many = describe_fill([0.0] * 12, tiled=True)
    assert many.endswith("(12 sheets nearly blank: 1, 2, 3, 4, 5, 6, 7, 8, …)")
    assert describe_fill([0.05], tiled=False) == "5 % of the paper is used"
