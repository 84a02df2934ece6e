"""The poster writes its counts in the map's language: "1 sheet of A0" and "2 sheets", "1 row"
on the assembly plan; "1,200" in English and "1 200" (narrow no-break space) in French on the
insights page. Posters are written to files and read back."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sample_maps import shaped_map

from mapstudio.core.model import Card, Evidence, JourneyMap, Lane, LaneKind, Stage
from mapstudio.poster.poster_pdf import export_pdf
from mapstudio.poster.tiling import PosterOptions

NNBSP = "\u202f"


def page_text(path: Path, page: int) -> str:
    """Page ``page`` (from 1)'s text on one line, its spaces and line ends as one space; pypdf
    keeps the narrow no-break space (pdftotext reads it as a plain one)."""
    return re.sub(r"[ \n]+", " ", PdfReader(path).pages[page - 1].extract_text())


@pytest.mark.parametrize(
    ("language", "paper", "expected"),
    [
        ("en", "A0", "1 sheet of A0 portrait in 1 row × 1 column ·"),
        ("en", "A4", "2 sheets of A4 portrait in 1 row × 2 columns ·"),
        ("fr", "A0", "1 feuille A0 portrait en 1 rangée × 1 colonne ·"),
        ("fr", "A4", "2 feuilles A4 portrait en 1 rangée × 2 colonnes ·"),
    ],
)
def test_the_assembly_plan_counts_sheets_rows_and_columns(tmp_path, language, paper, expected):
    journey = shaped_map(stages=3, language=language)
    out = tmp_path / "poster.pdf"
    export_pdf(journey, out, PosterOptions(paper=paper, tile=True, scale=1.0))
    assert expected in page_text(out, 1)


def counted_map(language: str, unrated: int) -> JourneyMap:
    """1,200 observed actions in one stage, an opportunity with 1,500 votes and ``unrated``
    opportunities without impact or effort."""
    actions = [
        Card(id=f"c{i}", stage="s1", lane="l1", text=f"Visit {i}", order=i,
             evidence=Evidence.OBSERVED)
        for i in range(1200)
    ]  # fmt: skip
    ideas = [Card(id="o0", stage="s1", lane="l2", text="Open late", order=0, impact=3, effort=1,
                  votes=1500)]  # fmt: skip
    ideas += [
        Card(id=f"o{i}", stage="s1", lane="l2", text=f"Idea {i}", order=i)
        for i in range(1, unrated + 1)
    ]
    return JourneyMap(
        id="counted",
        title="Counted",
        language=language,
        stages=[Stage(id="s1", name="Visit", order=0)],
        lanes=[
            Lane(id="l1", kind=LaneKind.ACTIONS, title="Actions", order=0),
            Lane(id="l2", kind=LaneKind.OPPORTUNITIES, title="Ideas", order=1),
        ],
        cards=actions + ideas,
    )


@pytest.mark.parametrize(
    ("language", "unrated", "expected"),
    [
        ("en", 1, ["Visit 1,200/1,202", "1,202 / 1,202", "Visit · 1,500 ▲", "1 not rated",
                   "Actions 1,200, Opportunities 2"]),
        ("en", 2, ["Visit 1,200/1,203", "2 not rated"]),
        ("fr", 1, [f"Visit 1{NNBSP}200/1{NNBSP}202", f"1{NNBSP}202 / 1{NNBSP}202",
                   f"Visit · 1{NNBSP}500 ▲", "1 non évaluée ", f"Actions 1{NNBSP}200"]),
        ("fr", 2, [f"Visit 1{NNBSP}200/1{NNBSP}203", "2 non évaluées"]),
    ],
)  # fmt: skip
def test_the_insights_page_writes_counts_in_the_map_language(tmp_path, language, unrated, expected):
    out = tmp_path / "poster.pdf"
    export_pdf(counted_map(language, unrated), out, PosterOptions(paper="A4"), insights=True)
    text = page_text(out, 2)
    for figure in expected:
        assert figure in text


def filled_rects(path: Path, page: int, colour: str) -> list[tuple[float, float, float, float]]:
    """The rectangles (x0, y0, x1, y1, points from the page's top left) filled in ``colour``."""
    from pypdf.generic import ContentStream

    reader = PdfReader(path)
    sheet = reader.pages[page - 1]
    height = float(sheet.mediabox.height)
    wanted = tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    fill, found = None, []
    for operands, operator in ContentStream(sheet.get_contents(), reader).operations:
        if operator == b"rg":
            fill = tuple(float(v) for v in operands)
        elif (
            operator == b"re"
            and fill
            and max(abs(a - b) for a, b in zip(fill, wanted, strict=True)) < 0.01
        ):
            x, y, w, h = (float(v) for v in operands)
            found.append((x, height - y - h, x + w, height - y))
    return found


@pytest.mark.parametrize("language", ["en", "fr"])
def test_grouped_figures_and_a_long_title_stay_clear_of_the_bars_and_the_edge(tmp_path, language):
    from conftest import word_boxes

    journey = counted_map(language, 1).model_copy(update={"title": "A very long title " * 8})
    out = tmp_path / "poster.pdf"
    export_pdf(journey, out, PosterOptions(paper="A4"), insights=True)
    width, _, words = word_boxes(out.read_bytes(), tmp_path)[1]
    assert max(x1 for _, _, x1, _, _ in words) <= width
    # the evidence row: its bar of observed cards (the legend's square is green too) and its
    # figure, "1,200/1,202" (French: pdftotext reads the narrow spaces as word breaks)
    row = next(w for w in words if "200/1" in w[4])
    (bar,) = [r for r in filled_rects(out, 2, "#2e8b57") if r[1] < row[3] and row[1] < r[3]]
    figure = [w for w in words if w[1] == row[1] and re.fullmatch(r"[\d,/]+", w[4])]
    assert "".join(w[4] for w in figure).replace(",", "") == "1200/1202"
    assert bar[2] < min(w[0] for w in figure)  # the figure starts right of the bar
