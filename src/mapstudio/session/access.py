"""How the session host reaches the map: on the thread that owns the document.

The host's network side runs on an asyncio loop. Headless, the document lives on that same loop
(:class:`LoopAccess`); in the editor it lives on the GUI thread, and the editor supplies an
access that posts work there and pushes steps on the window's undo stack.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, TypeVar

from mapstudio.core.document import Document
from mapstudio.core.history import History, Step

T = TypeVar("T")


class MapAccess(Protocol):
    doc: Document

    def call(self, fn: Callable[[], T]) -> Awaitable[T]:
        """Run ``fn`` on the document's thread; awaited on the host's loop."""
        ...

    def soon(self, fn: Callable[[], None]) -> None:
        """On the document's thread: run ``fn`` there a little later (once the step is whole)."""
        ...

    def push(self, step: Step) -> Any:
        """On the document's thread: apply ``step`` as one undo step; returns its result."""
        ...


class LoopAccess:
    """The document lives on the host's own loop (the headless host, tests)."""

    def __init__(self, doc: Document, loop: asyncio.AbstractEventLoop) -> None:
        self.doc = doc
        self.history = History(doc)
        self._loop = loop

    async def _now(self, fn: Callable[[], T]) -> T:
        return fn()

    def call(self, fn: Callable[[], T]) -> Awaitable[T]:
        return self._now(fn)

    def soon(self, fn: Callable[[], None]) -> None:
        self._loop.call_soon(fn)

    def push(self, step: Step) -> Any:
        return self.history.push(step)
