"""Floor for opening and PNG export: pydantic validation of the map's JSON, then a bare
QGraphicsScene with one rectangle item and one text item per card, shown in a plain
QGraphicsView (open) or rendered into an image and saved (PNG: drawn in bands of the size
MapStudio draws, each handed to MapStudio's own encoder, ``gui.export.pngstream``, so that the
figure compares the drawing; the encoder's own cost is judged by the elapsed-time and memory
rows against fixed allowances).

The floor does the least a map viewer must do: validate the file with the same model, place
a box per card on a fixed grid (no text measuring, no lanes, no badges) and draw it with the
same font. Usage::

    python -m benchmarks.probes.scene_floor --map FILE            # open to first full paint
    python -m benchmarks.probes.scene_floor --map FILE --png OUT --width W --height H
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.probes.common import (
    VIEW_SIZE,
    clock,
    cpu_seconds,
    maxrss_mb,
    paint_watcher,
    report,
    wait_until,
)

FONT = Path(__file__).resolve().parents[2] / "resources" / "fonts" / "DejaVuSans.ttf"
COLUMN, CARD_W, CARD_H, GAP = 200.0, 180.0, 52.0, 8.0


def build_scene(data: bytes):  # -> QGraphicsScene
    from PySide6.QtGui import QBrush, QColor, QFont
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

    from mapstudio.core.model import JourneyMap

    m = JourneyMap.model_validate_json(data)
    column = {s.id: i for i, s in enumerate(m.stages)}
    row = {x.id: i for i, x in enumerate(m.lanes)}
    per_cell: dict[tuple[str, str], int] = {}
    for c in m.cards:
        per_cell[(c.stage, c.lane)] = per_cell.get((c.stage, c.lane), 0) + 1
    lane_h = [0.0] * len(m.lanes)
    for (_, lane), n in per_cell.items():
        lane_h[row[lane]] = max(lane_h[row[lane]], n * (CARD_H + GAP) + GAP)
    lane_y, y = [], 56.0
    for h in lane_h:
        lane_y.append(y)
        y += max(h, 64.0)
    scene = QGraphicsScene()
    font = QFont("DejaVu Sans")
    font.setPixelSize(10)
    brush = QBrush(QColor("#fff4c2"))
    slot: dict[tuple[str, str], int] = {}
    for c in m.cards:
        k = slot.get((c.stage, c.lane), 0)
        slot[(c.stage, c.lane)] = k + 1
        rect = QGraphicsRectItem(0, 0, CARD_W, CARD_H)
        rect.setBrush(brush)
        rect.setPos(
            170 + column[c.stage] * COLUMN + 10, lane_y[row[c.lane]] + GAP + k * (CARD_H + GAP)
        )
        words = c.text.split()
        text = QGraphicsSimpleTextItem(
            "\n".join(" ".join(words[i : i + 5]) for i in range(0, len(words), 5)), rect
        )
        text.setFont(font)
        text.setPos(6, 4)
        scene.addItem(rect)
    scene.setSceneRect(0, 0, 170 + len(m.stages) * COLUMN, y)
    return scene


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("--png")
    parser.add_argument("--width", type=int, default=0)
    parser.add_argument("--height", type=int, default=0)
    parser.add_argument("--dpi", type=float, default=150)
    args = parser.parse_args()

    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    QFontDatabase.addApplicationFont(str(FONT))
    if args.png:
        png(app, args)
        return
    t0 = clock()
    from PySide6.QtWidgets import QGraphicsView

    scene = build_scene(Path(args.map).read_bytes())
    view = QGraphicsView(scene)
    view.resize(*VIEW_SIZE)
    painted = paint_watcher(view.viewport())
    view.show()
    wait_until(app, painted)
    open_ms = (clock() - t0) * 1000.0
    report({"open_ms": open_ms, "rss_mb": maxrss_mb(), "items": len(scene.items())})


def png(app, args) -> None:  # noqa: ANN001 - QApplication, argparse namespace
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QImage, QPainter

    from mapstudio.gui.export.image import PNG_BAND_PIXELS, BandImages
    from mapstudio.gui.export.pngstream import PngStream

    scene = build_scene(Path(args.map).read_bytes())
    source = scene.sceneRect()
    width, height = args.width, args.height
    rows = max(1, min(height, PNG_BAND_PIXELS // width))
    scale_y = height / source.height()

    default_dots = QImage(1, 1, QImage.Format.Format_RGB32).dotsPerMeterX()  # as it always drew
    images = BandImages(width, default_dots)
    with open(args.png, "wb") as out:
        stream = PngStream(out, width, height, dpi=args.dpi)
        for top in range(0, height, rows):
            tall = min(rows, height - top)
            band = images.take(tall)
            painter = QPainter(band)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            part = QRectF(source.x(), source.y() + top / scale_y, source.width(), tall / scale_y)
            scene.render(
                painter, QRectF(0, 0, width, tall), part, Qt.AspectRatioMode.IgnoreAspectRatio
            )
            painter.end()
            stream.add_band(images.hand_over(band), tall)
        stream.close()
    report({"cpu_s": cpu_seconds(), "rss_mb": maxrss_mb()})


if __name__ == "__main__":
    main()
