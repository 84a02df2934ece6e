"""Thumbnails of map files for the welcome page and the template chooser.

A thumbnail is the map's top-left corner (title, first stages and lanes) drawn by the canvas's
own scene (``gui.export.image.map_peek``: the layout screen and paper share). Each is kept in
memory and in the user's cache folder under a key made of the file's path, size and modification
time, with the map's title beside it, so each version of a file is read and drawn once; a file
changed on disk gets a new key, and MapStudio's version is in the key too (a new look draws them
again).

The reading and drawing (``draw_picture``) run in a worker process (``picture_worker``), never on
the GUI thread. A file of more than ``MAX_PICTURE_BYTES``, or one that cannot be read as a map,
gets a plain card (its name and size) instead: a summary without an image.
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import platformdirs
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImage

from mapstudio import __version__
from mapstudio.files import read_map, write_atomic

#: A thumbnail's size in device-independent pixels (16:10, like the peek it shows).
THUMB_SIZE = QSize(208, 130)
#: Changes when what a thumbnail shows changes, so older cached images are not used.
DRAWING = "peek-2"
#: Files above this size get a plain card, never read: a 100,000-card map (58 MB) takes seconds
#: to read and draw, for a corner of it 208 pixels wide.
MAX_PICTURE_BYTES = 20 * 1024 * 1024
#: Summaries kept in memory (a few dozen small images: well under 10 MB).
MEMORY_ITEMS = 64


@dataclass
class MapSummary:
    """What the welcome page shows of a map file; ``image`` is None for a plain card (a file
    too big to draw, or not a map)."""

    path: Path
    title: str
    modified: datetime  # the file's modification time (local)
    image: QImage | None
    size: int = -1  # the file's size in bytes, -1 when it cannot be known

    @property
    def plain(self) -> bool:
        return self.image is None


_memory: OrderedDict[str, MapSummary] = OrderedDict()


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("MapStudio", appauthor=False)) / "thumbnails"


def picture_key(path: str | Path, ratio: float = 1.0) -> str | None:
    """The cache key of this version of the file (its path, size and modification time) at
    ``ratio``, or None when the file cannot be reached."""
    path = Path(path)
    try:
        info = path.stat()
    except OSError:
        return None
    text = f"{__version__}|{DRAWING}|{path.resolve()}|{info.st_size}|{info.st_mtime_ns}"
    text += f"|{THUMB_SIZE.width()}x{THUMB_SIZE.height()}@{ratio:g}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def too_big(path: str | Path) -> bool:
    """True for a file too big to be read for a picture (or one that cannot be reached)."""
    try:
        return Path(path).stat().st_size > MAX_PICTURE_BYTES
    except OSError:
        return True


def plain_summary(path: str | Path) -> MapSummary:
    """A plain card's summary: the file's name and size, no picture, nothing read."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        size = -1
    return MapSummary(path, "", _mtime(path), None, size)


def cached_summary(path: str | Path, ratio: float = 1.0) -> MapSummary | None:
    """The summary of ``path`` if this version of the file was drawn (or found not to be a map)
    before, from memory or the cache folder (cheap: no map is read), else None."""
    path = Path(path)
    key = picture_key(path, ratio)
    if key is None:
        return None
    found = _memory.get(key)
    if found is not None:
        _memory.move_to_end(key)
        return found
    folder = cache_dir()
    try:
        meta = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    image = QImage(str(folder / f"{key}.png"))
    if image.isNull() or not isinstance(meta.get("title"), str):
        return None
    image.setDevicePixelRatio(ratio)
    return remember(key, MapSummary(path, meta["title"], _mtime(path), image, _size(path)))


def remember(key: str, found: MapSummary) -> MapSummary:
    """Keep ``found`` in memory under ``key`` (the least recently used go first)."""
    _memory[key] = found
    _memory.move_to_end(key)
    while len(_memory) > MEMORY_ITEMS:
        _memory.popitem(last=False)
    return found


def forget_all() -> None:
    """Empty the memory cache (the cache folder stays)."""
    _memory.clear()


def summary_from_png(path: str | Path, title: str, png: bytes, ratio: float) -> MapSummary:
    """The summary made of a worker's answer (``draw_picture``)."""
    path = Path(path)
    image = QImage.fromData(png, "PNG")
    image.setDevicePixelRatio(ratio)
    return MapSummary(path, title, _mtime(path), image, _size(path))


def draw_picture(path: str, key: str, ratio: float, folder: str) -> tuple[str, bytes]:
    """Read the map file ``path``, draw its thumbnail at ``ratio`` and keep it in the cache
    ``folder`` (``cache_dir()``, named by the window's process) under ``key``; return the map's title and the picture as PNG bytes. Runs in the
    worker process (``picture_worker``): it builds a whole scene of the map. Raises whatever
    the reader raises for a file that is not a map."""
    from mapstudio.gui.export.image import map_peek

    m = read_map(path)
    image = map_peek(m, THUMB_SIZE * ratio)
    png = _png(image)
    _store(Path(folder), key, png, m.title)
    return m.title, png


def summary(path: str | Path, ratio: float = 1.0) -> MapSummary | None:
    """The summary of the map file ``path``, read and drawn here if not cached (command line,
    tests; the windows ask ``picture_worker``), or None when the file is missing or not a map."""
    found = cached_summary(path, ratio)
    if found is not None:
        return None if found.plain else found
    key = picture_key(path, ratio)
    if key is None:
        return None
    try:
        title, png = draw_picture(str(path), key, ratio, str(cache_dir()))
    except Exception:  # a damaged or foreign file: no thumbnail, never an error here
        return None
    return remember(key, summary_from_png(path, title, png, ratio))


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def _store(folder: Path, key: str, png: bytes, title: str) -> None:
    """Keep the drawing; a cache that cannot be written only costs a redraw next time."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / f"{key}.png", png)
        meta = json.dumps({"title": title}, ensure_ascii=False).encode("utf-8")
        write_atomic(folder / f"{key}.json", meta)
    except OSError:
        pass


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return -1


def _mtime(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return datetime.now()
