"""Session > Join in the editor: the whole shared map, co-edited live as a MapStudio peer.

The peer (``session.peer.Peer``) and its Y document live on a worker thread's loop. The map
opens as an untitled document (Save As keeps a copy). Own edits go on the map's undo stack and
into the Y document; others' changes arrive as one step each, applied outside the undo stack,
so Undo undoes one's own edits only; an undo step that a remote change made impossible (its
card deleted by someone else) is dropped with the rest of the stack. Through a dropped
connection the peer retries with its token; edits made meanwhile merge when it is back.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from mapstudio.core.model import new_id
from mapstudio.core.operations import COLLECTIONS, MAP, Change
from mapstudio.gui.app.live_session import session_thread_ended, session_thread_started
from mapstudio.gui.commands import EditCommand
from mapstudio.gui.document import MapDocument
from mapstudio.session.peer import Peer
from mapstudio.session.ybridge import (
    Key,
    ObjectData,
    RemoteRefused,
    check_remote,
    map_fields,
    map_of,
    step_from_remote,
)

log = logging.getLogger("mapstudio.session")
QUEUED = Qt.ConnectionType.QueuedConnection  # signals emitted on the worker thread
RETRY_SECONDS = 1.5


class JoinedMap(QObject):
    """One joined session: ``opened(MapDocument)`` once the map has arrived, then live."""

    opened = Signal(object)
    failed = Signal(str)
    connection = Signal(bool)  # online or not
    _remote = Signal(object)  # touched objects, to the GUI thread
    presence_changed = Signal(object)  # awareness id -> state of the others
    finished = Signal()  # the worker thread is done

    def __init__(self, url: str, code: str, name: str) -> None:
        super().__init__()
        self.peer = Peer(url, code, name)
        self.doc: MapDocument | None = None
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._run, name="live-peer", daemon=True)
        self._pending: dict[Key, None] = {}
        self._applying_remote = False
        self._unapplied: dict[Key, ObjectData | None] = {}
        self._stopping = False
        self._remote.connect(self._apply_remote, Qt.ConnectionType.QueuedConnection)
        self.finished.connect(session_thread_ended, QUEUED)

    def start(self) -> None:
        session_thread_started()
        self._thread.start()

    # --- the worker's loop ----------------------------------------------------------------------
    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.run_until_complete(self._first())
        if self._stopping:
            self._loop.close()
            self.finished.emit()
            return
        self._loop.run_forever()
        with contextlib.suppress(Exception):
            self._loop.run_until_complete(self.peer.drop())
        self._loop.close()
        self.finished.emit()

    async def _first(self) -> None:
        try:
            joined = await self.peer.connect()
            if joined:
                await asyncio.wait_for(self.peer.synced.wait(), 10)
        except (OSError, TimeoutError) as e:
            self._stopping = True
            self.failed.emit(str(e) or type(e).__name__)
            return
        if not joined:
            self._stopping = True
            self.failed.emit(str((self.peer.refusal or {}).get("reason", "refused")))
            return
        try:
            journey_map = map_of(self.peer.mirror, new_id("live"))
        except ValueError as e:
            self._stopping = True
            self.failed.emit(str(e)[:200])
            return
        self.peer.on_remote = self._remote.emit
        self.peer.on_lost = self._lost
        self.peer.on_presence = self.presence_changed.emit
        self.opened.emit(journey_map)

    def _lost(self) -> None:
        self.connection.emit(False)
        if not self._stopping:
            self._loop.call_later(RETRY_SECONDS, lambda: asyncio.ensure_future(self._reconnect()))

    async def _reconnect(self) -> None:
        if self._stopping:
            return
        try:
            if await self.peer.connect():
                self.connection.emit(True)
                return
        except (OSError, TimeoutError):
            pass
        if self.peer.refusal is None or self.peer.refusal.get("reason") not in ("removed",):
            self._loop.call_later(RETRY_SECONDS, lambda: asyncio.ensure_future(self._reconnect()))

    # --- the GUI thread ---------------------------------------------------------------------------
    def attach(self, doc: MapDocument) -> None:
        """The opened map's document: its changes go to the others from now on."""
        self.doc = doc
        doc.core.subscribe(self._changed)

    def attach_canvas(self, canvas: Any) -> None:
        """Show the others' selections on ``canvas`` and tell them ours."""
        from mapstudio.gui.app.live_presence import PresenceOverlay

        self.overlay = PresenceOverlay(canvas.map_scene())
        self.presence_changed.connect(self.overlay.show_states, QUEUED)
        canvas.selection_changed.connect(lambda: self._tell_selection(canvas.selected_ids()))
        self._tell_selection([])

    def _tell_selection(self, ids: list[str]) -> None:
        if self.doc is None or self._stopping:
            return
        me = self.doc.core.get(self.peer.you or "")
        state = {
            "name": getattr(me, "name", self.peer.name),
            "colour": getattr(me, "colour", "#7f7f7f"),
            "selected": list(ids)[:200],
        }
        self._loop.call_soon_threadsafe(self.peer.set_presence, state)

    def _changed(self, change: Change) -> None:
        if self._applying_remote or self._stopping:
            return
        if not self._pending:  # once per event-loop turn, whatever the step changed
            QTimer.singleShot(0, self, self._flush)
        if change.collection == MAP:
            self._pending[(MAP, MAP)] = None
        else:
            for obj_id in change.ids:
                self._pending[(change.collection, obj_id)] = None

    def _flush(self) -> None:
        if self.doc is None or not self._pending:
            return
        core = self.doc.core
        items: list[tuple[str, str, ObjectData | None]] = []
        for collection, obj_id in self._pending:
            if collection == MAP:
                items.append((MAP, MAP, map_fields(core)))
            elif collection in COLLECTIONS:
                obj = core.get(obj_id)
                items.append(
                    (collection, obj_id, None if obj is None else obj.model_dump(mode="json"))
                )
        self._pending.clear()
        if not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self.peer.write_many, items)

    def _apply_remote(self, touched: dict[Key, ObjectData | None]) -> None:
        doc = self.doc
        if doc is None:
            return
        # What could not be applied yet (a card whose stage has not arrived, or that a change
        # of ours refused) is tried again with each later change, its newer values first.
        touched = {**self._unapplied, **touched}
        try:
            remote = step_from_remote(doc.core, touched)
            check_remote(doc.core, remote)
        except RemoteRefused as e:  # the host corrects it, or what it needs comes next
            log.info("a shared change is not applied here yet: %s", e)
            self._unapplied = touched
            return
        self._unapplied = {}
        if not remote.ops:
            return
        self._applying_remote = True
        try:
            remote.apply(doc.core)  # not an undo step: Undo undoes one's own edits only
        finally:
            self._applying_remote = False
        self._forget_undo_over({key[1] for key in touched})

    def _forget_undo_over(self, ids: set[str]) -> None:
        """Own undo steps that touch what someone else just changed could no longer be undone
        exactly: the stack is cleared rather than let one fail half way."""
        assert self.doc is not None
        stack = self.doc.undo_stack
        for i in range(stack.count()):
            command: Any = stack.command(i)
            if isinstance(command, EditCommand) and ids & _ids_of(command):
                stack.clear()
                return

    def stop(self) -> None:
        if self._stopping:
            return
        self._stopping = True
        if self.doc is not None:
            with contextlib.suppress(ValueError):
                self.doc.core.unsubscribe(self._changed)
        if self._thread.is_alive() and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._loop.stop)


def _ids_of(command: EditCommand) -> set[str]:
    ids: set[str] = set()
    for op in command.step.ops:
        obj = getattr(op, "obj", None)
        ids.add(obj.id if obj is not None else getattr(op, "id", ""))
        ids.update(getattr(op, "orders", {}) or {})
    return ids
