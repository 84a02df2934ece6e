"""Writes the bundled example maps into resources/examples/ (canonical, via the model).

Run from the repository root: ``.venv/bin/python scripts/make_examples.py``. The committed JSON
files are what ships; this script only keeps them easy to regenerate and consistent across
languages.
"""

from __future__ import annotations

import sys
from pathlib import Path

from example_builder import STANDARD_LANES, Journey, T, build
from example_cosmetics import JOURNEY as COSMETICS
from example_perfume import JOURNEY as PERFUME
from example_smartphone import JOURNEY as SMARTPHONE

from mapstudio.files import write_map

OUT = Path(__file__).resolve().parents[1] / "resources" / "examples"

BLANK = Journey(
    slug="blank",
    title=T("New journey map", "Nouvelle carte de parcours"),
    description=T(
        "Five usual stages and one lane of each kind: rename, reorder and fill them in.",
        "Cinq étapes habituelles et une ligne de chaque type : renommez, réordonnez et complétez.",
    ),
    created="2026-01-01T00:00:00+00:00",
    modified="2026-01-01T00:00:00+00:00",
    personas=[{"id": "persona-1", "name": T("Main persona", "Persona principal")}],
    stages=[
        ("awareness", T("Awareness", "Prise de conscience"), T("", "")),
        ("consideration", T("Consideration", "Considération"), T("", "")),
        ("decision", T("Decision", "Décision"), T("", "")),
        ("post-purchase", T("Post-purchase", "Après-achat"), T("", "")),
        ("loyalty", T("Loyalty", "Fidélisation"), T("", "")),
    ],
    lanes=STANDARD_LANES,
    author="",
)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for journey in (BLANK, SMARTPHONE, PERFUME, COSMETICS):
        for lang in ("en", "fr"):
            path = OUT / f"{journey.slug}-{lang}.journey.json"
            write_map(path, build(journey, lang))
            print(path.relative_to(OUT.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
