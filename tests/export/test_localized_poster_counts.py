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
