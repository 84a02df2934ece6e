"""A real session host on 127.0.0.1 (any free port) for the tests, on the test's own loop."""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import AsyncIterator
from pathlib import Path

from mapstudio.core.model import DotVote
from mapstudio.files import read_map, write_map
from mapstudio.resources import resource_path
from mapstudio.session.host import SessionHost
from mapstudio.session.serve import run_host

CODE = "TEST2345"
EXAMPLE = resource_path("examples", "smartphone-en.journey.json")


def workshop_map(folder: Path, dots_each: int = 3, vote: bool = True) -> Path:
    """The smartphone example with an open vote, written to ``folder``."""
    m = read_map(EXAMPLE)
    if vote:
        notes = [x.id for x in m.lanes if x.kind != "emotions"]
        m.votes.append(DotVote(id="vote-live", title="Top ideas", lanes=notes, dots_each=dots_each))
    path = folder / "workshop.journey.json"
    write_map(path, m)
    return path


@contextlib.asynccontextmanager
async def hosted(path: Path, code: str = CODE) -> AsyncIterator[SessionHost]:
    """``mapstudio session serve`` as the command runs it, stopped (and saved) at the end."""
    ready: asyncio.Future[SessionHost] = asyncio.get_running_loop().create_future()
    stop = asyncio.Event()
    task = asyncio.ensure_future(
        run_host(path, 0, code, ("127.0.0.1",), ready=ready.set_result, stop=stop)
    )
    host = await asyncio.wait_for(ready, 10)
    try:
        yield host
    finally:
        stop.set()
        await asyncio.wait_for(task, 10)


def page_url(host: SessionHost) -> str:
    return f"ws://127.0.0.1:{host.port}/ws"


def peer_url(host: SessionHost) -> str:
    return f"ws://127.0.0.1:{host.port}/y"


class HostThread:
    """The host on its own loop in a thread, so the browser can be driven synchronously."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.ready = threading.Event()
        self.loop = asyncio.new_event_loop()
        self.host = None
        self._stop: asyncio.Event | None = None
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._serve())

    async def _serve(self) -> None:
        self._stop = asyncio.Event()
        async with hosted(self.path) as host:
            self.host = host
            self.ready.set()
            await self._stop.wait()

    def call(self, coro, timeout: float = 10.0):
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def __enter__(self) -> HostThread:
        self.thread.start()
        assert self.ready.wait(15)
        return self

    def __exit__(self, *exc) -> None:
        self.loop.call_soon_threadsafe(self._stop.set)
        self.thread.join(15)
