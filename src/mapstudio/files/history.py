"""Previous versions of map files: before a save replaces a file, its old bytes are kept.

The last ``KEEP`` versions of each file live under the user data folder, in one sub-folder per
file (named from a hash of its full path, with ``source.txt`` naming the path).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import time
from pathlib import Path

import platformdirs

from mapstudio.core.model import JourneyMap
from mapstudio.files.atomic import make_private_folder, write_atomic
from mapstudio.files.mapfile import ReadProgress
from mapstudio.records import record
from mapstudio.text.translate import QCoreApplication, fill

KEEP = 10
SUFFIX = ".journey.json"


def history_root() -> Path:
    return Path(platformdirs.user_data_dir("MapStudio", appauthor=False)) / "history"


def history_dir(map_path: str | os.PathLike[str]) -> Path:
    full = str(Path(map_path).resolve())
    return history_root() / hashlib.sha256(full.encode("utf-8")).hexdigest()[:24]


@record
class Version:
    file: Path
    saved_at: float  # when this version was replaced (seconds since the epoch)
    size: int


def keep_previous_version(map_path: str | os.PathLike[str], data: bytes | None = None) -> None:
    """Copy the file now at ``map_path`` (or ``data``, its bytes) into its history.

    Nothing to do when the file does not exist or the newest kept version is identical.
    Raises OSError if the copy cannot be written; the caller decides (a save warns and goes on:
    the user's file matters more than its copy).
    """
    path = Path(map_path)
    if data is None:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return
    versions = list_versions(path)
    if versions and _same_bytes(versions[0].file, data):
        return
    folder = history_dir(path)
    # Private: old versions of a map, and where it lives, are nobody else's business.
    make_private_folder(folder, owned_from=history_root().parent)
    source = folder / "source.txt"
    if not source.exists():
        write_atomic(source, str(path.resolve()).encode("utf-8"), private=True)
    stamp = time.time_ns()
    target = folder / f"{stamp:020d}{SUFFIX}"
    while target.exists():
        stamp += 1
        target = folder / f"{stamp:020d}{SUFFIX}"
    write_atomic(target, data, private=True)
    for old in list_versions(path)[KEEP:]:
        with contextlib.suppress(OSError):
            old.file.unlink()


def list_versions(map_path: str | os.PathLike[str]) -> list[Version]:
    """Kept versions of ``map_path``, newest first."""
    folder = history_dir(map_path)
    if not folder.is_dir():
        return []
    found = []
    for file in folder.glob(f"*{SUFFIX}"):
        try:
            stamp = int(file.name.removesuffix(SUFFIX))
            size = file.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Version(file, stamp / 1e9, size))
    found.sort(key=lambda v: v.file.name, reverse=True)
    return found


def read_version(version: Version, progress: ReadProgress | None = None) -> JourneyMap:
    """The map held by a kept version. Raises MapFileError (an unreadable old file is kept too),
    or ReadCancelled when ``progress`` stopped the read. A big version is read as a big map file
    is (window by window, its progress told)."""
    from mapstudio.files.mapfile import MapFileError, read_map_with_digest

    try:
        version.file.stat()
    except OSError as e:
        message = QCoreApplication.translate("MapFile", "this version cannot be read (%1)")
        raise MapFileError(fill(message, e.strerror or e)) from None
    return read_map_with_digest(version.file, hashed=False, progress=progress)[0]


def _same_bytes(file: Path, data: bytes) -> bool:
    try:
        return file.stat().st_size == len(data) and file.read_bytes() == data
    except OSError:
        return False
