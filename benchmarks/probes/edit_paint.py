"""Keys on a shown canvas, each timed from the key event to the end of the viewport's repaint.

    python -m benchmarks.probes.edit_paint --map FILE [--reps N]

What a user feels of an edit is the time from the key to the painted view, so the canvas is
shown (a real window when the platform has one: the benchmark runs this probe under Xvfb), and
each sample runs from the moment the key event reaches the application to the end of the
viewport paint that shows its result (the scene's queued update, the view's reaction and the
repaint included). The keys go to the focused widget as Qt key events (``QTest.keyClick``).

The card is the one the edits probe grows: the shortest card of the tallest cell of an actions
lane, in the middle of the map, shown in the view. Samples (each alternates two keys, so the
map comes back to where it was):

- ``type``: a character typed into the card's in-place editor, then Backspace (the card keeps
  its height);
- ``type_grow``: after a line break, a character that starts a new line, then Backspace: the
  card and its lane grow and shrink, so every row below moves;
- ``move``: Alt+Right on the last card of a cell, which lands last in the next stage's cell
  (no other card shifts); the card is put back, untimed, before each key;
- ``move_mid``: Alt+Right then Alt+Left on a card in the middle of its cell (to the next stage
  and back): the cards below it shift in both cells.

Every timed card is near the middle of the map, and its key moves no row and scrolls nothing
(checked first), so the samples compare like with like on any map.

Reported per sample: CPU time of this process (``cpu``) and elapsed time (``wall``), in ms.
"""

from __future__ import annotations

import argparse
import gc
import time
from collections.abc import Callable
from typing import Any

from benchmarks.probes.common import VIEW_SIZE, report

WARMUP = 4  # untimed keys per kind first (fitting caches, Qt's first paints of the spot)


class KeyToPaint:
    """Times spans from a key press reaching the application to the end of the next viewport
    paint. An application event filter notes the key; the viewport's filter notes the paint."""

    def __init__(self, app: Any, viewport: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        probe = self

        class _Filter(QObject):
            def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt override
                kind = event.type()
                if kind == QEvent.Type.KeyPress and probe.pressed_at is None:
                    probe.pressed_at = (time.perf_counter(), time.process_time())
                elif kind == QEvent.Type.Paint and obj is viewport:
                    probe.paints += 1
                return False

        self.app = app
        self.pressed_at: tuple[float, float] | None = None
        self.paints = 0
        self._filter = _Filter()
        app.installEventFilter(self._filter)

    def measure(self, send: Callable[[], None]) -> tuple[float, float]:
        """(CPU ms, wall ms) from the key that ``send`` delivers to its painted result."""
        from PySide6.QtCore import QEventLoop

        self.pressed_at, self.paints = None, 0
        send()
        while self.paints == 0:
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        # A second paint right after (a queued part of the same edit) belongs to it too.
        wall, cpu = time.perf_counter(), time.process_time()
        paints = self.paints
        self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        if self.paints != paints:
            wall, cpu = time.perf_counter(), time.process_time()
        assert self.pressed_at is not None, "the key never reached the application"
        wall0, cpu0 = self.pressed_at
        return (cpu - cpu0) * 1000.0, (wall - wall0) * 1000.0


def settle(app: Any, seconds: float = 0.05) -> None:
    """Let the view finish whatever the last key started (paints, timers)."""
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("--reps", type=int, default=15, help="samples per kind of key")
    args = parser.parse_args()

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from benchmarks.probes.common import paint_watcher, wait_until
    from mapstudio.gui import commands
    from mapstudio.gui.app.fileops import open_document
    from mapstudio.gui.canvas.view import MapCanvas
    from mapstudio.gui.qtfonts import install_fonts

    app = QApplication([])
    install_fonts()
    doc = open_document(args.map)
    canvas = MapCanvas(doc)
    canvas.resize(*VIEW_SIZE)
    painted = paint_watcher(canvas.viewport())
    canvas.show()
    canvas.activateWindow()
    wait_until(app, painted)
    settle(app, 0.2)

    scene = canvas.map_scene()
    # A large map's lanes are measured in the background after the first paint (viewport
    # first): the edits are timed once that is over, so that no row moves under a timed key
    # for a reason of its own (the probe picks keys that move no row).
    wait_until(app, lambda: scene.geometry.complete)
    settle(app, 0.2)
    canvas.setFocus()
    timer = KeyToPaint(app, canvas.viewport())

    def key(k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> Callable:
        # to the widget with the keyboard focus, as a key from the window system goes
        return lambda: QTest.keyClick(app.focusWidget() or canvas, k, mods)

    def press(k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        key(k, mods)()
        settle(app, 0.01)

    def rows() -> list[tuple[float, float]]:
        return [(r.y, r.height) for r in scene.geometry.rows]

    alt = Qt.KeyboardModifier.AltModifier
    right, left = key(Qt.Key.Key_Right, alt), key(Qt.Key.Key_Left, alt)
    result: dict[str, list[float]] = {}

    def sample(
        name: str, keys: list[Callable[[], None]], before: Callable[[], None] | None = None
    ) -> None:
        """Time the keys in turn; ``before`` (untimed) sets the map up before each key."""
        cpu, wall = [], []
        gc.collect()
        total = WARMUP + args.reps
        total += -total % len(keys)  # whole rounds: the map ends as it began
        for i in range(total):
            if before is not None:
                before()
            c, w = timer.measure(keys[i % len(keys)])
            if WARMUP <= i < WARMUP + args.reps:
                cpu.append(c)
                wall.append(w)
            settle(app, 0.02)
        result[f"{name}_cpu"], result[f"{name}_wall"] = cpu, wall

    # Cards of the actions lanes, from the middle of the map outwards: the first whose move
    # (or whose typed character) leaves every row in place is the one timed, on both maps;
    # the moved card must also land in sight (else the view scrolls: a repaint of it all).
    last = doc.stages()[-1].id  # Alt+Right does nothing there
    actions = [
        c.id for c in doc.map.cards if doc.get(c.lane).kind.value == "actions" and c.stage != last
    ]
    middle = len(actions) // 2
    by_middle = sorted(actions, key=lambda i: abs(actions.index(i) - middle))
    candidates = by_middle[:200]

    def keeps_rows(card_id: str, there: Callable[[], None], back: Callable[[], None]) -> bool:
        before = rows()
        there()
        kept = rows() == before
        back()
        if rows() != before:
            raise SystemExit("the map did not come back to where it was")
        return kept

    def editing(card_id: str) -> None:
        canvas.select_ids([card_id])
        canvas.centerOn(scene.card_item(card_id))
        settle(app)
        canvas.edit_selected()
        settle(app)
        if not canvas.editing():
            raise SystemExit("the card's in-place editor did not open")

    def done_editing() -> None:
        press(Qt.Key.Key_Escape)

    def stays(card_id: str) -> bool:
        """Whether its move there and back keeps every row in place, with the view centred
        between its two places scrolling nothing (both in sight)."""
        canvas.select_ids([card_id])
        settle(app)
        here = scene.card_item(card_id).sceneBoundingRect()
        press(Qt.Key.Key_Right, alt)
        there = scene.card_item(card_id).sceneBoundingRect()
        press(Qt.Key.Key_Left, alt)
        canvas.centerOn(here.united(there).center())
        settle(app)
        bars = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
        where = [bar.value() for bar in bars]
        kept = keeps_rows(
            card_id, lambda: press(Qt.Key.Key_Right, alt), lambda: press(Qt.Key.Key_Left, alt)
        )
        return kept and [bar.value() for bar in bars] == where

    # The move itself: the last card of a cell goes to the end of the next stage's cell (no
    # other card shifts), put back untimed before each key. A cell that is not the tallest of
    # its lane on either side, both ends in sight with the view centred between them.
    geo = scene.geometry
    card_lanes = [r for r in geo.rows if r.kind.value not in ("emotions", "metrics")]
    middle_row = len(card_lanes) // 2
    ends: list[tuple[str, str, str]] = []  # (card, its stage, the next stage)
    for row in sorted(card_lanes, key=lambda r: abs(card_lanes.index(r) - middle_row)):
        for col, nxt in zip(geo.columns, geo.columns[1:], strict=False):
            here, there = geo.cells.get((col.stage, row.lane)), geo.cells.get((nxt.stage, row.lane))
            if here and here.cards and (there.cards if there else 0) < here.cards:
                ends.append((here.boxes[-1].id, col.stage, nxt.stage))

    def put_back(card_id: str, stage: str) -> None:
        commands.move_cards(doc, [card_id], stage, doc.get(card_id).lane, None)
        scene.flush()
        canvas.select_ids([card_id])
        settle(app, 0.01)

    def lands_in_sight(card_id: str, stage: str) -> bool:
        put_back(card_id, stage)
        here = scene.card_item(card_id).sceneBoundingRect()
        before = rows()
        press(Qt.Key.Key_Right, alt)
        there = scene.card_item(card_id).sceneBoundingRect()
        kept = rows() == before and doc.get(card_id).stage != stage
        put_back(card_id, stage)
        canvas.centerOn(here.united(there).center())
        settle(app)
        bars = canvas.horizontalScrollBar(), canvas.verticalScrollBar()
        where = [bar.value() for bar in bars]
        press(Qt.Key.Key_Right, alt)
        kept = kept and [bar.value() for bar in bars] == where and rows() == before
        put_back(card_id, stage)
        return kept

    end = next((e for e in ends[:40] if lands_in_sight(e[0], e[1])), None)
    if end is None:
        raise SystemExit("no last card of a cell moves right without moving rows or the view")
    lands_in_sight(end[0], end[1])  # the view centred where both its places show
    sample("move", [right], before=lambda: put_back(end[0], end[1]))

    # From the middle of its cell: the cards below it shift in both cells (Alt+Right, then
    # Alt+Left back: a card in the middle has its place on both sides).
    mover = next((c for c in candidates if stays(c)), None)
    if mover is None:
        raise SystemExit("every card tried moved rows or scrolled the view when moved")
    stays(mover)  # selected, the view centred where both its places show
    sample("move_mid", [right, left])

    def types_in_place(card_id: str) -> bool:
        editing(card_id)
        kept = keeps_rows(card_id, lambda: press(Qt.Key.Key_X), lambda: press(Qt.Key.Key_Backspace))
        done_editing()
        return kept

    typist = next((c for c in candidates if types_in_place(c)), None)
    if typist is None:
        raise SystemExit("every card tried grew when typed into")
    editing(typist)
    sample("type", [key(Qt.Key.Key_X), key(Qt.Key.Key_Backspace)])
    done_editing()

    # A character that starts a new line in a card of the tallest cell of an actions lane:
    # the lane grows (and shrinks again with Backspace), so every row below it moves.
    geo = scene.geometry
    tallest = max(
        (c for c in geo.cells.values() if c.cards and geo.row(c.lane).kind.value == "actions"),
        key=lambda c: c.content_height,
    )
    grower = min(tallest.boxes, key=lambda b: len(b.text.lines)).id
    editing(grower)
    press(Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    if keeps_rows(grower, lambda: press(Qt.Key.Key_X), lambda: press(Qt.Key.Key_Backspace)):
        raise SystemExit("a new line of the card did not make its lane grow")
    sample("type_grow", [key(Qt.Key.Key_X), key(Qt.Key.Key_Backspace)])
    done_editing()
    result["cards"] = len(doc.map.cards)
    report(result)


if __name__ == "__main__":
    main()
