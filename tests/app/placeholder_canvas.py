"""A thin stand-in for mapstudio.gui.canvas.view.MapCanvas, used only while the canvas track has
not landed: it implements the contract in docs/architecture.md with no drawing."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView

PLACEHOLDER = True


class MapCanvas(QGraphicsView):
    selection_changed = Signal()
    zoom_changed = Signal(float)

    def __init__(self, doc, parent=None) -> None:
        super().__init__(parent)
        self.doc = doc
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._selected: list[str] = []
        self._cell = None
        self._zoom = 1.0
        self.persona = None
        self.curve = None
        self.found: list[str] = []

    def map_scene(self):
        return self._scene

    def selected_ids(self) -> list[str]:
        return [i for i in self._selected if self.doc.get(i) is not None]

    def select_ids(self, ids) -> None:
        self._selected = list(ids)
        self.selection_changed.emit()

    def select_all_cards(self) -> None:
        self.select_ids([c.id for c in self.doc.map.cards])

    def current_cell(self):
        return self._cell

    def set_current_cell(self, cell) -> None:  # test helper only
        self._cell = cell

    def edit_selected(self) -> None:
        pass

    def zoom_factor(self) -> float:
        return self._zoom

    def _set_zoom(self, z: float) -> None:
        self._zoom = z
        self.zoom_changed.emit(z)

    def zoom_in(self) -> None:
        self._set_zoom(self._zoom * 1.25)

    def zoom_out(self) -> None:
        self._set_zoom(self._zoom / 1.25)

    def zoom_reset(self) -> None:
        self._set_zoom(1.0)

    def fit_all(self) -> None:
        self._set_zoom(0.5)

    def find(self, text: str) -> int:
        self.found = [c.id for c in self.doc.map.cards if text.lower() in c.text.lower()]
        return len(self.found)

    def find_next(self) -> None:
        pass

    def find_previous(self) -> None:
        pass

    def clear_find(self) -> None:
        self.found = []

    def set_current_persona(self, persona_id) -> None:
        self.persona = persona_id

    def set_current_curve(self, curve) -> None:
        self.curve = curve
