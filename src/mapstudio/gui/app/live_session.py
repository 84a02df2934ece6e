"""A live session hosted inside the editor: the host's loop on a worker thread, the map on the
GUI thread.

The session host (``mapstudio.session``) never touches the map itself: it asks
:class:`GuiAccess`, which queues the work for the GUI thread (drained in short slices) and hands
the result back to the loop. Participants' edits are pushed on the map's undo stack like the
facilitator's own, so the facilitator can move or undo them. The GUI thread only runs each
small edit; reading sockets, JSON and the Yjs document stay on the worker thread.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import logging
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from mapstudio.core.history import Step
from mapstudio.gui import commands
from mapstudio.gui.document import MapDocument
from mapstudio.session.host import Roster, SessionHost

T = TypeVar("T")
log = logging.getLogger("mapstudio.session")
QUEUED = Qt.ConnectionType.QueuedConnection  # signals emitted on the worker thread


class GuiAccess(QObject):
    """The session's way to the map on the GUI thread (``session.access.MapAccess``).

    Jobs wait in a queue that the GUI thread drains in slices of ``SLICE_MS``: when thirty
    participants' notes arrive at once, the window still gets its paints and timers between
    slices (one queued signal per job delivered them all in one turn of the event loop: 30 to
    40 ms without a paint)."""

    SLICE_MS = 8.0
    _wake = Signal()

    def __init__(self, map_document: MapDocument) -> None:
        super().__init__()
        self.map_document = map_document
        self.doc = map_document.core
        self.closed = False
        self.longest_job_ms = 0.0  # the longest the GUI thread spent on one session job
        self.longest_job_cpu_ms = 0.0  # of which computing (the rest: waiting for the GIL)
        self.job_cpu_ms: list[float] = []  # each job's computing time (the first 10,000)
        self._jobs: collections.deque[Callable[[], None]] = collections.deque()
        self._jobs_lock = threading.Lock()
        self._woken = False  # a drain is asked for or running: no need to wake the GUI again
        self._wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def _post(self, job: Callable[[], None]) -> None:
        """Queue ``job`` for the GUI thread (from any thread)."""
        with self._jobs_lock:
            self._jobs.append(job)
            wake, self._woken = not self._woken, True
        if wake:
            self._wake.emit()

    def _drain(self) -> None:
        """Run queued jobs for at most ``SLICE_MS``, then let the event loop paint and run its
        timers before the next slice."""
        end = time.perf_counter() + self.SLICE_MS / 1000
        while True:
            with self._jobs_lock:
                if not self._jobs:
                    self._woken = False
                    return
                job = self._jobs.popleft()
            self._execute(job)
            if time.perf_counter() >= end:
                QTimer.singleShot(0, self, self._drain)
                return

    def _execute(self, job: Callable[[], None]) -> None:
        start, cpu = time.perf_counter(), time.thread_time()
        job()
        wall, used = (time.perf_counter() - start) * 1000, (time.thread_time() - cpu) * 1000
        self.longest_job_ms = max(self.longest_job_ms, wall)
        self.longest_job_cpu_ms = max(self.longest_job_cpu_ms, used)
        if len(self.job_cpu_ms) < 10_000:
            self.job_cpu_ms.append(used)

    def call(self, fn: Callable[[], T]) -> Awaitable[T]:
        loop = asyncio.get_running_loop()
        future: asyncio.Future[T] = loop.create_future()

        def job() -> None:
            try:
                if self.closed:
                    raise ConnectionAbortedError("the session has ended")
                result = fn()
            except BaseException as e:  # handed to the loop, where the connection handles it
                loop.call_soon_threadsafe(_fail, future, e)
            else:
                loop.call_soon_threadsafe(_succeed, future, result)

        self._post(job)
        return future

    def soon(self, fn: Callable[[], None]) -> None:
        QTimer.singleShot(0, self, fn)

    def push(self, step: Step) -> Any:
        return commands.push(self.map_document, step)


# While a session's network thread runs beside the GUI thread, the GUI thread waits for the
# interpreter lock up to the switch interval each time it wants it back (5 ms by default, many
# times per edit). 1 ms keeps a participant's edit under 10 ms on the GUI thread instead of up
# to 200 ms (measured with 30 participants: tests/app/test_live_session.py).
GUI_SWITCH_INTERVAL = 0.001
_sessions_running = 0
_default_switch_interval = sys.getswitchinterval()


def session_thread_started() -> None:
    global _sessions_running, _default_switch_interval
    if _sessions_running == 0:
        _default_switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(GUI_SWITCH_INTERVAL, _default_switch_interval))
    _sessions_running += 1


def session_thread_ended() -> None:
    global _sessions_running
    _sessions_running = max(0, _sessions_running - 1)
    if _sessions_running == 0:
        sys.setswitchinterval(_default_switch_interval)


def _succeed(future: asyncio.Future, result: Any) -> None:
    if not future.done():
        future.set_result(result)


def _fail(future: asyncio.Future, error: BaseException) -> None:
    if not future.done():
        future.set_exception(error)


class LiveSession(QObject):
    """One session on one open map: started, then ended (or restarted on other interfaces)."""

    started = Signal()
    failed = Signal(str)
    ended = Signal()
    roster_changed = Signal(object)  # Roster
    presence_changed = Signal(object)  # peers' awareness states

    def __init__(
        self, map_document: MapDocument, address: str, port: int = 0, code: str | None = None
    ) -> None:
        super().__init__()
        self.map_document = map_document
        self.address = address
        self.access = GuiAccess(map_document)
        self.host = SessionHost(
            self.access,
            code=code,
            addresses=(address,),
            port=port,
            on_roster=self.roster_changed.emit,  # from the loop: a queued signal
        )
        self.host.on_presence = self.presence_changed.emit  # from the loop: a queued signal
        self.roster = Roster()
        self.roster_changed.connect(self._keep_roster, QUEUED)
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="live-session", daemon=True)
        self._announcer: Any = None
        self.running = False

    @property
    def code(self) -> str:
        return self.host.code

    @property
    def port(self) -> int:
        return self.host.port

    def url(self) -> str:
        return self.host.urls()[0]

    def _keep_roster(self, roster: Roster) -> None:
        self.roster = roster

    def start(self) -> None:
        """Starts listening on the worker thread; ``started`` or ``failed`` follows."""
        session_thread_started()
        self.ended.connect(session_thread_ended, QUEUED)
        self.failed.connect(lambda _reason: session_thread_ended(), QUEUED)
        self._thread.start()

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self.host.start())
        except OSError as e:
            self.failed.emit(e.strerror or str(e))
            self._loop.close()
            return
        self.running = True
        self.started.emit()
        self._announce()
        self._loop.run_forever()
        with contextlib.suppress(Exception):
            self._loop.run_until_complete(self.host.stop())
        if self._announcer is not None:
            with contextlib.suppress(Exception):
                self._announcer.close()
        self._loop.close()
        self.ended.emit()

    def _announce(self) -> None:
        from mapstudio.session.announce import Announcer

        try:
            self._announcer = Announcer(self.address, self.port, self.map_document.core.map.title)
        except Exception as e:  # no multicast on this network: the QR code and address still work
            log.warning("session not announced on the network: %s", e)

    def tell_selection(self, name: str, ids: list[str]) -> None:
        """The facilitator's selection, outlined for the MapStudio peers."""
        if self.running:
            state = {"name": name, "colour": "#243b55", "selected": list(ids)[:200]}
            self._loop.call_soon_threadsafe(self.host.set_host_presence, state)

    def remove_participant(self, pid: str) -> None:
        if self.running:
            self._loop.call_soon_threadsafe(self.host.remove_participant, pid)

    def stop(self) -> None:
        """Ends the session without waiting on the GUI thread: no more edits from now on."""
        if self.access.closed:
            return
        self.access.closed = True
        self.host.detach()
        self.running = False
        if self._thread.is_alive() and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._loop.stop)

    def wait(self, seconds: float = 5.0) -> bool:
        """For tests and quitting: wait for the worker to finish."""
        if self._thread.is_alive():
            self._thread.join(seconds)
        return not self._thread.is_alive()
