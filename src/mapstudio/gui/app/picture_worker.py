"""The worker that reads map files and draws their thumbnails, away from the GUI thread.

It is a separate process (``concurrent.futures.ProcessPoolExecutor``, one worker, started when
the first picture is wanted and ended after a while without work), not a thread: the drawing
builds the canvas's whole ``MapScene`` (a QGraphicsScene, which registers itself with the
application, and card pictures drawn through QPixmap, which is GUI-thread only), and in a
thread of this process it held the interpreter's lock for up to 0.2 s at a time. In its own
process it is that process's GUI thread (offscreen), and this window's thread never waits for
it: answers come back as a queued signal.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import BrokenExecutor, CancelledError, Executor, Future, ProcessPoolExecutor

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from mapstudio.gui.app import thumbnails

#: The worker process ends after this long without work (it holds a map's memory meanwhile).
IDLE_MS = 30_000


def _start_worker() -> None:
    """In the worker process, before its first picture: draw offscreen, never on a display,
    and end with the window's process, even one killed (a worker otherwise waits forever)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), daemon=True).start()


def _end_with(parent: multiprocessing.process.BaseProcess) -> None:
    parent.join()
    os._exit(0)


def start_executor() -> Executor:
    # "spawn": a fork of a process running Qt (and its threads) is not safe to use
    return ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
    )


class PictureWorker(QObject):
    """Pictures of map files, made in the worker process. ``request`` returns at once;
    ``drawn(key, summary)`` comes later on the GUI thread (a plain summary when the file is
    not a map). One request per key at a time."""

    drawn = Signal(str, object)
    _answered = Signal(str, str, float, object)  # from the executor's thread: queued

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor: Executor | None = None
        self._running: dict[str, Future] = {}
        self._answered.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_MS)
        self._idle.timeout.connect(self.shutdown)

    def request(self, path: str, key: str, ratio: float) -> None:
        """Read ``path`` and draw its picture under ``key`` (``thumbnails.picture_key``)."""
        if key in self._running:
            return
        self._idle.stop()
        job = (thumbnails.draw_picture, path, key, ratio, str(thumbnails.cache_dir()))
        try:
            future = self._executor_now().submit(*job)
        except BrokenExecutor:  # the worker died (killed, out of memory): start a new one
            self._drop_executor()
            future = self._executor_now().submit(*job)
        self._running[key] = future
        future.add_done_callback(lambda done: self._answered.emit(key, path, ratio, done))

    def withdraw(self, key: str) -> None:
        """Drop a request nobody waits for any more, if the worker has not started it."""
        future = self._running.get(key)
        if future is not None and future.cancel():
            del self._running[key]
            self._idle_soon()

    def busy(self) -> bool:
        return bool(self._running)

    def _finish(self, key: str, path: str, ratio: float, future: Future) -> None:
        if self._running.get(key) is not future:
            return  # withdrawn, or the worker was ended
        del self._running[key]
        self._idle_soon()
        try:
            title, png = future.result()
        except CancelledError:
            return
        except BrokenExecutor:  # the worker died on this file: a new worker for the next one
            self._drop_executor()
            found = thumbnails.plain_summary(path)
        except Exception:  # not a map, unreadable, or the worker died: a plain card, no message
            found = thumbnails.plain_summary(path)
        else:
            found = thumbnails.summary_from_png(path, title, png, ratio)
        self.drawn.emit(key, thumbnails.remember(key, found))

    def _executor_now(self) -> Executor:
        if self._executor is None:
            self._executor = start_executor()
        return self._executor

    def _drop_executor(self) -> None:
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)

    def _idle_soon(self) -> None:
        if not self._running:
            self._idle.start()

    def shutdown(self) -> None:
        """End the worker without waiting for it (its unfinished picture is dropped)."""
        self._idle.stop()
        executor, self._executor = self._executor, None
        running, self._running = self._running, {}
        for future in running.values():
            future.cancel()
        if executor is None:
            return
        # The executor has no public way to stop a task under way; without this, quitting
        # would wait for the picture being drawn (seconds for a big map).
        workers = list(getattr(executor, "_processes", {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for process in workers:
            process.terminate()


_shared: PictureWorker | None = None


def shared() -> PictureWorker:
    """The application's one picture worker, ended when the application quits."""
    global _shared
    if _shared is None:
        app = QCoreApplication.instance()
        _shared = PictureWorker(app)
        app.aboutToQuit.connect(_shared.shutdown)
        _shared.destroyed.connect(_forget_shared)
    return _shared


def _forget_shared() -> None:
    global _shared
    _shared = None
