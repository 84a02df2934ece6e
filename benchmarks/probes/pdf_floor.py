"""Floor for the PDF poster: bare reportlab drawing the same cards as boxes with their text
wrapped in DejaVu Sans (embedded), on a single page sized to the grid.

It reads the JSON without validation, wraps each card's text with reportlab's own
``simpleSplit`` (which measures every word, as a poster must), sizes each lane to its tallest
cell, then draws stage headers, lane titles, boxes and lines. Usage::

    python -m benchmarks.probes.pdf_floor --map FILE -o OUT.pdf
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
HEADER_W, HEADER_H, COLUMN, CARD_W, PAD, GAP, SIZE = 170.0, 56.0, 200.0, 180.0, 7.0, 8.0, 10.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    doc = json.loads(Path(args.map).read_text(encoding="utf-8"))
    stages = sorted(doc["stages"], key=lambda s: s.get("order", 0))
    lanes = sorted(doc["lanes"], key=lambda x: x.get("order", 0))
    column = {s["id"]: i for i, s in enumerate(stages)}
    row = {x["id"]: i for i, x in enumerate(lanes)}
    cells: dict[tuple[int, int], list[list[str]]] = {}
    for c in sorted(doc["cards"], key=lambda c: c.get("order", 0)):
        lines = simpleSplit(c.get("text", ""), "DejaVu", SIZE, CARD_W - 2 * PAD)
        cells.setdefault((column[c["stage"]], row[c["lane"]]), []).append(lines)
    lane_h = [64.0] * len(lanes)
    for (_, r), cards in cells.items():
        h = sum(max(36.0, 2 * PAD + len(lines) * SIZE * 1.25) + GAP for lines in cards) + GAP
        lane_h[r] = max(lane_h[r], h)
    width = HEADER_W + COLUMN * len(stages)
    height = HEADER_H + sum(lane_h)
    pdf = Canvas(args.output, pagesize=(width, height))
    pdf.setFont("DejaVu-Bold", 12)
    for i, s in enumerate(stages):
        pdf.drawString(HEADER_W + i * COLUMN + PAD, height - 30, s["name"])
    lane_top, y = [], HEADER_H
    for i, lane in enumerate(lanes):
        lane_top.append(y)
        pdf.drawString(PAD, height - y - 20, lane["title"])
        y += lane_h[i]
    pdf.setFont("DejaVu", SIZE)
    pdf.setFillColorRGB(1.0, 0.96, 0.76)
    for (col, r), cards in cells.items():
        y = lane_top[r] + GAP
        for lines in cards:
            h = max(36.0, 2 * PAD + len(lines) * SIZE * 1.25)
            x = HEADER_W + col * COLUMN + 10
            pdf.setFillColorRGB(1.0, 0.96, 0.76)
            pdf.rect(x, height - y - h, CARD_W, h, stroke=1, fill=1)
            pdf.setFillColorRGB(0.1, 0.15, 0.2)
            for k, line in enumerate(lines):
                pdf.drawString(x + PAD, height - y - PAD - (k + 1) * SIZE * 1.25 + 2, line)
            y += h + GAP
    pdf.showPage()
    pdf.save()


if __name__ == "__main__":
    main()
