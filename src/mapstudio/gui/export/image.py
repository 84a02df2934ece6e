"""PNG and SVG of the whole map, drawn by the canvas's own MapScene (what the screen shows)."""

from __future__ import annotations

import gc
import math
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from queue import Empty, SimpleQueue

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from mapstudio.core.model import JourneyMap
from mapstudio.files import write_atomic
from mapstudio.poster.paper import OptionError

MAX_PIXELS = 400_000_000  # about 1.6 GB of RGBA: beyond that the machine may run out of memory
MAX_SIDE = 32_767  # QImage's own limit per side
# A streamed PNG is never one QImage: only its width is (each band is one); PNG's own limit.
PNG_MAX_HEIGHT = 2**31 - 1
# With progress wanted, large images are drawn in steps of about this many pixels (a few tenths
# of a second each) so progress and Cancel answer; each step costs ~35 ms of overhead, so few.
BAND_PIXELS = 30_000_000
MAX_BANDS = 8


class RenderCancelled(Exception):
    """The user cancelled while the image was being drawn."""


def ensure_app() -> None:
    """An application object for painting text (the editor has one already)."""
    from PySide6.QtWidgets import QApplication

    if QCoreApplication.instance() is None:
        # headless (command line): never needs, nor opens, a connection to a display
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Qt's raster engine hands every fill of more than about 96 spans (a card, a badge's
        # pill, a lane) to its GUI thread pool and waits for it: at 2,000 cards that is about
        # 50,000 thread switches and 0.2 s of system time for no gain, since the export keeps
        # the other cores busy with its own encoder threads (or has none to spare: see
        # pngstream.encoder_threads). The same pixels, drawn in place.
        os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
        QApplication(["mapstudio-export"])


def _scene(doc_or_map: object):  # -> MapScene
    from mapstudio.gui.canvas.headers import LaneHeaderItem
    from mapstudio.gui.canvas.scene import MapScene
    from mapstudio.gui.document import MapDocument
    from mapstudio.layout.source import for_export

    ensure_app()
    m = doc_or_map.map if isinstance(doc_or_map, MapDocument) else doc_or_map
    shown = for_export(m)  # type: ignore[arg-type]
    doc = doc_or_map if shown is m and isinstance(doc_or_map, MapDocument) else MapDocument(shown)
    scene = MapScene(doc)
    scene.flush()  # build every item now: an export paints at once, before any event loop turn
    for item in scene.items():  # an image is a print, not the editor: no collapse controls
        if isinstance(item, LaneHeaderItem):
            item.show_chevron = False
    return scene


def image_size(source: QRectF, dpi: float) -> QSize:
    k = dpi / 72.0  # layout units are points
    return QSize(max(1, math.ceil(source.width() * k)), max(1, math.ceil(source.height() * k)))


def render_image(
    doc_or_map: object,
    dpi: float = 150,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> QImage:
    """The whole map as an image at ``dpi`` (one layout unit is one point).

    With ``progress`` or ``cancel``, a large image is drawn in horizontal bands:
    ``progress(done, total)`` after each band, ``cancel()`` before each (RenderCancelled when it
    returns True), so a caller on the GUI thread keeps a progress dialog alive meanwhile."""
    check_fits(doc_or_map, dpi)
    scene = _scene(doc_or_map)
    source = scene.map_rect()
    size = image_size(source, dpi)
    _check_size(size, dpi)
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDotsPerMeterX(round(dpi / 0.0254))
    image.setDotsPerMeterY(round(dpi / 0.0254))
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    try:
        _render_bands(scene, painter, source, size, progress, cancel)
    finally:
        painter.end()
    return image


def check_image_size(area: QRectF, dpi: float, max_height: int = MAX_SIDE) -> None:
    """Refuse (OptionError naming the largest dpi that fits) an ``area`` of points too large
    for one image at ``dpi`` (``max_height``: ``PNG_MAX_HEIGHT`` for a streamed PNG)."""
    _check_size(image_size(area, dpi), dpi, max_height)


def _check_size(size: QSize, dpi: float, max_height: int = MAX_SIDE) -> None:
    width, height = size.width(), size.height()
    if width > MAX_SIDE or height > max_height or width * height > MAX_PIXELS:
        raise OptionError(
            QCoreApplication.translate(
                "Export",
                "At %1 dpi the image would be at least %2 x %3 pixels, too large for one image:"
                " choose %4 dpi or less, or export a PDF poster.",
            )
            .replace("%1", f"{dpi:g}")
            .replace("%2", str(width))
            .replace("%3", str(height))
            .replace("%4", str(largest_dpi(width * 72.0 / dpi, height * 72.0 / dpi, max_height)))
        )


def largest_dpi(width: float, height: float, max_height: int = MAX_SIDE) -> int:
    """The largest whole dpi at which a ``width`` x ``height`` point area fits in one image."""
    width, height = max(width, 1.0), max(height, 1.0)
    fits = min(MAX_SIDE / width, max_height / height, math.sqrt(MAX_PIXELS / (width * height)))
    return max(1, math.floor(fits * 72.0 * 0.999))  # a hair under: ceil() of the sides


def check_fits(doc_or_map: object, dpi: float, max_height: int = MAX_SIDE) -> None:
    """Refuse at once (OptionError naming the largest dpi that fits) a map that cannot fit in
    one image at ``dpi``, judged from a lower bound of its size: no layout, no text fitting,
    so a 100,000-card map is refused in well under a second."""
    from mapstudio.layout.grid import least_size

    journey_map = getattr(doc_or_map, "map", doc_or_map)
    width, height = least_size(journey_map)  # type: ignore[arg-type]
    check_image_size(QRectF(0, 0, width, height), dpi, max_height)


def _render_bands(
    scene: object,
    painter: QPainter,
    source: QRectF,
    size: QSize,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    pixels = size.width() * size.height()
    wanted = 1 if progress is None and cancel is None else math.ceil(pixels / BAND_PIXELS)
    rows = math.ceil(size.height() / max(1, min(MAX_BANDS, wanted)))
    bands = math.ceil(size.height() / rows)
    scale_y = size.height() / source.height() if source.height() else 1.0
    for band in range(bands):
        if cancel is not None and cancel():
            raise RenderCancelled
        top = band * rows
        height = min(rows, size.height() - top)
        target = QRectF(0, top, size.width(), height)
        part = QRectF(source.x(), source.y() + top / scale_y, source.width(), height / scale_y)
        scene.render(painter, target, part, Qt.AspectRatioMode.IgnoreAspectRatio)
        if progress is not None:
            progress(band + 1, bands)


# A band of the streamed PNG: about 8 million pixels (32 MB drawn, 24 MB of scanlines; four
# bands and two scanline buffers at most are held). Each band costs about 30 ms of drawing
# overhead (the scene paints every item near it), so fewer, larger bands are faster; smaller
# ones hold less memory.
PNG_BAND_PIXELS = 8_000_000
# Bands are drawn opaque (the image is, on white): Qt's raster engine draws into RGB32 about a
# third faster than into premultiplied ARGB32, with the same pixels (and faster than into RGB888,
# whose pixels differ).
BAND_FORMAT = QImage.Format.Format_RGB32
# While bands are drawn and encoded, threads hand Python's lock to each other often: the
# encoders need it only for a moment per band, and waiting the default 5 ms for the drawing
# thread to let go of it left a core idle.
EXPORT_SWITCH_INTERVAL = 0.0005


def write_png(
    doc_or_map: object,
    path: str | os.PathLike[str],
    dpi: float = 150,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> tuple[int, int]:
    """Write the whole map as a PNG at ``dpi``, atomically, and return its size in pixels.

    The map is drawn in bands that go straight to the encoder (``pngstream``), which
    compresses them on the other cores while the next band is drawn (with more than two
    processors; else each in turn): the whole image is never in memory. ``progress(done, total)`` after each band; ``cancel()`` before each
    (RenderCancelled, and the file is left as it was)."""
    check_fits(doc_or_map, dpi, PNG_MAX_HEIGHT)
    # What exists now (the map, the modules) is left out of Python's cycle collections while
    # the scene is built and drawn: a full collection walked all of it again (30 ms at 2,000
    # cards). The scene itself is still collected when it is let go.
    gc.freeze()
    try:
        scene = _scene(doc_or_map)
    finally:
        gc.unfreeze()
    source = scene.map_rect()
    size = image_size(source, dpi)
    _check_size(size, dpi, PNG_MAX_HEIGHT)
    width, height = size.width(), size.height()
    rows = max(1, min(height, PNG_BAND_PIXELS // width))
    dots_per_metre = round(dpi / 0.0254)  # fonts sized in points follow the image's dpi
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(min(switch_interval, EXPORT_SWITCH_INTERVAL))
    try:
        _stream_bands(
            scene, path, source, width, height, rows, dots_per_metre, dpi, progress, cancel
        )
    finally:
        sys.setswitchinterval(switch_interval)
    return width, height


def _stream_bands(
    scene: object,
    path: str | os.PathLike[str],
    source: QRectF,
    width: int,
    height: int,
    rows: int,
    dots_per_metre: int,
    dpi: float,
    progress: Callable[[int, int], None] | None,
    cancel: Callable[[], bool] | None,
) -> None:
    from mapstudio.files.atomic import atomic_writer
    from mapstudio.gui.export.pngstream import PngStream

    bands = math.ceil(height / rows)
    scale_y = height / source.height() if source.height() else 1.0
    covered = scene.backgroundBrush().isOpaque()  # type: ignore[attr-defined]
    images = BandImages(width, dots_per_metre, covered)
    with atomic_writer(path) as out:
        stream = PngStream(out, width, height, dpi)
        try:
            for index in range(bands):
                if cancel is not None and cancel():
                    raise RenderCancelled
                top = index * rows
                tall = min(rows, height - top)
                band = images.take(tall)
                painter = QPainter(band)
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
                part = QRectF(
                    source.x(), source.y() + top / scale_y, source.width(), tall / scale_y
                )
                try:
                    _render_part(scene, painter, QRectF(0, 0, width, tall), part)
                finally:
                    painter.end()  # an error while drawing: an error, not a crash at exit
                stream.add_band(images.hand_over(band), tall)
                if progress is not None:
                    progress(index + 1, bands)
            stream.close()
        except BaseException:
            stream.abandon()
            raise


def _render_part(scene: object, painter: QPainter, target: QRectF, part: QRectF) -> None:
    """What ``scene.render(painter, target, part)`` draws, painting only the items whose bounds
    meet ``part``. Qt's render paints the whole subtree of every top-level item it meets: for a
    band across a lane, every card of the lane (clipped away), about 30 ms a band at 2,000
    cards. The canvas uses no clipping flags, effects or untransformable items, and an export
    has no item made transparent by a drag."""
    base = QTransform.fromTranslate(target.x(), target.y())
    base.scale(target.width() / part.width(), target.height() / part.height())
    base.translate(-part.x(), -part.y())
    painter.save()
    painter.setClipRect(target)
    painter.setWorldTransform(base)
    scene.drawBackground(painter, part)  # type: ignore[attr-defined]
    option = QStyleOptionGraphicsItem()
    found = scene.items(  # type: ignore[attr-defined]
        part,
        Qt.ItemSelectionMode.IntersectsItemBoundingRect,
        Qt.SortOrder.AscendingOrder,
    )
    for item in found:  # bottom first, as Qt stacks them
        if not item.isVisible() or item.flags() & item.GraphicsItemFlag.ItemHasNoContents:
            continue
        painter.save()
        painter.setWorldTransform(item.sceneTransform() * base)
        option.exposedRect = item.boundingRect()
        item.paint(painter, option, None)
        painter.restore()
    painter.restore()


def paint_scanlines(band: QImage, lines: memoryview) -> None:
    """Write a drawn opaque band's pixels into its PNG scanlines ``lines``, whose filter bytes
    (the first byte of each line) are left as they are.

    Qt paints the pixels straight into the scanlines: the buffer seen as an RGB888 image that
    starts one byte in, each line one byte longer than its pixels, so that every line's unused
    last byte is the next row's filter byte. One pass, a third of the CPU of converting the
    band to a new RGB image (Qt's conversion) and copying its rows after filter bytes."""
    from mapstudio.gui.export.pngstream import scanline_length

    width, rows = band.width(), band.height()
    line = scanline_length(width)
    if len(lines) != rows * line:
        raise ValueError(f"{len(lines)} bytes of scanlines for {rows} rows of {width} pixels")
    rgb = QImage(lines[1:], width, rows, line, QImage.Format.Format_RGB888)
    painter = QPainter(rgb)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    painter.drawImage(0, 0, band)
    painter.end()


class BandImages:
    """White images to draw a streamed PNG's bands on, ``width`` pixels wide, each used again
    once the encoder has taken its pixels: a fresh 32 MB image is fresh pages from the system,
    and their faults cost about 0.5 s of system time at 2,000 cards and 150 dpi.

    ``covered``: what is drawn covers every pixel with an opaque colour (a scene whose
    background brush is opaque: Qt fills the whole band with it first), so a band used again is
    not made white again (4 ms a band)."""

    def __init__(self, width: int, dots_per_metre: int, covered: bool = False) -> None:
        self.width, self.dots_per_metre, self.covered = width, dots_per_metre, covered
        self._free: SimpleQueue[QImage] = SimpleQueue()

    def take(self, rows: int) -> QImage:
        """A white band of ``rows`` rows to draw on (then ``hand_over``)."""
        try:
            band = self._free.get_nowait()
        except Empty:
            band = None
        if band is None or band.height() != rows:  # the last band is shorter
            band = QImage(self.width, rows, BAND_FORMAT)
            band.setDotsPerMeterX(self.dots_per_metre)  # fonts sized in points follow it
            band.setDotsPerMeterY(self.dots_per_metre)
            band.fill(Qt.GlobalColor.white)
        return band

    def hand_over(self, band: QImage) -> Callable[[memoryview], None]:
        """What gives a drawn band's pixels to the encoder (``pngstream.BandSource``), then
        makes the band white again (unless ``covered``) and frees it for a later band, on the
        encoder's thread."""

        def fill(lines: memoryview) -> None:
            paint_scanlines(band, lines)
            if not self.covered:
                band.fill(Qt.GlobalColor.white)
            self._free.put(band)

        return fill


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
    svg = xml_safe(bytes(data.data()))
    return svg, (math.ceil(source.width()), math.ceil(source.height()))


# XML 1.0 cannot hold these, not even as character references: control characters other than
# tab and line breaks, and U+FFFE / U+FFFF. A map may hold them (pasted text, a terminal's
# colour codes); QSvgGenerator writes text raw, which would make the SVG unreadable.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(svg: bytes) -> bytes:
    """The SVG without the characters XML cannot hold (they draw nothing on screen either)."""
    text = svg.decode("utf-8", errors="replace")
    return _NOT_XML.sub("", text).encode("utf-8")


def export_image(
    m: JourneyMap | object, path: str | os.PathLike[str], dpi: float = 150
) -> tuple[int, int]:
    """Write a PNG (at ``dpi``) or an SVG, chosen by the extension, atomically."""
    if Path(path).suffix.lower() != ".svg":
        return write_png(m, path, dpi)
    title = getattr(getattr(m, "map", m), "title", "")
    data, size = svg_bytes(m, title)
    write_atomic(path, data)
    return size


def copy_map_image(doc: object, dpi: float = 144) -> None:
    """Put the whole map on the clipboard as an image (at most 8,000 pixels a side)."""
    from PySide6.QtGui import QGuiApplication

    scene_rect = _scene(doc).map_rect()
    longest = max(scene_rect.width(), scene_rect.height(), 1.0)
    dpi = min(dpi, 8000 * 72.0 / longest)
    QGuiApplication.clipboard().setImage(render_image(doc, dpi))


def map_peek(m: JourneyMap | object, size: QSize, width: float = 720.0) -> QImage:
    """The top-left corner of the map (title, first stages and lanes), ``width`` points wide,
    as an image of ``size`` pixels: a thumbnail that reads like the map it shows (the whole
    of a big map at thumbnail size is a blur). Drawn at full size, then scaled down smoothly:
    drawn small, the canvas would give its cards their zoomed-out outline (no text)."""
    scene = _scene(m)
    whole = scene.map_rect()
    part_w = min(width, whole.width())
    part = QRectF(whole.x(), whole.y(), part_w, part_w * size.height() / size.width())
    full = QSize(math.ceil(part.width()), math.ceil(part.height()))
    image = QImage(full, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    try:
        _render_part(scene, painter, QRectF(0, 0, full.width(), full.height()), part)
    finally:
        painter.end()
    return image.scaled(
        size, Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
