"""A MapStudio peer: a whole copy of the shared map as a Y document, kept in sync with a host
over the Yjs sync protocol (pycrdt's messages), working on through a dropped connection.

Local changes are written into the local Y document (``YMirror``) and sent as updates; while
offline they stay in the document, and on reconnecting both sides exchange what the other
lacks (sync steps 1 and 2), so offline edits merge. The host checks every change against the
map's rules and writes back its own values for a refused one.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from typing import Any

from pycrdt import (
    Awareness,
    YMessageType,
    YSyncMessageType,
    create_awareness_message,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)
from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed

from mapstudio.session.handshake import greet
from mapstudio.session.ybridge import Key, ObjectData, YMirror

LOCAL = "local"


class Peer:
    def __init__(self, url: str, code: str, name: str) -> None:
        self.url, self.code, self.name = url, code, name
        self.mirror = YMirror()
        self.ws: ClientConnection | None = None
        self.you: str | None = None
        self.token: str | None = None
        self.refusal: dict[str, Any] | None = None
        self.synced = asyncio.Event()
        self._reader: asyncio.Task[None] | None = None
        self._sending_remote = False
        self.mirror.ydoc.observe(self._local_change)
        # Called on the peer's loop: the objects a remote change touched, and a lost connection.
        self.on_remote: Callable[[dict[Key, ObjectData | None]], None] | None = None
        self.on_lost: Callable[[], None] | None = None
        self.awareness = Awareness(self.mirror.ydoc)
        self.on_presence: Callable[[dict[int, dict[str, Any]]], None] | None = None

    async def connect(self, timeout: float = 10.0) -> bool:
        self.synced.clear()
        self.ws, first = await greet(self.url, "hello", self.code, self.name, self.token, timeout)
        if first.get("type") != "welcome":
            self.refusal = first
            return False
        self.you, self.token = first["you"], first["token"]
        await self.ws.send(create_sync_message(self.mirror.ydoc))
        if self.awareness.get_local_state() is not None:  # back after a drop: here again
            await self.ws.send(self._presence_message())
        self._reader = asyncio.ensure_future(self._read(self.ws))
        return True

    async def _read(self, ws: ClientConnection) -> None:
        with contextlib.suppress(ConnectionClosed):
            async for raw in ws:
                if isinstance(raw, str) or len(raw) < 2:
                    continue
                if raw[0] == YMessageType.AWARENESS:
                    self._presence_from(raw)
                    continue
                if raw[0] != YMessageType.SYNC:
                    continue
                sync = raw[1:]
                if sync[0] == YSyncMessageType.SYNC_STEP1:
                    reply = handle_sync_message(sync, self.mirror.ydoc)
                    if reply is not None:
                        await ws.send(reply)
                    continue
                update = read_message(sync[1:])
                self._sending_remote = True
                try:
                    touched = self.mirror.apply_remote(update, "host")
                finally:
                    self._sending_remote = False
                if touched and self.on_remote is not None:
                    self.on_remote(touched)
                if sync[0] == YSyncMessageType.SYNC_STEP2:
                    self.synced.set()
        if self.ws is ws:
            self.ws = None
            if self.on_lost is not None:
                self.on_lost()

    def _local_change(self, event: Any) -> None:
        if self._sending_remote or self.ws is None:
            return
        message = create_update_message(event.update)
        with contextlib.suppress(Exception):
            asyncio.get_running_loop().create_task(self._send(message))

    async def _send(self, message: bytes) -> None:
        ws = self.ws
        if ws is not None:
            with contextlib.suppress(ConnectionClosed):
                await ws.send(message)

    def write(self, collection: str, obj_id: str, data: dict[str, Any] | None) -> None:
        """A local edit: this object's new fields (None removes it), sent to the host."""
        self.mirror.write([(collection, obj_id, data)], LOCAL)

    # --- presence -----------------------------------------------------------------------------
    def set_presence(self, state: dict[str, Any]) -> None:
        """Our name, colour and selection, for the others (on the peer's loop)."""
        self.awareness.set_local_state(state)
        if self.ws is not None:
            asyncio.get_running_loop().create_task(self._send(self._presence_message()))

    def _presence_message(self) -> bytes:
        update = self.awareness.encode_awareness_update([self.awareness.client_id])
        return create_awareness_message(update)

    def _presence_from(self, raw: bytes) -> None:
        with contextlib.suppress(Exception):  # unreadable presence is only not shown
            self.awareness.apply_awareness_update(read_message(raw[1:]), "host")
        if self.on_presence is not None:
            mine = self.awareness.client_id
            self.on_presence({i: s for i, s in self.awareness.states.items() if i != mine})

    def others(self) -> dict[int, dict[str, Any]]:
        mine = self.awareness.client_id
        return {i: s for i, s in self.awareness.states.items() if i != mine}

    def write_many(self, items: list[tuple[str, str, ObjectData | None]]) -> None:
        self.mirror.write(items, LOCAL)

    def read(self, collection: str) -> dict[str, dict[str, Any]]:
        root = self.mirror.roots[collection]
        return {key: self.mirror.read(collection, key) or {} for key in root}

    async def drop(self) -> None:
        """Cut the connection (a Wi-Fi drop): local edits go on and are kept for the reconnect."""
        ws, self.ws = self.ws, None
        if ws is not None:
            await ws.close()
        if self._reader is not None:
            with contextlib.suppress(Exception):
                await self._reader
