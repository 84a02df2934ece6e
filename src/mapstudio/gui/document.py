"""MapDocument: the editor's handle on one map, a Qt adapter over the core's Document.

It adds what the window needs: a file path, a read-only flag, a QUndoStack (so undo joins the
window's QUndoGroup and Edit menu), and Qt signals: ``changed(Change)`` after every primitive
the core applies, so views update only what changed. Queries are the core document's.
"""

from __future__ import annotations

import weakref
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from mapstudio.core.document import Document
from mapstudio.core.model import EmotionPoint, JourneyMap, Lane, MetricValue, Stage
from mapstudio.core.operations import (  # re-exported: the GUI's names for the core's
    COLLECTIONS,
    MAP,
    Cell,
    Change,
    EditError,
    Insert,
    Op,
    Remove,
    SetOrders,
    Update,
)

__all__ = [
    "COLLECTIONS",
    "MAP",
    "Cell",
    "Change",
    "EditError",
    "Insert",
    "MapDocument",
    "Op",
    "Remove",
    "SetOrders",
    "Update",
]


class MapDocument(QObject):
    changed = Signal(object)  # Change
    path_changed = Signal()

    def __init__(self, journey_map: JourneyMap, path: str | Path | None = None) -> None:
        super().__init__()
        self.core = Document(journey_map)
        # Weak: the core document must not keep this QObject (and its items) alive.
        this = weakref.ref(self)

        def forward(change: Change) -> None:
            doc = this()
            if doc is not None:
                doc.changed.emit(change)

        self.core.subscribe(forward)
        self._path = Path(path) if path else None
        self.undo_stack = QUndoStack(self)
        self.read_only = False  # set for files from a newer version or locked by another process

    # --- identity -------------------------------------------------------------------------
    @property
    def map(self) -> JourneyMap:
        return self.core.map

    @property
    def path(self) -> Path | None:
        return self._path

    def set_path(self, path: str | Path | None) -> None:
        self._path = Path(path) if path else None
        self.path_changed.emit()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    # --- queries (the core document's) ----------------------------------------------------
    def get(self, obj_id: str) -> Any | None:
        return self.core.get(obj_id)

    def collection_of(self, obj_id: str) -> str | None:
        return self.core.collection_of(obj_id)

    def stages(self) -> list[Stage]:
        return self.core.stages()

    def lanes(self) -> list[Lane]:
        return self.core.lanes()

    def cards_in_cell(self, stage_id: str, lane_id: str) -> list[Any]:
        return self.core.cards_in_cell(stage_id, lane_id)

    def metrics_in_cell(self, stage_id: str, lane_id: str) -> list[MetricValue]:
        return self.core.metrics_in_cell(stage_id, lane_id)

    def emotion_point(self, persona_id: str, stage_id: str, curve: str) -> EmotionPoint | None:
        return self.core.emotion_point(persona_id, stage_id, curve)

    def is_taken(self, obj_id: str) -> bool:
        return self.core.is_taken(obj_id)

    def new_id(self, prefix: str) -> str:
        return self.core.new_id(prefix)
