"""PNG and SVG of the whole map, drawn by the canvas's own MapScene (what the screen shows)."""

from __future__ import annotations

import math
import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from mapstudio.export.paper import OptionError
from mapstudio.io import write_atomic
from mapstudio.model import JourneyMap

MAX_PIXELS = 400_000_000  # about 1.6 GB of RGBA: beyond that the machine may run out of memory
MAX_SIDE = 32_767  # QImage's own limit per side


def ensure_app() -> None:
    """An application object for painting text (the editor has one already)."""
    from PySide6.QtWidgets import QApplication

    if QCoreApplication.instance() is None:
        # headless (command line): never needs, nor opens, a connection to a display
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QApplication(["mapstudio-export"])


def _scene(doc_or_map: object):  # -> MapScene
    from mapstudio.canvas.scene import MapScene
    from mapstudio.document import MapDocument

    ensure_app()
    doc = doc_or_map if isinstance(doc_or_map, MapDocument) else MapDocument(doc_or_map)  # type: ignore[arg-type]
    scene = MapScene(doc)
    flush = getattr(scene, "flush", None)
    if callable(flush):
        flush()
    return scene


def image_size(source: QRectF, dpi: float) -> QSize:
    k = dpi / 72.0  # layout units are points
    return QSize(max(1, math.ceil(source.width() * k)), max(1, math.ceil(source.height() * k)))


def render_image(doc_or_map: object, dpi: float = 150) -> QImage:
    """The whole map as an image at ``dpi`` (one layout unit is one point)."""
    scene = _scene(doc_or_map)
    source = scene.map_rect()
    size = image_size(source, dpi)
    if (
        size.width() > MAX_SIDE
        or size.height() > MAX_SIDE
        or size.width() * size.height() > MAX_PIXELS
    ):
        raise OptionError(
            QCoreApplication.translate(
                "Export", "At %1 dpi the image would be %2 x %3 pixels: choose a lower resolution."
            )
            .replace("%1", f"{dpi:g}")
            .replace("%2", str(size.width()))
            .replace("%3", str(size.height()))
        )
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    return image


def png_bytes(doc_or_map: object, dpi: float = 150) -> tuple[bytes, tuple[int, int]]:
    image = render_image(doc_or_map, dpi)
    return encode_png(image), (image.width(), image.height())


def encode_png(image: QImage) -> bytes:
    """PNG bytes of ``image`` (safe in a worker thread: QImage is reentrant)."""
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    buf.close()
    return bytes(data.data())


def svg_bytes(doc_or_map: object, title: str = "") -> tuple[bytes, tuple[int, int]]:
    from PySide6.QtSvg import QSvgGenerator

    scene = _scene(doc_or_map)
    source = scene.map_rect()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    gen.setSize(QSize(math.ceil(source.width()), math.ceil(source.height())))
    gen.setViewBox(QRectF(0, 0, source.width(), source.height()))
    gen.setResolution(72)
    gen.setTitle(title)
    gen.setDescription(
        QCoreApplication.translate("Export", "Customer journey map made with MapStudio")
    )
    painter = QPainter(gen)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    buf.close()
    return bytes(data.data()), (math.ceil(source.width()), math.ceil(source.height()))


def export_image(
    m: JourneyMap | object, path: str | os.PathLike[str], dpi: float = 150
) -> tuple[int, int]:
    """Write a PNG (at ``dpi``) or an SVG, chosen by the extension, atomically."""
    if Path(path).suffix.lower() == ".svg":
        title = getattr(getattr(m, "map", m), "title", "")
        data, size = svg_bytes(m, title)
    else:
        data, size = png_bytes(m, dpi)
    write_atomic(path, data)
    return size


def copy_map_image(doc: object, dpi: float = 144) -> None:
    """Put the whole map on the clipboard as an image (at most 8,000 pixels a side)."""
    from PySide6.QtGui import QGuiApplication

    scene_rect = _scene(doc).map_rect()
    longest = max(scene_rect.width(), scene_rect.height(), 1.0)
    dpi = min(dpi, 8000 * 72.0 / longest)
    QGuiApplication.clipboard().setImage(render_image(doc, dpi))
