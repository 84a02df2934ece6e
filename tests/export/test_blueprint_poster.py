"""A service blueprint on paper and in images: the three lines labelled between the lane
layers, in the order of the layout, a lane's persona on its header, bright spots in the legend;
in the map's language."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.foundation.conftest import EXAMPLES, run_cli

from mapstudio.files import read_map, write_map

LINES = ["Line of interaction", "Line of visibility", "Line of internal interaction"]


def _words_with_y(pdf: Path) -> list[tuple[float, str]]:
    """Each line of text on the page with its top (pdftotext -bbox-layout)."""
    xml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = []
    for block in re.finditer(r'<line xMin="[^"]+" yMin="([^"]+)"[^>]*>(.*?)</line>', xml, re.S):
        words = re.findall(r">([^<]+)</word>", block.group(2))
        lines.append((float(block.group(1)), " ".join(words)))
    return lines


def test_a_blueprint_poster_labels_its_three_lines_between_the_layers(tmp_path):
    out = tmp_path / "perfume.pdf"
    proc = run_cli("export", str(EXAMPLES / "perfume-en.journey.json"), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    lines = _words_with_y(out)
    tops: dict[str, float] = {}
    for y, text in lines:  # the highest occurrence of each: the map is above the legend
        icon = text[:1] in "⚠◉⚙⚒★" and " " in text  # a lane title after its icon
        name = text.split(" ", 1)[1] if icon else text
        tops[name] = min(y, tops.get(name, y))
    # the lines fall between the lanes of the layers they separate, in the blueprint's order
    order = [
        "Pain points",
        LINES[0],
        "Touchpoints",
        LINES[1],
        "Backstage",
        LINES[2],
        "Support processes",
        "Opportunities",
    ]
    ys = [tops[name] for name in order]
    assert ys == sorted(ys), list(zip(order, ys, strict=True))
    text = " ".join(t for _, t in lines)
    assert "☀ bright spot" in text and "A moment that matters" in text  # card and legend
    assert text.count("Line of visibility") == 2  # on the map and in the legend


def test_a_french_blueprint_poster_speaks_french_and_a_lane_shows_its_persona(tmp_path):
    m = read_map(EXAMPLES / "smartphone-fr.journey.json")
    m.blueprint = True
    src = tmp_path / "phone.journey.json"
    write_map(src, m)
    out = tmp_path / "phone.pdf"
    assert run_cli("export", str(src), "-o", str(out)).returncode == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    # the example's lanes are not in blueprint order (backstage sits under the opportunities,
    # touchpoints above thoughts): only the lines the order allows are drawn
    assert "Ligne d'interaction interne" in text
    camille = m.personas[0].name
    assert camille in text.split("Actions du client", 1)[1][:200]  # under the lane's title


def test_png_and_svg_images_show_the_lines(tmp_path):
    for suffix in ("png", "svg"):
        out = tmp_path / f"perfume.{suffix}"
        proc = run_cli("export", str(EXAMPLES / "perfume-en.journey.json"), "-o", str(out))
        assert proc.returncode == 0, proc.stderr
    svg = (tmp_path / "perfume.svg").read_text(encoding="utf-8")
    assert all(label in svg for label in LINES)
