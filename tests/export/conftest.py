"""Fixtures for export tests: sample maps on disk and rendered posters (made once)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from sample_maps import rich_map  # noqa: E402

from mapstudio.files import write_map  # noqa: E402
from mapstudio.poster.poster_pdf import render_pdf  # noqa: E402
from mapstudio.poster.tiling import PosterOptions  # noqa: E402


@pytest.fixture(scope="session")
def rich():
    return rich_map()


@pytest.fixture
def rich_file(tmp_path: Path, rich) -> Path:
    path = tmp_path / "riche carte.journey.json"
    write_map(path, rich)
    return path


@pytest.fixture(scope="session")
def fit_a1(rich):
    return render_pdf(rich, PosterOptions(paper="A1"), "riche.journey.json")


@pytest.fixture(scope="session")
def tiled_a4(rich):
    return render_pdf(rich, PosterOptions(paper="A4", tile=True, scale=1.0), "riche.journey.json")


def pdftotext(data: bytes, tmp_path: Path, page: int | None = None) -> str:
    pdf = tmp_path / "t.pdf"
    pdf.write_bytes(data)
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(
        ["pdftotext", *pages, "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def word_boxes(data: bytes, tmp_path: Path) -> list[tuple[float, float, list[tuple]]]:
    """Per page: (width, height, words), each word (x0, y0, x1, y1, text) in points from the
    page's top left, as ``pdftotext -bbox`` reads them."""
    import html
    import re

    pdf = tmp_path / "boxes.pdf"
    pdf.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    pages = []
    for page in re.finditer(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = [
            (float(a), float(b), float(c), float(d), html.unescape(w))
            for a, b, c, d, w in re.findall(
                r'<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">'
                r"(.*?)</word>",
                page.group(3),
            )
        ]
        pages.append((float(page.group(1)), float(page.group(2)), words))
    return pages
