"""The first exchange of every client with a session host: connect, present the join code (and
the token of an earlier visit), read the host's welcome or refusal. Shared by the page protocol's
client and MapStudio peers, which differ only in the kind of greeting."""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed


async def greet(
    url: str, greeting: str, code: str, name: str, token: str | None, timeout: float
) -> tuple[ClientConnection, dict[str, Any]]:
    """The open connection and the host's first answer: a "welcome", or a refusal (the
    connection is then closed)."""
    ws = await connect(url, max_size=2**24, compression=None, open_timeout=timeout)
    hello: dict[str, Any] = {"type": greeting, "code": code, "name": name}
    if token:
        hello["token"] = token
    try:
        await ws.send(json.dumps(hello))
        first = json.loads(await asyncio.wait_for(ws.recv(), timeout))
    except ConnectionClosed as e:
        first = {"type": "refused", "reason": e.rcvd.reason if e.rcvd else "closed"}
    if first.get("type") != "welcome":
        with contextlib.suppress(ConnectionClosed):
            await ws.close()
    return ws, first
