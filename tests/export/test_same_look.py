"""Screen, image and paper draw the emotions lane's rules alike, and an image carries no
editor controls."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from sample_maps import rich_map

from mapstudio.gui.canvas.headers import LaneHeaderItem
from mapstudio.gui.document import MapDocument
from mapstudio.gui.export.image import render_image
from mapstudio.layout import theme
from mapstudio.poster.poster_pdf import FORM, build_poster, render_pdf
from mapstudio.poster.tiling import PosterOptions


def _strokes(stream: str) -> list[tuple[str, str, float, float, float]]:
    """(colour, dash, x0, x1, y) of each straight line the stream strokes."""
    colour, dash, found = "", "[] 0", []
    for line in stream.splitlines():
        for m in re.finditer(r"([\d.]+ [\d.]+ [\d.]+) RG", line):
            colour = m.group(1)
        for m in re.finditer(r"(\[[^\]]*\] \d+) d", line):
            dash = m.group(1)
        m = re.search(r"([\d.-]+) ([\d.-]+) m ([\d.-]+) ([\d.-]+) l S", line)
        if m:
            x0, y0, x1, y1 = map(float, m.groups())
            if y0 == y1:
                found.append((colour, dash, x0, x1, y0))
    return found


def _rgb(hex_code: str) -> tuple[float, ...]:
    return tuple(int(hex_code[i : i + 2], 16) / 255 for i in (1, 3, 5))


def test_the_neutral_line_is_dashed_on_paper_as_on_screen():
    m = rich_map()
    poster = build_poster(m)
    pdf = PdfReader(io.BytesIO(render_pdf(m, PosterOptions(paper="A1")).data))
    form = pdf.pages[0]["/Resources"]["/XObject"][f"/FormXob.{FORM}"].get_object()
    strokes = _strokes(form.get_data().decode("latin-1"))
    geo = poster.geo
    row = next(r for r in geo.rows if r.lane == "emotions")
    zero = -geo.score_to_y(row.lane, geo.scale.neutral)
    neutral = [s for s in strokes if abs(s[4] - zero) < 0.01 and s[2] == geo.style.header_width]
    assert neutral
    dash = "[" + " ".join(f"{d:g}" for d in theme.NEUTRAL_LINE_DASH) + "] 0"
    for colour, pattern, *_ in neutral:
        rgb = tuple(float(v) for v in colour.split())
        if max(abs(a - b) for a, b in zip(rgb, _rgb(theme.NEUTRAL_LINE), strict=True)) < 0.01:
            assert pattern == dash
        else:  # the light guide under it, solid as on screen
            assert pattern == "[] 0"
    assert any(pattern == dash for _, pattern, *_ in neutral)


def _dark(image, x0: float, y0: float, x1: float, y1: float) -> int:
    return sum(
        1
        for x in range(int(x0), int(x1))
        for y in range(int(y0), int(y1))
        if image.pixelColor(x, y).lightness() < 150
    )


def test_image_has_the_dashed_neutral_line_and_no_collapse_arrows(qapp):
    m = rich_map()
    doc = MapDocument(m.model_copy(deep=True))
    image = render_image(doc, dpi=72)  # one pixel per layout unit
    poster = build_poster(m)
    geo = poster.geo
    margin = (image.width() - geo.width) / 2
    row = next(r for r in geo.rows if r.lane == "emotions")
    y = round(geo.score_to_y(row.lane, geo.scale.neutral) + margin)
    # along the neutral line, between the stage's curves: dashes, so both ink and gaps
    x0 = int(margin + geo.style.header_width + 2)
    inked = [image.pixelColor(x, y).lightness() < 220 for x in range(x0, x0 + 40)]
    assert any(inked) and not all(inked)
    chevron = LaneHeaderItem.CHEVRON
    for r in geo.rows:
        top = margin + r.y
        ink = _dark(image, margin + chevron.left(), top + chevron.top(), margin + chevron.right(),
                    top + chevron.bottom())  # fmt: skip
        # "▸" marks a collapsed lane, as on paper; the editor's "▾" is not printed
        assert (ink > 0) == r.collapsed, r.lane
