"""Viewport first: a map's first paint, then page scrolls while the rest is laid out.

    python -m benchmarks.probes.first_paint --map FILE [--scrolls N]

The map is read first (``app.fileops.open_document``; its time is reported apart, as
``read``, with the garbage collection its objects set off). Then the clock runs from making the
canvas (``MapCanvas`` in a 1400x900 view at 100 %) to the end of its first viewport paint:
``first`` (CPU ms of this process) and ``first_wall`` (elapsed ms).

Then, straight away, ``--scrolls`` page scrolls down from the top, one every 100 ms (a user
reading down the map) while the view lays out the rest of the map when idle: each from the
scroll to the end of its repaint (``scroll``, ``scroll_wall``), and after each paint the cards
the view shows that had no item (``pop_in``: a lane not measured yet, or a card not made; 0
is what a user must see) and whether the map was done by then (``done_after``: the scroll at
which every lane was measured, or -1). A card on screen without its item makes the probe fail.
Last, the same scrolls once everything is laid out and made, in a new view that has drawn
nothing yet, each screen drawn afresh (``scroll_settled``): the same cards without the layout
going on.
"""

from __future__ import annotations

import argparse
import gc
import time

from benchmarks.probes.common import VIEW_SIZE, report


def missing_in_view(canvas) -> int:  # noqa: ANN001 - MapCanvas
    """Cards or metrics inside the visible area that have no item to show them."""
    scene = canvas.map_scene()
    geo = scene.geometry
    view = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    missing = 0
    for row in geo.rows:
        if row.y >= view.bottom() or row.y + row.height <= view.top() or row.collapsed:
            continue
        for col in geo.columns:
            if col.x >= view.right() or col.x + col.width <= view.left():
                continue
            cell = geo.cells.get((col.stage, row.lane))
            if cell is None:
                if scene.doc.cards_in_cell(col.stage, row.lane):
                    missing += 1  # a lane on screen not measured
                continue
            for box in cell.boxes:
                y = row.y + box.y
                if y < view.bottom() and y + box.height > view.top():
                    missing += scene.made_card_item(box.id) is None
    return missing


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("--scrolls", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QEventLoop
    from PySide6.QtGui import QPixmapCache
    from PySide6.QtWidgets import QApplication

    from benchmarks.probes.edit_paint import KeyToPaint
    from mapstudio.gui.app.fileops import open_document
    from mapstudio.gui.canvas.view import MapCanvas
    from mapstudio.gui.qtfonts import install_fonts

    app = QApplication([])
    install_fonts()
    QApplication.processEvents()
    t0, c0 = time.perf_counter(), time.process_time()
    doc = open_document(args.map)
    gc.collect()  # the collection the read's objects set off belongs to the read
    read = (time.process_time() - c0) * 1000.0, (time.perf_counter() - t0) * 1000.0

    t0, c0 = time.perf_counter(), time.process_time()
    canvas = MapCanvas(doc)
    canvas.resize(*VIEW_SIZE)
    paints = KeyToPaint(app, canvas.viewport())
    canvas.show()
    while paints.paints == 0:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    first = (time.process_time() - c0) * 1000.0, (time.perf_counter() - t0) * 1000.0
    result: dict[str, object] = {
        "read": read[0],
        "read_wall": read[1],
        "first": first[0],
        "first_wall": first[1],
        "cards": len(doc.map.cards),
    }

    bar = canvas.verticalScrollBar()
    scroll, scroll_wall, pop_in, done_after = [], [], [], -1
    for i in range(args.scrolls):
        pause = time.perf_counter() + 0.1
        while time.perf_counter() < pause:  # the idle time a reader gives the layout
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        if done_after < 0 and not canvas.map_scene().geometry.unmeasured:
            done_after = i
        paints.paints = 0
        t0, c0 = time.perf_counter(), time.process_time()
        bar.setValue(bar.value() + bar.pageStep())
        while paints.paints == 0:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        scroll.append((time.process_time() - c0) * 1000.0)
        scroll_wall.append((time.perf_counter() - t0) * 1000.0)
        pop_in.append(missing_in_view(canvas))
    if any(pop_in):
        raise SystemExit(f"{sum(pop_in)} cards were on screen before their item was made")

    # The same scrolls once the whole map is laid out and made, in a new view that has drawn
    # nothing yet, so each screen is drawn afresh as the first time: what scrolling costs
    # without the layout going on, on the same cards. (Not in the first view again: its cards
    # kept the text they prepared for their first paint, a fifth to a third of a screen's
    # paint, and this floor came out that much cheaper than a first drawing.)
    canvas.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    canvas = MapCanvas(doc)
    canvas.resize(*VIEW_SIZE)
    for _ in canvas.map_scene().every_card_item():
        pass
    paints = KeyToPaint(app, canvas.viewport())
    canvas.show()
    while paints.paints == 0:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    bar = canvas.verticalScrollBar()
    QPixmapCache.clear()
    settled = []
    for _ in range(args.scrolls):
        pause = time.perf_counter() + 0.1
        while time.perf_counter() < pause:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        paints.paints = 0
        c0 = time.process_time()
        bar.setValue(bar.value() + bar.pageStep())
        while paints.paints == 0:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        settled.append((time.process_time() - c0) * 1000.0)
    result["scroll_settled"] = settled
    result.update(scroll=scroll, scroll_wall=scroll_wall, pop_in=pop_in, done_after=done_after)
    report(result)


if __name__ == "__main__":
    main()
