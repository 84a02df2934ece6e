"""Pictures brought onto the canvas: image files dropped on a card (its picture) or on a cell (a
new card with the picture), and images pasted from the clipboard (a mixin of MapCanvas).

Every picture goes through ``files.images`` (checked, scaled down, encoded again); a file that
is not a usable image is refused with one sentence and changes nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData

from mapstudio.core.model import Card, LaneKind
from mapstudio.gui import commands

if TYPE_CHECKING:  # the rest is read at the first drop or paste, not before the first paint
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent

    from mapstudio.core.model import Image

# Literal context and text at each call, so pyside6-lupdate extracts them.
translate = QCoreApplication.translate

Cell = tuple[str, str]
_ENCODED = ("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp")


def has_image(mime: QMimeData | None) -> bool:
    """Whether ``mime`` carries a picture: a local file, encoded bytes or an image."""
    if mime is None:
        return False
    if any(url.isLocalFile() for url in mime.urls()):
        return True
    return mime.hasImage() or any(mime.hasFormat(f) for f in _ENCODED)


def image_from_mime(mime: QMimeData) -> Image:
    """The picture ``mime`` carries, ready to embed. Raises ``ImageError`` only."""
    # here, not at the top: Qt builds a class's Python enums when the class is first touched
    from PySide6.QtGui import QImage

    from mapstudio.files.images import ImageError, image_from_bytes, read_image_file

    files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
    if files:
        return read_image_file(files[0])
    for fmt in _ENCODED:  # the program's own bytes (a JPEG stays a JPEG)
        if mime.hasFormat(fmt):
            return image_from_bytes(bytes(mime.data(fmt).data()))
    picture = mime.imageData()
    if isinstance(picture, QImage) and not picture.isNull():
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        picture.save(buffer, "PNG")
        return image_from_bytes(bytes(data.data()))
    raise ImageError(translate("MapCanvas", "there is no image to use"))


class CanvasDrops:
    """Drag and drop of pictures; relies on MapCanvas's state and editing helpers."""

    def place_image(self, mime: QMimeData, card_id: str | None, cell: Cell | None) -> str | None:
        """Give the card ``card_id`` the picture in ``mime``, or add a card holding it to
        ``cell`` (one undo step). Returns the card's id; a refused picture is a message."""
        if not self.is_editable():
            return None
        if card_id is None and cell is not None:
            row = self._scene.geometry.row(cell[1])
            if row.kind is LaneKind.EMOTIONS or row.collapsed:
                cell = None
        if card_id is None and cell is None:
            self.message.emit(
                translate("MapCanvas", "Drop or paste a picture on a card or in a cell of a lane.")
            )
            return None
        from mapstudio.files.images import ImageError, check_room

        try:
            image = image_from_mime(mime)
            check_room(self.doc.map, image)
        except ImageError as e:
            self.message.emit(str(e)[:1].upper() + str(e)[1:] + ".")
            return None
        if card_id is not None:
            self.run_command(commands.update, self.doc, card_id, {"image": image})
        else:
            card_id = self.run_command(commands.add_card, self.doc, cell[0], cell[1], image=image)
        if card_id:
            self.select_ids([card_id])
        return card_id

    def _drop_target(self, event: QDropEvent) -> tuple[str | None, Cell | None]:
        hit = self._hit(event.position().toPoint())
        if hit.kind == "card" and isinstance(self.doc.get(hit.obj_id), Card):
            return hit.obj_id, hit.cell
        if hit.kind == "cell":
            return None, hit.cell
        return None, None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if has_image(event.mimeData()) and not self.doc.read_only:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        card_id, cell = self._drop_target(event)
        if card_id or cell:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        card_id, cell = self._drop_target(event)
        if self.place_image(event.mimeData(), card_id, cell):
            event.acceptProposedAction()
        else:
            event.ignore()
