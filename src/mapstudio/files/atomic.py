"""Atomic file writes: a crash mid-write leaves the old file whole."""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

#: A temporary file this old is a leftover of a killed write, never one in progress.
STALE_TEMP_SECONDS = 600


def write_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename it over ``path``.

    The existing file's permission bits are kept. On any error the temporary file is removed
    and the target is untouched. Temporary files that an earlier, killed write of the same
    target left behind are removed once they are clearly stale.
    """
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        try:
            mode = target.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_current_umask()  # a new file: as open() would create it, not 0600
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    _fsync_dir(folder)
    _sweep_stale_temps(folder, target.name)


def _sweep_stale_temps(folder: Path, name: str) -> None:
    deadline = time.time() - STALE_TEMP_SECONDS
    for leftover in folder.glob(f".{name}.*.tmp"):
        with contextlib.suppress(OSError):  # gone already, or not ours to remove
            if leftover.stat().st_mtime < deadline:
                leftover.unlink()


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not every platform can open a directory.
    try:
        dir_fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(dir_fd)
    except OSError:
        pass
    finally:
        os.close(dir_fd)
