"""The picture of a card or the photo of a persona in a side panel: a thumbnail, Choose and
Remove buttons, and the text alternative.

Like the other field editors it reports a user edit through ``edited(value)`` (an ``Image`` or
None) and loads with ``set_value`` without emitting. A file that is not a usable image is
reported through ``refused(message)`` and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mapstudio.core.model import Image
from mapstudio.files.images import ImageError, read_image_file

THUMBNAIL = 96  # pixels, the longest side


class ImageField(QWidget):
    edited = Signal(object)
    refused = Signal(str)
    session_break = Signal()  # a new picture (or none) is its own undo step, not a typing merge

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: Image | None = None
        # Raises ImageError when a picture may not be added (set by the panel: the file limit).
        self.check: Callable[[Image], None] | None = None
        self.preview = QLabel()
        self.preview.setObjectName("ImagePreview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setObjectName("ImageChoose")
        self.choose.clicked.connect(self._choose_file)
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setObjectName("ImageRemove")
        self.remove.clicked.connect(self._remove)
        self.alt = QLineEdit()
        self.alt.setObjectName("ImageAlt")
        self.alt.setMaxLength(200)
        self.alt.setPlaceholderText(self.tr("Describe the picture for those who cannot see it"))
        self.alt.textEdited.connect(self._alt_edited)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.choose)
        buttons.addWidget(self.remove)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.preview)
        box.addLayout(buttons)
        box.addWidget(self.alt)
        self._show()

    def set_value(self, value: Any) -> None:
        if value is not self._value:
            self._value = value
            self._show()

    def value(self) -> Image | None:
        return self._value

    def load_file(self, path: str) -> bool:
        """Use the picture in the file at ``path`` (what Choose does after its dialog)."""
        try:
            image = read_image_file(path, self._value.alt if self._value else "")
            if self.check is not None:
                self.check(image)
        except ImageError as e:
            self.refused.emit(str(e)[:1].upper() + str(e)[1:] + ".")
            return False
        self._emit(image)
        return True

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def _remove(self) -> None:
        if self._value is not None:
            self._emit(None)

    def _emit(self, image: Image | None) -> None:
        self.session_break.emit()
        self._value = image
        self._show()
        self.edited.emit(image)
        self.session_break.emit()

    def _alt_edited(self, text: str) -> None:
        if self._value is not None:
            self._value = self._value.model_copy(update={"alt": text})
            self.edited.emit(self._value)

    def _show(self) -> None:
        image = self._value
        self.remove.setEnabled(image is not None)
        self.alt.setEnabled(image is not None)
        if self.alt.text() != (image.alt if image else ""):
            self.alt.setText(image.alt if image else "")
        if image is None:
            self.preview.clear()
            self.preview.setText(self.tr("No picture"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(image.encoded())
        if pixmap.isNull():
            self.preview.setText(self.tr("The picture cannot be shown"))
            return
        self.preview.setPixmap(
            pixmap.scaled(
                THUMBNAIL,
                THUMBNAIL,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
