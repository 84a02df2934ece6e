"""MapStudio's canvas: open a map to its first full paint, peak memory, then full-frame scrolls
and zoom steps. One fresh process per repetition of the open.

    python -m benchmarks.probes.canvas --map FILE [--reps N]

Open = read and validate the file (``app.fileops.open_document``), build the canvas
(``MapCanvas``) in a 1400x900 view at 100 % zoom, and wait until its viewport has painted.
Fonts are registered before the clock starts (that belongs to start-up), as in the floor.
With ``--reps N`` it then times N page scrolls (each exposes the whole viewport) and N zoom
steps (zoom out, zoom in), each until the repaint is done.
"""

from __future__ import annotations

import argparse

from benchmarks.probes.common import (
    VIEW_SIZE,
    clock,
    flush_events,
    maxrss_mb,
    paint_watcher,
    report,
    timed_reps,
    wait_until,
)


def open_canvas(app, path: str):  # noqa: ANN001, ANN201 - QApplication -> (doc, MapCanvas)
    from mapstudio.gui.app.fileops import open_document
    from mapstudio.gui.canvas.view import MapCanvas

    doc = open_document(path)
    canvas = MapCanvas(doc)
    canvas.resize(*VIEW_SIZE)
    if abs(canvas.zoom_factor() - 1.0) > 1e-6:
        canvas.zoom_reset()
    painted = paint_watcher(canvas.viewport())
    canvas.show()
    wait_until(app, painted)
    return doc, canvas


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("--reps", type=int, default=0)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from mapstudio.gui.qtfonts import install_fonts

    app = QApplication([])
    install_fonts()
    t0 = clock()
    doc, canvas = open_canvas(app, args.map)
    open_ms = (clock() - t0) * 1000.0
    result = {"open_ms": open_ms, "rss_mb": maxrss_mb(), "cards": len(doc.map.cards)}
    if args.reps:
        result.update(interactions(app, canvas, args.reps))
    report(result)


def interactions(app, canvas, reps: int) -> dict[str, list[float]]:  # noqa: ANN001
    bar = canvas.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the middle of the map: as dense at 2,000 as at 20,000
    flush_events(app)
    direction = [1]

    def scroll() -> None:
        direction[0] = -direction[0]
        bar.setValue(bar.value() + direction[0] * bar.pageStep())
        flush_events(app)

    zoomed_out = [False]

    def zoom() -> None:
        if zoomed_out[0]:
            canvas.zoom_in()
        else:
            canvas.zoom_out()
        zoomed_out[0] = not zoomed_out[0]
        flush_events(app)

    return {
        "scroll_ms": timed_reps(scroll, reps, warmup=2),
        "zoom_ms": timed_reps(zoom, reps, warmup=2),
    }


if __name__ == "__main__":
    main()
