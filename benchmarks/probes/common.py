"""Helpers shared by the probes (no MapStudio imports here: floors use them too)."""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

MARKER = "BENCH-RESULT "
CLOCK_VARIABLE = "MAPSTUDIO_BENCH_CLOCK"  # "cpu" (default) or "wall"


def clock() -> float:
    """Seconds on the benchmark's clock: this process's CPU time (all threads) by default, so
    that other programs on a shared machine do not count; wall-clock time with ``wall``."""
    if os.environ.get(CLOCK_VARIABLE, "cpu") == "wall":
        return time.perf_counter()
    return time.process_time()


def cpu_seconds() -> float:
    """CPU time (user + system) this process has used since it started."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


VIEW_SIZE = (1400, 900)  # every view and window in the benchmarks has this size


def report(result: dict[str, Any]) -> None:
    """Hand the result to the harness (one marked JSON line on stdout)."""
    sys.stdout.write(MARKER + json.dumps(result) + "\n")
    sys.stdout.flush()


def maxrss_mb() -> float:
    """Peak resident memory of this process so far, in MB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def flush_events(app: Any, passes: int = 3) -> None:
    """Run the event loop until the scene's queued updates and the view's repaint are done.

    A scene change queues its dirty-item processing, which posts the view's update request,
    which then paints: one pass per link in that chain.
    """
    for _ in range(passes):
        app.sendPostedEvents()
        app.processEvents()


def paint_watcher(widget: Any) -> Callable[[], bool]:
    """Install a filter on ``widget`` and return a function telling whether it has painted."""
    from PySide6.QtCore import QEvent, QObject

    class _Watcher(QObject):
        painted = False

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watcher = _Watcher(widget)
    widget.installEventFilter(watcher)
    return lambda: watcher.painted


def wait_until(app: Any, done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Process events until ``done()``; processEvents returns after a paint has finished."""
    from PySide6.QtCore import QEventLoop

    limit = time.monotonic() + timeout
    while not done():
        if time.monotonic() > limit:
            raise TimeoutError("the widget never painted")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def timed_reps(action: Callable[[], None], reps: int, warmup: int = 1) -> list[float]:
    """Milliseconds of ``reps`` calls of ``action`` after ``warmup`` untimed calls."""
    for _ in range(warmup):
        action()
    times = []
    for _ in range(reps):
        t0 = clock()
        action()
        times.append((clock() - t0) * 1000.0)
    return times


def median(values: list[float]) -> float:
    return statistics.median(values)


class StallWatch:
    """The longest gap between the ticks of a 10 ms timer on the GUI thread since ``start``:
    how long the window stopped answering (a Qt application must exist)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self.last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)

    def start(self) -> float:
        """Start watching; returns the time it started (``time.perf_counter``)."""
        self.longest, self.last = 0.0, time.perf_counter()
        self._timer.start()
        return self.last

    def stop(self) -> None:
        """Stop watching, counting the gap up to now."""
        self._tick()
        self._timer.stop()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
