"""One edit and its undo on MapStudio's canvas, including the scene update it causes. Run once
on a 20-card map and once on a 2,000-card map: the cost must not grow with the map.

    python -m benchmarks.probes.edits --map FILE --reps N [--repaint]

Edits (each through mapstudio.gui.commands, then undo on the document's stack):
- text: change the last characters of a card in the middle of the map (a new text each time,
  so the text-fitting cache cannot help; the card keeps its height);
- move: move that card to the end of its lane's cell in the next stage (a drop on the cell;
  with ``--move-to-top`` it goes first, and every card of the target cell shifts down);
- grow: add a line to a card of the tallest cell of a lane, so the lane grows and every row
  below it moves;
- emotion: drag the first persona's as-is point at the middle stage one step;
- stage: add a stage at the end.

The canvas (MapCanvas, with its scene) is built at 1400x900 but not shown, so processing events
flushes the scene's pending update and the view's own reactions, without painting: a repaint
costs what is on screen, not what is in the map (the scroll figure measures full-frame
repaints). With ``--repaint`` the view is shown and centred on what each edit changes, and the
repaint is included (for looking into paint costs by hand).

How it times (the same on both maps; see docs/performance.md, "Edits: how they are timed"):
one sample is a batch of ``BATCH[edit]`` edit+undo pairs on the CPU-time clock, divided by the
batch size. An edit and its undo cost 0.2 ms for text and move: a single pair per sample was
as short as the noise of one timer read and one interrupt, and the verdict swung between
1.2x and 1.9x. The garbage collector runs once before an edit's samples (``gc.collect``) and
is off while they run, so a collection triggered by allocations made before does not land in
whichever sample crosses its threshold (a full one costs milliseconds at 2,000 cards); ``WARMUP`` batches run untimed first (fitting caches, Qt's
first index update, Python's specialised bytecode).
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import Callable

from benchmarks.probes.canvas import open_canvas
from benchmarks.probes.common import VIEW_SIZE, clock, flush_events, report

# Edit+undo pairs per sample: about 3 ms of work per sample for every edit.
BATCH = {"text": 16, "move": 16, "grow": 2, "emotion": 2, "stage": 2}
WARMUP = 3  # untimed batches before the samples


def timed_batches(action: Callable[[], None], samples: int, batch: int) -> list[float]:
    """Milliseconds per call of ``action``: ``samples`` values, each the mean of ``batch``
    calls timed together; the garbage collector runs once before and is off during them."""
    for _ in range(WARMUP * batch):
        action()
    times = []
    enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        for _ in range(samples):
            t0 = clock()
            for _ in range(batch):
                action()
            times.append((clock() - t0) * 1000.0 / batch)
    finally:
        if enabled:
            gc.enable()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("--reps", type=int, default=15, help="samples per edit")
    parser.add_argument("--repaint", action="store_true")
    parser.add_argument("--move-to-top", dest="move_to_top", action="store_true")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from mapstudio.core.model import Curve
    from mapstudio.gui import commands
    from mapstudio.gui.qtfonts import install_fonts

    app = QApplication([])
    install_fonts()
    if args.repaint:
        doc, canvas = open_canvas(app, args.map)
    else:
        from mapstudio.gui.app.fileops import open_document
        from mapstudio.gui.canvas.view import MapCanvas

        doc = open_document(args.map)
        canvas = MapCanvas(doc)
        canvas.resize(*VIEW_SIZE)
    # A large map's view lays out and makes what it shows first: here, as before, all of it
    # (the figure is the cost of an edit's update, on a map whose items all exist).
    for _ in canvas.map_scene().every_card_item():
        pass
    flush_events(app)
    stages = doc.stages()
    card = doc.map.cards[len(doc.map.cards) // 2]
    here = next(i for i, s in enumerate(stages) if s.id == card.stage)
    next_stage = stages[(here + 1) % len(stages)].id
    mid_stage = stages[len(stages) // 2].id
    persona = doc.map.personas[0].id
    low, high = doc.map.emotion_scale.bounds
    counter = [0]

    def with_undo(edit) -> None:  # noqa: ANN001
        edit()
        flush_events(app)
        doc.undo_stack.undo()
        flush_events(app)

    def text() -> None:
        counter[0] += 1
        commands.update(doc, card.id, {"text": f"{card.text[:-6]} {counter[0]:05d}"})

    geo = canvas.map_scene().geometry
    tallest = max(
        (c for c in geo.cells.values() if c.cards and geo.row(c.lane).kind.value == "actions"),
        key=lambda c: c.content_height,
    )
    grower = doc.get(min(tallest.boxes, key=lambda b: len(b.text.lines)).id)

    def grow() -> None:
        counter[0] += 1
        extra = f" and then {counter[0]:05d} more words, enough for one more line of text"
        commands.update(doc, grower.id, {"text": grower.text + extra})

    def move() -> None:
        commands.move_cards(doc, [card.id], next_stage, card.lane, 0 if args.move_to_top else None)

    def emotion() -> None:
        point = doc.emotion_point(persona, mid_stage, Curve.AS_IS)
        score = point.score + 1 if point and point.score < high else low
        commands.set_emotion(doc, persona, mid_stage, Curve.AS_IS, score)

    def stage() -> None:
        commands.add_stage(doc, "Extra stage")

    geo = canvas.map_scene().geometry
    x, y, w, h = geo.box_rect(card.id)
    emotions = next(r for r in geo.rows if r.kind.value == "emotions")
    views = {
        "text": (x + w / 2, y + h / 2),
        "grow": geo.box_rect(grower.id)[:2],
        "move": (geo.column(next_stage).center, y),
        "emotion": (geo.column(mid_stage).center, emotions.y + emotions.height / 2),
        "stage": (geo.columns[-1].x + geo.columns[-1].width, geo.style.stage_header_height),
    }
    edits = {"text": text, "grow": grow, "move": move, "emotion": emotion, "stage": stage}
    result = {}
    for name, edit in edits.items():
        canvas.centerOn(*views[name])
        flush_events(app)
        result[name] = timed_batches(lambda e=edit: with_undo(e), args.reps, BATCH[name])
    report(result)


if __name__ == "__main__":
    main()
