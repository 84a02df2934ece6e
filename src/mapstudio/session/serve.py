"""``mapstudio session serve MAP``: a session host without the editor, saving the map as
participants edit it, until Ctrl+C or SIGTERM."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from collections.abc import Callable
from pathlib import Path

from mapstudio.core.document import Document
from mapstudio.files.history import keep_previous_version
from mapstudio.files.mapfile import MapFileError, read_map, write_map
from mapstudio.session.access import LoopAccess
from mapstudio.session.guard import shown_code
from mapstudio.session.host import SessionHost

log = logging.getLogger("mapstudio.session")
SAVE_DELAY = 0.5  # seconds after a change: a burst of notes is one write


class MapSaver:
    """Writes the map to its file (atomically) shortly after it changes, and once at the end."""

    def __init__(self, doc: Document, path: Path, loop: asyncio.AbstractEventLoop) -> None:
        self.doc, self.path, self._loop = doc, path, loop
        self._timer: asyncio.TimerHandle | None = None
        self.saves = 0
        doc.subscribe(self._changed)

    def _changed(self, _change: object) -> None:
        if self._timer is None:
            self._timer = self._loop.call_later(SAVE_DELAY, self.save)

    def save(self) -> None:
        self._timer = None
        try:
            write_map(self.path, self.doc.map)
            self.saves += 1
        except (OSError, MapFileError) as e:  # keep serving: the next change tries again
            log.error("%s: not saved: %s", self.path, e)

    def flush(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self.save()


async def run_host(
    path: Path,
    port: int,
    code: str | None,
    addresses: tuple[str, ...],
    ready: Callable[[SessionHost], None] | None = None,
    stop: asyncio.Event | None = None,
) -> int:
    """Serve until SIGINT/SIGTERM (or ``stop`` is set); ``ready(host)`` once listening."""
    loop = asyncio.get_running_loop()
    doc = Document(read_map(path))
    try:  # the map as it was before the session: File > Restore Previous Version brings it back
        keep_previous_version(path)
    except OSError as e:
        log.warning("%s: the version before the session is not kept: %s", path, e)
    access = LoopAccess(doc, loop)
    host = SessionHost(access, code=code, addresses=addresses, port=port)
    saver = MapSaver(doc, path, loop)
    stop = stop or asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    await host.start()
    print(f"Join code: {shown_code(host.code)}", flush=True)
    for url in host.urls():
        print(f"Participants open: {url}", flush=True)
    print("Press Ctrl+C to end the session.", flush=True)
    if ready is not None:
        ready(host)
    try:
        await stop.wait()
    finally:
        await host.stop()
        saver.flush()
        host.detach()
    print(f"Session ended; {path} saved.", flush=True)
    return 0


def serve_map(path: Path, port: int, code: str | None, addresses: tuple[str, ...]) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    return asyncio.run(run_host(path, port, code, addresses))
