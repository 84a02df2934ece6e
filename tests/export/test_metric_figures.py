"""A poster writes a metric's figures as its map's language writes numbers: "48,200" on an
English map, "48 200" (narrow no-break space) on a French one; never an exponent, never a digit
lost (the command line's PDF, read back as text)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mapstudio.core.model import JourneyMap, Lane, LaneKind, MetricValue, Stage
from mapstudio.files import write_map

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"
NNBSP = "\u202f"


def _poster_text(source: Path, out: Path) -> str:
    subprocess.run(
        [sys.executable, "-m", "mapstudio", "export", str(source), "-o", str(out)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


@pytest.mark.parametrize(
    ("example", "shown", "absent"),
    [("smartphone-en", "48,200", "48200"), ("smartphone-fr", f"48{NNBSP}200", "48200")],
)
def test_example_posters_group_figures_in_their_language(tmp_path, example, shown, absent):
    text = _poster_text(EXAMPLES / f"{example}.journey.json", tmp_path / "poster.pdf")
    assert shown in text
    assert absent not in text


def test_a_poster_writes_big_figures_whole(tmp_path):
    path = tmp_path / "chiffres.journey.json"
    write_map(
        path,
        JourneyMap(
            id="map-f",
            title="Chiffres",
            language="fr",
            stages=[Stage(id="s1", name="Achat", order=0)],
            lanes=[Lane(id="k", kind=LaneKind.METRICS, title="KPI", order=0)],
            metric_values=[
                MetricValue(
                    id="m0", stage="s1", lane="k", name="Ventes", value=1234567.5, target=1e6
                )
            ],
        ),
    )
    text = _poster_text(path, tmp_path / "poster.pdf")
    assert f"1{NNBSP}234{NNBSP}567,5 / 1{NNBSP}000{NNBSP}000" in text
    assert "e+06" not in text
