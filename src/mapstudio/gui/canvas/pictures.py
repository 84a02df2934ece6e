"""Pictures embedded in the map, decoded once and kept as pixmaps at the size they are shown.

Decoding a 1600-pixel JPEG takes ~10 ms: far too slow for ``paint()``. A pixmap is made per
picture and drawn size at first paint and kept (a small least-recently-used cache), at twice the
drawn size so that zooming in or a 150 dpi export stays sharp."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap

from mapstudio.core.model import Image

SHARPNESS = 2.0  # pixels per layout unit kept in the cache
_CACHE_SIZE = 256
_cache: OrderedDict[tuple[int, str, int, int], QPixmap] = OrderedDict()


def pixmap(image: Image, width: float, height: float) -> QPixmap | None:
    """``image`` scaled to ``width`` x ``height`` layout units (times ``SHARPNESS``), or None if
    its bytes cannot be decoded."""
    w, h = max(1, round(width * SHARPNESS)), max(1, round(height * SHARPNESS))
    key = (hash(image.data), image.mime, w, h)
    found = _cache.get(key)
    if found is not None:
        _cache.move_to_end(key)
        return found
    decoded = QImage.fromData(image.encoded())
    if decoded.isNull():
        return None
    if decoded.width() > w or decoded.height() > h:
        decoded = decoded.scaled(
            w, h, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    found = _cache[key] = QPixmap.fromImage(decoded)
    while len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return found


def draw(painter: QPainter, image: Image, target: QRectF) -> None:
    """``image`` drawn into ``target`` (layout units); a grey box when it cannot be decoded."""
    picture = pixmap(image, target.width(), target.height())
    if picture is None:
        painter.fillRect(target, Qt.GlobalColor.lightGray)
        return
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
    painter.drawPixmap(target, picture, QRectF(picture.rect()))
