"""A poster speaks its map's language, also from the headless command line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

EXAMPLES = Path(__file__).resolve().parents[2] / "resources" / "examples"


@pytest.mark.parametrize(
    ("example", "expected", "absent"),
    [
        (
            "perfume-fr",
            ["Légende", "Plan d’assemblage", "20 mai 2026"],
            ["Legend", "Assembly plan", "2026-05-20"],
        ),
        ("perfume-en", ["Legend", "Assembly plan", "20 May 2026"], ["Légende", "2026-05-20"]),
    ],
)
def test_poster_words_follow_the_map_language(tmp_path, example, expected, absent) -> None:
    out = tmp_path / "poster.pdf"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "mapstudio",
            "export",
            str(EXAMPLES / f"{example}.journey.json"),
            "-o",
            str(out),
            "--tile",
            "A3",
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    for word in expected:
        assert word in text
    for word in absent:
        assert word not in text
