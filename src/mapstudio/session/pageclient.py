"""A participant speaking the page's JSON protocol from Python: what the load script and the tests
use to stand in for phones. It keeps the same view the page keeps, so convergence can be checked."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import time
from typing import Any

from websockets.asyncio.client import ClientConnection

from mapstudio.session.handshake import greet


class PageClient:
    def __init__(self, url: str, code: str, name: str) -> None:
        self.url, self.code, self.name = url, code, name
        self.ws: ClientConnection | None = None
        self.you: str | None = None
        self.token: str | None = None
        self.title = ""
        self.objects: dict[str, dict[str, Any]] = {}
        self.answers: dict[Any, dict[str, Any]] = {}
        self._waiters: dict[Any, asyncio.Future[dict[str, Any]]] = {}
        self._refs = itertools.count(1)
        self._reader: asyncio.Task[None] | None = None
        self.refusal: dict[str, Any] | None = None
        self.closed = asyncio.Event()

    async def join(self, timeout: float = 10.0) -> bool:
        """Connect and join; False (with ``refusal`` set) when the host refuses."""
        self.closed.clear()
        self.ws, first = await greet(self.url, "join", self.code, self.name, self.token, timeout)
        if first.get("type") != "welcome":
            self.refusal = first
            return False
        self.you, self.token = first["you"], first["token"]
        view = first["view"]
        self.title = view["title"]
        self.objects = {c: {o["id"]: o for o in items} for c, items in view["objects"].items()}
        self._reader = asyncio.ensure_future(self._read())
        return True

    async def _read(self) -> None:
        assert self.ws is not None
        try:
            async for raw in self.ws:
                message = json.loads(raw)
                kind = message.get("type")
                if kind == "patch":
                    for collection, obj_id, view in message["changes"]:
                        if collection == "map":
                            self.title = view["title"]
                        elif view is None:
                            self.objects.setdefault(collection, {}).pop(obj_id, None)
                        else:
                            self.objects.setdefault(collection, {})[obj_id] = view
                elif kind in ("ack", "refused") and "ref" in message:
                    waiter = self._waiters.pop(message["ref"], None)
                    if waiter is not None and not waiter.done():
                        waiter.set_result(message)
        except Exception:
            pass
        finally:
            for waiter in self._waiters.values():
                if not waiter.done():
                    waiter.set_result({"type": "lost"})
            self._waiters.clear()
            self.closed.set()

    async def request(self, message: dict[str, Any], timeout: float = 10.0) -> dict[str, Any]:
        """Send an intent and wait for the host's answer (ack with the new id, or refused)."""
        assert self.ws is not None
        ref = next(self._refs)
        waiter: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._waiters[ref] = waiter
        await self.ws.send(json.dumps({**message, "ref": ref}))
        return await asyncio.wait_for(waiter, timeout)

    async def timed(self, message: dict[str, Any]) -> tuple[dict[str, Any], float]:
        start = time.perf_counter()
        answer = await self.request(message)
        return answer, time.perf_counter() - start

    async def drop(self) -> None:
        """Cut the connection as a Wi-Fi drop would (the token is kept to resume)."""
        if self.ws is not None:
            await self.ws.close()
        if self._reader is not None:
            with contextlib.suppress(Exception):
                await self._reader

    def notes(self) -> dict[str, tuple[str, str, str, str | None]]:
        return {
            i: (c["stage"], c["lane"], c["text"], c["author"])
            for i, c in self.objects.get("cards", {}).items()
        }
