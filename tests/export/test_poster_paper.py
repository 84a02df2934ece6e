"""``--paper`` with ``--tile``: the poster is as large as it would print on the paper, cut
into sheets of the tile paper (the README's first example)."""

from __future__ import annotations

import re

import pytest
from pypdf import PdfReader
from test_command import _export

from mapstudio.poster.poster_pdf import build_poster, plan_pages
from mapstudio.poster.tiling import PosterOptions


def _summary(r) -> tuple[int, float]:
    assert r.returncode == 0, r.stderr
    found = re.search(r": (\d+) page\(s\) of .* smallest text ([\d.]+) pt", r.stdout)
    return int(found.group(1)), float(found.group(2))


def test_paper_sets_the_size_that_is_tiled(rich_file, rich, tmp_path):
    out = tmp_path / "p.pdf"
    a1 = _summary(_export(str(rich_file), "-o", str(out), "--paper", "A1", "--tile", "A4"))
    plain = _summary(_export(str(rich_file), "-o", str(out), "--tile", "A4"))
    a0 = _summary(_export(str(rich_file), "-o", str(out), "--paper", "A0", "--tile", "A4"))
    assert plain[0] < a1[0] < a0[0]
    poster = build_poster(rich)
    whole = plan_pages(poster, PosterOptions(paper="A1"))
    assert a1[1] == pytest.approx(whole.smallest_text, abs=0.05)  # the A1 poster's own text
    assert len(PdfReader(out).pages) == a0[0]


def test_paper_with_a_scale_or_text_size_is_refused(rich_file, tmp_path):
    out = tmp_path / "p.pdf"
    for extra in (["--min-text", "9"], ["--scale", "0.5"]):
        r = _export(str(rich_file), "-o", str(out), "--paper", "A1", "--tile", "A4", *extra)
        assert r.returncode == 1 and not out.exists()
        assert len(r.stderr.strip().splitlines()) == 1 and "--paper" in r.stderr
