"""Every shipped example map prints whole: one A1 sheet and tiled on A4."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import pdftotext
from mapstudio.files import read_map
from mapstudio.poster.poster_pdf import render_pdf
from mapstudio.poster.tiling import PosterOptions

EXAMPLES = sorted(
    (Path(__file__).resolve().parents[2] / "resources" / "examples").glob("*.journey.json")
)


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.name.split(".")[0] for p in EXAMPLES])
@pytest.mark.parametrize(
    "options",
    [PosterOptions(paper="A1"), PosterOptions(paper="A4", tile=True)],
    ids=["A1", "A4-tiles"],
)
def test_example_prints_every_card(path, options, tmp_path):
    m = read_map(path)
    result = render_pdf(m, options, path.name)
    assert result.warnings == []
    words = set(re.findall(r"\w+", pdftotext(result.data, tmp_path)))
    hidden = {lane.id for lane in m.lanes if lane.collapsed}
    for card in m.cards:
        if card.lane not in hidden:
            assert set(re.findall(r"\w+", card.text)) <= words, card.text
    assert set(re.findall(r"\w+", m.title)) <= words
    if shutil.which("qpdf"):
        pdf = tmp_path / "x.pdf"
        pdf.write_bytes(result.data)
        assert subprocess.run(["qpdf", "--check", str(pdf)], capture_output=True).returncode == 0
