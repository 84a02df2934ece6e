"""Autosave: how long the GUI thread is held, with the copy serialised on the worker thread.

    python -m benchmarks.probes.autosave --map FILE --reps N

A real ``SessionGuard`` watches one open map (a stand-in window with the window's contract).
Each repetition edits a card's text through ``commands`` (so the map needs a copy), then times,
on the GUI thread only (its own CPU time, or elapsed with the wall clock):

- ``block``: the timer's autosave call (the snapshot, handing it to the worker) plus the
  guard's two slots that take the worker's replies;
- ``stall``: how late, at worst, a 4 ms timer of the GUI thread fires while the worker
  serialises and writes (the event loop waits for events as the application's does; Python's
  lock is shared, so this is what a user could feel of the worker);
- ``idle``: the same over as long a spell with no autosave running (on a loaded machine the
  system alone makes the timer late by a few milliseconds);
- ``before``: the same copy written on the GUI thread (``autosave_now``), as it was done before.
"""

from __future__ import annotations

import argparse
import os
import time

from benchmarks.probes.common import CLOCK_VARIABLE, report

TICK_MS = 4
WALL = os.environ.get(CLOCK_VARIABLE, "cpu") == "wall"


def gui_clock() -> float:
    return time.perf_counter() if WALL else time.thread_time()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--map", required=True)
    parser.add_argument("--reps", type=int, default=9)
    args = parser.parse_args()

    from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
    from PySide6.QtWidgets import QApplication

    from mapstudio.gui import commands
    from mapstudio.gui.app import guard as guard_module
    from mapstudio.gui.app.fileops import open_document

    app = QApplication.instance() or QApplication([])
    spent = [0.0]

    def timed(method):  # noqa: ANN001, ANN202 - wraps the guard's slots, GUI-thread time only
        def slot(self, job) -> None:  # noqa: ANN001
            t0 = gui_clock()
            method(self, job)
            spent[0] += gui_clock() - t0

        return slot

    guard_module.SessionGuard._on_serialised = timed(guard_module.SessionGuard._on_serialised)
    guard_module.SessionGuard._on_written = timed(guard_module.SessionGuard._on_written)

    class Window(QObject):
        document_added = Signal(object)
        document_removed = Signal(object)

        def __init__(self) -> None:
            super().__init__()
            self.docs = []

        def documents(self) -> list:
            return list(self.docs)

    window = Window()
    guard = guard_module.SessionGuard(window, type("P", (), {"autosave_seconds": 3600})())
    doc = open_document(args.map)
    window.docs.append(doc)
    window.document_added.emit(doc)
    card = doc.map.cards[len(doc.map.cards) // 2]

    def edit(i: int) -> None:
        commands.update(doc, card.id, {"text": f"{card.text[:40]} {i}"})

    ticks: list[float] = []
    ticker = QTimer()
    ticker.setTimerType(Qt.TimerType.PreciseTimer)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))
    ticker.setInterval(TICK_MS)

    def longest_gap(running) -> tuple[float, float]:  # noqa: ANN001
        ticks.clear()
        start = time.perf_counter()
        ticks.append(start)
        ticker.start()
        while running(time.perf_counter() - start):
            app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        ticker.stop()
        late = max((b - a for a, b in zip(ticks, ticks[1:], strict=False)), default=0.0)
        return max(0.0, late * 1000.0 - TICK_MS), time.perf_counter() - start

    def background() -> tuple[float, float, float]:
        spent[0] = 0.0
        t0 = gui_clock()
        started = guard.autosave_in_background()
        block = gui_clock() - t0
        assert started == 1, "nothing to autosave"
        stall, took = longest_gap(lambda _s: guard._tracked[doc].busy)
        idle, _ = longest_gap(lambda elapsed: elapsed < took)
        return (block + spent[0]) * 1000.0, stall, idle

    edit(-1)
    background()  # warm: the worker thread, the serializers
    blocks, stalls, idles, before = [], [], [], []
    for i in range(args.reps):
        edit(i)
        block, stall, idle = background()
        blocks.append(block)
        stalls.append(stall)
        idles.append(idle)
        edit(i + 1000)
        t0 = gui_clock()
        guard.autosave_now()
        before.append((gui_clock() - t0) * 1000.0)
    guard.shutdown()
    report(
        {
            "block": blocks,
            "stall": stalls,
            "idle": idles,
            "before": before,
            "cards": len(doc.map.cards),
        }
    )


if __name__ == "__main__":
    main()
