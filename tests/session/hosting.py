"""A real session host on 127.0.0.1 (any free port) for the tests, on the test's own loop."""

from __future__ import annotations

import asyncio
import contextlib
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
        m.votes.append(DotVote(id="vote-live", title="Top ideas", dots_each=dots_each))
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
