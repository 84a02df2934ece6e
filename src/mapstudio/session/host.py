"""The session host: serves the participants' page, their JSON intents and the Yjs peers.

One asyncio loop runs the network. Paths: ``/`` and its two files (the page, from resources),
``/ws`` (a browser participant: JSON intents, see ``intents``) and ``/y`` (a MapStudio peer: the
Yjs sync protocol over binary frames after a JSON hello). Every connection presents the join
code first; wrong codes are counted per address and refused for a minute past the limit.
Messages are size- and rate-limited; a malformed one is dropped and logged, and a client that
keeps sending them is cut off. Nothing but the shared map is reachable: the page's three files
are a fixed list, and intents only become core edits.

The document is touched only through :class:`~mapstudio.session.access.MapAccess` on its own
thread; what changed there is gathered once per turn and published here: to every page as a
patch of views, and into the Y document (and so to every peer) as field writes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pycrdt import (
    YMessageType,
    YSyncMessageType,
    create_sync_message,
    create_update_message,
    handle_sync_message,
    read_message,
)
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from mapstudio.core import edits
from mapstudio.core.operations import COLLECTIONS, MAP, Change, EditError
from mapstudio.resources import resource_path
from mapstudio.session import intents
from mapstudio.session.access import MapAccess
from mapstudio.session.guard import AttemptLimiter, TokenBucket, codes_match, new_join_code
from mapstudio.session.presence import Presence
from mapstudio.session.view import (
    VIEW_FIELDS,
    ObjectView,
    hidden_votes,
    object_view,
    snapshot,
    visible_to,
)
from mapstudio.session.ybridge import (
    Key,
    ObjectData,
    RemoteRefused,
    YMirror,
    check_remote,
    map_fields,
    step_from_remote,
)

log = logging.getLogger("mapstudio.session")

PAGE_FILES = {  # the only files the host serves: path -> (resource, content type)
    "/": ("index.html", "text/html; charset=utf-8"),
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/style.css": ("style.css", "text/css; charset=utf-8"),
}
SECURITY_HEADERS = {
    # Our own files only: no inline script, nothing from elsewhere, no framing.
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; "
    "connect-src 'self'; img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
MAX_FRAME_BYTES = 1024 * 1024  # a peer's Yjs update; a page's intents are checked far smaller
MAX_AWARENESS_BYTES = 4 * 1024
MAX_NAME_CHARS = 40
MAX_CLIENTS = 300
MAX_CLIENTS_PER_ADDRESS = 64  # a workshop's phones have their own addresses
MAX_PARTICIPANTS = 200  # joins that add a participant to the map
MAX_BACKLOG = 2000  # messages waiting for a slow client: past that it is cut off and resyncs
MAX_MALFORMED = 20  # malformed messages before a client is cut off
JOIN_TIMEOUT = 10.0
CLOSE_TIMEOUT = 2.0  # a client that does not answer the goodbye is cut off
HOST_ORIGIN = "host"


@dataclass(eq=False)
class Client:
    ws: ServerConnection
    kind: str  # "page" or "peer"
    address: str
    participant: str | None = None
    name: str = ""
    outbox: asyncio.Queue[str | bytes] = field(default_factory=asyncio.Queue)
    bucket: TokenBucket = field(default_factory=lambda: TokenBucket(rate=20.0, burst=60.0))
    malformed: int = 0

    @property
    def key(self) -> str:
        return f"client-{id(self)}"


@dataclass
class Roster:
    """Who is in the session, for the facilitator: participant id -> name, and who is online."""

    names: dict[str, str] = field(default_factory=dict)
    online: dict[str, int] = field(default_factory=dict)


class SessionHost:
    """One live session on one map. Build it on the document's thread, then ``await start()``
    on the host's loop, and ``await stop()`` at the end."""

    def __init__(
        self,
        access: MapAccess,
        code: str | None = None,
        addresses: tuple[str, ...] = ("127.0.0.1",),
        port: int = 0,
        on_roster: Callable[[Roster], None] | None = None,
    ) -> None:
        self.access = access
        self.code = code or new_join_code()
        self.addresses = addresses
        self.port = port
        self.on_roster = on_roster
        # On the host's loop: the peers' presence states (awareness id -> state) as they change.
        self.on_presence: Callable[[dict[int, Any]], None] | None = None
        self.roster = Roster()
        self.attempts = AttemptLimiter()
        self.clients: set[Client] = set()
        self._tokens: dict[str, str] = {}  # a page's secret token -> its participant id
        self._removed: set[str] = set()  # participants the facilitator sent away
        self._views: dict[str, dict[str, ObjectView]] = {c: {} for c in VIEW_FIELDS}
        self._title, self._language = "", "en"
        self._pending: dict[Key, None] = {}  # (document's thread) changed since the last publish
        self._loop: asyncio.AbstractEventLoop | None = None
        self._server: Server | None = None
        self._seq = 0
        self.ymirror = YMirror()
        self.presence = Presence(self.ymirror)
        self._y_sender: Client | None = None  # the peer whose update is being applied
        self.ymirror.ydoc.observe(self._y_changed)
        self.stats = {"malformed": 0, "refused": 0, "wrong_codes": 0, "applied": 0}
        doc = access.doc
        self._publish_now(self._everything())
        doc.subscribe(self._on_change)

    # --- the document's side (its own thread) ------------------------------------------------
    def _everything(self) -> list[tuple[str, str, ObjectData | None]]:
        doc = self.access.doc
        items: list[tuple[str, str, ObjectData | None]] = [(MAP, MAP, self._map_data())]
        for collection in COLLECTIONS:
            items += [
                (collection, o.id, o.model_dump(mode="json")) for o in getattr(doc.map, collection)
            ]
        return items

    def _map_data(self) -> ObjectData:
        data = map_fields(self.access.doc)
        data["language"] = self.access.doc.map.language
        return data

    def _on_change(self, change: Change) -> None:
        if not self._pending:
            self.access.soon(self._collect)
        if change.collection == MAP:
            self._pending[(MAP, MAP)] = None
        else:
            for obj_id in change.ids:
                self._pending[(change.collection, obj_id)] = None

    def _collect(self) -> None:
        doc = self.access.doc
        items: list[tuple[str, str, ObjectData | None]] = []
        for collection, obj_id in self._pending:
            if collection == MAP:
                items.append((MAP, MAP, self._map_data()))
                continue
            obj = doc.get(obj_id)
            items.append((collection, obj_id, None if obj is None else obj.model_dump(mode="json")))
        self._pending.clear()
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._publish_now, items)

    def detach(self) -> None:
        """On the document's thread, at the end: stop listening to the document."""
        with contextlib.suppress(ValueError):
            self.access.doc.unsubscribe(self._on_change)

    # --- publishing (the host's loop) ---------------------------------------------------------
    def _publish_now(self, items: list[tuple[str, str, ObjectData | None]]) -> None:
        patch: list[tuple[str, str, ObjectView | None]] = []
        for collection, obj_id, data in items:
            if collection == MAP:
                self._title = str((data or {}).get("title", ""))
                self._language = str((data or {}).get("language", "en"))
                patch.append((MAP, MAP, {"title": self._title}))
                continue
            views = self._views.get(collection)
            if views is None:
                continue
            view = None if data is None else object_view(collection, data)
            if view is None:
                if views.pop(obj_id, None) is not None:
                    patch.append((collection, obj_id, None))
            elif views.get(obj_id) != view:
                views[obj_id] = view
                patch.append((collection, obj_id, view))
        self.ymirror.write(
            [(c, i, d) for c, i, d in items if c == MAP or c in COLLECTIONS], HOST_ORIGIN
        )
        if patch:
            self._seq += 1
            self._send_patch(patch)
        self._roster_from_views(patch)

    def _send_patch(self, patch: list[tuple[str, str, ObjectView | None]]) -> None:
        hidden = hidden_votes(self._views["votes"])
        # A vote hidden or revealed: each page gets that vote's dots as it may now see them.
        flipped = {obj_id for c, obj_id, _ in patch if c == "votes"}
        regrouped = [
            ("dots", dot_id, view)
            for dot_id, view in self._views["dots"].items()
            if view["vote"] in flipped
        ]
        shared: str | None = None
        for client in list(self.clients):
            if client.kind != "page" or client.participant is None:
                continue
            if regrouped or (hidden and any(c == "dots" for c, _, _ in patch)):
                mine = [
                    (c, i, v if visible_to(client.participant, c, v, hidden) else None)
                    for c, i, v in [*patch, *regrouped]
                ]
                self._queue(client, _patch_message(self._seq, mine))
            else:
                shared = shared or _patch_message(self._seq, patch)
                self._queue(client, shared)

    def _roster_from_views(self, patch: list[tuple[str, str, ObjectView | None]]) -> None:
        changed = False
        for collection, obj_id, view in patch:
            if collection != "participants" or obj_id not in self.roster.names:
                continue
            if view is None:
                self.roster.names.pop(obj_id, None)
            else:
                self.roster.names[obj_id] = str(view["name"])
            changed = True
        if changed:
            self._tell_roster()

    def _tell_roster(self) -> None:
        if self.on_roster is not None:
            self.on_roster(Roster(dict(self.roster.names), dict(self.roster.online)))

    def _queue(self, client: Client, message: str | bytes) -> None:
        if client.outbox.qsize() >= MAX_BACKLOG:
            log.warning("%s is too slow; cut off (it will resync on reconnecting)", client.address)
            asyncio.ensure_future(client.ws.close(1013, "too slow"))
            return
        client.outbox.put_nowait(message)

    def _y_changed(self, event: Any) -> None:
        message = create_update_message(event.update)
        for client in list(self.clients):
            if (
                client.kind == "peer"
                and client.participant is not None
                and client is not self._y_sender
            ):
                self._queue(client, message)

    # --- serving ------------------------------------------------------------------------------
    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._server = await serve(
            self._connection,
            list(self.addresses),
            self.port,
            process_request=self._http,
            max_size=MAX_FRAME_BYTES,
            max_queue=32,
            compression=None,  # no deflate: less CPU, no compression bombs
            ping_interval=20,
            ping_timeout=20,
            close_timeout=CLOSE_TIMEOUT,
            logger=logging.getLogger("mapstudio.session.websockets"),
        )
        self.port = self._server.sockets[0].getsockname()[1]
        log.info("session on %s port %d", ", ".join(self.addresses), self.port)

    async def stop(self) -> None:
        if self._server is None:
            return
        self._server.close(close_connections=False)
        closing = [c.ws.close(1001, "session ended") for c in list(self.clients)]
        with contextlib.suppress(Exception):
            await asyncio.wait_for(asyncio.gather(*closing, return_exceptions=True), CLOSE_TIMEOUT)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(self._server.wait_closed(), CLOSE_TIMEOUT)
        self._server = None

    def urls(self) -> list[str]:
        return [f"http://{_url_host(a)}:{self.port}/" for a in self.addresses]

    def _http(self, connection: ServerConnection, request: Request) -> Response | None:
        path = request.path.split("?", 1)[0]
        if path in ("/ws", "/y"):
            return None  # the WebSocket handshake goes on
        page = PAGE_FILES.get(path)
        if page is None or request.headers.get("Upgrade"):
            return _response(404, b"Not found\n", "text/plain; charset=utf-8")
        body = resource_path("session", page[0]).read_bytes()
        return _response(200, body, page[1])

    async def _connection(self, ws: ServerConnection) -> None:
        address = str(ws.remote_address[0]) if ws.remote_address else "?"
        path = ws.request.path.split("?", 1)[0] if ws.request else ""
        same_address = sum(1 for c in self.clients if c.address == address)
        if len(self.clients) >= MAX_CLIENTS or same_address >= MAX_CLIENTS_PER_ADDRESS:
            await _refuse(ws, "full")
            return
        client = Client(ws, "peer" if path == "/y" else "page", address)
        sender = asyncio.ensure_future(self._send_loop(client))
        try:
            if await self._admit(client):
                self.clients.add(client)
                if client.kind == "page":
                    await self._page(client)
                else:
                    await self._peer(client)
        except ConnectionClosed:
            pass
        except Exception:  # never let one connection stop the host
            log.exception("session connection from %s failed", address)
        finally:
            self.clients.discard(client)
            sender.cancel()
            self._went(client)

    async def _send_loop(self, client: Client) -> None:
        with contextlib.suppress(ConnectionClosed, asyncio.CancelledError):
            while True:
                await client.ws.send(await client.outbox.get())

    def _went(self, client: Client) -> None:
        gone = self.presence.forget(client)
        if gone is not None:
            for other in list(self.clients):
                if other.kind == "peer" and other.participant:
                    self._queue(other, gone)
            self._tell_presence()
        pid = client.participant
        if pid is None or pid not in self.roster.online:
            return
        self.roster.online[pid] -= 1
        if self.roster.online[pid] <= 0:
            del self.roster.online[pid]
        self._tell_roster()

    # --- joining ------------------------------------------------------------------------------
    async def _admit(self, client: Client) -> bool:
        """Read the first message: the join code and a name (or a page's token to resume)."""
        ws = client.ws
        if self.attempts.blocked(client.address):
            await _refuse(ws, "too_many_attempts")
            return False
        try:
            raw = await asyncio.wait_for(ws.recv(), JOIN_TIMEOUT)
            hello = intents.parse_message(raw if isinstance(raw, str) else raw.decode())
        except (TimeoutError, intents.Malformed, UnicodeDecodeError) as e:
            self._malformed(client, f"no join message ({e})")
            await ws.close(1008, "join first")
            return False
        wanted = "join" if client.kind == "page" else "hello"
        if hello.get("type") != wanted:
            self._malformed(client, "first message is not a join")
            await ws.close(1008, "join first")
            return False
        if not codes_match(hello.get("code"), self.code):
            self.attempts.failed(client.address)
            self.stats["wrong_codes"] += 1
            log.info("wrong join code from %s", client.address)
            await _refuse(ws, "wrong_code")
            return False
        token = hello.get("token")
        pid = self._tokens.get(token) if isinstance(token, str) else None
        if pid is not None and pid in self._removed:
            await _refuse(ws, "removed")
            return False
        if pid is None or not await self.access.call(lambda: self.access.doc.get(pid) is not None):
            name = hello.get("name")
            if not isinstance(name, str) or not " ".join(name.split()):
                await _refuse(ws, "name")
                return False
            name = " ".join(name.split())[:MAX_NAME_CHARS]
            if len(self._tokens) >= MAX_PARTICIPANTS:
                await _refuse(ws, "full")
                return False
            try:
                pid = await self.access.call(
                    lambda: self.access.push(edits.add_participant(self.access.doc, name))
                )
            except EditError:
                await _refuse(ws, "name")
                return False
            token = secrets.token_urlsafe(18)
            self._tokens[token] = pid
        client.participant = pid
        client.name = self.roster.names.get(pid) or str(hello.get("name", ""))[:MAX_NAME_CHARS]
        self.roster.names[pid] = client.name
        self.roster.online[pid] = self.roster.online.get(pid, 0) + 1
        self._tell_roster()
        welcome = {"type": "welcome", "you": pid, "token": token, "seq": self._seq}
        if client.kind == "page":
            welcome["view"] = self._snapshot_for(pid)
        await ws.send(json.dumps(welcome))
        log.info("%s joined from %s", pid, client.address)
        return True

    def _snapshot_for(self, pid: str) -> dict[str, Any]:
        hidden = hidden_votes(self._views["votes"])
        views = dict(self._views)
        if hidden:
            views["dots"] = {
                i: v for i, v in views["dots"].items() if visible_to(pid, "dots", v, hidden)
            }
        return snapshot(self._title, self._language, views)

    # --- a browser page -----------------------------------------------------------------------
    async def _page(self, client: Client) -> None:
        async for raw in client.ws:
            if client.participant in self._removed:
                break
            if not client.bucket.allow():
                self._queue(client, json.dumps({"type": "slow_down"}))
                continue
            try:
                message = intents.parse_message(raw)
            except intents.Malformed as e:
                if self._malformed(client, str(e)):
                    break
                continue
            ref = message.get("ref")
            ref = ref if isinstance(ref, (str, int)) and len(str(ref)) <= 40 else None
            answer = await self.access.call(lambda m=message: self._intent(client, m))
            answer["ref"] = ref
            if answer["type"] == "malformed":
                if self._malformed(client, answer.pop("reason")):
                    break
                continue
            self._queue(client, json.dumps(answer))

    def _intent(self, client: Client, message: dict[str, Any]) -> dict[str, Any]:
        """On the document's thread: the intent as a core edit pushed as one undo step."""
        pid = client.participant
        if pid is None or self.access.doc.get(pid) is None:
            return {"type": "refused", "message": "gone"}
        try:
            result = None
            for make in intents.steps_for(self.access.doc, pid, message):
                result = self.access.push(make())
        except intents.Malformed as e:
            return {"type": "malformed", "reason": str(e)}
        except intents.Refused as e:
            self.stats["refused"] += 1
            return {"type": "refused", "message": str(e), "code": e.code}
        except EditError as e:  # a rule the checks above did not foresee
            self.stats["refused"] += 1
            return {"type": "refused", "message": str(e), "code": ""}
        self.stats["applied"] += 1
        return {"type": "ack", "id": result if isinstance(result, str) else None}

    def _malformed(self, client: Client, reason: str) -> bool:
        """Log a dropped message; True when the client has sent too many and is cut off."""
        self.stats["malformed"] += 1
        client.malformed += 1
        log.warning("dropped a malformed message from %s: %s", client.address, reason[:200])
        if client.malformed >= MAX_MALFORMED:
            asyncio.ensure_future(client.ws.close(1008, "malformed messages"))
            return True
        return False

    # --- a MapStudio peer (Yjs) ---------------------------------------------------------------
    async def _peer(self, client: Client) -> None:
        self._queue(client, create_sync_message(self.ymirror.ydoc))
        present = self.presence.everyone()
        if present is not None:
            self._queue(client, present)
        async for raw in client.ws:
            if client.participant in self._removed:
                break
            if isinstance(raw, str) or not raw:
                if self._malformed(client, "a peer sends binary Yjs messages"):
                    break
                continue
            if not client.bucket.allow():
                await asyncio.sleep(1.0 / client.bucket.rate)  # slowed down, never dropped
            try:
                await self._peer_message(client, bytes(raw))
            except (ValueError, IndexError) as e:
                if self._malformed(client, str(e)):
                    break

    async def _peer_message(self, client: Client, raw: bytes) -> None:
        if raw[0] == YMessageType.AWARENESS:
            if len(raw) > MAX_AWARENESS_BYTES:
                raise ValueError("presence message too large")
            self.presence.apply(client, read_message(raw[1:]))
            for other in list(self.clients):  # presence: relayed to the other peers
                if other.kind == "peer" and other is not client and other.participant:
                    self._queue(other, raw)
            self._tell_presence()
            return
        if raw[0] != YMessageType.SYNC or len(raw) < 2:
            raise ValueError("unknown Yjs message")
        sync = raw[1:]
        if sync[0] == YSyncMessageType.SYNC_STEP1:
            reply = handle_sync_message(sync, self.ymirror.ydoc)
            if reply is not None:
                self._queue(client, reply)
            return
        if sync[0] not in (YSyncMessageType.SYNC_STEP2, YSyncMessageType.SYNC_UPDATE):
            raise ValueError("unknown Yjs sync message")
        update = read_message(sync[1:])
        if update == b"\x00\x00":
            return
        self._y_sender = client
        try:
            touched = self.ymirror.apply_remote(update, client.key)
        finally:
            self._y_sender = None
        if touched:
            await self.access.call(lambda: self._remote(client, touched))

    def _remote(self, client: Client, touched: dict[Key, ObjectData | None]) -> None:
        """On the document's thread: a peer's change as one undo step, or undone for everyone."""
        doc = self.access.doc
        try:
            remote = step_from_remote(doc, touched)
            check_remote(doc, remote)
            if remote.ops:
                self.access.push(remote)
                self.stats["applied"] += 1
            return
        except RemoteRefused as e:
            self.stats["refused"] += 1
            log.info("refused a change from %s: %s", client.address, str(e)[:200])
        for key in touched:  # put the host's values back into the shared document
            self._pending[key] = None
        self._collect()

    # --- the facilitator ----------------------------------------------------------------------
    def _tell_presence(self) -> None:
        if self.on_presence is not None:
            self.on_presence(self.presence.others())

    def set_host_presence(self, state: dict[str, Any]) -> None:
        """On the host's loop: the facilitator's name, colour and selection, for the peers."""
        message = self.presence.set_own(state)
        for client in list(self.clients):
            if client.kind == "peer" and client.participant:
                self._queue(client, message)

    def remove_participant(self, pid: str) -> None:
        """On the host's loop: send a participant away; their token no longer opens the door."""
        self._removed.add(pid)
        for client in list(self.clients):
            if client.participant == pid:
                asyncio.ensure_future(client.ws.close(1008, "removed"))
        self.roster.online.pop(pid, None)
        self.roster.names.pop(pid, None)
        self._tell_roster()


def _patch_message(seq: int, patch: list[tuple[str, str, ObjectView | None]]) -> str:
    return json.dumps({"type": "patch", "seq": seq, "changes": [list(p) for p in patch]})


async def _refuse(ws: ServerConnection, reason: str) -> None:
    with contextlib.suppress(ConnectionClosed):
        await ws.send(json.dumps({"type": "refused", "reason": reason}))
        await ws.close(1008, reason)


def _response(status: int, body: bytes, content_type: str) -> Response:
    headers = Headers({"Content-Type": content_type, "Content-Length": str(len(body))})
    for name, value in SECURITY_HEADERS.items():
        headers[name] = value
    reason = {200: "OK", 404: "Not Found"}.get(status, "")
    return Response(status, reason, headers, body)


def _url_host(address: str) -> str:
    return f"[{address}]" if ":" in address else address


def now() -> float:
    return time.monotonic()
