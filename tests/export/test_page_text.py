"""Text on the pages of a poster, read back from the PDF with ``pdftotext -bbox``: the footer
never overlaps itself and no text leaves its page, in English and French, on A4 and Letter in
both orientations, whole or tiled."""

from __future__ import annotations

import pytest
from sample_maps import LONG_DESCRIPTION, LONG_TITLE, shaped_map

from conftest import word_boxes
from mapstudio.poster import poster_pdf
from mapstudio.poster.poster_pdf import render_pdf
from mapstudio.poster.tiling import FOOTER, PosterOptions

MARGIN = 10 * 72 / 25.4


def _footer_words(page: tuple) -> list[tuple]:
    width, height, words = page
    return [w for w in words if w[1] > height - MARGIN - FOOTER - 1 and w[3] <= height]


def _overlapping(words: list[tuple]) -> list[tuple]:
    found = []
    for i, a in enumerate(words):
        for b in words[i + 1 :]:
            if a[0] < b[2] - 0.5 and b[0] < a[2] - 0.5 and a[1] < b[3] - 0.5 and b[1] < a[3] - 0.5:
                found.append((a[4], b[4]))
    return found


def _outside(page: tuple, words: list[tuple] | None = None) -> list[str]:
    width, height, all_words = page
    return [
        w[4]
        for w in (all_words if words is None else words)
        if w[0] < -0.5 or w[1] < -0.5 or w[2] > width + 0.5 or w[3] > height + 0.5
    ]


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_one_sheet_footer_and_text_stay_apart_and_on_the_page(
    tmp_path, paper, orientation, language
):
    m = shaped_map(title=LONG_TITLE, description=LONG_DESCRIPTION, language=language)
    result = render_pdf(m, PosterOptions(paper=paper, orientation=orientation), "long.json")
    (page,) = word_boxes(result.data, tmp_path)
    footer = _footer_words(page)
    assert len(footer) > 8  # the label and the page line are there
    assert _overlapping(footer) == []
    assert _outside(page) == []


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_assembly_page_and_tile_footers_stay_on_the_page(
    tmp_path, monkeypatch, paper, orientation, language
):
    m = shaped_map(title=LONG_TITLE, description=LONG_DESCRIPTION, language=language)
    options = PosterOptions(paper=paper, orientation=orientation, tile=True, scale=1.0)
    result = render_pdf(m, options, "long.json")
    pages = word_boxes(result.data, tmp_path)
    assert len(pages) == result.plan.pages > 2
    assembly = pages[0]
    assert _outside(assembly) == []
    assert _overlapping(_footer_words(assembly)) == []
    text = " ".join(w[4] for w in assembly[2])
    assert ("neighbours." if language == "en" else "dessus.") in text  # the whole sentence
    # A sheet shows the poster clipped to its printable area, and pdftotext ignores clipping:
    # with the poster drawn empty, what is left is the sheet's own text.
    monkeypatch.setattr(poster_pdf, "_draw_form", _empty_form)
    sheets = word_boxes(render_pdf(m, options, "long.json").data, tmp_path)[1:]
    for page in sheets:
        assert len(page[2]) > 8
        assert _outside(page) == []
        assert _overlapping(page[2]) == []


def _empty_form(c, p, tick) -> None:
    c.beginForm(poster_pdf.FORM, 0, 0, p.width, p.height)
    c.endForm()
