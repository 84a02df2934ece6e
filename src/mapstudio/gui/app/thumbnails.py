"""Thumbnails of map files for the welcome page and the template chooser.

A thumbnail is the map's top-left corner (title, first stages and lanes) drawn by the canvas's
own scene (``gui.export.image.map_peek``: the layout screen and paper share). Each is kept in the
user's cache folder under a key made of the file's path, size and modification time, with the
map's title beside it, so each version of a file is read and drawn once; a file changed on disk
gets a new key, and MapStudio's version is in the key too (a new look draws them again).
"""

from __future__ import annotations

import hashlib
import json
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


@dataclass
class MapSummary:
    """What the welcome page shows of a map file."""

    path: Path
    title: str
    modified: datetime  # the file's modification time (local)
    image: QImage


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("MapStudio", appauthor=False)) / "thumbnails"


def _key(path: Path, size: QSize, ratio: float) -> str | None:
    try:
        info = path.stat()
    except OSError:
        return None
    text = f"{__version__}|{DRAWING}|{path.resolve()}|{info.st_size}|{info.st_mtime_ns}"
    text += f"|{size.width()}x{size.height()}@{ratio:g}"
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def cached_summary(path: str | Path, ratio: float = 1.0) -> MapSummary | None:
    """The summary of ``path`` if this version of the file was drawn before (cheap: no map is
    read), else None."""
    path = Path(path)
    key = _key(path, THUMB_SIZE, ratio)
    if key is None:
        return None
    folder = cache_dir()
    try:
        meta = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    image = QImage(str(folder / f"{key}.png"))
    if image.isNull() or not isinstance(meta.get("title"), str):
        return None
    image.setDevicePixelRatio(ratio)
    return MapSummary(path, meta["title"], _mtime(path), image)


def summary(path: str | Path, ratio: float = 1.0) -> MapSummary | None:
    """The summary of the map file ``path`` (read and drawn if not cached), or None when the
    file is missing or not a map: the caller shows the file without a picture."""
    path = Path(path)
    found = cached_summary(path, ratio)
    if found is not None:
        return found
    key = _key(path, THUMB_SIZE, ratio)
    if key is None:
        return None
    try:
        m = read_map(path)
    except Exception:  # a damaged or foreign file: no thumbnail, never an error here
        return None
    from mapstudio.gui.export.image import map_peek

    image = map_peek(m, THUMB_SIZE * ratio)
    image.setDevicePixelRatio(ratio)
    _store(key, image, m.title)
    return MapSummary(path, m.title, _mtime(path), image)


def _store(key: str, image: QImage, title: str) -> None:
    """Keep the drawing; a cache that cannot be written only costs a redraw next time."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomic(folder / f"{key}.png", bytes(data.data()))
        meta = json.dumps({"title": title}, ensure_ascii=False).encode("utf-8")
        write_atomic(folder / f"{key}.json", meta)
    except OSError:
        pass


def _mtime(path: Path) -> datetime:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime)
    except OSError:
        return datetime.now()
