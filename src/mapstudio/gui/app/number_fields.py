"""The inspector's number editors: votes and emotion scores.

Kept apart from ``form_fields`` and imported with the first form that shows one: a window
opening a map shows only the map's form, and Qt's spin box classes (built for Python at their
first use, with their enums) would cost start-up 0.5 % for nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget

from mapstudio.core.model import to_half_point

__all__ = ["HalfPointField", "NumberField"]


class NumberField(QSpinBox):
    edited = Signal(object)

    def __init__(self, low: int, high: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(low, high)
        self._loading = False
        self.valueChanged.connect(lambda v: None if self._loading else self.edited.emit(v))

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.setValue(int(value or 0))
        finally:
            self._loading = False


class HalfPointField(QDoubleSpinBox):
    """An emotion score: whole or half points (the arrows step by a half; a typed 1.3 is
    taken as 1.5, the nearest half point). Reported when the typing ends, not per key."""

    edited = Signal(object)

    def __init__(self, low: float, high: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(1)
        self.setSingleStep(0.5)
        self.setRange(low, high)
        self.setKeyboardTracking(False)
        self._loading = False
        self.valueChanged.connect(self._changed)

    def _changed(self, value: float) -> None:
        if self._loading:
            return
        snapped = to_half_point(value)
        if snapped != value:
            self.set_value(snapped)
        self.edited.emit(snapped)

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self.setValue(float(value or 0))
        finally:
            self._loading = False
