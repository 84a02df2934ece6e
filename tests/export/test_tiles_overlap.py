"""Neighbouring sheets print the same content in their shared overlap band."""

from __future__ import annotations

import subprocess
from pathlib import Path

from mapstudio.poster.poster_pdf import render_pdf
from mapstudio.poster.tiling import PosterOptions

DPI = 72  # 8x10in paper, 0.5in margins and overlap: every edge falls on a whole pixel


def _gray(pdf: Path, page: int, out: Path) -> tuple[int, int, bytes]:
    subprocess.run(
        ["pdftoppm", "-gray", "-r", str(DPI), "-f", str(page), "-l", str(page), str(pdf), str(out)],
        check=True,
    )
    (pgm,) = out.parent.glob(out.name + "*.pgm")
    data = pgm.read_bytes()
    pgm.unlink()
    parts = data.split(maxsplit=4)  # P5, width, height, maxval, pixels
    return int(parts[1]), int(parts[2]), parts[4]


def _strip(img: tuple[int, int, bytes], x0: int, x1: int, y0: int, y1: int) -> list[bytes]:
    w, _, px = img
    return [px[y * w + x0 : y * w + x1] for y in range(y0, y1)]


def test_overlap_bands_match_between_neighbours(rich, tmp_path):
    options = PosterOptions(
        paper="8x10in", orientation="portrait", tile=True, scale=1.4, overlap=36, margin=36
    )
    result = render_pdf(rich, options)
    plan = result.plan
    assert plan.columns >= 2 and plan.rows >= 2
    pdf = tmp_path / "tiles.pdf"
    pdf.write_bytes(result.data)
    k = DPI / 72
    ax, ay, aw, ah = (round(v * k) for v in plan.area)
    band = round(36 * k)
    # horizontal neighbours: sheets A1 (page 2) and A2 (page 3), on the second row B1/B2 too
    a1, a2 = _gray(pdf, 2, tmp_path / "a1"), _gray(pdf, 3, tmp_path / "a2")
    right = _strip(a1, ax + aw - band, ax + aw, ay, ay + ah)
    left = _strip(a2, ax, ax + band, ay, ay + ah)
    assert right == left
    assert any(b != 255 for row in right for b in row), "the band holds content"
    # vertical neighbours: A1 and B1 (page 2 + columns)
    b1 = _gray(pdf, 2 + plan.columns, tmp_path / "b1")
    bottom = _strip(a1, ax, ax + aw, ay + ah - band, ay + ah)
    top = _strip(b1, ax, ax + aw, ay, ay + band)
    assert bottom == top
    assert any(b != 255 for row in bottom for b in row)
